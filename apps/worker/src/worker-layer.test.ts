import type { EventNotice } from "@india-italy/domain"
import { Effect } from "effect"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { Clusterer } from "./cluster/cluster-stage.ts"
import type { Feed } from "./feeds/feed.ts"
import { Metrics } from "./metrics.ts"
import { Poller } from "./poll/poller.ts"
import { Queues } from "./queues.ts"
import { deletePrefix, startPipeline, uniquePrefix } from "./test-support/pipeline-harness.ts"
import { defenceMouDelhi, franceDistractor, hoursAgo, renderRss, type StoryItem } from "./test-support/wire-stories.ts"
import { startFeedServer, type FeedServer } from "./testing/feed-server.ts"
import { waitForJobs } from "./wait-for-jobs.ts"

type Pipeline = ReturnType<typeof startPipeline>

let prefix: string
let server: FeedServer
let feedItems: Record<string, ReadonlyArray<StoryItem>>
const pipelines: Array<Pipeline> = []

beforeEach(async () => {
  prefix = uniquePrefix("flow")
  feedItems = {}
  // Every route serves whatever the test currently puts in feedItems, without validators, so
  // each poll re-reads the whole feed: the seen-item store alone must stop repeats.
  server = await startFeedServer(
    new Proxy(
      {},
      {
        get: (_target, path: string) =>
          feedItems[path] === undefined
            ? undefined
            : (_req: unknown, res: import("node:http").ServerResponse) => {
                res.writeHead(200, { "content-type": "application/rss+xml" })
                res.end(renderRss(path, feedItems[path]!))
              }
      }
    )
  )
})

afterEach(async () => {
  for (const pipeline of pipelines.splice(0)) await pipeline.dispose()
  await server.close()
  await deletePrefix(prefix)
})

const open = (settings: Parameters<typeof startPipeline>[0]["settings"] = {}) => {
  const pipeline = startPipeline({ prefix, settings })
  pipelines.push(pipeline)
  return pipeline
}

const feed = (path: string, name: string): Feed => ({ url: server.url(path), name })

/** Polls now and waits until every item the poll enqueued is classified and clustered. */
const pollAndSettle = (pipeline: Pipeline, target: Feed) =>
  pipeline.run(
    Effect.gen(function* () {
      const poller = yield* Poller
      const queues = yield* Queues
      const outcome = yield* poller.pollFeed(target, { force: true })
      const { pending } = yield* waitForJobs(queues.classify, outcome.classifyJobIds, 15_000)
      expect(pending).toEqual([])
      return outcome
    })
  )

const notices = (pipeline: Pipeline) =>
  pipeline.run(
    Effect.flatMap(Queues, (queues) => Effect.promise(() => queues.notices.getJobs())).pipe(
      Effect.map((jobs) => jobs.map((job) => ({ id: job.id, ...(job.data as EventNotice) })))
    )
  )

const events = (pipeline: Pipeline) => pipeline.run(Effect.flatMap(Clusterer, (clusterer) => clusterer.recentEvents()))

describe("the worker pipeline end to end on real Redis", () => {
  it("turns one development reported by two feeds into one event with two sources: one new_event, one source_added", async () => {
    feedItems["/ansa.xml"] = [
      defenceMouDelhi("ansa-mou", "ANSA", hoursAgo(2)),
      franceDistractor("ansa-fr", hoursAgo(5))
    ]
    feedItems["/pib.xml"] = [defenceMouDelhi("pib-mou", "PIB", hoursAgo(1))]
    const pipeline = open()
    const first = await pollAndSettle(pipeline, feed("/ansa.xml", "ANSA"))
    expect(first).toMatchObject({ status: "ok", items: 2, newItems: 2 })
    await pollAndSettle(pipeline, feed("/pib.xml", "PIB"))

    const all = await events(pipeline)
    expect(all).toHaveLength(1)
    expect(all[0]!.sources.map((source) => source.outlet).sort()).toEqual(["ANSA", "PIB"])
    expect(all[0]!.revision).toBe(2)

    const sent = await notices(pipeline)
    expect(sent.map((notice) => notice.kind).sort()).toEqual(["new_event", "source_added"])
    expect(sent.every((notice) => notice.alert)).toBe(true)
    expect(sent.map((notice) => notice.id).sort()).toEqual([`${all[0]!.id}-r1`, `${all[0]!.id}-r2`])
    const counters = await pipeline.run(Effect.map(Metrics, (metrics) => metrics.snapshot()))
    expect(counters).toMatchObject({
      itemsClassified: 3,
      itemsRelevant: 2,
      itemsNotRelevant: 1,
      eventsCreated: 1,
      sourcesAdded: 1
    })
    expect(counters.stageLatency["poll_to_notice"]?.count).toBe(2)
    expect(counters.stageLatency["classify_queue_wait"]?.count).toBe(3)
  })

  it("sends no repeat notices after a restart, even when the feed re-orders its items", async () => {
    feedItems["/wire.xml"] = [
      defenceMouDelhi("wire-mou", "Wire", hoursAgo(2)),
      franceDistractor("wire-fr", hoursAgo(3))
    ]
    const before = open()
    await pollAndSettle(before, feed("/wire.xml", "Wire"))
    const noticesBefore = await notices(before)
    expect(noticesBefore).toHaveLength(1)
    await before.dispose()
    pipelines.splice(pipelines.indexOf(before), 1)

    feedItems["/wire.xml"] = [...feedItems["/wire.xml"]!].reverse()
    const after = open()
    const outcome = await pollAndSettle(after, feed("/wire.xml", "Wire"))
    expect(outcome).toMatchObject({ status: "ok", items: 2, newItems: 0 })
    expect(await notices(after)).toHaveLength(1)
  })

  it("treats an edited item as an update of its event: an event_updated notice that does not alert", async () => {
    const original = defenceMouDelhi("edit-mou", "Wire", hoursAgo(2))
    feedItems["/wire.xml"] = [original]
    const pipeline = open()
    await pollAndSettle(pipeline, feed("/wire.xml", "Wire"))
    feedItems["/wire.xml"] = [{ ...original, title: original.title + " — updated with details of naval co-production" }]
    const outcome = await pollAndSettle(pipeline, feed("/wire.xml", "Wire"))
    expect(outcome).toMatchObject({ newItems: 0, editedItems: 1 })

    const all = await events(pipeline)
    expect(all).toHaveLength(1)
    expect(all[0]!.revision).toBe(2)
    expect(all[0]!.sources).toHaveLength(1)
    expect(all[0]!.sources[0]!.title).toMatch(/updated with details/)
    const sent = await notices(pipeline)
    expect(sent.map((notice) => [notice.kind, notice.alert, notice.id]).sort()).toEqual([
      ["event_updated", false, `${all[0]!.id}-r2`],
      ["new_event", true, `${all[0]!.id}-r1`]
    ])
  })

  it("keeps items older than ALERT_MAX_AGE_HOURS but marks their notice alert: false", async () => {
    feedItems["/archive.xml"] = [defenceMouDelhi("old-mou", "Archive", hoursAgo(24 * 10))]
    const pipeline = open({ alertMaxAgeHours: 72 })
    await pollAndSettle(pipeline, feed("/archive.xml", "Archive"))
    const sent = await notices(pipeline)
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({ kind: "new_event", alert: false })
    expect(await events(pipeline)).toHaveLength(1)
  })

  it("alerts on old items when ALERT_MAX_AGE_HOURS is 0 (no limit)", async () => {
    feedItems["/archive.xml"] = [defenceMouDelhi("old-mou-2", "Archive", hoursAgo(24 * 10))]
    const pipeline = open({ alertMaxAgeHours: 0 })
    await pollAndSettle(pipeline, feed("/archive.xml", "Archive"))
    expect((await notices(pipeline))[0]).toMatchObject({ alert: true })
  })

  it("lets two workers on one Redis poll the same feeds at once: each item classified once, one event", async () => {
    feedItems["/a.xml"] = [defenceMouDelhi("a-mou", "Agency A", hoursAgo(2)), franceDistractor("a-fr", hoursAgo(2))]
    feedItems["/b.xml"] = [defenceMouDelhi("b-mou", "Agency B", hoursAgo(1))]
    feedItems["/c.xml"] = [defenceMouDelhi("c-mou", "Agency C", hoursAgo(1.5))]
    const one = open()
    const two = open()
    const feeds = [feed("/a.xml", "A"), feed("/b.xml", "B"), feed("/c.xml", "C")]
    await Promise.all([
      ...feeds.map((target) => pollAndSettle(one, target)),
      ...feeds.map((target) => pollAndSettle(two, target))
    ])

    const snapshot = (pipeline: Pipeline) => pipeline.run(Effect.map(Metrics, (metrics) => metrics.snapshot()))
    const [first, second] = await Promise.all([snapshot(one), snapshot(two)])
    expect(first.itemsClassified + second.itemsClassified).toBe(4)
    expect(first.eventsCreated + second.eventsCreated).toBe(1)
    const all = await events(one)
    expect(all).toHaveLength(1)
    expect(all[0]!.sources).toHaveLength(3)
    const sent = await notices(one)
    expect(sent.filter((notice) => notice.kind === "new_event")).toHaveLength(1)
    expect(sent.filter((notice) => notice.kind === "source_added")).toHaveLength(2)
  })
})
