import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo, Socket } from "node:net"

export type FeedRoute = (req: IncomingMessage, res: ServerResponse) => void

export interface RecordedRequest {
  readonly path: string
  readonly headers: IncomingHttpHeaders
}

export interface FeedServer {
  /** Absolute URL of a path on this server, e.g. url("/feed.xml"). */
  readonly url: (path: string) => string
  /** Every request received, in order (including ones to unknown paths). */
  readonly requests: Array<RecordedRequest>
  readonly close: () => Promise<void>
}

/**
 * A real HTTP server on 127.0.0.1 (a free port) for tests: each route is a handler keyed by path
 * (query string ignored); unknown paths answer 404. Routes may be added to the passed object after
 * start. close() also destroys open sockets, so a handler that never answers cannot hang a test.
 */
export const startFeedServer = async (routes: Record<string, FeedRoute>): Promise<FeedServer> => {
  const requests: Array<RecordedRequest> = []
  const sockets = new Set<Socket>()
  const server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/"
    requests.push({ path, headers: req.headers })
    const route = routes[path]
    if (route === undefined) {
      res.writeHead(404, { "content-type": "text/plain" })
      res.end("not found")
      return
    }
    try {
      route(req, res)
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" })
      res.end(String(error))
    }
  })
  server.on("connection", (socket) => {
    sockets.add(socket)
    socket.on("close", () => sockets.delete(socket))
  })
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: (path) => `http://127.0.0.1:${port}${path.startsWith("/") ? path : "/" + path}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}
