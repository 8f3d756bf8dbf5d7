import { mkdtemp, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { LoggingLive } from "@india-italy/runtime"
import { ConfigProvider, Effect, Layer, ManagedRuntime } from "effect"
import { Redis as IORedis } from "ioredis"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { type Feed, feedId } from "../feeds/feed.ts"
import { DueFeeds } from "../schedule/due-feeds.ts"
import { FeedScheduler } from "../schedule/feed-scheduler.ts"
import { FeedStateStore } from "../state/feed-state-store.ts"
import {
  deletePrefix,
  eventually,
  redisUrl,
  startPipeline,
  testEnv,
  testFetchPolicy,
  uniquePrefix
} from "../test-support/pipeline-harness.ts"
import { franceDistractor, hoursAgo, renderRss } from "../test-support/wire-stories.ts"
import { startFeedServer, type FeedRoute, type FeedServer } from "../testing/feed-server.ts"
import { makeWorkerLayer } from "../worker-layer.ts"
import { hostOf } from "./host-slots.ts"
import { claimLeaseMs, idleWaitMs, nextDueAfter, shortestRecheckMs } from "./poll-worker.ts"
import type { PollOutcome } from "./poller.ts"

let prefix: string
let server: FeedServer
let routes: Record<string, FeedRoute>
const harnesses: Array<ReturnType<typeof startPipeline>> = []

const startWorker = (settings: Parameters<typeof startPipeline>[0]["settings"] = {}) => {
  const harness = startPipeline({
    prefix,
    consumers: "all",
    settings: { minPollIntervalSeconds: 600, pollTickSeconds: 1, ...settings }
  })
  harnesses.push(harness)
  return harness
}

beforeEach(async () => {
  prefix = uniquePrefix("pollworker")
  routes = {}
  server = await startFeedServer(routes)
})
afterEach(async () => {
  for (const harness of harnesses.splice(0)) await harness.dispose()
  await server.close()
  await deletePrefix(prefix)
})

const serveWire = (path: string) => {
  const body = renderRss("Wire", [franceDistractor(`fr${path}`, hoursAgo(3))])
  routes[path] = (_req, res) => void res.writeHead(200, { "content-type": "application/rss+xml" }).end(body)
  return { url: server.url(path), name: `Wire ${path}` } satisfies Feed
}
const requestsTo = (path: string) => server.requests.filter((request) => request.path === path).length

const outcome = (state?: Partial<NonNullable<PollOutcome["state"]>>): PollOutcome => ({
  url: "https://a.example/rss",
  status: "ok",
  items: 0,
  newItems: 0,
  editedItems: 0,
  classifyJobIds: [],
  ...(state === undefined
    ? {}
    : {
        state: {
          feedId: "feed-a",
          url: "https://a.example/rss",
          status: "ok",
          consecutiveFailures: 0,
          consecutiveNotFound: 0,
          itemsSeen: 0,
          ...state
        }
      })
})

describe("when a polled feed is due again", () => {
  it("is its adaptive next check, never sooner than the shortest recheck", () => {
    const now = Date.parse("2026-12-06T10:00:00Z")
    expect(nextDueAfter(outcome({ nextCheckAt: "2026-12-06T10:05:00Z" }), now, 60_000)).toBe(now + 300_000)
    expect(nextDueAfter(outcome({ nextCheckAt: "2026-12-06T09:00:00Z" }), now, 60_000)).toBe(now + shortestRecheckMs)
  })

  it("is never for a feed found gone, and after the retry delay when the poll learned nothing", () => {
    expect(nextDueAfter(outcome({ status: "gone" }), 0, 60_000)).toBe("unschedule")
    expect(nextDueAfter(outcome(), 1_000, 60_000)).toBe(61_000)
  })

  it("an idle dispatcher sleeps until the next feed is due, at most the idle interval", () => {
    expect(idleWaitMs({ _tag: "Idle", nextDueAt: 1_500 }, 1_000, 5_000)).toBe(500)
    expect(idleWaitMs({ _tag: "Idle", nextDueAt: 99_000 }, 1_000, 5_000)).toBe(5_000)
    expect(idleWaitMs({ _tag: "Idle" }, 1_000, 5_000)).toBe(5_000)
  })
})

describe("poll worker on Redis with a real feed server", () => {
  it("polls a listed feed when it is due and puts it back on the schedule at its next check", async () => {
    const worker = startWorker()
    const feed = serveWire("/wire.xml")
    await worker.run(Effect.flatMap(FeedScheduler, (scheduler) => scheduler.sync([feed])))
    const state = await eventually(() =>
      worker
        .run(Effect.flatMap(FeedStateStore, (store) => store.get(feedId(feed))))
        .then((found) => (found?.lastSuccessAt !== undefined ? found : undefined))
    )
    const entry = await eventually(() =>
      worker
        .run(Effect.flatMap(DueFeeds, (due) => due.list()))
        .then((entries) => entries.find((found) => found.dueAt === Date.parse(state.nextCheckAt ?? "")))
    )
    expect(entry.feedId).toBe(feedId(feed))
    expect(entry.dueAt - Date.now()).toBeGreaterThan(500_000)
    await new Promise((resolve) => setTimeout(resolve, 1_200))
    expect(requestsTo("/wire.xml")).toBe(1)
  })

  it("takes a feed that answered 410 Gone off the schedule", async () => {
    const worker = startWorker()
    routes["/gone.xml"] = (_req, res) => void res.writeHead(410).end()
    const feed = { url: server.url("/gone.xml"), name: "Gone" }
    await worker.run(Effect.flatMap(FeedScheduler, (scheduler) => scheduler.sync([feed])))
    const state = await eventually(() =>
      worker
        .run(Effect.flatMap(FeedStateStore, (store) => store.get(feedId(feed))))
        .then((found) => (found?.status === "gone" ? found : undefined))
    )
    expect(state.lastError).toMatch(/410/)
    const entries = await eventually(() =>
      worker
        .run(Effect.flatMap(DueFeeds, (due) => due.list()))
        .then((found) => (found.length === 0 ? found : undefined))
    )
    expect(entries).toEqual([])
  })

  it("shares the feeds between two worker processes without polling any twice", async () => {
    const first = startWorker({ pollConcurrency: 3 })
    startWorker({ pollConcurrency: 3 })
    const feeds = Array.from({ length: 24 }, (_, index) => serveWire(`/shared-${index}.xml`))
    await first.run(Effect.flatMap(FeedScheduler, (scheduler) => scheduler.sync(feeds)))
    await eventually(async () => {
      const states = await first.run(Effect.flatMap(FeedStateStore, (store) => store.list()))
      return states.filter((state) => state.lastSuccessAt !== undefined).length === 24 ? true : undefined
    }, 20_000)
    await new Promise((resolve) => setTimeout(resolve, 1_200))
    expect(feeds.map((_, index) => requestsTo(`/shared-${index}.xml`))).toEqual(feeds.map(() => 1))
  })

  it("on shutdown, puts a feed whose poll it had to cut short back on the schedule, due at once", async () => {
    const worker = startWorker({ shutdownTimeoutMs: 100 })
    let answered = false
    routes["/slow.xml"] = () => {
      answered = true
    }
    const feed = { url: server.url("/slow.xml"), name: "Slow" }
    await worker.run(Effect.flatMap(FeedScheduler, (scheduler) => scheduler.sync([feed])))
    await eventually(async () => (answered ? true : undefined))
    harnesses.splice(harnesses.indexOf(worker), 1)
    await worker.dispose()
    const reader = startPipeline({ prefix, consumers: false })
    harnesses.push(reader)
    const [entry] = await reader.run(Effect.flatMap(DueFeeds, (due) => due.list()))
    expect(entry?.feedId).toBe(feedId(feed))
    expect(entry!.dueAt).toBeLessThanOrEqual(Date.now())
  })

  it("puts a feed whose poll died on a Redis error back on the schedule a tick later, not at the lease's end", async () => {
    const worker = startWorker()
    const feed = serveWire("/troubled.xml")
    // The host's slot key holding a string makes the poll's Redis call fail (WRONGTYPE) after the
    // claim, as a Redis that goes away mid-poll does.
    const redis = new IORedis(redisUrl)
    const slotKey = `${prefix}:worker:host-slots:${hostOf(feed.url)}`
    try {
      await redis.set(slotKey, "not a sorted set")
      const syncedAt = Date.now()
      await worker.run(Effect.flatMap(FeedScheduler, (scheduler) => scheduler.sync([feed])))
      // Synced, it is due at once; claimed, at the lease's end; after the failed poll, a tick (1 s) on.
      const entry = await eventually(() =>
        worker
          .run(Effect.flatMap(DueFeeds, (due) => due.list()))
          .then((entries) => entries.find((found) => found.dueAt > syncedAt + 900))
      )
      expect(entry.feedId).toBe(feedId(feed))
      expect(entry.dueAt).toBeLessThan(Date.now() + claimLeaseMs / 10)
      await redis.del(slotKey)
      await eventually(async () => (requestsTo("/troubled.xml") > 0 ? true : undefined), 5_000)
    } finally {
      await redis.quit()
    }
  })

  it("on a fresh start polls the listed feeds at once, not after an idle wait", async () => {
    const feed = serveWire("/fresh.xml")
    const dir = await mkdtemp(join(tmpdir(), "poll-worker-"))
    const feedsFile = join(dir, "feeds.json")
    await writeFile(feedsFile, JSON.stringify([feed]))
    const env = testEnv(prefix, { FEEDS_FILE: feedsFile })
    const layer = makeWorkerLayer({ pollTickSeconds: 600, shutdownTimeoutMs: 2_000 }, testFetchPolicy).pipe(
      Layer.provideMerge(LoggingLive),
      Layer.provide(ConfigProvider.layer(ConfigProvider.fromEnvRecord(env)))
    )
    const runtime = ManagedRuntime.make(layer)
    try {
      const started = Date.now()
      await runtime.runPromise(Effect.void)
      await eventually(async () => (requestsTo("/fresh.xml") > 0 ? true : undefined), 5_000)
      expect(Date.now() - started).toBeLessThan(5_000)
    } finally {
      await runtime.dispose()
      await rm(dir, { recursive: true, force: true })
    }
  })
})
