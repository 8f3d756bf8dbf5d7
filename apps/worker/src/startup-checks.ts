import { Effect, Layer } from "effect"
import { Redis } from "./redis.ts"

/**
 * Fails start-up with a clear message when Redis is unreachable, and warns when Redis may evict
 * keys: BullMQ's queues and the worker's seen-item and event stores must never be evicted.
 */
export const checkRedis = Effect.gen(function* () {
  yield* Redis.ping()
  const { client } = yield* Redis
  const policy = yield* Effect.promise(() => client.config("GET", "maxmemory-policy").catch(() => [] as Array<string>))
  const value = Array.isArray(policy) ? policy[1] : undefined
  if (value !== undefined && value !== "noeviction") {
    yield* Effect.logWarning(
      `Redis maxmemory-policy is ${value}; set it to noeviction or queued jobs and seen items may be lost`
    )
  }
})

export const startupChecks = Layer.effectDiscard(checkRedis)
