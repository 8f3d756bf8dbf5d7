import { UsageError } from "@india-italy/ops"
import { countryName, pairProfile, sectorIds } from "@india-italy/domain"
import { Console, Effect, Option, Result } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import { SubscriptionStore } from "../subscriptions/subscription-store.ts"
import { withSubscriptionStore } from "./cli-runtime.ts"
import { describeSubscription, renderSubscriptionsTable } from "./format.ts"
import { subscribeUsage, subscriptionInputFromFlags } from "./parse-args.ts"

/** The side whose time zone the examples use. */
const homeSide = pairProfile.sides[0]

const usage = subscribeUsage

// Values are read as text and checked by the same code as the slash command's, so the messages
// (naming the flag, the expected form and what was typed) are the same everywhere.
const text = (name: string, description: string) =>
  Flag.String(name).pipe(Flag.withDescription(description), Flag.optional, Flag.map(Option.getOrUndefined))

export const subscribeCommand = Command.make(
  "subscribe",
  {
    channel: text("channel", "Slack channel id (C…), or a user id (U…) for direct messages. Required."),
    sectors: text("sectors", `Comma-separated sectors, or all. One of: ${sectorIds.join(", ")}.`),
    actors: text(
      "actors",
      "Comma-separated people, companies or institutions of the actor dictionary, by name or alias."
    ),
    keywords: text(
      "keywords",
      "Comma-separated words or phrases matched on headline and text, any language, accents ignored."
    ),
    places: text(
      "places",
      "Comma-separated places (cities, states, regions). At least one of --sectors/--actors/--keywords/--places."
    ),
    types: text("types", "Comma-separated event types (default: every type)."),
    "min-confidence": text("min-confidence", "Lowest classifier confidence to alert on, 0 to 1 (default: none)."),
    digest: text(
      "digest",
      "daily@HH:MM or weekly@mon@HH:MM: one digest instead of real-time alerts (default: real time)."
    ),
    tz: text("tz", "IANA time zone of the digest (default: UTC).")
  },
  (flags) =>
    withSubscriptionStore(
      Effect.gen(function* () {
        const input = subscriptionInputFromFlags(flags)
        if (Result.isFailure(input)) return yield* new UsageError({ reason: `${input.failure}; ${usage}` })
        const store = yield* SubscriptionStore
        const subscription = yield* store.add(input.success)
        yield* Console.log(JSON.stringify(subscription, null, 2))
        const description = describeSubscription(subscription)
        yield* Console.error(`subscribed ${subscription.channel}: ${description} (id ${subscription.id})`)
      })
    )
).pipe(
  Command.withDescription("Adds a subscription and prints it as JSON on stdout. Exit 2 when it is invalid."),
  Command.withExamples([
    {
      command: "pnpm subscribe --channel C0123ABCD --sectors defence,space",
      description: "real-time defence and space alerts"
    },
    { command: "pnpm subscribe --channel C0789IJKL --actors Fincantieri", description: "everything about one company" },
    {
      command: `pnpm subscribe --channel C0456EFGH --sectors all --digest daily@08:00 --tz ${homeSide.timeZone}`,
      description: `a daily digest of everything at 08:00 in ${countryName(homeSide.code)}`
    }
  ])
)

export const subscriptionsCommand = Command.make(
  "subscriptions",
  {
    json: Flag.Boolean("json").pipe(
      Flag.withDescription("Print a JSON array instead of a table (default: table)."),
      Flag.withDefault(false)
    )
  },
  ({ json }) =>
    withSubscriptionStore(
      Effect.gen(function* () {
        const subscriptions = yield* (yield* SubscriptionStore).list()
        yield* Console.log(json ? JSON.stringify(subscriptions, null, 2) : renderSubscriptionsTable(subscriptions))
      })
    )
).pipe(
  Command.withDescription("Lists every subscription: id, channel, sectors, types, confidence, delivery, next digest."),
  Command.withExamples([{ command: "pnpm -s subscriptions --json", description: "every subscription as JSON" }])
)

export const unsubscribeCommand = Command.make(
  "unsubscribe",
  {
    id: Argument.String("id").pipe(
      Argument.withDescription("The subscription's id, as pnpm subscriptions shows it."),
      Argument.optional
    )
  },
  ({ id }) =>
    withSubscriptionStore(
      Effect.gen(function* () {
        if (Option.isNone(id)) {
          return yield* new UsageError({
            reason:
              "the id of the subscription to remove is required " +
              "(e.g. pnpm unsubscribe sub-abcd2345; see pnpm subscriptions)"
          })
        }
        const removed = yield* (yield* SubscriptionStore).remove(id.value)
        if (!removed)
          return yield* new UsageError({
            reason: `no subscription with id ${JSON.stringify(id.value)} (see pnpm subscriptions)`
          })
        yield* Console.log(`removed ${id.value}`)
      })
    )
).pipe(
  Command.withDescription("Removes a subscription and whatever its digest had buffered."),
  Command.withExamples([{ command: "pnpm unsubscribe sub-abcd2345", description: "remove subscription sub-abcd2345" }])
)
