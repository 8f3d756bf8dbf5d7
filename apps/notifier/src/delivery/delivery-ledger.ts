import { BilateralEvent } from "@india-italy/domain"
import { Context, Effect, Layer, Option, Result, Schema } from "effect"
import { deleteIfHeld, loadLuaScript, Redis, runLua } from "@india-italy/runtime"
import { paceKeys } from "./channel-pacer.ts"

const beginPostScript = loadLuaScript(import.meta.url, "./begin-post.lua")
const finishPostScript = loadLuaScript(import.meta.url, "./finish-post.lua")
const threadReplySlotScript = loadLuaScript(import.meta.url, "./thread-reply-slot.lua")
const storeLatestScript = loadLuaScript(import.meta.url, "./store-latest-event.lua")
const raiseShownScript = loadLuaScript(import.meta.url, "./raise-shown-revision.lua")

/** Redis did not answer a delivery bookkeeping command; the job is retried. */
export class DeliveryStoreError extends Schema.TaggedError<DeliveryStoreError>()("DeliveryStoreError", {
  operation: Schema.String,
  reason: Schema.String
}) {}

const day = 24 * 3600

/** Where beginPost left a delivery: what the caller does next. */
export type PostStart =
  /** Posted before (ts): nothing is held. */
  | { readonly _tag: "Posted"; readonly ts: string }
  /** The channel is blocked by a 429 for `ms`: nothing is held. */
  | { readonly _tag: "Blocked"; readonly ms: number }
  /** Another run holds the posting claim. */
  | { readonly _tag: "ClaimedElsewhere" }
  /** The channel's next slot is more than the caller will wait (`ms` away): nothing is held. */
  | { readonly _tag: "Paced"; readonly ms: number }
  /** The claim is ours, and an earlier run sent this post at `at` without recording it: look before posting. */
  | { readonly _tag: "Attempted"; readonly at: number }
  /** The claim and the channel slot are ours, the attempt is marked: post after `waitMs`. */
  | { readonly _tag: "Go"; readonly waitMs: number }

export interface PaceRequest {
  readonly channel: string
  readonly intervalMs: number
  /** Longest wait for the channel's slot the caller sleeps through; beyond it, Paced. */
  readonly maxWaitMs: number
}

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
 * - `replies:<event>:<channel>` → the revisions that got a thread reply, at most THREAD_MAX_REPLIES
 * - `latest:<event>`  → the newest revision of the event seen past a thread's reply limit (one copy)
 * - `refresh:<event>:<channel>` → delivery key of the pending coalesced refresh of the alert
 *
 * Everything per event is one key or a bounded one, so a flood of one story costs what a handful
 * of reports costs.
 */
export class DeliveryLedger extends Context.Service<
  DeliveryLedger,
  {
    readonly postedTs: (deliveryKey: string) => Effect.Effect<Option.Option<string>, DeliveryStoreError>
    readonly recordPosted: (deliveryKey: string, ts: string) => Effect.Effect<void, DeliveryStoreError>
    /** Releases the claim only if `token` still holds it (an expired claim may belong to another process now). */
    readonly release: (deliveryKey: string, token: string) => Effect.Effect<void, DeliveryStoreError>
    readonly clearAttempt: (deliveryKey: string) => Effect.Effect<void, DeliveryStoreError>
    /**
     * The channel's first alert about `eventId`: sets it to `deliveryKey` if there is none yet
     * and returns whichever key holds the place (ours, or the one that got there first).
     */
    readonly firstAlertKey: (
      eventId: string,
      channel: string,
      deliveryKey: string
    ) => Effect.Effect<string, DeliveryStoreError>
    /** The channel's first alert about `eventId`, if it has one (nothing is claimed). */
    readonly existingFirstAlertKey: (
      eventId: string,
      channel: string
    ) => Effect.Effect<Option.Option<string>, DeliveryStoreError>
    readonly shownRevision: (eventId: string, channel: string) => Effect.Effect<number, DeliveryStoreError>
    /** Raises the shown revision to `revision` (never lowers it). */
    readonly recordShown: (
      eventId: string,
      channel: string,
      revision: number
    ) => Effect.Effect<void, DeliveryStoreError>
    readonly markFailed: (deliveryKey: string, code: string) => Effect.Effect<void, DeliveryStoreError>
    readonly failure: (deliveryKey: string) => Effect.Effect<Option.Option<string>, DeliveryStoreError>
    /** True the first time `what` is reported within `ttlSeconds`; false for every repeat. */
    readonly reportOnce: (what: string, ttlSeconds: number) => Effect.Effect<boolean, DeliveryStoreError>
    /** Deletes a report mark so the next failure is reported again (an episode ended). */
    readonly forgetReport: (what: string) => Effect.Effect<void, DeliveryStoreError>
    /**
     * Whether the notice of `revision` gets a reply in the event's thread in `channel`: true for
     * the first `maxReplies` revisions asked about (and again for each of them, so a retried notice
     * decides the same), false for every later one.
     */
    readonly threadReplySlot: (
      eventId: string,
      channel: string,
      revision: number,
      maxReplies: number
    ) => Effect.Effect<boolean, DeliveryStoreError>
    /** Keeps `event` as the latest copy of it unless a newer revision is kept already. */
    readonly storeLatestEvent: (event: BilateralEvent) => Effect.Effect<void, DeliveryStoreError>
    readonly latestEvent: (eventId: string) => Effect.Effect<Option.Option<BilateralEvent>, DeliveryStoreError>
    /**
     * The delivery key of the pending coalesced refresh of the event's alert in `channel`: the one
     * pending, or `deliveryKey`, now pending for `ttlMs` at most (a lost job cannot block refreshes).
     */
    readonly pendingRefresh: (
      eventId: string,
      channel: string,
      deliveryKey: string,
      ttlMs: number
    ) => Effect.Effect<string, DeliveryStoreError>
    /** The refresh `deliveryKey` is running: later reports need a refresh of their own. */
    readonly releaseRefresh: (
      eventId: string,
      channel: string,
      deliveryKey: string
    ) => Effect.Effect<void, DeliveryStoreError>
    /**
     * The steps before a Slack post, in one atomic round trip: not posted yet → channel not
     * blocked → take the claim (or, with `afterLooking`, still hold it) → no earlier attempt →
     * reserve the channel's slot → mark the attempt. Stops at the first step that says otherwise.
     * `afterLooking` is the second call, after an Attempted answer found no earlier post.
     */
    readonly beginPost: (
      deliveryKey: string,
      token: string,
      claimMs: number,
      pace: PaceRequest,
      afterLooking?: boolean
    ) => Effect.Effect<PostStart, DeliveryStoreError>
    /**
     * The steps after a post, in one atomic round trip: record the post, raise the event's shown
     * revision in the channel to `shown.revision` (if given), release the claim if `token` still
     * holds it. Returns the revision the channel's first alert about the event now shows.
     */
    readonly finishPost: (
      deliveryKey: string,
      ts: string,
      token: string,
      shown?: { readonly eventId: string; readonly channel: string; readonly revision?: number }
    ) => Effect.Effect<number, DeliveryStoreError>
  }
>()("notifier/DeliveryLedger") {
  static readonly layer = Layer.effect(
    DeliveryLedger,
    Effect.gen(function* () {
      const { client, prefix } = yield* Redis
      const base = `${prefix}:notifier`

      const decodeEvent = Schema.decodeUnknownResult(Schema.fromJsonString(BilateralEvent))
      const encodeEvent = Schema.encodeSync(BilateralEvent)

      const toPostStart = (reply: unknown): PostStart => {
        const [tag, value] = reply as [string, string]
        switch (tag) {
          case "posted":
            return { _tag: "Posted", ts: value }
          case "blocked":
            return { _tag: "Blocked", ms: Number(value) }
          case "claimed":
            return { _tag: "ClaimedElsewhere" }
          case "paced":
            return { _tag: "Paced", ms: Number(value) }
          case "attempted":
            return { _tag: "Attempted", at: Number(value) }
          default:
            return { _tag: "Go", waitMs: Number(value) }
        }
      }
      const run = <A>(operation: string, command: () => Promise<A>) =>
        Effect.tryPromise({
          try: command,
          catch: (error) =>
            new DeliveryStoreError({ operation, reason: error instanceof Error ? error.message : String(error) })
        })

      /**
       * The value already at `key`, else `value`, set with the given lifetime: whoever sets it
       * first wins. One command (SET … NX GET, Redis 7): the old value, or nil when ours was set.
       */
      const setOnce = async (key: string, value: string, unit: "EX" | "PX", lifetime: number) =>
        (unit === "EX"
          ? await client.set(key, value, "EX", lifetime, "NX", "GET")
          : await client.set(key, value, "PX", lifetime, "NX", "GET")) ?? value

      return DeliveryLedger.of({
        postedTs: (key) =>
          run("get posted", () => client.get(`${base}:posted:${key}`)).pipe(Effect.map(Option.fromNullishOr)),
        recordPosted: (key, ts) =>
          run("record posted", () => client.set(`${base}:posted:${key}`, ts, "EX", 90 * day)).pipe(Effect.asVoid),
        release: (key, token) =>
          run("release claim", () => deleteIfHeld(client, `${base}:claim:${key}`, token)).pipe(Effect.asVoid),
        clearAttempt: (key) => run("clear attempt", () => client.del(`${base}:attempt:${key}`)).pipe(Effect.asVoid),
        firstAlertKey: (eventId, channel, key) =>
          run("first alert", () => setOnce(`${base}:thread:${eventId}:${channel}`, key, "EX", 90 * day)),
        existingFirstAlertKey: (eventId, channel) =>
          run("read first alert", () => client.get(`${base}:thread:${eventId}:${channel}`)).pipe(
            Effect.map(Option.fromNullishOr)
          ),
        shownRevision: (eventId, channel) =>
          run("get shown revision", () => client.get(`${base}:shown:${eventId}:${channel}`)).pipe(
            Effect.map((value) => (value === null ? 0 : Number(value)))
          ),
        recordShown: (eventId, channel, revision) =>
          run("record shown revision", () =>
            runLua(client, raiseShownScript, [`${base}:shown:${eventId}:${channel}`], [revision, 90 * day])
          ).pipe(Effect.asVoid),
        markFailed: (key, code) =>
          run("mark failed", () => client.set(`${base}:failed:${key}`, code, "EX", 7 * day)).pipe(Effect.asVoid),
        failure: (key) =>
          run("get failure", () => client.get(`${base}:failed:${key}`)).pipe(Effect.map(Option.fromNullishOr)),
        reportOnce: (what, ttlSeconds) =>
          run("report once", () => client.set(`${base}:reported:${what}`, "1", "EX", ttlSeconds, "NX")).pipe(
            Effect.map((reply) => reply === "OK")
          ),
        threadReplySlot: (eventId, channel, revision, maxReplies) =>
          run("thread reply slot", () =>
            runLua(
              client,
              threadReplySlotScript,
              [`${base}:replies:${eventId}:${channel}`],
              [revision, maxReplies, 90 * day]
            )
          ).pipe(Effect.map((reply) => Number(reply) === 1)),
        storeLatestEvent: (event) =>
          run("store latest event", () =>
            runLua(
              client,
              storeLatestScript,
              [`${base}:latest:${event.id}`],
              [JSON.stringify(encodeEvent(event)), event.revision, 7 * day]
            )
          ).pipe(Effect.asVoid),
        latestEvent: (eventId) =>
          run("read latest event", () => client.get(`${base}:latest:${eventId}`)).pipe(
            Effect.map((json) => {
              if (json === null) return Option.none<BilateralEvent>()
              const decoded = decodeEvent(json)
              return Result.isSuccess(decoded) ? Option.some(decoded.success) : Option.none<BilateralEvent>()
            })
          ),
        pendingRefresh: (eventId, channel, key, ttlMs) =>
          run("pending refresh", () => setOnce(`${base}:refresh:${eventId}:${channel}`, key, "PX", ttlMs)),
        releaseRefresh: (eventId, channel, key) =>
          run("release refresh", () => deleteIfHeld(client, `${base}:refresh:${eventId}:${channel}`, key)).pipe(
            Effect.asVoid
          ),
        forgetReport: (what) => run("forget report", () => client.del(`${base}:reported:${what}`)).pipe(Effect.asVoid),
        beginPost: (key, token, claimMs, pace, afterLooking = false) => {
          const { next, blocked } = paceKeys(prefix, pace.channel)
          return run("begin post", () =>
            runLua(
              client,
              beginPostScript,
              [`${base}:posted:${key}`, `${base}:claim:${key}`, `${base}:attempt:${key}`, next, blocked],
              [
                token,
                claimMs,
                pace.intervalMs,
                pace.maxWaitMs,
                7 * day,
                afterLooking ? "continue" : "claim",
                Date.now()
              ]
            )
          ).pipe(Effect.map(toPostStart))
        },
        finishPost: (key, ts, token, shown) => {
          const keys = [`${base}:posted:${key}`, `${base}:claim:${key}`]
          if (shown !== undefined) keys.push(`${base}:shown:${shown.eventId}:${shown.channel}`)
          return run("finish post", () =>
            runLua(client, finishPostScript, keys, [
              ts,
              90 * day,
              token,
              shown?.revision === undefined ? "" : shown.revision,
              90 * day
            ])
          ).pipe(Effect.map(Number))
        }
      })
    })
  )
}
