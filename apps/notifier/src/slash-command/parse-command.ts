import { Result } from "effect"
import { parseConfidence, parseFlags } from "../cli/parse-args.ts"
import { parseMuteDuration } from "../subscriptions/mutes.ts"
import { splitList, splitNames, type SubscriptionInput } from "../subscriptions/subscription-input.ts"

/** What `/indiaitaly …` asks for. The channel is added from the request, never typed. */
export type SlashCommand =
  | { readonly _tag: "Subscribe"; readonly request: Omit<SubscriptionInput, "channel"> }
  | { readonly _tag: "List" }
  | { readonly _tag: "Unsubscribe"; readonly id: string }
  | { readonly _tag: "Help" }
  | { readonly _tag: "Mute"; readonly seconds: number }
  | { readonly _tag: "Unmute" }

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

/** `subscribe actor Giorgia Meloni, Fincantieri`: the word after `subscribe` that says what follows. */
const criterionWords: ReadonlyMap<string, "actors" | "keywords" | "places"> = new Map([
  ["actor", "actors"],
  ["actors", "actors"],
  ["keyword", "keywords"],
  ["keywords", "keywords"],
  ["place", "places"],
  ["places", "places"]
])

/** The longest mute is typed as one word ("7d"); anything after it is a mistake worth naming. */
const parseMute = (rest: ReadonlyArray<string>): Result.Result<SlashCommand, string> => {
  if (rest.length === 0) return Result.fail("say how long to mute this channel, e.g. `mute 7d` (m, h, d or w)")
  if (rest.length > 1) return Result.fail("`mute` takes one duration, e.g. `mute 7d`")
  const seconds = parseMuteDuration(rest[0] ?? "")
  return Result.isFailure(seconds)
    ? Result.fail(seconds.failure)
    : Result.succeed({ _tag: "Mute", seconds: seconds.success })
}

const criterionExample = { actors: "Fincantieri", keywords: "green hydrogen", places: "Goa" } as const

/**
 * `subscribe actor|keyword|place <names, comma-separated> [same options]`, `mute 7d`, `unmute`,
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
      if (rest.length !== 1)
        return Result.fail("say which subscription to remove: `unsubscribe sub-xxxxxxxx` (ids are shown by `list`)")
      return Result.succeed({ _tag: "Unsubscribe", id: rest[0] ?? "" })
    }
    case "mute":
      return parseMute(rest)
    case "unmute":
      return rest.length === 0 ? Result.succeed({ _tag: "Unmute" }) : Result.fail("`unmute` takes no arguments")
    case "subscribe": {
      const parsed = parseFlags(rest, subscribeFlags)
      if (Result.isFailure(parsed)) return Result.fail(parsed.failure)
      const { values, positionals } = parsed.success
      const criterion = criterionWords.get(positionals[0]?.toLowerCase() ?? "")
      const names = criterion === undefined ? [] : splitNames(positionals.slice(1).join(" "))
      if (criterion !== undefined && names.length === 0) {
        return Result.fail(
          `name what to follow, e.g. \`subscribe ${criterion.slice(0, -1)} ${criterionExample[criterion]}\``
        )
      }
      const sectors = criterion === undefined ? positionals.flatMap(splitList) : []
      if (sectors.length === 0 && criterion === undefined) {
        return Result.fail(
          "name the sectors to follow, e.g. `subscribe defence space`, or `subscribe all`, " +
            "or `subscribe actor Fincantieri`"
        )
      }
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
          ...(criterion === undefined ? {} : { [criterion]: names }),
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
