import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { archiveJobNames, queueNames, type AlertRecord, type ArchiveBatch, type ArchiveJob } from "@india-italy/domain"
import { Queue } from "bullmq"
import { ConfigProvider, Effect, Layer, ManagedRuntime } from "effect"
import { Redis as IORedis } from "ioredis"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { Archiver } from "./archiver.ts"
import { EventStore } from "./event-store.ts"
import { pgliteDriverLayer } from "./pglite-driver.ts"
import { eventStoreOver } from "./store-config.ts"
import { sampleDevelopments } from "./testing/fixtures.ts"

const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379"
const prefix = `test-archiver-${process.pid}-${Date.now().toString(36)}`

/** The store's writer over PGlite in `dir`, consuming `archive` under the test's own prefix. */
const writerOver = (dir: string) =>
  ManagedRuntime.make(
    Archiver.layer.pipe(
      Layer.provideMerge(eventStoreOver(pgliteDriverLayer(dir))),
      Layer.provide(ConfigProvider.layer(ConfigProvider.fromUnknown({ REDIS_URL: redisUrl, REDIS_PREFIX: prefix })))
    )
  )

const waitFor = async (check: () => Promise<boolean>, what: string, budgetMs = 20_000) => {
  const deadline = Date.now() + budgetMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

describe("the event store's writer (archive queue consumer on PGlite)", () => {
  const dir = mkdtempSync(join(tmpdir(), "iim-archiver-"))
  const connection = new IORedis(redisUrl, { maxRetriesPerRequest: null })
  const queue = new Queue<ArchiveJob | AlertRecord>(queueNames.archive, { connection, prefix })
  const jobs = sampleDevelopments().flat()
  const addAll = (idSuffix: string) =>
    queue.addBulk(
      jobs.map((job) => ({
        name: job.notice.kind,
        data: job,
        opts: { jobId: `${job.notice.event.id}-r${job.notice.event.revision}${idSuffix}` }
      }))
    )
  let writer: ReturnType<typeof writerOver>

  beforeAll(() => {
    writer = writerOver(dir)
  })
  afterAll(async () => {
    await writer?.dispose()
    await queue.obliterate({ force: true })
    await queue.close()
    connection.disconnect()
    rmSync(dir, { recursive: true, force: true })
  })

  it("stores every revision the queue carries, and a replay of the same revisions adds nothing", async () => {
    const recorded = await writer.runPromise(Effect.map(Archiver, (archiver) => archiver.recorded))
    await addAll("")
    await waitFor(async () => recorded.stored === jobs.length, `${jobs.length} stored revisions`)
    const counts = await writer.runPromise(Effect.flatMap(EventStore, (store) => store.counts()))
    expect(counts).toEqual({ events: 4, revisions: jobs.length, reports: 5, alerts: 0 })

    // The same revisions again under new job ids (as after BullMQ forgot the completed ones).
    await addAll("-replay")
    await waitFor(async () => recorded.duplicate === jobs.length, "the replay to be consumed")
    expect(await writer.runPromise(Effect.flatMap(EventStore, (store) => store.counts()))).toEqual(counts)
    expect(recorded.stored).toBe(jobs.length)
  })

  it("loses nothing when the store is closed and its data folder reopened", async () => {
    const before = await writer.runPromise(Effect.flatMap(EventStore, (store) => store.get("evt-defence-pact")))
    await writer.dispose()
    writer = writerOver(dir)
    const after = await writer.runPromise(Effect.flatMap(EventStore, (store) => store.get("evt-defence-pact")))
    expect(after).toEqual(before)
    expect(after?.reports).toHaveLength(2)
    expect(await writer.runPromise(Effect.flatMap(EventStore, (store) => store.counts()))).toEqual({
      events: 4,
      revisions: 5,
      reports: 5,
      alerts: 0
    })
  })

  it("stores an alert the notifier posted once, however often its job comes", async () => {
    const recordedAlerts = await writer.runPromise(Effect.map(Archiver, (archiver) => archiver.recordedAlerts))
    const alert: AlertRecord = {
      eventId: "evt-trade-target",
      revision: 1,
      channel: "C0TRADE",
      kind: "alert",
      ts: "1744275600.000200",
      postedAt: "2025-04-10T09:00:02.000Z"
    }
    // Under two job ids, as when BullMQ has forgotten the first one.
    await queue.add(archiveJobNames.alertPosted, alert, { jobId: "posted-one" })
    await queue.add(archiveJobNames.alertPosted, alert, { jobId: "posted-again" })
    await waitFor(async () => recordedAlerts.stored + recordedAlerts.duplicate === 2, "both alert jobs")
    expect(recordedAlerts).toEqual({ stored: 1, duplicate: 1 })
    const detail = await writer.runPromise(Effect.flatMap(EventStore, (store) => store.get("evt-trade-target")))
    expect(detail?.alerts).toEqual([
      { revision: 1, channel: "C0TRADE", kind: "alert", ts: "1744275600.000200", postedAt: "2025-04-10T09:00:02.000Z" }
    ])
  })

  it("gives up on a malformed alert record at once, naming it", async () => {
    const job = await queue.add(archiveJobNames.alertPosted, { eventId: "evt-x", kind: "shout" } as never, {
      attempts: 5,
      jobId: "malformed-alert"
    })
    await waitFor(async () => (await job.getState()) === "failed", "the malformed alert job to fail")
    const failed = await queue.getJob("malformed-alert")
    expect(failed?.attemptsMade).toBe(1)
    expect(failed?.failedReason).toContain("malformed alert_posted job on archive")
  })

  it("gives up on a malformed job at once instead of retrying it", async () => {
    const job = await queue.add("new_event", { notice: { kind: "nonsense" } } as unknown as ArchiveJob, {
      attempts: 5,
      jobId: "malformed"
    })
    await waitFor(async () => (await job.getState()) === "failed", "the malformed job to fail")
    const failed = await queue.getJob("malformed")
    expect(failed?.attemptsMade).toBe(1)
    expect(failed?.failedReason).toContain("malformed archive job")
  })
})

describe("the event store's writer, given a classify job's revisions as one batch", () => {
  const dir = mkdtempSync(join(tmpdir(), "iim-archiver-batch-"))
  const connection = new IORedis(redisUrl, { maxRetriesPerRequest: null })
  const batchPrefix = `${prefix}-batch`
  const queue = new Queue<ArchiveBatch>(queueNames.archive, { connection, prefix: batchPrefix })
  const jobs = sampleDevelopments().flat()
  const writer = ManagedRuntime.make(
    Archiver.layer.pipe(
      Layer.provideMerge(eventStoreOver(pgliteDriverLayer(dir))),
      Layer.provide(
        ConfigProvider.layer(ConfigProvider.fromUnknown({ REDIS_URL: redisUrl, REDIS_PREFIX: batchPrefix }))
      )
    )
  )
  afterAll(async () => {
    await writer.dispose()
    await queue.obliterate({ force: true })
    await queue.close()
    connection.disconnect()
    rmSync(dir, { recursive: true, force: true })
  })

  it("stores each revision of the batch in order, and a replayed batch adds nothing", async () => {
    const recorded = await writer.runPromise(Effect.map(Archiver, (archiver) => archiver.recorded))
    await queue.add(archiveJobNames.revisions, { revisions: jobs }, { jobId: "revisions-1" })
    await waitFor(async () => recorded.stored === jobs.length, `${jobs.length} stored revisions`)
    const counts = await writer.runPromise(Effect.flatMap(EventStore, (store) => store.counts()))
    expect(counts).toEqual({ events: 4, revisions: jobs.length, reports: 5, alerts: 0 })
    const pact = await writer.runPromise(Effect.flatMap(EventStore, (store) => store.get("evt-defence-pact")))
    expect(pact?.reports).toHaveLength(2)

    await queue.add(archiveJobNames.revisions, { revisions: jobs }, { jobId: "revisions-replay" })
    await waitFor(async () => recorded.duplicate === jobs.length, "the replayed batch to be consumed")
    expect(await writer.runPromise(Effect.flatMap(EventStore, (store) => store.counts()))).toEqual(counts)
  })

  it("gives up on a malformed batch at once, naming it", async () => {
    const job = await queue.add(archiveJobNames.revisions, { revisions: [{ notice: {} }] } as never, {
      attempts: 5,
      jobId: "malformed-batch"
    })
    await waitFor(async () => (await job.getState()) === "failed", "the malformed batch to fail")
    const failed = await queue.getJob("malformed-batch")
    expect(failed?.attemptsMade).toBe(1)
    expect(failed?.failedReason).toContain("malformed revisions job on archive")
  })
})
