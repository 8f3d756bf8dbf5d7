import {
  AlertRecord,
  ArchiveBatch,
  ArchiveJob,
  archiveJobNames,
  defaultKeyPrefix,
  queueNames
} from "@india-italy/domain"
import { UnrecoverableError, Worker, type Job } from "bullmq"
import { Config, Context, Effect, Layer, Schema } from "effect"
import { Redis as IORedis } from "ioredis"
import { EventStore, type RecordOutcome } from "./event-store.ts"

export const archiverSettings = Config.all({
  redisUrl: Config.String("REDIS_URL").pipe(Config.withDefault("redis://127.0.0.1:6379")),
  prefix: Config.String("REDIS_PREFIX").pipe(Config.withDefault(defaultKeyPrefix)),
  jobLockMs: Config.Int("JOB_LOCK_MS").pipe(Config.withDefault(30_000)),
  shutdownTimeoutMs: Config.Int("SHUTDOWN_TIMEOUT_MS").pipe(Config.withDefault(10_000))
})

const decodeJob = Schema.decodeUnknownExit(ArchiveJob)
const decodeAlert = Schema.decodeUnknownExit(AlertRecord)
const decodeBatch = Schema.decodeUnknownExit(ArchiveBatch)

/** The job's payload, or an UnrecoverableError: a malformed payload is as malformed on every retry. */
export const archiveJobOf = (data: unknown): ArchiveJob => {
  const decoded = decodeJob(data)
  if (decoded._tag === "Success") return decoded.value
  throw new UnrecoverableError(`malformed ${queueNames.archive} job: ${String(decoded.cause).slice(0, 500)}`)
}

/** A `revisions` job's revisions, in the order the worker made them, or an UnrecoverableError. */
export const archiveBatchOf = (data: unknown): ReadonlyArray<ArchiveJob> => {
  const decoded = decodeBatch(data)
  if (decoded._tag === "Success") return decoded.value.revisions
  throw new UnrecoverableError(
    `malformed ${archiveJobNames.revisions} job on ${queueNames.archive}: ${String(decoded.cause).slice(0, 500)}`
  )
}

/** An `alert_posted` job's payload, or an UnrecoverableError naming what is wrong with it. */
export const alertRecordOf = (data: unknown): AlertRecord => {
  const decoded = decodeAlert(data)
  if (decoded._tag === "Success") return decoded.value
  throw new UnrecoverableError(
    `malformed ${archiveJobNames.alertPosted} job on ${queueNames.archive}: ${String(decoded.cause).slice(0, 500)}`
  )
}

/**
 * The store's writer, a pipeline stage of its own: a BullMQ consumer of `archive` (one job per
 * event revision, or a `revisions` batch of a classify job's, fed by the worker beside its notices
 * to the notifier, and one `alert_posted`
 * job per Slack post, fed by the notifier). The store writes a revision, and an alert, once, so a
 * retried, replayed or re-delivered job adds nothing; a failed write (the database away) is
 * retried by BullMQ with backoff. One job at a time keeps PGlite's single connection free for the
 * history API.
 */
export class Archiver extends Context.Service<
  Archiver,
  {
    readonly worker: Worker<ArchiveJob | ArchiveBatch | AlertRecord>
    /** Revisions written (`stored`) and found already there (`duplicate`). */
    readonly recorded: { stored: number; duplicate: number }
    /** The same for alert records. */
    readonly recordedAlerts: { stored: number; duplicate: number }
  }
>()("event-store/Archiver") {
  static readonly layer = Layer.effect(
    Archiver,
    Effect.gen(function* () {
      const store = yield* EventStore
      const settings = yield* archiverSettings
      const context = yield* Effect.context<never>()
      const run = <A, E>(effect: Effect.Effect<A, E>) => Effect.runPromiseWith(context)(effect)
      const recorded = { stored: 0, duplicate: 0 }
      const recordedAlerts = { stored: 0, duplicate: 0 }
      const processor = async (
        job: Job<ArchiveJob | ArchiveBatch | AlertRecord>
      ): Promise<RecordOutcome | { readonly stored: number; readonly duplicate: number }> => {
        if (job.name === archiveJobNames.alertPosted) {
          const outcome = await run(store.recordAlert(alertRecordOf(job.data)))
          recordedAlerts[outcome]++
          return outcome
        }
        if (job.name === archiveJobNames.revisions) {
          // The store's batch write: one transaction, the same rows as recording them one by one, and a
          // replayed batch (or a revision already stored) writes nothing.
          const revisions = archiveBatchOf(job.data)
          const stored = await run(store.recordMany(revisions))
          const outcomes = { stored, duplicate: revisions.length - stored }
          recorded.stored += outcomes.stored
          recorded.duplicate += outcomes.duplicate
          return outcomes
        }
        const outcome = await run(store.record(archiveJobOf(job.data)))
        recorded[outcome]++
        return outcome
      }
      const worker = yield* Effect.acquireRelease(
        Effect.sync(() => {
          const connection = new IORedis(settings.redisUrl, { maxRetriesPerRequest: null })
          connection.on("error", () => {})
          const worker = new Worker<ArchiveJob | ArchiveBatch | AlertRecord>(queueNames.archive, processor, {
            connection,
            prefix: settings.prefix,
            concurrency: 1,
            lockDuration: settings.jobLockMs,
            stalledInterval: settings.jobLockMs
          })
          worker.on("error", (error) => void run(Effect.logError("archive worker error", { error: String(error) })))
          worker.on(
            "failed",
            (job, error) =>
              void run(
                Effect.logWarning("archive job failed", {
                  jobId: job?.id,
                  attempt: job?.attemptsMade,
                  error: error.message
                })
              )
          )
          return { worker, connection }
        }),
        ({ worker, connection }) =>
          Effect.promise(() => worker.close()).pipe(
            Effect.timeout(settings.shutdownTimeoutMs),
            Effect.catch(() => Effect.promise(() => worker.close(true).catch(() => undefined))),
            Effect.andThen(Effect.sync(() => connection.disconnect()))
          )
      )
      yield* Effect.logInfo("event store writer consuming", { queue: queueNames.archive, backend: store.backend })
      return Archiver.of({ worker: worker.worker, recorded, recordedAlerts })
    })
  )
}
