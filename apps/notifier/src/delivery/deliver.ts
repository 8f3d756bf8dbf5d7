import { Context, Effect, Layer, Option } from "effect"
import { NotifierConfig } from "../config.ts"
import { FeedbackStore } from "../feedback/feedback-store.ts"
import { OpsReporter } from "../ops/ops-reporter.ts"
import { renderAlert, renderSourceReply, type SlackMessage } from "../slack/render-alert.ts"
import { channelErrorCodes, SlackSender, type SlackPostError } from "../slack/slack-sender.ts"
import { AlertArchive } from "./alert-archive.ts"
import { ChannelPacer } from "./channel-pacer.ts"
import type { DeliveryJob } from "./delivery-job.ts"
import { DeliveryLedger, type DeliveryStoreError } from "./delivery-ledger.ts"
import { makePostsInFlight } from "./posts-in-flight.ts"

/**
 * Posting one delivery to Slack, at most once.
 *
 * The hard case is a crash (or a lost answer) between Slack accepting a post and us recording
 * it: BullMQ will run the job again, and a naive retry posts twice. The sequence below makes the
 * retry find the first post instead:
 *
 *   1. `posted:<key>` exists → done (the common duplicate: the same job run twice).
 *   2. Take the claim `claim:<key>` (SET NX PX). Only the holder may post; anyone else comes back
 *      later. The claim outlives any Slack call (POSTING_CLAIM_MS > SLACK_TIMEOUT_MS), so a live
 *      poster never loses it; a crashed poster's claim simply expires.
 *   3. `attempt:<key>` exists → an earlier run sent this post and never recorded the outcome.
 *      Look in the channel (conversations.history, or .replies for a thread) for a message whose
 *      metadata carries this delivery key. Found → record it and stop. Not found → it was never
 *      posted; go on.
 *   4. Write `attempt:<key>`, post with the key in the message metadata, write `posted:<key>`.
 *
 * Steps 1–4 up to the post are one atomic Lua script (DeliveryLedger.beginPost, called a second
 * time only after step 3 had to look in the channel), and recording the post, the shown revision
 * and releasing the claim are another (finishPost): two Redis round trips around the Slack call
 * instead of ten.
 *
 * A run that dies anywhere in 4 leaves `attempt:` behind, so the next run takes step 3. (A token
 * without history scope cannot look: then the retry posts and operators are told what to grant.) A 429
 * never posts, so its attempt mark is cleared. The one window left is Slack's own: a message
 * accepted but not yet visible in history within the claim's lifetime, which Slack does not have
 * in practice.
 *
 * Once a post is recorded (or a retry finds it recorded), the event store is handed a record of it
 * (AlertArchive), keyed so that a retry hands over the same record.
 *
 * Pacing and 429s are per channel (ChannelPacer); a job that must wait longer than two slots is
 * handed back to BullMQ as "delayed" instead of holding a worker, so other channels keep flowing.
 */

/** What to do with the job, decided here and carried out by the BullMQ worker. */
export type DeliveryOutcome =
  | { readonly _tag: "Delivered"; readonly ts: string }
  | { readonly _tag: "AlreadyDelivered"; readonly ts: string }
  /** Try again at `until` (epoch ms) without using up an attempt: paced, blocked by a 429, or claimed elsewhere. */
  | { readonly _tag: "Delay"; readonly until: number; readonly reason: string }
  /** A transient failure: BullMQ retries with backoff, counting an attempt. */
  | { readonly _tag: "Retry"; readonly reason: string }
  /** Retrying cannot help; the job fails for good. */
  | { readonly _tag: "GiveUp"; readonly reason: string }

export class Delivery extends Context.Service<
  Delivery,
  {
    /** `attemptToken` must be unique per run (it owns the posting claim). */
    readonly deliver: (job: DeliveryJob, attemptToken: string) => Effect.Effect<DeliveryOutcome>
  }
>()("notifier/Delivery") {
  static readonly layer = Layer.effect(
    Delivery,
    Effect.gen(function* () {
      const config = yield* NotifierConfig
      const sender = yield* SlackSender
      const ledger = yield* DeliveryLedger
      const pacer = yield* ChannelPacer
      const ops = yield* OpsReporter
      const feedback = yield* FeedbackStore
      const archive = yield* AlertArchive
      const maxInlineWaitMs = config.channelIntervalMs * 2
      // The longest one attempt of a post takes: its channel slot, then the Slack call.
      const maxPostMs = maxInlineWaitMs + config.slackTimeoutMs
      const inFlight = makePostsInFlight()

      // The steps below run for every delivery, so they are untraced (Effect.fnUntraced): a traced
      // function makes a span and captures a call-site stack on every call, and nothing reads them.
      const delay = (ms: number, reason: string): DeliveryOutcome => ({
        _tag: "Delay",
        until: Date.now() + Math.max(1, ms),
        reason
      })

      /** Maps a failed Slack call to what happens next, recording 429s and permanent failures. */
      const onSlackError = Effect.fnUntraced(function* (job: DeliveryJob, error: SlackPostError) {
        if (error.retryAfterSeconds !== undefined) {
          const blockedMs = yield* pacer.block(job.channel, error.retryAfterSeconds * 1000)
          yield* Effect.logWarning(`Slack rate limited channel ${job.channel}; its deliveries wait ${blockedMs} ms`)
          return delay(blockedMs + 50, error.reason)
        }
        if (error.permanent) {
          const code = error.code ?? "unknown"
          yield* ledger.markFailed(job.deliveryKey, code)
          if (channelErrorCodes.has(code)) {
            yield* ops.channelFailed(job.channel, code, error.reason)
          } else {
            yield* Effect.logError(`delivery ${job.deliveryKey} to ${job.channel} failed for good: ${error.reason}`)
          }
          return { _tag: "GiveUp", reason: error.reason } satisfies DeliveryOutcome
        }
        return { _tag: "Retry", reason: error.reason } satisfies DeliveryOutcome
      })

      /**
       * Brings the parent alert up to the job's revision (new sources line) if it shows an older
       * one. `shownRevision` is what the ledger last said it shows, when the caller already knows.
       */
      const refreshParent = Effect.fnUntraced(function* (job: DeliveryJob, parentTs: string, shownRevision?: number) {
        if (job.event === undefined) return Option.none<DeliveryOutcome>()
        const shown = shownRevision ?? (yield* ledger.shownRevision(job.event.id, job.channel))
        if (shown >= job.event.revision) return Option.none<DeliveryOutcome>()
        // Answers given on the alert stay acknowledged when it is brought up to date.
        const answers = yield* feedback.answersIn(job.event.id, job.channel)
        const message = renderAlert(job.event, { feedback: answers })
        const updated = yield* sender
          .updateMessage({ channel: job.channel, ts: parentTs, text: message.text, blocks: message.blocks })
          .pipe(Effect.result)
        if (updated._tag === "Failure") {
          const outcome = yield* onSlackError(job, updated.failure)
          // The reply is posted; a parent that can no longer be edited is not worth failing it for.
          if (outcome._tag === "GiveUp") return Option.none<DeliveryOutcome>()
          return Option.some(outcome)
        }
        yield* ledger.recordShown(job.event.id, job.channel, job.event.revision)
        return Option.none<DeliveryOutcome>()
      })

      const parentOf = Effect.fnUntraced(function* (job: DeliveryJob) {
        if (job.threadOf === undefined)
          return { _tag: "Missing", outcome: { _tag: "GiveUp", reason: "no parent alert named" } } as const
        const parentKey = job.threadOf
        let parentTs = yield* ledger.postedTs(parentKey)
        // The first alert is being posted by this process (the usual race: both are in the queue
        // together): wait for that post here rather than hand the follow-up back to the queue.
        if (Option.isNone(parentTs) && (yield* Effect.promise(() => inFlight.waitFor(parentKey, maxPostMs))))
          parentTs = yield* ledger.postedTs(parentKey)
        if (Option.isSome(parentTs)) return { _tag: "Found", ts: parentTs.value } as const
        const failed = yield* ledger.failure(job.threadOf)
        if (Option.isSome(failed)) {
          return {
            _tag: "Missing",
            outcome: { _tag: "GiveUp", reason: `the first alert ${job.threadOf} failed (${failed.value})` }
          } as const
        }
        // The first alert is queued or being posted (a race between two notices, or its channel is
        // paced): wait for it without using up an attempt, so a reply is never lost behind a busy
        // channel. The wait ends when it is posted or recorded as failed (GiveUp above).
        return {
          _tag: "Missing",
          outcome: delay(Math.max(250, config.channelIntervalMs), `first alert ${job.threadOf} not posted yet`)
        } as const
      })

      const messageFor = (job: DeliveryJob): SlackMessage | undefined => {
        switch (job.kind) {
          case "alert":
            return job.event === undefined ? undefined : renderAlert(job.event)
          case "reply":
            return job.event === undefined || job.addedSource === undefined
              ? undefined
              : renderSourceReply(job.event, job.addedSource)
          case "message":
            return job.text === undefined
              ? undefined
              : { text: job.text, blocks: (job.blocks ?? []) as ReadonlyArray<Record<string, unknown>> }
          case "update":
            return undefined
        }
      }

      /**
       * What a delivery found posted earlier still owes: the parent's shown revision, or (for a reply) the parent's
       * update.
       */
      const afterPost = Effect.fnUntraced(function* (job: DeliveryJob, threadTs: string | undefined) {
        if (job.kind === "alert" && job.event !== undefined)
          yield* ledger.recordShown(job.event.id, job.channel, job.event.revision)
        if (job.kind === "reply" && threadTs !== undefined) return yield* refreshParent(job, threadTs)
        return Option.none<DeliveryOutcome>()
      })

      /**
       * Records a post (ours, or one found from an earlier run) and releases the claim in one
       * step, then does what the post still owes: a reply brings its parent up to date.
       */
      const recordOwnPost = Effect.fnUntraced(function* (
        job: DeliveryJob,
        ts: string,
        attemptToken: string,
        threadTs: string | undefined
      ) {
        const shown =
          job.event === undefined
            ? undefined
            : {
                eventId: job.event.id,
                channel: job.channel,
                ...(job.kind === "alert" ? { revision: job.event.revision } : {})
              }
        const shownRevision = yield* ledger.finishPost(job.deliveryKey, ts, attemptToken, shown)
        yield* archive.record(job, ts)
        if (job.kind === "reply" && threadTs !== undefined) return yield* refreshParent(job, threadTs, shownRevision)
        return Option.none<DeliveryOutcome>()
      })

      /**
       * A coalesced refresh shows the newest revision seen when it runs. It gives up its pending
       * place first, so a report routed from now on queues a refresh of its own instead of being
       * left behind by this one.
       */
      const withLatestEvent = Effect.fn("Delivery.withLatestEvent")(function* (job: DeliveryJob) {
        if (job.coalesce !== true || job.event === undefined) return job
        yield* ledger.releaseRefresh(job.event.id, job.channel, job.deliveryKey)
        const latest = yield* ledger.latestEvent(job.event.id)
        const newer = Option.isSome(latest) && latest.value.revision > job.event.revision
        return newer ? { ...job, event: latest.value } : job
      })

      const deliverUpdate = Effect.fnUntraced(function* (requested: DeliveryJob) {
        const job = yield* withLatestEvent(requested)
        const parent = yield* parentOf(job)
        if (parent._tag === "Missing") return parent.outcome
        const blockedMs = yield* pacer.blockedFor(job.channel)
        if (blockedMs > 0) return delay(blockedMs + 50, "channel rate limited")
        const refreshed = yield* refreshParent(job, parent.ts)
        if (Option.isSome(refreshed)) return refreshed.value
        yield* ledger.recordPosted(job.deliveryKey, parent.ts)
        yield* archive.record(job, parent.ts)
        return { _tag: "Delivered", ts: parent.ts } satisfies DeliveryOutcome
      })

      /**
       * An earlier run sent this post and never recorded it: look in the channel. Some(ts) when
       * it is there; None when it is not (or cannot be looked for), so posting goes on.
       */
      const findEarlierPost = Effect.fnUntraced(function* (
        job: DeliveryJob,
        attemptedAt: number,
        threadTs: string | undefined
      ) {
        const found = yield* sender
          .findMarkedMessage({
            channel: job.channel,
            marker: { deliveryKey: job.deliveryKey },
            since: attemptedAt,
            ...(threadTs !== undefined ? { threadTs } : {})
          })
          .pipe(Effect.result)
        if (found._tag === "Success") return found.success
        if (found.failure.code !== "missing_scope") return yield* Effect.fail(found.failure)
        // Without channels:history (groups:history for private channels) a retry cannot look for
        // its earlier post. Dropping every retried alert would be worse than the rare duplicate,
        // so post anyway and tell the operators, once a day, what to grant.
        if (yield* ledger.reportOnce(`history-scope-${job.channel}`, 24 * 3600)) {
          yield* Effect.logWarning(
            `cannot read history of ${job.channel} (missing_scope): grant channels:history/groups:history ` +
              "so retries after a crash never post twice"
          )
        }
        return Option.none<string>()
      })

      const deliverPost = Effect.fnUntraced(function* (job: DeliveryJob, attemptToken: string) {
        const key = job.deliveryKey
        let threadTs: string | undefined
        if (job.kind === "reply") {
          const parent = yield* parentOf(job)
          if (parent._tag === "Missing") return parent.outcome
          threadTs = parent.ts
        }
        const message = messageFor(job)
        if (message === undefined)
          return {
            _tag: "GiveUp",
            reason: `delivery ${key} (${job.kind}) carries nothing to post`
          } satisfies DeliveryOutcome

        const pace = { channel: job.channel, intervalMs: config.channelIntervalMs, maxWaitMs: maxInlineWaitMs }
        let start = yield* ledger.beginPost(key, attemptToken, config.postingClaimMs, pace)
        // From here until the post is recorded, the claim may be ours: give it back on every other way out.
        let recorded = false
        return yield* Effect.gen(function* () {
          if (start._tag === "Attempted") {
            const earlier = yield* findEarlierPost(job, start.at, threadTs).pipe(
              Effect.map((ts) => ({ _tag: "Looked", ts }) as const),
              Effect.catchTag("SlackPostError", (error) =>
                Effect.map(onSlackError(job, error), (outcome) => ({ _tag: "Failed", outcome }) as const)
              )
            )
            if (earlier._tag === "Failed") return earlier.outcome
            if (Option.isSome(earlier.ts)) {
              const foundTs = earlier.ts.value
              yield* Effect.logInfo(`delivery ${key} was posted before a crash (ts ${foundTs}); recorded, not reposted`)
              const pending = yield* recordOwnPost(job, foundTs, attemptToken, threadTs)
              recorded = true
              return Option.getOrElse(
                pending,
                () => ({ _tag: "AlreadyDelivered", ts: foundTs }) satisfies DeliveryOutcome
              )
            }
            start = yield* ledger.beginPost(key, attemptToken, config.postingClaimMs, pace, true)
          }
          switch (start._tag) {
            case "Posted": {
              const ts = start.ts
              // Posted by an earlier run, which may have stopped before handing the store its record.
              yield* archive.record(job, ts)
              const pending = yield* afterPost(job, threadTs)
              return Option.getOrElse(pending, () => ({ _tag: "AlreadyDelivered", ts }) satisfies DeliveryOutcome)
            }
            case "Blocked":
              return delay(start.ms + 50, "channel rate limited")
            case "Paced":
              return delay(start.ms, "channel paced")
            case "ClaimedElsewhere":
            case "Attempted":
              return delay(Math.min(1000, config.postingClaimMs), "another process is posting this delivery")
          }
          if (start.waitMs > 0) yield* Effect.sleep(start.waitMs)
          const posted = yield* sender
            .postMessage({
              channel: job.channel,
              text: message.text,
              blocks: message.blocks,
              marker: { deliveryKey: key },
              ...(threadTs !== undefined ? { threadTs } : {})
            })
            .pipe(Effect.result)
          if (posted._tag === "Failure") {
            // A 429 or an ok:false answer means Slack did not post: no need to search for it next time.
            if (posted.failure.retryAfterSeconds !== undefined || posted.failure.permanent)
              yield* ledger.clearAttempt(key)
            return yield* onSlackError(job, posted.failure)
          }
          const pending = yield* recordOwnPost(job, posted.success.ts, attemptToken, threadTs)
          recorded = true
          return Option.getOrElse(
            pending,
            () => ({ _tag: "Delivered", ts: posted.success.ts }) satisfies DeliveryOutcome
          )
        }).pipe(
          Effect.ensuring(
            Effect.suspend(() => (recorded ? Effect.void : ledger.release(key, attemptToken).pipe(Effect.ignore)))
          )
        )
      })

      /** A post, marked in flight while it runs, so follow-ups in its thread can wait for it here. */
      const postMarkedInFlight = (job: DeliveryJob, attemptToken: string) =>
        Effect.acquireUseRelease(
          Effect.sync(() => inFlight.begin(job.deliveryKey)),
          () => deliverPost(job, attemptToken),
          (end) => Effect.sync(end)
        )

      return Delivery.of({
        deliver: (job, attemptToken) =>
          (job.kind === "update" ? deliverUpdate(job) : postMarkedInFlight(job, attemptToken)).pipe(
            Effect.catchTag("DeliveryStoreError", (error: DeliveryStoreError) =>
              Effect.succeed({
                _tag: "Retry",
                reason: `Redis: ${error.operation} failed: ${error.reason}`
              } satisfies DeliveryOutcome)
            ),
            Effect.annotateLogs({ delivery: job.deliveryKey, channel: job.channel })
          )
      })
    })
  )
}
