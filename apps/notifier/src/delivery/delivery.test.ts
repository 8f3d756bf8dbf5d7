import { type EventNotice, noticeJobNames, queueNames, type NoticeBatch } from "@india-italy/domain"
import { Queue } from "bullmq"
import { Effect, Option } from "effect"
import { afterEach, describe, expect, it } from "vitest"
import { DigestBuffer } from "../digest/digest-buffer.ts"
import type { FakeSlack } from "../testing/fake-slack-server.ts"
import {
  eventUpdatedNotice,
  newEventNotice,
  sampleEvent,
  sampleSource,
  sourceAddedNotice
} from "../testing/fixtures.ts"
import { startNotifierHarness, type NotifierHarness } from "../testing/notifier-harness.ts"
import { channelMuteKey } from "../subscriptions/mutes.ts"
import { subscriptionsKey } from "../subscriptions/subscription-store.ts"

/**
 * End to end through BullMQ on the real Redis, the real @slack/web-api client and a fake Slack
 * over HTTP: a notice goes into the notices queue, and we look at what reached "Slack".
 */

let harness: NotifierHarness | undefined
afterEach(async () => {
  await harness?.close()
  harness = undefined
})

const start = async (options: Parameters<typeof startNotifierHarness>[0] = {}) => {
  harness = await startNotifierHarness({ area: "d2-delivery", ...options })
  return harness
}

/** The Redis commands matching `counted` (name and arguments, as MONITOR shows them) while `during` runs. */
const countCommands = async (
  h: NotifierHarness,
  counted: (args: ReadonlyArray<string>) => boolean,
  during: () => Promise<void>
): Promise<number> => {
  const monitor = await h.redis.monitor()
  let count = 0
  monitor.on("monitor", (_time: string, args: ReadonlyArray<string>) => {
    if (counted(args)) count++
  })
  try {
    await during()
  } finally {
    monitor.disconnect()
  }
  return count
}

const topLevel = (fake: FakeSlack, channel: string) =>
  fake.messages.filter((message) => message.channel === channel && message.threadTs === undefined)

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Waits until the deliveries queue has nothing waiting, delayed or active. */
const drained = async (h: NotifierHarness, timeoutMs = 15_000) => {
  const deliveries = new Queue(queueNames.deliveries, { connection: h.redis, prefix: h.prefix })
  const deadline = Date.now() + timeoutMs
  try {
    for (;;) {
      const counts = await deliveries.getJobCounts("waiting", "delayed", "active", "prioritized")
      const notices = await h.notices.getJobCounts("waiting", "delayed", "active")
      const open = Object.values(counts).reduce((a, b) => a + b, 0) + Object.values(notices).reduce((a, b) => a + b, 0)
      if (open === 0) return
      if (Date.now() > deadline) throw new Error(`queues not drained: ${JSON.stringify({ counts, notices })}`)
      await settle(20)
    }
  } finally {
    await deliveries.close()
  }
}

describe("routing", () => {
  it("posts a notice only to the channels whose subscriptions match its sector, type and confidence", async () => {
    const h = await start()
    await h.subscribe({ channel: "C0DEFENCE", sectors: ["defence"] })
    await h.subscribe({ channel: "C0TRADE", sectors: ["trade"] })
    await h.subscribe({ channel: "C0EXERCISE", sectors: "all", eventTypes: ["military_exercise"] })
    await h.subscribe({ channel: "C0STRICT", sectors: ["defence"], minConfidence: 0.95 })
    await h.subscribe({ channel: "C0ALL", sectors: "all" })

    await h.sendNotice(newEventNotice(sampleEvent("ev-route")))
    await h.fakeSlack.waitFor(
      () => topLevel(h.fakeSlack, "C0DEFENCE").length === 1 && topLevel(h.fakeSlack, "C0ALL").length === 1
    )
    await drained(h)
    const channels = h.fakeSlack.messages.map((message) => message.channel).sort()
    expect(channels).toEqual(["C0ALL", "C0DEFENCE"])
  })

  it("posts once to a channel that two matching subscriptions share", async () => {
    const h = await start()
    await h.subscribe({ channel: "C0SHARED", sectors: ["defence"] })
    await h.subscribe({ channel: "C0SHARED", sectors: ["maritime_ports"], eventTypes: ["defence_industry"] })
    await h.sendNotice(newEventNotice(sampleEvent("ev-shared")))
    await h.fakeSlack.waitFor(() => topLevel(h.fakeSlack, "C0SHARED").length === 1)
    await drained(h)
    expect(h.fakeSlack.messages).toHaveLength(1)
  })

  it("keeps an item too old to alert without posting it", async () => {
    const h = await start()
    await h.subscribe({ channel: "C0OLD", sectors: "all" })
    await h.sendNotice(newEventNotice(sampleEvent("ev-old"), false))
    await h.sendNotice(newEventNotice(sampleEvent("ev-fresh")))
    await h.fakeSlack.waitFor(() => topLevel(h.fakeSlack, "C0OLD").length === 1)
    await drained(h)
    expect(h.fakeSlack.messages.map((message) => message.text)).toHaveLength(1)
    expect(JSON.stringify(h.fakeSlack.messages[0]?.metadata)).toContain("ev-fresh")
  })

  it("hands digest subscriptions to the digest buffer instead of posting", async () => {
    const h = await start()
    const digestId = await h.subscribe({ channel: "C0DIGEST", sectors: ["defence"], digest: "daily@08:00" })
    await h.subscribe({ channel: "C0LIVE", sectors: ["defence"] })
    await h.sendNotice(newEventNotice(sampleEvent("ev-digest")))
    await h.fakeSlack.waitFor(() => topLevel(h.fakeSlack, "C0LIVE").length === 1)
    await drained(h)
    expect(topLevel(h.fakeSlack, "C0DIGEST")).toHaveLength(0)
    const first = h.instances[0]
    if (first === undefined) throw new Error("no instance")
    const pending = await Effect.runPromise(
      Effect.gen(function* () {
        return yield* (yield* DigestBuffer).pending(digestId)
      }).pipe(Effect.provide(first.context))
    )
    expect(pending.events.map((event) => event.id)).toEqual(["ev-digest"])
  })
})

describe("follow-ups", () => {
  it("replies in the first alert's thread and updates its sources, never a second top-level alert", async () => {
    const h = await start()
    await h.subscribe({ channel: "C0THREAD", sectors: ["defence"] })
    const event = sampleEvent("ev-thread")
    await h.sendNotice(newEventNotice(event))
    await h.fakeSlack.waitFor(() => topLevel(h.fakeSlack, "C0THREAD").length === 1)
    const parent = topLevel(h.fakeSlack, "C0THREAD")[0]
    const second = sampleSource({
      itemId: "item-2",
      outlet: "Second Wire",
      url: "https://second.example/story",
      title: "Italy, India to build ships together"
    })
    await h.sendNotice(sourceAddedNotice(event, second))
    await h.fakeSlack.waitFor(() => h.fakeSlack.successful("chat.update", "C0THREAD").length === 1)
    await drained(h)

    expect(topLevel(h.fakeSlack, "C0THREAD")).toHaveLength(1)
    const replies = h.fakeSlack.messages.filter((message) => message.threadTs !== undefined)
    expect(replies).toHaveLength(1)
    expect(replies[0]?.threadTs).toBe(parent?.ts)
    expect(JSON.stringify(replies[0]?.blocks)).toContain("<https://second.example/story|Second Wire>")
    const update = h.fakeSlack.successful("chat.update", "C0THREAD")[0]
    expect(update?.body.ts).toBe(parent?.ts)
    expect(JSON.stringify(update?.body.blocks)).toContain("*Sources* (2)")
    expect(JSON.stringify(update?.body.blocks)).toContain("Second Wire")
  })

  it("past THREAD_MAX_REPLIES, further reports only refresh the alert's sources, coalesced", async () => {
    const h = await start({ settings: { channelIntervalMs: 0, threadMaxReplies: 3, threadUpdateIntervalMs: 400 } })
    await h.subscribe({ channel: "C0FLOOD", sectors: ["defence"] })
    let event = sampleEvent("ev-flood")
    await h.sendNotice(newEventNotice(event))
    await h.fakeSlack.waitFor(() => topLevel(h.fakeSlack, "C0FLOOD").length === 1)
    const followUps = 30
    // As the worker sends a poll's reports: one batch, routed in order, so the first three take the thread's room.
    const notices: Array<EventNotice> = []
    for (let index = 1; index <= followUps; index++) {
      const outlet = `Wire ${index}`
      const source = sampleSource({ itemId: `item-flood-${index}`, outlet, url: `https://wire${index}.example/x` })
      const notice = sourceAddedNotice(event, source)
      event = notice.event
      notices.push(notice)
    }
    await h.notices.add(noticeJobNames.batch, { notices } satisfies NoticeBatch, { jobId: "flood-batch" })
    const parent = () => topLevel(h.fakeSlack, "C0FLOOD")[0]
    await h.fakeSlack.waitFor(() => JSON.stringify(parent()?.blocks).includes(`*Sources* (${followUps + 1})`), 20_000)
    await drained(h)

    const replies = h.fakeSlack.messages.filter((message) => message.threadTs !== undefined)
    const repliedOutlets = replies.map((reply) => JSON.stringify(reply.blocks).match(/Wire \d+/)?.[0])
    // Which reports take the room is decided in order; the three replies may reach Slack in any order.
    expect(repliedOutlets.sort()).toEqual(["Wire 1", "Wire 2", "Wire 3"])
    expect(topLevel(h.fakeSlack, "C0FLOOD")).toHaveLength(1)
    // Three replies each refresh the parent; the 27 reports after them share a few refreshes.
    const updates = h.fakeSlack.successful("chat.update", "C0FLOOD")
    expect(updates.length).toBeGreaterThan(3)
    expect(updates.length).toBeLessThanOrEqual(3 + 4)
    expect(JSON.stringify(updates.at(-1)?.body.blocks)).toContain(`*Sources* (${followUps + 1})`)
  })

  it("reads the subscriptions once for a batch of notices, and alerts each of its events", async () => {
    const h = await start({ settings: { channelIntervalMs: 0 } })
    await h.subscribe({ channel: "C0BATCH", sectors: "all" })
    const key = subscriptionsKey(h.prefix)
    const subscriptionReads = await countCommands(
      h,
      (args) => args[0]?.toLowerCase() === "hgetall" && args[1] === key,
      async () => {
        const notices = Array.from({ length: 12 }, (_, index) => newEventNotice(sampleEvent(`ev-batch-${index}`)))
        await h.notices.add(noticeJobNames.batch, { notices } satisfies NoticeBatch, { jobId: "one-read-batch" })
        await h.fakeSlack.waitFor(() => topLevel(h.fakeSlack, "C0BATCH").length === 12)
        await drained(h)
      }
    )
    expect(subscriptionReads).toBe(1)
  })

  it("reads a batch's mutes at once: a muted channel hears none of the batch, the others all of it", async () => {
    const h = await start({ settings: { channelIntervalMs: 0 } })
    await h.subscribe({ channel: "C0LOUD", sectors: "all" })
    await h.subscribe({ channel: "C0QUIET", sectors: "all" })
    await h.redis.set(channelMuteKey(h.prefix, "C0QUIET"), new Date(Date.now() + 3_600_000).toISOString(), "EX", 3600)
    const muteReads = await countCommands(
      h,
      (args) => args[0]?.toLowerCase() === "mget" && args.some((arg) => arg.startsWith(`${h.prefix}:mute:`)),
      async () => {
        const notices = Array.from({ length: 5 }, (_, index) => newEventNotice(sampleEvent(`ev-muted-batch-${index}`)))
        await h.notices.add(noticeJobNames.batch, { notices } satisfies NoticeBatch, { jobId: "muted-batch" })
        await h.fakeSlack.waitFor(() => topLevel(h.fakeSlack, "C0LOUD").length === 5)
        await drained(h)
      }
    )
    expect(topLevel(h.fakeSlack, "C0QUIET")).toHaveLength(0)
    expect(muteReads).toBe(1)
  })

  it("brings a posted alert up to date when its report is corrected, and posts nothing new anywhere", async () => {
    const h = await start()
    await h.subscribe({ channel: "C0CORRECT", sectors: ["defence"] })
    await h.subscribe({ channel: "C0LATECOMER", sectors: ["space"] })
    const event = sampleEvent("ev-corrected")
    await h.sendNotice(newEventNotice(event))
    await h.fakeSlack.waitFor(() => topLevel(h.fakeSlack, "C0CORRECT").length === 1)
    const parent = topLevel(h.fakeSlack, "C0CORRECT")[0]

    await h.sendNotice(eventUpdatedNotice(event, "India and Italy agree to co-produce naval systems worth €2 billion"))
    await h.fakeSlack.waitFor(() => h.fakeSlack.successful("chat.update", "C0CORRECT").length === 1)
    await drained(h)

    const update = h.fakeSlack.successful("chat.update", "C0CORRECT")[0]
    expect(update?.body.ts).toBe(parent?.ts)
    expect(JSON.stringify(update?.body.blocks)).toContain("worth €2 billion")
    // One message in all: no reply, no second alert, nothing for the channel that never had the alert.
    expect(h.fakeSlack.messages).toHaveLength(1)
    expect(h.fakeSlack.calls.filter((call) => call.channel === "C0LATECOMER")).toEqual([])
  })

  it("holds a follow-up back until the first alert is posted, then threads it", async () => {
    const h = await start()
    await h.subscribe({ channel: "C0WAIT", sectors: ["defence"] })
    // The first alert is rate limited for a second, so its follow-up is routed before it is posted.
    h.fakeSlack.failNext("chat.postMessage", "C0WAIT", { status: 429, retryAfter: 1 })
    const event = sampleEvent("ev-wait")
    await h.sendNotice(newEventNotice(event))
    await h.fakeSlack.waitFor((calls) => calls.some((call) => call.channel === "C0WAIT" && call.status === 429))
    await h.sendNotice(
      sourceAddedNotice(
        event,
        sampleSource({ itemId: "item-wait-2", outlet: "Late Wire", url: "https://late.example/x" })
      )
    )
    await h.fakeSlack.waitFor(() => h.fakeSlack.messages.some((message) => message.threadTs !== undefined))
    await drained(h)
    const parent = topLevel(h.fakeSlack, "C0WAIT")
    expect(parent).toHaveLength(1)
    const replies = h.fakeSlack.messages.filter((message) => message.threadTs !== undefined)
    expect(replies).toHaveLength(1)
    expect(replies[0]?.threadTs).toBe(parent[0]?.ts)
    expect(JSON.stringify(parent[0]?.blocks)).toContain("Late Wire")
  })

  it("threads a follow-up whose first alert is being posted by the same process without putting it back", async () => {
    const h = await start()
    await h.subscribe({ channel: "C0INFLIGHT", sectors: ["defence"] })
    const event = sampleEvent("ev-inflight")
    let followUpSent: Promise<void> | undefined
    // Slack answers the first alert slowly; the follow-up is routed while that post is in flight.
    h.fakeSlack.setBeforeRespond(async (call) => {
      if (call.method !== "chat.postMessage" || call.body.thread_ts !== undefined || followUpSent !== undefined) return
      followUpSent = h.sendNotice(
        sourceAddedNotice(event, sampleSource({ itemId: "item-inflight-2", outlet: "Slow Wire" }))
      )
      await followUpSent
      await settle(500)
    })
    await h.sendNotice(newEventNotice(event))
    await h.fakeSlack.waitFor(() => h.fakeSlack.messages.some((message) => message.threadTs !== undefined))
    await drained(h)
    const parent = topLevel(h.fakeSlack, "C0INFLIGHT")
    expect(parent).toHaveLength(1)
    const replies = h.fakeSlack.messages.filter((message) => message.threadTs !== undefined)
    expect(replies.map((reply) => reply.threadTs)).toEqual([parent[0]?.ts])
    const deliveries = new Queue(queueNames.deliveries, { connection: h.redis, prefix: h.prefix })
    const completed = await deliveries.getCompleted()
    await deliveries.close()
    const reply = completed.find((job) => (job.data as { kind?: string }).kind === "reply")
    // Run once: it waited for its first alert in memory instead of being delayed and run again.
    expect(reply?.attemptsStarted).toBe(1)
  })

  it("lets a follow-up give up when its first alert used up its attempts, instead of waiting forever", async () => {
    const h = await start({ settings: { deliveryAttempts: 2, deliveryBackoffMs: 50 } })
    await h.subscribe({ channel: "C0DOOMED", sectors: ["defence"] })
    h.fakeSlack.failNext("chat.postMessage", "C0DOOMED", { status: 500, times: Infinity })
    const event = sampleEvent("ev-doomed")
    await h.sendNotice(newEventNotice(event))
    await h.sendNotice(sourceAddedNotice(event, sampleSource({ itemId: "item-doomed-2", outlet: "Late Wire" })))
    await drained(h)
    const deliveries = new Queue(queueNames.deliveries, { connection: h.redis, prefix: h.prefix })
    const failed = await deliveries.getFailed()
    await deliveries.close()
    expect(failed.map((job) => job.failedReason).sort()).toEqual([
      expect.stringContaining("HTTP 500"),
      expect.stringContaining("failed (attempts_exhausted)")
    ])
    expect(h.fakeSlack.messages).toHaveLength(0)
  })

  it("still makes one alert when the follow-up arrives right behind the first notice", async () => {
    const h = await start()
    await h.subscribe({ channel: "C0RACE", sectors: ["defence"] })
    const event = sampleEvent("ev-race")
    const second = sampleSource({
      itemId: "item-race-2",
      outlet: "Fast Wire",
      url: "https://fast.example/x",
      title: "Second report"
    })
    await Promise.all([h.sendNotice(newEventNotice(event)), h.sendNotice(sourceAddedNotice(event, second))])
    await h.fakeSlack.waitFor(() => topLevel(h.fakeSlack, "C0RACE").length === 1)
    await drained(h)
    await settle(200)
    expect(topLevel(h.fakeSlack, "C0RACE")).toHaveLength(1)
    // Whichever notice came first, the channel ends up showing both sources.
    const parent = topLevel(h.fakeSlack, "C0RACE")[0]
    expect(JSON.stringify(parent?.blocks)).toContain("Fast Wire")
  })
})

describe("notice batches", () => {
  it("routes a worker's batch in order: a new development alerts, its follow-up threads under it", async () => {
    const h = await start()
    await h.subscribe({ channel: "C0BATCH", sectors: ["defence"] })
    const event = sampleEvent("ev-batch")
    const other = sampleEvent("ev-batch-other")
    const second = sampleSource({ itemId: "item-batch-2", outlet: "Batch Wire", url: "https://batch.example/story" })
    const batch: NoticeBatch = {
      notices: [newEventNotice(event), sourceAddedNotice(event, second), newEventNotice(other)]
    }
    await h.notices.add(noticeJobNames.batch, batch, { jobId: "batch-1" })
    await h.fakeSlack.waitFor(
      () =>
        topLevel(h.fakeSlack, "C0BATCH").length === 2 && h.fakeSlack.successful("chat.update", "C0BATCH").length === 1
    )
    await drained(h)
    expect(topLevel(h.fakeSlack, "C0BATCH")).toHaveLength(2)
    const replies = h.fakeSlack.messages.filter((message) => message.threadTs !== undefined)
    expect(replies).toHaveLength(1)
    // The follow-up was routed after its event's alert, so it threads under that alert and refreshes it.
    const update = h.fakeSlack.successful("chat.update", "C0BATCH")[0]
    expect(topLevel(h.fakeSlack, "C0BATCH").map((message) => message.ts)).toContain(update?.body.ts)
    expect(replies[0]?.threadTs).toBe(update?.body.ts)
    expect(JSON.stringify(replies[0]?.blocks)).toContain("Batch Wire")
  })

  it("fails a malformed batch for good, naming the job and the schema, and posts nothing", async () => {
    const h = await start()
    await h.subscribe({ channel: "C0BADBATCH", sectors: "all" })
    await h.notices.add(noticeJobNames.batch, { notices: [{ kind: "new_event" }] }, { jobId: "batch-bad" })
    const deadline = Date.now() + 10_000
    let failed = await h.notices.getFailed()
    while (failed.length === 0 && Date.now() < deadline) {
      await settle(20)
      failed = await h.notices.getFailed()
    }
    expect(failed.map((job) => job.id)).toEqual(["batch-bad"])
    expect(failed[0]!.failedReason).toMatch(/notice batch batch-bad does not match the NoticeBatch schema/)
    expect(failed[0]!.attemptsMade).toBe(1)
    expect(h.fakeSlack.messages).toHaveLength(0)
  })
})

describe("escaping", () => {
  it("lets no ping, mention or disguised link from a feed reach Slack intact", async () => {
    const h = await start()
    await h.subscribe({ channel: "C0SAFE", sectors: "all" })
    const hostile =
      "<!channel> <!here> <!everyone> <@U0HACKER> <!subteam^S0123> @here @channel @everyone <http://evil.example|trusted.example> & <#C0SECRET>"
    const event = sampleEvent(
      "ev-hostile",
      {
        title: `Breaking ${hostile}`,
        url: "javascript:alert(1)",
        actors: [{ name: `Mr <!here> ${hostile}`, kind: "person", country: "IN", office: "<@U0OFFICE>" }],
        places: [{ name: "<http://evil.example|Rome>", country: "IT" }],
        evidence: [{ tag: "eventType:defence_industry", text: `span ${hostile}`, field: "text", start: 0, end: 5 }]
      },
      {
        sources: [
          {
            itemId: "a",
            title: `Source ${hostile}`,
            outlet: "<http://evil.example|Reuters>",
            url: "javascript:alert(1)"
          },
          { itemId: "b", title: "ok", outlet: "Fine <!here> Wire", url: "https://ok.example/a|b>c" }
        ]
      }
    )
    await h.sendNotice(newEventNotice(event))
    await h.fakeSlack.waitFor(() => h.fakeSlack.successful("chat.postMessage", "C0SAFE").length === 1)
    const call = h.fakeSlack.successful("chat.postMessage", "C0SAFE")[0]
    if (call === undefined) throw new Error("no post")
    const sent = `${String(call.body.text)}\n${JSON.stringify(call.body.blocks)}`
    for (const forbidden of [
      "<!channel>",
      "<!here>",
      "<!everyone>",
      "<@U0HACKER>",
      "<@U0OFFICE>",
      "<!subteam",
      "<#C0SECRET>",
      "<http://evil",
      "javascript:"
    ]) {
      expect(sent).not.toContain(forbidden)
    }
    expect(sent).not.toMatch(/@(here|channel|everyone)\b/)
    // The only angle brackets left are links we built, to validated http(s) URLs.
    const links = [...sent.matchAll(/<([^<>]*)>/g)].map((match) => match[1] ?? "")
    expect(links.length).toBeGreaterThan(0)
    for (const link of links) expect(link).toMatch(/^https:\/\/ok\.example\/[^|<>]*\|[^<>|]*$/)
    expect(sent).toContain("&lt;!channel&gt;")
  })
})

describe("rate limits and failures", () => {
  it("holds back only the channel Slack rate limited; other channels keep flowing", async () => {
    const h = await start({ settings: { channelIntervalMs: 100 } })
    await h.subscribe({ channel: "C0LIMITED", sectors: ["defence"] })
    await h.subscribe({ channel: "C0FREE", sectors: ["trade"] })
    h.fakeSlack.failNext("chat.postMessage", "C0LIMITED", { status: 429, retryAfter: 2 })

    await h.sendNotice(newEventNotice(sampleEvent("ev-limited", { sectors: ["defence"] })))
    await h.fakeSlack.waitFor((calls) => calls.some((call) => call.channel === "C0LIMITED" && call.status === 429))
    const limitedAt = h.fakeSlack.calls.find((call) => call.channel === "C0LIMITED" && call.status === 429)?.at ?? 0
    // While C0LIMITED is blocked, another event for another channel goes straight through.
    await h.sendNotice(newEventNotice(sampleEvent("ev-free", { sectors: ["trade"] })))
    await h.fakeSlack.waitFor(() => h.fakeSlack.successful("chat.postMessage", "C0FREE").length === 1)
    await h.fakeSlack.waitFor(() => h.fakeSlack.successful("chat.postMessage", "C0LIMITED").length === 1)
    await drained(h)

    const freeAt = h.fakeSlack.successful("chat.postMessage", "C0FREE")[0]?.at ?? Infinity
    const limitedPostedAt = h.fakeSlack.successful("chat.postMessage", "C0LIMITED")[0]?.at ?? 0
    expect(freeAt - limitedAt).toBeLessThan(1_000)
    expect(freeAt).toBeLessThan(limitedPostedAt)
    expect(limitedPostedAt - limitedAt).toBeGreaterThanOrEqual(1_900)
    expect(topLevel(h.fakeSlack, "C0LIMITED")).toHaveLength(1)
  })

  it("paces one channel at one message per interval across events and processes", async () => {
    const h = await start({ instances: 2, settings: { channelIntervalMs: 500 } })
    await h.subscribe({ channel: "C0PACED", sectors: "all" })
    for (const id of ["ev-p1", "ev-p2", "ev-p3"]) await h.sendNotice(newEventNotice(sampleEvent(id)))
    await h.fakeSlack.waitFor(() => h.fakeSlack.successful("chat.postMessage", "C0PACED").length === 3)
    const times = h.fakeSlack
      .successful("chat.postMessage", "C0PACED")
      .map((call) => call.at)
      .sort((a, b) => a - b)
    // Slots are 500 ms apart on Redis's clock; what the Slack server sees also carries each post's own
    // delay between its wake-up and its arrival (tens of ms on a busy machine), so each gap gets 100 ms of
    // slack. Unpaced, the three posts arrive within a few ms of each other.
    expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(400)
    expect((times[2] ?? 0) - (times[1] ?? 0)).toBeGreaterThanOrEqual(400)
    expect((times[2] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(900)
  })

  it("retries a 500 and posts exactly once", async () => {
    const h = await start()
    await h.subscribe({ channel: "C0FLAKY", sectors: "all" })
    h.fakeSlack.failNext("chat.postMessage", "C0FLAKY", { status: 500 })
    await h.sendNotice(newEventNotice(sampleEvent("ev-flaky")))
    await h.fakeSlack.waitFor(() => h.fakeSlack.successful("chat.postMessage", "C0FLAKY").length === 1)
    await drained(h)
    expect(h.fakeSlack.calls.filter((call) => call.method === "chat.postMessage")).toHaveLength(2)
    expect(h.fakeSlack.messages).toHaveLength(1)
  })

  it("does not post again when Slack posted but its answer was a 500", async () => {
    const h = await start()
    await h.subscribe({ channel: "C0LOSTANSWER", sectors: "all" })
    h.fakeSlack.failNext("chat.postMessage", "C0LOSTANSWER", { status: 500, afterEffect: true })
    await h.sendNotice(newEventNotice(sampleEvent("ev-lost-answer")))
    await h.fakeSlack.waitFor((calls) =>
      calls.some((call) => call.method === "conversations.history" && call.channel === "C0LOSTANSWER")
    )
    await drained(h)
    await settle(200)
    expect(h.fakeSlack.calls.filter((call) => call.method === "chat.postMessage")).toHaveLength(1)
    expect(h.fakeSlack.messages).toHaveLength(1)
    expect(await h.redis.keys(`${h.prefix}:notifier:posted:*`)).toHaveLength(1)
  })

  it("still delivers a retried alert when the token may not read the channel's history", async () => {
    const h = await start()
    await h.subscribe({ channel: "C0NOSCOPE", sectors: "all" })
    h.fakeSlack.failNext("chat.postMessage", "C0NOSCOPE", { status: 502 })
    h.fakeSlack.failNext("conversations.history", "C0NOSCOPE", { status: 200, error: "missing_scope" })
    await h.sendNotice(newEventNotice(sampleEvent("ev-noscope")))
    await h.fakeSlack.waitFor(() => h.fakeSlack.successful("chat.postMessage", "C0NOSCOPE").length === 1)
    await drained(h)
    expect(
      h.fakeSlack.calls.filter((call) => call.method === "conversations.history" && call.error === "missing_scope")
    ).toHaveLength(1)
    expect(h.fakeSlack.messages).toHaveLength(1)
  })

  it("reports a channel the bot cannot post to once, and does not retry it", async () => {
    const h = await start({ settings: { opsChannel: Option.some("C0OPS") } })
    await h.subscribe({ channel: "C0GONE", sectors: "all" })
    h.fakeSlack.failNext("chat.postMessage", "C0GONE", { status: 200, error: "channel_not_found", times: Infinity })
    await h.sendNotice(newEventNotice(sampleEvent("ev-gone-1")))
    await h.sendNotice(newEventNotice(sampleEvent("ev-gone-2")))
    await h.fakeSlack.waitFor(() => h.fakeSlack.successful("chat.postMessage", "C0OPS").length === 1)
    await drained(h)
    await settle(300)
    // One try per alert (no retries), one ops report for both.
    expect(
      h.fakeSlack.calls.filter((call) => call.method === "chat.postMessage" && call.channel === "C0GONE")
    ).toHaveLength(2)
    const reports = h.fakeSlack.successful("chat.postMessage", "C0OPS")
    expect(reports).toHaveLength(1)
    expect(String(reports[0]?.body.text)).toContain("C0GONE")
    expect(String(reports[0]?.body.text)).toContain("channel_not_found")
    const deliveries = new Queue(queueNames.deliveries, { connection: h.redis, prefix: h.prefix })
    const failed = await deliveries.getFailed()
    await deliveries.close()
    expect(failed.map((job) => job.attemptsMade)).toEqual([1, 1])
  })
})

describe("at most once", () => {
  it("does not post twice when the record of a post is lost after Slack accepted it", async () => {
    const h = await start()
    await h.subscribe({ channel: "C0LOST", sectors: "all" })
    await h.sendNotice(newEventNotice(sampleEvent("ev-lost")), "notice-ev-lost-1")
    await h.fakeSlack.waitFor(() => h.fakeSlack.successful("chat.postMessage", "C0LOST").length === 1)
    await drained(h)
    // Simulate the crash window: the post happened and was marked as attempted, but its record is gone.
    const postedKeys = await h.redis.keys(`${h.prefix}:notifier:posted:*`)
    expect(postedKeys).toHaveLength(1)
    await h.redis.del(...postedKeys)
    // The same notice again (the worker's retry), as a new job: the delivery runs again.
    const deliveries = new Queue(queueNames.deliveries, { connection: h.redis, prefix: h.prefix })
    await deliveries.clean(0, 1000, "completed")
    await deliveries.close()
    await h.sendNotice(newEventNotice(sampleEvent("ev-lost")), "notice-ev-lost-2")
    await h.fakeSlack.waitFor((calls) =>
      calls.some((call) => call.method === "conversations.history" && call.channel === "C0LOST")
    )
    await drained(h)
    expect(h.fakeSlack.messages.filter((message) => message.channel === "C0LOST")).toHaveLength(1)
    expect(await h.redis.get(postedKeys[0] ?? "")).toBe(h.fakeSlack.messages[0]?.ts)
  })

  it("posts each alert once with two notifier instances on one Redis, even for duplicated notices", async () => {
    const h = await start({ instances: 2, settings: { channelIntervalMs: 50 } })
    const channels = ["C0ONE", "C0TWO", "C0THREE"]
    for (const channel of channels) await h.subscribe({ channel, sectors: "all" })
    const ids = Array.from({ length: 8 }, (_, index) => `ev-multi-${index}`)
    await Promise.all(
      ids.flatMap((id) => [
        h.sendNotice(newEventNotice(sampleEvent(id)), `dup-a-${id}`),
        h.sendNotice(newEventNotice(sampleEvent(id)), `dup-b-${id}`)
      ])
    )
    await h.fakeSlack.waitFor(() => h.fakeSlack.messages.length >= ids.length * channels.length, 20_000)
    await drained(h, 20_000)
    await settle(300)
    const seen = h.fakeSlack.messages.map((message) => `${message.channel}/${JSON.stringify(message.metadata)}`)
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen).toHaveLength(ids.length * channels.length)
  })
})
