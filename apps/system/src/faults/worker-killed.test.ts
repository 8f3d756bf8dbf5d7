import { queueNames } from "@india-italy/domain"
import { startFakeSlack } from "@india-italy/notifier"
import { Queue } from "bullmq"
import { Redis as IORedis } from "ioredis"
import { describe, expect, it } from "vitest"
import { waitFor, type RunningProcess } from "../testing/processes.ts"
import {
  cleanupAfterEach,
  defaultRedisUrl,
  deleteKeys,
  killTree,
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

const cleanups = cleanupAfterEach()

describe("a process killed mid-job", () => {
  it("a second worker process finishes what a SIGKILLed worker had in hand; every alert is posted once", async () => {
    const started = Date.now()
    const channel = "CWKILLED01"
    const prefix = uniquePrefix("worker-killed")
    cleanups.push(() => deleteKeys(defaultRedisUrl, prefix))
    const slack = await startFakeSlack()
    cleanups.push(() => slack.close())
    const stories = makeStories(prefix, 0, 150)
    const feed = await startStoryFeed("Killed Wire", stories)
    cleanups.push(() => feed.close())
    const dir = await makeTempDir("worker-killed")
    cleanups.push(() => dir.remove())
    const feedsFile = await dir.writeJson("feeds.json", [{ url: feed.url, name: "Killed Wire", intervalMinutes: 1 }])
    const subscriptionsFile = await dir.writeJson("subscriptions.json", {
      subscriptions: [{ channel, sectors: "all" }]
    })
    const classify = new Queue(queueNames.classify, {
      connection: {
        host: "127.0.0.1",
        port: Number(new URL(defaultRedisUrl).port || 6379),
        maxRetriesPerRequest: null
      },
      prefix
    })
    cleanups.push(() => classify.close())
    const processes: Array<RunningProcess> = []
    cleanups.push(() => stopAll(processes))
    processes.push(startNotifierProcess(notifierEnv({ redisUrl: defaultRedisUrl, prefix, slack, subscriptionsFile })))
    // One classify job at a time, so the kill lands with one in hand and most still queued.
    const env = workerEnv({
      redisUrl: defaultRedisUrl,
      prefix,
      feedsFile,
      extra: { CLASSIFY_CONCURRENCY: "1", JOB_LOCK_MS: "3000" }
    })
    const first = startWorkerProcess(env)
    processes.push(first)

    let atKill = { active: 0, waiting: 0, completed: 0 }
    await waitFor(
      "the first worker to be mid-way through the classify jobs",
      async () => {
        const counts = await classify.getJobCounts("active", "waiting", "completed")
        atKill = { active: counts["active"] ?? 0, waiting: counts["waiting"] ?? 0, completed: counts["completed"] ?? 0 }
        return atKill.active > 0 && atKill.completed > 0
      },
      30_000,
      5
    )
    await killTree(first)
    // What the first worker held when it died: these jobs must be finished by the second one.
    const heldIds = (await classify.getJobs(["active"])).map((job) => job.id!).filter((id) => id !== undefined)
    expect(heldIds.length).toBeGreaterThan(0)
    expect(atKill.completed).toBeLessThan(stories.length)
    const killedAt = Date.now()
    processes.push(startWorkerProcess(env))

    const expected = relevantStories(stories)
    await waitFor(
      "every story in Slack after the kill",
      () => missingStories(slack, channel, expected).length === 0,
      50_000,
      100
    ).catch((error: unknown) => {
      throw new Error(
        `${String(error)}; missing ${missingStories(slack, channel, expected).join(", ")}\n${processes.map((p) => p.output()).join("\n")}`
      )
    })
    const recoveredMs = Date.now() - killedAt
    // Nobody renews the dead worker's job lock; the second worker's stalled-job check moves the job
    // back to wait once the lock is gone and runs it (the item's notice is idempotent by job id).
    // JOB_LOCK_MS (lock and stalled-check interval) is 3 s here, so this takes a few seconds; in
    // production the default 30 s bounds how long a killed worker's job waits.
    await waitFor(
      `the job(s) the killed worker held (${heldIds.join(", ")}) to be completed by the second worker`,
      async () =>
        (await Promise.all(heldIds.map((id) => classify.getJobState(id)))).every((state) => state === "completed"),
      70_000,
      250
    ).catch(async (error: unknown) => {
      const states = await Promise.all(
        heldIds.map(
          async (id) =>
            `${id}: ${await classify.getJobState(id)}, ${JSON.stringify((await classify.getJob(id))?.failedReason ?? null)}`
        )
      )
      const client = new IORedis(defaultRedisUrl, { maxRetriesPerRequest: 3 })
      const locks = await Promise.all(
        heldIds.map(async (id) => `${id} lock pttl ${await client.pttl(`${prefix}:classify:${id}:lock`)}`)
      )
      const stalledSet = await client.smembers(`${prefix}:classify:stalled`)
      const checkTtl = await client.pttl(`${prefix}:classify:stalled-check`)
      const workers = await classify.getWorkers()
      client.disconnect()
      throw new Error(
        `${String(error)}; ${locks.join("; ")}; stalled set ${JSON.stringify(stalledSet)}; stalled-check pttl ${checkTtl}; workers ${workers.length}; now ${states.join("; ")}; classify counts ${JSON.stringify(await classify.getJobCounts())}\n${processes.map((p) => p.output()).join("\n")}`
      )
    })
    const stalledRecoveredMs = Date.now() - killedAt
    await new Promise((resolve) => setTimeout(resolve, 1_000))

    const counts = await classify.getJobCounts("active", "waiting", "failed", "completed")
    expect(counts["failed"]).toBe(0)
    expect(duplicatedDeliveries(slack)).toEqual([])
    const alerts = topLevelAlertCounts(slack)
    expect(alerts.size).toBe(expected.length)
    expect([...alerts].filter(([, count]) => count !== 1)).toEqual([])
    console.info(
      `worker-killed: killed with ${atKill.active} classify job(s) active, ${atKill.waiting} waiting, ${atKill.completed} done; ` +
        `all ${expected.length} alerts posted once ${recoveredMs} ms after the kill; stalled job(s) finished ${stalledRecoveredMs} ms after it; total ${Date.now() - started} ms`
    )
  }, 120_000)

  it("a second notifier process finishes a post whose poster was SIGKILLed waiting for Slack's answer, without posting twice", async () => {
    const started = Date.now()
    const channel = "CNKILLED01"
    const prefix = uniquePrefix("notifier-killed")
    cleanups.push(() => deleteKeys(defaultRedisUrl, prefix))
    const slack = await startFakeSlack()
    cleanups.push(() => slack.close())
    // Slack takes the post, then holds its answer until the poster has been killed: the crash
    // between "Slack accepted it" and "we recorded it", where a naive retry posts twice.
    let release: () => void = () => undefined
    const held = new Promise<void>((resolve) => (release = resolve))
    cleanups.push(async () => release())
    slack.setBeforeRespond(async (call) => {
      if (call.method === "chat.postMessage" && call.channel === channel) await held
    })
    const stories = makeStories(prefix, 0, 1)
    const feed = await startStoryFeed("Killed Poster Wire", stories)
    cleanups.push(() => feed.close())
    const dir = await makeTempDir("notifier-killed")
    cleanups.push(() => dir.remove())
    const feedsFile = await dir.writeJson("feeds.json", [
      { url: feed.url, name: "Killed Poster Wire", intervalMinutes: 1 }
    ])
    const subscriptionsFile = await dir.writeJson("subscriptions.json", {
      subscriptions: [{ channel, sectors: "all" }]
    })
    const processes: Array<RunningProcess> = []
    cleanups.push(() => stopAll(processes))
    // Short job locks and posting claims, so the dead poster's job comes back in seconds, not 30 s.
    const env = notifierEnv({
      redisUrl: defaultRedisUrl,
      prefix,
      slack,
      subscriptionsFile,
      extra: { JOB_LOCK_MS: "2000", SLACK_TIMEOUT_MS: "1000", POSTING_CLAIM_MS: "3000" }
    })
    const first = startNotifierProcess(env)
    processes.push(first, startWorkerProcess(workerEnv({ redisUrl: defaultRedisUrl, prefix, feedsFile })))

    await waitFor(
      "Slack to receive the alert",
      () => slack.messages.some((message) => message.channel === channel),
      30_000,
      20
    ).catch((error: unknown) => {
      throw new Error(`${String(error)}\n${processes.map((p) => p.output()).join("\n")}`)
    })
    await killTree(first)
    release()
    slack.setBeforeRespond(undefined)
    const killedAt = Date.now()
    processes.push(startNotifierProcess(env))

    // The second notifier must find the first post (by the delivery key in its metadata) and record it.
    await waitFor(
      "the second notifier to look for the interrupted post in the channel's history",
      () => slack.successful("conversations.history", channel).length > 0,
      30_000,
      50
    ).catch(async (error: unknown) => {
      const deliveries = new Queue(queueNames.deliveries, {
        connection: {
          host: "127.0.0.1",
          port: Number(new URL(defaultRedisUrl).port || 6379),
          maxRetriesPerRequest: null
        },
        prefix
      })
      const jobs = await deliveries.getJobs(["active", "waiting", "delayed", "failed", "completed"])
      const states = await Promise.all(
        jobs.map(
          async (job) =>
            `${job.id}:${await job.getState()} stalled=${(job as unknown as { stalledCounter?: number }).stalledCounter} attempts=${job.attemptsMade} reason=${job.failedReason} delayUntil=${job.delay}`
        )
      )
      await deliveries.close()
      throw new Error(
        `${String(error)}; deliveries: ${states.join(" | ")}; calls: ${slack.calls.map((call) => `${call.method}=${call.status}`).join(", ")}\n${processes.map((p) => p.output()).join("\n")}`
      )
    })
    const recoveredMs = Date.now() - killedAt
    // Time for a wrong second post to show up: one more lock period and claim lifetime.
    await new Promise((resolve) => setTimeout(resolve, 4_000))

    const posts = slack.messages.filter((message) => message.channel === channel && message.threadTs === undefined)
    expect(posts, "top-level posts in the channel").toHaveLength(1)
    expect(duplicatedDeliveries(slack)).toEqual([])
    expect(missingStories(slack, channel, relevantStories(stories))).toEqual([])
    console.info(
      `notifier-killed: interrupted post recovered from history ${recoveredMs} ms after the kill, posted once; total ${Date.now() - started} ms`
    )
  }, 60_000)
})
