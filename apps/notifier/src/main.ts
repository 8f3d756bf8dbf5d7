import { runMain } from "@effect/platform-node/NodeRuntime"
import { Layer } from "effect"
import { NotifierLoggingLive } from "./config.ts"
import { NotifierMain } from "./notifier-layer.ts"
import { exitZeroOnRequestedShutdown, ShutdownDeadline } from "./shutdown.ts"

// Only wiring: NotifierMain checks Redis, then holds it, the BullMQ workers, the digest scheduler
// and the slash-command server as scoped resources; runMain closes them on SIGINT/SIGTERM, and
// ShutdownDeadline bounds that close. Logs as the worker logs (LOG_LEVEL, LOG_FORMAT, stderr).
const MainLayer = NotifierMain.pipe(Layer.provide(ShutdownDeadline), Layer.provide(NotifierLoggingLive))

runMain(Layer.launch(MainLayer), { teardown: exitZeroOnRequestedShutdown })
