import { describe, expect, it } from "vitest"
import { userAgent } from "./fetch-policy.ts"

describe("the poller's User-Agent", () => {
  it("names the product from the pair profile in ASCII, as an HTTP header must be", () => {
    expect(userAgent).toBe("IndiaItalyMonitor/0.1 (India-Italy news monitor; feed poller)")
    expect(userAgent).toMatch(/^[\x20-\x7e]+$/)
  })
})
