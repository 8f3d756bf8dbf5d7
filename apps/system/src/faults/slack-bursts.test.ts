import { startFakeSlack, type FakeSlack } from "@india-italy/notifier"
import { describe, expect, it } from "vitest"
import { waitFor, type RunningProcess } from "../testing/processes.ts"
import {
  cleanupAfterEach,
  defaultRedisUrl,
  deleteKeys,
  duplicatedDeliveries,
  makeStories,
  makeTempDir,
  missingStories,
  notifierEnv,
  relevantStories,
  startNotifierProcess,
  startStoryFeed,
  startWorkerProcess,
  stopAll,
  topLevelAlertCounts,
  uniquePrefix,
  workerEnv
} from "../testing/system-harness.ts"

const channel = "CBURSTS001"
const cleanups = cleanupAfterEach()

describe("Slack answering 429 and 500 in bursts", () => {
  it("delivers every alert exactly once while Slack rate limits and fails in bursts", async () => {
    const started = Date.now()
    const prefix = uniquePrefix("bursts")
    cleanups.push(() => deleteKeys(defaultRedisUrl, prefix))
    const slack: FakeSlack = await startFakeSlack()
    cleanups.push(() => slack.close())
    // Bursts queued before anything flows: the first posts meet a 429 burst, then 500s, then
    // another 429, so retries of every kind overlap with fresh deliveries.
    slack.failNext("chat.postMessage", channel, { status: 429, retryAfter: 1, times: 3 })
    slack.failNext("chat.postMessage", channel, { status: 500, times: 4 })
    slack.failNext("chat.postMessage", channel, { status: 503, times: 2 })
    const stories = makeStories(prefix, 0, 6)
    const feed = await startStoryFeed("Bursts Wire", stories)
    cleanups.push(() => feed.close())
    const dir = await makeTempDir("bursts")
    cleanups.push(() => dir.remove())
    const feedsFile = await dir.writeJson("feeds.json", [{ url: feed.url, name: "Bursts Wire", intervalMinutes: 1 }])
    const subscriptionsFile = await dir.writeJson("subscriptions.json", {
      subscriptions: [{ channel, sectors: "all" }]
    })
    const processes: Array<RunningProcess> = []
    cleanups.push(() => stopAll(processes))
    processes.push(startNotifierProcess(notifierEnv({ redisUrl: defaultRedisUrl, prefix, slack, subscriptionsFile })))
    processes.push(startWorkerProcess(workerEnv({ redisUrl: defaultRedisUrl, prefix, feedsFile })))

    const expected = relevantStories(stories)
    expect(expected.length).toBeGreaterThan(0)
    await waitFor(
      `every relevant story in ${channel} (missing: ${missingStories(slack, channel, expected).join(", ")})`,
      () => missingStories(slack, channel, expected).length === 0,
      40_000,
      100
    ).catch((error: unknown) => {
      throw new Error(`${String(error)}\n${processes.map((p) => p.output()).join("\n")}`)
    })
    // A second later, nothing more may arrive: late retries would show up as duplicates.
    await new Promise((resolve) => setTimeout(resolve, 1_500))

    const failuresServed = slack.calls.filter((call) => call.method === "chat.postMessage" && call.status !== 200)
    expect(failuresServed.filter((call) => call.status === 429).length).toBe(3)
    expect(failuresServed.filter((call) => call.status >= 500).length).toBe(6)
    expect(missingStories(slack, channel, expected)).toEqual([])
    expect(duplicatedDeliveries(slack)).toEqual([])
    const counts = topLevelAlertCounts(slack)
    expect(counts.size).toBeGreaterThan(0)
    expect([...counts].filter(([, count]) => count !== 1)).toEqual([])
    console.info(
      `slack-bursts: ${expected.length} relevant stories, ${counts.size} events alerted once each through 3×429 and 6×5xx in ${Date.now() - started} ms`
    )
  }, 60_000)
})
