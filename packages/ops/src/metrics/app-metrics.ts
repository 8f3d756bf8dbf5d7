import { Queue } from "bullmq"
import { Config, Effect } from "effect"
import type { Redis as IORedis } from "ioredis"
import { queueJobs, setGauge } from "./instruments.ts"
import { type Health, serveMetrics } from "./metrics-server.ts"

const queueStates = ["waiting", "active", "delayed", "failed", "completed", "prioritized"] as const

/** Queue depths by state, read from Redis so they cover every process, into the queue_jobs gauge. */
export const refreshQueueDepths = async (queues: ReadonlyArray<Queue>): Promise<void> => {
  for (const queue of queues) {
    const counts = await queue.getJobCounts(...queueStates)
    for (const state of queueStates) setGauge(queueJobs, { queue: queue.name, state }, counts[state] ?? 0)
  }
}

const redisHealth = (redis: IORedis) => (): Promise<Health> =>
  redis.ping().then(
    (): Health => ({ ok: true, detail: { redis: "ok" } }),
    (error: unknown): Health => ({ ok: false, detail: { redis: String(error) } })
  )

/** Where an app serves /healthz and /metrics: `<PREFIX>_METRICS_PORT` / `<PREFIX>_METRICS_HOST`. */
export const metricsAddressConfig = (variablePrefix: string, defaultPort: number) =>
  Config.all({
    port: Config.Port(`${variablePrefix}METRICS_PORT`).pipe(Config.withDefault(defaultPort)),
    host: Config.String(`${variablePrefix}METRICS_HOST`).pipe(Config.withDefault("127.0.0.1"))
  })

export interface AppMetricsOptions {
  readonly redis: IORedis
  readonly prefix: string
  readonly queueNames: ReadonlyArray<string>
  readonly address: { readonly host: string; readonly port: number }
  /** Refreshes the app's own gauges (e.g. feed health) before each scrape. */
  readonly refresh?: () => Promise<void>
  /** A port already taken is a warning, not a failure, where several processes share a host. */
  readonly optional?: boolean
}

/**
 * /healthz (Redis answers → 200, else 503) and /metrics with queue depths, for the lifetime of
 * the scope. The queues are opened on `redis` only to count jobs.
 */
export const serveAppMetrics = (options: AppMetricsOptions) =>
  Effect.gen(function* () {
    const queues = yield* Effect.acquireRelease(
      Effect.sync(() =>
        options.queueNames.map((name) => new Queue(name, { connection: options.redis, prefix: options.prefix }))
      ),
      (opened) => Effect.promise(() => Promise.allSettled(opened.map((queue) => queue.close())))
    )
    const served = serveMetrics({
      ...options.address,
      health: redisHealth(options.redis),
      refresh: async () => {
        await refreshQueueDepths(queues)
        await options.refresh?.()
      }
    })
    if (options.optional !== true) return yield* served
    return yield* served.pipe(
      Effect.catch((error) =>
        Effect.logWarning(`/metrics and /healthz not served: ${error.message} (set another port to serve them)`).pipe(
          Effect.as(undefined)
        )
      )
    )
  })
