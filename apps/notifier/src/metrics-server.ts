import { queueNames } from "@india-italy/domain"
import { Instruments, metricsAddressConfig, serveAppMetrics } from "@india-italy/ops"
import { Effect, Layer } from "effect"
import { Redis } from "@india-italy/runtime"

/**
 * /healthz and /metrics of a notifier run alone, on NOTIFIER_METRICS_HOST:NOTIFIER_METRICS_PORT
 * (default 127.0.0.1:9467): deliveries by outcome, deliver / notice_to_slack / poll_to_slack
 * latencies, queue depths and process metrics. A port already taken is a warning (several
 * notifiers on one host); 0 picks a free port.
 */
export const NotifierMetricsServer = Layer.effectDiscard(
  Effect.gen(function* () {
    const redis = yield* Redis
    Instruments.registerStages(Instruments.notifierStages)
    const address = yield* metricsAddressConfig("NOTIFIER_", 9467)
    yield* serveAppMetrics({
      redis: redis.client,
      prefix: redis.prefix,
      queueNames: Object.values(queueNames),
      address,
      optional: true
    })
  })
)
