import { BilateralEvent, type EventNotice, type Subscription } from "@india-italy/domain"
import { Clock, Context, Effect, Layer, Result, Schema } from "effect"
import { loadLuaScript, Redis, runLua } from "@india-italy/runtime"
import { digestKeys } from "./digest-keys.ts"

/** Ids of digested events are remembered this long, so a late follow-up does not re-open them. */
const sentRetentionSeconds = 60 * 24 * 3600

export interface PendingDigest {
  /** Buffered events, oldest first, each in its latest revision. */
  readonly events: ReadonlyArray<BilateralEvent>
}

const decodeEvent = Schema.decodeUnknownResult(Schema.fromJsonString(BilateralEvent))

const bufferEventScript = loadLuaScript(import.meta.url, "./buffer-event.lua")
const reviseEventScript = loadLuaScript(import.meta.url, "./revise-event.lua")

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
          runLua(
            client,
            bufferEventScript,
            [keys.sent, keys.pending, keys.events],
            [event.id, JSON.stringify(event), event.revision, now]
          )
        )
      })

      const revise = Effect.fn("DigestBuffer.revise")(function* (subscription: Subscription, notice: EventNotice) {
        const keys = digestKeys(prefix, subscription.id)
        const event = notice.event
        yield* Effect.promise(() =>
          runLua(
            client,
            reviseEventScript,
            [keys.sent, keys.pending, keys.events],
            [event.id, JSON.stringify(event), event.revision]
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
