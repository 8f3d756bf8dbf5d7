import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { startFakeSlack } from "@india-italy/notifier"
import { describe, expect, it } from "vitest"
import { runEntryPoint, waitFor, type RunningProcess } from "../testing/processes.ts"
import {
  cleanupAfterEach,
  defaultRedisUrl,
  deleteKeys,
  freePort,
  makeStories,
  makeTempDir,
  missingStories,
  relevantStories,
  startStoryFeed,
  stopAll,
  uniquePrefix
} from "../testing/system-harness.ts"

const cleanups = cleanupAfterEach()

/** The metric names the checked-in Grafana dashboard queries (a name right before a `{` selector). */
const dashboardMetricNames = (): ReadonlyArray<string> => {
  const dashboard = readFileSync(
    fileURLToPath(new URL("../../../../ops/grafana/india-italy-monitor.json", import.meta.url)),
    "utf8"
  )
  const names = new Set([...dashboard.matchAll(/([a-z][a-z0-9_]*)\{job=~/g)].map((match) => match[1]!))
  expect(names.size).toBeGreaterThan(10)
  return [...names]
}

const metricValue = (text: string, name: string): number | undefined => {
  const line = text
    .split("\n")
    .find((candidate) => candidate.startsWith(`${name} `) || candidate.startsWith(`${name}{`))
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(" ") + 1))
}

describe("pnpm start (worker, notifier, /healthz and /metrics in one process)", () => {
  it("serves health and metrics while alerting, and stops within 10 s of SIGTERM", async () => {
    const channel = "CSTART0001"
    const prefix = uniquePrefix("start")
    cleanups.push(() => deleteKeys(defaultRedisUrl, prefix))
    const slack = await startFakeSlack()
    cleanups.push(() => slack.close())
    const stories = makeStories(prefix, 0, 2)
    const feed = await startStoryFeed("Start Wire", stories)
    cleanups.push(() => feed.close())
    const dir = await makeTempDir("start")
    cleanups.push(() => dir.remove())
    const port = await freePort()
    const webPort = await freePort()
    const processes: Array<RunningProcess> = []
    cleanups.push(() => stopAll(processes))
    const started = Date.now()
    const product = runEntryPoint("apps/system/src/main.ts", {
      REDIS_URL: defaultRedisUrl,
      REDIS_PREFIX: prefix,
      METRICS_PORT: String(port),
      WEB_PORT: String(webPort),
      // Our own feed list, or `pnpm start` would poll the shipped list of real wires.
      FEEDS_FILE: await dir.writeJson("feeds.json", [{ url: feed.url, name: "Start Wire", intervalMinutes: 1 }]),
      SUBSCRIPTIONS_FILE: await dir.writeJson("subscriptions.json", { subscriptions: [{ channel, sectors: "all" }] }),
      FEEDS_ALLOW_PRIVATE: "true",
      ALERT_MAX_AGE_HOURS: "0",
      SLACK_BOT_TOKEN: slack.token,
      SLACK_API_URL: slack.url,
      SLACK_SIGNING_SECRET: "",
      OPS_CHANNEL: "",
      CHANNEL_INTERVAL_MS: "0",
      SHUTDOWN_TIMEOUT_MS: "3000",
      NOTIFIER_SHUTDOWN_TIMEOUT_MS: "3000"
    })
    processes.push(product)
    const base = `http://127.0.0.1:${port}`

    let health: Response | undefined
    await waitFor(
      "/healthz to answer",
      async () => {
        health = await fetch(`${base}/healthz`).catch(() => undefined)
        return health !== undefined
      },
      30_000,
      100
    ).catch((error: unknown) => {
      throw new Error(`${String(error)}\n${product.output()}`)
    })
    const readyMs = Date.now() - started
    expect(health!.status).toBe(200)
    expect(await health!.json()).toEqual(expect.objectContaining({ status: "ok" }))

    // The product does its job: the feed's stories reach Slack.
    const expected = relevantStories(stories)
    await waitFor(
      "the feed's stories in Slack",
      () => missingStories(slack, channel, expected).length === 0,
      30_000,
      100
    ).catch((error: unknown) => {
      throw new Error(`${String(error)}\n${product.output()}`)
    })

    const metrics = await fetch(`${base}/metrics`)
    expect(metrics.status).toBe(200)
    const text = await metrics.text()
    expect(text).toMatch(/^queue_jobs\{queue="classify",state="completed"\} \d+$/m)
    expect(text).toContain("# TYPE items_polled_total counter")
    expect(metricValue(text, "items_polled_total")).toBeGreaterThanOrEqual(stories.length)
    expect(metricValue(text, "items_classified_total")).toBeGreaterThanOrEqual(stories.length)
    // Latency histograms per stage, the notifier's included, and the process's own metrics.
    expect(text).toContain("# TYPE stage_duration_seconds histogram")
    for (const stage of ["fetch", "parse", "classify", "cluster", "deliver", "poll_to_slack"]) {
      expect(text).toMatch(
        new RegExp(`^stage_duration_seconds_bucket\\{stage="${stage}",le="\\+Inf"\\} [1-9]\\d*$`, "m")
      )
      expect(text).toMatch(new RegExp(`^stage_duration_seconds_count\\{stage="${stage}"\\} [1-9]\\d*$`, "m"))
    }
    expect(text).toMatch(/^deliveries_total\{kind="alert",outcome="Delivered"\} [1-9]\d*$/m)
    for (const family of [
      "process_resident_memory_bytes",
      "nodejs_heap_size_used_bytes",
      "nodejs_eventloop_lag_seconds",
      "process_cpu_seconds_total"
    ]) {
      expect(metricValue(text, family), family).toBeGreaterThanOrEqual(0)
    }
    expect(text).toMatch(/^feeds\{status="ok"\} [1-9]\d*$/m)
    // Every series the Grafana dashboard queries is one this endpoint serves.
    for (const name of dashboardMetricNames()) expect(text, name).toMatch(new RegExp(`^${name}[ {]`, "m"))
    expect((await fetch(`${base}/nothing-here`)).status).toBe(404)

    // The event store's writer kept every development, and the history API serves them on WEB_PORT.
    const history = async () =>
      (await (await fetch(`http://127.0.0.1:${webPort}/api/events?limit=100`)).json()) as { events: Array<unknown> }
    // The store opens (PGlite's first start creates its files) while the pipeline already runs.
    await waitFor(
      "the developments in the history API",
      () =>
        history().then(
          (page) => page.events.length >= 1,
          () => false
        ),
      30_000,
      200
    )
    expect((await fetch(`http://127.0.0.1:${webPort}/`)).headers.get("content-type")).toContain("text/html")
    // …with the alerts that went out: the notifier's record of each post reaches the same store.
    const alertedIn = async (id: string) => {
      const detail = await (await fetch(`http://127.0.0.1:${webPort}/api/events/${encodeURIComponent(id)}`)).json()
      return ((detail as { alerts?: Array<{ channel: string }> }).alerts ?? []).map((alert) => alert.channel)
    }
    await waitFor(
      "an alert of a development in the history API",
      async () => {
        const { events } = (await history()) as { events: Array<{ event: { id: string } }> }
        const channels = await Promise.all(events.map((entry) => alertedIn(entry.event.id)))
        return channels.some((list) => list.includes(channel))
      },
      30_000,
      200
    )

    const stopRequestedAt = Date.now()
    product.child.kill("SIGTERM")
    const code = await Promise.race([
      product.exited,
      new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 15_000))
    ])
    const shutdownMs = Date.now() - stopRequestedAt
    expect(code, `the process did not exit within 15 s of SIGTERM:\n${product.output()}`).not.toBe("timeout")
    expect(shutdownMs).toBeLessThan(10_000)
    // Closed for real: the port no longer answers.
    await expect(fetch(`${base}/healthz`)).rejects.toThrow()
    console.info(
      `start: /healthz up ${readyMs} ms after launch; SIGTERM → exit (code ${String(code)}) in ${shutdownMs} ms`
    )
  }, 60_000)

  it("reports a graceful SIGTERM shutdown as success: exit code 0", async () => {
    const prefix = uniquePrefix("start-exit")
    cleanups.push(() => deleteKeys(defaultRedisUrl, prefix))
    const dir = await makeTempDir("start-exit")
    cleanups.push(() => dir.remove())
    const port = await freePort()
    const product = runEntryPoint("apps/system/src/main.ts", {
      REDIS_URL: defaultRedisUrl,
      REDIS_PREFIX: prefix,
      METRICS_PORT: String(port),
      FEEDS_FILE: await dir.writeJson("feeds.json", []),
      SLACK_BOT_TOKEN: "",
      SLACK_SIGNING_SECRET: "",
      OPS_CHANNEL: ""
    })
    cleanups.push(() => stopAll([product]))
    await waitFor(
      "/healthz to answer 200",
      async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined))?.status === 200,
      30_000,
      100
    )
    product.child.kill("SIGTERM")
    const code = await Promise.race([
      product.exited,
      new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 15_000))
    ])
    // An orchestrator (systemd, Kubernetes, a supervisor) reads a non-zero code as a crash.
    expect(code, `exit code after SIGTERM; output:\n${product.output()}`).toBe(0)
  }, 45_000)
})
