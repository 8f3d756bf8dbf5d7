import { parseSubscribeArgs } from "../cli/parse-args.ts"
import { escapeMrkdwn, escapePlain, mrkdwnLink, safeHttpUrl, truncate } from "../slack/escape.ts"
import { parseSlashCommand, tokenize } from "../slash-command/parse-command.ts"
import { splitList, validateSubscriptionInput } from "../subscriptions/subscription-input.ts"
import { parseSubscriptionsFile } from "../subscriptions/subscriptions-file.ts"

/**
 * For the hostile-input property tests: every notifier function that reads text from outside
 * (feeds, people typing, files), each behind one entry that runs it on one string. A reader must
 * return for any input, in time linear in its length.
 */
export const hostileInputReaders = {
  /** Feed text on its way to Slack. */
  "slack escaping": (text: string): unknown => {
    const escaped = escapeMrkdwn(text)
    return [escaped, escapePlain(text), mrkdwnLink(text, text), safeHttpUrl(text), truncate(escaped, 3_000)]
  },
  /** `pnpm subscribe` arguments and the fields every subscription request goes through. */
  "subscription input": (text: string): unknown => {
    const words = text.split(" ")
    const fields = splitList(text)
    return [
      parseSubscribeArgs(words),
      parseSubscribeArgs([
        "--channel",
        text,
        "--sectors",
        text,
        "--types",
        text,
        "--min-confidence",
        text,
        "--digest",
        text,
        "--tz",
        text
      ]),
      validateSubscriptionInput({
        channel: text,
        sectors: fields,
        eventTypes: fields,
        digest: text,
        tz: text,
        id: text
      }),
      validateSubscriptionInput({
        channel: "C0123ABCD",
        sectors: "all",
        digest: { every: text, at: text, day: text, tz: text } as never
      })
    ]
  },
  /** SUBSCRIPTIONS_FILE, as YAML and as JSON. */
  "subscriptions file": (text: string): unknown => [
    parseSubscriptionsFile(text, "hostile.yaml"),
    parseSubscriptionsFile(text, "hostile.json")
  ],
  /** The text after `/indiaitaly`. */
  "slash command": (text: string): unknown => [
    tokenize(text),
    parseSlashCommand(text),
    parseSlashCommand(`subscribe ${text}`)
  ]
} as const satisfies Record<string, (text: string) => unknown>

export type HostileInputReader = keyof typeof hostileInputReaders
