import { Effect, Option, Result, Schema } from "effect"
import { FeedbackStore } from "../feedback/feedback-store.ts"
import { answerOf, parseFeedbackBlockId, type FeedbackRecord } from "../feedback/feedback-answer.ts"
import { renderAlert } from "../slack/render-alert.ts"
import { SlackSender } from "../slack/slack-sender.ts"
import { Mutes } from "../subscriptions/mutes.ts"

/**
 * Slack's interactivity requests (a click on an alert's button or menu): the `payload` form field
 * is a JSON `block_actions` document. Only the fields used here are read, each bounded; anything
 * else in it is ignored.
 */
const SlackId = Schema.String.pipe(Schema.check(Schema.isPattern(/^[A-Z0-9]{2,40}$/)))
const Bounded = (max: number) => Schema.String.pipe(Schema.check(Schema.isMaxLength(max)))

export const BlockActionsPayload = Schema.Struct({
  type: Schema.Literal("block_actions"),
  user: Schema.Struct({ id: SlackId }),
  container: Schema.Struct({
    message_ts: Schema.String.pipe(Schema.check(Schema.isPattern(/^\d{1,12}\.\d{1,9}$/))),
    channel_id: SlackId
  }),
  actions: Schema.Array(
    Schema.Struct({
      action_id: Bounded(255),
      block_id: Bounded(255),
      value: Schema.optional(Bounded(2000)),
      selected_option: Schema.optional(Schema.Struct({ value: Bounded(150) }))
    })
  ).pipe(Schema.check(Schema.isBetweenLength(1, 10)))
})
export type BlockActionsPayload = typeof BlockActionsPayload.Type

const decodePayload = Schema.decodeUnknownResult(Schema.fromJsonString(BlockActionsPayload))

/** One answer read from a click: which event, which channel and message, who, and what. */
export interface Interaction {
  readonly eventId: string
  readonly revision: number
  readonly channel: string
  readonly messageTs: string
  readonly user: string
  readonly answer: FeedbackRecord["answer"]
}

/**
 * The answer a `payload` form field carries, or why it is refused (naming the field and the form
 * expected). Pure. Only the first of our actions counts: Slack sends one per click.
 */
export const parseInteraction = (payload: string | null): Result.Result<Interaction, string> => {
  if (payload === null) return Result.fail("missing form field `payload` (expected Slack's block_actions JSON)")
  const decoded = decodePayload(payload)
  if (Result.isFailure(decoded))
    return Result.fail(`payload is not a block_actions document: ${decoded.failure.message.slice(0, 300)}`)
  const { user, container, actions } = decoded.success
  for (const action of actions) {
    const target = parseFeedbackBlockId(action.block_id)
    const answer = answerOf({ actionId: action.action_id, selectedValue: action.selected_option?.value })
    if (target === undefined || answer === undefined) continue
    return Result.succeed({
      ...target,
      channel: container.channel_id,
      messageTs: container.message_ts,
      user: user.id,
      answer
    })
  }
  return Result.fail("payload names no alert control of this app (action_id and block_id unknown)")
}

/**
 * Records an answer and updates the alert to acknowledge it: the answer is stored with the
 * event's snapshot, "Mute this development" also mutes the event's thread in the channel, and the
 * alert is re-rendered (chat.update) with every answer given in that channel listed under it.
 * An event no longer known (older than the store keeps) is reported, not recorded.
 */
export const handleInteraction = Effect.fn("handleInteraction")(function* (
  interaction: Interaction,
  now: Date = new Date()
) {
  const feedback = yield* FeedbackStore
  const known = yield* feedback.eventById(interaction.eventId)
  if (Option.isNone(known)) {
    yield* Effect.logWarning("answer to an alert whose event is no longer kept; not recorded", {
      eventId: interaction.eventId
    })
    return { outcome: "unknown_event" } as const
  }
  const event = known.value
  const record: FeedbackRecord = {
    eventId: interaction.eventId,
    revision: interaction.revision,
    channel: interaction.channel,
    user: interaction.user,
    answer: interaction.answer,
    at: now.toISOString()
  }
  yield* feedback.record(record, event)
  if (interaction.answer.kind === "mute") yield* (yield* Mutes).muteEvent(interaction.channel, interaction.eventId)
  const answers = yield* feedback.answersIn(interaction.eventId, interaction.channel)
  const message = renderAlert(event, { feedback: answers })
  const updated = yield* (yield* SlackSender)
    .updateMessage({
      channel: interaction.channel,
      ts: interaction.messageTs,
      text: message.text,
      blocks: message.blocks
    })
    .pipe(Effect.result)
  if (Result.isFailure(updated)) {
    yield* Effect.logWarning("could not update the alert to acknowledge an answer", { reason: updated.failure.reason })
  }
  return { outcome: "recorded" } as const
})
