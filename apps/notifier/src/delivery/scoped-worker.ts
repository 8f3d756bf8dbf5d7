import { Worker, type Job, type WorkerOptions } from "bullmq"
import { Effect } from "effect"
import type { Redis } from "../redis.ts"

/**
 * A BullMQ worker as a scoped resource: started when the scope opens, closed when it ends.
 * Closing waits for in-flight jobs, but at most `shutdownTimeoutMs`; after that the worker is
 * force-closed and its unfinished jobs are picked up again by another process (stalled-job
 * recovery), which the delivery ledger makes safe.
 */
export const scopedWorker = <Data>(options: {
  readonly redis: Redis["Service"]
  readonly queueName: string
  readonly processor: (job: Job<Data>, token: string | undefined) => Promise<unknown>
  readonly shutdownTimeoutMs: number
  readonly onFailed?: (job: Job<Data> | undefined, error: Error) => void
  readonly workerOptions?: Omit<WorkerOptions, "connection" | "prefix">
}) =>
  Effect.acquireRelease(
    Effect.sync(() => {
      const worker = new Worker<Data>(options.queueName, (job, token) => options.processor(job, token), {
        ...options.workerOptions,
        connection: options.redis.duplicateForWorker(),
        prefix: options.redis.prefix
      })
      // Without a listener an "error" (Redis away) would be an unhandled event; BullMQ reconnects by itself.
      worker.on("error", () => {})
      if (options.onFailed !== undefined) worker.on("failed", options.onFailed)
      return worker
    }),
    (worker) =>
      Effect.promise(async () => {
        let timer: NodeJS.Timeout | undefined
        const gaveUp = new Promise<"timeout">((resolve) => {
          timer = setTimeout(() => resolve("timeout"), options.shutdownTimeoutMs)
        })
        const result = await Promise.race([
          worker.close().then(
            () => "closed" as const,
            () => "closed" as const
          ),
          gaveUp
        ])
        clearTimeout(timer)
        if (result === "timeout") await worker.close(true).catch(() => undefined)
      })
  )
