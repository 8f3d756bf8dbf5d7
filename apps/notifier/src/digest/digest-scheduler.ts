import type { Subscription } from "@india-italy/domain"
import { createHash } from "node:crypto"
import { Cause, Clock, Config, ConfigProvider, Context, Effect, Layer, Option, Result, Schedule } from "effect"
import { Redis } from "@india-italy/runtime"
import { messageErrorCodes, SlackSender } from "../slack/slack-sender.ts"
import { SubscriptionStore } from "../subscriptions/subscription-store.ts"
import { composeDigest, type DigestMessage } from "./compose-digest.ts"
import { DigestBuffer } from "./digest-buffer.ts"
import { digestKeys } from "./digest-keys.ts"
import { latestDigestRun } from "./digest-schedule.ts"

export type DigestOutcome =
  /** The digest was posted. */
  | "posted"
  /** Due, but nothing arrived since the last digest: nothing posted, the run counted as done. */
  | "nothing_new"
  /** Another process holds this run. */
  | "taken"
  /**
   * Posting failed; a transient failure is retried at the next check, a permanent one next run.
   * A message Slack refuses as a body (invalid_blocks, msg_blocks_too_long …) is never retried:
   * the run goes on with the other messages and its developments stay buffered.
   */
  | "failed"

export interface DigestRunResult {
  readonly subscriptionId: string
  readonly channel: string
  readonly runAt: string
  readonly outcome: DigestOutcome
  readonly events: number
  readonly error?: string
}

// A run's lock outlives a weekly period, so a process that crashed after posting (before it could
// record the run) can never make another process post the same run again.
const lockTtlMs = 8 * 24 * 3600 * 1000

/**
 * Posts each digest subscription's digest when its scheduled time has passed: one message with the
 * developments buffered since the last digest, grouped by sector. Several notifier processes may
 * run this together: a run is claimed with SET NX per (subscription, scheduled time), and recorded
 * as done once posted, so each digest goes out once. A notifier that was down at the scheduled
 * time catches up at its next check.
 */
export class DigestScheduler extends Context.Service<
  DigestScheduler,
  {
    /** Posts every digest due at `now` that is not yet done; returns what happened to each. */
    readonly runDue: (now: Date) => Effect.Effect<ReadonlyArray<DigestRunResult>>
  }
>()("notifier/DigestScheduler") {
  /** The service alone, without the periodic check (tests call `runDue` with fixed clocks). */
  static readonly service = Layer.effect(
    DigestScheduler,
    Effect.gen(function* () {
      const { client, prefix } = yield* Redis
      const store = yield* SubscriptionStore
      const buffer = yield* DigestBuffer
      const slack = yield* SlackSender
      const owner = `${process.pid}-${Math.random().toString(36).slice(2, 10)}`

      /**
       * One message of a digest, posted at most once. Its marker and attempt key are named by the
       * events it shows, so a retry that composes the rest differently never mistakes one part for
       * another; a part an earlier attempt may have posted (a timeout after Slack took it) is
       * looked up in the channel first.
       */
      const postPart = Effect.fn("DigestScheduler.postPart")(function* (
        subscription: Subscription,
        runAtMs: number,
        message: DigestMessage
      ) {
        const keys = digestKeys(prefix, subscription.id)
        const part = createHash("sha256").update(message.eventIds.join("\n")).digest("hex").slice(0, 16)
        const marker = { deliveryKey: `digest-${subscription.id}-${runAtMs}-${part}` }
        const attemptKey = `${keys.attempt(runAtMs)}:${part}`
        const attempted = yield* Effect.promise(() => client.exists(attemptKey))
        if (attempted === 1) {
          const found = yield* slack.findMarkedMessage({ channel: subscription.channel, marker, since: runAtMs })
          if (Option.isSome(found)) return
        } else {
          yield* Effect.promise(() => client.set(attemptKey, owner, "PX", lockTtlMs))
        }
        yield* slack.postMessage({ channel: subscription.channel, text: message.text, blocks: message.blocks, marker })
      })

      const runOne = Effect.fn("DigestScheduler.runOne")(function* (subscription: Subscription, now: Date) {
        const digest = subscription.digest
        if (digest === undefined) return undefined
        const runAt = latestDigestRun(digest, now)
        // A subscription's first digest is the first scheduled time after it was created.
        if (runAt.getTime() < Date.parse(subscription.createdAt)) return undefined
        const keys = digestKeys(prefix, subscription.id)
        const last = yield* Effect.promise(() => client.get(keys.last))
        if (last !== null && Date.parse(last) >= runAt.getTime()) return undefined

        const base = { subscriptionId: subscription.id, channel: subscription.channel, runAt: runAt.toISOString() }
        const claimed = yield* Effect.promise(() =>
          client.set(keys.lock(runAt.getTime()), owner, "PX", lockTtlMs, "NX")
        )
        if (claimed === null) return { ...base, outcome: "taken" as const, events: 0 }

        const claimedRun = Effect.gen(function* () {
          const { events } = yield* buffer.pending(subscription.id)
          const messages = composeDigest(subscription, events, { runAt })
          if (messages.length === 0) {
            yield* Effect.promise(() => client.set(keys.last, runAt.toISOString()))
            return { ...base, outcome: "nothing_new" as const, events: 0 }
          }
          const runAtMs = runAt.getTime()
          const posted: Array<string> = []
          const refused: Array<string> = []
          for (const message of messages) {
            const sent = yield* Effect.result(postPart(subscription, runAtMs, message))
            if (Result.isSuccess(sent)) {
              // Acknowledged part by part: a run that stops half-way never posts a part twice.
              yield* buffer.acknowledge(subscription.id, message.eventIds)
              posted.push(...message.eventIds)
              continue
            }
            const error = sent.failure
            if (error.permanent && messageErrorCodes.has(error.code ?? "")) {
              // Slack refuses this body: retrying it cannot help. Reported; its events stay buffered.
              yield* Effect.logError("digest message refused by Slack; not retried, its developments stay buffered", {
                subscriptionId: subscription.id,
                channel: subscription.channel,
                reason: error.reason,
                events: message.eventIds.length
              })
              refused.push(error.reason)
              continue
            }
            // Transient: free the run so the next check retries what is left. Permanent for the
            // channel (gone, bot removed): keep it claimed so this run is not retried every minute.
            if (!error.permanent) yield* Effect.promise(() => client.del(keys.lock(runAtMs)))
            yield* Effect.logWarning("digest not posted", {
              subscriptionId: subscription.id,
              channel: subscription.channel,
              reason: error.reason,
              permanent: error.permanent
            })
            return { ...base, outcome: "failed" as const, events: events.length - posted.length, error: error.reason }
          }
          yield* Effect.promise(() => client.set(keys.last, runAt.toISOString()))
          yield* Effect.logInfo("digest posted", {
            subscriptionId: subscription.id,
            channel: subscription.channel,
            events: posted.length,
            messages: messages.length
          })
          const error = refused.length > 0 ? { error: refused.join("; ") } : {}
          return {
            ...base,
            outcome: posted.length > 0 ? ("posted" as const) : ("failed" as const),
            events: posted.length,
            ...error
          }
        })
        // Anything unexpected after claiming (Redis failing mid-run) frees the run for the next check;
        // a digest that did reach Slack is then found by its marker rather than posted again.
        return yield* claimedRun.pipe(
          Effect.tapCause(() => Effect.tryPromise(() => client.del(keys.lock(runAt.getTime()))).pipe(Effect.ignore))
        )
      })

      const runDue = Effect.fn("DigestScheduler.runDue")(function* (now: Date) {
        const subscriptions = yield* store.list()
        const results: Array<DigestRunResult> = []
        for (const subscription of subscriptions) {
          if (subscription.digest === undefined) continue
          // One subscription's trouble (a bad time zone in hand-edited data, Redis hiccup) must not stop the others.
          const result = yield* runOne(subscription, now).pipe(
            Effect.catchCause((cause) =>
              Effect.logError("digest check failed", {
                subscriptionId: subscription.id,
                cause: Cause.pretty(cause)
              }).pipe(Effect.as(undefined))
            )
          )
          if (result !== undefined) results.push(result)
        }
        return results
      })

      return DigestScheduler.of({ runDue })
    })
  )

  /** The service plus a fiber that checks every `checkIntervalMs` for as long as the layer lives. */
  static readonly layerWith = (options: { readonly checkIntervalMs: number }) =>
    Layer.effect(
      DigestScheduler,
      Effect.gen(function* () {
        const scheduler = yield* DigestScheduler
        const check = Effect.gen(function* () {
          const now = yield* Clock.currentTimeMillis
          yield* scheduler.runDue(new Date(now))
        }).pipe(Effect.catchCause((cause) => Effect.logError("digest check failed", { cause: Cause.pretty(cause) })))
        yield* Effect.forkScoped(check.pipe(Effect.repeat(Schedule.spaced(options.checkIntervalMs))))
        return scheduler
      })
    ).pipe(Layer.provide(DigestScheduler.service))

  /** Checks every DIGEST_CHECK_SECONDS (default 60). Needs Redis, SubscriptionStore, DigestBuffer, SlackSender. */
  static readonly layer = Layer.unwrap(
    Effect.gen(function* () {
      const seconds = yield* Config.Int("DIGEST_CHECK_SECONDS").pipe(Config.withDefault(60))
      if (seconds < 1)
        return yield* Effect.fail(
          new Config.ConfigError(
            new ConfigProvider.SourceError({
              message: `DIGEST_CHECK_SECONDS is invalid: expected a whole number ≥ 1, got ${seconds}`
            })
          )
        )
      return DigestScheduler.layerWith({ checkIntervalMs: seconds * 1000 })
    })
  )
}
