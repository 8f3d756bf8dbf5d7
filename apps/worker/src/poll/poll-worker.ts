import { Cause, Context, Effect, Fiber, FiberSet, Layer, Schedule, Semaphore } from "effect"
import { WorkerConfig } from "../config.ts"
import { Metrics, recordFailure } from "../metrics.ts"
import { type Claim, DueFeeds } from "../schedule/due-feeds.ts"
import { Poller, type PollOutcome } from "./poller.ts"

/** A claimed feed is the poller's until then: longer than any poll (a host-slot wait, then a timed-out fetch). */
export const claimLeaseMs = 5 * 60_000

/** However soon a feed says it is due again, it waits at least this long (no busy loop on a stale next check). */
export const shortestRecheckMs = 1_000

/**
 * After a poll died (Redis gone mid-poll), how its feed is put back on the schedule: the write is
 * retried with backoff while Redis is away, for a little less than the lease it would otherwise wait out.
 */
const returnAfterTrouble = Schedule.min([Schedule.exponential("200 millis"), Schedule.spaced("5 seconds")]).pipe(
  Schedule.upTo({ duration: claimLeaseMs - 30_000 })
)

/**
 * Pure: when a feed is next due after a poll — at its adaptive next check, never sooner than
 * `shortestRecheckMs` — or `"unschedule"` for a feed found gone. A poll that learned nothing of the
 * feed (another poll of it was running) tries again after `retryMs`.
 */
export const nextDueAfter = (outcome: PollOutcome, now: number, retryMs: number): number | "unschedule" => {
  if (outcome.state?.status === "gone") return "unschedule"
  const nextCheck = outcome.state?.nextCheckAt === undefined ? Number.NaN : Date.parse(outcome.state.nextCheckAt)
  if (Number.isNaN(nextCheck)) return now + retryMs
  return Math.max(nextCheck, now + shortestRecheckMs)
}

/** Pure: how long an idle dispatcher sleeps — until the next feed is due, at most `idleMs`. */
export const idleWaitMs = (claim: Extract<Claim, { _tag: "Idle" }>, now: number, idleMs: number): number =>
  claim.nextDueAt === undefined ? idleMs : Math.min(idleMs, Math.max(10, claim.nextDueAt - now))

/**
 * Polls due feeds, up to POLL_CONCURRENCY at once: one dispatcher claims the most overdue feed
 * whenever a poll slot is free, polls it in a fiber of its own and puts it back on the schedule at
 * its next check. Several processes running this share the feeds through the schedule's claims.
 * On shutdown the dispatcher stops claiming and polls in flight get SHUTDOWN_TIMEOUT_MS to finish;
 * a poll cut short is due again at once, for whichever process polls next.
 */
export class PollWorker extends Context.Service<PollWorker, { readonly inFlight: Effect.Effect<number> }>()(
  "worker/PollWorker"
) {
  static readonly layer = Layer.effect(
    PollWorker,
    Effect.gen(function* () {
      const poller = yield* Poller
      const dueFeeds = yield* DueFeeds
      const { counters } = yield* Metrics
      const { pollConcurrency, pollTickSeconds, shutdownTimeoutMs } = yield* WorkerConfig
      const idleMs = pollTickSeconds * 1000
      const slots = yield* Semaphore.make(pollConcurrency)
      const polls = yield* FiberSet.make<void>()

      const pollClaimed = (claim: Extract<Claim, { _tag: "Due" }>) =>
        poller.pollFeed(claim.feed).pipe(
          Effect.flatMap((outcome) => {
            const next = nextDueAfter(outcome, Date.now(), idleMs)
            return next === "unschedule" ? dueFeeds.unschedule([claim.feedId]) : dueFeeds.dueAt(claim.feedId, next)
          }),
          Effect.onInterrupt(() => dueFeeds.dueAt(claim.feedId, Date.now())),
          // A defect (Redis gone mid-poll) would leave the feed leased for minutes, and news published
          // meanwhile waiting with it: it is due again one tick after Redis answers.
          Effect.catchDefect((defect) =>
            logDispatchTrouble("poll of a claimed feed failed", defect).pipe(
              Effect.andThen(dueAgainAfterTrouble(claim.feedId))
            )
          ),
          Effect.ensuring(Semaphore.release(slots, 1)),
          Effect.annotateLogs({ feedId: claim.feedId })
        )

      const dueAgainAfterTrouble = (feedId: string) =>
        Effect.suspend(() => dueFeeds.dueAt(feedId, Date.now() + idleMs)).pipe(
          Effect.catchDefect((defect) => Effect.fail(defect)),
          Effect.retry(returnAfterTrouble),
          // Still no Redis: the lease runs out and the feed is due then.
          Effect.ignore
        )

      const logDispatchTrouble = (what: string, defect: unknown) =>
        Effect.sync(() => recordFailure(counters, "dispatch")).pipe(
          Effect.andThen(Effect.logError(what, { error: Cause.pretty(Cause.die(defect)).split("\n")[0] }))
        )

      /** One turn: wait for a free slot, claim a feed and start its poll, or sleep until one is due. */
      const dispatchOne = Effect.gen(function* () {
        yield* Semaphore.take(slots, 1)
        const now = Date.now()
        const claim = yield* dueFeeds
          .claim(now, now + claimLeaseMs)
          .pipe(Effect.onError(() => Semaphore.release(slots, 1)))
        if (claim._tag === "Due") return yield* FiberSet.run(polls, pollClaimed(claim)).pipe(Effect.asVoid)
        yield* Semaphore.release(slots, 1)
        if (claim._tag === "Unreadable") {
          yield* Effect.logError("scheduled feed has no readable definition; taken off the schedule", {
            feedId: claim.feedId
          })
          return yield* dueFeeds.unschedule([claim.feedId])
        }
        yield* Effect.sleep(idleWaitMs(claim, now, idleMs))
      }).pipe(
        // Redis unreachable: say so and try again in a second; the client reconnects meanwhile.
        Effect.catchDefect((defect) =>
          logDispatchTrouble("could not claim a due feed", defect).pipe(Effect.andThen(Effect.sleep(1_000)))
        )
      )

      const dispatcher = yield* Effect.forkScoped(Effect.forever(dispatchOne))
      // Runs before the scope interrupts the polls (finalizers run last-added first).
      yield* Effect.addFinalizer(() =>
        Fiber.interrupt(dispatcher).pipe(
          Effect.andThen(FiberSet.awaitEmpty(polls).pipe(Effect.timeoutOption(shutdownTimeoutMs)))
        )
      )
      return PollWorker.of({ inFlight: FiberSet.size(polls) })
    })
  )
}
