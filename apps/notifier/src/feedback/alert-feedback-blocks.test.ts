import { describe, expect, it } from "vitest"
import { renderAlert } from "../slack/render-alert.ts"
import { renderBlocksAsText } from "../slack/render-text.ts"
import { bilateralEvent } from "../subscriptions/test-fixtures.ts"
import { checkBlocks } from "../testing/fake-slack-server.ts"
import { acknowledgementsBlock, feedbackActionsBlock } from "./alert-feedback-blocks.ts"
import {
  answerOf,
  feedbackActionIds,
  feedbackBlockId,
  parseFeedbackBlockId,
  type FeedbackRecord
} from "./feedback-answer.ts"

const record = (overrides: Partial<FeedbackRecord> = {}): FeedbackRecord => ({
  eventId: "evt-1",
  revision: 1,
  channel: "C0FEED001",
  user: "U0ANSWER1",
  answer: { kind: "not_relevant" },
  at: "2026-05-20T10:00:00.000Z",
  ...overrides
})

describe("alert controls", () => {
  it("puts the three controls under an alert, within Slack's limits, and says what happened above them", () => {
    const message = renderAlert(
      bilateralEvent("evt-1", { actors: [{ name: "Fincantieri", kind: "organisation", country: "IT" }] })
    )
    expect(checkBlocks(message.blocks)).toBeUndefined()
    const actions = message.blocks.find((block) => block.type === "actions") as {
      block_id: string
      elements: Array<{ action_id: string }>
    }
    expect(actions.block_id).toBe(feedbackBlockId("evt-1", 1))
    expect(actions.elements.map((element) => element.action_id)).toEqual([
      feedbackActionIds.notRelevant,
      feedbackActionIds.correction,
      feedbackActionIds.mute
    ])
    const text = renderBlocksAsText(message.blocks, message.text)
    expect(text).toContain("[Not relevant] [Wrong type or sector… ▾] [Mute this development]")
    expect(text).toMatch(/\*What happened\*\nFincantieri signed an agreement with India on defence\./)
  })

  it("offers every event type but not_relevant and every sector in the menu, each value read back as an answer", () => {
    const block = feedbackActionsBlock(bilateralEvent("evt-1")) as {
      elements: Array<{ option_groups?: Array<{ options: Array<{ value: string }> }> }>
    }
    const values =
      block.elements[1]?.option_groups?.flatMap((group) => group.options.map((option) => option.value)) ?? []
    expect(values).toHaveLength(13 + 20)
    expect(values).not.toContain("type:not_relevant")
    for (const value of values)
      expect(answerOf({ actionId: feedbackActionIds.correction, selectedValue: value })).toBeDefined()
    expect(answerOf({ actionId: feedbackActionIds.correction, selectedValue: "type:not_relevant" })).toBeUndefined()
    expect(answerOf({ actionId: feedbackActionIds.correction, selectedValue: "sector:fashion" })).toBeUndefined()
    expect(answerOf({ actionId: "someone_elses_button" })).toBeUndefined()
  })

  it("leaves the buttons off an event whose id cannot fit in a block_id rather than have the post refused", () => {
    const event = bilateralEvent("e".repeat(300))
    expect(feedbackActionsBlock(event)).toBeUndefined()
    expect(checkBlocks(renderAlert(event).blocks)).toBeUndefined()
  })

  it("reads back the event and revision a block_id names, and nothing from a foreign one", () => {
    expect(parseFeedbackBlockId(feedbackBlockId("evt|odd", 7)!)).toEqual({ eventId: "evt|odd", revision: 7 })
    expect(parseFeedbackBlockId("someone_else|1|evt")).toBeUndefined()
  })

  it("acknowledges answers with a mention of a real user id and escapes anything else", () => {
    const block = acknowledgementsBlock([
      record(),
      record({ user: "<!channel>", answer: { kind: "wrong_sector", sector: "space" }, at: "2026-05-20T10:01:00.000Z" }),
      record({ answer: { kind: "wrong_type", eventType: "military_exercise" }, at: "2026-05-20T10:02:00.000Z" }),
      record({ answer: { kind: "mute" }, at: "2026-05-20T10:03:00.000Z" })
    ]) as { elements: Array<{ text: string }> }
    const text = block.elements[0]?.text ?? ""
    expect(text).toContain("Marked not relevant by <@U0ANSWER1>")
    expect(text).toContain("Sector corrected to _Space_ by &lt;!channel&gt;")
    expect(text).toContain("Type corrected to _Military exercise_ by <@U0ANSWER1>")
    expect(text).toContain("Follow-ups muted in this channel by <@U0ANSWER1>")
    expect(text).not.toContain("<!channel>")
  })
})
