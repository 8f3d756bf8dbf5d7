import { archiveJobNames, queueNames, type AlertRecord } from "@india-italy/domain"
import { Queue } from "bullmq"
import { afterEach, describe, expect, it } from "vitest"
import {
  eventUpdatedNotice,
  newEventNotice,
  sampleEvent,
  sampleSource,
  sourceAddedNotice
} from "../testing/fixtures.ts"
import { startNotifierHarness, type NotifierHarness } from "../testing/notifier-harness.ts"
import { alertRecordFor, alertRecordJobId } from "./alert-archive.ts"
import { alertKey, type DeliveryJob } from "./delivery-job.ts"

/**
 * The notifier hands the event store a record of each alert, reply and update Slack took: an
 * `alert_posted` job on the archive queue (no store consumes it here, so the jobs wait to be read).
 */

let harness: NotifierHarness | undefined
let archive: Queue | undefined
afterEach(async () => {
  await archive?.close()
  await harness?.close()
  harness = undefined
  archive = undefined
})

const start = async (options: Parameters<typeof startNotifierHarness>[0] = {}) => {
  harness = await startNotifierHarness({ area: "alert-archive", ...options })
  archive = new Queue(queueNames.archive, { connection: harness.redis, prefix: harness.prefix })
  return { h: harness, archive }
}

const records = async (queue: Queue): Promise<ReadonlyArray<AlertRecord>> => {
  const jobs = await queue.getJobs(["waiting", "delayed", "prioritized"])
  expect(jobs.every((job) => job.name === archiveJobNames.alertPosted)).toBe(true)
  return jobs.map((job) => job.data as AlertRecord).sort((a, b) => a.revision - b.revision)
}

const waitForRecords = async (queue: Queue, count: number, timeoutMs = 15_000) => {
  const deadline = Date.now() + timeoutMs
  while ((await records(queue)).length < count) {
    if (Date.now() > deadline) throw new Error(`expected ${count} alert records, have ${(await records(queue)).length}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  return records(queue)
}

describe("the record of an alert that went out", () => {
  it("is one per event, revision, channel and kind, and none for an ops message", () => {
    const event = sampleEvent("ev-ids")
    const job = (kind: DeliveryJob["kind"], channel = "C0A"): DeliveryJob => ({
      kind,
      deliveryKey: `${kind}-key`,
      channel,
      event
    })
    const at = new Date("2026-03-02T09:17:00.000Z")
    const alert = alertRecordFor(job("alert"), "1.000100", at)
    expect(alert).toEqual({
      eventId: "ev-ids",
      revision: 1,
      channel: "C0A",
      kind: "alert",
      ts: "1.000100",
      postedAt: "2026-03-02T09:17:00.000Z"
    })
    expect(alertRecordFor(job("message"), "1.0", at)).toBeUndefined()
    const ids = [job("alert"), job("reply"), job("update"), job("alert", "C0B")].map((delivery) =>
      alertRecordJobId(alertRecordFor(delivery, "1.0", at)!)
    )
    expect(new Set(ids).size).toBe(4)
    // A retry (later, with whatever ts it found) is the same job.
    expect(alertRecordJobId(alertRecordFor(job("alert"), "9.9", new Date())!)).toBe(ids[0])
    expect(ids.every((id) => !id.includes(":"))).toBe(true)
  })

  it("is handed over for an alert, its thread reply and an update, with Slack's ts", async () => {
    const { h, archive } = await start()
    await h.subscribe({ channel: "C0ARCHIVE", sectors: ["defence"] })
    const event = sampleEvent("ev-archived")
    await h.sendNotice(newEventNotice(event))
    const [alert] = await waitForRecords(archive, 1)
    const parent = h.fakeSlack.messages.find((message) => message.threadTs === undefined)
    expect(alert).toMatchObject({ eventId: "ev-archived", revision: 1, channel: "C0ARCHIVE", kind: "alert" })
    expect(alert?.ts).toBe(parent?.ts)

    const joined = sourceAddedNotice(event, sampleSource({ itemId: "item-2", outlet: "Second Wire" }))
    await h.sendNotice(joined)
    await h.sendNotice(eventUpdatedNotice(joined.event, "India and Italy agree to co-produce naval systems, corrected"))
    const all = await waitForRecords(archive, 3)
    const reply = h.fakeSlack.messages.find((message) => message.threadTs !== undefined)
    expect(all.map((record) => [record.kind, record.revision, record.ts])).toEqual([
      ["alert", 1, parent?.ts],
      ["reply", 2, reply?.ts],
      ["update", 3, parent?.ts]
    ])
  })

  it("is made up by a retried delivery when it was lost after the post, and never doubled", async () => {
    const { h, archive } = await start()
    await h.subscribe({ channel: "C0RETRY", sectors: "all" })
    // Slack posts but its answer is lost: the retry finds the post in the channel and records it.
    h.fakeSlack.failNext("chat.postMessage", "C0RETRY", { status: 500, afterEffect: true })
    const event = sampleEvent("ev-retried")
    await h.sendNotice(newEventNotice(event))
    const [first] = await waitForRecords(archive, 1)
    expect(first?.ts).toBe(h.fakeSlack.messages[0]?.ts)

    // The record is lost (say, Redis failed over), then the same delivery runs again.
    await (await archive.getJob(alertRecordJobId(first!)))?.remove()
    expect(await records(archive)).toEqual([])
    const deliveries = new Queue(queueNames.deliveries, { connection: h.redis, prefix: h.prefix })
    const delivery: DeliveryJob = {
      kind: "alert",
      deliveryKey: alertKey(event.id, 1, "C0RETRY"),
      channel: "C0RETRY",
      event
    }
    try {
      await deliveries.add("alert", delivery, { jobId: "alert-run-again" })
      await deliveries.add("alert", delivery, { jobId: "alert-run-a-third-time" })
      const again = await waitForRecords(archive, 1)
      expect(again.map((record) => [record.kind, record.ts])).toEqual([["alert", first?.ts]])
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(await records(archive)).toHaveLength(1)
      expect(h.fakeSlack.messages).toHaveLength(1)
    } finally {
      await deliveries.close()
    }
  })
})
