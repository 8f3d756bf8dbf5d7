import type { Queue } from "bullmq"
import { Effect } from "effect"

export interface IdleOptions {
  /** Names the queues in the error when they do not drain, e.g. "the demo's queues". */
  readonly what: string
  readonly budgetMs: number
  /** Consecutive checks with nothing in any queue: a finishing job can enqueue the next stage's a moment later. */
  readonly quietChecks: number
  readonly pauseMs: { readonly busy: number; readonly quiet: number }
  /** Sees each check's counts (progress output). */
  readonly onCheck?: (counts: ReadonlyArray<Readonly<Record<string, number>>>) => void
}

/** Waits until `queues` have nothing waiting, active, delayed or prioritized, `quietChecks` times in a row. */
export const waitUntilQueuesIdle = (queues: ReadonlyArray<Queue>, options: IdleOptions) =>
  Effect.gen(function* () {
    const deadline = Date.now() + options.budgetMs
    let quiet = 0
    while (quiet < options.quietChecks) {
      if (Date.now() > deadline)
        return yield* Effect.die(new Error(`${options.what} did not drain within ${options.budgetMs} ms`))
      const counts = yield* Effect.promise(() =>
        Promise.all(queues.map((queue) => queue.getJobCounts("waiting", "active", "delayed", "prioritized")))
      )
      options.onCheck?.(counts)
      const busy = counts.some((count) => Object.values(count).some((value) => value > 0))
      quiet = busy ? 0 : quiet + 1
      yield* Effect.sleep(busy ? options.pauseMs.busy : options.pauseMs.quiet)
    }
  })
