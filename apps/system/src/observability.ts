import { Instruments } from "@india-italy/ops"
import { makeWorkerMetricsServer, Redis } from "@india-italy/worker"
import { Config, Effect, Layer } from "effect"
import { QueueDashboardLayer } from "./queue-dashboard.ts"

/** Where `pnpm start` serves /healthz and /metrics: one endpoint for the worker and the notifier in it. */
export const MetricsAddress = Config.all({
  port: Config.Port("METRICS_PORT").pipe(Config.withDefault(9464)),
  host: Config.String("METRICS_HOST").pipe(Config.withDefault("127.0.0.1"))
})

/**
 * /healthz, /metrics (METRICS_HOST:METRICS_PORT) and, behind QUEUE_DASHBOARD=true, bull-board —
 * over the worker's Redis. Both apps record into the process's Effect metrics, so one endpoint
 * serves the worker's and the notifier's figures, and the process metrics once.
 */
export const ObservabilityLive = Layer.unwrap(
  Effect.gen(function* () {
    const redis = yield* Redis
    const address = yield* MetricsAddress
    // The notifier runs in this process too: its stages are served from the start as well.
    Instruments.registerStages(Instruments.notifierStages)
    return Layer.mergeAll(makeWorkerMetricsServer(address, false), QueueDashboardLayer(redis.client, redis.prefix))
  })
)
