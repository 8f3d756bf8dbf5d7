import { Metrics, Redis } from "@india-italy/worker"
import { Effect, Layer } from "effect"
import { HealthServerLayer, MetricsSources } from "./health-server.ts"
import { workerSamples } from "./metrics-sources.ts"
import { QueueDashboardLayer } from "./queue-dashboard.ts"

/** /healthz, /metrics (METRICS_PORT) and, behind QUEUE_DASHBOARD=true, bull-board — over the worker's Redis. */
export const ObservabilityLive = Layer.unwrap(
  Effect.gen(function* () {
    const redis = yield* Redis
    const metrics = yield* Metrics
    const sources = Layer.succeed(MetricsSources, [() => workerSamples(metrics.snapshot())])
    return Layer.mergeAll(HealthServerLayer(redis.client, redis.prefix), QueueDashboardLayer(redis.client, redis.prefix)).pipe(
      Layer.provide(sources)
    )
  })
)
