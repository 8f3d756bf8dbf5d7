import { createHash } from "node:crypto"
import { BilateralEvent } from "@india-italy/domain"
import { Context, Effect, Layer, Option, Result, Schema } from "effect"
import { loadLuaScript, Redis, runLua } from "@india-italy/runtime"
import { FeedbackRecord } from "./feedback-answer.ts"

/**
 * Subscribers' answers to alerts, in Redis under the project's key prefix, bounded:
 * - `<prefix>:feedback:event:<id>`    the event as last routed (so an answer knows what it is
 *                                     about), kept `alertedEventSeconds` after its last notice;
 * - `<prefix>:feedback:answers:<id>`  the answers about it, newest first, at most `maxAnswersPerEvent`;
 * - `<prefix>:feedback:snapshot:<id>` the event as it was when last answered (for the export);
 * - `<prefix>:feedback:index`         answered events by time of last answer, at most
 *                                     `maxAnsweredEvents` (the oldest go, with their keys).
 */

export const maxAnswersPerEvent = 50
export const maxAnsweredEvents = 10_000
export const alertedEventSeconds = 30 * 24 * 3600

const keyPart = (value: string): string =>
  /^[A-Za-z0-9_.-]{1,100}$/.test(value) ? value : `h-${createHash("sha256").update(value).digest("hex").slice(0, 32)}`

export const feedbackKeys = (prefix: string) => ({
  event: (id: string) => `${prefix}:feedback:event:${keyPart(id)}`,
  answers: (id: string) => `${prefix}:feedback:answers:${keyPart(id)}`,
  snapshot: (id: string) => `${prefix}:feedback:snapshot:${keyPart(id)}`,
  index: `${prefix}:feedback:index`
})

const recordScript = loadLuaScript(import.meta.url, "./record-answer.lua")

const decodeEvent = Schema.decodeUnknownResult(Schema.fromJsonString(BilateralEvent))
const decodeRecord = Schema.decodeUnknownResult(Schema.fromJsonString(FeedbackRecord))
const encodeRecord = Schema.encodeSync(Schema.fromJsonString(FeedbackRecord))

/** Every answered event with its answers (oldest first), for the export. */
export interface AnsweredEvent {
  readonly event: BilateralEvent
  readonly answers: ReadonlyArray<FeedbackRecord>
}

export class FeedbackStore extends Context.Service<
  FeedbackStore,
  {
    /** Keeps the event as routed, so an answer to its alert can be tied to it. */
    readonly rememberEvent: (event: BilateralEvent) => Effect.Effect<void>
    readonly eventById: (id: string) => Effect.Effect<Option.Option<BilateralEvent>>
    readonly record: (record: FeedbackRecord, event: BilateralEvent) => Effect.Effect<void>
    /** Answers about an event given in one channel, oldest first. */
    readonly answersIn: (eventId: string, channel: string) => Effect.Effect<ReadonlyArray<FeedbackRecord>>
    /** Every answered event, optionally only those answered since `since` (epoch ms). */
    readonly answered: (since?: number) => Effect.Effect<ReadonlyArray<AnsweredEvent>>
  }
>()("notifier/FeedbackStore") {
  static readonly layer = Layer.effect(
    FeedbackStore,
    Effect.gen(function* () {
      const { client, prefix } = yield* Redis
      const keys = feedbackKeys(prefix)

      const records = (raw: ReadonlyArray<string>): Array<FeedbackRecord> =>
        raw.flatMap((json) => {
          const decoded = decodeRecord(json)
          return Result.isSuccess(decoded) ? [decoded.success] : []
        })

      const rememberEvent = (event: BilateralEvent) =>
        Effect.promise(() => client.set(keys.event(event.id), JSON.stringify(event), "EX", alertedEventSeconds)).pipe(
          Effect.asVoid
        )

      const eventById = (id: string) =>
        Effect.promise(() => client.get(keys.event(id))).pipe(
          Effect.map((json) => {
            if (json === null) return Option.none<BilateralEvent>()
            const decoded = decodeEvent(json)
            return Result.isSuccess(decoded) ? Option.some(decoded.success) : Option.none<BilateralEvent>()
          })
        )

      const record = (answer: FeedbackRecord, event: BilateralEvent) =>
        Effect.promise(() =>
          runLua(
            client,
            recordScript,
            [keys.answers(answer.eventId), keys.snapshot(answer.eventId), keys.index],
            [
              encodeRecord(answer),
              JSON.stringify(event),
              Date.parse(answer.at) || Date.now(),
              keyPart(answer.eventId),
              maxAnswersPerEvent,
              maxAnsweredEvents,
              `${prefix}:feedback:answers:`,
              `${prefix}:feedback:snapshot:`
            ]
          )
        ).pipe(Effect.asVoid)

      const answersIn = (eventId: string, channel: string) =>
        Effect.promise(() => client.lrange(keys.answers(eventId), 0, -1)).pipe(
          Effect.map((raw) =>
            records(raw)
              .filter((answer) => answer.channel === channel)
              .reverse()
          )
        )

      const answered = (since?: number) =>
        Effect.promise(async () => {
          const members = await client.zrangebyscore(keys.index, since === undefined ? "-inf" : String(since), "+inf")
          const found: Array<AnsweredEvent> = []
          // In pages, so a full index is read in bounded round trips and memory per step.
          for (let start = 0; start < members.length; start += 200) {
            const page = members.slice(start, start + 200)
            const batch = client.pipeline()
            for (const member of page)
              batch.get(`${prefix}:feedback:snapshot:${member}`).lrange(`${prefix}:feedback:answers:${member}`, 0, -1)
            const replies = (await batch.exec()) ?? []
            page.forEach((_, index) => {
              const snapshot = replies[index * 2]?.[1]
              const answers = replies[index * 2 + 1]?.[1]
              if (typeof snapshot !== "string" || !Array.isArray(answers)) return
              const event = decodeEvent(snapshot)
              if (Result.isFailure(event)) return
              found.push({ event: event.success, answers: records(answers as Array<string>).reverse() })
            })
          }
          return found
        })

      return FeedbackStore.of({ rememberEvent, eventById, record, answersIn, answered })
    })
  )
}
