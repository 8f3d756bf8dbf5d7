import { Cause, Console, Effect, Layer, Logger, Result, Schema } from "effect"
import { Redis } from "../redis.ts"
import { SubscriptionStore, type InvalidSubscription } from "../subscriptions/subscription-store.ts"

/** A mistake in what the person typed: printed on stderr, exit code 2. */
export class UsageError extends Schema.TaggedError<UsageError>()("UsageError", {
  reason: Schema.String,
  usage: Schema.optional(Schema.String)
}) {
  override get message() {
    return this.reason
  }
}

/** pnpm may forward a literal "--" before the script's own arguments. */
export const scriptArguments = (): ReadonlyArray<string> => {
  const args = process.argv.slice(2)
  return args[0] === "--" ? args.slice(1) : args
}

/** A parse result as an Effect that fails with a UsageError. */
export const orUsage = <A>(result: Result.Result<A, string>, usage: string): Effect.Effect<A, UsageError> =>
  Result.isSuccess(result) ? Effect.succeed(result.success) : Effect.fail(new UsageError({ reason: result.failure, usage }))

// Logs (e.g. a stored entry that no longer validates) go to stderr: stdout is for the result, often JSON.
const StderrLogging = Logger.layer([Logger.withConsoleError(Logger.formatLogFmt)])

/**
 * Runs a subscription command against the store in REDIS_URL/REDIS_PREFIX. Exit codes: 0 done,
 * 2 the request was wrong (bad arguments, invalid subscription, unknown id), 1 anything else
 * (Redis unreachable). Errors go to stderr.
 */
export const runSubscriptionCommand = (name: string, program: Effect.Effect<void, UsageError | InvalidSubscription, SubscriptionStore>) => {
  const main = program.pipe(
    Effect.as(0),
    Effect.provide(SubscriptionStore.layer.pipe(Layer.provideMerge(Redis.layer))),
    Effect.catch((error) => {
      if (error._tag === "UsageError") {
        return Console.error([`${name}: ${error.reason}`, ...(error.usage === undefined ? [] : [error.usage])].join("\n")).pipe(Effect.as(2))
      }
      if (error._tag === "InvalidSubscription") {
        return Console.error([`${name}: invalid subscription`, ...error.problems.map((problem) => `  - ${problem}`)].join("\n")).pipe(Effect.as(2))
      }
      return Console.error(`${name}: ${error.message}`).pipe(Effect.as(1))
    }),
    Effect.catchCause((cause) => {
      const error = Cause.squash(cause)
      const reason = error instanceof Error ? error.message : String(error)
      return Console.error(`${name}: failed: ${reason} (is Redis running at REDIS_URL?)`).pipe(Effect.as(1))
    }),
    Effect.flatMap((code) => Effect.sync(() => (process.exitCode = code))),
    Effect.provide(StderrLogging)
  )
  // A one-shot command: plain runPromise starts faster than the platform runtime and needs no signal handling.
  Effect.runPromise(main).catch((error: unknown) => {
    process.stderr.write(`${name}: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  })
}
