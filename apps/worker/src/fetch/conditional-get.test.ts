import { gzipSync, brotliCompressSync, deflateRawSync } from "node:zlib"
import { Effect } from "effect"
import { afterEach, describe, expect, it } from "vitest"
import { startFeedServer, type FeedServer } from "../testing/feed-server.ts"
import { conditionalGet, type FeedFetchError, type FetchOutcome, type Validators } from "./conditional-get.ts"
import { defaultFetchPolicy, type FetchPolicy } from "./fetch-policy.ts"

const policy: FetchPolicy = {
  ...defaultFetchPolicy,
  allowPrivate: true,
  connectTimeoutMs: 1_000,
  totalTimeoutMs: 1_500,
  maxBytes: 64 * 1024
}
const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>`

let server: FeedServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

const get = (url: string, validators: Validators = {}, overrides: Partial<FetchPolicy> = {}) =>
  Effect.runPromise(Effect.result(conditionalGet(url, validators, { ...policy, ...overrides })))

const expectFetched = (result: Awaited<ReturnType<typeof get>>): Extract<FetchOutcome, { _tag: "Fetched" }> => {
  if (result._tag === "Failure")
    throw new Error(`expected success, got ${result.failure.kind}: ${result.failure.reason}`)
  if (result.success._tag !== "Fetched") throw new Error("expected Fetched, got NotModified")
  return result.success
}

const expectError = (result: Awaited<ReturnType<typeof get>>): FeedFetchError => {
  if (result._tag === "Success") throw new Error(`expected a FeedFetchError, got ${result.success._tag}`)
  return result.failure
}

describe("conditionalGet", () => {
  it("sends the stored validators and turns a 304 into NotModified", async () => {
    server = await startFeedServer({
      "/feed": (req, res) => {
        if (req.headers["if-none-match"] === '"v1"') {
          res.writeHead(304, { etag: '"v1"', "cache-control": "max-age=300" })
          return res.end()
        }
        res.writeHead(200, {
          "content-type": "application/rss+xml",
          etag: '"v1"',
          "last-modified": "Mon, 02 Nov 2026 10:00:00 GMT"
        })
        res.end(rss)
      }
    })
    const first = expectFetched(await get(server.url("/feed")))
    expect(first.validators).toEqual({ etag: '"v1"', lastModified: "Mon, 02 Nov 2026 10:00:00 GMT" })
    expect(server.requests[0]?.headers["if-none-match"]).toBeUndefined()
    const second = await get(server.url("/feed"), first.validators)
    expect(second._tag === "Success" && second.success._tag).toBe("NotModified")
    expect(server.requests[1]?.headers["if-none-match"]).toBe('"v1"')
    expect(server.requests[1]?.headers["if-modified-since"]).toBe("Mon, 02 Nov 2026 10:00:00 GMT")
    if (second._tag === "Success") expect(second.success.cacheHints.maxAgeSeconds).toBe(300)
  })

  it("names the product in the User-Agent and asks for compression", async () => {
    server = await startFeedServer({ "/feed": (_req, res) => res.end(rss) })
    expectFetched(await get(server.url("/feed")))
    expect(server.requests[0]?.headers["user-agent"]).toMatch(/IndiaItalyMonitor/)
    expect(server.requests[0]?.headers["accept-encoding"]).toMatch(/gzip/)
  })

  it("decompresses gzip, raw deflate and brotli bodies", async () => {
    server = await startFeedServer({
      "/gzip": (_req, res) => res.writeHead(200, { "content-encoding": "gzip" }).end(gzipSync(rss)),
      "/deflate": (_req, res) => res.writeHead(200, { "content-encoding": "deflate" }).end(deflateRawSync(rss)),
      "/br": (_req, res) => res.writeHead(200, { "content-encoding": "br" }).end(brotliCompressSync(rss))
    })
    for (const path of ["/gzip", "/deflate", "/br"]) {
      expect(expectFetched(await get(server.url(path))).body).toBe(rss)
    }
  })

  it("gives up promptly on a server that never answers", async () => {
    server = await startFeedServer({ "/slow": () => {} })
    const started = Date.now()
    const error = expectError(await get(server.url("/slow"), {}, { totalTimeoutMs: 300 }))
    expect(error.kind).toBe("timeout")
    expect(error.reason).toMatch(/300 ms/)
    expect(Date.now() - started).toBeLessThan(1_500)
  })

  it("gives up on a body that trickles in slower than the whole-fetch deadline", async () => {
    server = await startFeedServer({
      "/trickle": (_req, res) => {
        res.writeHead(200, { "content-type": "application/rss+xml" })
        const timer = setInterval(() => res.write(" "), 50)
        res.on("close", () => clearInterval(timer))
      }
    })
    const error = expectError(await get(server.url("/trickle"), {}, { totalTimeoutMs: 300 }))
    expect(error.kind).toBe("timeout")
  })

  it("closes the connection when the fetch is interrupted", async () => {
    let closed = false
    server = await startFeedServer({ "/hang": (req) => req.socket.on("close", () => (closed = true)) })
    const url = server.url("/hang")
    const result = await Effect.runPromise(
      Effect.result(conditionalGet(url, {}, policy).pipe(Effect.timeout("100 millis")))
    )
    expect(result._tag).toBe("Failure")
    await expect.poll(() => closed, { timeout: 1_000 }).toBe(true)
  })

  it("refuses a body larger than the cap, announced or streamed", async () => {
    const big = Buffer.alloc(200 * 1024, "a")
    server = await startFeedServer({
      "/announced": (_req, res) => res.writeHead(200, { "content-length": big.length }).end(big),
      "/streamed": (_req, res) => {
        res.writeHead(200, { "content-type": "application/rss+xml" })
        res.write(big)
        res.end(big)
      }
    })
    const announced = expectError(await get(server.url("/announced")))
    expect(announced.kind).toBe("too_large")
    const streamed = expectError(await get(server.url("/streamed")))
    expect(streamed.kind).toBe("too_large")
    expect(streamed.reason).toMatch(/65536-byte limit/)
  })

  it("stops a gzip bomb at the decompressed-size cap", async () => {
    // 50 MB of zeros compresses to ~50 KB: under the wire cap, far over the body cap.
    const bomb = gzipSync(Buffer.alloc(50 * 1024 * 1024))
    expect(bomb.length).toBeLessThan(policy.maxBytes)
    server = await startFeedServer({
      "/bomb": (_req, res) => res.writeHead(200, { "content-encoding": "gzip" }).end(bomb)
    })
    const error = expectError(await get(server.url("/bomb")))
    expect(error.kind).toBe("too_large")
    expect(error.reason).toMatch(/decompressed/)
  })

  it("follows redirects, reports the final URL, and detects loops and over-long chains", async () => {
    server = await startFeedServer({
      "/old": (_req, res) => res.writeHead(301, { location: "/new" }).end(),
      "/new": (_req, res) => res.end(rss),
      "/loop-a": (_req, res) => res.writeHead(302, { location: "/loop-b" }).end(),
      "/loop-b": (_req, res) => res.writeHead(302, { location: "/loop-a" }).end(),
      "/chain": (req, res) => {
        const step = Number(new URL(req.url ?? "", "http://x").searchParams.get("n") ?? "0")
        res.writeHead(302, { location: `/chain?n=${step + 1}` }).end()
      }
    })
    expect(expectFetched(await get(server.url("/old"))).finalUrl).toBe(server.url("/new"))
    const loop = expectError(await get(server.url("/loop-a")))
    expect(loop.kind).toBe("redirect")
    expect(loop.reason).toMatch(/redirect loop/)
    const chain = expectError(await get(server.url("/chain"), {}, { maxRedirects: 3 }))
    expect(chain.kind).toBe("redirect")
    expect(chain.reason).toMatch(/more than 3 redirects/)
  })

  it("refuses a redirect to a non-http scheme", async () => {
    server = await startFeedServer({
      "/to-file": (_req, res) => res.writeHead(302, { location: "file:///etc/passwd" }).end()
    })
    const error = expectError(await get(server.url("/to-file")))
    expect(error.kind).toBe("redirect")
    expect(error.reason).toMatch(/not an http\(s\) URL/)
  })

  it("reports HTTP errors with their status and Retry-After", async () => {
    server = await startFeedServer({
      "/gone": (_req, res) => res.writeHead(410).end(),
      "/busy": (_req, res) => res.writeHead(429, { "retry-after": "120" }).end(),
      "/broken": (_req, res) => res.writeHead(500).end("oops"),
      "/unavailable": (_req, res) =>
        res.writeHead(503, { "retry-after": new Date(Date.now() + 60_000).toUTCString() }).end()
    })
    const missing = expectError(await get(server.url("/missing")))
    expect([missing.kind, missing.httpStatus]).toEqual(["http", 404])
    const gone = expectError(await get(server.url("/gone")))
    expect(gone.httpStatus).toBe(410)
    const busy = expectError(await get(server.url("/busy")))
    expect([busy.httpStatus, busy.retryAfterSeconds]).toEqual([429, 120])
    const broken = expectError(await get(server.url("/broken")))
    expect(broken.reason).toMatch(/HTTP 500/)
    const unavailable = expectError(await get(server.url("/unavailable")))
    expect(unavailable.retryAfterSeconds).toBeGreaterThan(50)
    expect(unavailable.retryAfterSeconds).toBeLessThanOrEqual(61)
  })

  it("refuses loopback and private addresses unless allowed", async () => {
    server = await startFeedServer({ "/feed": (_req, res) => res.end(rss) })
    const refused = expectError(await get(server.url("/feed"), {}, { allowPrivate: false }))
    expect(refused.kind).toBe("private_address")
    expect(refused.reason).toMatch(/loopback.*FEEDS_ALLOW_PRIVATE/)
    expect(server.requests).toHaveLength(0)
    // A host name that resolves to loopback is refused at resolution time, before connecting.
    const byName = expectError(
      await get(server.url("/feed").replace("127.0.0.1", "localhost"), {}, { allowPrivate: false })
    )
    expect(byName.kind).toBe("private_address")
    expect(server.requests).toHaveLength(0)
    for (const url of [
      "http://10.1.2.3/feed",
      "http://[::1]/feed",
      "http://[::ffff:127.0.0.1]/feed",
      "http://169.254.169.254/latest",
      "http://0.0.0.0/",
      "http://[2002:7f00:1::1]/feed",
      "http://[64:ff9b::127.0.0.1]/feed",
      "http://[64:ff9b::10.0.0.1]/feed"
    ]) {
      expect(expectError(await get(url, {}, { allowPrivate: false })).kind).toBe("private_address")
    }
  })

  it("rejects URLs that are not http(s)", async () => {
    expect(expectError(await get("ftp://example.com/feed")).kind).toBe("invalid_url")
    expect(expectError(await get("not a url")).kind).toBe("invalid_url")
  })
})
