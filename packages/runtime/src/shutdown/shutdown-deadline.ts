import { Config, Effect, Layer } from "effect"

/** Time allowed beyond the app's own shutdown timeout for queues, servers and Redis to close. */
export const closeMarginMs = 5_000

export interface ShutdownDeadlineOptions {
  /** Named in the line printed when the bound is passed ("worker", "notifier"). */
  readonly app: string
  /** The variable holding how long workers may finish their jobs (e.g. SHUTDOWN_TIMEOUT_MS). */
  readonly timeoutVariable: string
  readonly defaultTimeoutMs?: number
}

/** What SIGTERM or SIGINT starts: a timer that ends the process if closing takes longer than `boundMs`. */
export const armShutdownDeadline = (app: string, boundMs: number) => (signal: NodeJS.Signals) => {
  setTimeout(() => {
    process.stderr.write(`${app}: shutdown after ${signal} took longer than ${boundMs} ms; exiting anyway\n`)
    process.exit(1)
  }, boundMs).unref()
}

/**
 * A bound on shutdown in every state: SIGTERM or SIGINT normally lets the layers close (workers
 * finish or hand back their jobs within the app's shutdown timeout), but a close that waits on
 * something that never answers (a Redis that went away, a socket that hangs) must not keep the
 * process alive. Past the bound the process exits with code 1 and says why. The signals
 * themselves interrupt the program through `runCommand` (@india-italy/ops); this only adds the bound.
 */
export const shutdownDeadline = (options: ShutdownDeadlineOptions) =>
  Layer.effectDiscard(
    Effect.gen(function* () {
      const timeoutMs = yield* Config.Int(options.timeoutVariable).pipe(
        Config.withDefault(options.defaultTimeoutMs ?? 10_000)
      )
      const onSignal = armShutdownDeadline(options.app, Math.max(0, timeoutMs) + closeMarginMs)
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
