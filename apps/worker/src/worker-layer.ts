import { Redis, RedisEvictionCheck, redisStartupCheck } from "@india-italy/runtime"
import { Layer } from "effect"
import { ClassifyStage } from "./classify/classify-stage.ts"
import { Clusterer } from "./cluster/cluster-stage.ts"
import { WorkerConfig, type WorkerSettings } from "./config.ts"
import type { FetchPolicy } from "./fetch/fetch-policy.ts"
import { Metrics } from "./metrics.ts"
import { HostSlots } from "./poll/host-slots.ts"
import { Poller } from "./poll/poller.ts"
import { Queues } from "./queues.ts"
import { FeedScheduler } from "./schedule/feed-scheduler.ts"
import { FeedStateStore } from "./state/feed-state-store.ts"
import { SeenItems } from "./state/seen-items.ts"
import { ClassifyWorker } from "./workers.ts"
import { PollWorker } from "./poll/poll-worker.ts"
import { DueFeeds } from "./schedule/due-feeds.ts"

/**
 * How the worker's pieces fit together. Every layer reads its settings through Effect Config
 * (REDIS_URL, REDIS_PREFIX, FEEDS_FILE, FEEDS_ALLOW_PRIVATE, ALERT_MAX_AGE_HOURS …), so a caller
 * changes behaviour by providing a ConfigProvider, or passes `settings` to override WorkerConfig.
 *
 * - PipelineLive: the stages as services (Poller, ClassifyStage, Clusterer, FeedScheduler, the
 *   stores, Queues, Metrics, WorkerConfig, Redis), no queue consumers. For CLIs, demo, bench.
 * - ConsumersLive: the poll worker (due feeds from the schedule) and the classify queue's BullMQ
 *   worker, needing the pipeline.
 * - WorkerLive: pipeline + consumers + the schedule synced from the feed list: the whole worker.
 */

/** The stages as services over one Redis; no BullMQ worker consumes anything yet. */
export const makePipelineLayer = (settings?: Partial<WorkerSettings>, fetchPolicy?: Partial<FetchPolicy>) => {
  const config = settings === undefined ? WorkerConfig.layer : WorkerConfig.layerWith(settings)
  const base = Layer.mergeAll(config, Metrics.layer, Redis.layer)
  const stores = Layer.mergeAll(FeedStateStore.layer, SeenItems.layer, HostSlots.layer, Queues.layer, DueFeeds.layer)
  const poller = fetchPolicy === undefined ? Poller.layer : Poller.layerWith(fetchPolicy)
  const stages = Layer.mergeAll(poller, ClassifyStage.layer, FeedScheduler.layer).pipe(
    Layer.provideMerge(Clusterer.layer)
  )
  return stages.pipe(Layer.provideMerge(stores), Layer.provideMerge(base))
}

export const PipelineLive = makePipelineLayer()

/** Both consumers; several processes running this share the feeds (schedule claims) and the items (BullMQ). */
export const ConsumersLive = Layer.mergeAll(PollWorker.layer, ClassifyWorker.layer)

/** Only the classify consumer (poll-once runs its polls itself). */
export const ClassifyConsumerLive = ClassifyWorker.layer

/**
 * Redis is checked before the pipeline opens its connections (a missing one stops start-up with
 * one line naming REDIS_URL), and its eviction policy before any consumer starts.
 */
export const makeWorkerLayer = (settings?: Partial<WorkerSettings>, fetchPolicy?: Partial<FetchPolicy>) =>
  // The feed list is on the schedule before the poll worker first asks it for a due feed, so a fresh
  // start polls at once instead of after an idle wait.
  ConsumersLive.pipe(Layer.provideMerge(FeedScheduler.syncOnStart)).pipe(
    Layer.provideMerge(
      RedisEvictionCheck.pipe(
        Layer.provideMerge(makePipelineLayer(settings, fetchPolicy)),
        Layer.provide(redisStartupCheck("worker"))
      )
    )
  )

/** The whole worker: consumers running, every listed feed on the schedule. */
export const WorkerLive = makeWorkerLayer()

export {
  ClassifyStage,
  ClassifyWorker,
  Clusterer,
  DueFeeds,
  FeedScheduler,
  FeedStateStore,
  HostSlots,
  Metrics,
  Poller,
  PollWorker,
  Queues,
  Redis,
  SeenItems,
  WorkerConfig
}
export { LoggingLive } from "@india-italy/runtime"
