import { describe, expect, it } from "vitest"
import { cacheHintsFrom, parseMaxAge, parseRetryAfter, validatorsFrom } from "./cache-hints.ts"

const now = new Date("2026-11-20T12:00:00Z")

describe("cache hints", () => {
  it("reads max-age, and no-cache as zero", () => {
    expect(parseMaxAge("public, max-age=600")).toBe(600)
    expect(parseMaxAge("no-cache")).toBe(0)
    expect(parseMaxAge("max-age=abc")).toBeUndefined()
    expect(parseMaxAge(undefined)).toBeUndefined()
  })

  it("reads Retry-After as seconds or as an HTTP date", () => {
    expect(parseRetryAfter("120", now)).toBe(120)
    expect(parseRetryAfter("Fri, 20 Nov 2026 12:05:00 GMT", now)).toBe(300)
    expect(parseRetryAfter("Fri, 20 Nov 2026 11:00:00 GMT", now)).toBe(0)
    expect(parseRetryAfter("soon", now)).toBeUndefined()
  })

  it("collects Cache-Control, Expires and Retry-After, ignoring an invalid Expires", () => {
    expect(
      cacheHintsFrom(
        { "cache-control": "max-age=60", expires: "Fri, 20 Nov 2026 13:00:00 GMT", "retry-after": "5" },
        now
      )
    ).toEqual({ maxAgeSeconds: 60, expiresAt: "2026-11-20T13:00:00.000Z", retryAfterSeconds: 5 })
    expect(cacheHintsFrom({ expires: "0" }, now)).toEqual({})
  })

  it("keeps the validators that were sent when a 304 omits them", () => {
    expect(validatorsFrom({}, { etag: '"a"' })).toEqual({ etag: '"a"' })
    expect(validatorsFrom({ etag: '"b"', "last-modified": "x" }, { etag: '"a"' })).toEqual({
      etag: '"b"',
      lastModified: "x"
    })
  })
})
