import { runCommand } from "@india-italy/ops"
import { LoggingLive, shutdownDeadline } from "@india-italy/runtime"
import { Layer } from "effect"
import { Command } from "effect/cli"
import { WorkerMetricsServer } from "./metrics-server.ts"
import { WorkerLive } from "./worker-layer.ts"

/**
 * The worker process: consumers for the poll and classify queues and one scheduler per listed
 * feed. SIGINT/SIGTERM interrupt the layer: workers stop taking jobs, finish (or, past
 * SHUTDOWN_TIMEOUT_MS, hand back) the ones in hand, then queues and Redis close; shutdownDeadline
 * ends the process if that close hangs. /healthz and /metrics on WORKER_METRICS_HOST:WORKER_METRICS_PORT.
 */
const MainLayer = WorkerMetricsServer.pipe(
  Layer.provideMerge(WorkerLive),
  Layer.provide(shutdownDeadline({ app: "worker", timeoutVariable: "SHUTDOWN_TIMEOUT_MS" })),
  Layer.provide(LoggingLive)
)

const workerCommand = Command.make("worker", {}, () => Layer.launch(MainLayer)).pipe(
  Command.withDescription(
    "The worker alone: polls the feeds in FEEDS_FILE, classifies and clusters their items, and hands notices to the " +
      "notifier through Redis (REDIS_URL). Run as many as needed against one Redis. Settings come from the environment."
  ),
  Command.withExamples([{ command: "pnpm --filter @india-italy/worker start", description: "one more worker" }])
)

runCommand(workerCommand, { name: "worker", exitWhenDone: false })
