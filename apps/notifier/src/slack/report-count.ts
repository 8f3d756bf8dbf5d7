import type { BilateralEvent } from "@india-italy/domain"

/**
 * How many reports joined the event, including those no longer listed in `sources`. The worker
 * keeps EVENT_MAX_SOURCES sources on an event (the first and the most recent) and records the
 * total as `sourceCount`; events stored before that carry every report in `sources`. A count below
 * what is listed (hand-edited data) never hides listed sources.
 */
export const reportCount = (event: BilateralEvent): number => {
  const recorded = event.sourceCount ?? event.sources.length
  return Number.isSafeInteger(recorded) ? Math.max(recorded, event.sources.length) : event.sources.length
}
