import { ConfigProvider, Effect, Option, Redacted } from "effect"
import { describe, expect, it } from "vitest"
import { readNotifierSettings } from "./config.ts"

const read = (env: Record<string, string>) =>
  Effect.runPromiseExit(
    readNotifierSettings.pipe(Effect.provide(ConfigProvider.layer(ConfigProvider.fromEnvRecord(env))))
  )

const failureText = async (env: Record<string, string>) => {
  const exit = await read(env)
  expect(exit._tag).toBe("Failure")
  return exit._tag === "Failure" ? String(exit.cause) : ""
}

describe("notifier settings", () => {
  it("defaults to the console sink and Slack's pace of one message a second", async () => {
    const exit = await read({})
    expect(exit._tag).toBe("Success")
    if (exit._tag !== "Success") return
    expect(Option.isNone(exit.value.slackBotToken)).toBe(true)
    expect(exit.value.channelIntervalMs).toBe(1000)
  })

  it("bounds a thread to 10 replies, then refreshes the alert at most every 10 s, unless told otherwise", async () => {
    const threadSettings = async (env: Record<string, string>) => {
      const exit = await read(env)
      return exit._tag === "Success" ? [exit.value.threadMaxReplies, exit.value.threadUpdateIntervalMs] : undefined
    }
    expect(await threadSettings({})).toEqual([10, 10_000])
    expect(await threadSettings({ THREAD_MAX_REPLIES: "3", THREAD_UPDATE_INTERVAL_MS: "2500" })).toEqual([3, 2_500])
  })

  it("keeps the token redacted", async () => {
    const exit = await read({
      SLACK_BOT_TOKEN: "xoxb-secret-123",
      SLACK_API_URL: "http://127.0.0.1:9/api/",
      OPS_CHANNEL: "C0OPS"
    })
    if (exit._tag !== "Success") throw new Error("expected settings")
    const token = Option.getOrThrow(exit.value.slackBotToken)
    expect(Redacted.value(token)).toBe("xoxb-secret-123")
    expect(String(token)).not.toContain("secret")
    expect(JSON.stringify(exit.value)).not.toContain("secret")
    expect(Option.getOrThrow(exit.value.slackApiUrl).href).toBe("http://127.0.0.1:9/api/")
  })

  it("names the variable and the expected form when a setting is invalid", async () => {
    expect(await failureText({ CHANNEL_INTERVAL_MS: "fast" })).toContain("CHANNEL_INTERVAL_MS")
    expect(await failureText({ CHANNEL_INTERVAL_MS: "-5" })).toContain("CHANNEL_INTERVAL_MS")
    expect(await failureText({ SLACK_API_URL: "not a url" })).toContain("SLACK_API_URL")
    expect(await failureText({ SLACK_API_URL: "ftp://files.example/" })).toContain("SLACK_API_URL")
    const ops = await failureText({ OPS_CHANNEL: "#general" })
    expect(ops).toContain("OPS_CHANNEL")
    expect(ops).toContain("channel id")
    expect(await failureText({ SLACK_TIMEOUT_MS: "20000", POSTING_CLAIM_MS: "10000" })).toContain("POSTING_CLAIM_MS")
    expect(await failureText({ THREAD_MAX_REPLIES: "-1" })).toContain("THREAD_MAX_REPLIES")
    expect(await failureText({ THREAD_UPDATE_INTERVAL_MS: "soon" })).toContain("THREAD_UPDATE_INTERVAL_MS")
  })
})
