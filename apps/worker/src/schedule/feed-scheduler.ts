import { Context, Effect, Layer, Option } from "effect"
import { WorkerConfig } from "../config.ts"
import { feedId, type Feed } from "../feeds/feed.ts"
import { FeedsFile, loadFeedsFile } from "../feeds/feed-list.ts"
import { resolveFromInvocationDir } from "../invocation-dir.ts"
import { jobOptions, Queues } from "../queues.ts"
import { FeedStateStore, initialFeedState } from "../state/feed-state-store.ts"

export interface ScheduleSync {
  readonly scheduled: ReadonlyArray<string>
  readonly removed: ReadonlyArray<string>
  /** Listed feeds left unscheduled because they answered 410 Gone (shown by `pnpm feeds`). */
  readonly gone: ReadonlyArray<string>
}

/** Pure: which scheduler ids to drop — ours (feed-…) that no listed feed claims any more. */
export const schedulersToRemove = (
  existing: ReadonlyArray<string>,
  wanted: ReadonlySet<string>
): ReadonlyArray<string> => existing.filter((id) => id.startsWith("feed-") && !wanted.has(id))

/**
 * One BullMQ job scheduler per listed feed, ticking every POLL_TICK_SECONDS; each tick's poll job
 * asks the feed's adaptive next check whether to fetch, so the scheduler stays fixed while the
 * real cadence adapts. Upserting is idempotent, so every worker process may sync at start.
 */
export class FeedScheduler extends Context.Service<
  FeedScheduler,
  { readonly sync: (feeds: ReadonlyArray<Feed>) => Effect.Effect<ScheduleSync> }
>()("worker/FeedScheduler") {
  static readonly layer = Layer.effect(
    FeedScheduler,
    Effect.gen(function* () {
      const queues = yield* Queues
      const store = yield* FeedStateStore
      const { pollTickSeconds } = yield* WorkerConfig

      const sync = Effect.fn("FeedScheduler.sync")(function* (feeds: ReadonlyArray<Feed>) {
        const wanted = new Map(feeds.map((feed) => [feedId(feed), feed]))
        const scheduled: Array<string> = []
        const gone: Array<string> = []
        for (const [id, feed] of wanted) {
          const state = yield* store.get(id)
          if (state === undefined) yield* store.put(initialFeedState(id, feed.url, feed.name))
          if (state?.status === "gone") {
            gone.push(feed.url)
            yield* Effect.promise(() => queues.poll.removeJobScheduler(id))
            continue
          }
          yield* Effect.promise(() =>
            queues.poll.upsertJobScheduler(
              id,
              { every: pollTickSeconds * 1000 },
              { name: "poll", data: { feedId: id, feed }, opts: jobOptions.poll }
            )
          )
          scheduled.push(id)
        }
        const existing = yield* Effect.promise(() => queues.poll.getJobSchedulers(0, -1))
        const removed = schedulersToRemove(
          existing.map((scheduler) => scheduler.key),
          new Set(wanted.keys())
        )
        for (const id of removed) {
          yield* Effect.promise(() => queues.poll.removeJobScheduler(id))
          yield* store.remove(id)
        }
        const known = yield* store.list()
        for (const state of known) if (!wanted.has(state.feedId)) yield* store.remove(state.feedId)
        yield* Effect.logInfo("feed schedule synced", {
          scheduled: scheduled.length,
          removed: removed.length,
          gone: gone.length
        })
        return { scheduled, removed, gone }
      })

      return FeedScheduler.of({ sync })
    })
  )

  /** At start: read FEEDS_FILE (or the default list), log its problems, sync the schedulers. */
  static readonly syncOnStart = Layer.effectDiscard(
    Effect.gen(function* () {
      const scheduler = yield* FeedScheduler
      const path = yield* FeedsFile
      const { feeds, problems } = yield* loadFeedsFile(resolveFromInvocationDir(Option.getOrUndefined(path)))
      for (const problem of problems)
        yield* Effect.logWarning("feed list problem", { line: problem.line, message: problem.message })
      yield* scheduler.sync(feeds)
    })
  )
}
