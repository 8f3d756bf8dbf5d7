import { Result } from "effect"
import { parseFlags } from "./parse-args.ts"

export const feedbackUsage = [
  "usage: pnpm feedback export [--since 2026-05-01]",
  "  export   writes subscribers' answers to alerts (Not relevant, Wrong type or sector) as labelled JSON lines",
  "           in the eval format of packages/domain/eval, one per answered event, on stdout",
  "  --since  only events answered on or after this date (YYYY-MM-DD or an ISO time; default: all kept)",
  "example: pnpm -s feedback export > packages/domain/eval/feedback.jsonl"
].join("\n")

export type FeedbackCommand = { readonly _tag: "Help" } | { readonly _tag: "Export"; readonly since?: number }

/** `pnpm feedback …` arguments; every mistake names the argument and the form expected. */
export const parseFeedbackArgs = (args: ReadonlyArray<string>): Result.Result<FeedbackCommand, string> => {
  if (args.includes("--help") || args.includes("-h")) return Result.succeed({ _tag: "Help" })
  const [verb, ...rest] = args
  if (verb === undefined) return Result.fail("say what to do: `export`")
  if (verb !== "export") return Result.fail(`unknown command ${JSON.stringify(verb.slice(0, 40))} (expected export)`)
  const parsed = parseFlags(rest, { since: "value" })
  if (Result.isFailure(parsed)) return Result.fail(parsed.failure)
  if (parsed.success.positionals.length > 0)
    return Result.fail(`unexpected argument ${JSON.stringify(parsed.success.positionals[0]?.slice(0, 40))}`)
  const since = parsed.success.values.get("since")
  if (since === undefined) return Result.succeed({ _tag: "Export" })
  const time = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(since.trim())
    ? Date.parse(since.trim())
    : Number.NaN
  if (Number.isNaN(time))
    return Result.fail(
      `--since must be a date such as 2026-05-01 (or an ISO time), got ${JSON.stringify(since.slice(0, 40))}`
    )
  return Result.succeed({ _tag: "Export", since: time })
}
