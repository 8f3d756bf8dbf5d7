import { createServer, type Server } from "node:http"
import { queueNames } from "@india-italy/domain"
import { Queue } from "bullmq"
import { Config, Context, Effect, Layer } from "effect"
import type { Redis as IORedis } from "ioredis"

/** A named number the /metrics endpoint reports, e.g. items_polled_total. */
export interface MetricSample {
  readonly name: string
  readonly help: string
  readonly type: "counter" | "gauge"
  readonly labels?: Readonly<Record<string, string>>
  readonly value: number
}

/** Where /metrics gets its numbers from: each app contributes a function that reads its counters. */
export class MetricsSources extends Context.Service<MetricsSources, ReadonlyArray<() => ReadonlyArray<MetricSample>>>()(
  "system/MetricsSources"
) {}

const escapeLabel = (value: string): string => value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")

/** Renders samples in the Prometheus text exposition format (one HELP/TYPE per metric name). */
export const renderPrometheus = (samples: ReadonlyArray<MetricSample>): string => {
  const byName = new Map<string, Array<MetricSample>>()
  for (const sample of samples) byName.set(sample.name, [...(byName.get(sample.name) ?? []), sample])
  const lines: Array<string> = []
  for (const [name, group] of byName) {
    lines.push(`# HELP ${name} ${group[0]!.help}`, `# TYPE ${name} ${group[0]!.type}`)
    for (const sample of group) {
      const labels = Object.entries(sample.labels ?? {})
      const labelText = labels.length === 0 ? "" : `{${labels.map(([key, value]) => `${key}="${escapeLabel(value)}"`).join(",")}}`
      lines.push(`${name}${labelText} ${Number.isFinite(sample.value) ? sample.value : 0}`)
    }
  }
  return `${lines.join("\n")}\n`
}

const queueStates = ["waiting", "active", "delayed", "failed", "completed", "prioritized"] as const

/** Queue depths for every pipeline queue, read from Redis so they cover all processes. */
export const readQueueDepths = async (queues: ReadonlyArray<Queue>): Promise<ReadonlyArray<MetricSample>> => {
  const samples: Array<MetricSample> = []
  for (const queue of queues) {
    const counts = await queue.getJobCounts(...queueStates)
    for (const state of queueStates) {
      samples.push({ name: "queue_jobs", help: "Jobs in each pipeline queue by state.", type: "gauge", labels: { queue: queue.name, state }, value: counts[state] ?? 0 })
    }
  }
  return samples
}

export const HealthServerConfig = Config.all({
  port: Config.Port("METRICS_PORT").pipe(Config.withDefault(9464)),
  host: Config.String("METRICS_HOST").pipe(Config.withDefault("127.0.0.1"))
})

/**
 * Serves /healthz (Redis answers → 200, else 503) and /metrics (Prometheus text) for operators
 * and orchestrators. `redis` is a command connection; the queues are opened read-only for counts.
 */
export const makeHealthServer = (redis: IORedis, prefix: string) =>
  Effect.gen(function* () {
    const { port, host } = yield* HealthServerConfig
    const sources = yield* MetricsSources
    const queues = Object.values(queueNames).map((name) => new Queue(name, { connection: redis, prefix }))
    const server: Server = createServer((request, response) => {
      const path = (request.url ?? "/").split("?")[0]
      if (path === "/healthz") {
        redis
          .ping()
          .then(() => {
            response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ status: "ok", redis: "ok" }))
          })
          .catch((error: unknown) => {
            response.writeHead(503, { "content-type": "application/json" }).end(JSON.stringify({ status: "unavailable", redis: String(error) }))
          })
        return
      }
      if (path === "/metrics") {
        readQueueDepths(queues)
          .then((depths) => {
            const samples = [...depths, ...sources.flatMap((read) => read())]
            response.writeHead(200, { "content-type": "text/plain; version=0.0.4" }).end(renderPrometheus(samples))
          })
          .catch((error: unknown) => {
            response.writeHead(503, { "content-type": "text/plain" }).end(`metrics unavailable: ${String(error)}\n`)
          })
        return
      }
      response.writeHead(404, { "content-type": "text/plain" }).end("not found: try /healthz or /metrics\n")
    })
    yield* Effect.acquireRelease(
      Effect.callback<void, never>((resume) => {
        server.listen(port, host, () => resume(Effect.void))
      }),
      () =>
        Effect.promise(async () => {
          await new Promise<void>((resolve) => server.close(() => resolve()))
          await Promise.allSettled(queues.map((queue) => queue.close()))
        })
    )
    yield* Effect.logInfo(`health and metrics on http://${host}:${port}/healthz and /metrics`)
    return server
  })

export const HealthServerLayer = (redis: IORedis, prefix: string) => Layer.effectDiscard(makeHealthServer(redis, prefix))
