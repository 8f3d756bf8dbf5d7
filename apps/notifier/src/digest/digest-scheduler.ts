import type { Subscription } from "@india-italy/domain"
import { Cause, Clock, Config, ConfigProvider, Context, Effect, Layer, Schedule } from "effect"
import { Redis } from "../redis.ts"
import { SlackSender } from "../slack/slack-sender.ts"
import { SubscriptionStore } from "../subscriptions/subscription-store.ts"
import { composeDigest } from "./compose-digest.ts"
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
  /** Posting failed; a transient failure is retried at the next check, a permanent one next run. */
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
        const claimed = yield* Effect.promise(() => client.set(keys.lock(runAt.getTime()), owner, "PX", lockTtlMs, "NX"))
        if (claimed === null) return { ...base, outcome: "taken" as const, events: 0 }

        const claimedRun = Effect.gen(function* () {
          const { events } = yield* buffer.pending(subscription.id)
          const message = composeDigest(subscription, events, { runAt })
          if (message === undefined) {
            yield* Effect.promise(() => client.set(keys.last, runAt.toISOString()))
            return { ...base, outcome: "nothing_new" as const, events: 0 }
          }
          const runAtMs = runAt.getTime()
          const marker = { deliveryKey: `digest-${subscription.id}-${runAtMs}` }
          const recordPosted = Effect.gen(function* () {
            yield* buffer.acknowledge(subscription.id, message.eventIds)
            yield* Effect.promise(() => client.set(keys.last, runAt.toISOString()))
            yield* Effect.logInfo("digest posted", { subscriptionId: subscription.id, channel: subscription.channel, events: message.eventIds.length })
            return { ...base, outcome: "posted" as const, events: message.eventIds.length }
          })
          // A failed attempt may still have reached Slack (a timeout after Slack accepted it): look first.
          const attempted = yield* Effect.promise(() => client.exists(keys.attempt(runAtMs)))
          const postOrFind =
            attempted === 1
              ? slack.findMarkedMessage({ channel: subscription.channel, marker, since: runAtMs }).pipe(
                  Effect.flatMap((found) =>
                    found._tag === "Some"
                      ? Effect.void
                      : slack.postMessage({ channel: subscription.channel, text: message.text, blocks: message.blocks, marker }).pipe(Effect.asVoid)
                  )
                )
              : Effect.promise(() => client.set(keys.attempt(runAtMs), owner, "PX", lockTtlMs)).pipe(
                  Effect.andThen(slack.postMessage({ channel: subscription.channel, text: message.text, blocks: message.blocks, marker })),
                  Effect.asVoid
                )
          return yield* postOrFind.pipe(
            Effect.andThen(recordPosted),
            Effect.catchTag("SlackPostError", (error) =>
              Effect.gen(function* () {
                // Transient: free the run so the next check retries. Permanent (channel gone, bot
                // removed): keep it claimed so this run is not retried every minute; events stay buffered.
                if (!error.permanent) yield* Effect.promise(() => client.del(keys.lock(runAtMs)))
                yield* Effect.logWarning("digest not posted", {
                  subscriptionId: subscription.id,
                  channel: subscription.channel,
                  reason: error.reason,
                  permanent: error.permanent
                })
                return { ...base, outcome: "failed" as const, events: events.length, error: error.reason }
              })
            )
          )
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
              Effect.logError("digest check failed", { subscriptionId: subscription.id, cause: Cause.pretty(cause) }).pipe(Effect.as(undefined))
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
      if (seconds < 1) return yield* Effect.fail(new Config.ConfigError(new ConfigProvider.SourceError({ message: `DIGEST_CHECK_SECONDS is invalid: expected a whole number ≥ 1, got ${seconds}` })))
      return DigestScheduler.layerWith({ checkIntervalMs: seconds * 1000 })
    })
  )
}
