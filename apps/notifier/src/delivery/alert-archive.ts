import { AlertRecord, archiveJobNames, queueNames } from "@india-italy/domain"
import { Queue, type JobsOptions } from "bullmq"
import { Context, Effect, Layer, Schema } from "effect"
import { Redis } from "@india-italy/runtime"
import { SlackSender } from "../slack/slack-sender.ts"
import { DeliveryStoreError } from "./delivery-ledger.ts"
import { jobIdPart } from "@india-italy/runtime"
import type { DeliveryJob } from "./delivery-job.ts"

/** The event store's record of a delivery Slack took; none for an ops message (it is about no event). */
export const alertRecordFor = (job: DeliveryJob, ts: string, postedAt: Date): AlertRecord | undefined => {
  if (job.kind === "message" || job.event === undefined) return undefined
  return {
    eventId: job.event.id,
    revision: job.event.revision,
    channel: job.channel,
    kind: job.kind,
    ts,
    postedAt: postedAt.toISOString()
  }
}

/** One job per (event id, revision, channel, kind): a retried delivery enqueues the same job again. */
export const alertRecordJobId = (record: AlertRecord): string =>
  `posted-${record.kind}-${jobIdPart(record.eventId)}-r${record.revision}-${jobIdPart(record.channel)}`

// As the worker's archive jobs: completed ones are kept a week so their ids keep de-duplicating;
// the store's key de-duplicates for good.
const archiveJobOptions = {
  attempts: 20,
  backoff: { type: "exponential", delay: 1000 },
  removeOnComplete: { age: 7 * 86_400, count: 20_000 },
  removeOnFail: { age: 14 * 86_400 }
} satisfies JobsOptions

/**
 * Hands each alert, reply and update Slack took to the event store: an `alert_posted` job on the
 * `archive` queue, which the store's writer consumes beside the worker's revisions. Called once
 * the delivery ledger has recorded the post, and again whenever a retry finds it posted, so a
 * record lost between the two is made up by the retry. The console sink posts nothing anywhere,
 * so it records nothing.
 */
export class AlertArchive extends Context.Service<
  AlertArchive,
  { readonly record: (job: DeliveryJob, ts: string) => Effect.Effect<void, DeliveryStoreError> }
>()("notifier/AlertArchive") {
  static readonly layer = Layer.effect(
    AlertArchive,
    Effect.gen(function* () {
      const redis = yield* Redis
      const sender = yield* SlackSender
      if (sender.kind === "console") return AlertArchive.of({ record: () => Effect.void })
      const queue = yield* Effect.acquireRelease(
        Effect.sync(() => {
          const queue = new Queue<AlertRecord>(queueNames.archive, {
            connection: redis.duplicateForQueue(),
            prefix: redis.prefix
          })
          // enqueue reports its own errors; an unheard "error" event would kill the process.
          queue.on("error", () => {})
          return queue
        }),
        (queue) => Effect.promise(() => queue.close().catch(() => undefined))
      )
      const encode = Schema.encodeSync(AlertRecord)
      return AlertArchive.of({
        record: (job, ts) => {
          const record = alertRecordFor(job, ts, new Date())
          if (record === undefined) return Effect.void
          return Effect.tryPromise({
            try: () =>
              queue.add(archiveJobNames.alertPosted, encode(record), {
                ...archiveJobOptions,
                jobId: alertRecordJobId(record)
              }),
            catch: (error) =>
              new DeliveryStoreError({
                operation: `enqueue ${archiveJobNames.alertPosted} for ${job.deliveryKey}`,
                reason: error instanceof Error ? error.message : String(error)
              })
          }).pipe(Effect.asVoid)
        }
      })
    })
  )
}
