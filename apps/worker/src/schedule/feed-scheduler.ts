import { Context, Effect, Layer, Option } from "effect"
import { feedId, type Feed } from "../feeds/feed.ts"
import { FeedsFile, loadFeedsFile } from "../feeds/feed-list.ts"
import { resolveFromInvocationDir } from "../invocation-dir.ts"
import { Queues } from "../queues.ts"
import { FeedStateStore, initialFeedState } from "../state/feed-state-store.ts"
import { DueFeeds, type ScheduledFeed } from "./due-feeds.ts"

export interface ScheduleSync {
  readonly scheduled: ReadonlyArray<string>
  readonly removed: ReadonlyArray<string>
  /** Listed feeds left unscheduled because they answered 410 Gone (shown by `pnpm feeds`). */
  readonly gone: ReadonlyArray<string>
}

/** Pure: which scheduled feed ids to drop — those no listed feed claims any more. */
export const feedsToRemove = (existing: ReadonlyArray<string>, wanted: ReadonlySet<string>): ReadonlyArray<string> =>
  existing.filter((id) => !wanted.has(id))

/**
 * Puts the feed list on the due-feed schedule (`due-feeds.ts`): a listed feed is polled when it is
 * due, then put back with its adaptive next check. A feed that answered 410 Gone stays off while it
 * stays listed; feeds no longer listed are dropped with their state. Idempotent, so every worker
 * process may sync at start.
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
      const dueFeeds = yield* DueFeeds

      // Versions before the due-feed schedule ticked one BullMQ job scheduler per feed on the poll
      // queue; nothing consumes that queue now, so their ticks would pile up there for ever.
      const removeTickSchedulers = Effect.promise(async () => {
        const tickers = await queues.poll.getJobSchedulers(0, -1)
        for (const ticker of tickers) await queues.poll.removeJobScheduler(ticker.key)
      })

      const sync = Effect.fn("FeedScheduler.sync")(function* (feeds: ReadonlyArray<Feed>) {
        const wanted = new Map(feeds.map((feed) => [feedId(feed), feed]))
        const toSchedule: Array<ScheduledFeed> = []
        const gone: Array<{ feedId: string; url: string }> = []
        for (const [id, feed] of wanted) {
          const state = yield* store.get(id)
          if (state === undefined) yield* store.put(initialFeedState(id, feed.url, feed.name))
          if (state?.status === "gone") gone.push({ feedId: id, url: feed.url })
          else toSchedule.push({ feedId: id, feed })
        }
        yield* dueFeeds.unschedule(gone.map((entry) => entry.feedId))
        yield* dueFeeds.schedule(toSchedule, Date.now())
        const removed = feedsToRemove(
          (yield* dueFeeds.list()).map((entry) => entry.feedId),
          new Set(wanted.keys())
        )
        yield* dueFeeds.unschedule(removed)
        // The state of every feed no longer listed goes, the removed ones' included.
        const known = yield* store.list()
        for (const state of known) if (!wanted.has(state.feedId)) yield* store.remove(state.feedId)
        yield* removeTickSchedulers
        const scheduled = toSchedule.map((entry) => entry.feedId)
        yield* Effect.logInfo("feed schedule synced", {
          scheduled: scheduled.length,
          removed: removed.length,
          gone: gone.length
        })
        return { scheduled, removed, gone: gone.map((entry) => entry.url) }
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
