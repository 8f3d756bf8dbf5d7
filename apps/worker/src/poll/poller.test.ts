import { queueNames } from "@india-italy/domain"
import { Effect } from "effect"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import type { Feed } from "../feeds/feed.ts"
import { classifyBatchSize, Queues, type ClassifyJob } from "../queues.ts"
import { FeedStateStore } from "../state/feed-state-store.ts"
import { deletePrefix, startPipeline, uniquePrefix } from "../test-support/pipeline-harness.ts"
import { defenceMouDelhi, franceDistractor, hoursAgo, renderRss } from "../test-support/wire-stories.ts"
import { startFeedServer, type FeedRoute, type FeedServer } from "../testing/feed-server.ts"
import { waitForJobs } from "../wait-for-jobs.ts"
import { planClassifyJobs, Poller } from "./poller.ts"

let prefix: string
let server: FeedServer
let routes: Record<string, FeedRoute>
let pipeline: ReturnType<typeof startPipeline>

const feedAt = (path: string, name = "Test Wire"): Feed => ({ url: server.url(path), name })

beforeEach(async () => {
  prefix = uniquePrefix("poll")
  routes = {}
  server = await startFeedServer(routes)
  pipeline = startPipeline({ prefix, settings: { opsAlertAfterFailures: 2 } })
})

afterEach(async () => {
  await pipeline.dispose()
  await server.close()
  await deletePrefix(prefix)
})

const poll = (feed: Feed, force = true) =>
  pipeline.run(Effect.flatMap(Poller, (poller) => poller.pollFeed(feed, { force })))
const stateOf = (feed: Feed) =>
  pipeline.run(
    Effect.flatMap(FeedStateStore, (store) => store.list()).pipe(
      Effect.map((states) => states.find((state) => state.url === feed.url))
    )
  )

describe("poll stage against a real HTTP server and Redis", () => {
  it("sends the stored ETag back and reports the second poll as not modified with nothing new", async () => {
    const body = renderRss("Test Wire", [
      defenceMouDelhi("mou-1", "Wire", hoursAgo(2)),
      franceDistractor("fr-1", hoursAgo(3))
    ])
    routes["/feed.xml"] = (req, res) => {
      if (req.headers["if-none-match"] === '"v1"') {
        res.writeHead(304, { etag: '"v1"' })
        res.end()
        return
      }
      res.writeHead(200, { "content-type": "application/rss+xml", etag: '"v1"' })
      res.end(body)
    }
    const feed = feedAt("/feed.xml")
    const first = await poll(feed)
    expect(first).toMatchObject({ status: "ok", items: 2, newItems: 2 })
    const waited = await pipeline.run(
      Effect.flatMap(Queues, (queues) => waitForJobs(queues.classify, first.classifyJobIds, 10_000))
    )
    expect(waited.pending).toEqual([])

    const second = await poll(feed)
    expect(second).toMatchObject({ status: "not_modified", items: 0, newItems: 0 })
    expect(server.requests.at(-1)?.headers["if-none-match"]).toBe('"v1"')
    const state = await stateOf(feed)
    expect(state).toMatchObject({ status: "ok", etag: '"v1"', itemsSeen: 2, consecutiveFailures: 0 })
  })

  it("records a 500 as a feed failure with growing backoff, and keeps polling other feeds", async () => {
    routes["/broken.xml"] = (_req, res) => {
      res.writeHead(500)
      res.end("boom")
    }
    routes["/fine.xml"] = (_req, res) => {
      res.writeHead(200, { "content-type": "application/rss+xml" })
      res.end(renderRss("Fine", [defenceMouDelhi("mou-2", "Fine", hoursAgo(1))]))
    }
    const broken = feedAt("/broken.xml", "Broken")
    const started = Date.now()
    const first = await poll(broken)
    expect(first.status).toBe("error")
    expect(first.error).toMatch(/500/)
    const afterOne = (await stateOf(broken))!
    expect(afterOne).toMatchObject({ status: "failing", consecutiveFailures: 1 })
    const firstDelay = Date.parse(afterOne.nextCheckAt!) - started

    await poll(broken)
    const afterTwo = (await stateOf(broken))!
    expect(afterTwo.consecutiveFailures).toBe(2)
    expect(Date.parse(afterTwo.nextCheckAt!) - started).toBeGreaterThan(firstDelay)
    expect(afterTwo.failingSince).toBe(afterOne.failingSince)

    const fine = await poll(feedAt("/fine.xml", "Fine"))
    expect(fine).toMatchObject({ status: "ok", newItems: 1 })
  })

  it("times out a server that never answers without harming the worker", async () => {
    routes["/hang.xml"] = () => {}
    const outcome = await poll(feedAt("/hang.xml", "Hang"))
    expect(outcome.status).toBe("error")
    expect(outcome.error).toMatch(/timeout/i)
  })

  it("stops polling a feed that answers 410 Gone, and reports it to ops at once", async () => {
    routes["/gone.xml"] = (_req, res) => {
      res.writeHead(410)
      res.end()
    }
    const feed = feedAt("/gone.xml", "Gone")
    const outcome = await poll(feed)
    expect(outcome.status).toBe("error")
    expect((await stateOf(feed))?.status).toBe("gone")
    const requestsBefore = server.requests.length
    const scheduledTick = await poll(feed, false)
    expect(scheduledTick.status).toBe("skipped")
    expect(server.requests.length).toBe(requestsBefore)
    const opsJobs = await pipeline.run(Effect.flatMap(Queues, (queues) => Effect.promise(() => queues.ops.getJobs())))
    expect(opsJobs.map((job) => job.data.feedUrl)).toEqual([feed.url])
  })

  it("honours Retry-After on a 429 beyond the usual backoff", async () => {
    routes["/limited.xml"] = (_req, res) => {
      res.writeHead(429, { "retry-after": "3600" })
      res.end()
    }
    const limited = feedAt("/limited.xml", "Limited")
    const before = Date.now()
    await poll(limited)
    const state = (await stateOf(limited))!
    expect(Date.parse(state.nextCheckAt!) - before).toBeGreaterThan(0.85 * 3_600_000)
    expect(state.status).toBe("failing")
  })

  it("treats a 404 that keeps coming as a missing feed, checked rarely, and reports it to ops once", async () => {
    const feed = feedAt("/moved.xml", "Moved")
    for (let attempt = 0; attempt < 3; attempt++) await poll(feed)
    const state = (await stateOf(feed))!
    expect(state.status).toBe("missing")
    expect(state.consecutiveNotFound).toBe(3)
    expect(Date.parse(state.nextCheckAt!) - Date.now()).toBeGreaterThan(5 * 3_600_000)
    const opsJobs = await pipeline.run(Effect.flatMap(Queues, (queues) => Effect.promise(() => queues.ops.getJobs())))
    // opsAlertAfterFailures is 2 in this suite: reported on the second failure, not again on the third.
    expect(opsJobs).toHaveLength(1)
    expect(opsJobs[0]!.data).toMatchObject({ feedUrl: feed.url, consecutiveFailures: 2 })
    expect(queueNames.ops).toBe(opsJobs[0]!.queueName)
  })
})

describe("classify jobs planned from a poll", () => {
  const item = (n: number): ClassifyJob => ({
    feedId: "feed",
    feedUrl: "https://wire.example/feed.xml",
    identity: `guid-${n}`,
    contentHash: `hash-${n}`,
    sighting: "new",
    firstPoll: false,
    item: { id: `item-${n}`, title: `Report ${n}`, text: "text" }
  })
  const items = (from: number, count: number) => Array.from({ length: count }, (_, index) => item(from + index))

  it("puts a poll's items in jobs of at most the batch size, in feed order", () => {
    const jobs = planClassifyJobs(items(0, 2 * classifyBatchSize + 7))
    expect(jobs.map((job) => job.data.items.length)).toEqual([classifyBatchSize, classifyBatchSize, 7])
    expect(jobs.flatMap((job) => job.data.items.map((entry) => entry.identity))).toEqual(
      items(0, 2 * classifyBatchSize + 7).map((entry) => entry.identity)
    )
    expect(planClassifyJobs([])).toEqual([])
  })

  it("gives the same items the same job id, so a re-poll after a crash enqueues nothing new", () => {
    const first = planClassifyJobs(items(0, 3)).map((job) => job.opts.jobId)
    expect(planClassifyJobs(items(0, 3)).map((job) => job.opts.jobId)).toEqual(first)
    expect(planClassifyJobs(items(1, 3)).map((job) => job.opts.jobId)).not.toEqual(first)
    const edited = [item(0), { ...item(1), contentHash: "hash-edited" }, item(2)]
    expect(planClassifyJobs(edited).map((job) => job.opts.jobId)).not.toEqual(first)
  })
})
