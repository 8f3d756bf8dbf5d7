import iconv from "iconv-lite"
import { Effect } from "effect"
import { afterEach, describe, expect, it } from "vitest"
import type { Feed } from "./feeds/feed.ts"
import { defaultFetchPolicy, type FetchPolicy } from "./fetch/fetch-policy.ts"
import type { Validators } from "./fetch/conditional-get.ts"
import { fetchFeed, type FeedFetchResult } from "./fetch-feed.ts"
import { startFeedServer, type FeedServer } from "./testing/feed-server.ts"

const policy: FetchPolicy = {
  ...defaultFetchPolicy,
  allowPrivate: true,
  connectTimeoutMs: 1_000,
  totalTimeoutMs: 2_000
}
const now = new Date("2026-11-20T12:00:00Z")

let server: FeedServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

const rssWithTitle = (title: string, encoding?: string) =>
  `<?xml version="1.0"${encoding !== undefined ? ` encoding="${encoding}"` : ""}?>
<rss version="2.0"><channel><title>Feed</title><ttl>45</ttl>
<item><title>${title}</title><link>https://example.com/a?utm_source=x&amp;b=2&amp;a=1#top</link>
<guid>item-1</guid><pubDate>Tue, 17 Nov 2026 09:30:00 +0530</pubDate><description>&lt;p&gt;First&lt;/p&gt;&lt;p&gt;Second&lt;/p&gt;</description></item>
</channel></rss>`

const serve = async (body: Buffer | string, contentType: string, headers: Record<string, string> = {}) => {
  server = await startFeedServer({
    "/feed": (_req, res) => res.writeHead(200, { "content-type": contentType, ...headers }).end(body)
  })
  return { url: server.url("/feed"), name: "Test Outlet" } satisfies Feed
}

const fetchOnce = (feed: Feed, validators: Validators = {}, overrides: Partial<FetchPolicy> = {}) =>
  Effect.runPromise(Effect.result(fetchFeed(feed, validators, { ...policy, ...overrides }, now)))

const fetchedItems = (result: Awaited<ReturnType<typeof fetchOnce>>) => {
  if (result._tag === "Failure") throw new Error(`expected items, got ${result.failure._tag}: ${result.failure.reason}`)
  if (result.success._tag !== "Fetched") throw new Error("expected Fetched, got NotModified")
  return result.success as Extract<FeedFetchResult, { _tag: "Fetched" }>
}

describe("fetchFeed", () => {
  it("fetches, parses and normalises a feed into wire items", async () => {
    const feed = await serve(rssWithTitle("India &amp; Italy sign MoU"), "application/rss+xml; charset=utf-8")
    const result = fetchedItems(await fetchOnce(feed))
    expect(result.ttlMinutes).toBe(45)
    expect(result.items).toHaveLength(1)
    const { item, identity } = result.items[0]!
    expect(item.title).toBe("India & Italy sign MoU")
    expect(item.text).toBe("First\n\nSecond")
    expect(item.url).toBe("https://example.com/a?a=1&b=2")
    expect(item.published).toBe("2026-11-17T04:00:00.000Z")
    expect(item.publishedEstimated).toBeUndefined()
    expect(item.source).toBe("Test Outlet")
    expect(item.id).toMatch(/^item-[0-9a-f]{20}$/)
    expect(identity).toBe("guid:item-1")
  })

  it("treats a 304 and a 200 carrying the stored ETag as not modified", async () => {
    let sendNotModified = true
    server = await startFeedServer({
      "/feed": (req, res) => {
        if (sendNotModified && req.headers["if-none-match"] === '"abc"') return res.writeHead(304).end()
        res.writeHead(200, { etag: '"abc"', "content-type": "application/rss+xml" }).end(rssWithTitle("t"))
      }
    })
    const feed = { url: server.url("/feed"), name: "Test" }
    const first = fetchedItems(await fetchOnce(feed))
    const second = await fetchOnce(feed, first.validators)
    expect(second._tag === "Success" && second.success._tag).toBe("NotModified")
    expect(server.requests[1]?.headers["if-none-match"]).toBe('"abc"')
    sendNotModified = false
    const third = await fetchOnce(feed, first.validators)
    expect(third._tag === "Success" && third.success._tag).toBe("NotModified")
  })

  it("reads ISO-8859-1 declared only in the XML prolog", async () => {
    const feed = await serve(
      iconv.encode(rssWithTitle("Incontro a Roma: perché è importante", "ISO-8859-1"), "latin1"),
      "application/xml"
    )
    expect(fetchedItems(await fetchOnce(feed)).items[0]?.item.title).toBe("Incontro a Roma: perché è importante")
  })

  it("reads windows-1252 (curly quotes and the euro sign)", async () => {
    const title = "“Accordo” da 20 miliardi di €"
    const feed = await serve(
      iconv.encode(rssWithTitle(title, "windows-1252"), "windows-1252"),
      "text/xml; charset=windows-1252"
    )
    expect(fetchedItems(await fetchOnce(feed)).items[0]?.item.title).toBe(title)
  })

  it("reads KOI8-R declared in the Content-Type header", async () => {
    const title = "Индия и Италия подписали соглашение"
    const feed = await serve(iconv.encode(rssWithTitle(title), "koi8-r"), "application/rss+xml; charset=KOI8-R")
    expect(fetchedItems(await fetchOnce(feed)).items[0]?.item.title).toBe(title)
  })

  it("reads UTF-8 bytes correctly even when labelled ISO-8859-1", async () => {
    const feed = await serve(
      Buffer.from(rssWithTitle("Café con Meloni e Modi", "ISO-8859-1"), "utf8"),
      "text/xml; charset=ISO-8859-1"
    )
    expect(fetchedItems(await fetchOnce(feed)).items[0]?.item.title).toBe("Café con Meloni e Modi")
  })

  it("skips a BOM and junk before the XML declaration", async () => {
    const body = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from("\r\n  \t" + rssWithTitle("Leading junk"))
    ])
    const feed = await serve(body, "application/rss+xml")
    expect(fetchedItems(await fetchOnce(feed)).items[0]?.item.title).toBe("Leading junk")
  })

  it("repairs an unescaped ampersand and HTML entities", async () => {
    const feed = await serve(rssWithTitle("Trade & investment&nbsp;up"), "application/rss+xml")
    expect(fetchedItems(await fetchOnce(feed)).items[0]?.item.title).toBe("Trade & investment up")
  })

  it("fails with a clear reason when an HTML page is served instead of a feed", async () => {
    const feed = await serve(
      "<!DOCTYPE html><html><head><title>Home</title></head><body>Welcome</body></html>",
      "text/html"
    )
    const result = await fetchOnce(feed)
    expect(result._tag).toBe("Failure")
    if (result._tag === "Failure") {
      expect(result.failure._tag).toBe("FeedParseError")
      expect(result.failure.reason).toBe("not a feed (looks like an HTML page)")
    }
  })

  it("passes HTTP errors through as FeedFetchError", async () => {
    server = await startFeedServer({ "/busy": (_req, res) => res.writeHead(429, { "retry-after": "30" }).end() })
    const result = await fetchOnce({ url: server.url("/busy"), name: "Busy" })
    expect(
      result._tag === "Failure" &&
        result.failure._tag === "FeedFetchError" && [result.failure.httpStatus, result.failure.retryAfterSeconds]
    ).toEqual([429, 30])
  })

  it("gives the fetch time, flagged as estimated, to items without a date", async () => {
    const feed = await serve(
      `<rss version="2.0"><channel><item><title>No date</title></item></channel></rss>`,
      "application/rss+xml"
    )
    const { item } = fetchedItems(await fetchOnce(feed)).items[0]!
    expect(item.published).toBe(now.toISOString())
    expect(item.publishedEstimated).toBe(true)
  })
})
