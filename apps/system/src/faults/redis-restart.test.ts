import { startFakeSlack } from "@india-italy/notifier"
import { describe, expect, it } from "vitest"
import { startPrivateRedis, redisServerAvailable } from "../testing/private-redis.ts"
import { waitFor, type RunningProcess } from "../testing/processes.ts"
import {
  cleanupAfterEach,
  deleteKeys,
  duplicatedDeliveries,
  freePort,
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

const channel = "CRESTART01"
const cleanups = cleanupAfterEach()
const hasRedisServer = redisServerAvailable()
if (!hasRedisServer)
  console.warn("redis-restart: SKIPPED — no redis-server on PATH (install redis-server to run this fault test)")

describe("Redis restarting mid-run", () => {
  it.skipIf(!hasRedisServer)(
    "loses no item and posts no alert twice when Redis crashes and comes back (needs redis-server on PATH)",
    async () => {
      const started = Date.now()
      const dir = await makeTempDir("redis-restart")
      cleanups.push(() => dir.remove())
      const redis = await startPrivateRedis(await freePort(), dir.path)
      cleanups.push(() => redis.stop())
      const prefix = uniquePrefix("redis-restart")
      cleanups.push(() => (redis.running() ? deleteKeys(redis.url, prefix) : Promise.resolve()))
      const slack = await startFakeSlack()
      cleanups.push(() => slack.close())
      const before = makeStories(prefix, 0, 4)
      const inFlight = makeStories(prefix, 4, 4)
      const whileDown = makeStories(prefix, 8, 4)
      const feed = await startStoryFeed("Restart Wire", before)
      cleanups.push(() => feed.close())
      const feedsFile = await dir.writeJson("feeds.json", [{ url: feed.url, name: "Restart Wire", intervalMinutes: 1 }])
      const subscriptionsFile = await dir.writeJson("subscriptions.json", {
        subscriptions: [{ channel, sectors: "all" }]
      })
      const processes: Array<RunningProcess> = []
      cleanups.push(() => stopAll(processes))
      // A job Redis hands out in the instant it dies is active in Redis but unknown to every process
      // (the reply never arrived). Only BullMQ's stalled-job check brings it back, after the lock
      // expires and a check runs: up to twice JOB_LOCK_MS. At the 30 s default that outlasts the
      // wait below, so the lock is short here, as in the SIGKILL test.
      const lock = { JOB_LOCK_MS: "3000" }
      processes.push(
        startNotifierProcess(notifierEnv({ redisUrl: redis.url, prefix, slack, subscriptionsFile, extra: lock }))
      )
      processes.push(startWorkerProcess(workerEnv({ redisUrl: redis.url, prefix, feedsFile, extra: lock })))
      const dump = () => processes.map((p) => p.output()).join("\n")

      const firstBatch = relevantStories(before)
      await waitFor(
        "the first batch in Slack",
        () => missingStories(slack, channel, firstBatch).length === 0,
        30_000,
        100
      ).catch((error: unknown) => {
        throw new Error(`${String(error)}\n${dump()}`)
      })

      // The crash comes right after a poll has picked up new items, so jobs are mid-pipeline when
      // Redis dies; more news arrives while it is down; then it returns on the same port.
      feed.stories.push(...inFlight)
      const requestsBefore = feed.requests.length
      await waitFor("a poll that sees the second batch", () => feed.requests.length > requestsBefore, 10_000, 5)
      await redis.crash()
      feed.stories.push(...whileDown)
      await new Promise((resolve) => setTimeout(resolve, 2_000))
      await redis.start()
      const downAt = Date.now()

      const everything = relevantStories([...before, ...inFlight, ...whileDown])
      await waitFor(
        "every story, before and after the restart, in Slack",
        () => missingStories(slack, channel, everything).length === 0,
        40_000,
        100
      ).catch((error: unknown) => {
        throw new Error(`${String(error)}; missing ${missingStories(slack, channel, everything).join(", ")}\n${dump()}`)
      })
      const recoveredMs = Date.now() - downAt
      await new Promise((resolve) => setTimeout(resolve, 1_500))

      for (const running of processes)
        expect(running.child.exitCode, `a process exited during the outage:\n${running.output()}`).toBeNull()
      expect(duplicatedDeliveries(slack)).toEqual([])
      const counts = topLevelAlertCounts(slack)
      expect(counts.size).toBe(everything.length)
      expect([...counts].filter(([, count]) => count !== 1)).toEqual([])
      console.info(
        `redis-restart: ${everything.length} stories alerted once each; after the restart the rest arrived in ${recoveredMs} ms; total ${Date.now() - started} ms`
      )
    },
    60_000
  )
})
