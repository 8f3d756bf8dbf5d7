import { BilateralEvent, type EventNotice, type Subscription } from "@india-italy/domain"
import { Clock, Context, Effect, Layer, Result, Schema } from "effect"
import { Redis } from "@india-italy/runtime"
import { digestKeys } from "./digest-keys.ts"

/** Ids of digested events are remembered this long, so a late follow-up does not re-open them. */
const sentRetentionSeconds = 60 * 24 * 3600

export interface PendingDigest {
  /** Buffered events, oldest first, each in its latest revision. */
  readonly events: ReadonlyArray<BilateralEvent>
}

const decodeEvent = Schema.decodeUnknownResult(Schema.fromJsonString(BilateralEvent))

// Both scripts below. KEYS: sent set, pending sorted set, events hash. ARGV: event id, event JSON, revision.
// Stores the event unless the buffer holds a newer revision (notices may arrive out of order).
const storeUnlessNewerHeld = `
local stored = redis.call("HGET", KEYS[3], ARGV[1])
if stored then
  local ok, decoded = pcall(cjson.decode, stored)
  if ok and type(decoded) == "table" and tonumber(decoded.revision) and tonumber(decoded.revision) > tonumber(ARGV[3]) then return 0 end
end
redis.call("HSET", KEYS[3], ARGV[1], ARGV[2])`

/**
 * Atomically, so a digest being acknowledged at the same moment cannot resurrect a sent event:
 * skip an event already sent (and not pending again); keep the newest revision; remember when the
 * event was first buffered (ARGV[4], now in ms).
 */
const bufferEventScript = `
if redis.call("SISMEMBER", KEYS[1], ARGV[1]) == 1 and not redis.call("ZSCORE", KEYS[2], ARGV[1]) then return 0 end
${storeUnlessNewerHeld}
redis.call("ZADD", KEYS[2], "NX", ARGV[4], ARGV[1])
return 1
`

/**
 * A corrected event replaces its buffered copy, and only that: a correction of an event the
 * subscription is not waiting for (never buffered, or already sent) buffers nothing.
 */
const reviseEventScript = `
if not redis.call("ZSCORE", KEYS[2], ARGV[1]) then return 0 end
${storeUnlessNewerHeld}
return 1
`

/**
 * Holds, per digest subscription, the developments waiting for its next digest. The router calls
 * `add` for every notice that matches a digest subscription; the scheduler reads `pending` when the
 * digest is due and `acknowledge`s what it posted. One event is one entry however many sources
 * join it; a follow-up to an event already sent in a digest is not buffered again.
 */
export class DigestBuffer extends Context.Service<
  DigestBuffer,
  {
    readonly add: (subscription: Subscription, notice: EventNotice) => Effect.Effect<void>
    /** An event_updated notice: brings the buffered copy of the event up to date, if the subscription holds one. */
    readonly revise: (subscription: Subscription, notice: EventNotice) => Effect.Effect<void>
    readonly pending: (subscriptionId: string) => Effect.Effect<PendingDigest>
    /** Marks these events as sent and drops them from the buffer. */
    readonly acknowledge: (subscriptionId: string, eventIds: ReadonlyArray<string>) => Effect.Effect<void>
  }
>()("notifier/DigestBuffer") {
  static readonly layer = Layer.effect(
    DigestBuffer,
    Effect.gen(function* () {
      const { client, prefix } = yield* Redis

      const add = Effect.fn("DigestBuffer.add")(function* (subscription: Subscription, notice: EventNotice) {
        // Old items (ALERT_MAX_AGE_HOURS) are kept by the worker but never announced, digests included.
        if (!notice.alert) return
        const keys = digestKeys(prefix, subscription.id)
        const event = notice.event
        const now = yield* Clock.currentTimeMillis
        yield* Effect.promise(() =>
          client.eval(
            bufferEventScript,
            3,
            keys.sent,
            keys.pending,
            keys.events,
            event.id,
            JSON.stringify(event),
            String(event.revision),
            String(now)
          )
        )
      })

      const revise = Effect.fn("DigestBuffer.revise")(function* (subscription: Subscription, notice: EventNotice) {
        const keys = digestKeys(prefix, subscription.id)
        const event = notice.event
        yield* Effect.promise(() =>
          client.eval(
            reviseEventScript,
            3,
            keys.sent,
            keys.pending,
            keys.events,
            event.id,
            JSON.stringify(event),
            String(event.revision)
          )
        )
      })

      const pending = Effect.fn("DigestBuffer.pending")(function* (subscriptionId: string) {
        const keys = digestKeys(prefix, subscriptionId)
        const ids = yield* Effect.promise(() => client.zrange(keys.pending, "0", "-1"))
        if (ids.length === 0) return { events: [] }
        const jsons = yield* Effect.promise(() => client.hmget(keys.events, ...ids))
        const events: Array<BilateralEvent> = []
        for (const [index, json] of jsons.entries()) {
          if (json === null) continue
          const decoded = decodeEvent(json)
          if (Result.isSuccess(decoded)) events.push(decoded.success)
          else
            yield* Effect.logWarning("buffered digest event does not match the schema; skipped", {
              subscriptionId,
              eventId: ids[index]
            })
        }
        return { events }
      })

      const acknowledge = Effect.fn("DigestBuffer.acknowledge")(function* (
        subscriptionId: string,
        eventIds: ReadonlyArray<string>
      ) {
        if (eventIds.length === 0) return
        const keys = digestKeys(prefix, subscriptionId)
        yield* Effect.promise(() =>
          client
            .multi()
            .sadd(keys.sent, ...eventIds)
            .expire(keys.sent, sentRetentionSeconds)
            .zrem(keys.pending, ...eventIds)
            .hdel(keys.events, ...eventIds)
            .exec()
        )
      })

      return DigestBuffer.of({ add, revise, pending, acknowledge })
    })
  )
}
