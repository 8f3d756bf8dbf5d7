import { Queue, type QueueOptions } from "bullmq"
import { Effect } from "effect"
import { Redis } from "../redis/redis.ts"

/** How long closing a queue may take: with Redis gone, close() would wait for a reconnect that never comes. */
export const queueCloseMs = 3_000

/**
 * A BullMQ queue (the producer side) under the Redis service's prefix, on a connection of its
 * own, closed within `queueCloseMs` when the scope ends.
 */
export const scopedQueue = <Data>(name: string, options: Omit<QueueOptions, "connection" | "prefix"> = {}) =>
  Effect.gen(function* () {
    const redis = yield* Redis
    return yield* Effect.acquireRelease(
      Effect.sync(() => {
        const queue = new Queue<Data>(name, { ...options, connection: redis.duplicateForQueue(), prefix: redis.prefix })
        // Connection errors are reported where a command fails; an unheard "error" event would kill the process.
        queue.on("error", () => {})
        return queue
      }),
      (queue) =>
        Effect.promise(() => queue.close().catch(() => undefined)).pipe(Effect.timeout(queueCloseMs), Effect.ignore)
    )
  })
