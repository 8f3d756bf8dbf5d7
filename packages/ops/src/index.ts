export { commandArguments, ExitCode, exitCodeOf, runCommand, UsageError, type RunCommandOptions } from "./cli/run-command.ts"
export { makeProgress, type Progress, type ProgressOptions } from "./progress.ts"
