import { Result } from "effect"
import { parseConfidence, parseFlags } from "../cli/parse-args.ts"
import { splitList, type SubscriptionInput } from "../subscriptions/subscription-input.ts"

/** What `/indiaitaly …` asks for. The channel is added from the request, never typed. */
export type SlashCommand =
  | { readonly _tag: "Subscribe"; readonly request: Omit<SubscriptionInput, "channel"> }
  | { readonly _tag: "List" }
  | { readonly _tag: "Unsubscribe"; readonly id: string }
  | { readonly _tag: "Help" }

/**
 * Splits the command text into words. Slack's clients turn straight dashes into en/em dashes
 * and quotes into curly ones as people type, so "—types" is read as "--types".
 */
export const tokenize = (text: string): Array<string> =>
  text
    .replace(/[\u2013\u2014]/g, "--")
    .replace(/[\u201C\u201D\u2018\u2019]/g, "")
    .split(/\s+/)
    .filter((word) => word !== "")

const subscribeFlags = { types: "value", "min-confidence": "value", digest: "value", tz: "value" } as const

/**
 * `subscribe defence space [--types a,b] [--min-confidence 0.6] [--digest daily@08:00 --tz Asia/Kolkata]`,
 * `list`, `unsubscribe ID`, `help` (also the empty command). Sectors may be separated by spaces or commas.
 */
export const parseSlashCommand = (text: string): Result.Result<SlashCommand, string> => {
  const [verb, ...rest] = tokenize(text)
  switch (verb?.toLowerCase()) {
    case undefined:
    case "help":
      return Result.succeed({ _tag: "Help" })
    case "list":
    case "subscriptions":
      return rest.length === 0 ? Result.succeed({ _tag: "List" }) : Result.fail(`\`list\` takes no arguments`)
    case "unsubscribe":
    case "remove": {
      if (rest.length !== 1) return Result.fail("say which subscription to remove: `unsubscribe sub-xxxxxxxx` (ids are shown by `list`)")
      return Result.succeed({ _tag: "Unsubscribe", id: rest[0] ?? "" })
    }
    case "subscribe": {
      const parsed = parseFlags(rest, subscribeFlags)
      if (Result.isFailure(parsed)) return Result.fail(parsed.failure)
      const { values, positionals } = parsed.success
      const sectors = positionals.flatMap(splitList)
      if (sectors.length === 0) return Result.fail("name the sectors to follow, e.g. `subscribe defence space`, or `subscribe all`")
      const types = values.get("types")
      const minConfidence = values.get("min-confidence")
      const digest = values.get("digest")
      const tz = values.get("tz")
      const confidence = minConfidence === undefined ? undefined : parseConfidence(minConfidence)
      if (confidence !== undefined && Result.isFailure(confidence)) return Result.fail(confidence.failure)
      return Result.succeed({
        _tag: "Subscribe",
        request: {
          sectors: sectors.length === 1 && sectors[0]?.toLowerCase() === "all" ? "all" : sectors,
          ...(types === undefined ? {} : { eventTypes: splitList(types) }),
          ...(confidence === undefined ? {} : { minConfidence: confidence.success }),
          ...(digest === undefined ? {} : { digest }),
          ...(tz === undefined ? {} : { tz })
        }
      })
    }
    default:
      return Result.fail(`unknown command ${JSON.stringify(verb)}; try \`help\``)
  }
}
