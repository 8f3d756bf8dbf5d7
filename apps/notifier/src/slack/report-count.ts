import type { BilateralEvent } from "@india-italy/domain"

/**
 * How many reports joined the event, including those no longer listed in `sources`. The worker
 * keeps only the first ~20 sources on an event and records the total as the optional
 * `sourceCount` (packages/domain/src/event.ts). That field lands in another branch, so it is read
 * here, in this one place, without relying on the type; events stored before it carry every
 * report in `sources`. A count below what is listed (hand-edited data) never hides listed sources.
 */
export const reportCount = (event: BilateralEvent): number => {
  const recorded = (event as { sourceCount?: number }).sourceCount ?? event.sources.length
  return Number.isSafeInteger(recorded) ? Math.max(recorded, event.sources.length) : event.sources.length
}
