import { Config, ConfigProvider, Context, Effect, Layer } from "effect"

/**
 * Settings of the worker's pipeline. Every value is read through Effect Config; a value that does
 * not parse fails start-up with a message naming the variable and the form it expects, because a
 * silently defaulted typo (POLL_CONCURRENCY=ten) is worse than not starting.
 */
export interface WorkerSettings {
  /** Items published longer ago are classified and kept but not alerted; 0 = no limit. */
  readonly alertMaxAgeHours: number
  /** Poll jobs one process runs at once. */
  readonly pollConcurrency: number
  /** Fetches against one host at once, across every worker process. */
  readonly perHostConcurrency: number
  /** Classify jobs one process runs at once. */
  readonly classifyConcurrency: number
  /** How far back a report may join an existing event. */
  readonly clusterWindowHours: number
  /**
   * Sources an event keeps (the first report and the most recent ones); every report still counts
   * in `sourceCount`. Bounds what one development costs however many outlets report it.
   */
  readonly eventMaxSources: number
  /** How long item identities are remembered per feed, so a re-ordered feed never re-alerts. */
  readonly seenRetentionDays: number
  /**
   * The longest an idle poll dispatcher sleeps before asking the schedule again (it wakes sooner when a
   * feed is due sooner): a feed another process adds to the schedule waits at most this long.
   */
  readonly pollTickSeconds: number
  /** Lower and upper bound of the adaptive next check. */
  readonly minPollIntervalSeconds: number
  readonly maxPollIntervalSeconds: number
  /** A failing feed is reported to ops after this many failures in a row … */
  readonly opsAlertAfterFailures: number
  /** … or once it has been failing this long, whichever comes first. */
  readonly opsAlertAfterMinutes: number
  /** Bound on graceful shutdown of each BullMQ worker. */
  readonly shutdownTimeoutMs: number
  /**
   * How long a job stays locked to its worker without a heartbeat: a worker killed mid-job has
   * its job handed to another after about this long (BullMQ's stalled-job check).
   */
  readonly jobLockMs: number
}

const invalid = (name: string, expected: string, raw: string) =>
  new Config.ConfigError(
    new ConfigProvider.SourceError({ message: `${name} is invalid: expected ${expected}, got ${JSON.stringify(raw)}` })
  )

/** An integer setting in [min, max]; the error says which variable and what it should look like. */
export const intSetting = (name: string, defaultValue: number, min: number, max: number = Number.MAX_SAFE_INTEGER) =>
  Config.String(name).pipe(
    Config.mapEffect((raw) => {
      const trimmed = raw.trim()
      const value = /^-?\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN
      return Number.isSafeInteger(value) && value >= min && value <= max
        ? Effect.succeed(value)
        : Effect.fail(
            invalid(
              name,
              max === Number.MAX_SAFE_INTEGER ? `a whole number ≥ ${min}` : `a whole number from ${min} to ${max}`,
              raw
            )
          )
    }),
    Config.withDefault(defaultValue)
  )

export const workerSettingsConfig: Config.Config<WorkerSettings> = Config.all({
  alertMaxAgeHours: intSetting("ALERT_MAX_AGE_HOURS", 72, 0),
  pollConcurrency: intSetting("POLL_CONCURRENCY", 8, 1, 1000),
  perHostConcurrency: intSetting("PER_HOST_CONCURRENCY", 2, 1, 100),
  classifyConcurrency: intSetting("CLASSIFY_CONCURRENCY", 16, 1, 1000),
  clusterWindowHours: intSetting("CLUSTER_WINDOW_HOURS", 168, 1),
  eventMaxSources: intSetting("EVENT_MAX_SOURCES", 20, 2, 1000),
  seenRetentionDays: intSetting("SEEN_RETENTION_DAYS", 30, 1),
  pollTickSeconds: intSetting("POLL_TICK_SECONDS", 10, 1),
  minPollIntervalSeconds: intSetting("MIN_POLL_INTERVAL_SECONDS", 120, 1),
  maxPollIntervalSeconds: intSetting("MAX_POLL_INTERVAL_SECONDS", 6 * 3600, 1),
  opsAlertAfterFailures: intSetting("OPS_ALERT_AFTER_FAILURES", 5, 1),
  opsAlertAfterMinutes: intSetting("OPS_ALERT_AFTER_MINUTES", 60, 1),
  shutdownTimeoutMs: intSetting("SHUTDOWN_TIMEOUT_MS", 10_000, 0),
  jobLockMs: intSetting("JOB_LOCK_MS", 30_000, 1_000)
}).pipe(
  Config.mapEffect((settings) =>
    settings.minPollIntervalSeconds > settings.maxPollIntervalSeconds
      ? Effect.fail(
          invalid(
            "MIN_POLL_INTERVAL_SECONDS",
            `at most MAX_POLL_INTERVAL_SECONDS (${settings.maxPollIntervalSeconds})`,
            String(settings.minPollIntervalSeconds)
          )
        )
      : Effect.succeed(settings)
  )
)

export class WorkerConfig extends Context.Service<WorkerConfig, WorkerSettings>()("worker/WorkerConfig") {
  static readonly layer = Layer.effect(WorkerConfig, Effect.map(workerSettingsConfig, WorkerConfig.of))
  /** For tests and embedding: fixed settings over the defaults. */
  static readonly layerWith = (overrides: Partial<WorkerSettings>) =>
    Layer.effect(
      WorkerConfig,
      Effect.map(workerSettingsConfig, (settings) => WorkerConfig.of({ ...settings, ...overrides }))
    )
}
