import { Worker, type Job, type WorkerOptions } from "bullmq"
import { Effect } from "effect"
import { Redis } from "../redis/redis.ts"

export interface ScopedWorkerOptions<Data> {
  readonly queueName: string
  readonly processor: (job: Job<Data>, token: string | undefined) => Promise<unknown>
  /** How long closing waits for the jobs in hand before closing by force. */
  readonly shutdownTimeoutMs: number
  readonly onFailed?: (job: Job<Data> | undefined, error: Error) => void
  /** Connection trouble; BullMQ reconnects by itself, so this is for logging only. */
  readonly onError?: (error: Error) => void
  readonly workerOptions?: Omit<WorkerOptions, "connection" | "prefix">
}

/** How long dropping a worker's connections may take once its gentle close has run out of time. */
const disconnectMs = 1_000

const within = <A>(promise: Promise<A>, ms: number, late: A): Promise<A> => {
  let timer: NodeJS.Timeout | undefined
  const bound = new Promise<A>((resolve) => {
    timer = setTimeout(() => resolve(late), ms)
  })
  return Promise.race([promise, bound]).finally(() => clearTimeout(timer))
}

/**
 * Closes a worker gently within `timeoutMs`; past that it drops the worker's connections and
 * stops waiting. (`close(true)` cannot do this: once a gentle close has begun, BullMQ hands back
 * that same pending close.) The jobs it still held are picked up by another process once their
 * locks run out (BullMQ's stalled-job check). Says which way it went.
 */
export const closeWorkerWithin = async (worker: Worker, timeoutMs: number): Promise<"closed" | "forced"> => {
  const gentle = worker.close().then(
    () => "closed" as const,
    () => "closed" as const
  )
  const result = await within(gentle, timeoutMs, "forced" as const)
  if (result === "forced")
    await within(
      worker.disconnect().catch(() => undefined),
      disconnectMs,
      undefined
    )
  return result
}

/**
 * A BullMQ worker as a scoped resource: started when the scope opens, closed when it ends.
 * Closing stops taking jobs and waits for the ones in hand, but at most `shutdownTimeoutMs`;
 * past that the worker is closed by force and its unfinished jobs are picked up again by another
 * process (BullMQ's stalled-job check). Several processes on one Redis share the queue and never
 * run one job twice at the same time.
 */
export const scopedWorker = <Data>(options: ScopedWorkerOptions<Data>) =>
  Effect.gen(function* () {
    const redis = yield* Redis
    return yield* Effect.acquireRelease(
      Effect.sync(() => {
        const worker = new Worker<Data>(options.queueName, (job, token) => options.processor(job, token), {
          ...options.workerOptions,
          connection: redis.duplicateForWorker(),
          prefix: redis.prefix
        })
        // Without a listener an "error" (Redis away) would be an unhandled event; BullMQ reconnects by itself.
        worker.on("error", options.onError ?? (() => {}))
        if (options.onFailed !== undefined) worker.on("failed", options.onFailed)
        return worker
      }),
      (worker) =>
        Effect.promise(() => closeWorkerWithin(worker as Worker, options.shutdownTimeoutMs)).pipe(
          Effect.tap((how) => Effect.logInfo("queue worker closed", { queue: options.queueName, how }))
        )
    )
  })
