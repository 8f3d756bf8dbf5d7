/**
 * `pnpm feedback export [--since DATE]` — subscribers' answers to alerts as labelled JSON lines in
 * the eval format (see feedback/eval-export.ts), so their corrections become test cases. Exit
 * codes: 0 done, 2 a wrong argument (named on stderr), 1 anything else (Redis unreachable).
 */
import { runCommand, UsageError } from "@india-italy/ops"
import { Console, Effect, Layer, Logger, Option, Result } from "effect"
import { Argument, Command, Flag } from "effect/cli"
import { evalLinesOf } from "../feedback/eval-export.ts"
import { FeedbackStore } from "../feedback/feedback-store.ts"
import { Redis } from "@india-italy/runtime"
import { parseFeedbackArgs } from "./feedback-args.ts"

const exportAnswers = (since: number | undefined) =>
  Effect.gen(function* () {
    const answered = yield* (yield* FeedbackStore).answered(since)
    const lines = evalLinesOf(answered)
    for (const line of lines) yield* Console.log(JSON.stringify(line))
    const withoutText = lines.filter((line) => line.text === "").length
    const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`
    yield* Console.error(
      `feedback: ${plural(lines.length, "labelled line")} from ${plural(answered.length, "answered event")}` +
        (withoutText > 0 ? `; ${withoutText} without text (reported before the pipeline carried it)` : "")
    )
  }).pipe(
    Effect.provide(FeedbackStore.layer.pipe(Layer.provideMerge(Redis.layer))),
    Effect.catchDefect((defect) =>
      Effect.fail(
        new Error(
          `failed: ${defect instanceof Error ? defect.message : String(defect)} (is Redis running at REDIS_URL?)`
        )
      )
    ),
    Effect.provide(Logger.layer([Logger.withConsoleError(Logger.formatLogFmt)]))
  )

export const feedbackCommand = Command.make(
  "feedback",
  {
    action: Argument.String("action").pipe(Argument.withDescription("What to do: export."), Argument.optional),
    since: Flag.String("since").pipe(
      Flag.withDescription(
        "Only events answered on or after this date (YYYY-MM-DD or an ISO time; default: all kept)."
      ),
      Flag.optional
    )
  },
  ({ action, since }) =>
    Effect.gen(function* () {
      // The same checks as before effect/cli: every mistake names the argument and the form expected.
      const args = [
        ...Option.toArray(action),
        ...Option.match(since, { onNone: () => [], onSome: (value) => ["--since", value] })
      ]
      const parsed = parseFeedbackArgs(args)
      if (Result.isFailure(parsed)) return yield* new UsageError({ reason: parsed.failure })
      if (parsed.success._tag === "Help") return
      yield* exportAnswers(parsed.success.since)
    })
).pipe(
  Command.withDescription(
    "Writes subscribers' answers to alerts (Not relevant, Wrong type or sector) as labelled eval lines."
  ),
  Command.withExamples([
    { command: "pnpm -s feedback export > packages/domain/eval/feedback.jsonl", description: "every answer kept" }
  ])
)

runCommand(feedbackCommand, { name: "feedback" })
