import { Config, Effect, Layer } from "effect"

/** Time allowed beyond NOTIFIER_SHUTDOWN_TIMEOUT_MS for queues, servers and Redis to close. */
const closeMarginMs = 5_000

/**
 * A bound on shutdown in every state: SIGTERM or SIGINT normally lets the layers close (workers
 * finish or hand back their jobs within NOTIFIER_SHUTDOWN_TIMEOUT_MS), but a close that waits on
 * something that never answers (a Redis that went away, a socket that hangs) must not keep the
 * process alive. Past the bound the process exits with code 1 and says why.
 */
export const ShutdownDeadline = Layer.effectDiscard(
  Effect.gen(function* () {
    const shutdownTimeoutMs = yield* Config.Int("NOTIFIER_SHUTDOWN_TIMEOUT_MS").pipe(Config.withDefault(10_000))
    const boundMs = Math.max(0, shutdownTimeoutMs) + closeMarginMs
    const onSignal = (signal: NodeJS.Signals) => {
      setTimeout(() => {
        process.stderr.write(`notifier: shutdown after ${signal} took longer than ${boundMs} ms; exiting anyway\n`)
        process.exit(1)
      }, boundMs).unref()
    }
    yield* Effect.acquireRelease(
      Effect.sync(() => {
        process.once("SIGTERM", onSignal)
        process.once("SIGINT", onSignal)
      }),
      () =>
        Effect.sync(() => {
          process.off("SIGTERM", onSignal)
          process.off("SIGINT", onSignal)
        })
    )
  })
)
