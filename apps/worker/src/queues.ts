import {
  type ArchiveBatch,
  type ArchiveJob,
  archiveJobNames,
  type EventNotice,
  maxBatchJobEntries,
  type NoticeBatch,
  noticeJobNames,
  OpsNotice,
  queueNames,
  WireItem
} from "@india-italy/domain"
import { createHash } from "node:crypto"
import { jobIdPart, scopedQueue } from "@india-italy/runtime"
import type { JobsOptions, Queue } from "bullmq"
import { Context, Effect, Layer, Schema } from "effect"

/** One new or edited item to classify. */
export const ClassifyJob = Schema.Struct({
  feedId: Schema.String,
  feedUrl: Schema.String,
  identity: Schema.String,
  contentHash: Schema.String,
  sighting: Schema.Literals(["new", "edited"]),
  /** The feed had no history when the item was found: its back catalogue must not flood anyone. */
  firstPoll: Schema.Boolean,
  item: WireItem
})
export type ClassifyJob = typeof ClassifyJob.Type

/**
 * The items of one poll to classify, as one job: a poll's worth of reports costs the queues one job
 * instead of one per report. Jobs queued before batches (a single ClassifyJob) are still read.
 */
export const ClassifyBatch = Schema.Struct({
  items: Schema.Array(ClassifyJob).pipe(
    Schema.check(Schema.isMinLength(1)),
    Schema.check(Schema.isMaxLength(maxBatchJobEntries))
  )
})
export type ClassifyBatch = typeof ClassifyBatch.Type

/**
 * The items one poll puts in a classify job. Each makes at most one revision, so a job's notices
 * fit one NoticeBatch; a bigger batch would save little more and retry more work when it fails.
 */
export const classifyBatchSize = 50

/** One item version is one classify job: re-enqueueing the same item is a no-op, an edit is a new job. */
export const classifyJobId = (job: Pick<ClassifyJob, "item" | "contentHash">) =>
  jobIdPart(`${job.item.id}-${job.contentHash.slice(0, 16)}`)

/**
 * A batch job's id, from the ids its entries would have as jobs of their own: the same entries make
 * the same id, so re-enqueueing a batch (a re-poll after a crash, a retried job) is a no-op.
 */
export const batchJobId = (name: string, entryIds: ReadonlyArray<string>) =>
  `${name}-${createHash("sha256").update(entryIds.join("\n")).digest("hex").slice(0, 32)}`

/** One event revision is one notice, however often the cluster step is retried. */
export const noticeJobId = (eventId: string, revision: number) => jobIdPart(`${eventId}-r${revision}`)

// Completed jobs are kept a while so their ids keep de-duplicating retries and re-polls.
const keepCompleted = { age: 7 * 86_400, count: 20_000 }
const keepFailed = { age: 14 * 86_400 }

export const jobOptions = {
  classify: {
    attempts: 8,
    backoff: { type: "exponential", delay: 500 },
    removeOnComplete: keepCompleted,
    removeOnFail: keepFailed
  },
  notices: {
    attempts: 10,
    backoff: { type: "exponential", delay: 1000 },
    removeOnComplete: keepCompleted,
    removeOnFail: keepFailed
  },
  ops: {
    attempts: 10,
    backoff: { type: "exponential", delay: 5000 },
    removeOnComplete: keepCompleted,
    removeOnFail: keepFailed
  },
  archive: {
    attempts: 20,
    backoff: { type: "exponential", delay: 1000 },
    removeOnComplete: keepCompleted,
    removeOnFail: keepFailed
  }
} satisfies Record<string, JobsOptions>

/**
 * The BullMQ queues the worker produces to, all under the Redis service's prefix. The notifier
 * consumes `notices` (EventNotice) and `ops` (OpsNotice) under the same prefix: that is the
 * hand-off contract.
 */
export class Queues extends Context.Service<
  Queues,
  {
    /**
     * Only for removing the job schedulers of versions that ticked a BullMQ job per feed; feeds
     * are now polled from the due-feed schedule (`schedule/due-feeds.ts`).
     */
    readonly poll: Queue<unknown>
    readonly classify: Queue<ClassifyBatch>
    readonly notices: Queue<EventNotice | NoticeBatch>
    readonly ops: Queue<OpsNotice>
    readonly addNotice: (notice: EventNotice) => Effect.Effect<void>
    /** Notices in the order they were decided: one is a job of its own, more go as one NoticeBatch. */
    readonly addNotices: (notices: ReadonlyArray<EventNotice>) => Effect.Effect<void>
    readonly addOpsNotice: (notice: OpsNotice, jobId: string) => Effect.Effect<void>
    /** The event store's copy of a revision (packages/event-store consumes `archive`). */
    readonly archive: Queue<ArchiveJob | ArchiveBatch>
    readonly addArchive: (job: ArchiveJob) => Effect.Effect<void>
    /** Revisions to keep: one is a job of its own, more go as one ArchiveBatch. */
    readonly addArchives: (jobs: ReadonlyArray<ArchiveJob>) => Effect.Effect<void>
  }
>()("worker/Queues") {
  static readonly layer = Layer.effect(
    Queues,
    Effect.gen(function* () {
      const open = <T>(name: string) => scopedQueue<T>(name)
      const poll = yield* open<unknown>(queueNames.poll)
      const classify = yield* open<ClassifyBatch>(queueNames.classify)
      const notices = yield* open<EventNotice | NoticeBatch>(queueNames.notices)
      const ops = yield* open<OpsNotice>(queueNames.ops)
      const archive = yield* open<ArchiveJob | ArchiveBatch>(queueNames.archive)
      // Notices and archive jobs are built in this app from values the domain schemas already
      // typed, and their encoded form is the same plain JSON: they go as they are. Their
      // consumers (the notifier, the event store) decode and check every job, so encoding each
      // one here as well only cost CPU on every relevant item (the cluster stage writes events
      // the same way).
      const encodeOps = Schema.encodeSync(OpsNotice)
      const addNotice = (notice: EventNotice) =>
        Effect.promise(() =>
          notices.add(notice.kind, notice, {
            ...jobOptions.notices,
            jobId: noticeJobId(notice.event.id, notice.event.revision)
          })
        ).pipe(Effect.asVoid)
      const addArchive = (job: ArchiveJob) =>
        Effect.promise(() =>
          archive.add(job.notice.kind, job, {
            ...jobOptions.archive,
            jobId: noticeJobId(job.notice.event.id, job.notice.event.revision)
          })
        ).pipe(Effect.asVoid)
      const revisionIds = (notices: ReadonlyArray<EventNotice>) =>
        notices.map((notice) => noticeJobId(notice.event.id, notice.event.revision))
      /** One entry as a job of its own, as consumers have always read them; more as one batch job. */
      const oneOrBatch = <T>(
        entries: ReadonlyArray<T>,
        addOne: (entry: T) => Effect.Effect<void>,
        addBatch: () => Promise<unknown>
      ): Effect.Effect<void> =>
        entries.length === 0
          ? Effect.void
          : entries.length === 1
            ? addOne(entries[0]!)
            : Effect.promise(addBatch).pipe(Effect.asVoid)
      return Queues.of({
        poll,
        classify,
        notices,
        ops,
        addNotice,
        addNotices: (batch) =>
          oneOrBatch(batch, addNotice, () =>
            notices.add(noticeJobNames.batch, { notices: batch } satisfies NoticeBatch, {
              ...jobOptions.notices,
              jobId: batchJobId("notices", revisionIds(batch))
            })
          ),
        addOpsNotice: (notice, jobId) =>
          Effect.promise(() =>
            ops.add("feed_failing", encodeOps(notice) as OpsNotice, { ...jobOptions.ops, jobId: jobIdPart(jobId) })
          ).pipe(Effect.asVoid),
        archive,
        addArchive,
        addArchives: (batch) =>
          oneOrBatch(batch, addArchive, () =>
            archive.add(archiveJobNames.revisions, { revisions: batch } satisfies ArchiveBatch, {
              ...jobOptions.archive,
              jobId: batchJobId("revisions", revisionIds(batch.map((job) => job.notice)))
            })
          )
      })
    })
  )
}
