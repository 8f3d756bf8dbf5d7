export {
  commandArguments,
  ExitCode,
  exitCodeOf,
  runCommand,
  UsageError,
  type RunCommandOptions
} from "./cli/run-command.ts"
export * as Instruments from "./metrics/instruments.ts"
export {
  metricsText,
  MetricsServerLayer,
  serveMetrics,
  type Health,
  type MetricsServerOptions
} from "./metrics/metrics-server.ts"
export { collectProcessMetrics } from "./metrics/process-metrics.ts"
export { makeProgress, type Progress, type ProgressOptions } from "./progress.ts"
export {
  metricsAddressConfig,
  refreshQueueDepths,
  serveAppMetrics,
  type AppMetricsOptions
} from "./metrics/app-metrics.ts"
