import type { EventNotice } from "@india-italy/domain"
import { queueNames } from "@india-italy/domain"
import { Queue } from "bullmq"
import { mkdtemp, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Redis as IORedis } from "ioredis"
import { freePort } from "@india-italy/runtime"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { deletePrefix, eventually, redisUrl, testEnv, uniquePrefix } from "./test-support/pipeline-harness.ts"
import { spawnScript } from "./test-support/spawn-cli.ts"
import { defenceMouDelhi, hoursAgo, renderRss } from "./test-support/wire-stories.ts"
import { startFeedServer, type FeedServer } from "./testing/feed-server.ts"

let prefix: string
let server: FeedServer
let dir: string
let connection: IORedis
let notices: Queue<EventNotice>

beforeEach(async () => {
  prefix = uniquePrefix("main")
  dir = await mkdtemp(join(tmpdir(), "worker-main-"))
  server = await startFeedServer({
    "/a.xml": (_req, res) => {
      res.writeHead(200, { "content-type": "application/rss+xml" })
      res.end(renderRss("A", [defenceMouDelhi("main-a", "Agency A", hoursAgo(1))]))
    },
    "/b.xml": (_req, res) => {
      res.writeHead(200, { "content-type": "application/rss+xml" })
      res.end(renderRss("B", [defenceMouDelhi("main-b", "Agency B", hoursAgo(1.2))]))
    }
  })
  connection = new IORedis(redisUrl, { maxRetriesPerRequest: null })
  notices = new Queue<EventNotice>(queueNames.notices, { connection, prefix })
})

afterEach(async () => {
  await notices.close()
  await connection.quit()
  await server.close()
  await rm(dir, { recursive: true, force: true })
  await deletePrefix(prefix)
})

/** One worker's /healthz and /metrics: stage histograms, poll counters, feed health and process metrics. */
const expectWorkerMetrics = async (port: number) => {
  const health = await fetch(`http://127.0.0.1:${port}/healthz`)
  expect(health.status).toBe(200)
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text()
  expect(text).toContain("# TYPE stage_duration_seconds histogram")
  for (const stage of ["fetch", "parse", "classify", "cluster"]) {
    expect(text).toMatch(new RegExp(`^stage_duration_seconds_bucket\\{stage="${stage}",le="\\+Inf"\\} \\d+$`, "m"))
  }
  expect(text).toMatch(/^feeds\{status="ok"\} 2$/m)
  expect(text).toMatch(/^queue_jobs\{queue="notices",state="waiting"\} \d+$/m)
  for (const family of [
    "process_resident_memory_bytes",
    "nodejs_heap_size_used_bytes",
    "nodejs_eventloop_lag_seconds"
  ]) {
    expect(text).toMatch(new RegExp(`^${family} \\d`, "m"))
  }
}

describe("the worker process (src/main.ts)", () => {
  it("two processes on one Redis schedule, poll, classify and hand notices over once, then shut down on SIGTERM", async () => {
    const feedsFile = join(dir, "feeds.yaml")
    await writeFile(feedsFile, `- url: ${server.url("/a.xml")}\n  name: A\n- url: ${server.url("/b.xml")}\n  name: B\n`)
    const metricsPort = await freePort()
    const env = testEnv(prefix, {
      FEEDS_FILE: feedsFile,
      POLL_TICK_SECONDS: "1",
      LOG_LEVEL: "Info",
      WORKER_METRICS_PORT: String(metricsPort)
    })
    const workers = [spawnScript("src/main.ts", [], env), spawnScript("src/main.ts", [], env)]
    const logs = workers.map(() => ({ stderr: "" }))
    workers.forEach((child, index) => child.stderr?.on("data", (chunk) => (logs[index]!.stderr += chunk)))
    const exited = workers.map(
      (child) => new Promise<number | null>((resolve) => child.on("close", (code) => resolve(code)))
    )
    try {
      const jobs = await eventually(async () => {
        const found = await notices.getJobs()
        return found.length >= 2 ? found : undefined
      }, 30_000)
      expect(jobs.map((job) => job.data.kind).sort()).toEqual(["new_event", "source_added"])
      // Each notice carries when its poll was queued, for the notifier's poll-to-Slack latency.
      for (const job of jobs) expect(job.data.polledAt).toBeGreaterThan(Date.now() - 60_000)
      await expectWorkerMetrics(metricsPort)
      // The second process finds the port taken: a warning, and it goes on working. The first process may
      // have done all the work before the second finished loading, so wait for the warning rather than assume it.
      const warned = await eventually(async () => {
        const all = logs.map((log) => log.stderr).join("\n")
        return /\/metrics and \/healthz not served/.test(all) ? all : undefined
      }, 20_000)
      expect(warned).toMatch(/\/metrics and \/healthz not served/)
      // Nothing either process does afterwards may add a notice.
      await new Promise((resolve) => setTimeout(resolve, 2_500))
      expect(await notices.getJobs()).toHaveLength(2)
    } finally {
      for (const child of workers) child.kill("SIGTERM")
    }
    const codes = await Promise.race([
      Promise.all(exited),
      new Promise<"hung">((resolve) => setTimeout(() => resolve("hung"), 15_000))
    ])
    expect(codes).not.toBe("hung")
    for (const log of logs) expect(log.stderr).toMatch(/queue worker closed/)
  })
})
