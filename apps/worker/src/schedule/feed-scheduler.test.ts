import { Effect } from "effect"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { feedId } from "../feeds/feed.ts"
import { Queues } from "../queues.ts"
import { FeedStateStore } from "../state/feed-state-store.ts"
import { deletePrefix, startPipeline, uniquePrefix } from "../test-support/pipeline-harness.ts"
import { DueFeeds } from "./due-feeds.ts"
import { FeedScheduler, feedsToRemove } from "./feed-scheduler.ts"

let prefix: string
let pipeline: ReturnType<typeof startPipeline>

beforeEach(() => {
  prefix = uniquePrefix("sched")
  pipeline = startPipeline({ prefix, consumers: false })
})
afterEach(async () => {
  await pipeline.dispose()
  await deletePrefix(prefix)
})

const a = { url: "https://a.example/rss", name: "A" }
const b = { url: "https://b.example/rss", name: "B" }

const scheduledIds = Effect.flatMap(DueFeeds, (due) => due.list()).pipe(
  Effect.map((entries) => entries.map((entry) => entry.feedId).sort())
)

describe("feed scheduler", () => {
  it("drops the scheduled feeds no listed feed claims", () => {
    expect(feedsToRemove(["feed-1", "feed-2"], new Set(["feed-1"]))).toEqual(["feed-2"])
  })

  it("schedules each listed feed once, due at once, and drops a feed no longer listed with its state", async () => {
    const result = await pipeline.run(
      Effect.gen(function* () {
        const scheduler = yield* FeedScheduler
        const store = yield* FeedStateStore
        const before = Date.now()
        yield* scheduler.sync([a, b])
        yield* scheduler.sync([a, b])
        const both = yield* Effect.flatMap(DueFeeds, (due) => due.list())
        const removal = yield* scheduler.sync([a])
        const one = yield* scheduledIds
        const states = yield* store.list()
        return { before, both, removal, one, states }
      })
    )
    expect(result.both.map((entry) => entry.feedId).sort()).toEqual([feedId(a), feedId(b)].sort())
    for (const entry of result.both) expect(entry.dueAt).toBeGreaterThanOrEqual(result.before)
    expect(result.removal.removed).toEqual([feedId(b)])
    expect(result.one).toEqual([feedId(a)])
    expect(result.states.map((state) => state.url)).toEqual([a.url])
  })

  it("keeps a listed feed's due time when the list is synced again (a restart does not poll everything at once)", async () => {
    const dueAt = await pipeline.run(
      Effect.gen(function* () {
        const scheduler = yield* FeedScheduler
        const due = yield* DueFeeds
        yield* scheduler.sync([a])
        const later = Date.now() + 3_600_000
        yield* due.dueAt(feedId(a), later)
        yield* scheduler.sync([a, b])
        const entries = yield* due.list()
        return { later, entry: entries.find((entry) => entry.feedId === feedId(a)) }
      })
    )
    expect(dueAt.entry?.dueAt).toBe(dueAt.later)
  })

  it("leaves a gone feed unscheduled while it stays listed", async () => {
    const gone = await pipeline.run(
      Effect.gen(function* () {
        const store = yield* FeedStateStore
        const scheduler = yield* FeedScheduler
        yield* scheduler.sync([a, b])
        const state = yield* store.get(feedId(a))
        yield* store.put({ ...state!, status: "gone" })
        const sync = yield* scheduler.sync([a, b])
        return { sync, ids: yield* scheduledIds }
      })
    )
    expect(gone.sync.gone).toEqual([a.url])
    expect(gone.ids).toEqual([feedId(b)])
  })

  it("removes the per-feed tick schedulers an earlier version left on the poll queue", async () => {
    const left = await pipeline.run(
      Effect.gen(function* () {
        const queues = yield* Queues
        yield* Effect.promise(() =>
          queues.poll.upsertJobScheduler(feedId(a), { every: 60_000 }, { name: "poll", data: { feedId: feedId(a) } })
        )
        const before = yield* Effect.promise(() => queues.poll.getJobSchedulers(0, -1))
        yield* (yield* FeedScheduler).sync([a])
        const after = yield* Effect.promise(() => queues.poll.getJobSchedulers(0, -1))
        return { before: before.length, after: after.length }
      })
    )
    expect(left).toEqual({ before: 1, after: 0 })
  })
})
