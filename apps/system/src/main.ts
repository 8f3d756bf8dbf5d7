import { NotifierMain } from "@india-italy/notifier"
import { runCommand } from "@india-italy/ops"
import { LoggingLive, WorkerLive } from "@india-italy/worker"
import { Layer } from "effect"
import { Command } from "effect/cli"
import { EventHistoryLive } from "./event-history.ts"
import { ObservabilityLive } from "./observability.ts"
import { EnsuredRedisConfig } from "./redis-bootstrap.ts"

/**
 * `pnpm start`: the worker, the notifier and the event store's writer in one process, with
 * /healthz and /metrics, the history API and the timeline page (WEB_PORT), against
 * REDIS_URL (or a private redis-server when nothing answers there). To scale out, run more
 * `pnpm --filter @india-italy/worker start` and `pnpm --filter @india-italy/notifier start`
 * processes against the same Redis.
 */
const MainLayer = Layer.mergeAll(
  ObservabilityLive.pipe(Layer.provideMerge(WorkerLive)),
  NotifierMain,
  EventHistoryLive
).pipe(Layer.provide(LoggingLive), Layer.provide(EnsuredRedisConfig))

const startCommand = Command.make("start", {}, () => Layer.launch(MainLayer)).pipe(
  Command.withDescription(
    "Runs the worker and the notifier in one process against REDIS_URL (a private redis-server when nothing answers " +
      "there), with /healthz and /metrics on METRICS_HOST:METRICS_PORT (default 127.0.0.1:9464). Settings come from " +
      "the environment (see the README). SIGTERM/SIGINT finish the jobs in hand and exit 0."
  ),
  Command.withExamples([
    { command: "REDIS_URL=redis://127.0.0.1:6379 SLACK_BOT_TOKEN=xoxb-… pnpm start", description: "alerts to Slack" }
  ])
)

runCommand(startCommand, { name: "start", exitWhenDone: false })
