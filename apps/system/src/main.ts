import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import { NotifierMain } from "@india-italy/notifier"
import { exitZeroOnRequestedShutdown, LoggingLive, WorkerLive } from "@india-italy/worker"
import { Layer } from "effect"
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
const MainLayer = Layer.mergeAll(ObservabilityLive.pipe(Layer.provideMerge(WorkerLive)), NotifierMain, EventHistoryLive).pipe(
  Layer.provide(LoggingLive),
  Layer.provide(EnsuredRedisConfig)
)

NodeRuntime.runMain(Layer.launch(MainLayer), { teardown: exitZeroOnRequestedShutdown })
