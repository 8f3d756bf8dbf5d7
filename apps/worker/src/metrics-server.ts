import { queueNames } from "@india-italy/domain"
import { Instruments, metricsAddressConfig, serveAppMetrics } from "@india-italy/ops"
import { Effect, Layer } from "effect"
import { Redis } from "@india-italy/runtime"
import { FeedStateStore } from "./state/feed-state-store.ts"

const feedStatuses = ["ok", "failing", "gone", "new"] as const

/** Listed feeds by health status, from the feed state in Redis, into the `feeds` gauge. */
export const refreshFeedHealth = Effect.gen(function* () {
  const states = yield* (yield* FeedStateStore).list()
  const byStatus = new Map<string, number>(feedStatuses.map((status) => [status, 0]))
  for (const state of states) byStatus.set(state.status, (byStatus.get(state.status) ?? 0) + 1)
  for (const [status, count] of byStatus) Instruments.setGauge(Instruments.feedsByStatus, { status }, count)
})

/**
 * /healthz and /metrics of a worker run alone, on WORKER_METRICS_HOST:WORKER_METRICS_PORT
 * (default 127.0.0.1:9466). Several workers on one host: the first takes the port, the others
 * warn and go on (give each its own port to scrape them all; 0 picks a free one).
 */
export const makeWorkerMetricsServer = (address: { readonly host: string; readonly port: number }, optional: boolean) =>
  Layer.effectDiscard(
    Effect.gen(function* () {
      const redis = yield* Redis
      Instruments.registerStages(Instruments.workerStages)
      const context = yield* Effect.context<FeedStateStore>()
      yield* serveAppMetrics({
        redis: redis.client,
        prefix: redis.prefix,
        queueNames: Object.values(queueNames),
        address,
        optional,
        refresh: () => Effect.runPromiseWith(context)(refreshFeedHealth)
      })
    })
  )

export const WorkerMetricsServer = Layer.unwrap(
  Effect.gen(function* () {
    return makeWorkerMetricsServer(yield* metricsAddressConfig("WORKER_", 9466), true)
  })
)
