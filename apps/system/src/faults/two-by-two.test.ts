import { startFakeSlack } from "@india-italy/notifier"
import { describe, expect, it } from "vitest"
import { waitFor, type RunningProcess } from "../testing/processes.ts"
import {
  cleanupAfterEach,
  acceptedPosts,
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

const channels = ["CTWOBYTWO1", "CTWOBYTWO2"]
const cleanups = cleanupAfterEach()

describe("two worker and two notifier processes on one Redis", () => {
  it("posts each alert once per channel and each follow-up once in its thread", async () => {
    const started = Date.now()
    const prefix = uniquePrefix("two-by-two")
    cleanups.push(() => deleteKeys(defaultRedisUrl, prefix))
    const slack = await startFakeSlack()
    cleanups.push(() => slack.close())
    const stories = makeStories(prefix, 0, 6)
    // A second outlet reports the first three developments again: one alert each, the copy a reply.
    const copies = stories.slice(0, 3).map((story) => ({
      ...story,
      guid: `${story.guid}-b`,
      link: `${story.link}-other-outlet`,
      title: `${story.title} (update)`
    }))
    const wireA = await startStoryFeed("Wire A", stories)
    const wireB = await startStoryFeed("Wire B", copies)
    cleanups.push(
      () => wireA.close(),
      () => wireB.close()
    )
    const dir = await makeTempDir("two-by-two")
    cleanups.push(() => dir.remove())
    const feedsFile = await dir.writeJson("feeds.json", [
      { url: wireA.url, name: "Wire A", intervalMinutes: 1 },
      { url: wireB.url, name: "Wire B", intervalMinutes: 1 }
    ])
    const subscriptionsFile = await dir.writeJson("subscriptions.json", {
      subscriptions: channels.map((channel) => ({ channel, sectors: "all" }))
    })
    const processes: Array<RunningProcess> = []
    cleanups.push(() => stopAll(processes))
    for (let index = 0; index < 2; index++) {
      processes.push(startNotifierProcess(notifierEnv({ redisUrl: defaultRedisUrl, prefix, slack, subscriptionsFile })))
      processes.push(startWorkerProcess(workerEnv({ redisUrl: defaultRedisUrl, prefix, feedsFile })))
    }

    const expected = relevantStories([...stories, ...copies])
    expect(expected.length).toBeGreaterThan(3)
    await waitFor(
      "every relevant story and copy in both channels",
      () => channels.every((channel) => missingStories(slack, channel, expected).length === 0),
      45_000,
      100
    ).catch((error: unknown) => {
      const missing = channels
        .map((channel) => `${channel}: ${missingStories(slack, channel, expected).join(", ")}`)
        .join("; ")
      throw new Error(`${String(error)} — missing ${missing}\n${processes.map((p) => p.output()).join("\n")}`)
    })
    // Both workers keep polling the same feeds; give them a few more polls to (wrongly) re-alert.
    const pollsBefore = wireA.requests.length
    await waitFor("two more polls of Wire A", () => wireA.requests.length >= pollsBefore + 2, 10_000)
    await new Promise((resolve) => setTimeout(resolve, 1_000))

    expect(duplicatedDeliveries(slack)).toEqual([])
    const counts = topLevelAlertCounts(slack)
    expect([...counts].filter(([, count]) => count !== 1)).toEqual([])
    for (const channel of channels) {
      const events = new Set(
        acceptedPosts(slack)
          .filter((post) => post.channel === channel && post.topLevel)
          .map((post) => post.eventId)
      )
      // Six distinct developments; the three copies joined theirs instead of making new alerts.
      expect(events.size, `events alerted in ${channel}`).toBe(relevantStories(stories).length)
      const replies = acceptedPosts(slack).filter((post) => post.channel === channel && !post.topLevel)
      for (const reply of replies)
        expect(events.has(reply.eventId), `reply ${reply.deliveryKey} belongs to an alerted event`).toBe(true)
      // A copy is a thread reply, or — when its notice overtook its first alert's — a source already
      // listed in that one top-level alert (every link reached the channel: checked above). Never more.
      expect(replies.length, `thread replies in ${channel}`).toBeLessThanOrEqual(relevantStories(copies).length)
      expect(new Set(replies.map((reply) => reply.deliveryKey)).size, `no reply twice in ${channel}`).toBe(
        replies.length
      )
    }
    console.info(
      `two-by-two: ${counts.size} (event, channel) alerts once each, ${expected.length} stories delivered by 2+2 processes in ${Date.now() - started} ms`
    )
  }, 60_000)
})
