import { createServer } from "node:http"

/**
 * The outside world of the poll-cost line, in a process of its own so its CPU is not counted as
 * the project's: `FEEDS` feeds on 127.0.0.1 at /feed-N.xml. Nine in ten carry an ETag and answer
 * 304 to a request that sends it back; every tenth has no validators and answers 200 with the same
 * ten items each time (a feed that never changes but cannot say so). Prints its port on stdout,
 * then "primed" once every feed has been requested at least once.
 */
const feeds = Number(process.env.FEEDS ?? 5000)
const itemsPerFeed = 10

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")

const feedBody = (feed: number): string => {
  const items = Array.from({ length: itemsPerFeed }, (_, index) => {
    const published = new Date(Date.UTC(2024, 0, 1 + index)).toUTCString()
    const description = `The port of feed ${feed} published its tide tables for week ${index}; no change to pilotage.`
    return `<item><title>${escapeXml(`Harbour authority ${feed} publishes tide tables, part ${index}`)}</title>
<link>https://wire.example/poll-bench/${feed}/${index}</link><guid>poll-bench-${feed}-${index}</guid>
<pubDate>${published}</pubDate>
<description>${escapeXml(description)}</description></item>`
  })
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Poll bench ${feed}</title>
<link>https://wire.example/poll-bench/${feed}</link><description>bench</description>${items.join("\n")}</channel></rss>`
}

const bodies = Array.from({ length: feeds }, (_, feed) => feedBody(feed))
const route = /^\/feed-(\d+)\.xml$/
const requested = new Uint8Array(feeds)
let unrequested = feeds

const server = createServer((request, response) => {
  const match = route.exec(request.url ?? "")
  const feed = match === null ? Number.NaN : Number(match[1])
  if (!(feed >= 0 && feed < feeds)) return void response.writeHead(404).end()
  if (requested[feed] === 0) {
    requested[feed] = 1
    if (--unrequested === 0) process.stdout.write("primed\n")
  }
  if (feed % 10 === 0) {
    return void response.writeHead(200, { "content-type": "application/rss+xml" }).end(bodies[feed])
  }
  const etag = `"poll-bench-${feed}-v1"`
  if (request.headers["if-none-match"] === etag) return void response.writeHead(304, { etag }).end()
  response.writeHead(200, { "content-type": "application/rss+xml", etag }).end(bodies[feed])
})
server.keepAliveTimeout = 60_000
server.listen(0, "127.0.0.1", () => {
  const address = server.address()
  process.stdout.write(`${typeof address === "object" && address !== null ? address.port : 0}\n`)
})
process.on("SIGTERM", () => server.close(() => process.exit(0)))
