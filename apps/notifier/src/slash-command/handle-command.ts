import { pairLabel, pairProfile, type Subscription } from "@india-italy/domain"
import { Effect, Option, Result } from "effect"
import { describeSubscription } from "../cli/format.ts"
import { escapeMrkdwn } from "../slack/escape.ts"
import { Mutes } from "../subscriptions/mutes.ts"
import { SubscriptionStore } from "../subscriptions/subscription-store.ts"
import { parseSlashCommand } from "./parse-command.ts"

/** The form fields of a slash command request that matter here. */
export interface SlashRequest {
  /** The slash command as the workspace named it (the pair profile's `slack.command` by default). */
  readonly command: string
  readonly text: string
  /** Where the command was typed: the subscription's channel (a D… id in a direct message). */
  readonly channelId: string
  readonly userId?: string
}

const examples = pairProfile.slack.helpExamples
const homeZone = pairProfile.sides[0].timeZone

export const helpText = (command: string): string =>
  [
    `*${command}* — ${pairLabel()} alerts for this channel, by sector`,
    `• \`${command} subscribe defence space\` — real-time alerts for these sectors (\`all\` for every sector)`,
    `• \`${command} subscribe trade --types agreement_signed,trade_investment_figure --min-confidence 0.6\``,
    `• \`${command} subscribe all --digest daily@08:00 --tz ${homeZone}\` — one digest a day (or \`weekly@mon@08:00\`)`,
    `• \`${command} subscribe actor ${examples.actor}\` — developments naming an actor of the dictionary ` +
      `(also \`keyword ${examples.keyword}\`, \`place ${examples.place}\`; several, comma-separated)`,
    `• \`${command} mute 7d\` — nothing in this channel for a while (m, h, d or w; at most 90 days); ` +
      `\`${command} unmute\` ends it`,
    `• \`${command} list\` — this channel's subscriptions`,
    `• \`${command} unsubscribe sub-xxxxxxxx\` — stop one`,
    `• \`${command} help\` — this message`
  ].join("\n")

const line = (subscription: Subscription) =>
  `• \`${subscription.id}\` ${escapeMrkdwn(describeSubscription(subscription))}`

/**
 * Answers one slash command with the text of an ephemeral reply. Everything typed is echoed
 * escaped; `list` and `unsubscribe` only see the channel the command came from, so nobody can
 * read or cancel another channel's subscriptions from elsewhere.
 */
export const handleSlashCommand = Effect.fn("handleSlashCommand")(function* (request: SlashRequest) {
  const store = yield* SubscriptionStore
  const command = escapeMrkdwn(request.command || pairProfile.slack.command)
  const parsed = parseSlashCommand(request.text)
  if (Result.isFailure(parsed)) return `${escapeMrkdwn(parsed.failure)}\n\n${helpText(command)}`
  switch (parsed.success._tag) {
    case "Help":
      return helpText(command)
    case "Mute": {
      const until = yield* (yield* Mutes).muteChannel(request.channelId, parsed.success.seconds)
      const untilText = until.toISOString().slice(0, 16).replace("T", " ")
      return (
        `Muted this channel until ${untilText} UTC: no alerts or follow-ups until then, ` +
        `and nothing new goes into its digests. \`${command} unmute\` ends it sooner.`
      )
    }
    case "Unmute": {
      const wasMuted = yield* (yield* Mutes).unmuteChannel(request.channelId)
      return wasMuted ? "Unmuted: this channel hears about new developments again." : "This channel was not muted."
    }
    case "List": {
      const mine = (yield* store.list()).filter((subscription) => subscription.channel === request.channelId)
      return mine.length === 0
        ? `This channel has no subscriptions. Try \`${command} subscribe defence space\`.`
        : [`This channel's subscriptions:`, ...mine.map(line)].join("\n")
    }
    case "Unsubscribe": {
      const id = parsed.success.id
      const existing = yield* store.get(id)
      if (Option.isNone(existing) || existing.value.channel !== request.channelId) {
        return (
          `No subscription \`${escapeMrkdwn(id)}\` in this channel. ` +
          `\`${command} list\` shows this channel's subscriptions.`
        )
      }
      yield* store.remove(id)
      return `Removed \`${escapeMrkdwn(id)}\` (${escapeMrkdwn(describeSubscription(existing.value))}).`
    }
    case "Subscribe": {
      const existingIds = new Set((yield* store.list()).map((subscription) => subscription.id))
      const created = yield* Effect.result(store.add({ ...parsed.success.request, channel: request.channelId }))
      if (Result.isFailure(created)) {
        return [
          `Could not subscribe:`,
          ...created.failure.problems.map((problem) => `• ${escapeMrkdwn(problem)}`)
        ].join("\n")
      }
      const subscription = created.success
      const described = escapeMrkdwn(describeSubscription(subscription))
      if (existingIds.has(subscription.id)) {
        return `This channel already has that subscription: \`${subscription.id}\` ${described}.`
      }
      return (
        `Subscribed this channel: ${described}. ` +
        `Id \`${subscription.id}\` (\`${command} unsubscribe ${subscription.id}\` to stop).`
      )
    }
  }
})
