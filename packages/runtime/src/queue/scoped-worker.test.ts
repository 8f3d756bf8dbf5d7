import { ConfigProvider, Effect, Layer } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import { Redis } from "../redis/redis.ts"
import { deleteKeysUnder, redisUrl, uniquePrefix } from "../testing.ts"
import { scopedQueue } from "./scoped-queue.ts"
import { scopedWorker } from "./scoped-worker.ts"

const prefix = uniquePrefix("queue")
afterAll(() => deleteKeysUnder(prefix))

/** A promise and its resolve function (Node 20 has no Promise.withResolvers). */
const deferred = <A>() => {
  let resolve: (value: A) => void = () => {}
  const promise = new Promise<A>((done) => {
    resolve = done
  })
  return { promise, resolve }
}

const redisLayer = Redis.layer.pipe(
  Layer.provide(ConfigProvider.layer(ConfigProvider.fromEnvRecord({ REDIS_URL: redisUrl, REDIS_PREFIX: prefix })))
)

describe("scopedQueue and scopedWorker", () => {
  it("carry a job under the Redis prefix from the queue to the worker", async () => {
    const result = await Effect.runPromise(
      Effect.scoped(
        Effect.gen(function* () {
          const queue = yield* scopedQueue<{ readonly n: number }>("double")
          const done = deferred<number>()
          yield* scopedWorker<{ readonly n: number }>({
            queueName: "double",
            shutdownTimeoutMs: 1_000,
            processor: async (job) => {
              done.resolve(job.data.n * 2)
              return job.data.n * 2
            }
          })
          yield* Effect.promise(() => queue.add("double", { n: 21 }))
          return yield* Effect.promise(() => done.promise)
        })
      ).pipe(Effect.provide(redisLayer))
    )
    expect(result).toBe(42)
  })

  it("closes a worker whose job never finishes within shutdownTimeoutMs, by force", async () => {
    let closedAfterMs = 0
    await Effect.runPromise(
      Effect.gen(function* () {
        const started = deferred<void>()
        const closing = Effect.scoped(
          Effect.gen(function* () {
            const queue = yield* scopedQueue<unknown>("stuck")
            yield* scopedWorker<unknown>({
              queueName: "stuck",
              shutdownTimeoutMs: 500,
              // A job that hangs (a Slack call that never answers): a gentle close would wait for ever.
              processor: () => {
                started.resolve()
                return new Promise(() => {})
              }
            })
            yield* Effect.promise(() => queue.add("stuck", {}))
            yield* Effect.promise(() => started.promise)
            return Date.now()
          })
        )
        const scopeEndsFrom = yield* closing
        closedAfterMs = Date.now() - scopeEndsFrom
      }).pipe(Effect.provide(redisLayer))
    )
    expect(closedAfterMs).toBeGreaterThanOrEqual(450)
    expect(closedAfterMs).toBeLessThan(5_000)
  })
})
