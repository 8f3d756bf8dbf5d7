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

export interface ClassifyOutcome {
  readonly classified: ClassifiedItem
  readonly alert: boolean
  /** Absent for items that are not relevant: they are counted and dropped. */
  readonly cluster?: ClusterOutcome
}

/**
 * The classify stage: the domain classifier decides relevance and type; irrelevant items stop
 * here (counted), relevant ones go on to the cluster stage. Whether the resulting notice alerts
 * is decided here, from the item's age and whether its feed was brand new.
 */
export class ClassifyStage extends Context.Service<
  ClassifyStage,
  {
    readonly process: (
      job: ClassifyJob,
      now?: Date,
      polledAt?: number
    ) => Effect.Effect<ClassifyOutcome, LockTimeoutError>
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

      // Untraced: it runs for every item, and a span and call-site stack per call is cost nobody reads.
      const process = Effect.fnUntraced(function* (job: ClassifyJob, now: Date = new Date(), polledAt?: number) {
        const started = performance.now()
        // The excerpt rides along for the notifier's keyword subscriptions and feedback export.
        const classified: ClassifiedItem = {
          ...classify(job.item, limits),
          excerpt: job.item.text.slice(0, maxExcerptChars)
        }
        recordLatency(counters, "classify", performance.now() - started)
        record(counters, "itemsClassified")
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
        if (!classified.relevant) {
          record(counters, "itemsNotRelevant")
          yield* Effect.logDebug("not relevant", { itemId: job.item.id, feedUrl: job.feedUrl })
          return { classified, alert }
        }
        record(counters, "itemsRelevant")
        const clusterStarted = performance.now()
        const cluster = yield* clusterer.cluster(classified, {
          contentHash: job.contentHash,
          alert,
          now,
          ...(polledAt === undefined ? {} : { polledAt })
        })
        recordLatency(counters, "cluster", performance.now() - clusterStarted)
        // The event store's copy, after the notice (a retry re-sends both under the same job ids).
        if (cluster.notice !== undefined) {
          yield* queues.addArchive(archiveJobFor(cluster.notice, classified, job.item, now))
        }
        return { classified, alert, cluster }
      })

      return ClassifyStage.of({ process })
    })
  )
}
