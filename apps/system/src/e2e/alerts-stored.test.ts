import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { archiveJobNames, queueNames } from "@india-italy/domain"
import { Archiver, EventStore, eventStoreOver, pgliteDriverLayer } from "@india-italy/event-store"
import {
  alertKey,
  newEventNotice,
  sampleEvent,
  startNotifierHarness,
  type DeliveryJob,
  type NotifierHarness
} from "@india-italy/notifier"
import { Queue } from "bullmq"
import { ConfigProvider, Effect, Layer, ManagedRuntime } from "effect"
import { afterEach, describe, expect, it } from "vitest"
import { waitFor } from "../testing/processes.ts"

/**
 * The alerts that went out reach the event store: the notifier posts to a local Slack server over
 * HTTP, hands the store's queue a record on the real Redis, and the store's writer keeps it in a
 * PGlite folder.
 */

const writerOver = (dir: string, redisUrl: string, prefix: string) =>
  ManagedRuntime.make(
    Archiver.layer.pipe(
      Layer.provideMerge(eventStoreOver(pgliteDriverLayer(dir))),
      Layer.provide(ConfigProvider.layer(ConfigProvider.fromUnknown({ REDIS_URL: redisUrl, REDIS_PREFIX: prefix })))
    )
  )

interface Running {
  readonly h: NotifierHarness
  readonly writer: ReturnType<typeof writerOver>
  readonly archive: Queue
}

let running: Running | undefined
let dir: string | undefined
afterEach(async () => {
  await running?.archive.close()
  await running?.writer.dispose()
  await running?.h.close()
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true })
  running = undefined
  dir = undefined
})

const start = async (): Promise<Running> => {
  const h = await startNotifierHarness({ area: "alerts-stored" })
  dir = mkdtempSync(join(tmpdir(), "iim-alerts-"))
  const writer = writerOver(dir, process.env.REDIS_URL ?? "redis://127.0.0.1:6379", h.prefix)
  const archive = new Queue(queueNames.archive, { connection: h.redis, prefix: h.prefix })
  running = { h, writer, archive }
  return running
}

const alertsOf = (writer: Running["writer"], eventId: string) =>
  writer.runPromise(Effect.flatMap(EventStore, (store) => store.get(eventId))).then((detail) => detail?.alerts ?? [])

const alertRows = (writer: Running["writer"]) =>
  writer.runPromise(Effect.flatMap(EventStore, (store) => store.counts())).then((counts) => counts.alerts)

describe("the alerts that went out, in the event store", () => {
  it("keeps one row for one alert posted, and a retried delivery writes nothing twice", async () => {
    const { h, writer, archive } = await start()
    const channel = "C0STORED"
    await h.subscribe({ channel, sectors: "all" })
    const event = sampleEvent("ev-stored-alert")
    // The worker's copy of the revision, as the archive queue would bring it.
    await writer.runPromise(
      Effect.flatMap(EventStore, (store) => store.record({ notice: newEventNotice(event), seenAt: event.firstSeen }))
    )
    const counted = await writer.runPromise(Effect.map(Archiver, (archiver) => archiver.recordedAlerts))

    // Slack posts the alert but its answer is lost: the retry finds the post and records it once.
    h.fakeSlack.failNext("chat.postMessage", channel, { status: 500, afterEffect: true })
    await h.sendNotice(newEventNotice(event))
    await waitFor("the alert in the store", async () => counted.stored === 1, 20_000, 50)
    expect(h.fakeSlack.messages).toHaveLength(1)
    const [posted] = h.fakeSlack.messages
    expect(await alertsOf(writer, event.id)).toEqual([
      { revision: 1, channel, kind: "alert", ts: posted?.ts, postedAt: expect.any(String) }
    ])
    expect(await alertRows(writer)).toBe(1)

    // The same delivery runs again after BullMQ forgot the record's job: the store is handed the
    // record again and keeps its one row; Slack gets nothing new.
    const [record] = await archive.getJobs(["completed"])
    expect(record?.name).toBe(archiveJobNames.alertPosted)
    await record?.remove()
    const deliveries = new Queue(queueNames.deliveries, { connection: h.redis, prefix: h.prefix })
    try {
      const delivery: DeliveryJob = { kind: "alert", deliveryKey: alertKey(event.id, 1, channel), channel, event }
      await deliveries.add("alert", delivery, { jobId: "alert-run-again" })
      await waitFor("the repeated record to be consumed", async () => counted.duplicate === 1, 20_000, 50)
    } finally {
      await deliveries.close()
    }
    expect(await alertRows(writer)).toBe(1)
    expect(h.fakeSlack.messages).toHaveLength(1)
    expect(counted).toEqual({ stored: 1, duplicate: 1 })
  })
})
