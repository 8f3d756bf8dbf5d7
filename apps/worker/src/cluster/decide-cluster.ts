import { createHash } from "node:crypto"
import type { BilateralEvent, ClassifiedItem, Source } from "@india-italy/domain"

/** A recent event together with every report that joined it, so a new report may match any of them. */
export interface Candidate {
  readonly event: BilateralEvent
  readonly members: ReadonlyArray<ClassifiedItem>
}

/** Where an item already is, if the cluster step has seen it before (a retry, or an edit). */
export interface Placement {
  readonly eventId: string
  readonly contentHash: string
}

export type ClusterDecision =
  /** This very version was clustered before (a retried job): only re-send its notice. */
  | { readonly _tag: "AlreadyClustered"; readonly eventId: string }
  | { readonly _tag: "Create"; readonly event: BilateralEvent }
  | { readonly _tag: "Join"; readonly event: BilateralEvent; readonly addedSource: Source }
  /** An edited report of an event it already belongs to: the event is revised, nobody is re-alerted. */
  | { readonly _tag: "Update"; readonly event: BilateralEvent }

/** Event ids are BullMQ-safe and derived from the founding report, so a retried create names the same event. */
export const eventIdFor = (itemId: string): string =>
  "evt-" + createHash("sha1").update(itemId).digest("hex").slice(0, 20)

export const sourceOf = (item: ClassifiedItem): Source => ({
  itemId: item.id,
  title: item.title,
  ...(item.url === undefined ? {} : { url: item.url }),
  ...(item.source === undefined ? {} : { outlet: item.source }),
  ...(item.published === undefined ? {} : { published: item.published }),
  ...(item.language === undefined ? {} : { language: item.language })
})

/** How many reports joined the event in all; events stored before the limit list every one. */
export const reportsJoined = (event: BilateralEvent): number => Math.max(event.sourceCount ?? 0, event.sources.length)

/**
 * The sources an event keeps: the first report and the most recent ones, `maxSources` in all. A
 * flood of one story then costs what a handful of reports costs (the event is copied into every
 * notice); the total stays in `sourceCount`, so renderers still say how many reports there were.
 */
export const keepSources = (sources: ReadonlyArray<Source>, maxSources: number): ReadonlyArray<Source> =>
  sources.length <= maxSources ? sources : [sources[0]!, ...sources.slice(sources.length - (maxSources - 1))]

/**
 * Pure core of the cluster stage: given a relevant classified item, where it already sits (if
 * anywhere) and the recent events, decide what happens. `sameDevelopment` is the domain's rule,
 * passed in so the decision is testable on its own. `maxSources` (at least 2) bounds the sources
 * an event keeps.
 */
export const decideCluster = (input: {
  readonly item: ClassifiedItem
  readonly contentHash: string
  readonly placement: Placement | undefined
  readonly placedEvent: Candidate | undefined
  readonly candidates: ReadonlyArray<Candidate>
  readonly now: Date
  readonly sameDevelopment: (a: ClassifiedItem, b: ClassifiedItem) => boolean
  readonly maxSources: number
}): ClusterDecision => {
  const { item, now } = input
  const nowIso = now.toISOString()
  const source = sourceOf(item)

  if (input.placement !== undefined) {
    if (input.placement.contentHash === input.contentHash || input.placedEvent === undefined) {
      return { _tag: "AlreadyClustered", eventId: input.placement.eventId }
    }
    const event = input.placedEvent.event
    const isFounder = event.classification.id === item.id
    return {
      _tag: "Update",
      event: {
        ...event,
        revision: event.revision + 1,
        classification: isFounder ? item : event.classification,
        sources: event.sources.map((existing) => (existing.itemId === item.id ? source : existing)),
        updatedAt: nowIso
      }
    }
  }

  const match = input.candidates.find((candidate) =>
    [candidate.event.classification, ...candidate.members].some((member) => input.sameDevelopment(member, item))
  )
  if (match !== undefined) {
    const event = match.event
    return {
      _tag: "Join",
      event: {
        ...event,
        revision: event.revision + 1,
        sources: keepSources([...event.sources, source], input.maxSources),
        sourceCount: reportsJoined(event) + 1,
        updatedAt: nowIso
      },
      addedSource: source
    }
  }
  return {
    _tag: "Create",
    event: {
      id: eventIdFor(item.id),
      revision: 1,
      classification: item,
      sources: [source],
      sourceCount: 1,
      firstSeen: nowIso,
      updatedAt: nowIso
    }
  }
}

/**
 * Whether a report should alert anyone: not when it was published longer ago than the limit
 * (0 = no limit), and not when a feed's very first poll found it with no date of its own — a new
 * feed's undated back catalogue would otherwise all look fresh.
 */
export const shouldAlert = (input: {
  readonly published: string | undefined
  readonly publishedEstimated: boolean
  readonly firstPoll: boolean
  readonly alertMaxAgeHours: number
  readonly now: Date
}): boolean => {
  if (input.firstPoll && input.publishedEstimated) return false
  if (input.alertMaxAgeHours === 0 || input.published === undefined) return true
  const published = Date.parse(input.published)
  if (!Number.isFinite(published)) return true
  return input.now.getTime() - published <= input.alertMaxAgeHours * 3_600_000
}
