import { runMain } from "@effect/platform-node/NodeRuntime"
import { Layer } from "effect"
import { NotifierMain } from "./notifier-layer.ts"
import { exitZeroOnRequestedShutdown } from "./shutdown.ts"

// Only wiring: NotifierMain holds Redis, the BullMQ workers, the digest scheduler and the
// slash-command server as scoped resources; runMain closes them on SIGINT/SIGTERM.
runMain(Layer.launch(NotifierMain), { teardown: exitZeroOnRequestedShutdown })
