/**
 * A process for the shutdown test: the shutdown deadline plus a resource whose close hangs when
 * HANG_ON_CLOSE=1 (a Redis that went away). SIGTERM interrupts the program, as runCommand does.
 */
import { Effect, Fiber, Layer } from "effect"
import { shutdownDeadline } from "../shutdown/shutdown-deadline.ts"

const closing = Layer.effectDiscard(
  Effect.acquireRelease(Effect.void, () => (process.env["HANG_ON_CLOSE"] === "1" ? Effect.never : Effect.void))
)
const deadline = shutdownDeadline({ app: "fixture", timeoutVariable: "FIXTURE_SHUTDOWN_TIMEOUT_MS" })
const program = Layer.launch(Layer.merge(closing, deadline))
// Keeps the process alive while the program runs, as NodeRuntime.runMain does for the apps.
const keepAlive = setInterval(() => {}, 2 ** 30)
const fiber = Effect.runFork(program.pipe(Effect.ensuring(Effect.sync(() => clearInterval(keepAlive)))))
process.once("SIGTERM", () => {
  Effect.runFork(Fiber.interrupt(fiber))
})
// The deadline's listener is on once the layer is built: say so, then wait for the signal.
setTimeout(() => process.stdout.write("ready\n"), 100)
