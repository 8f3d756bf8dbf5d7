import type { IncomingHttpHeaders } from "node:http"
import type { CacheHints, Validators } from "./conditional-get.ts"

const headerValue = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const value = headers[name]
  return Array.isArray(value) ? value[0] : value
}

/** Cache-Control max-age (s-maxage is for shared caches; we are a private client). no-store/no-cache mean 0. */
export const parseMaxAge = (cacheControl: string | undefined): number | undefined => {
  if (cacheControl === undefined) return undefined
  const directives = cacheControl
    .toLowerCase()
    .split(",")
    .map((part) => part.trim())
  const maxAge = directives.find((directive) => directive.startsWith("max-age="))
  if (maxAge !== undefined) {
    const seconds = Number(maxAge.slice("max-age=".length).replace(/"/g, ""))
    if (Number.isInteger(seconds) && seconds >= 0) return seconds
  }
  if (directives.includes("no-store") || directives.includes("no-cache")) return 0
  return undefined
}

/** An HTTP date as an ISO string, or undefined when it is not a date (e.g. "Expires: 0"). */
export const parseHttpDate = (value: string | undefined): string | undefined => {
  if (value === undefined || !/[a-z]/i.test(value)) return undefined
  const time = Date.parse(value)
  return Number.isNaN(time) ? undefined : new Date(time).toISOString()
}

/** Retry-After is either delta-seconds or an HTTP date; both become seconds from `now` (never negative). */
export const parseRetryAfter = (value: string | undefined, now: Date): number | undefined => {
  if (value === undefined) return undefined
  const trimmed = value.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed)
  const date = parseHttpDate(trimmed)
  if (date === undefined) return undefined
  return Math.max(0, Math.ceil((Date.parse(date) - now.getTime()) / 1000))
}

export const cacheHintsFrom = (headers: IncomingHttpHeaders, now: Date): CacheHints => {
  const maxAgeSeconds = parseMaxAge(headerValue(headers, "cache-control"))
  const expiresAt = parseHttpDate(headerValue(headers, "expires"))
  const retryAfterSeconds = parseRetryAfter(headerValue(headers, "retry-after"), now)
  return {
    ...(maxAgeSeconds !== undefined ? { maxAgeSeconds } : {}),
    ...(expiresAt !== undefined ? { expiresAt } : {}),
    ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {})
  }
}

/** The validators of a response; on a 304 a server may omit them, so the ones we sent still hold. */
export const validatorsFrom = (headers: IncomingHttpHeaders, sent: Validators): Validators => {
  const etag = headerValue(headers, "etag") ?? sent.etag
  const lastModified = headerValue(headers, "last-modified") ?? sent.lastModified
  return {
    ...(etag !== undefined ? { etag } : {}),
    ...(lastModified !== undefined ? { lastModified } : {})
  }
}
