import { eventTypeById, eventTypes, sectorById, sectors, type BilateralEvent } from "@india-italy/domain"
import { escapeMrkdwn, escapePlain, truncate } from "../slack/escape.ts"
import { correctionValue, feedbackActionIds, feedbackBlockId, type FeedbackRecord } from "./feedback-answer.ts"

/**
 * The controls under an alert (Not relevant · Wrong type or sector… · Mute this development) and
 * the acknowledgements of answers already given. Pure. Within Slack's limits: block_id and
 * action_id ≤ 255, button and option text ≤ 75, option value ≤ 150, at most 100 options.
 */

const maxButtonText = 75
const maxOptionText = 75
/** Acknowledgements shown on an alert: the most recent ones; older answers stay in the store. */
const maxAcknowledgements = 5

const plain = (text: string, max: number) => ({
  type: "plain_text",
  text: truncate(escapePlain(text), max),
  emoji: true
})

const button = (actionId: string, text: string, value: string, style?: "danger") => ({
  type: "button",
  action_id: actionId,
  text: plain(text, maxButtonText),
  value,
  ...(style === undefined ? {} : { style })
})

/**
 * The correction menu: event types and sectors of the domain vocabulary, in two groups. The same
 * for every alert, so it is built once (Slack's client serialises it; nothing here mutates it).
 */
const correctionMenu = {
  type: "static_select",
  action_id: feedbackActionIds.correction,
  placeholder: plain("Wrong type or sector…", 150),
  option_groups: [
    {
      label: plain("The event type is", maxOptionText),
      options: eventTypes
        .filter((type) => type.id !== "not_relevant")
        .map((type) => ({ text: plain(type.label, maxOptionText), value: correctionValue("type", type.id) }))
    },
    {
      label: plain("The sector is", maxOptionText),
      options: sectors.map((sector) => ({
        text: plain(sector.label, maxOptionText),
        value: correctionValue("sector", sector.id)
      }))
    }
  ]
}

/** The actions block of an alert, or nothing when the event id is too long to name in a block_id. */
export const feedbackActionsBlock = (event: BilateralEvent): Record<string, unknown> | undefined => {
  const blockId = feedbackBlockId(event.id, event.revision)
  if (blockId === undefined) return undefined
  return {
    type: "actions",
    block_id: blockId,
    elements: [
      button(feedbackActionIds.notRelevant, "Not relevant", "not_relevant"),
      correctionMenu,
      button(feedbackActionIds.mute, "Mute this development", "mute")
    ]
  }
}

/** `<@U…>` for a real Slack user id; anything else is shown as text, escaped. */
export const mentionOf = (user: string): string =>
  /^[UW][A-Z0-9]{2,20}$/.test(user) ? `<@${user}>` : escapeMrkdwn(truncate(user, 40))

/** "Marked not relevant by <@U…>", one per answer. */
export const acknowledgementOf = (record: FeedbackRecord): string => {
  const by = mentionOf(record.user)
  switch (record.answer.kind) {
    case "not_relevant":
      return `Marked not relevant by ${by}`
    case "wrong_type": {
      const type = eventTypeById.get(record.answer.eventType)?.label ?? record.answer.eventType
      return `Type corrected to _${escapeMrkdwn(type)}_ by ${by}`
    }
    case "wrong_sector": {
      const sector = sectorById.get(record.answer.sector)?.label ?? record.answer.sector
      return `Sector corrected to _${escapeMrkdwn(sector)}_ by ${by}`
    }
    case "mute":
      return `Follow-ups muted in this channel by ${by}`
  }
}

/** A context block acknowledging the most recent answers given in this channel, or nothing. */
export const acknowledgementsBlock = (records: ReadonlyArray<FeedbackRecord>): Record<string, unknown> | undefined => {
  if (records.length === 0) return undefined
  const recent = [...records].sort((a, b) => a.at.localeCompare(b.at)).slice(-maxAcknowledgements)
  const more = records.length - recent.length
  const text = `${recent.map(acknowledgementOf).join(" · ")}${more > 0 ? ` · and ${more} earlier` : ""}`
  return { type: "context", elements: [{ type: "mrkdwn", text: truncate(text, 3000), verbatim: true }] }
}

/** What goes at the bottom of an alert: its acknowledgements (if any), then the controls. */
export const alertFeedbackBlocks = (
  event: BilateralEvent,
  records: ReadonlyArray<FeedbackRecord> = []
): ReadonlyArray<Record<string, unknown>> =>
  [acknowledgementsBlock(records), feedbackActionsBlock(event)].filter(
    (block): block is Record<string, unknown> => block !== undefined
  )
