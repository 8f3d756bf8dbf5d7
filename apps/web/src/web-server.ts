import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import type { EventStore } from "@india-italy/event-store"
import { Config, Context, Effect, Layer, Schema } from "effect"
import { buildClientBundle } from "./client-bundle.ts"
import { handleRequest } from "./routes.ts"

export const webSettings = Config.all({
  port: Config.Int("WEB_PORT").pipe(Config.withDefault(8080)),
  host: Config.String("WEB_HOST").pipe(Config.withDefault("127.0.0.1"))
})

export class WebServerError extends Schema.TaggedError<WebServerError>()("WebServerError", {
  host: Schema.String,
  port: Schema.Int,
  reason: Schema.String
}) {
  override get message() {
    return `the web server could not listen on ${this.host}:${this.port} (${this.reason}); set WEB_PORT or WEB_HOST`
  }
}

/** A Host header we may echo into links: a host name or address and an optional port, nothing else. */
const plainHost = /^[A-Za-z0-9.-]{1,253}(:\d{1,5})?$|^\[[0-9A-Fa-f:.]{2,45}\](:\d{1,5})?$/

const baseUrlOf = (request: IncomingMessage, fallback: string): string => {
  const host = request.headers.host
  return host !== undefined && plainHost.test(host) ? `http://${host}` : fallback
}

const listen = (server: Server, port: number, host: string) =>
  Effect.callback<AddressInfo, WebServerError>((resume) => {
    const onError = (error: Error) => resume(Effect.fail(new WebServerError({ host, port, reason: error.message })))
    server.once("error", onError)
    server.listen(port, host, () => {
      server.off("error", onError)
      resume(Effect.succeed(server.address() as AddressInfo))
    })
  })

/**
 * The history API and the timeline page over the event store, on WEB_HOST:WEB_PORT (loopback
 * and 8080 by default). Served by node:http: a handful of GET routes need no framework.
 */
export class WebServer extends Context.Service<WebServer, { readonly url: string; readonly port: number }>()(
  "web/WebServer"
) {
  static readonly layer = Layer.effect(
    WebServer,
    Effect.gen(function* () {
      const { port, host } = yield* webSettings
      const script = yield* buildClientBundle
      const context = yield* Effect.context<EventStore>()
      const serve = (request: IncomingMessage, response: ServerResponse, fallback: string) => {
        const handled = handleRequest(
          { method: request.method ?? "GET", url: request.url ?? "/", baseUrl: baseUrlOf(request, fallback) },
          script
        )
        void Effect.runPromiseWith(context)(handled).then(
          (answer) => {
            response.writeHead(answer.status, { ...answer.headers, "content-length": Buffer.byteLength(answer.body) })
            response.end(request.method === "HEAD" ? undefined : answer.body)
          },
          () => {
            response.writeHead(500, { "content-type": "text/plain" })
            response.end("internal error\n")
          }
        )
      }
      const server = createServer()
      server.requestTimeout = 30_000
      server.headersTimeout = 10_000
      const address = yield* Effect.acquireRelease(listen(server, port, host), () =>
        Effect.callback<void>((resume) => {
          server.close(() => resume(Effect.void))
          server.closeAllConnections()
        })
      )
      const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address
      const url = `http://${shownHost}:${address.port}`
      server.on("request", (request: IncomingMessage, response: ServerResponse) => serve(request, response, url))
      yield* Effect.logInfo(`history API and timeline at ${url}/`)
      return WebServer.of({ url, port: address.port })
    })
  )
}
