import { runCommand } from "@india-italy/ops"
import { LoggingLive } from "@india-italy/worker"
import { ConfigProvider, Effect, Layer } from "effect"
import { Command } from "effect/cli"
import { EnsuredRedisConfig } from "../redis-bootstrap.ts"
import { makeDemoLayer, removeDemoKeys, runDemo } from "./run-demo.ts"

/**
 * `pnpm demo`: two local feeds with overlapping stories through the real pipeline (real Redis,
 * real queues) to the console, then exit 0 once the queues are drained. Alerts go to stdout,
 * progress to stderr. Its keys live under a private prefix and are removed at the end.
 */
const prefix = `demo-${process.pid}-${Date.now().toString(36)}`
const { worker, notifier, history } = makeDemoLayer()

// Each layer adds to the provider below it, so they are stacked, not merged (a merge keeps only one).
const DemoSettings = ConfigProvider.layerAdd(ConfigProvider.fromEnvRecord({ REDIS_PREFIX: prefix }), {
  asPrimary: true
}).pipe(
  // Quiet by default so the alerts are what one reads; LOG_LEVEL=Info shows the pipeline at work.
  Layer.provide(ConfigProvider.layerAdd(ConfigProvider.fromEnvRecord({ LOG_LEVEL: "Warn", LOG_FORMAT: "pretty" })))
)

const program = Effect.gen(function* () {
  yield* runDemo.pipe(Effect.provide(Layer.mergeAll(worker, notifier, history)))
  yield* removeDemoKeys
}).pipe(Effect.provide(LoggingLive), Effect.provide(DemoSettings), Effect.provide(EnsuredRedisConfig))

export const demoCommand = Command.make("demo", {}, () => program).pipe(
  Command.withDescription(
    "Serves demo wire items as two local feeds, runs the real pipeline (Redis, BullMQ, the classifier) with two " +
      "subscriptions to the console, prints the alerts on stdout and exits 0 when the queues are drained. No network " +
      "needed; starts a private Redis when none answers at REDIS_URL. LOG_LEVEL=Info shows the pipeline at work."
  ),
  Command.withExamples([{ command: "pnpm demo", description: "the alerts a defence and a trade subscriber would see" }])
)

runCommand(demoCommand, { name: "demo" })
