import { spawn } from "node:child_process"
import { fileURLToPath } from "node:url"
import { Subscription } from "@india-italy/domain"
import { Schema } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import { deleteKeysUnder, redisUrl, uniquePrefix } from "../subscriptions/redis-test-support.ts"

const packageRoot = fileURLToPath(new URL("../..", import.meta.url))
const tsx = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url))
const prefix = uniquePrefix("cli")

interface Run {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** Runs one of the CLI scripts the way `pnpm subscribe …` does, against this test's key prefix. */
const cli = (script: string, args: ReadonlyArray<string>): Promise<Run> =>
  new Promise((resolve, reject) => {
    const child = spawn(tsx, ["--conditions=@india-italy/source", `src/cli/${script}.ts`, ...args], {
      cwd: packageRoot,
      env: { ...process.env, REDIS_URL: redisUrl, REDIS_PREFIX: prefix, LOG_LEVEL: "Warn" },
      stdio: ["ignore", "pipe", "pipe"]
    })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()))
    child.on("error", reject)
    child.on("close", (code) => resolve({ code, stdout, stderr }))
  })

afterAll(async () => {
  await deleteKeysUnder(prefix)
})

describe("subscription CLI", () => {
  it("subscribes, lists as JSON and as a table, and unsubscribes", async () => {
    const created = await cli("subscribe", [
      "--channel",
      "C0CLI0001",
      "--sectors",
      "defence,space",
      "--types",
      "military_exercise",
      "--min-confidence",
      "0.6",
      "--digest",
      "daily@08:00",
      "--tz",
      "Asia/Kolkata"
    ])
    expect(created.stderr).toContain("subscribed C0CLI0001")
    expect(created.code).toBe(0)
    const subscription = Schema.decodeUnknownSync(Subscription)(JSON.parse(created.stdout))
    expect(subscription).toMatchObject({
      channel: "C0CLI0001",
      sectors: ["defence", "space"],
      eventTypes: ["military_exercise"],
      minConfidence: 0.6,
      digest: { every: "daily", at: "08:00", tz: "Asia/Kolkata" }
    })

    const [json, table] = await Promise.all([cli("subscriptions", ["--json"]), cli("subscriptions", [])])
    expect(json.code).toBe(0)
    expect(JSON.parse(json.stdout)).toEqual([subscription])
    expect(table.stdout).toMatch(/^id\s+channel\s+sectors/)
    expect(table.stdout).toContain(`${subscription.id}  C0CLI0001  defence,space  military_exercise`)

    const removed = await cli("unsubscribe", [subscription.id])
    expect(removed).toMatchObject({ code: 0, stdout: `removed ${subscription.id}\n` })
    expect(JSON.parse((await cli("subscriptions", ["--json"])).stdout)).toEqual([])
    // Five processes in a row, each loading TypeScript through tsx: slow on a busy two-core machine.
  }, 120_000)

  it("rejects an unknown sector on stderr with exit code 2, listing the valid sectors", async () => {
    const run = await cli("subscribe", ["--channel", "C0CLI0002", "--sectors", "defense"])
    expect(run.code).toBe(2)
    expect(run.stdout).toBe("")
    expect(run.stderr).toContain(`unknown sector "defense"; valid sectors: trade, investment, defence`)
  })

  it("rejects --min-confidence abc with exit code 2, naming the option and the expected form", async () => {
    const run = await cli("subscribe", ["--channel", "C0CLI0003", "--sectors", "all", "--min-confidence", "abc"])
    expect(run.code).toBe(2)
    expect(run.stdout).toBe("")
    expect(run.stderr).toContain(`--min-confidence must be a number from 0 to 1 (e.g. 0.6), got "abc"`)
    expect(run.stderr).not.toContain("got null")
  })

  it("rejects bad arguments and an unknown id with exit code 2", async () => {
    const [missing, unknown] = await Promise.all([
      cli("subscribe", ["--sectors", "all"]),
      cli("unsubscribe", ["sub-nothere1"])
    ])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain("--channel is required")
    expect(missing.stderr).toContain("usage: pnpm subscribe")
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain(`no subscription with id "sub-nothere1"`)
  })
})
