import type { Subscription } from "@india-italy/domain"
import { ConfigProvider, Effect, Layer, ManagedRuntime, Redacted } from "effect"
import { Redis as IORedis } from "ioredis"
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest"
import type { Redis } from "@india-italy/runtime"
import { makeWebApiSender, SlackSender } from "../slack/slack-sender.ts"
import { SubscriptionStore, subscriptionsKey } from "../subscriptions/subscription-store.ts"
import { deleteKeysUnder, redisUrl, testRedisLayer, uniquePrefix } from "../subscriptions/redis-test-support.ts"
import { bilateralEvent, newEventNotice } from "../subscriptions/test-fixtures.ts"
import { startFakeSlack, type FakeSlack } from "../testing/fake-slack-server.ts"
import { DigestBuffer } from "./digest-buffer.ts"
import { digestKeys } from "./digest-keys.ts"
import { nextDigestRun } from "./digest-schedule.ts"
import { DigestScheduler } from "./digest-scheduler.ts"

type Services = DigestScheduler | DigestBuffer | SubscriptionStore | Redis

const prefix = uniquePrefix("digest")
let slack: FakeSlack
let raw: IORedis
const runtimes: Array<ManagedRuntime.ManagedRuntime<Services, unknown>> = []

/** One notifier process: its own Redis connections and Slack client, the same Redis and Slack. */
const notifierProcess = (
  scheduler: Layer.Layer<
    DigestScheduler,
    unknown,
    Redis | SubscriptionStore | DigestBuffer | SlackSender
  > = DigestScheduler.service
) => {
  const sender = Layer.succeed(
    SlackSender,
    makeWebApiSender({ token: Redacted.make(slack.token), slackApiUrl: slack.url, timeoutMs: 600 })
  )
  const base = Layer.mergeAll(SubscriptionStore.layer, DigestBuffer.layer).pipe(
    Layer.provideMerge(testRedisLayer(prefix))
  )
  const runtime = ManagedRuntime.make(scheduler.pipe(Layer.provideMerge(base), Layer.provide(sender)))
  runtimes.push(runtime)
  return runtime
}

const use = <A>(
  runtime: ManagedRuntime.ManagedRuntime<Services, unknown>,
  f: (services: {
    scheduler: DigestScheduler["Service"]
    buffer: DigestBuffer["Service"]
    store: SubscriptionStore["Service"]
  }) => Effect.Effect<A, unknown>
) =>
  runtime.runPromise(
    Effect.gen(function* () {
      return yield* f({
        scheduler: yield* DigestScheduler,
        buffer: yield* DigestBuffer,
        store: yield* SubscriptionStore
      })
    })
  )

const posted = (channel: string) => slack.successful("chat.postMessage", channel)

beforeAll(async () => {
  slack = await startFakeSlack()
  raw = new IORedis(redisUrl, { maxRetriesPerRequest: 3 })
})

afterAll(async () => {
  for (const runtime of runtimes) await runtime.dispose()
  raw.disconnect()
  await slack.close()
  await deleteKeysUnder(prefix)
})

beforeEach(() => slack.clearFailures())

describe("DigestBuffer", () => {
  it("keeps one entry per event in its latest revision, takes corrections of what it holds, and skips notices not meant to alert", async () => {
    const runtime = notifierProcess()
    const subscription = await use(runtime, ({ store }) =>
      store.add({ channel: "C0BUFFER1", sectors: "all", digest: "daily@08:00" })
    )
    const first = bilateralEvent("ev-buffered", { title: "First report" })
    await use(runtime, ({ buffer }) =>
      Effect.all(
        [
          buffer.add(subscription, newEventNotice(first)),
          buffer.add(subscription, {
            kind: "source_added",
            event: {
              ...first,
              revision: 2,
              sources: [...first.sources, { itemId: "other", title: "Second report", outlet: "Other Wire" }]
            },
            alert: true
          }),
          buffer.add(subscription, newEventNotice(bilateralEvent("ev-old"), false))
        ],
        { concurrency: 1 }
      )
    )
    const pending = await use(runtime, ({ buffer }) => buffer.pending(subscription.id))
    expect(pending.events.map((event) => [event.id, event.revision, event.sources.length])).toEqual([
      ["ev-buffered", 2, 2]
    ])

    // An older revision arriving late does not replace the newer one.
    await use(runtime, ({ buffer }) => buffer.add(subscription, newEventNotice(first)))
    expect((await use(runtime, ({ buffer }) => buffer.pending(subscription.id))).events[0]?.revision).toBe(2)

    // A correction replaces the buffered copy; a correction of an event never buffered adds nothing.
    const corrected = { ...first, revision: 3, classification: { ...first.classification, title: "Corrected report" } }
    await use(runtime, ({ buffer }) =>
      buffer.revise(subscription, { kind: "event_updated", event: corrected, alert: false })
    )
    await use(runtime, ({ buffer }) =>
      buffer.revise(subscription, { kind: "event_updated", event: bilateralEvent("ev-never-buffered"), alert: false })
    )
    const revised = await use(runtime, ({ buffer }) => buffer.pending(subscription.id))
    expect(revised.events.map((event) => [event.id, event.revision, event.classification.title])).toEqual([
      ["ev-buffered", 3, "Corrected report"]
    ])

    await use(runtime, ({ buffer }) => buffer.acknowledge(subscription.id, ["ev-buffered"]))
    // A follow-up to an event already sent in a digest does not bring it back.
    await use(runtime, ({ buffer }) =>
      buffer.add(subscription, { kind: "source_added", event: { ...first, revision: 4 }, alert: true })
    )
    expect((await use(runtime, ({ buffer }) => buffer.pending(subscription.id))).events).toEqual([])
  })
})

describe("DigestScheduler", () => {
  it("posts one digest message, grouped by sector and escaped, once across two notifier processes", async () => {
    const one = notifierProcess()
    const two = notifierProcess()
    const subscription = await use(one, ({ store }) =>
      store.add({ channel: "C0DIGEST1", sectors: ["defence", "space"], digest: "daily@08:00", tz: "Asia/Kolkata" })
    )
    const events = [
      bilateralEvent("ev-1", {
        title: "Joint naval exercise off Goa <!channel>",
        sectors: ["defence", "maritime_ports"]
      }),
      bilateralEvent("ev-2", { title: "ISRO & ASI sign earth-observation pact", sectors: ["space"] }),
      bilateralEvent("ev-3", { title: "Defence-industry seminar in Rome", sectors: ["defence"] })
    ]
    await use(one, ({ buffer }) => Effect.forEach(events, (event) => buffer.add(subscription, newEventNotice(event))))

    const due = new Date(nextDigestRun(subscription.digest!, new Date(subscription.createdAt)).getTime() + 30_000)
    const [fromOne, fromTwo] = await Promise.all([
      use(one, ({ scheduler }) => scheduler.runDue(due)),
      use(two, ({ scheduler }) => scheduler.runDue(due))
    ])
    const outcomes = [...fromOne, ...fromTwo]
      .filter((result) => result.subscriptionId === subscription.id)
      .map((result) => result.outcome)
    expect(outcomes).toContain("posted")
    expect(outcomes.filter((outcome) => outcome === "posted")).toHaveLength(1)

    const calls = posted("C0DIGEST1")
    expect(calls).toHaveLength(1)
    const body = calls[0]!.body as { text: string; blocks: Array<{ type: string; text?: { text: string } }> }
    const sections = body.blocks.filter((block) => block.type === "section").map((block) => block.text!.text)
    expect(sections.map((text) => text.split("\n")[0])).toEqual(["*Defence*", "*Space*"])
    expect(sections[0]).toContain("Joint naval exercise off Goa &lt;!channel&gt;")
    expect(sections[0]).toContain("Defence-industry seminar in Rome")
    expect(sections[1]).toContain("ISRO &amp; ASI sign earth-observation pact")
    expect(body.text).not.toContain("<!channel>")
    expect(body.text).toContain("3 developments")

    // Done: the buffer is empty and the same run is not posted again.
    expect((await use(two, ({ buffer }) => buffer.pending(subscription.id))).events).toEqual([])
    expect(await use(two, ({ scheduler }) => scheduler.runDue(new Date(due.getTime() + 60_000)))).toEqual([])
    expect(posted("C0DIGEST1")).toHaveLength(1)

    // Next day, nothing new: nothing is posted, and the run counts as done.
    const nextDay = new Date(due.getTime() + 24 * 3600_000)
    const quiet = await use(one, ({ scheduler }) => scheduler.runDue(nextDay))
    expect(quiet.filter((result) => result.subscriptionId === subscription.id)).toEqual([
      expect.objectContaining({ outcome: "nothing_new" })
    ])
    expect(posted("C0DIGEST1")).toHaveLength(1)
  })

  it("does not post a digest before its first scheduled time after the subscription was made", async () => {
    const runtime = notifierProcess()
    const subscription = await use(runtime, ({ store }) =>
      store.add({ channel: "C0DIGEST2", sectors: "all", digest: "weekly@mon@08:00", tz: "Europe/Rome" })
    )
    await use(runtime, ({ buffer }) => buffer.add(subscription, newEventNotice(bilateralEvent("ev-early"))))
    const firstRun = nextDigestRun(subscription.digest!, new Date(subscription.createdAt))
    // Other tests' subscriptions may fall due at the same moment: only this one's runs count.
    const own = (results: ReadonlyArray<{ readonly subscriptionId: string }>) =>
      results.filter((result) => result.subscriptionId === subscription.id)
    expect(own(await use(runtime, ({ scheduler }) => scheduler.runDue(new Date(firstRun.getTime() - 1))))).toEqual([])
    expect(posted("C0DIGEST2")).toHaveLength(0)
    const results = await use(runtime, ({ scheduler }) => scheduler.runDue(firstRun))
    expect(own(results)).toEqual([expect.objectContaining({ outcome: "posted", events: 1 })])
  })

  it("retries after Slack fails, without posting twice", async () => {
    const runtime = notifierProcess()
    const subscription = await use(runtime, ({ store }) =>
      store.add({ channel: "C0DIGEST3", sectors: "all", digest: "daily@06:00" })
    )
    await use(runtime, ({ buffer }) => buffer.add(subscription, newEventNotice(bilateralEvent("ev-retry"))))
    const due = nextDigestRun(subscription.digest!, new Date(subscription.createdAt))

    slack.failNext("chat.postMessage", "C0DIGEST3", { status: 500 })
    expect(await use(runtime, ({ scheduler }) => scheduler.runDue(due))).toEqual([
      expect.objectContaining({ outcome: "failed" })
    ])
    expect(posted("C0DIGEST3")).toHaveLength(0)
    expect((await use(runtime, ({ buffer }) => buffer.pending(subscription.id))).events).toHaveLength(1)

    expect(await use(runtime, ({ scheduler }) => scheduler.runDue(new Date(due.getTime() + 60_000)))).toEqual([
      expect.objectContaining({ outcome: "posted" })
    ])
    expect(posted("C0DIGEST3")).toHaveLength(1)
  })

  /** Developments whose title, outlets and source URLs are dense with "&", which escaping makes five times longer. */
  const denseEvents = (tag: string, count: number) =>
    Array.from({ length: count }, (_, index) =>
      bilateralEvent(
        `ev-${tag}-${index}`,
        {
          title: `R&D & MoU ${index} ${"&".repeat(200)}`,
          url: `https://wire.example/${index}?${"a=1&b=2&".repeat(200)}`,
          sectors: [index % 2 === 0 ? "trade" : "defence"]
        },
        {
          sources: Array.from({ length: 20 }, (_, source) => ({
            itemId: `i-${tag}-${index}-${source}`,
            title: "&".repeat(300),
            outlet: `Outlet & Co ${source}`,
            url: `https://wire${source}.example/?${"x=1&".repeat(400)}`
          }))
        }
      )
    )

  it("a digest of 60 developments with long &-dense URLs goes out as messages that all fit Slack's limits", async () => {
    const runtime = notifierProcess()
    const subscription = await use(runtime, ({ store }) =>
      store.add({ channel: "C0DENSE01", sectors: "all", digest: "daily@04:00" })
    )
    const events = denseEvents("dense", 60)
    await use(runtime, ({ buffer }) =>
      Effect.forEach(events, (event) => buffer.add(subscription, newEventNotice(event)))
    )
    const due = nextDigestRun(subscription.digest!, new Date(subscription.createdAt))

    const results = await use(runtime, ({ scheduler }) => scheduler.runDue(due))
    expect(results.filter((result) => result.subscriptionId === subscription.id)).toEqual([
      expect.objectContaining({ outcome: "posted", events: 60 })
    ])
    const calls = slack.calls.filter((call) => call.method === "chat.postMessage" && call.channel === "C0DENSE01")
    expect(calls.length).toBeGreaterThan(1)
    // The stand-in answers as Slack would: every one was accepted.
    expect(calls.map((call) => call.error)).toEqual(calls.map(() => undefined))
    expect((await use(runtime, ({ buffer }) => buffer.pending(subscription.id))).events).toEqual([])
  })

  it("a message Slack refuses as a body is reported, not retried; the other messages go out and its events stay buffered", async () => {
    const runtime = notifierProcess()
    const subscription = await use(runtime, ({ store }) =>
      store.add({ channel: "C0DENSE02", sectors: "all", digest: "daily@03:00" })
    )
    await use(runtime, ({ buffer }) =>
      Effect.forEach(denseEvents("refused", 60), (event) => buffer.add(subscription, newEventNotice(event)))
    )
    const due = nextDigestRun(subscription.digest!, new Date(subscription.createdAt))

    slack.failNext("chat.postMessage", "C0DENSE02", { status: 200, error: "msg_blocks_too_long" })
    const [result] = (await use(runtime, ({ scheduler }) => scheduler.runDue(due))).filter(
      (found) => found.subscriptionId === subscription.id
    )
    expect(result).toMatchObject({ outcome: "posted", error: expect.stringContaining("msg_blocks_too_long") })
    const left = (await use(runtime, ({ buffer }) => buffer.pending(subscription.id))).events.length
    expect(left).toBeGreaterThan(0)
    expect((result?.events ?? 0) + left).toBe(60)
    const callsAfterRun = slack.calls.filter((call) => call.channel === "C0DENSE02").length
    expect(slack.successful("chat.postMessage", "C0DENSE02").length).toBe(callsAfterRun - 1)

    // Checks later in the same period post nothing more: the refused body is not retried.
    for (const minutes of [1, 2, 5])
      await use(runtime, ({ scheduler }) => scheduler.runDue(new Date(due.getTime() + minutes * 60_000)))
    expect(slack.calls.filter((call) => call.channel === "C0DENSE02")).toHaveLength(callsAfterRun)
  })

  it("after a permanent failure (channel gone) does not retry the run every minute, and keeps the events", async () => {
    const runtime = notifierProcess()
    const subscription = await use(runtime, ({ store }) =>
      store.add({ channel: "C0DIGEST6", sectors: "all", digest: "daily@05:00" })
    )
    await use(runtime, ({ buffer }) => buffer.add(subscription, newEventNotice(bilateralEvent("ev-gone"))))
    const due = nextDigestRun(subscription.digest!, new Date(subscription.createdAt))

    slack.failNext("chat.postMessage", "C0DIGEST6", { status: 200, error: "channel_not_found" })
    const first = await use(runtime, ({ scheduler }) => scheduler.runDue(due))
    expect(first.filter((result) => result.subscriptionId === subscription.id)).toEqual([
      expect.objectContaining({ outcome: "failed", error: expect.stringContaining("channel_not_found") })
    ])
    const minuteLater = await use(runtime, ({ scheduler }) => scheduler.runDue(new Date(due.getTime() + 60_000)))
    expect(minuteLater.filter((result) => result.subscriptionId === subscription.id)).toEqual([
      expect.objectContaining({ outcome: "taken" })
    ])
    expect(
      slack.calls.filter((call) => call.method === "chat.postMessage" && call.channel === "C0DIGEST6")
    ).toHaveLength(1)
    expect((await use(runtime, ({ buffer }) => buffer.pending(subscription.id))).events).toHaveLength(1)
  })

  it("finds a digest Slack accepted before the failure was seen, instead of posting it again", async () => {
    // Due now by the real clock, since Slack's message timestamps are real: made long ago, runs daily at 00:00 UTC.
    const subscription: Subscription = {
      id: "sub-timeout1",
      channel: "C0DIGEST4",
      sectors: "all",
      digest: { every: "daily", at: "00:00", tz: "UTC" },
      createdAt: "2020-01-01T00:00:00.000Z"
    }
    await raw.hset(subscriptionsKey(prefix), subscription.id, JSON.stringify(subscription))
    const runtime = notifierProcess()
    await use(runtime, ({ buffer }) => buffer.add(subscription, newEventNotice(bilateralEvent("ev-timeout"))))
    const now = new Date()

    // Slack takes the message but its answer arrives after the client gave up.
    slack.setBeforeRespond(async (call) => {
      if (call.method === "chat.postMessage" && call.channel === "C0DIGEST4")
        await new Promise((resolve) => setTimeout(resolve, 1_000))
    })
    try {
      const first = await use(runtime, ({ scheduler }) => scheduler.runDue(now))
      expect(first.filter((result) => result.subscriptionId === subscription.id)).toEqual([
        expect.objectContaining({ outcome: "failed" })
      ])
    } finally {
      slack.setBeforeRespond(undefined)
    }
    expect(slack.messages.filter((message) => message.channel === "C0DIGEST4")).toHaveLength(1)

    const second = await use(runtime, ({ scheduler }) => scheduler.runDue(new Date(now.getTime() + 60_000)))
    expect(second.filter((result) => result.subscriptionId === subscription.id)).toEqual([
      expect.objectContaining({ outcome: "posted" })
    ])
    expect(slack.messages.filter((message) => message.channel === "C0DIGEST4")).toHaveLength(1)
    expect((await use(runtime, ({ buffer }) => buffer.pending(subscription.id))).events).toEqual([])
    await raw.hdel(subscriptionsKey(prefix), subscription.id)
  })

  it("as a layer, checks on its own interval and posts what is due", async () => {
    // Written directly so the subscription predates today's run and is due right now.
    const subscription: Subscription = {
      id: "sub-layered1",
      channel: "C0DIGEST5",
      sectors: "all",
      digest: { every: "daily", at: "00:00", tz: "UTC" },
      createdAt: "2020-01-01T00:00:00.000Z"
    }
    await raw.hset(subscriptionsKey(prefix), subscription.id, JSON.stringify(subscription))
    const feeder = notifierProcess()
    await use(feeder, ({ buffer }) => buffer.add(subscription, newEventNotice(bilateralEvent("ev-layer"))))

    const checking = notifierProcess(DigestScheduler.layerWith({ checkIntervalMs: 50 }))
    // A ManagedRuntime builds its layer on first use; building it starts the periodic check.
    await checking.runPromise(Effect.void)
    await slack.waitFor(
      (calls) =>
        calls.some(
          (call) => call.method === "chat.postMessage" && call.channel === "C0DIGEST5" && call.error === undefined
        ),
      5_000
    )
    // Recorded just after Slack's answer reaches the scheduler.
    await expect
      .poll(() => raw.get(digestKeys(prefix, subscription.id).last), { timeout: 2_000, interval: 20 })
      .not.toBeNull()
    // Several more checks pass without posting the same digest again.
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(posted("C0DIGEST5")).toHaveLength(1)
  })

  it("refuses a DIGEST_CHECK_SECONDS that is not a positive whole number, naming it", async () => {
    for (const value of ["0", "soon"]) {
      const layer = DigestScheduler.layer.pipe(
        Layer.provide(ConfigProvider.layer(ConfigProvider.fromEnvRecord({ DIGEST_CHECK_SECONDS: value })))
      )
      const exit = await Effect.runPromiseExit(Effect.scoped(Layer.build(layer)) as Effect.Effect<unknown, unknown>)
      expect(exit._tag).toBe("Failure")
      expect(String(exit._tag === "Failure" ? exit.cause : "")).toContain("DIGEST_CHECK_SECONDS")
    }
  })
})
