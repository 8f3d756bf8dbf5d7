import { spawn } from "node:child_process"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { classify } from "@india-italy/domain"
import { Clusterer, makePipelineLayer } from "@india-italy/worker"
import { ConfigProvider, Effect, Layer, ManagedRuntime } from "effect"
import { Redis as IORedis } from "ioredis"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { workerEventKeys } from "./redis-import.ts"

const redisUrl = process.env.REDIS_URL ?? "redis://127.0.0.1:6379"
const prefix = `test-events-cli-${process.pid}-${Date.now().toString(36)}`
const webRoot = fileURLToPath(new URL("../../", import.meta.url))
const storeDir = mkdtempSync(join(tmpdir(), "iim-events-cli-"))

/** Runs `pnpm events …` as the person would (the package script), against the test's store and prefix. */
const events = (...args: ReadonlyArray<string>) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(
      process.execPath,
      ["--conditions=@india-italy/source", "--import", "tsx", "src/cli/events.ts", ...args],
      {
        cwd: webRoot,
        env: { ...process.env, DATABASE_URL: "", EVENTS_DB_DIR: storeDir, REDIS_URL: redisUrl, REDIS_PREFIX: prefix },
        stdio: ["ignore", "pipe", "pipe"]
      }
    )
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()))
    child.once("exit", (code) => resolve({ code, stdout, stderr }))
  })

const reports = [
  {
    id: "cli-1",
    title: "India and Italy sign defence cooperation agreement in New Delhi",
    text: "India and Italy signed a defence cooperation agreement in New Delhi on Monday, the defence ministries said.",
    published: "2025-03-03T10:00:00Z",
    source: "Wire A",
    url: "https://wire-a.example/1"
  },
  {
    id: "cli-2",
    title: "India, Italy set target of €20 billion in bilateral trade by 2029",
    text:
      "India and Italy agreed on Tuesday to raise bilateral trade to €20 billion by 2029, " +
      "commerce minister Piyush Goyal said in Rome.",
    published: "2025-04-08T10:00:00Z",
    source: "Wire B",
    url: "https://wire-b.example/2"
  }
]

describe("pnpm events", () => {
  const redis = new IORedis(redisUrl)
  beforeAll(async () => {
    // The worker's own cluster stage puts the events in Redis, exactly as `pnpm start` would.
    const worker = ManagedRuntime.make(
      makePipelineLayer({ alertMaxAgeHours: 0 }).pipe(
        Layer.provide(ConfigProvider.layer(ConfigProvider.fromUnknown({ REDIS_URL: redisUrl, REDIS_PREFIX: prefix })))
      )
    )
    await worker.runPromise(
      Effect.gen(function* () {
        const clusterer = yield* Clusterer
        for (const report of reports) {
          const item = classify(report)
          expect(item.relevant, report.title).toBe(true)
          yield* clusterer.cluster(item, { contentHash: `hash-${report.id}`, alert: false })
        }
      })
    )
    await worker.dispose()
    // Something that is not an event, as a damaged key would be: reported, not fatal.
    const keys = workerEventKeys(prefix)
    await redis.zadd(keys.recent, Date.now(), "evt-broken")
    await redis.set(keys.event("evt-broken"), "{not json")
  }, 60_000)

  afterAll(async () => {
    let cursor = "0"
    do {
      const [next, found] = await redis.scan(cursor, "MATCH", `${prefix}:*`, "COUNT", 500)
      if (found.length > 0) await redis.del(...found)
      cursor = next
    } while (cursor !== "0")
    redis.disconnect()
    rmSync(storeDir, { recursive: true, force: true })
  })

  it("imports the events still in Redis once, naming the unreadable ones", async () => {
    const first = await events("import")
    expect(first.code, first.stderr).toBe(0)
    expect(first.stdout).toContain(
      "imported 2 of 3 events from Redis (0 already stored at that revision; 1 unreadable: evt-broken)"
    )
    const again = await events("import")
    expect(again.stdout).toContain(
      "imported 0 of 3 events from Redis (2 already stored at that revision; 1 unreadable: evt-broken)"
    )
    expect(again.stdout).toContain("the store holds 2 events")
  }, 60_000)

  it("lists them filtered, as a table, JSON lines or CSV", async () => {
    const table = await events("--sector", "defence")
    expect(table.code, table.stderr).toBe(0)
    expect(table.stdout).toContain("India and Italy sign defence cooperation agreement")
    expect(table.stdout).not.toContain("€20 billion")

    const json = await events("--q", "bilateral trade", "--since", "2025-04-01", "--format", "json")
    const lines = json.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { event: { classification: { title: string } } })
    expect(lines.map((line) => line.event.classification.title)).toEqual([reports[1]!.title])

    const csv = await events("--format", "csv")
    expect(csv.stdout.split("\r\n")[0]).toContain('"id","revision","date"')
    expect(csv.stdout.trimEnd().split("\r\n")).toHaveLength(3)
  }, 60_000)

  it("exits 2 naming a bad option, 0 with usage for --help", async () => {
    const bad = await events("--since", "last week")
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('bad --since "last week": expected a date YYYY-MM-DD')
    const help = await events("--help")
    expect(help.code).toBe(0)
    expect(help.stdout).toContain("usage: pnpm events")
  }, 60_000)
})
