import { Effect } from "effect"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { feedId } from "./feeds/feed.ts"
import { Queues } from "./queues.ts"
import { FeedScheduler } from "./schedule/feed-scheduler.ts"
import { FeedStateStore } from "./state/feed-state-store.ts"
import { deletePrefix, eventually, startPipeline, uniquePrefix } from "./test-support/pipeline-harness.ts"
import { startFeedServer, type FeedServer } from "./testing/feed-server.ts"

let prefix: string
let server: FeedServer
let pipeline: ReturnType<typeof startPipeline>

beforeEach(async () => {
  prefix = uniquePrefix("workers")
  server = await startFeedServer({
    "/gone.xml": (_req, res) => {
      res.writeHead(410)
      res.end()
    }
  })
  pipeline = startPipeline({ prefix, consumers: "all", settings: { pollTickSeconds: 1 } })
})
afterEach(async () => {
  await pipeline.dispose()
  await server.close()
  await deletePrefix(prefix)
})

describe("queue consumers", () => {
  it("polls on the scheduler's tick and removes the scheduler of a feed that answered 410 Gone", async () => {
    const feed = { url: server.url("/gone.xml"), name: "Gone" }
    await pipeline.run(Effect.flatMap(FeedScheduler, (scheduler) => scheduler.sync([feed])))
    const state = await eventually(() =>
      pipeline
        .run(Effect.flatMap(FeedStateStore, (store) => store.get(feedId(feed))))
        .then((found) => (found?.status === "gone" ? found : undefined))
    )
    expect(state.lastError).toMatch(/410/)
    const schedulers = await eventually(() =>
      pipeline
        .run(Effect.flatMap(Queues, (queues) => Effect.promise(() => queues.poll.getJobSchedulers(0, -1))))
        .then((found) => (found.length === 0 ? found : undefined))
    )
    expect(schedulers).toEqual([])
  })

  it("fails a malformed classify job for good instead of retrying it", async () => {
    const job = await pipeline.run(
      Effect.flatMap(Queues, (queues) =>
        Effect.promise(() =>
          queues.classify.add("new", { not: "a classify job" } as never, { jobId: "malformed-1", attempts: 5 })
        )
      )
    )
    const failed = await eventually(async () => {
      const state = await job.getState()
      return state === "failed" ? state : undefined
    })
    expect(failed).toBe("failed")
    const reloaded = await pipeline.run(
      Effect.flatMap(Queues, (queues) => Effect.promise(() => queues.classify.getJob("malformed-1")))
    )
    expect(reloaded?.attemptsMade).toBe(1)
    expect(reloaded?.failedReason).toMatch(/malformed classify job/)
  })
})
