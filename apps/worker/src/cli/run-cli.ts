import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import { Effect, Exit } from "effect"

/**
 * Runs a CLI program whose result is its exit code. Exits as soon as the program and its
 * finalizers are done (after stdout is flushed), instead of waiting for stray reconnect timers
 * of a Redis client that never connected.
 */
export const runCli = <E>(program: Effect.Effect<number, E>) =>
  NodeRuntime.runMain(program, {
    teardown: (exit, _onExit) => {
      const code = Exit.isSuccess(exit) ? (typeof exit.value === "number" ? exit.value : 0) : 1
      process.stdout.write("", () => process.exit(code))
    }
  })
