import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { WireItem } from "./wire-item.ts"

const decode = (input: unknown) => Schema.decodeUnknownSync(WireItem)(input, { errors: "all" })
const failureOf = (input: unknown): string => {
  try {
    decode(input)
  } catch (error) {
    return String((error as Error).message)
  }
  throw new Error("expected the decode to fail")
}

describe("WireItem", () => {
  it("decodes a feed item with every optional field", () => {
    const item = decode({
      id: "ansa-1",
      title: "Urso in Mumbai for auto-components talks",
      text: "Mumbai, Jan 12 Italy's enterprise minister Adolfo Urso …",
      url: "https://example.test/1",
      published: "2025-01-12T09:30:00Z",
      source: "ANSA",
      feedUrl: "https://example.test/feed.xml",
      publishedEstimated: false,
      language: "en"
    })
    expect(item.source).toBe("ANSA")
    expect(item.publishedEstimated).toBe(false)
  })

  it("decodes the minimal line `pnpm classify` accepts", () => {
    expect(decode({ id: "a", title: "", text: "body" })).toEqual({ id: "a", title: "", text: "body" })
  })

  it("says which key is missing and which has the wrong type", () => {
    const message = failureOf({ id: "a", text: 42 })
    expect(message).toContain('["title"]')
    expect(message).toContain("Missing key")
    expect(message).toContain('["text"]')
    expect(message).toContain("Expected string")
  })

  it("rejects a non-object line", () => {
    expect(failureOf("just a headline")).toMatch(/Expected/)
    expect(failureOf(null)).toMatch(/Expected/)
  })
})
