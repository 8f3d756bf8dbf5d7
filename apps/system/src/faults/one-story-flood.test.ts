import { queueNames } from "@india-italy/domain"
import { startFakeSlack, type FakeSlack } from "@india-italy/notifier"
import { Queue } from "bullmq"
import { describe, expect, it } from "vitest"
import type { DemoStory } from "../demo/demo-stories.ts"
import { runEntryPoint, waitFor, type RunningProcess } from "../testing/processes.ts"
import {
  classifiedItems,
  cleanupAfterEach,
  defaultRedisUrl,
  deleteKeys,
  freePort,
  makeTempDir,
  memoryUsageByArea,
  memoryUsageUnder,
  startStoryFeed,
  stopAll,
  topLevelAlertCounts,
  uniquePrefix
} from "../testing/system-harness.ts"

const feedCount = 4
const reportsPerFeed = 500
const reportCount = feedCount * reportsPerFeed
/** What the issue allows the flood to add to Redis under the run's own prefix. */
const redisGrowthBoundMb = 64
/** What the whole flood may take on the shared 2-core machine, from the first poll to the last Slack call. */
const durationBoundMs = 180_000
/** Set here so the bound on thread traffic below is computed from the settings the product runs with. */
const threadMaxReplies = 10
const threadUpdateIntervalMs = 10_000
const cleanups = cleanupAfterEach()

/** `count` reports of one development (a defence pact signed in New Delhi today) from one outlet. */
const floodStories = (outlet: string, count: number, now: Date): ReadonlyArray<DemoStory> =>
  Array.from({ length: count }, (_, n) => ({
    guid: `${outlet}-${n}`,
    title: "India and Italy sign defence industrial cooperation pact in New Delhi",
    body:
      `New Delhi (${outlet} report ${n}): India and Italy on Tuesday signed a defence industrial cooperation ` +
      "agreement during talks between Defence Minister Rajnath Singh and Italian Defence Minister Guido Crosetto " +
      "in New Delhi, officials said.",
    published: new Date(now.getTime() - 3_600_000 + n * 1_000).toISOString(),
    link: `https://${outlet}.example/defence-pact/${n}`
  }))

const blockTexts = (blocks: unknown): string => JSON.stringify(blocks ?? [])

/** Slack calls to `channel`, by method. */
const callsTo = (slack: FakeSlack, channel: string) => ({
  posts: slack.successful("chat.postMessage", channel),
  updates: slack.successful("chat.update", channel),
  all: slack.calls.filter((call) => call.channel === channel)
})

describe("a flood of one story: 2,000 reports of one development from four feeds through pnpm start", () => {
  it(
    "processes every report, alerts once, bounds the thread and keeps Redis growth under 64 MB",
    async () => {
      const channel = "CFLOOD0001"
      const prefix = uniquePrefix("flood")
      cleanups.push(() => deleteKeys(defaultRedisUrl, prefix))
      const slack = await startFakeSlack()
      cleanups.push(() => slack.close())
      const feedNames = Array.from({ length: feedCount }, (_, index) => `Flood Wire ${index + 1}`)
      const feeds = await Promise.all(feedNames.map((name) => startStoryFeed(name)))
      for (const feed of feeds) cleanups.push(() => feed.close())
      const dir = await makeTempDir("flood")
      cleanups.push(() => dir.remove())
      const port = await freePort()
      const processes: Array<RunningProcess> = []
      cleanups.push(() => stopAll(processes))
      const product = runEntryPoint("apps/system/src/main.ts", {
        REDIS_URL: defaultRedisUrl,
        REDIS_PREFIX: prefix,
        METRICS_PORT: String(port),
        FEEDS_FILE: await dir.writeJson(
          "feeds.json",
          feeds.map((feed, index) => ({ url: feed.url, name: feedNames[index], intervalMinutes: 1 }))
        ),
        SUBSCRIPTIONS_FILE: await dir.writeJson("subscriptions.json", { subscriptions: [{ channel, sectors: "all" }] }),
        FEEDS_ALLOW_PRIVATE: "true",
        ALERT_MAX_AGE_HOURS: "0",
        POLL_TICK_SECONDS: "1",
        MIN_POLL_INTERVAL_SECONDS: "1",
        MAX_POLL_INTERVAL_SECONDS: "2",
        SLACK_BOT_TOKEN: slack.token,
        SLACK_API_URL: slack.url,
        SLACK_SIGNING_SECRET: "",
        OPS_CHANNEL: "",
        // No pacing: the flood's Slack traffic is what the product decides to send, not what pacing spreads out.
        CHANNEL_INTERVAL_MS: "0",
        THREAD_MAX_REPLIES: String(threadMaxReplies),
        THREAD_UPDATE_INTERVAL_MS: String(threadUpdateIntervalMs),
        SHUTDOWN_TIMEOUT_MS: "3000",
        NOTIFIER_SHUTDOWN_TIMEOUT_MS: "3000"
      })
      processes.push(product)
      const healthy = async () =>
        (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined))?.status === 200
      await waitFor("/healthz to answer 200", healthy, 60_000, 100).catch((error: unknown) => {
        throw new Error(`${String(error)}\n${product.output()}`)
      })
      const baselineBytes = await memoryUsageUnder(defaultRedisUrl, prefix)
      const redisAt = new URL(defaultRedisUrl)
      const connection = { host: redisAt.hostname, port: Number(redisAt.port || 6379), maxRetriesPerRequest: null }
      const queueList = [queueNames.classify, queueNames.notices, queueNames.deliveries]
      const queues = queueList.map((name) => new Queue(name, { connection, prefix }))
      cleanups.push(() => Promise.all(queues.map((queue) => queue.close())).then(() => undefined))
      const [classify] = queues

      // The flood: every feed serves its 500 reports from the next poll on.
      const started = Date.now()
      const now = new Date()
      feeds.forEach((feed, index) => feed.stories.push(...floodStories(`flood-wire-${index + 1}`, reportsPerFeed, now)))

      const parentShowsEveryReport = () => {
        const parents = slack.messages.filter(
          (message) => message.channel === channel && message.threadTs === undefined
        )
        const showsAll = (blocks: unknown) => blockTexts(blocks).includes(`*Sources* (${reportCount})`)
        return parents.length > 0 && parents.every((parent) => showsAll(parent.blocks))
      }
      const idle = async () => {
        for (const queue of queues) {
          const counts = await queue.getJobCounts("waiting", "active", "delayed", "prioritized")
          if (Object.values(counts).some((count) => count > 0)) return false
        }
        return true
      }
      const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)
      const progress = async () => {
        const counts = `${JSON.stringify(await classify!.getJobCounts())}, ${await classifiedItems(classify!)} items`
        const held = mb(await memoryUsageUnder(defaultRedisUrl, prefix))
        return (
          `classify ${counts}; Slack calls ${callsTo(slack, channel).all.length}; ` +
          `Redis under the prefix ${held} MB after ${Date.now() - started} ms`
        )
      }
      await waitFor(
        `all ${reportCount} reports classified, every queue drained and the alert showing ${reportCount} sources`,
        async () => {
          return (await classifiedItems(classify!)) >= reportCount && parentShowsEveryReport() && (await idle())
        },
        durationBoundMs,
        500
      ).catch(async (error: unknown) => {
        throw new Error(`${String(error)}; ${await progress()}\n${product.output().slice(-4000)}`)
      })
      const durationMs = Date.now() - started
      const areas = await memoryUsageByArea(defaultRedisUrl, prefix)
      const grownBytes = [...areas.values()].reduce((sum, bytes) => sum + bytes, 0) - baselineBytes
      const traffic = callsTo(slack, channel)
      const replies = traffic.posts.filter((call) => call.body["thread_ts"] !== undefined)

      console.info(
        `flood: ${reportCount} reports of one story in ${durationMs} ms; ` +
          `Redis under the prefix grew ${mb(grownBytes)} MB ` +
          `(${[...areas]
            .sort((a, b) => b[1] - a[1])
            .map(([area, bytes]) => `${area} ${mb(bytes)}`)
            .join(", ")}); ` +
          `Slack requests to the channel ${traffic.all.length} (${traffic.posts.length - replies.length} top-level, ` +
          `${replies.length} thread replies, ${traffic.updates.length} chat.update)`
      )
      expect((await classify!.getJobCounts("failed"))["failed"] ?? 0).toBe(0)
      expect([...topLevelAlertCounts(slack).values()]).toEqual([1])
      expect(traffic.posts.length - replies.length).toBe(1)
      // Each reply also refreshes the parent; past the limit the parent is refreshed at most once per interval.
      expect(replies.length).toBeLessThanOrEqual(threadMaxReplies)
      const refreshBound = threadMaxReplies + Math.ceil(durationMs / threadUpdateIntervalMs) + 1
      expect(traffic.updates.length).toBeLessThanOrEqual(refreshBound)
      expect(grownBytes / 1024 / 1024, "Redis growth under the run's prefix (MB)").toBeLessThanOrEqual(
        redisGrowthBoundMb
      )
      expect(durationMs).toBeLessThan(durationBoundMs)
    },
    durationBoundMs + 90_000
  )
})
