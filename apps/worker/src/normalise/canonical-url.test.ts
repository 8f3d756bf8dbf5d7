import { describe, expect, it } from "vitest"
import { canonicalUrl } from "./canonical-url.ts"

describe("canonicalUrl", () => {
  it("lower-cases the host, drops the fragment and default port, strips tracking and sorts the rest", () => {
    expect(
      canonicalUrl(
        "HTTPS://WWW.Example.COM:443/News/India-Italy?utm_source=tw&z=1&fbclid=abc&a=2&gclid=x&mc_cid=1&mc_eid=2&igshid=3&ref=home&cmpid=rss&ocid=msn&_ga=1.2&utm_medium=social#comments"
      )
    ).toBe("https://www.example.com/News/India-Italy?a=2&z=1")
  })

  it("keeps the path's case and parameters that are not tracking", () => {
    expect(canonicalUrl("https://example.com/A/b?id=42&page=2")).toBe("https://example.com/A/b?id=42&page=2")
  })

  it("drops an empty query after stripping", () => {
    expect(canonicalUrl("https://example.com/x?utm_campaign=y")).toBe("https://example.com/x")
  })

  it("resolves relative links against a base, and refuses non-http(s)", () => {
    expect(canonicalUrl("/a?b=1", "https://example.com/feed")).toBe("https://example.com/a?b=1")
    expect(canonicalUrl("mailto:desk@example.com")).toBeUndefined()
    expect(canonicalUrl("not a url")).toBeUndefined()
  })
})
