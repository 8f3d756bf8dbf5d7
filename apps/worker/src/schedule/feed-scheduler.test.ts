import { Effect } from "effect"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { feedId } from "../feeds/feed.ts"
import { Queues } from "../queues.ts"
import { FeedStateStore } from "../state/feed-state-store.ts"
import { deletePrefix, startPipeline, uniquePrefix } from "../test-support/pipeline-harness.ts"
import { FeedScheduler, schedulersToRemove } from "./feed-scheduler.ts"

let prefix: string
let pipeline: ReturnType<typeof startPipeline>

beforeEach(() => {
  prefix = uniquePrefix("sched")
  pipeline = startPipeline({ prefix, consumers: false, settings: { pollTickSeconds: 600 } })
})
afterEach(async () => {
  await pipeline.dispose()
  await deletePrefix(prefix)
})

const a = { url: "https://a.example/rss", name: "A" }
const b = { url: "https://b.example/rss", name: "B" }

describe("feed scheduler", () => {
  it("only removes its own schedulers that no listed feed claims", () => {
    expect(schedulersToRemove(["feed-1", "feed-2", "other-job"], new Set(["feed-1"]))).toEqual(["feed-2"])
  })

  it("upserts one job scheduler per feed and removes those of feeds no longer listed", async () => {
    const result = await pipeline.run(
      Effect.gen(function* () {
        const scheduler = yield* FeedScheduler
        const queues = yield* Queues
        const store = yield* FeedStateStore
        yield* scheduler.sync([a, b])
        yield* scheduler.sync([a, b])
        const both = yield* Effect.promise(() => queues.poll.getJobSchedulers(0, -1))
        const removal = yield* scheduler.sync([a])
        const one = yield* Effect.promise(() => queues.poll.getJobSchedulers(0, -1))
        const states = yield* store.list()
        return { both, removal, one, states }
      })
    )
    expect(result.both.map((scheduler) => scheduler.key).sort()).toEqual([feedId(a), feedId(b)].sort())
    expect(result.both.every((scheduler) => scheduler.every === 600_000)).toBe(true)
    expect(result.removal.removed).toEqual([feedId(b)])
    expect(result.one.map((scheduler) => scheduler.key)).toEqual([feedId(a)])
    expect(result.states.map((state) => state.url)).toEqual([a.url])
  })

  it("leaves a gone feed unscheduled while it stays listed", async () => {
    const gone = await pipeline.run(
      Effect.gen(function* () {
        const store = yield* FeedStateStore
        const scheduler = yield* FeedScheduler
        const queues = yield* Queues
        const state = (yield* store.get(feedId(a))) ?? {
          feedId: feedId(a),
          url: a.url,
          status: "gone" as const,
          consecutiveFailures: 1,
          consecutiveNotFound: 0,
          itemsSeen: 0
        }
        yield* store.put({ ...state, status: "gone" })
        const sync = yield* scheduler.sync([a, b])
        const schedulers = yield* Effect.promise(() => queues.poll.getJobSchedulers(0, -1))
        return { sync, keys: schedulers.map((scheduler) => scheduler.key) }
      })
    )
    expect(gone.sync.gone).toEqual([a.url])
    expect(gone.keys).toEqual([feedId(b)])
  })
})
