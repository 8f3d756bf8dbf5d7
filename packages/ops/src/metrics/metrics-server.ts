import { createServer, type Server } from "node:http"
import { Context, Effect, Layer } from "effect"
import { PrometheusMetrics } from "effect/observability"
import { collectProcessMetrics, processMetricsText } from "./process-metrics.ts"

/** What a /healthz probe reports: 200 when `ok`, else 503; `detail` names what answered or not. */
export interface Health {
  readonly ok: boolean
  readonly detail: Readonly<Record<string, string>>
}

export interface MetricsServerOptions {
  readonly host: string
  readonly port: number
  /** Answers /healthz (e.g. pings Redis). */
  readonly health: () => Promise<Health>
  /** Refreshes gauges read from outside the process (queue depths, feed health) before each scrape. */
  readonly refresh?: () => Promise<void>
}

/** The Prometheus text of this process: Effect's metrics, then prom-client's process metrics. */
export const metricsText = async (): Promise<string> => {
  const effectText = PrometheusMetrics.formatUnsafe(Context.empty())
  const processText = await processMetricsText()
  return `${effectText.trimEnd()}\n${processText}`
}

const respond = (server: Server, options: MetricsServerOptions) =>
  server.on("request", (request, response) => {
    const path = (request.url ?? "/").split("?")[0]
    if (path === "/healthz") {
      options
        .health()
        .catch((error: unknown): Health => ({ ok: false, detail: { error: String(error) } }))
        .then((health) => {
          const body = JSON.stringify({ status: health.ok ? "ok" : "unavailable", ...health.detail })
          response.writeHead(health.ok ? 200 : 503, { "content-type": "application/json" }).end(body)
        })
      return
    }
    if (path === "/metrics") {
      Promise.resolve(options.refresh?.())
        .then(metricsText)
        .then((text) => response.writeHead(200, { "content-type": "text/plain; version=0.0.4" }).end(text))
        .catch((error: unknown) =>
          response.writeHead(503, { "content-type": "text/plain" }).end(`metrics unavailable: ${error}\n`)
        )
      return
    }
    response.writeHead(404, { "content-type": "text/plain" }).end("not found: try /healthz or /metrics\n")
  })

/**
 * Serves /healthz and Prometheus /metrics on host:port for as long as the scope lives (closed
 * with it). Loopback by default in every app: exposing it is the operator's choice.
 */
export const serveMetrics = (options: MetricsServerOptions) =>
  Effect.acquireRelease(
    Effect.callback<Server, Error>((resume) => {
      collectProcessMetrics()
      const server = respond(createServer(), options)
      server.once("error", (error) =>
        resume(Effect.fail(new Error(`metrics server on ${options.host}:${options.port}: ${error.message}`)))
      )
      server.listen(options.port, options.host, () => resume(Effect.succeed(server)))
    }),
    (server) => Effect.promise(() => new Promise<void>((resolve) => server.close(() => resolve())))
  ).pipe(
    Effect.tap((server) => {
      const address = server.address()
      const port = typeof address === "object" && address !== null ? address.port : options.port
      return Effect.logInfo(`health and metrics on http://${options.host}:${port}/healthz and /metrics`)
    })
  )

export const MetricsServerLayer = (options: MetricsServerOptions) => Layer.effectDiscard(serveMetrics(options))
