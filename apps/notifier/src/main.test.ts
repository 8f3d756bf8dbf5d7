import { createServer, type Server, type Socket } from "node:net"
import { freePort } from "@india-italy/runtime"
import { afterEach, describe, expect, it } from "vitest"
import { deleteKeysUnder, redisUrl, uniquePrefix } from "./subscriptions/redis-test-support.ts"
import { spawnNotifierProcess, type NotifierProcess } from "./testing/notifier-process.ts"

/** A server that accepts connections and never answers: a Redis that hangs. */
const silentServer = async (): Promise<{ readonly port: number; readonly close: () => Promise<void> }> => {
  const sockets = new Set<Socket>()
  const server: Server = createServer((socket) => {
    sockets.add(socket)
    socket.on("close", () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const address = server.address()
  const port = typeof address === "object" && address !== null ? address.port : 0
  return {
    port,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}

const within = <A>(promise: Promise<A>, ms: number): Promise<A | "timed out"> =>
  Promise.race([promise, new Promise<"timed out">((resolve) => setTimeout(() => resolve("timed out"), ms))])

const nonEmptyLines = (text: string) => text.split("\n").filter((line) => line.trim().length > 0)

let running: Array<NotifierProcess> = []
let prefixes: Array<string> = []

const spawn = (env: Record<string, string>) => {
  const notifier = spawnNotifierProcess({ DIGEST_CHECK_SECONDS: "3600", ...env })
  running.push(notifier)
  return notifier
}

afterEach(async () => {
  for (const notifier of running) notifier.kill()
  running = []
  for (const prefix of prefixes) await deleteKeysUnder(prefix)
  prefixes = []
})

describe("the notifier process run alone (src/main.ts)", () => {
  it("stops within 15 s with a non-zero exit and one line naming REDIS_URL when no Redis answers", async () => {
    const port = await freePort()
    const notifier = spawn({ REDIS_URL: `redis://127.0.0.1:${port}` })
    const exit = await within(notifier.exited, 15_000)
    expect(exit, notifier.output()).not.toBe("timed out")
    if (exit === "timed out") return
    expect(exit.code).not.toBe(0)
    expect(exit.code).not.toBeNull()
    const lines = nonEmptyLines(notifier.stderr())
    expect(lines, notifier.stderr()).toHaveLength(1)
    expect(lines[0]).toContain("REDIS_URL")
    expect(lines[0]).toContain(`127.0.0.1:${port}`)
    expect(lines[0]).not.toMatch(/^\s+at /)
    expect(notifier.stdout()).toBe("")
  })

  it("honours SIGTERM while waiting for a Redis that accepts connections and never answers", async () => {
    const hung = await silentServer()
    try {
      const notifier = spawn({ REDIS_URL: `redis://127.0.0.1:${hung.port}` })
      // Let it get into the check (tsx needs about a second to load the code).
      await new Promise((resolve) => setTimeout(resolve, 1_500))
      notifier.child.kill("SIGTERM")
      const exit = await within(notifier.exited, 6_000)
      expect(exit, notifier.output()).not.toBe("timed out")
    } finally {
      await hung.close()
    }
  })

  it("logs as the worker does: JSON lines on stderr filtered by LOG_LEVEL, none on stdout; SIGTERM stops it with 0", async () => {
    const prefix = uniquePrefix("main")
    prefixes.push(prefix)
    const notifier = spawn({ REDIS_URL: redisUrl, REDIS_PREFIX: prefix, LOG_LEVEL: "info", LOG_FORMAT: "json" })
    await notifier.waitForOutput("SLACK_SIGNING_SECRET is not set", 20_000)
    const logLines = nonEmptyLines(notifier.stderr())
    expect(logLines.length).toBeGreaterThan(0)
    for (const line of logLines) expect(() => JSON.parse(line), line).not.toThrow()
    expect(logLines.some((line) => (JSON.parse(line) as { message?: unknown }).message !== undefined)).toBe(true)
    expect(notifier.stdout()).not.toContain("SLACK_BOT_TOKEN")
    notifier.child.kill("SIGTERM")
    const exit = await within(notifier.exited, 15_000)
    expect(exit, notifier.output()).toEqual({ code: 0, signal: null })
  })

  it("LOG_LEVEL=Warn hides info lines, and LOG_FORMAT=pretty is not JSON", async () => {
    const prefix = uniquePrefix("main")
    prefixes.push(prefix)
    const quiet = spawn({ REDIS_URL: redisUrl, REDIS_PREFIX: prefix, LOG_LEVEL: "Warn" })
    const pretty = spawn({ REDIS_URL: redisUrl, REDIS_PREFIX: prefix, LOG_FORMAT: "pretty" })
    await pretty.waitForOutput("SLACK_SIGNING_SECRET is not set", 20_000)
    // The quiet one started at the same moment; give it the same time, then check it said nothing at Info.
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    expect(quiet.stderr()).not.toContain("SLACK_SIGNING_SECRET is not set")
    const line = nonEmptyLines(pretty.stderr()).find((candidate) => candidate.includes("SLACK_SIGNING_SECRET"))
    expect(() => JSON.parse(line ?? "")).toThrow()
    expect(line).toMatch(/level=INFO/i)
    quiet.child.kill("SIGTERM")
    pretty.child.kill("SIGTERM")
    expect(await within(Promise.all([quiet.exited, pretty.exited]), 15_000)).not.toBe("timed out")
  })

  it("serves its own /healthz and Prometheus /metrics: delivery histograms and the process's metrics", async () => {
    const prefix = uniquePrefix("main")
    prefixes.push(prefix)
    const port = await freePort()
    const notifier = spawn({
      REDIS_URL: redisUrl,
      REDIS_PREFIX: prefix,
      LOG_LEVEL: "Info",
      NOTIFIER_METRICS_PORT: String(port)
    })
    await notifier.waitForOutput(`http://127.0.0.1:${port}/healthz`, 20_000)
    const health = await fetch(`http://127.0.0.1:${port}/healthz`)
    expect(health.status).toBe(200)
    expect(await health.json()).toMatchObject({ status: "ok", redis: "ok" })
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text()
    expect(text).toContain("# TYPE stage_duration_seconds histogram")
    for (const stage of ["deliver", "notice_to_slack", "poll_to_slack"]) {
      expect(text).toMatch(new RegExp(`^stage_duration_seconds_bucket\\{stage="${stage}",le="\\+Inf"\\} 0$`, "m"))
    }
    expect(text).toMatch(/^queue_jobs\{queue="deliveries",state="waiting"\} 0$/m)
    for (const family of [
      "process_resident_memory_bytes",
      "nodejs_heap_size_used_bytes",
      "nodejs_eventloop_lag_seconds",
      "process_cpu_seconds_total"
    ]) {
      expect(text).toMatch(new RegExp(`^${family} \\d`, "m"))
    }
    notifier.child.kill("SIGTERM")
    expect(await within(notifier.exited, 15_000)).toEqual({ code: 0, signal: null })
  })

  it("an invalid LOG_LEVEL stops it with a non-zero exit naming the variable and the choices", async () => {
    const notifier = spawn({ REDIS_URL: redisUrl, LOG_LEVEL: "loud" })
    const exit = await within(notifier.exited, 15_000)
    expect(exit, notifier.output()).not.toBe("timed out")
    if (exit === "timed out") return
    expect(exit.code).not.toBe(0)
    // No logger is set up yet when the logging settings themselves are wrong: Effect's default one reports it.
    expect(notifier.output()).toContain("LOG_LEVEL")
    expect(notifier.output()).toContain("Warn")
  })
})
