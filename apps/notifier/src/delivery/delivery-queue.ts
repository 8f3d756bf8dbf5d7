import { queueNames } from "@india-italy/domain"
import type { Queue } from "bullmq"
import { Context, Effect, Layer } from "effect"
import { NotifierConfig } from "../config.ts"
import { type Redis, scopedQueue } from "@india-italy/runtime"
import { DeliveryStoreError } from "./delivery-ledger.ts"
import type { DeliveryJob } from "./delivery-job.ts"

/**
 * The producer side of the deliveries queue. BullMQ is the one place that retries Slack calls:
 * transient failures (5xx, network) back off exponentially for `deliveryAttempts` tries; 429s and
 * pacing move a job to "delayed" without using up an attempt.
 */
export class DeliveryQueue extends Context.Service<
  DeliveryQueue,
  {
    readonly name: string
    /**
     * Adds a delivery (after `delayMs`, if given); a second add with the same delivery key is the
     * same job (idempotent).
     */
    readonly enqueue: (job: DeliveryJob, delayMs?: number) => Effect.Effect<void, DeliveryStoreError>
    readonly queue: Queue<DeliveryJob>
  }
>()("notifier/DeliveryQueue") {
  static readonly layer = Layer.effect(
    DeliveryQueue,
    Effect.gen(function* () {
      const config = yield* NotifierConfig
      const queue = yield* scopedQueue<DeliveryJob>(queueNames.deliveries, {
        defaultJobOptions: {
          attempts: config.deliveryAttempts,
          backoff: { type: "exponential", delay: config.deliveryBackoffMs },
          // Completed jobs go after a day; the ledger, not the job, is the lasting record of a post.
          removeOnComplete: { age: 24 * 3600, count: 50_000 },
          removeOnFail: { age: 7 * 24 * 3600 }
        }
      })
      return DeliveryQueue.of({
        name: queueNames.deliveries,
        queue,
        enqueue: (job, delayMs = 0) =>
          Effect.tryPromise({
            try: () => queue.add(job.kind, job, { jobId: job.deliveryKey, ...(delayMs > 0 ? { delay: delayMs } : {}) }),
            catch: (error) =>
              new DeliveryStoreError({
                operation: "enqueue delivery",
                reason: error instanceof Error ? error.message : String(error)
              })
          }).pipe(Effect.asVoid)
      })
    })
  )
}
