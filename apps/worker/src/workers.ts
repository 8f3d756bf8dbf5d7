import { queueNames } from "@india-italy/domain"
import { UnrecoverableError, type Processor, type Worker } from "bullmq"
import { Context, Effect, Layer, Schema } from "effect"
import { ClassifyStage } from "./classify/classify-stage.ts"
import { WorkerConfig } from "./config.ts"
import { Metrics, recordFailure, recordLatency } from "./metrics.ts"
import { ClassifyBatch, ClassifyJob } from "./queues.ts"
import { scopedWorker } from "@india-italy/runtime"

/**
 * One of the worker's consumers: a scoped BullMQ worker (@india-italy/runtime) with the worker's
 * lock and shutdown settings, logging connection trouble and failed jobs.
 */
const consume = <T>(name: string, processor: Processor<T>, concurrency: number) =>
  Effect.gen(function* () {
    const { shutdownTimeoutMs, jobLockMs } = yield* WorkerConfig
    const context = yield* Effect.context<never>()
    const runLog = (effect: Effect.Effect<void>) => Effect.runForkWith(context)(effect)
    return yield* scopedWorker<T>({
      queueName: name,
      processor: (job, token) => processor(job, token),
      shutdownTimeoutMs,
      workerOptions: { concurrency, lockDuration: jobLockMs, stalledInterval: jobLockMs, autorun: true },
      onError: (error) => runLog(Effect.logError("queue worker error", { queue: name, error: String(error) })),
      onFailed: (job, error) =>
        runLog(
          Effect.logWarning("job failed", {
            queue: name,
            jobId: job?.id,
            attempt: job?.attemptsMade,
            error: error.message
          })
        )
    })
  })

const decodeOrGiveUp = <S extends Schema.Decoder<unknown>>(schema: S, data: unknown, queue: string): S["Type"] => {
  const decoded = Schema.decodeUnknownExit(schema)(data)
  if (decoded._tag === "Success") return decoded.value
  // A malformed payload will be just as malformed on every retry.
  throw new UnrecoverableError(`malformed ${queue} job: ${String(decoded.cause)}`)
}

/** A classify job's items: a poll's batch, or one item as jobs were queued before batches. */
const ClassifyJobData = Schema.Union([ClassifyBatch, ClassifyJob])
const itemsOf = (data: typeof ClassifyJobData.Type): ReadonlyArray<ClassifyJob> =>
  "items" in data ? data.items : [data]

export class ClassifyWorker extends Context.Service<
  ClassifyWorker,
  { readonly worker: Worker<ClassifyBatch | ClassifyJob> }
>()("worker/ClassifyWorker") {
  /** Consumes `classify`: classify → cluster → notices, one poll's items per job. */
  static readonly layer = Layer.effect(
    ClassifyWorker,
    Effect.gen(function* () {
      const stage = yield* ClassifyStage
      const { classifyConcurrency } = yield* WorkerConfig
      const { counters } = yield* Metrics
      const context = yield* Effect.context<never>()
      const run = Effect.runPromiseWith(context)
      const worker = yield* consume<ClassifyBatch | ClassifyJob>(
        queueNames.classify,
        async (job) => {
          const items = itemsOf(decodeOrGiveUp(ClassifyJobData, job.data, queueNames.classify))
          // Each item of the batch waited as long as the job did.
          const waited = Date.now() - job.timestamp
          for (const _ of items) recordLatency(counters, "classify_queue_wait", waited)
          const outcomes = await run(
            stage.processBatch(items, new Date(), job.timestamp).pipe(
              Effect.tapError((error) => Effect.sync(() => recordFailure(counters, error._tag))),
              Effect.annotateLogs({ jobId: job.id ?? "" })
            )
          )
          // From the poll that found the items to their notices being queued: the worker's share of "seen → Slack".
          if (outcomes.some((outcome) => outcome.cluster?.notice !== undefined))
            recordLatency(counters, "poll_to_notice", Date.now() - job.timestamp)
          return outcomes.map((outcome) => ({
            relevant: outcome.classified.relevant,
            eventId: outcome.cluster?.eventId,
            decision: outcome.cluster?.decision
          }))
        },
        classifyConcurrency
      )
      return ClassifyWorker.of({ worker })
    })
  )
}
