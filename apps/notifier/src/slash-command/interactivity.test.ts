import { Effect, Exit, Layer, Option, Redacted, Scope } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { feedbackActionIds } from "../feedback/feedback-answer.ts"
import { FeedbackStore } from "../feedback/feedback-store.ts"
import type { FakeSlackMessage } from "../testing/fake-slack-server.ts"
import { newEventNotice, sampleEvent, sampleSource, sourceAddedNotice } from "../testing/fixtures.ts"
import { startNotifierHarness, type NotifierHarness } from "../testing/notifier-harness.ts"
import { clickOn, postSigned } from "../testing/slack-interactivity.ts"
import { SlashCommandServer } from "./slash-command-server.ts"

const secret = "interactivity-signing-secret-42"
let harness: NotifierHarness
let endpoint: string
let commands: string
let scope: Scope.Closeable

/** The alert the fake Slack holds for an event in a channel (top-level, not a reply). */
const alertIn = (channel: string, eventId: string): FakeSlackMessage => {
  const found = harness.fakeSlack.messages.find(
    (message) =>
      message.channel === channel &&
      message.threadTs === undefined &&
      message.text.length > 0 &&
      JSON.stringify(message.blocks).includes(eventId)
  )
  if (found === undefined) throw new Error(`no alert for ${eventId} in ${channel}`)
  return found
}

const answered = () =>
  Effect.runPromise(
    Effect.gen(function* () {
      return yield* (yield* FeedbackStore).answered()
    }).pipe(Effect.provide(Layer.succeedContext(harness.instances[0]!.context)))
  )

const postAlert = async (eventId: string, channels: ReadonlyArray<string>) => {
  await harness.sendNotice(newEventNotice(sampleEvent(eventId)))
  await harness.fakeSlack.waitFor(() =>
    channels.every((channel) =>
      harness.fakeSlack
        .successful("chat.postMessage", channel)
        .some((call) => JSON.stringify(call.body).includes(eventId))
    )
  )
}

beforeAll(async () => {
  harness = await startNotifierHarness({ area: "interactivity", settings: { channelIntervalMs: 50 } })
  // The slash-command server over the running notifier's own services (its store, Slack sender, mutes).
  scope = await Effect.runPromise(Scope.make())
  const context = await Effect.runPromise(
    Layer.buildWithScope(
      SlashCommandServer.layerWith({ signingSecret: Redacted.make(secret), port: 0, host: "127.0.0.1" }).pipe(
        Layer.provide(Layer.succeedContext(harness.instances[0]!.context))
      ),
      scope
    )
  )
  const port = Option.getOrThrow(
    (context.mapUnsafe.get(SlashCommandServer.key) as { port: Option.Option<number> }).port
  )
  endpoint = `http://127.0.0.1:${port}/slack/interactivity`
  commands = `http://127.0.0.1:${port}/slack/commands`
  await harness.subscribe({ channel: "C0FEEDA01", sectors: "all" })
  await harness.subscribe({ channel: "C0FEEDB01", sectors: "all" })
}, 60_000)

afterAll(async () => {
  await Effect.runPromise(Scope.close(scope, Exit.void))
  await harness.close()
})

describe("alert buttons through POST /slack/interactivity", () => {
  it("records a signed 'Not relevant' click and acknowledges it on the alert, escaped", async () => {
    await postAlert("ev-click-1", ["C0FEEDA01"])
    const alert = alertIn("C0FEEDA01", "ev-click-1")
    const { status } = await clickOn({
      endpoint,
      signingSecret: secret,
      message: alert,
      actionId: feedbackActionIds.notRelevant,
      user: "U0READER1"
    })
    expect(status).toBe(200)
    await harness.fakeSlack.waitFor(() =>
      harness.fakeSlack.successful("chat.update", "C0FEEDA01").some((call) => call.body.ts === alert.ts)
    )
    expect(JSON.stringify(alert.blocks)).toContain("Marked not relevant by <@U0READER1>")
    // The buttons stay for others in the channel.
    expect(JSON.stringify(alert.blocks)).toContain(feedbackActionIds.notRelevant)
    const stored = (await answered()).find((entry) => entry.event.id === "ev-click-1")
    expect(stored?.answers).toEqual([
      expect.objectContaining({
        eventId: "ev-click-1",
        revision: 1,
        channel: "C0FEEDA01",
        user: "U0READER1",
        answer: { kind: "not_relevant" }
      })
    ])
    // Another outlet reports it: the alert is brought up to date and still acknowledges the answer.
    const updatesBefore = alert.updates
    const event = { ...sampleEvent("ev-click-1"), revision: 2 }
    const added = sampleSource({
      itemId: "ev-click-1-b",
      url: "https://other.example/ev-click-1",
      outlet: "Other Wire"
    })
    await harness.sendNotice(sourceAddedNotice({ ...event, sources: [...event.sources, added] }, added))
    await harness.fakeSlack.waitFor(
      () => alert.updates > updatesBefore && JSON.stringify(alert.blocks).includes("Other Wire")
    )
    expect(JSON.stringify(alert.blocks)).toContain("Marked not relevant by <@U0READER1>")
  })

  it("records a choice from the 'Wrong type or sector' menu", async () => {
    await postAlert("ev-click-2", ["C0FEEDA01"])
    const alert = alertIn("C0FEEDA01", "ev-click-2")
    const { status } = await clickOn({
      endpoint,
      signingSecret: secret,
      message: alert,
      actionId: feedbackActionIds.correction,
      selectedValue: "type:military_exercise"
    })
    expect(status).toBe(200)
    await harness.fakeSlack.waitFor(() =>
      JSON.stringify(alert.blocks).includes("Type corrected to _Military exercise_")
    )
    const stored = (await answered()).find((entry) => entry.event.id === "ev-click-2")
    expect(stored?.answers.map((answer) => answer.answer)).toEqual([
      { kind: "wrong_type", eventType: "military_exercise" }
    ])
  })

  it("'Mute this development' stops the thread follow-ups in that channel only", async () => {
    await postAlert("ev-click-3", ["C0FEEDA01", "C0FEEDB01"])
    const alert = alertIn("C0FEEDA01", "ev-click-3")
    expect(
      (await clickOn({ endpoint, signingSecret: secret, message: alert, actionId: feedbackActionIds.mute })).status
    ).toBe(200)
    await harness.fakeSlack.waitFor(() => JSON.stringify(alert.blocks).includes("Follow-ups muted in this channel"))
    const event = { ...sampleEvent("ev-click-3"), revision: 2 }
    const added = sampleSource({
      itemId: "ev-click-3-b",
      url: "https://other.example/ev-click-3",
      outlet: "Other Wire"
    })
    await harness.sendNotice(sourceAddedNotice({ ...event, sources: [...event.sources, added] }, added))
    const repliedIn = (channel: string) =>
      harness.fakeSlack.messages.filter(
        (message) =>
          message.channel === channel &&
          message.threadTs !== undefined &&
          JSON.stringify(message.metadata).includes("ev-click-3")
      )
    await harness.fakeSlack.waitFor(() => repliedIn("C0FEEDB01").length === 1)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(repliedIn("C0FEEDA01")).toHaveLength(0)
  })

  it("refuses a bad signature or a stale timestamp with 401 and records nothing", async () => {
    await postAlert("ev-click-4", ["C0FEEDA01"])
    const alert = alertIn("C0FEEDA01", "ev-click-4")
    const click = { endpoint, message: alert, actionId: feedbackActionIds.notRelevant } as const
    expect((await clickOn({ ...click, signingSecret: secret, signWith: "not-the-secret" })).status).toBe(401)
    expect(
      (await clickOn({ ...click, signingSecret: secret, timestamp: Math.floor(Date.now() / 1000) - 600 })).status
    ).toBe(401)
    expect((await answered()).some((entry) => entry.event.id === "ev-click-4")).toBe(false)
  })

  it("answers a malformed payload with 400 naming it, and an oversized body with 413", async () => {
    const bad = await postSigned(
      { endpoint, signingSecret: secret },
      new URLSearchParams({ payload: '{"type":"block_actions","user":{}}' }).toString()
    )
    expect(bad.status).toBe(400)
    expect(String(bad.json.error)).toContain("block_actions")
    const missing = await postSigned({ endpoint, signingSecret: secret }, "nothing=here")
    expect(missing.status).toBe(400)
    expect(String(missing.json.error)).toContain("payload")
    const huge = await postSigned({ endpoint, signingSecret: secret }, `payload=${"x".repeat(300 * 1024)}`)
    expect(huge.status).toBe(413)
  })

  it("mutes and unmutes a channel with the slash command", async () => {
    const slash = (text: string) => {
      const body = new URLSearchParams({
        channel_id: "C0FEEDB01",
        user_id: "U0READER1",
        command: "/indiaitaly",
        text
      }).toString()
      return postSigned({ endpoint: commands, signingSecret: secret }, body)
    }
    expect(String((await slash("mute 1h")).json.text)).toContain("Muted this channel until")
    await postAlert("ev-click-5", ["C0FEEDA01"])
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(
      harness.fakeSlack
        .successful("chat.postMessage", "C0FEEDB01")
        .some((call) => JSON.stringify(call.body).includes("ev-click-5"))
    ).toBe(false)
    expect(String((await slash("unmute")).json.text)).toContain("Unmuted")
    await postAlert("ev-click-6", ["C0FEEDA01", "C0FEEDB01"])
    expect(String((await slash("mute forever")).json.text)).toContain("say how long to mute")
  })
})
