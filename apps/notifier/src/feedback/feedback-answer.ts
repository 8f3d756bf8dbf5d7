import { EventTypeId, isEventTypeId, isSectorId, SectorId } from "@india-italy/domain"
import { Schema } from "effect"

/**
 * What a subscriber can say about an alert, and the record kept of it. The buttons' ids and
 * values are ours (see alert-feedback-blocks.ts); everything read back from an interaction is
 * checked against these before it is stored.
 */
export const FeedbackAnswer = Schema.Union([
  Schema.Struct({ kind: Schema.Literal("not_relevant") }),
  /** The right primary type, chosen in the alert's "Wrong type or sector" menu. */
  Schema.Struct({ kind: Schema.Literal("wrong_type"), eventType: EventTypeId }),
  /** A sector the development belongs to instead of those tagged. */
  Schema.Struct({ kind: Schema.Literal("wrong_sector"), sector: SectorId }),
  /** "Mute this development": no more thread follow-ups in the channel. */
  Schema.Struct({ kind: Schema.Literal("mute") })
])
export type FeedbackAnswer = typeof FeedbackAnswer.Type

export const FeedbackRecord = Schema.Struct({
  eventId: Schema.String,
  revision: Schema.Int,
  channel: Schema.String,
  user: Schema.String,
  answer: FeedbackAnswer,
  /** ISO time the answer arrived. */
  at: Schema.String
})
export type FeedbackRecord = typeof FeedbackRecord.Type

/** action_id of each control on an alert; all short, far below Slack's 255. */
export const feedbackActionIds = {
  notRelevant: "iim_not_relevant",
  correction: "iim_correction",
  mute: "iim_mute"
} as const

/** block_id of the alert's actions block: names the event and revision each answer is about. */
export const feedbackBlockPrefix = "iim_feedback"

/** Slack's limit on block_id; an event id that does not fit gets no buttons rather than a refused post. */
export const maxBlockIdChars = 255

export const feedbackBlockId = (eventId: string, revision: number): string | undefined => {
  const id = `${feedbackBlockPrefix}|${revision}|${eventId}`
  return id.length <= maxBlockIdChars ? id : undefined
}

/** The event and revision a block_id names, or undefined when it is not one of ours. */
export const parseFeedbackBlockId = (
  blockId: string
): { readonly eventId: string; readonly revision: number } | undefined => {
  if (blockId.length > maxBlockIdChars) return undefined
  const match = /^iim_feedback\|(\d{1,9})\|(.+)$/s.exec(blockId)
  if (match === null) return undefined
  return { revision: Number(match[1]), eventId: match[2] ?? "" }
}

/** Option values of the correction menu: "type:<event type>" or "sector:<sector>". */
export const correctionValue = (kind: "type" | "sector", id: string): string => `${kind}:${id}`

/** One clicked control → the answer it means, or undefined for anything not ours or malformed. */
export const answerOf = (action: {
  readonly actionId: string
  readonly selectedValue?: string | undefined
}): FeedbackAnswer | undefined => {
  switch (action.actionId) {
    case feedbackActionIds.notRelevant:
      return { kind: "not_relevant" }
    case feedbackActionIds.mute:
      return { kind: "mute" }
    case feedbackActionIds.correction: {
      const [kind, id] = (action.selectedValue ?? "").split(":", 2)
      if (kind === "type" && id !== undefined && isEventTypeId(id) && id !== "not_relevant")
        return { kind: "wrong_type", eventType: id }
      if (kind === "sector" && id !== undefined && isSectorId(id)) return { kind: "wrong_sector", sector: id }
      return undefined
    }
    default:
      return undefined
  }
}
