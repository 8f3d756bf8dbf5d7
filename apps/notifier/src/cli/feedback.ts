/**
 * `pnpm feedback export [--since DATE]` — subscribers' answers to alerts as labelled JSON lines in
 * the eval format (see feedback/eval-export.ts), so their corrections become test cases. Exit
 * codes: 0 done, 2 a wrong argument (named on stderr), 1 anything else (Redis unreachable).
 */
import { Cause, Console, Effect, Layer, Logger } from "effect"
import { evalLinesOf } from "../feedback/eval-export.ts"
import { FeedbackStore } from "../feedback/feedback-store.ts"
import { Redis } from "../redis.ts"
import { orUsage, scriptArguments } from "./cli-runtime.ts"
import { feedbackUsage, parseFeedbackArgs } from "./feedback-args.ts"

const program = Effect.gen(function* () {
  const command = yield* orUsage(parseFeedbackArgs(scriptArguments()), feedbackUsage)
  if (command._tag === "Help") return yield* Console.log(feedbackUsage)
  const answered = yield* (yield* FeedbackStore).answered(command.since)
  const lines = evalLinesOf(answered)
  for (const line of lines) yield* Console.log(JSON.stringify(line))
  const withoutText = lines.filter((line) => line.text === "").length
  yield* Console.error(
    `feedback: ${lines.length} labelled line${lines.length === 1 ? "" : "s"} from ${answered.length} answered event${answered.length === 1 ? "" : "s"}` +
      (withoutText > 0 ? `; ${withoutText} without text (reported before the pipeline carried it)` : "")
  )
})

const main = program.pipe(
  Effect.as(0),
  Effect.provide(FeedbackStore.layer.pipe(Layer.provideMerge(Redis.layer))),
  Effect.catchTag("UsageError", (error) => Console.error(`feedback: ${error.reason}\n${feedbackUsage}`).pipe(Effect.as(2))),
  Effect.catchCause((cause) => {
    const error = Cause.squash(cause)
    const reason = error instanceof Error ? error.message : String(error)
    return Console.error(`feedback: failed: ${reason} (is Redis running at REDIS_URL?)`).pipe(Effect.as(1))
  }),
  Effect.flatMap((code) => Effect.sync(() => (process.exitCode = code))),
  Effect.provide(Logger.layer([Logger.withConsoleError(Logger.formatLogFmt)]))
)

Effect.runPromise(main).catch((error: unknown) => {
  process.stderr.write(`feedback: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
})
