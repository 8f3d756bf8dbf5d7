import { Context, Effect, Layer, Option, Schema } from "effect"
import { Redis } from "../redis.ts"

/** Redis did not answer a delivery bookkeeping command; the job is retried. */
export class DeliveryStoreError extends Schema.TaggedError<DeliveryStoreError>()("DeliveryStoreError", {
  operation: Schema.String,
  reason: Schema.String
}) {}

const day = 24 * 3600

/**
 * What has been posted where, kept in Redis so every notifier process sees it. Keys live under
 * `<prefix>:notifier:`:
 *
 * - `posted:<key>`   → Slack ts of the message posted for a delivery key (the record of the post)
 * - `claim:<key>`    → a short-lived claim (SET NX PX) held while one process posts that key
 * - `attempt:<key>`  → when a post of that key was last sent to Slack (epoch ms); its presence
 *                      without `posted:` means "maybe posted": check the channel before posting
 * - `thread:<event>:<channel>` → delivery key of the channel's first alert about the event
 * - `shown:<event>:<channel>`  → revision the parent alert currently shows (for chat.update)
 * - `failed:<key>`   → a delivery that failed for good (its replies stop waiting for it)
 * - `reported:<what>` → an ops report already made (once per channel error / feed episode)
 */
export class DeliveryLedger extends Context.Service<
  DeliveryLedger,
  {
    readonly postedTs: (deliveryKey: string) => Effect.Effect<Option.Option<string>, DeliveryStoreError>
    readonly recordPosted: (deliveryKey: string, ts: string) => Effect.Effect<void, DeliveryStoreError>
    /** True when this caller now holds the claim for `deliveryKey`. */
    readonly claim: (deliveryKey: string, token: string, ttlMs: number) => Effect.Effect<boolean, DeliveryStoreError>
    /** Releases the claim only if `token` still holds it (an expired claim may belong to another process now). */
    readonly release: (deliveryKey: string, token: string) => Effect.Effect<void, DeliveryStoreError>
    readonly attemptedAt: (deliveryKey: string) => Effect.Effect<Option.Option<number>, DeliveryStoreError>
    readonly markAttempt: (deliveryKey: string, at: number) => Effect.Effect<void, DeliveryStoreError>
    readonly clearAttempt: (deliveryKey: string) => Effect.Effect<void, DeliveryStoreError>
    /**
     * The channel's first alert about `eventId`: sets it to `deliveryKey` if there is none yet
     * and returns whichever key holds the place (ours, or the one that got there first).
     */
    readonly firstAlertKey: (eventId: string, channel: string, deliveryKey: string) => Effect.Effect<string, DeliveryStoreError>
    readonly shownRevision: (eventId: string, channel: string) => Effect.Effect<number, DeliveryStoreError>
    /** Raises the shown revision to `revision` (never lowers it). */
    readonly recordShown: (eventId: string, channel: string, revision: number) => Effect.Effect<void, DeliveryStoreError>
    readonly markFailed: (deliveryKey: string, code: string) => Effect.Effect<void, DeliveryStoreError>
    readonly failure: (deliveryKey: string) => Effect.Effect<Option.Option<string>, DeliveryStoreError>
    /** True the first time `what` is reported within `ttlSeconds`; false for every repeat. */
    readonly reportOnce: (what: string, ttlSeconds: number) => Effect.Effect<boolean, DeliveryStoreError>
    /** Deletes a report mark so the next failure is reported again (an episode ended). */
    readonly forgetReport: (what: string) => Effect.Effect<void, DeliveryStoreError>
  }
>()("notifier/DeliveryLedger") {
  static readonly layer = Layer.effect(
    DeliveryLedger,
    Effect.gen(function* () {
      const { client, prefix } = yield* Redis
      const base = `${prefix}:notifier`
      const run = <A>(operation: string, command: () => Promise<A>) =>
        Effect.tryPromise({
          try: command,
          catch: (error) => new DeliveryStoreError({ operation, reason: error instanceof Error ? error.message : String(error) })
        })

      return DeliveryLedger.of({
        postedTs: (key) => run("get posted", () => client.get(`${base}:posted:${key}`)).pipe(Effect.map(Option.fromNullishOr)),
        recordPosted: (key, ts) => run("record posted", () => client.set(`${base}:posted:${key}`, ts, "EX", 90 * day)).pipe(Effect.asVoid),
        claim: (key, token, ttlMs) =>
          run("claim", () => client.set(`${base}:claim:${key}`, token, "PX", ttlMs, "NX")).pipe(Effect.map((reply) => reply === "OK")),
        release: (key, token) =>
          run("release claim", () =>
            client.eval(
              "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0",
              1,
              `${base}:claim:${key}`,
              token
            )
          ).pipe(Effect.asVoid),
        attemptedAt: (key) =>
          run("get attempt", () => client.get(`${base}:attempt:${key}`)).pipe(
            Effect.map((value) => (value === null ? Option.none() : Option.some(Number(value))))
          ),
        markAttempt: (key, at) => run("mark attempt", () => client.set(`${base}:attempt:${key}`, String(at), "EX", 7 * day)).pipe(Effect.asVoid),
        clearAttempt: (key) => run("clear attempt", () => client.del(`${base}:attempt:${key}`)).pipe(Effect.asVoid),
        firstAlertKey: (eventId, channel, key) =>
          run("first alert", () =>
            client.eval(
              "local current = redis.call('GET', KEYS[1]) if current then return current end redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2]) return ARGV[1]",
              1,
              `${base}:thread:${eventId}:${channel}`,
              key,
              String(90 * day)
            )
          ).pipe(Effect.map((value) => String(value))),
        shownRevision: (eventId, channel) =>
          run("get shown revision", () => client.get(`${base}:shown:${eventId}:${channel}`)).pipe(
            Effect.map((value) => (value === null ? 0 : Number(value)))
          ),
        recordShown: (eventId, channel, revision) =>
          run("record shown revision", () =>
            client.eval(
              "local current = tonumber(redis.call('GET', KEYS[1]) or '0') if tonumber(ARGV[1]) > current then redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2]) end return 0",
              1,
              `${base}:shown:${eventId}:${channel}`,
              String(revision),
              String(90 * day)
            )
          ).pipe(Effect.asVoid),
        markFailed: (key, code) => run("mark failed", () => client.set(`${base}:failed:${key}`, code, "EX", 7 * day)).pipe(Effect.asVoid),
        failure: (key) => run("get failure", () => client.get(`${base}:failed:${key}`)).pipe(Effect.map(Option.fromNullishOr)),
        reportOnce: (what, ttlSeconds) =>
          run("report once", () => client.set(`${base}:reported:${what}`, "1", "EX", ttlSeconds, "NX")).pipe(
            Effect.map((reply) => reply === "OK")
          ),
        forgetReport: (what) => run("forget report", () => client.del(`${base}:reported:${what}`)).pipe(Effect.asVoid)
      })
    })
  )
}
