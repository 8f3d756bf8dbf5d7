import http from "node:http"
import type { AddressInfo } from "node:net"
import { ConfigProvider, Effect, Layer, Option, Redacted } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { NotifierConfig } from "../config.ts"
import { startFakeSlack, type FakeSlack } from "../testing/fake-slack-server.ts"
import { sampleEvent } from "../testing/fixtures.ts"
import { renderAlert } from "./render-alert.ts"
import { makeConsoleSender, makeWebApiSender, SlackSender, type SlackPostError } from "./slack-sender.ts"
import { makeSlackWebClient } from "./web-client.ts"

let fake: FakeSlack
let sender: SlackSender["Service"]

beforeAll(async () => {
  fake = await startFakeSlack()
  sender = makeWebApiSender({ token: Redacted.make(fake.token), slackApiUrl: fake.url, timeoutMs: 2000 })
})
afterAll(async () => {
  await fake?.close()
})

const failureOf = async <A>(effect: Effect.Effect<A, SlackPostError>): Promise<SlackPostError> => {
  const result = await Effect.runPromise(Effect.flip(effect))
  return result
}

describe("the Web API sender", () => {
  it("posts form-encoded with a bearer token, blocks as JSON, and the delivery marker in metadata", async () => {
    const message = renderAlert(sampleEvent("ev-send"))
    const posted = await Effect.runPromise(
      sender.postMessage({
        channel: "C0SEND",
        text: message.text,
        blocks: message.blocks,
        marker: { deliveryKey: "alert-ev-send-r1-C0SEND" }
      })
    )
    const call = fake.successful("chat.postMessage", "C0SEND")[0]
    expect(call).toBeDefined()
    expect(call?.rawBody).toContain("blocks=%5B%7B") // blocks travel as a JSON string in a form field
    expect(call?.body.blocks).toEqual(message.blocks)
    expect(posted.ts).toBe(fake.messages.find((stored) => stored.channel === "C0SEND")?.ts)
    const found = await Effect.runPromise(
      sender.findMarkedMessage({
        channel: "C0SEND",
        marker: { deliveryKey: "alert-ev-send-r1-C0SEND" },
        since: Date.now() - 5_000
      })
    )
    expect(found).toEqual(Option.some(posted.ts))
    const notFound = await Effect.runPromise(
      sender.findMarkedMessage({ channel: "C0SEND", marker: { deliveryKey: "alert-other" }, since: Date.now() - 5_000 })
    )
    expect(Option.isNone(notFound)).toBe(true)
  })

  it("sends blocks byte for byte as the Web API client sends them when given the blocks themselves", async () => {
    const message = renderAlert(sampleEvent("ev-wire"))
    await Effect.runPromise(sender.postMessage({ channel: "C0WIRE1", text: message.text, blocks: message.blocks }))
    const client = makeSlackWebClient({ token: fake.token, slackApiUrl: fake.url })
    await client.chat.postMessage({ channel: "C0WIRE2", text: message.text, blocks: message.blocks as Array<never> })
    const blocksOnWire = (channel: string) =>
      new URLSearchParams(fake.successful("chat.postMessage", channel)[0]?.rawBody).get("blocks")
    expect(blocksOnWire("C0WIRE1")).not.toBeNull()
    expect(blocksOnWire("C0WIRE1")).toBe(blocksOnWire("C0WIRE2"))
  })

  it("finds a marked reply inside a thread", async () => {
    const parent = await Effect.runPromise(sender.postMessage({ channel: "C0THREAD", text: "parent" }))
    const reply = await Effect.runPromise(
      sender.postMessage({
        channel: "C0THREAD",
        text: "reply",
        threadTs: parent.ts,
        marker: { deliveryKey: "reply-x" }
      })
    )
    const found = await Effect.runPromise(
      sender.findMarkedMessage({
        channel: "C0THREAD",
        marker: { deliveryKey: "reply-x" },
        since: Date.now() - 5_000,
        threadTs: parent.ts
      })
    )
    expect(found).toEqual(Option.some(reply.ts))
  })

  it("reports a 429 with Slack's Retry-After instead of waiting inside the client", async () => {
    fake.failNext("chat.postMessage", "C0LIMIT", { status: 429, retryAfter: 7 })
    const started = Date.now()
    const error = await failureOf(sender.postMessage({ channel: "C0LIMIT", text: "x" }))
    expect(Date.now() - started).toBeLessThan(1_000)
    expect(error).toMatchObject({ code: "rate_limited", retryAfterSeconds: 7, permanent: false })
  })

  it("reports a 500 as transient, once (the client itself never retries)", async () => {
    fake.failNext("chat.postMessage", "C0FIVE", { status: 500 })
    const error = await failureOf(sender.postMessage({ channel: "C0FIVE", text: "x" }))
    expect(error).toMatchObject({ code: "http_500", permanent: false })
    expect(fake.calls.filter((call) => call.channel === "C0FIVE")).toHaveLength(1)
  })

  it("reports channel errors and malformed messages as permanent", async () => {
    for (const code of ["channel_not_found", "not_in_channel", "is_archived", "invalid_auth", "invalid_blocks"]) {
      fake.failNext("chat.postMessage", "C0PERM", { status: 200, error: code })
      const error = await failureOf(sender.postMessage({ channel: "C0PERM", text: "x" }))
      expect(error).toMatchObject({ code, permanent: true })
    }
  })

  it.each([
    [
      "too much block text",
      "msg_blocks_too_long",
      {
        text: "x",
        blocks: Array.from({ length: 5 }, () => ({
          type: "section",
          text: { type: "mrkdwn", text: "y".repeat(2_900) }
        }))
      }
    ],
    [
      "a section over 3,000 characters",
      "invalid_blocks",
      { text: "x", blocks: [{ type: "section", text: { type: "mrkdwn", text: "y".repeat(3_001) } }] }
    ],
    ["51 blocks", "invalid_blocks", { text: "x", blocks: Array.from({ length: 51 }, () => ({ type: "divider" })) }],
    [
      "a field over 2,000 characters",
      "invalid_blocks",
      { text: "x", blocks: [{ type: "section", fields: [{ type: "mrkdwn", text: "f".repeat(2_001) }] }] }
    ],
    [
      "a button label over 75 characters",
      "invalid_blocks",
      {
        text: "x",
        blocks: [
          {
            type: "actions",
            elements: [{ type: "button", action_id: "a", text: { type: "plain_text", text: "b".repeat(76) } }]
          }
        ]
      }
    ],
    [
      "a block_id over 255 characters",
      "invalid_blocks",
      { text: "x", blocks: [{ type: "divider", block_id: "i".repeat(256) }] }
    ],
    [
      "an action_id over 255 characters",
      "invalid_blocks",
      {
        text: "x",
        blocks: [
          {
            type: "actions",
            elements: [{ type: "button", action_id: "i".repeat(256), text: { type: "plain_text", text: "ok" } }]
          }
        ]
      }
    ],
    [
      "a header over 150 characters",
      "invalid_blocks",
      { text: "x", blocks: [{ type: "header", text: { type: "plain_text", text: "h".repeat(151) } }] }
    ],
    ["top-level text over 40,000 characters", "msg_too_long", { text: "t".repeat(40_001) }]
  ])(
    "the Slack stand-in refuses %s as Slack does (%s), and the sender treats that body as permanent",
    async (_name, code, body) => {
      const before = fake.messages.length
      const error = await failureOf(sender.postMessage({ channel: "C0LIMITS", ...body }))
      expect(error).toMatchObject({ code, permanent: true })
      expect(fake.messages.length).toBe(before)
    }
  )

  it("the Slack stand-in takes a message at the limits", async () => {
    const blocks = [
      { type: "header", text: { type: "plain_text", text: "h".repeat(150) } },
      ...Array.from({ length: 3 }, () => ({ type: "section", text: { type: "mrkdwn", text: "y".repeat(3_000) } })),
      { type: "section", fields: [{ type: "mrkdwn", text: "f".repeat(2_000) }] }
    ]
    await Effect.runPromise(sender.postMessage({ channel: "C0LIMITS", text: "t".repeat(40_000), blocks }))
  })

  it("reports a server that is gone as a transient network error", async () => {
    const gone = await startFakeSlack()
    const url = gone.url
    await gone.close()
    const offline = makeWebApiSender({ token: Redacted.make("xoxb-x"), slackApiUrl: url, timeoutMs: 1000 })
    const error = await failureOf(offline.postMessage({ channel: "C0NET", text: "x" }))
    expect(error).toMatchObject({ code: "request_error", permanent: false })
  })

  it("gives up on a Slack that never answers after the timeout, as a transient network error", async () => {
    const silent = http.createServer(() => {})
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve))
    try {
      const hanging = makeWebApiSender({
        token: Redacted.make("xoxb-x"),
        slackApiUrl: `http://127.0.0.1:${(silent.address() as AddressInfo).port}/api/`,
        timeoutMs: 300
      })
      const started = Date.now()
      const error = await failureOf(hanging.postMessage({ channel: "C0SLOW", text: "x" }))
      expect(error).toMatchObject({ code: "request_error", permanent: false })
      expect(error.reason).toContain("within 300 ms")
      expect(Date.now() - started).toBeLessThan(2_000)
    } finally {
      silent.closeAllConnections()
      await new Promise((resolve) => silent.close(resolve))
    }
  })

  it("sends a wrong token's invalid_auth back as permanent", async () => {
    const wrong = makeWebApiSender({ token: Redacted.make("xoxb-wrong"), slackApiUrl: fake.url, timeoutMs: 1000 })
    const error = await failureOf(wrong.postMessage({ channel: "C0AUTH", text: "x" }))
    expect(error).toMatchObject({ code: "invalid_auth", permanent: true })
    expect(error.message).not.toContain("xoxb-wrong")
  })
})

describe("choosing the sender", () => {
  it("uses the console sink when SLACK_BOT_TOKEN is not set, and the Web API when it is", async () => {
    const kindWith = (env: Record<string, string>) =>
      Effect.runPromise(
        Effect.gen(function* () {
          return (yield* SlackSender).kind
        }).pipe(
          Effect.provide(
            SlackSender.layer.pipe(
              Layer.provide(NotifierConfig.layer),
              Layer.provide(ConfigProvider.layer(ConfigProvider.fromEnvRecord(env)))
            )
          )
        )
      )
    expect(await kindWith({})).toBe("console")
    expect(await kindWith({ SLACK_BOT_TOKEN: fake.token, SLACK_API_URL: fake.url })).toBe("slack")
  })

  it("prints readable alerts on the console sink, threads included", async () => {
    const lines: Array<string> = []
    const consoleSender = makeConsoleSender((text) => lines.push(text))
    const message = renderAlert(sampleEvent("ev-console", { title: "Italy & India sign <!here> pact" }))
    const parent = await Effect.runPromise(
      consoleSender.postMessage({ channel: "C0CONSOLE", text: message.text, blocks: message.blocks })
    )
    await Effect.runPromise(
      consoleSender.postMessage({ channel: "C0CONSOLE", text: "Also reported by Other Wire", threadTs: parent.ts })
    )
    const output = lines.join("\n")
    expect(output).toContain("── Slack C0CONSOLE ──")
    expect(output).toContain("*Italy & India sign <!here> pact*")
    expect(output).toContain("€20 billion target by 2029")
    expect(output).toContain(`(reply in thread ${parent.ts})`)
    expect(output).not.toContain("&amp;")
  })
})
