import { Runtime } from "effect"

/**
 * Exit codes for the long-running process: a shutdown asked for with SIGTERM or SIGINT that
 * drained and closed cleanly is a success (0), as process managers expect; anything else keeps
 * Effect's default code (1 for a failure).
 */
export const exitZeroOnRequestedShutdown: Runtime.Teardown = (exit, onExit) =>
  Runtime.defaultTeardown(exit, (code) => onExit(code === 130 ? 0 : code))
