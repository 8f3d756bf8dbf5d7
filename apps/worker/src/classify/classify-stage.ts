import { classify, maxExcerptChars, type ClassifiedItem } from "@india-italy/domain"
import { Context, Effect, Layer } from "effect"
import { shouldAlert } from "../cluster/decide-cluster.ts"
import { Clusterer, type ClusterOutcome } from "../cluster/cluster-stage.ts"
import type { LockTimeoutError } from "@india-italy/runtime"
import { WorkerConfig } from "../config.ts"
import { itemLimitsConfig } from "../normalise/item-limits.ts"
import { Metrics, record, recordLatency } from "../metrics.ts"
import { Queues, type ClassifyJob } from "../queues.ts"
import { archiveJobFor } from "./archive-job.ts"

/** An item and what the classifier made of it, on its way to the cluster stage. */
interface Placed {
  readonly job: ClassifyJob
  readonly outcome: Omit<ClassifyOutcome, "cluster">
}

export interface ClassifyOutcome {
  readonly classified: ClassifiedItem
  readonly alert: boolean
  /** Absent for items that are not relevant: they are counted and dropped. */
  readonly cluster?: ClusterOutcome
}

/**
 * The classify stage: the domain classifier decides relevance and type; irrelevant items stop
 * here (counted), relevant ones go on to the cluster stage. Whether the resulting notice alerts
 * is decided here, from the item's age and whether its feed was brand new. A poll's items come as
 * one batch, and their notices and archive copies leave as one job each.
 */
export class ClassifyStage extends Context.Service<
  ClassifyStage,
  {
    readonly process: (
      job: ClassifyJob,
      now?: Date,
      polledAt?: number
    ) => Effect.Effect<ClassifyOutcome, LockTimeoutError>
    /** Items in feed order; the outcomes in the same order. */
    readonly processBatch: (
      jobs: ReadonlyArray<ClassifyJob>,
      now?: Date,
      polledAt?: number
    ) => Effect.Effect<ReadonlyArray<ClassifyOutcome>, LockTimeoutError>
  }
>()("worker/ClassifyStage") {
  static readonly layer = Layer.effect(
    ClassifyStage,
    Effect.gen(function* () {
      const clusterer = yield* Clusterer
      const { alertMaxAgeHours } = yield* WorkerConfig
      // The same limits as the normaliser, so a raised ITEM_MAX_TEXT_CHARS is also read by the classifier.
      const limits = yield* itemLimitsConfig
      const { counters } = yield* Metrics
      const queues = yield* Queues

      /** One item's classification and whether its notice may alert. */
      const classifyOne = (job: ClassifyJob, now: Date): Omit<ClassifyOutcome, "cluster"> => {
        const started = performance.now()
        // The excerpt rides along for the notifier's keyword subscriptions and feedback export.
        const classified: ClassifiedItem = {
          ...classify(job.item, limits),
          excerpt: job.item.text.slice(0, maxExcerptChars)
        }
        recordLatency(counters, "classify", performance.now() - started)
        record(counters, "itemsClassified")
        record(counters, classified.relevant ? "itemsRelevant" : "itemsNotRelevant")
        // An edit is an update of something already reported, never a fresh alert.
        const alert =
          job.sighting === "new" &&
          shouldAlert({
            published: job.item.published,
            publishedEstimated: job.item.publishedEstimated === true,
            firstPoll: job.firstPoll,
            alertMaxAgeHours,
            now
          })
        return { classified, alert }
      }

      /** Relevant items through the cluster stage together, in feed order. */
      const clusterAll = (relevant: ReadonlyArray<Placed>, now: Date, polledAt: number | undefined) => {
        const started = performance.now()
        return clusterer
          .clusterMany(
            relevant.map(({ job, outcome }) => ({
              item: outcome.classified,
              contentHash: job.contentHash,
              alert: outcome.alert,
              now,
              ...(polledAt === undefined ? {} : { polledAt })
            }))
          )
          .pipe(Effect.tap(() => Effect.sync(() => recordLatency(counters, "cluster", performance.now() - started))))
      }

      /**
       * The batch's notices as one job, then the event store's copies as one job. Sent after the
       * store is committed: the placements name the notices, so a retried job re-sends the same job
       * ids instead of losing or doubling an alert.
       */
      const sendOn = (relevant: ReadonlyArray<Placed>, clustered: ReadonlyArray<ClusterOutcome>, now: Date) => {
        const noticed = relevant.flatMap(({ job, outcome }, index) => {
          const notice = clustered[index]!.notice
          return notice === undefined
            ? []
            : [{ notice, archive: archiveJobFor(notice, outcome.classified, job.item, now) }]
        })
        return queues
          .addNotices(noticed.map(({ notice }) => notice))
          .pipe(Effect.andThen(queues.addArchives(noticed.map(({ archive }) => archive))))
      }

      // Untraced: it runs for every poll's items, and a span and call-site stack per call is cost nobody reads.
      const processBatch = Effect.fnUntraced(function* (
        jobs: ReadonlyArray<ClassifyJob>,
        now: Date = new Date(),
        polledAt?: number
      ) {
        const decided = jobs.map((job) => ({ job, outcome: classifyOne(job, now) }))
        const relevant = decided.filter(({ outcome }) => outcome.classified.relevant)
        for (const { job, outcome } of decided)
          if (!outcome.classified.relevant)
            yield* Effect.logDebug("not relevant", { itemId: job.item.id, feedUrl: job.feedUrl })
        if (relevant.length === 0) return decided.map(({ outcome }) => outcome)
        const clustered = yield* clusterAll(relevant, now, polledAt)
        yield* sendOn(relevant, clustered, now)
        for (const [index, { job }] of relevant.entries()) {
          const { decision, eventId } = clustered[index]!
          yield* Effect.logDebug("clustered", { itemId: job.item.id, decision, eventId })
        }
        let next = 0
        return decided.map(
          ({ outcome }): ClassifyOutcome =>
            outcome.classified.relevant ? { ...outcome, cluster: clustered[next++]! } : outcome
        )
      })

      const process = (job: ClassifyJob, now?: Date, polledAt?: number) =>
        Effect.map(processBatch([job], now, polledAt), (outcomes) => outcomes[0]!)

      return ClassifyStage.of({ process, processBatch })
    })
  )
}
