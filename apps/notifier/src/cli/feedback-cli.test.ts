import { spawn } from "node:child_process"
import { fileURLToPath } from "node:url"
import { Effect, Result } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import { FeedbackStore } from "../feedback/feedback-store.ts"
import { deleteKeysUnder, redisUrl, testRedisLayer, uniquePrefix } from "../subscriptions/redis-test-support.ts"
import { sampleEvent } from "../testing/fixtures.ts"
import { parseFeedbackArgs } from "./feedback-args.ts"

const packageRoot = fileURLToPath(new URL("../..", import.meta.url))
const tsx = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url))
const prefix = uniquePrefix("feedback-cli")

const feedbackCli = (args: ReadonlyArray<string>): Promise<{ code: number | null; stdout: string; stderr: string }> =>
  new Promise((resolve, reject) => {
    const child = spawn(tsx, ["--conditions=@india-italy/source", "src/cli/feedback.ts", ...args], {
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

describe("parseFeedbackArgs", () => {
  it("reads export with or without --since, and names what is wrong", () => {
    expect(parseFeedbackArgs(["export"])).toEqual(Result.succeed({ _tag: "Export" }))
    expect(parseFeedbackArgs(["export", "--since", "2026-05-01"])).toEqual(
      Result.succeed({ _tag: "Export", since: Date.parse("2026-05-01") })
    )
    expect(parseFeedbackArgs(["--help"])).toEqual(Result.succeed({ _tag: "Help" }))
    expect(parseFeedbackArgs([])).toEqual(Result.fail(expect.stringContaining("export")))
    expect(parseFeedbackArgs(["export", "--since", "yesterday"])).toEqual(
      Result.fail(expect.stringContaining("--since must be a date"))
    )
    expect(parseFeedbackArgs(["export", "--format", "csv"])).toEqual(
      Result.fail(expect.stringContaining("unknown option --format"))
    )
  })
})

describe("pnpm feedback export", () => {
  it("writes stored answers as labelled JSON lines, and exits 2 naming a bad option", async () => {
    const event = sampleEvent("ev-cli-1", { excerpt: "Naval systems will be co-produced." })
    await Effect.runPromise(
      Effect.gen(function* () {
        const store = yield* FeedbackStore
        yield* store.record(
          {
            eventId: event.id,
            revision: 1,
            channel: "C0FEED001",
            user: "U0READER1",
            answer: { kind: "not_relevant" },
            at: new Date().toISOString()
          },
          event
        )
      }).pipe(Effect.provide(FeedbackStore.layer), Effect.provide(testRedisLayer(prefix)))
    )
    const [exported, bad, since] = await Promise.all([
      feedbackCli(["export"]),
      feedbackCli(["export", "--bogus"]),
      feedbackCli(["export", "--since", "2999-01-01"])
    ])
    expect(exported.code, exported.stderr).toBe(0)
    const lines = exported.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { id: string; text: string; label: { relevant: boolean } })
    expect(lines).toEqual([
      expect.objectContaining({
        id: "feedback-ev-cli-1",
        text: "Naval systems will be co-produced.",
        label: expect.objectContaining({ relevant: false })
      })
    ])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain("--bogus")
    expect(bad.stdout).toBe("")
    expect(since.code).toBe(0)
    expect(since.stdout).toBe("")
  }, 90_000)
})
