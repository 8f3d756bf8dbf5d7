import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import { Layer } from "effect"
import { LoggingLive } from "./config.ts"
import { exitZeroOnRequestedShutdown } from "./shutdown.ts"
import { WorkerLive } from "./worker-layer.ts"

/**
 * The worker process: consumers for the poll and classify queues and one scheduler per listed
 * feed. SIGINT/SIGTERM interrupt the layer: workers stop taking jobs, finish (or, past
 * SHUTDOWN_TIMEOUT_MS, hand back) the ones in hand, then queues and Redis close.
 */
const MainLayer = WorkerLive.pipe(Layer.provide(LoggingLive))

NodeRuntime.runMain(Layer.launch(MainLayer), { teardown: exitZeroOnRequestedShutdown })
