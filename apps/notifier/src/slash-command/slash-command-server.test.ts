import { Effect, Layer, ManagedRuntime, Option, Redacted } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { deleteKeysUnder, testRedisLayer, uniquePrefix } from "../subscriptions/redis-test-support.ts"
import { FeedbackStore } from "../feedback/feedback-store.ts"
import { SlackSender } from "../slack/slack-sender.ts"
import { Mutes } from "../subscriptions/mutes.ts"
import { SubscriptionStore } from "../subscriptions/subscription-store.ts"
import { SlashCommandServer } from "./slash-command-server.ts"
import { slackSignature } from "./verify-signature.ts"

const prefix = uniquePrefix("slash-command")
const secret = "test-signing-secret-0123456789"
let runtime: ManagedRuntime.ManagedRuntime<SlashCommandServer | SubscriptionStore, unknown>
let endpoint: string

const listSubscriptions = () =>
  runtime.runPromise(
    Effect.gen(function* () {
      return yield* (yield* SubscriptionStore).list()
    })
  )

/** Posts a slash command the way Slack does: form-encoded, signed with the app's signing secret. */
const slash = async (
  text: string,
  options: { channel?: string; signWith?: string; timestamp?: number; signature?: string } = {}
) => {
  const body = new URLSearchParams({
    token: "legacy-token-ignored",
    team_id: "T0TEAM",
    channel_id: options.channel ?? "C0SLASH01",
    user_id: "U0USER01",
    command: "/indiaitaly",
    text,
    response_url: "https://hooks.slack.example/commands/1"
  }).toString()
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000))
  const response = await fetch(endpoint, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-slack-request-timestamp": timestamp,
      "x-slack-signature": options.signature ?? slackSignature(options.signWith ?? secret, timestamp, body)
    },
    body
  })
  return {
    status: response.status,
    json: (await response.json()) as { response_type?: string; text?: string; error?: string }
  }
}

beforeAll(async () => {
  const store = Layer.mergeAll(
    SubscriptionStore.layer,
    Mutes.layer,
    FeedbackStore.layer,
    SlackSender.console(() => {})
  ).pipe(Layer.provide(testRedisLayer(prefix)))
  runtime = ManagedRuntime.make(
    SlashCommandServer.layerWith({ signingSecret: Redacted.make(secret), port: 0, host: "127.0.0.1" }).pipe(
      Layer.provideMerge(store)
    )
  )
  const port = await runtime.runPromise(
    Effect.gen(function* () {
      return (yield* SlashCommandServer).port
    })
  )
  endpoint = `http://127.0.0.1:${Option.getOrThrow(port)}/slack/commands`
})

afterAll(async () => {
  await runtime.dispose()
  await deleteKeysUnder(prefix)
})

describe("slash command server", () => {
  it("creates a subscription for the channel the command was typed in, answering ephemerally", async () => {
    const { status, json } = await slash(
      "subscribe defence space --types military_exercise --digest daily@08:00 --tz Asia/Kolkata"
    )
    expect(status).toBe(200)
    expect(json.response_type).toBe("ephemeral")
    expect(json.text).toMatch(
      /^Subscribed this channel: defence, space · types military_exercise · digest daily@08:00 Asia\/Kolkata\. Id `sub-[a-z2-9]{8}`/
    )
    const stored = (await listSubscriptions()).filter((subscription) => subscription.channel === "C0SLASH01")
    expect(stored).toEqual([
      expect.objectContaining({
        sectors: ["defence", "space"],
        eventTypes: ["military_exercise"],
        digest: { every: "daily", at: "08:00", tz: "Asia/Kolkata" }
      })
    ])
  })

  it("lists and removes only the channel's own subscriptions", async () => {
    await slash("subscribe trade", { channel: "C0SLASH02" })
    const other = (await listSubscriptions()).find((subscription) => subscription.channel === "C0SLASH02")!
    const mine = (await listSubscriptions()).find((subscription) => subscription.channel === "C0SLASH01")!

    const listed = await slash("list")
    expect(listed.json.text).toContain(mine.id)
    expect(listed.json.text).not.toContain(other.id)

    const refused = await slash(`unsubscribe ${other.id}`)
    expect(refused.json.text).toContain(`No subscription \`${other.id}\` in this channel`)
    expect((await listSubscriptions()).map((subscription) => subscription.id)).toContain(other.id)

    const removed = await slash(`unsubscribe ${mine.id}`)
    expect(removed.json.text).toContain(`Removed \`${mine.id}\``)
    expect((await listSubscriptions()).map((subscription) => subscription.id)).not.toContain(mine.id)
  })

  it("answers an unknown sector with the valid ones, escaped, and creates nothing", async () => {
    const before = (await listSubscriptions()).length
    const { status, json } = await slash("subscribe <!channel> defense")
    expect(status).toBe(200)
    expect(json.text).toContain("Could not subscribe")
    expect(json.text).toContain("valid sectors: trade, investment, defence")
    expect(json.text).toContain("&lt;!channel&gt;")
    expect(json.text).not.toContain("<!channel>")
    expect(await listSubscriptions()).toHaveLength(before)
  })

  it("does not duplicate a subscription asked for twice", async () => {
    await slash("subscribe health", { channel: "C0SLASH03" })
    const { json } = await slash("subscribe health", { channel: "C0SLASH03" })
    expect(json.text).toContain("already has that subscription")
    expect((await listSubscriptions()).filter((subscription) => subscription.channel === "C0SLASH03")).toHaveLength(1)
  })

  it("subscribes a channel to an actor named by alias, and suggests the name for a misspelt one", async () => {
    const { json } = await slash("subscribe actor fincantieri", { channel: "C0SLASH04" })
    expect(json.text).toContain("Subscribed this channel: actors Fincantieri · real time")
    expect((await listSubscriptions()).filter((subscription) => subscription.channel === "C0SLASH04")).toEqual([
      expect.objectContaining({ sectors: [], actors: ["Fincantieri"] })
    ])
    const misspelt = await slash("subscribe actor Fincantiery", { channel: "C0SLASH05" })
    expect(misspelt.json.text).toContain(`unknown actor "Fincantiery"; did you mean "Fincantieri"?`)
    expect((await listSubscriptions()).filter((subscription) => subscription.channel === "C0SLASH05")).toEqual([])
  })

  it("answers help", async () => {
    const { json } = await slash("help")
    expect(json.text).toContain("/indiaitaly subscribe defence space")
  })

  it("refuses a bad signature with 401 and does nothing", async () => {
    const before = (await listSubscriptions()).length
    const { status, json } = await slash("subscribe all", { signWith: "not-the-secret" })
    expect(status).toBe(401)
    expect(json.error).toBe("invalid request signature")
    expect(await listSubscriptions()).toHaveLength(before)
    expect((await slash("subscribe all", { signature: "v0=not-even-hex" })).status).toBe(401)
  })

  it("refuses a correctly signed request with a stale timestamp with 401", async () => {
    const before = (await listSubscriptions()).length
    const { status } = await slash("subscribe all", { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 })
    expect(status).toBe(401)
    expect(await listSubscriptions()).toHaveLength(before)
  })

  it("refuses an oversized body with 413 and keeps serving", async () => {
    const response = await fetch(endpoint, { method: "POST", body: "x".repeat(200 * 1024) }).catch(
      (error: unknown) => error
    )
    // The server answers as soon as the limit is passed; the client may see the 413 or, still sending, a reset.
    if (response instanceof Response) expect(response.status).toBe(413)
    else expect(String(response)).toMatch(/fetch failed|socket|reset|EPIPE/i)
    expect((await slash("help")).status).toBe(200)
  })
})
