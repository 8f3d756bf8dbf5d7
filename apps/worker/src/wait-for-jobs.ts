import type { Queue } from "bullmq"
import { Effect } from "effect"

/**
 * Waits until each job has finished (completed, or failed for good), polling its state; a job
 * that is gone was completed and removed. Returns the ids still unfinished when the budget ran out.
 */
export const waitForJobs = (queue: Queue, jobIds: ReadonlyArray<string>, budgetMs: number) =>
  Effect.gen(function* () {
    const deadline = Date.now() + budgetMs
    let pending = [...jobIds]
    let pause = 10
    while (pending.length > 0) {
      const states = yield* Effect.promise(() => Promise.all(pending.map((id) => queue.getJobState(id))))
      pending = pending.filter((_, index) => {
        const state = states[index]
        return state !== "completed" && state !== "failed" && state !== "unknown"
      })
      if (pending.length === 0 || Date.now() > deadline) break
      yield* Effect.sleep(pause)
      pause = Math.min(200, pause * 2)
    }
    return { pending }
  })
