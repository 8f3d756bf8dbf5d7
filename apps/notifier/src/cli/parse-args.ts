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
export const parseFlags = (args: ReadonlyArray<string>, known: Readonly<Record<string, FlagKind>>): Result.Result<ParsedFlags, string> => {
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
      const expected = Object.keys(known).map((flag) => `--${flag}`).join(", ")
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
  "usage: pnpm subscribe --channel C0123ABCD --sectors defence,space|all [--types agreement_signed,military_exercise] [--actors 'Giorgia Meloni,Fincantieri'] [--keywords 'green hydrogen,idrogeno verde'] [--places Goa,Naples] [--min-confidence 0.6] [--digest daily@08:00|weekly@mon@08:00 --tz Asia/Kolkata] (at least one of --sectors, --actors, --keywords, --places)"

/**
 * `pnpm subscribe` arguments → a subscription request. Only the shape is checked here (flags,
 * required values); what the values mean is checked by `validateSubscriptionInput`, the same
 * check the slash command and the subscriptions file go through.
 */
export const parseSubscribeArgs = (args: ReadonlyArray<string>): Result.Result<SubscriptionInput, string> => {
  const parsed = parseFlags(args, subscribeFlags)
  if (Result.isFailure(parsed)) return Result.fail(parsed.failure)
  const { values, positionals } = parsed.success
  if (positionals.length > 0) return Result.fail(`unexpected argument ${JSON.stringify(positionals[0])}`)
  const channel = values.get("channel")
  const sectors = values.get("sectors")
  if (channel === undefined) return Result.fail("--channel is required (a Slack channel id such as C0123ABCD)")
  const actors = values.get("actors")
  const keywords = values.get("keywords")
  const places = values.get("places")
  if (sectors === undefined && actors === undefined && keywords === undefined && places === undefined) {
    return Result.fail("--sectors is required (a comma-separated list of sectors, or all), unless --actors, --keywords or --places is given")
  }
  const types = values.get("types")
  const minConfidence = values.get("min-confidence")
  const digest = values.get("digest")
  const tz = values.get("tz")
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

export const subscriptionsUsage = "usage: pnpm subscriptions [--json]"

export const parseSubscriptionsArgs = (args: ReadonlyArray<string>): Result.Result<{ readonly json: boolean }, string> => {
  const parsed = parseFlags(args, { json: "switch" })
  if (Result.isFailure(parsed)) return Result.fail(parsed.failure)
  if (parsed.success.positionals.length > 0) return Result.fail(`unexpected argument ${JSON.stringify(parsed.success.positionals[0])}`)
  return Result.succeed({ json: parsed.success.switches.has("json") })
}

export const unsubscribeUsage = "usage: pnpm unsubscribe SUBSCRIPTION_ID"

export const parseUnsubscribeArgs = (args: ReadonlyArray<string>): Result.Result<{ readonly id: string }, string> => {
  const parsed = parseFlags(args, {})
  if (Result.isFailure(parsed)) return Result.fail(parsed.failure)
  const { positionals } = parsed.success
  if (positionals.length === 0) return Result.fail("the id of the subscription to remove is required (see pnpm subscriptions)")
  if (positionals.length > 1) return Result.fail(`one id at a time, got ${positionals.length}`)
  return Result.succeed({ id: positionals[0] ?? "" })
}

/** Also used by the slash command, whose options are the same as the CLI's. */
export { parseConfidence }
