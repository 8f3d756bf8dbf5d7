import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import * as NodeServices from "@effect/platform-node/NodeServices"
import { Cause, Effect, Exit, Layer, Runtime, Schema } from "effect"
import { type CliError, CliOutput, Command } from "effect/cli"

/**
 * A mistake in what the person typed (a missing value, a value of the wrong form, an unknown id):
 * printed as `name: reason` on stderr, exit code 2 — the code usage errors have by convention.
 */
export class UsageError extends Schema.TaggedError<UsageError>()("UsageError", {
  reason: Schema.String
}) {
  override get message() {
    return this.reason
  }
}

/** Exit codes of every command: 0 done, 1 it failed (Redis unreachable, …), 2 it was asked wrongly. */
export const ExitCode = { ok: 0, failed: 1, usage: 2 } as const

/** pnpm may forward a literal "--" before the script's own arguments. */
export const commandArguments = (argv: ReadonlyArray<string> = process.argv.slice(2)): ReadonlyArray<string> =>
  argv[0] === "--" ? argv.slice(1) : argv

/** One line when the error has a message; otherwise Effect's own rendering (a ConfigError names the variable). */
const reasonOf = (error: unknown, cause: Cause.Cause<unknown>): string => {
  if (error instanceof Error && error.message !== "") return error.message
  return (Cause.pretty(cause).split("\n")[0] ?? "").replace(/\s*\{$/, "")
}

/** An app that logged its failure itself marks it with `[Runtime.errorReported] = false`: said once, not twice. */
const alreadyReported = (error: unknown): boolean =>
  typeof error === "object" &&
  error !== null &&
  Runtime.errorReported in error &&
  error[Runtime.errorReported] === false

/**
 * effect/cli prints the whole help and an ERROR block for a bad invocation, and exits 1. Operators
 * expect one line naming the problem, on stderr, and exit code 2: this presenter writes that line;
 * help asked for with --help still goes to stdout in full.
 */
const oneLinePresenter = (name: string) =>
  CliOutput.layerPresenter({
    present: (event) =>
      event._tag === "InvalidInvocation"
        ? Effect.gen(function* () {
            const formatter = yield* CliOutput.Formatter
            const problems = event.errors.map((error) => formatter.formatCliError(error).replace(/\s*\n\s*/g, " "))
            yield* Effect.sync(() => process.stderr.write(`${name}: ${problems.join("; ")} (see ${name} --help)\n`))
          })
        : CliOutput.defaultPresenter.present(event)
  })

const isCliError = (error: unknown): error is CliError.CliError =>
  typeof error === "object" && error !== null && "_tag" in error && "~effect/cli/CliError" in error

/** What a command's failure means for the person who ran it: a line on stderr and an exit code. */
export const exitCodeOf = (name: string, cause: Cause.Cause<unknown>): Effect.Effect<number> => {
  if (Cause.hasInterruptsOnly(cause)) return Effect.succeed(130)
  const error = Cause.squash(cause)
  // Parse errors were already written by the presenter, as one line.
  if (isCliError(error) || (error instanceof Error && error.name === "ShowHelp")) return Effect.succeed(ExitCode.usage)
  const tagged = typeof error === "object" && error !== null && "_tag" in error ? String(error._tag) : ""
  const code = tagged === "UsageError" ? ExitCode.usage : ExitCode.failed
  return Effect.sync(() => {
    if (!alreadyReported(error)) process.stderr.write(`${name}: ${reasonOf(error, cause)}\n`)
    return code
  })
}

export interface RunCommandOptions {
  /** How the command is typed, e.g. "pnpm subscribe": prefixes every error line. */
  readonly name: string
  readonly version?: string
  /** Exit as soon as the command is done, rather than waiting for stray timers (one-shot commands). */
  readonly exitWhenDone?: boolean
}

/**
 * Runs an effect/cli command as a process: `--help` prints usage, flags and examples (exit 0); a
 * wrong flag or value prints one line naming it (exit 2); a UsageError from the handler exits 2;
 * any other failure exits 1 with `name: reason`. SIGINT/SIGTERM interrupt the handler and run its
 * finalizers (exit 0 for a long-running command asked to stop).
 */
export const runCommand = <Name extends string, Input, E, R extends Command.Environment>(
  // biome-ignore lint/complexity/noBannedTypes: {} is effect/cli's own type for "no context input"
  command: Command.Command<Name, Input, {}, E, R>,
  options: RunCommandOptions,
  argv: ReadonlyArray<string> = commandArguments()
): void => {
  const program = Command.runWith(command, { version: options.version ?? "0.1.0" })(argv).pipe(
    Effect.as(ExitCode.ok as number),
    Effect.catchCause((cause) => exitCodeOf(options.name, cause)),
    Effect.provide(Layer.mergeAll(NodeServices.layer, oneLinePresenter(options.name)))
  ) as Effect.Effect<number>
  NodeRuntime.runMain(program, {
    disableErrorReporting: true,
    teardown: (exit, onExit) => {
      const value = Exit.isSuccess(exit) ? Number(exit.value) : Cause.hasInterruptsOnly(exit.cause) ? 0 : 1
      // 130 is an interrupted command (SIGINT/SIGTERM) whose finalizers ran: a requested, clean stop.
      // A handler may have set process.exitCode itself (e.g. a line it could not read): a success keeps it.
      const code = value === 130 ? 0 : value === 0 ? Number(process.exitCode ?? 0) : value
      if (options.exitWhenDone === false) return onExit(code)
      // Flushes stdout first: a pipe reader must get every line before the process ends.
      process.stdout.write("", () => process.exit(code))
    }
  })
}
