import {
  EventNotice,
  sameDevelopment,
  sameDevelopmentDayTolerance,
  type BilateralEvent,
  type ClassifiedItem
} from "@india-italy/domain"
import { Context, Effect, Exit, Layer, Schema } from "effect"
import { WorkerConfig } from "../config.ts"
import { Metrics, record } from "../metrics.ts"
import { Queues } from "../queues.ts"
import { defineLua, loadLuaScript, queueLua, Redis } from "@india-italy/runtime"
import { decideCluster, sourceOf, type Candidate, type ClusterDecision } from "./decide-cluster.ts"
import { withRedisLock, type LockTimeoutError } from "@india-italy/runtime"

/**
 * Where an item landed, by reference: the event, the revision its clustering made and what kind of
 * notice that was. A retried job rebuilds the notice from these and the event (see `resentNotice`),
 * so a placement costs the same however many reports the event holds. Placements written before
 * this form carry the whole `notice` instead, which is re-sent as is.
 */
const Placement = Schema.Struct({
  eventId: Schema.String,
  contentHash: Schema.String,
  revision: Schema.optional(Schema.Int),
  kind: Schema.optional(EventNotice.fields.kind),
  alert: Schema.optional(Schema.Boolean),
  notice: Schema.optional(EventNotice)
})
const PlacementJson = Schema.fromJsonString(Placement)
type Placement = typeof Placement.Type

interface ClusterRequest {
  readonly item: ClassifiedItem
  readonly contentHash: string
  readonly alert: boolean
  readonly now: Date
}

/** Items decided under one hold of the cluster lock, at most. */
const maxBatch = 64

const dayMs = 86_400_000

/** Events kept in memory between items; past this the cache starts again (events reload on demand). */
const maxCachedEvents = 5_000

/** Dated only to a month or a year: such an event may be the same as any item of its month or year. */
const isCoarse = (item: ClassifiedItem): boolean =>
  item.occurredPrecision === "month" || item.occurredPrecision === "year"

/**
 * The notice a placement stands for, for a retried job to send again under the same job id: the
 * placement's kind, alert and revision, with the event as it is now (a retry may come after other
 * reports joined; the newer sources are only more up to date) and this item as the added source.
 */
export const resentNotice = (
  placement: Placement,
  event: BilateralEvent | undefined,
  item: ClassifiedItem
): EventNotice | undefined => {
  if (placement.notice !== undefined) return placement.notice
  if (event === undefined || placement.revision === undefined || placement.kind === undefined) return undefined
  return {
    kind: placement.kind,
    event: { ...event, revision: placement.revision },
    ...(placement.kind === "source_added" ? { addedSource: sourceOf(item) } : {}),
    alert: placement.alert ?? false
  }
}

/** When the development happened (else when it was reported, else now), as epoch ms. */
export const developmentTime = (item: ClassifiedItem, now: Date): number => {
  const time = Date.parse((item.occurredOn ?? item.published ?? now.toISOString()).slice(0, 10))
  return Number.isNaN(time) ? now.getTime() : time
}

/**
 * The dates an event must carry to possibly be the same development as `item`: the domain's day
 * tolerance plus a day of reporting lag, or the item's whole month or year when it is that coarse.
 */
export const candidateDates = (item: ClassifiedItem, now: Date): { readonly from: number; readonly to: number } => {
  const time = developmentTime(item, now)
  const slack =
    item.occurredPrecision === "year"
      ? 366 * dayMs
      : item.occurredPrecision === "month"
        ? 62 * dayMs
        : (sameDevelopmentDayTolerance + 2) * dayMs
  return { from: time - slack, to: time + slack }
}

const readCandidatesScript = loadLuaScript(import.meta.url, "./read-candidates.lua")

export interface ClusterOptions {
  readonly contentHash: string
  readonly alert: boolean
  readonly now?: Date
  /** When the poll that found the item was queued: carried on its notice for the latency figures. */
  readonly polledAt?: number
}

export interface ClusterOutcome {
  readonly decision: ClusterDecision["_tag"]
  readonly eventId: string
  readonly revision?: number
  readonly notice?: EventNotice
}

/**
 * The cluster stage: a relevant item joins a recent event describing the same development, or
 * founds a new one, and the notifier gets an EventNotice. Recent events live in Redis for
 * CLUSTER_WINDOW_HOURS. The decision runs under one Redis lock, because "same development" is a
 * pairwise judgement with no key to partition on: two workers deciding at once could otherwise
 * both found an event for one development. The section is a few Redis round trips, so the lock
 * is not the bottleneck at wire-feed volumes.
 */
export class Clusterer extends Context.Service<
  Clusterer,
  {
    /** One item: its outcome, its notice (if any) sent to the notifier. */
    readonly cluster: (item: ClassifiedItem, options: ClusterOptions) => Effect.Effect<ClusterOutcome, LockTimeoutError>
    /**
     * Items in the order given (a later one sees what earlier ones created or joined); their
     * notices, in the outcomes, are the caller's to send after this returns.
     */
    readonly clusterMany: (
      requests: ReadonlyArray<{ readonly item: ClassifiedItem } & ClusterOptions>
    ) => Effect.Effect<ReadonlyArray<ClusterOutcome>, LockTimeoutError>
    /** Recent events, newest first (for tests, demo and tools). */
    readonly recentEvents: () => Effect.Effect<ReadonlyArray<BilateralEvent>>
  }
>()("worker/Clusterer") {
  static readonly layer = Layer.effect(
    Clusterer,
    Effect.gen(function* () {
      const { client, prefix } = yield* Redis
      // Defined before any pipeline is made: ioredis copies a client's scripts into each new pipeline.
      defineLua(client, readCandidatesScript)
      const { clusterWindowHours, eventMaxSources } = yield* WorkerConfig
      const queues = yield* Queues
      const { counters } = yield* Metrics
      const windowMs = clusterWindowHours * 3_600_000
      // Keys outlive the window a little so an event being joined at the edge is still readable.
      const keyTtlSeconds = Math.ceil((windowMs * 2) / 1000)
      const recentKey = `${prefix}:worker:events-recent`
      const lockKey = `${prefix}:worker:cluster-lock`
      const eventKey = (id: string) => `${prefix}:worker:event:${id}`
      const membersKey = (id: string) => `${prefix}:worker:event-members:${id}`
      const placementKey = (itemId: string) => `${prefix}:worker:item-event:${itemId}`
      const revisionsKey = `${prefix}:worker:event-revisions`
      // The same events indexed by the date of their development (day-precise ones), and the few
      // dated only to a month or year, which any item of that month or year may join.
      const byDateKey = `${prefix}:worker:events-by-date`
      const coarseKey = `${prefix}:worker:events-coarse`
      let lastExpiry = 0

      /** Drops events not updated within the window from every index, at most once a minute. */
      const expireOldEvents = async (now: Date) => {
        if (now.getTime() - lastExpiry < 60_000) return
        lastExpiry = now.getTime()
        const expired = await client.zrangebyscore(recentKey, "-inf", `(${now.getTime() - windowMs}`)
        if (expired.length === 0) return
        await client
          .multi()
          .zrem(recentKey, ...expired)
          .zrem(byDateKey, ...expired)
          .zrem(coarseKey, ...expired)
          .hdel(revisionsKey, ...expired)
          .exec()
        for (const id of expired) cache.delete(id)
      }
      // Recent events as last read, by id. Every change to an event or its members raises its
      // revision, so a cached copy at the current revision is exact and only changed events are
      // fetched: the cost per item stays small however many events the window holds.
      const cache = new Map<string, Candidate>()

      // Events and members are written only by this stage from values its schemas already typed
      // (their encoded form is plain JSON), so they are written with JSON.stringify and read back
      // with JSON.parse: schema-coding every recent event for every item would cost more than the
      // rest of the stage. One pipelined round trip loads all candidates.
      const loadCandidates = async (eventIds: ReadonlyArray<string>): Promise<ReadonlyArray<Candidate>> => {
        if (eventIds.length === 0) return []
        const batch = client.pipeline()
        for (const id of eventIds) batch.get(eventKey(id)).hvals(membersKey(id))
        const replies = (await batch.exec()) ?? []
        const candidates: Array<Candidate> = []
        eventIds.forEach((_, index) => {
          const eventJson = replies[index * 2]?.[1]
          const members = replies[index * 2 + 1]?.[1]
          if (typeof eventJson !== "string") return
          candidates.push({
            event: JSON.parse(eventJson) as BilateralEvent,
            members: Array.isArray(members) ? members.map((member) => JSON.parse(String(member)) as ClassifiedItem) : []
          })
        })
        return candidates
      }

      const recentEvents = () =>
        Effect.promise(async () => {
          const ids = await client.zrevrangebyscore(recentKey, "+inf", Date.now() - windowMs)
          return (await loadCandidates(ids)).map((candidate) => candidate.event)
        })

      /**
       * Decides a batch of items under one hold of the cluster lock: one round trip reads every
       * item's placement and candidate events, the decisions run in order in memory (a later item
       * sees the events earlier ones created or joined), and one transaction writes them all.
       * Items arrive faster than one lock round trip each, so batching is what lets clustering
       * keep up with the queues while staying one-at-a-time across every worker process.
       */
      const decideAndStoreBatch = async (
        requests: ReadonlyArray<ClusterRequest>
      ): Promise<ReadonlyArray<ClusterOutcome>> => {
        await expireOldEvents(requests[requests.length - 1]!.now)
        const reads = client.pipeline()
        for (const { item, now } of requests) {
          const { from, to } = candidateDates(item, now)
          queueLua(reads, readCandidatesScript, [placementKey(item.id), byDateKey, coarseKey, revisionsKey], [from, to])
        }
        const replies = ((await reads.exec()) ?? []).map(([error, reply]) => {
          if (error !== null) throw error
          return reply as [string | null, Array<string>, Array<string | null>]
        })
        const placements = replies.map(([json]) =>
          json === null ? undefined : Schema.decodeUnknownSync(PlacementJson)(json)
        )
        const candidateIds = replies.map(([, ids, revisions]) => {
          const revisionOf = new Map(ids.map((id, index) => [id, revisions[index] ?? null]))
          // An event without a revision record has expired; the indexes lose it at the next expiry pass.
          return new Map([...revisionOf].filter((entry): entry is [string, string] => entry[1] !== null))
        })
        const stale = new Set<string>()
        for (const placement of placements) if (placement !== undefined) stale.add(placement.eventId)
        for (const ids of candidateIds)
          for (const [id, revision] of ids) if (cache.get(id)?.event.revision !== Number(revision)) stale.add(id)
        if (cache.size + stale.size > maxCachedEvents) cache.clear()
        for (const candidate of await loadCandidates([...stale])) cache.set(candidate.event.id, candidate)

        // Events this batch created or changed, and placements it made, as the next item must see them.
        const changed = new Map<string, Candidate>()
        const placedNow = new Map<string, Placement>()
        const writes = client.multi()
        const outcomes = requests.map(({ item, contentHash, alert, now }, index): ClusterOutcome => {
          const placement = placedNow.get(item.id) ?? placements[index]
          const currentOf = (id: string) => changed.get(id) ?? cache.get(id)
          const placedEvent = placement === undefined ? undefined : currentOf(placement.eventId)
          const candidates: Array<Candidate> = []
          if (placement === undefined) {
            for (const id of candidateIds[index]!.keys()) {
              const candidate = currentOf(id)
              if (candidate !== undefined) candidates.push(candidate)
            }
            const { from, to } = candidateDates(item, now)
            for (const [id, candidate] of changed) {
              const time = developmentTime(candidate.event.classification, now)
              const near = isCoarse(candidate.event.classification) || (time >= from && time <= to)
              if (near && !candidateIds[index]!.has(id)) candidates.push(candidate)
            }
          }
          const decision = decideCluster({
            item,
            contentHash,
            placement,
            placedEvent,
            candidates,
            now,
            sameDevelopment,
            maxSources: eventMaxSources
          })
          if (decision._tag === "AlreadyClustered") {
            const notice = placement === undefined ? undefined : resentNotice(placement, placedEvent?.event, item)
            return { decision: decision._tag, eventId: decision.eventId, ...(notice === undefined ? {} : { notice }) }
          }
          const notice: EventNotice =
            decision._tag === "Create"
              ? { kind: "new_event", event: decision.event, alert }
              : decision._tag === "Join"
                ? { kind: "source_added", event: decision.event, addedSource: decision.addedSource, alert }
                : { kind: "event_updated", event: decision.event, alert: false }
          const event = decision.event
          // Members are the reports the event still lists, so they are bounded like its sources.
          const listed = new Set(event.sources.map((source) => source.itemId))
          const previous = (currentOf(event.id)?.members ?? []).filter((member) => member.id !== item.id)
          const dropped = previous.filter((member) => !listed.has(member.id)).map((member) => member.id)
          const kept = previous.filter((member) => listed.has(member.id))
          const members = listed.has(item.id) ? [...kept, item] : kept
          changed.set(event.id, { event, members })
          const { kind, alert: alerted } = notice
          placedNow.set(item.id, { eventId: event.id, contentHash, revision: event.revision, kind, alert: alerted })
          writes.set(eventKey(event.id), JSON.stringify(event), "EX", keyTtlSeconds)
          if (listed.has(item.id)) writes.hset(membersKey(event.id), item.id, JSON.stringify(item))
          if (dropped.length > 0) writes.hdel(membersKey(event.id), ...dropped)
          writes
            .expire(membersKey(event.id), keyTtlSeconds)
            .zadd(recentKey, now.getTime(), event.id)
            .zadd(
              isCoarse(event.classification) ? coarseKey : byDateKey,
              developmentTime(event.classification, now),
              event.id
            )
            .hset(revisionsKey, event.id, String(event.revision))
            .set(placementKey(item.id), JSON.stringify(placedNow.get(item.id)), "EX", keyTtlSeconds)
          return { decision: decision._tag, eventId: event.id, revision: event.revision, notice }
        })
        if (changed.size > 0) {
          try {
            await writes.exec()
          } catch (error) {
            // What this batch decided is not stored: forget it, so nothing reads it as current.
            cache.clear()
            throw error
          }
          for (const [id, candidate] of changed) cache.set(id, candidate)
        }
        return outcomes
      }

      // Items waiting for the next batch. Only one batch per process runs at a time; the Redis
      // lock makes it one batch at a time across processes.
      const waiting: Array<{
        readonly request: ClusterRequest
        readonly settle: (exit: Exit.Exit<ClusterOutcome, LockTimeoutError>) => void
      }> = []
      let draining = false
      const drain = async () => {
        draining = true
        try {
          while (waiting.length > 0) {
            const batch = waiting.splice(0, maxBatch)
            const exit = await Effect.runPromiseExit(
              withRedisLock(
                client,
                lockKey,
                Effect.promise(() => decideAndStoreBatch(batch.map(({ request }) => request)))
              )
            )
            for (const [index, { settle }] of batch.entries()) settle(Exit.map(exit, (outcomes) => outcomes[index]!))
          }
        } finally {
          draining = false
        }
      }
      /** Decides `requests` in order, in as few batches as the waiting line allows. */
      const decideAndStoreAll = (requests: ReadonlyArray<ClusterRequest>) =>
        Effect.flatMap(
          Effect.promise(() => {
            const settled = requests.map(
              (request) =>
                new Promise<Exit.Exit<ClusterOutcome, LockTimeoutError>>((settle) => {
                  waiting.push({ request, settle })
                })
            )
            // Queued together, so one drain takes them in order in the fewest batches.
            if (!draining) void drain()
            return Promise.all(settled)
          }),
          (exits) => Effect.all(exits)
        )

      /** What a clustering changed, in the metrics. */
      const count = (outcome: ClusterOutcome) => {
        if (outcome.decision === "Create") record(counters, "eventsCreated")
        if (outcome.decision === "Join") record(counters, "sourcesAdded")
        if (outcome.decision === "Update") record(counters, "eventsUpdated")
        if (outcome.notice !== undefined && outcome.decision !== "AlreadyClustered") record(counters, "noticesQueued")
      }

      /** Items in order; their notices are the caller's to send (the classify stage sends a batch's as one job). */
      const clusterMany = Effect.fnUntraced(function* (
        requests: ReadonlyArray<{ readonly item: ClassifiedItem } & ClusterOptions>
      ) {
        const outcomes = yield* decideAndStoreAll(
          requests.map(({ item, contentHash, alert, now }) => ({ item, contentHash, alert, now: now ?? new Date() }))
        )
        outcomes.forEach(count)
        return outcomes.map((outcome, index) => {
          const polledAt = requests[index]!.polledAt
          if (outcome.notice === undefined || polledAt === undefined) return outcome
          return { ...outcome, notice: { ...outcome.notice, polledAt } }
        })
      })

      // Untraced: it runs for every relevant item, and a span and call-site stack per call is cost nobody reads.
      const cluster = Effect.fnUntraced(function* (item: ClassifiedItem, options: ClusterOptions) {
        const [outcome] = yield* clusterMany([{ item, ...options }])
        // Sent after the store is committed; the placement names the notice, so a retry after a
        // crash here re-sends the same job id instead of losing or doubling the alert.
        if (outcome!.notice !== undefined) yield* queues.addNotice(outcome!.notice)
        yield* Effect.logDebug("clustered", { itemId: item.id, decision: outcome!.decision, eventId: outcome!.eventId })
        return outcome!
      })

      return Clusterer.of({ cluster, clusterMany, recentEvents })
    })
  )
}
