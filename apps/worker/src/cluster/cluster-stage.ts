import { EventNotice, sameDevelopment, type BilateralEvent, type ClassifiedItem } from "@india-italy/domain"
import { Context, Effect, Layer, Schema, Semaphore } from "effect"
import { WorkerConfig } from "../config.ts"
import { Metrics } from "../metrics.ts"
import { Queues } from "../queues.ts"
import { Redis } from "../redis.ts"
import { decideCluster, type Candidate, type ClusterDecision } from "./decide-cluster.ts"
import { withRedisLock, type LockTimeoutError } from "../redis-lock.ts"

/** Where an item landed, with the notice its clustering produced (re-sent as is when a job is retried). */
const Placement = Schema.Struct({
  eventId: Schema.String,
  contentHash: Schema.String,
  notice: Schema.optional(EventNotice)
})
const PlacementJson = Schema.fromJsonString(Placement)

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
    readonly cluster: (
      item: ClassifiedItem,
      options: { readonly contentHash: string; readonly alert: boolean; readonly now?: Date }
    ) => Effect.Effect<ClusterOutcome, LockTimeoutError>
    /** Recent events, newest first (for tests, demo and tools). */
    readonly recentEvents: () => Effect.Effect<ReadonlyArray<BilateralEvent>>
  }
>()("worker/Clusterer") {
  static readonly layer = Layer.effect(
    Clusterer,
    Effect.gen(function* () {
      const { client, prefix } = yield* Redis
      const { clusterWindowHours } = yield* WorkerConfig
      const queues = yield* Queues
      const { counters } = yield* Metrics
      const windowMs = clusterWindowHours * 3_600_000
      // Fibers of one process take turns here first, so only one per process waits on the Redis
      // lock: waking a local waiter is immediate, polling a Redis lock is not.
      const localTurn = yield* Semaphore.make(1)
      // Keys outlive the window a little so an event being joined at the edge is still readable.
      const keyTtlSeconds = Math.ceil((windowMs * 2) / 1000)
      const recentKey = `${prefix}:worker:events-recent`
      const lockKey = `${prefix}:worker:cluster-lock`
      const eventKey = (id: string) => `${prefix}:worker:event:${id}`
      const membersKey = (id: string) => `${prefix}:worker:event-members:${id}`
      const placementKey = (itemId: string) => `${prefix}:worker:item-event:${itemId}`
      const revisionsKey = `${prefix}:worker:event-revisions`
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

      const decideAndStore = (item: ClassifiedItem, contentHash: string, alert: boolean, now: Date) =>
        Effect.promise(async () => {
          // Everything the decision reads, in one round trip: this runs under the cluster lock,
          // so its round trips bound how many items per second all workers together can cluster.
          const windowStart = now.getTime() - windowMs
          const reads = (await client
            .pipeline()
            .get(placementKey(item.id))
            .zrangebyscore(recentKey, "-inf", `(${windowStart}`)
            .zrevrangebyscore(recentKey, "+inf", windowStart)
            .hgetall(revisionsKey)
            .exec()) ?? []
          const failed = reads.find(([error]) => error !== null)
          if (failed !== undefined) throw failed[0]
          const placementJson = reads[0]?.[1] as string | null
          const expired = reads[1]?.[1] as Array<string>
          const ids = reads[2]?.[1] as Array<string>
          const revisionById = reads[3]?.[1] as Record<string, string>
          const placement = placementJson === null ? undefined : Schema.decodeUnknownSync(PlacementJson)(placementJson)
          const placedEvent = placement === undefined ? undefined : (await loadCandidates([placement.eventId]))[0]
          let candidates: ReadonlyArray<Candidate> = []
          if (expired.length > 0) {
            await client.multi().zrem(recentKey, ...expired).hdel(revisionsKey, ...expired).exec()
            for (const id of expired) cache.delete(id)
          }
          if (placement === undefined) {
            if (cache.size > ids.length) {
              const current = new Set(ids)
              for (const id of cache.keys()) if (!current.has(id)) cache.delete(id)
            }
            const revisions = ids.map((id) => revisionById[id])
            const stale = ids.filter((id, index) => cache.get(id)?.event.revision !== Number(revisions[index]))
            for (const candidate of await loadCandidates(stale)) cache.set(candidate.event.id, candidate)
            candidates = ids.flatMap((id) => {
              const cached = cache.get(id)
              return cached === undefined ? [] : [cached]
            })
          }
          const decision = decideCluster({ item, contentHash, placement, placedEvent, candidates, now, sameDevelopment })
          if (decision._tag === "AlreadyClustered") {
            return { decision: decision._tag, eventId: decision.eventId, ...(placement?.notice ? { notice: placement.notice } : {}) }
          }
          const notice: EventNotice | undefined =
            decision._tag === "Create"
              ? { kind: "new_event", event: decision.event, alert }
              : decision._tag === "Join"
                ? { kind: "source_added", event: decision.event, addedSource: decision.addedSource, alert }
                : undefined
          const event = decision.event
          await client
            .multi()
            .set(eventKey(event.id), JSON.stringify(event), "EX", keyTtlSeconds)
            .hset(membersKey(event.id), item.id, JSON.stringify(item))
            .expire(membersKey(event.id), keyTtlSeconds)
            .zadd(recentKey, now.getTime(), event.id)
            .hset(revisionsKey, event.id, String(event.revision))
            .set(
              placementKey(item.id),
              JSON.stringify({ eventId: event.id, contentHash, ...(notice ? { notice } : {}) }),
              "EX",
              keyTtlSeconds
            )
            .exec()
          return { decision: decision._tag, eventId: event.id, revision: event.revision, ...(notice ? { notice } : {}) }
        })

      const cluster = Effect.fn("Clusterer.cluster")(function* (
        item: ClassifiedItem,
        options: { readonly contentHash: string; readonly alert: boolean; readonly now?: Date }
      ) {
        const now = options.now ?? new Date()
        const outcome: ClusterOutcome = yield* localTurn.withPermits(1)(
          withRedisLock(client, lockKey, decideAndStore(item, options.contentHash, options.alert, now))
        )
        // Sent after the store is committed; the placement keeps the notice, so a retry after a
        // crash here re-sends the same job id instead of losing or doubling the alert.
        if (outcome.notice !== undefined) {
          yield* queues.addNotice(outcome.notice)
        }
        if (outcome.decision === "Create") counters.eventsCreated++
        if (outcome.decision === "Join") counters.sourcesAdded++
        if (outcome.decision === "Update") counters.eventsUpdated++
        if (outcome.notice !== undefined && outcome.decision !== "AlreadyClustered") counters.noticesQueued++
        yield* Effect.logDebug("clustered", { itemId: item.id, decision: outcome.decision, eventId: outcome.eventId })
        return outcome
      })

      return Clusterer.of({ cluster, recentEvents })
    })
  )
}
