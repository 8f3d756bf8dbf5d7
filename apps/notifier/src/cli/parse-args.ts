import { Result } from "effect"
import { splitList, splitNames, type SubscriptionInput } from "../subscriptions/subscription-input.ts"

/** How a flag is used: with a value (`--tz Asia/Kolkata`, `--tz=Asia/Kolkata`) or alone (`--json`). */
export type FlagKind = "value" | "switch"

export interface ParsedFlags {
  readonly values: ReadonlyMap<string, string>
  readonly switches: ReadonlySet<string>
  readonly positionals: ReadonlyArray<string>
}

/**
 * Splits arguments into flags and positionals. Unknown flags, a flag given twice and a value flag
 * without its value are errors naming the flag: silently ignoring `--sector defence` (singular)
 * would create a subscription the person did not ask for.
 */
export const parseFlags = (
  args: ReadonlyArray<string>,
  known: Readonly<Record<string, FlagKind>>
): Result.Result<ParsedFlags, string> => {
  const values = new Map<string, string>()
  const switches = new Set<string>()
  const positionals: Array<string> = []
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? ""
    if (!arg.startsWith("--") || arg === "--") {
      positionals.push(arg)
      continue
    }
    const equals = arg.indexOf("=")
    const name = arg.slice(2, equals === -1 ? undefined : equals)
    const kind = known[name]
    if (kind === undefined) {
      const expected = Object.keys(known)
        .map((flag) => `--${flag}`)
        .join(", ")
      return Result.fail(`unknown option --${name} (expected ${expected})`)
    }
    if (values.has(name) || switches.has(name)) return Result.fail(`--${name} is given twice`)
    if (kind === "switch") {
      if (equals !== -1) return Result.fail(`--${name} takes no value`)
      switches.add(name)
      continue
    }
    const value = equals === -1 ? args[index + 1] : arg.slice(equals + 1)
    if (value === undefined || (equals === -1 && value.startsWith("--")) || value.trim() === "") {
      return Result.fail(`--${name} needs a value`)
    }
    if (equals === -1) index++
    values.set(name, value)
  }
  return Result.succeed({ values, switches, positionals })
}

/**
 * `--min-confidence` "0.6" → 0.6. Anything but a plain decimal number from 0 to 1 is refused here,
 * with the text that was typed: a NaN passed on would be reported as "got null".
 */
const parseConfidence = (text: string): Result.Result<number, string> => {
  const value = /^\s*(\d{1,16}(\.\d{0,16})?|\.\d{1,16})\s*$/.test(text) ? Number(text) : Number.NaN
  return value >= 0 && value <= 1
    ? Result.succeed(value)
    : Result.fail(`--min-confidence must be a number from 0 to 1 (e.g. 0.6), got ${JSON.stringify(text.slice(0, 40))}`)
}

const subscribeFlags = {
  channel: "value",
  sectors: "value",
  types: "value",
  "min-confidence": "value",
  digest: "value",
  tz: "value",
  actors: "value",
  keywords: "value",
  places: "value"
} as const satisfies Record<string, FlagKind>

export const subscribeUsage =
  "usage: pnpm subscribe --channel C0123ABCD --sectors defence,space|all [--types agreement_signed,military_exercise]" +
  " [--actors 'Giorgia Meloni,Fincantieri'] [--keywords 'green hydrogen,idrogeno verde'] [--places Goa,Naples]" +
  " [--min-confidence 0.6] [--digest daily@08:00|weekly@mon@08:00 --tz Asia/Kolkata]" +
  " (at least one of --sectors, --actors, --keywords, --places)"

/** `pnpm subscribe` arguments as one list (the slash command's form) → a subscription request. */
export const parseSubscribeArgs = (args: ReadonlyArray<string>): Result.Result<SubscriptionInput, string> => {
  const parsed = parseFlags(args, subscribeFlags)
  if (Result.isFailure(parsed)) return Result.fail(parsed.failure)
  const { values, positionals } = parsed.success
  if (positionals.length > 0) return Result.fail(`unexpected argument ${JSON.stringify(positionals[0])}`)
  return subscriptionInputFromFlags(Object.fromEntries(values))
}

/** The values of `pnpm subscribe`'s flags (absent ones undefined), by flag name. */
export type SubscribeFlagValues = { readonly [Name in keyof typeof subscribeFlags]?: string | undefined }

/**
 * `pnpm subscribe`'s flag values → a subscription request: required flags present, the confidence
 * a number. What the values mean is checked by `validateSubscriptionInput`, the same check the
 * slash command and the subscriptions file go through.
 */
export const subscriptionInputFromFlags = (values: SubscribeFlagValues): Result.Result<SubscriptionInput, string> => {
  const { channel, sectors, types, digest, tz } = values
  if (channel === undefined) return Result.fail("--channel is required (a Slack channel id such as C0123ABCD)")
  const { actors, keywords, places } = values
  if (sectors === undefined && actors === undefined && keywords === undefined && places === undefined) {
    return Result.fail(
      "--sectors is required (a comma-separated list of sectors, or all), " +
        "unless --actors, --keywords or --places is given"
    )
  }
  const minConfidence = values["min-confidence"]
  const confidence = minConfidence === undefined ? undefined : parseConfidence(minConfidence)
  if (confidence !== undefined && Result.isFailure(confidence)) return Result.fail(confidence.failure)
  return Result.succeed({
    channel,
    sectors: sectors === undefined ? [] : sectors.trim().toLowerCase() === "all" ? "all" : splitList(sectors),
    ...(types === undefined ? {} : { eventTypes: splitList(types) }),
    ...(actors === undefined ? {} : { actors: splitNames(actors) }),
    ...(keywords === undefined ? {} : { keywords: splitNames(keywords) }),
    ...(places === undefined ? {} : { places: splitNames(places) }),
    ...(confidence === undefined ? {} : { minConfidence: confidence.success }),
    ...(digest === undefined ? {} : { digest }),
    ...(tz === undefined ? {} : { tz })
  })
}

/** Also used by the slash command, whose options are the same as the CLI's. */
export { parseConfidence }
