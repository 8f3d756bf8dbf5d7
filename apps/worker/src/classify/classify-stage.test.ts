import { archiveJobNames, noticeJobNames, type ArchiveBatch, type NoticeBatch } from "@india-italy/domain"
import { Effect } from "effect"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { Queues, type ClassifyJob } from "../queues.ts"
import { deletePrefix, startPipeline, uniquePrefix } from "../test-support/pipeline-harness.ts"
import { defenceMouDelhi, franceDistractor, hoursAgo, type StoryItem } from "../test-support/wire-stories.ts"
import { ClassifyStage } from "./classify-stage.ts"

let prefix: string
let pipeline: ReturnType<typeof startPipeline>

beforeEach(() => {
  prefix = uniquePrefix("classify")
  pipeline = startPipeline({ prefix, consumers: false, settings: { clusterWindowHours: 48 } })
})
afterEach(async () => {
  await pipeline.dispose()
  await deletePrefix(prefix)
})

/** A second development, unlike the defence MoU: a shipyard's order. */
const shipyardOrder = (guid: string, published: Date): StoryItem => ({
  guid,
  title: "Fincantieri wins order from India's Mazagon Dock for two offshore patrol vessels",
  description:
    "Italian shipbuilder Fincantieri has won a contract from India's Mazagon Dock Shipbuilders to design two " +
    "offshore patrol vessels, the companies said in Mumbai.",
  link: `https://wire.example/news/${guid}`,
  pubDate: published
})

const jobOf = (story: StoryItem, outlet: string): ClassifyJob => ({
  feedId: `feed-${outlet}`,
  feedUrl: `https://${outlet}.example/feed.xml`,
  identity: story.guid,
  contentHash: `hash-${story.guid}`,
  sighting: "new",
  firstPoll: false,
  item: {
    id: `item-${story.guid}`,
    title: story.title,
    text: story.description,
    url: story.link,
    published: story.pubDate.toISOString(),
    source: outlet
  }
})

const processBatch = (jobs: ReadonlyArray<ClassifyJob>) =>
  pipeline.run(Effect.flatMap(ClassifyStage, (stage) => stage.processBatch(jobs)))

const queued = () =>
  pipeline.run(
    Effect.flatMap(Queues, (queues) =>
      Effect.promise(async () => ({ notices: await queues.notices.getJobs(), archive: await queues.archive.getJobs() }))
    )
  )

describe("classify stage on Redis", () => {
  it("sends a poll's notices as one job and its revisions as one archive job, in the order they were decided", async () => {
    const jobs = [
      jobOf(defenceMouDelhi("mou-ansa", "ANSA", hoursAgo(2)), "ansa"),
      jobOf(franceDistractor("france", hoursAgo(2)), "wire"),
      jobOf(defenceMouDelhi("mou-pti", "PTI", hoursAgo(1)), "pti"),
      jobOf(shipyardOrder("ships", hoursAgo(1)), "wire")
    ]
    const outcomes = await processBatch(jobs)
    expect(outcomes.map((outcome) => outcome.classified.relevant)).toEqual([true, false, true, true])
    expect(outcomes.map((outcome) => outcome.cluster?.decision)).toEqual(["Create", undefined, "Join", "Create"])

    const { notices, archive } = await queued()
    expect(notices.map((job) => job.name)).toEqual([noticeJobNames.batch])
    const batch = notices[0]!.data as NoticeBatch
    const mouId = outcomes[0]!.cluster!.eventId
    const shipsId = outcomes[3]!.cluster!.eventId
    expect(batch.notices.map((notice) => [notice.kind, notice.event.id, notice.event.revision])).toEqual([
      ["new_event", mouId, 1],
      ["source_added", mouId, 2],
      ["new_event", shipsId, 1]
    ])
    expect(archive.map((job) => job.name)).toEqual([archiveJobNames.revisions])
    const revisions = (archive[0]!.data as ArchiveBatch).revisions
    expect(revisions.map((revision) => revision.report?.item.id)).toEqual([
      "item-mou-ansa",
      "item-mou-pti",
      "item-ships"
    ])
  })

  it("re-sends a retried batch's notices under the same job ids, so nothing is queued twice", async () => {
    const jobs = [
      jobOf(defenceMouDelhi("mou-ansa", "ANSA", hoursAgo(2)), "ansa"),
      jobOf(shipyardOrder("ships", hoursAgo(1)), "wire")
    ]
    const first = await processBatch(jobs)
    const before = await queued()
    const retried = await processBatch(jobs)
    const after = await queued()
    expect(retried.map((outcome) => outcome.cluster?.decision)).toEqual(["AlreadyClustered", "AlreadyClustered"])
    expect(retried.map((outcome) => outcome.cluster?.eventId)).toEqual(first.map((outcome) => outcome.cluster?.eventId))
    expect(after.notices.map((job) => job.id)).toEqual(before.notices.map((job) => job.id))
    expect(after.archive.map((job) => job.id)).toEqual(before.archive.map((job) => job.id))
    expect(after.notices).toHaveLength(1)
  })

  it("sends a lone notice as an EventNotice job of its own, as the notifier has always read them", async () => {
    const [outcome] = await processBatch([jobOf(shipyardOrder("ships", hoursAgo(1)), "wire")])
    const { notices, archive } = await queued()
    expect(notices.map((job) => [job.name, job.id])).toEqual([["new_event", `${outcome!.cluster!.eventId}-r1`]])
    expect(archive.map((job) => job.name)).toEqual(["new_event"])
  })

  it("sends nothing for a batch with no relevant item", async () => {
    const outcomes = await processBatch([jobOf(franceDistractor("france", hoursAgo(2)), "wire")])
    expect(outcomes.map((outcome) => outcome.classified.relevant)).toEqual([false])
    const { notices, archive } = await queued()
    expect([notices.length, archive.length]).toEqual([0, 0])
  })
})
