import { EventNotice, NoticeBatch, noticeJobNames, OpsNotice, queueNames } from "@india-italy/domain"
import { DelayedError, UnrecoverableError, type Job } from "bullmq"
import { Effect, Layer, Schema } from "effect"
import { randomUUID } from "node:crypto"
import { Instruments } from "@india-italy/ops"
import { NotifierConfig } from "../config.ts"
import { OpsReporter } from "../ops/ops-reporter.ts"
import { type Redis, scopedWorker } from "@india-italy/runtime"
import { Delivery, type DeliveryOutcome } from "./deliver.ts"
import { DeliveryJob } from "./delivery-job.ts"
import { DeliveryLedger } from "./delivery-ledger.ts"
import { NoticeRouter } from "./route-notice.ts"

const decodeEventNotice = Schema.decodeUnknownResult(EventNotice)
const decodeNoticeBatch = Schema.decodeUnknownResult(NoticeBatch)
const decodeOpsNotice = Schema.decodeUnknownResult(OpsNotice)
const decodeDeliveryJob = Schema.decodeUnknownResult(DeliveryJob)

/**
 * A notices job's notices: one EventNotice, or a NoticeBatch (`notice_batch`). A malformed job
 * cannot become valid by retrying: it fails visibly and stays in the failed set.
 */
const noticesOf = (job: Job): ReadonlyArray<EventNotice> => {
  if (job.name === noticeJobNames.batch) {
    const batch = decodeNoticeBatch(job.data)
    if (batch._tag === "Success") return batch.success.notices
    throw new UnrecoverableError(
      `notice batch ${job.id} does not match the NoticeBatch schema: ${batch.failure.message}`
    )
  }
  const notice = decodeEventNotice(job.data)
  if (notice._tag === "Success") return [notice.success]
  throw new UnrecoverableError(`notice ${job.id} does not match the EventNotice schema: ${notice.failure.message}`)
}

/**
 * A delivery's metrics: its time (deliver), its outcome by kind, and for a new post the latency
 * from the notice (notice_to_slack) and, for an alert, from the poll that found it (poll_to_slack).
 */
const recordDelivery = (job: DeliveryJob, outcome: DeliveryOutcome, milliseconds: number): void => {
  Instruments.observeStage("deliver", milliseconds)
  Instruments.count(Instruments.deliveries, { kind: job.kind, outcome: outcome._tag })
  if (outcome._tag === "Retry" || outcome._tag === "GiveUp") {
    Instruments.count(Instruments.failures, {
      app: "notifier",
      reason: outcome._tag === "GiveUp" ? "delivery_given_up" : "delivery_retried"
    })
  }
  if (outcome._tag !== "Delivered") return
  const now = Date.now()
  if (job.noticedAt !== undefined) Instruments.observeStage("notice_to_slack", now - job.noticedAt)
  if (job.kind === "alert" && job.polledAt !== undefined) Instruments.observeStage("poll_to_slack", now - job.polledAt)
}

/** Carries out a delivery outcome the way BullMQ understands it. */
const settle = async (job: Job, token: string | undefined, outcome: DeliveryOutcome): Promise<{ ts: string }> => {
  switch (outcome._tag) {
    case "Delivered":
    case "AlreadyDelivered":
      return { ts: outcome.ts }
    case "Delay":
      // Only this job waits (its channel is paced or rate limited); the queue keeps flowing.
      await job.moveToDelayed(outcome.until, token)
      throw new DelayedError(outcome.reason)
    case "Retry":
      throw new Error(outcome.reason)
    case "GiveUp":
      throw new UnrecoverableError(outcome.reason)
  }
}

/**
 * The notifier's three consumers, each a scoped BullMQ worker:
 * - notices (from the worker app) → NoticeRouter: delivery jobs and digest entries
 * - deliveries → Delivery: one Slack post/update each, paced per channel
 * - ops → OpsReporter: a failing feed, reported once per episode
 */
export const NotifierWorkers: Layer.Layer<
  never,
  never,
  Redis | NotifierConfig | NoticeRouter | Delivery | OpsReporter | DeliveryLedger
> = Layer.effectDiscard(
  Effect.gen(function* () {
    const config = yield* NotifierConfig
    const context = yield* Effect.context<NoticeRouter | Delivery | OpsReporter | DeliveryLedger>()
    const run = Effect.runPromiseWith(context)
    const router = yield* NoticeRouter
    const delivery = yield* Delivery
    const ops = yield* OpsReporter
    const ledger = yield* DeliveryLedger

    const logFailure = (queue: string) => (job: Job | undefined, error: Error) => {
      if (error instanceof DelayedError || error.name === "DelayedError") return
      const final =
        error instanceof UnrecoverableError || (job !== undefined && job.attemptsMade >= (job.opts.attempts ?? 1))
      void run(
        (final ? Effect.logError : Effect.logWarning)(
          `${queue} job ${job?.id ?? "?"} ${final ? "failed for good" : "failed, will retry"}: ${error.message}`
        )
      )
    }

    yield* scopedWorker<unknown>({
      queueName: queueNames.notices,
      shutdownTimeoutMs: config.shutdownTimeoutMs,
      onFailed: logFailure(queueNames.notices),
      workerOptions: {
        concurrency: 8,
        lockDuration: config.jobLockMs,
        stalledInterval: config.jobLockMs,
        maxStalledCount: 5
      },
      processor: async (job) => {
        const notices = noticesOf(job)
        let deliveries = 0
        let digests = 0
        // In the order the worker decided them: a later revision of an event after an earlier one.
        // A retry routes them all again; delivery ids make the ones already routed a no-op.
        const routed = await run(router.routeBatch(notices, job.timestamp).pipe(Effect.result))
        if (routed._tag === "Failure") throw new Error(`routing notice ${job.id} failed: ${routed.failure.reason}`)
        for (const result of routed.success) {
          deliveries += result.deliveries.length
          digests += result.digests
        }
        return { notices: notices.length, deliveries, digests }
      }
    })

    yield* scopedWorker<unknown>({
      queueName: queueNames.deliveries,
      shutdownTimeoutMs: config.shutdownTimeoutMs,
      onFailed: (job, error) => {
        logFailure(queueNames.deliveries)(job, error)
        // A post that used up its attempts is recorded as failed, so replies waiting for it
        // to open their thread give up instead of waiting forever.
        const final =
          !(error instanceof DelayedError) && job !== undefined && job.attemptsMade >= (job.opts.attempts ?? 1)
        const decoded = job === undefined ? undefined : decodeDeliveryJob(job.data)
        if (final && decoded?._tag === "Success")
          void run(ledger.markFailed(decoded.success.deliveryKey, "attempts_exhausted").pipe(Effect.ignore))
      },
      workerOptions: {
        concurrency: config.deliveryConcurrency,
        lockDuration: config.jobLockMs,
        stalledInterval: config.jobLockMs,
        maxStalledCount: 5
      },
      processor: async (job, token) => {
        const decoded = decodeDeliveryJob(job.data)
        if (decoded._tag === "Failure") {
          throw new UnrecoverableError(`delivery ${job.id} is malformed: ${decoded.failure.message}`)
        }
        const started = performance.now()
        const outcome = await run(delivery.deliver(decoded.success, `${job.id}-${randomUUID()}`))
        recordDelivery(decoded.success, outcome, performance.now() - started)
        return settle(job, token, outcome)
      }
    })

    yield* scopedWorker<unknown>({
      queueName: queueNames.ops,
      shutdownTimeoutMs: config.shutdownTimeoutMs,
      onFailed: logFailure(queueNames.ops),
      workerOptions: { concurrency: 1, lockDuration: config.jobLockMs, stalledInterval: config.jobLockMs },
      processor: async (job) => {
        const notice = decodeOpsNotice(job.data)
        if (notice._tag === "Failure") {
          throw new UnrecoverableError(
            `ops notice ${job.id} does not match the OpsNotice schema: ${notice.failure.message}`
          )
        }
        const result = await run(ops.feedFailing(notice.success).pipe(Effect.result))
        if (result._tag === "Failure")
          throw new Error(`reporting ops notice ${job.id} failed: ${result.failure.reason}`)
        return { reported: true }
      }
    })
  })
)
