import { createServer, type Server } from "node:http"
import { Effect } from "effect"
import { renderRss } from "./demo-feed-xml.ts"
import type { DemoFeed } from "./demo-stories.ts"

/** Serves the demo feeds on a free loopback port for as long as the scope is open. */
export const serveDemoFeeds = (feeds: ReadonlyArray<DemoFeed>) =>
  Effect.acquireRelease(
    Effect.callback<{ server: Server; urlOf: (feed: DemoFeed) => string }, never>((resume) => {
      const bodies = new Map(feeds.map((feed) => [feed.path, renderRss(feed)]))
      const server = createServer((request, response) => {
        const body = bodies.get(request.url ?? "")
        if (body === undefined) response.writeHead(404).end()
        else
          response
            .writeHead(200, { "content-type": "application/rss+xml; charset=utf-8", etag: `"${body.length}"` })
            .end(body)
      })
      server.listen(0, "127.0.0.1", () => {
        const address = server.address()
        const port = typeof address === "object" && address !== null ? address.port : 0
        resume(Effect.succeed({ server, urlOf: (feed: DemoFeed) => `http://127.0.0.1:${port}${feed.path}` }))
      })
    }),
    ({ server }) => Effect.callback<void>((resume) => void server.close(() => resume(Effect.void)))
  )
