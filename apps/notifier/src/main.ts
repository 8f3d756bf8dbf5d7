import { runCommand } from "@india-italy/ops"
import { Layer } from "effect"
import { Command } from "effect/cli"
import { NotifierLoggingLive } from "./config.ts"
import { NotifierMetricsServer } from "./metrics-server.ts"
import { NotifierMain } from "./notifier-layer.ts"
import { Redis } from "./redis.ts"
import { ShutdownDeadline } from "./shutdown.ts"

// Only wiring: NotifierMain checks Redis, then holds it, the BullMQ workers, the digest scheduler
// and the slash-command server as scoped resources; runCommand closes them on SIGINT/SIGTERM, and
// ShutdownDeadline bounds that close. /healthz and /metrics on NOTIFIER_METRICS_HOST:NOTIFIER_METRICS_PORT. Logs as the worker logs (LOG_LEVEL, LOG_FORMAT, stderr).
const MainLayer = Layer.mergeAll(NotifierMain, NotifierMetricsServer.pipe(Layer.provide(Redis.layer))).pipe(
  Layer.provide(ShutdownDeadline),
  Layer.provide(NotifierLoggingLive)
)

const notifierCommand = Command.make("notifier", {}, () => Layer.launch(MainLayer)).pipe(
  Command.withDescription(
    "The notifier alone: routes event notices from Redis (REDIS_URL) to the subscribed Slack channels, posts digests " +
      "and serves the slash command. Run as many as needed against one Redis. Settings come from the environment."
  ),
  Command.withExamples([{ command: "pnpm --filter @india-italy/notifier start", description: "one more notifier" }])
)

runCommand(notifierCommand, { name: "notifier", exitWhenDone: false })
