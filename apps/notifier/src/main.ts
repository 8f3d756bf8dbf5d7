import { runCommand } from "@india-italy/ops"
import { LoggingLive, Redis, redisStartupCheck, shutdownDeadline } from "@india-italy/runtime"
import { Layer } from "effect"
import { Command } from "effect/cli"
import { NotifierMetricsServer } from "./metrics-server.ts"
import { NotifierLive } from "./notifier-layer.ts"

// Only wiring: redisStartupCheck checks Redis; the layers then hold it, the BullMQ workers, the digest
// scheduler, the slash-command server and /healthz + /metrics (NOTIFIER_METRICS_HOST:NOTIFIER_METRICS_PORT,
// started only once the check passed) as scoped resources; runCommand closes them on SIGINT/SIGTERM, and
// shutdownDeadline bounds that close. Logs as every app logs (LOG_LEVEL, LOG_FORMAT, stderr).
const MainLayer = Layer.mergeAll(NotifierLive, NotifierMetricsServer).pipe(
  Layer.provide(Redis.layer),
  Layer.provide(redisStartupCheck("notifier")),
  Layer.provide(shutdownDeadline({ app: "notifier", timeoutVariable: "NOTIFIER_SHUTDOWN_TIMEOUT_MS" })),
  Layer.provide(LoggingLive)
)

const notifierCommand = Command.make("notifier", {}, () => Layer.launch(MainLayer)).pipe(
  Command.withDescription(
    "The notifier alone: routes event notices from Redis (REDIS_URL) to the subscribed Slack channels, posts digests " +
      "and serves the slash command. Run as many as needed against one Redis. Settings come from the environment."
  ),
  Command.withExamples([{ command: "pnpm --filter @india-italy/notifier start", description: "one more notifier" }])
)

runCommand(notifierCommand, { name: "notifier", exitWhenDone: false })
