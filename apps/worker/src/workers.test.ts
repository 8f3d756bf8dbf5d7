import { Effect } from "effect"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { Queues } from "./queues.ts"
import { deletePrefix, eventually, startPipeline, uniquePrefix } from "./test-support/pipeline-harness.ts"

let prefix: string
let pipeline: ReturnType<typeof startPipeline>

beforeEach(() => {
  prefix = uniquePrefix("workers")
  pipeline = startPipeline({ prefix, consumers: "all" })
})
afterEach(async () => {
  await pipeline.dispose()
  await deletePrefix(prefix)
})

describe("classify consumer", () => {
  it("fails a malformed classify job for good instead of retrying it", async () => {
    const job = await pipeline.run(
      Effect.flatMap(Queues, (queues) =>
        Effect.promise(() =>
          queues.classify.add("new", { not: "a classify job" } as never, { jobId: "malformed-1", attempts: 5 })
        )
      )
    )
    const failed = await eventually(async () => {
      const state = await job.getState()
      return state === "failed" ? state : undefined
    })
    expect(failed).toBe("failed")
    const reloaded = await pipeline.run(
      Effect.flatMap(Queues, (queues) => Effect.promise(() => queues.classify.getJob("malformed-1")))
    )
    expect(reloaded?.attemptsMade).toBe(1)
    expect(reloaded?.failedReason).toMatch(/malformed classify job/)
  })
})
