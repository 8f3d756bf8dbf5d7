import { lookup as dnsLookup, type LookupAddress } from "node:dns"
import http, { type IncomingMessage } from "node:http"
import https from "node:https"
import { isIP, type LookupFunction } from "node:net"
import zlib from "node:zlib"
import { Effect, Schema } from "effect"
import { blockedAddressReason } from "./address-policy.ts"
import { cacheHintsFrom, parseRetryAfter, validatorsFrom } from "./cache-hints.ts"
import { decodeBody } from "./decode-body.ts"
import type { FetchPolicy } from "./fetch-policy.ts"

/** What the server gave us last time, sent back so it can answer 304 Not Modified. */
export interface Validators {
  readonly etag?: string
  readonly lastModified?: string
}

/** What the server says about when to ask again. */
export interface CacheHints {
  readonly maxAgeSeconds?: number
  /** ISO 8601. */
  readonly expiresAt?: string
  readonly retryAfterSeconds?: number
}

export type FetchOutcome =
  | {
      readonly _tag: "Fetched"
      readonly finalUrl: string
      readonly status: number
      /** The body decoded to text. */
      readonly body: string
      /** Size of the body after decompression, before decoding. */
      readonly bytes: number
      readonly validators: Validators
      readonly cacheHints: CacheHints
    }
  | { readonly _tag: "NotModified"; readonly validators: Validators; readonly cacheHints: CacheHints }

export class FeedFetchError extends Schema.TaggedError<FeedFetchError>()("FeedFetchError", {
  url: Schema.String,
  reason: Schema.String,
  kind: Schema.Literals([
    "timeout",
    "too_large",
    "http",
    "redirect",
    "private_address",
    "network",
    "decode",
    "invalid_url"
  ]),
  httpStatus: Schema.optional(Schema.Int),
  retryAfterSeconds: Schema.optional(Schema.Number)
}) {}

type FetchErrorKind = FeedFetchError["kind"]

const redirectStatuses = new Set([301, 302, 303, 307, 308])

/** Raised inside the DNS lookup so the request fails with our reason rather than a generic socket error. */
class RefusedAddress extends Error {
  constructor(
    readonly host: string,
    readonly address: string,
    readonly why: string
  ) {
    super(`${host} resolves to ${address} (${why}); set FEEDS_ALLOW_PRIVATE=true to allow it`)
  }
}

/**
 * A DNS lookup that refuses non-public addresses. It is passed to the request itself, so the
 * address checked is the address connected to: a second, different answer (DNS rebinding) cannot
 * slip in between a check and the connect.
 */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses: Array<LookupAddress>) => {
    if (error) return (callback as (error: Error) => void)(error)
    const refused = addresses
      .map((entry) => ({ entry, why: blockedAddressReason(entry.address) }))
      .find(({ why }) => why !== undefined)
    if (refused !== undefined) {
      return (callback as (error: Error) => void)(
        new RefusedAddress(hostname, refused.entry.address, refused.why ?? "")
      )
    }
    if (options.all) return (callback as (error: null, addresses: Array<LookupAddress>) => void)(null, addresses)
    const first = addresses[0]
    if (first === undefined) return (callback as (error: Error) => void)(new Error(`no address for ${hostname}`))
    return (callback as (error: null, address: string, family: number) => void)(null, first.address, first.family)
  })
}

const describeNetworkError = (error: NodeJS.ErrnoException): string =>
  error.code !== undefined ? `${error.code}: ${error.message}` : error.message

const decompressor = (
  encoding: string | undefined,
  firstByte: number | undefined
): zlib.Gunzip | zlib.Inflate | zlib.InflateRaw | zlib.BrotliDecompress | undefined => {
  switch ((encoding ?? "").trim().toLowerCase()) {
    case "gzip":
    case "x-gzip":
      return zlib.createGunzip()
    case "deflate":
      // "deflate" is meant to be zlib-wrapped, but some servers send raw deflate; a zlib header starts with 0x78.
      return firstByte === 0x78 ? zlib.createInflate() : zlib.createInflateRaw()
    case "br":
      return zlib.createBrotliDecompress()
    default:
      return undefined
  }
}

interface Hop {
  readonly url: URL
  readonly response: IncomingMessage
}

/**
 * Fetches `url` with the stored validators. Every redirect hop is re-checked (scheme, address,
 * hop count, loops); the body is capped on the wire and after decompression; one deadline bounds
 * the whole fetch. Resolves with the outcome or rejects with a FeedFetchError.
 */
const runConditionalGet = (
  originalUrl: string,
  validators: Validators,
  policy: FetchPolicy,
  signal: AbortSignal
): Promise<FetchOutcome> =>
  new Promise<FetchOutcome>((resolve, reject) => {
    const cleanups: Array<() => void> = []
    let settled = false
    const finish = (settle: () => void) => {
      if (settled) return
      settled = true
      for (const cleanup of cleanups) cleanup()
      settle()
    }
    const fail = (
      kind: FetchErrorKind,
      reason: string,
      extra: { httpStatus?: number; retryAfterSeconds?: number } = {}
    ) => finish(() => reject(new FeedFetchError({ url: originalUrl, kind, reason, ...extra })))

    const deadline = setTimeout(
      () => fail("timeout", `no complete response within ${policy.totalTimeoutMs} ms`),
      policy.totalTimeoutMs
    )
    cleanups.push(() => clearTimeout(deadline))
    const onAbort = () => fail("timeout", "fetch interrupted")
    signal.addEventListener("abort", onAbort)
    cleanups.push(() => signal.removeEventListener("abort", onAbort))

    const visited = new Set<string>()

    const request = (target: URL, redirectsSoFar: number) => {
      if (target.protocol !== "http:" && target.protocol !== "https:") {
        return fail(redirectsSoFar === 0 ? "invalid_url" : "redirect", `${target.href} is not an http(s) URL`)
      }
      if (target.username !== "" || target.password !== "") {
        // Credentials in a feed URL would be sent to every redirect target and end up in logs.
        return fail("invalid_url", "URLs with embedded credentials are not fetched")
      }
      visited.add(target.href)
      const hostname = target.hostname.replace(/^\[|\]$/g, "")
      if (!policy.allowPrivate && isIP(hostname) !== 0) {
        const why = blockedAddressReason(hostname)
        if (why !== undefined) {
          return fail("private_address", `${hostname} is a ${why} address; set FEEDS_ALLOW_PRIVATE=true to allow it`)
        }
      }
      const headers: Record<string, string> = {
        "user-agent": policy.userAgent,
        accept:
          "application/rss+xml, application/atom+xml, application/feed+json, " +
          "application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
        "accept-encoding": "gzip, deflate, br"
      }
      if (validators.etag !== undefined) headers["if-none-match"] = validators.etag
      if (validators.lastModified !== undefined) headers["if-modified-since"] = validators.lastModified
      const client = target.protocol === "https:" ? https : http
      const outgoing = client.get(target, {
        headers,
        ...(policy.allowPrivate ? {} : { lookup: publicOnlyLookup }),
        // No keep-alive agent: a poller hits each host rarely, and a pooled socket would outlive the fetch.
        agent: false
      })
      cleanups.push(() => outgoing.destroy())

      const connectTimer = setTimeout(
        () => fail("timeout", `could not connect to ${target.host} within ${policy.connectTimeoutMs} ms`),
        policy.connectTimeoutMs
      )
      cleanups.push(() => clearTimeout(connectTimer))
      outgoing.on("socket", (socket) => {
        if (!socket.connecting) clearTimeout(connectTimer)
        else socket.once("connect", () => clearTimeout(connectTimer))
      })

      outgoing.on("error", (error: NodeJS.ErrnoException) => {
        if (error instanceof RefusedAddress) return fail("private_address", error.message)
        fail("network", `${target.host}: ${describeNetworkError(error)}`)
      })

      outgoing.on("response", (response) => {
        const status = response.statusCode ?? 0
        if (redirectStatuses.has(status)) {
          response.resume()
          const location = response.headers.location
          if (location === undefined)
            return fail("redirect", `HTTP ${status} without a Location header`, { httpStatus: status })
          let next: URL
          try {
            next = new URL(location, target)
          } catch {
            return fail("redirect", `HTTP ${status} to an invalid Location ${JSON.stringify(location)}`, {
              httpStatus: status
            })
          }
          next.hash = ""
          if (visited.has(next.href)) return fail("redirect", `redirect loop: ${target.href} → ${next.href}`)
          if (redirectsSoFar + 1 > policy.maxRedirects) {
            return fail("redirect", `more than ${policy.maxRedirects} redirects (last to ${next.href})`)
          }
          return request(next, redirectsSoFar + 1)
        }
        onResponse({ url: target, response })
      })
    }

    const onResponse = ({ url, response }: Hop) => {
      const status = response.statusCode ?? 0
      const now = new Date()
      const cacheHints = cacheHintsFrom(response.headers, now)
      if (status === 304) {
        response.resume()
        return finish(() =>
          resolve({ _tag: "NotModified", validators: validatorsFrom(response.headers, validators), cacheHints })
        )
      }
      if (status < 200 || status >= 300) {
        response.resume()
        const retryAfterSeconds = parseRetryAfter(response.headers["retry-after"], now)
        return fail("http", `HTTP ${status} ${response.statusMessage ?? ""}`.trim() + ` from ${url.href}`, {
          httpStatus: status,
          ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {})
        })
      }
      const declaredLength = Number(response.headers["content-length"])
      if (Number.isFinite(declaredLength) && declaredLength > policy.maxBytes) {
        response.destroy()
        return fail("too_large", `Content-Length ${declaredLength} exceeds the ${policy.maxBytes}-byte limit`)
      }
      readBody(url, response, cacheHints)
    }

    const readBody = (url: URL, response: IncomingMessage, cacheHints: CacheHints) => {
      const encoding = response.headers["content-encoding"]
      let wireBytes = 0
      let bodyBytes = 0
      const chunks: Array<Buffer> = []
      let inflater: ReturnType<typeof decompressor>
      let firstChunk = true

      const onDecoded = (chunk: Buffer) => {
        if (settled) return
        bodyBytes += chunk.length
        if (bodyBytes > policy.maxBytes) {
          return fail(
            "too_large",
            inflater === undefined
              ? `body exceeds the ${policy.maxBytes}-byte limit`
              : `decompressed body exceeds the ${policy.maxBytes}-byte limit (${encoding} bomb?)`
          )
        }
        chunks.push(chunk)
      }
      const onEnd = () => {
        if (settled) return
        const bytes = Buffer.concat(chunks)
        try {
          const decoded = decodeBody(bytes, response.headers["content-type"])
          finish(() =>
            resolve({
              _tag: "Fetched",
              finalUrl: url.href,
              status: response.statusCode ?? 200,
              body: decoded.text,
              bytes: bytes.length,
              validators: validatorsFrom(response.headers, {}),
              cacheHints
            })
          )
        } catch (error) {
          fail("decode", `could not decode the body: ${String(error)}`)
        }
      }

      response.on("data", (chunk: Buffer) => {
        if (settled) return
        wireBytes += chunk.length
        if (wireBytes > policy.maxBytes)
          return fail("too_large", `body exceeds the ${policy.maxBytes}-byte limit on the wire`)
        if (firstChunk) {
          firstChunk = false
          // The decompressor is chosen on the first chunk: raw vs zlib deflate is told by its first byte.
          inflater = decompressor(encoding, chunk[0])
          if (inflater !== undefined) {
            const decompress = inflater
            cleanups.push(() => decompress.destroy())
            decompress.on("error", (error) => fail("decode", `${encoding} body is corrupt: ${error.message}`))
            decompress.on("data", onDecoded)
            decompress.on("end", onEnd)
          }
        }
        if (inflater !== undefined) inflater.write(chunk)
        else onDecoded(chunk)
      })
      response.on("end", () => {
        if (inflater !== undefined) inflater.end()
        else onEnd()
      })
      response.on("error", (error) => fail("network", `reading the body: ${error.message}`))
      response.on("aborted", () => fail("network", "connection closed before the body was complete"))
    }

    let start: URL
    try {
      start = new URL(originalUrl)
    } catch {
      return fail("invalid_url", `${JSON.stringify(originalUrl)} is not a URL`)
    }
    request(start, 0)
  })

/**
 * GET a feed URL, sending If-None-Match / If-Modified-Since from `validators`. A 304 becomes
 * NotModified; any other non-2xx becomes a FeedFetchError of kind "http" with the status and
 * Retry-After. Timeouts, size caps, redirects and the private-address policy come from `policy`.
 */
export const conditionalGet = (
  url: string,
  validators: Validators,
  policy: FetchPolicy
): Effect.Effect<FetchOutcome, FeedFetchError> =>
  Effect.callback<FetchOutcome, FeedFetchError>((resume, signal) => {
    runConditionalGet(url, validators, policy, signal).then(
      (outcome) => resume(Effect.succeed(outcome)),
      (error: unknown) =>
        resume(
          Effect.fail(
            error instanceof FeedFetchError
              ? error
              : new FeedFetchError({ url, kind: "network", reason: String(error) })
          )
        )
    )
  })
