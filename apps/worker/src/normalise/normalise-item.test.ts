import { WireItem } from "@india-italy/domain"
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { normaliseDate, normaliseItem } from "./normalise-item.ts"

const feed = { url: "https://wire.example.com/rss", name: "ANSA English", language: "en" }
const fetchedAt = new Date("2026-11-20T12:00:00Z")

describe("normaliseItem", () => {
  it("makes a valid WireItem with a BullMQ-safe, stable id", () => {
    const raw = { guid: "12345", title: "<b>Meloni</b> meets Modi", contentHtml: "<p>In Rome&hellip;</p>", link: "https://Wire.example.com/a?utm_source=rss", published: "Tue, 17 Nov 2026 09:30:00 GMT" }
    const { item, identity } = normaliseItem(raw, feed, fetchedAt)
    expect(Schema.decodeUnknownSync(WireItem)(item)).toEqual(item)
    expect(item).toMatchObject({ title: "Meloni meets Modi", text: "In Rome…", url: "https://wire.example.com/a", published: "2026-11-17T09:30:00.000Z", source: "ANSA English", feedUrl: feed.url, language: "en" })
    expect(identity).toBe("guid:12345")
    expect(item.id).not.toContain(":")
    expect(item.id).not.toMatch(/^\d+$/)
    expect(normaliseItem(raw, feed, new Date()).item.id).toBe(item.id)
    expect(normaliseItem(raw, { ...feed, url: "https://other.example.com/rss" }, fetchedAt).item.id).not.toBe(item.id)
  })

  it("falls back to the canonical link, then to a hash of the content, for identity", () => {
    expect(normaliseItem({ link: "https://a.example.com/x?fbclid=1", title: "t" }, feed, fetchedAt).identity).toBe("url:https://a.example.com/x")
    const byHash = normaliseItem({ title: "t", contentHtml: "body" }, feed, fetchedAt)
    expect(byHash.identity).toMatch(/^hash:[0-9a-f]{40}$/)
    expect(normaliseItem({ title: "t", contentHtml: "other body" }, feed, fetchedAt).identity).not.toBe(byHash.identity)
  })

  it("changes the content hash when the title or text is edited, not when only markup changes", () => {
    const original = normaliseItem({ guid: "g", title: "Deal", contentHtml: "<p>10 MoUs</p>" }, feed, fetchedAt)
    expect(normaliseItem({ guid: "g", title: "Deal", contentHtml: "<div>10 MoUs</div>" }, feed, fetchedAt).contentHash).toBe(original.contentHash)
    expect(normaliseItem({ guid: "g", title: "Deal", contentHtml: "<p>12 MoUs</p>" }, feed, fetchedAt).contentHash).not.toBe(original.contentHash)
  })

  it("uses the fetch time, flagged as estimated, for a missing or unreadable date", () => {
    for (const published of [undefined, "not a date", "1970-01-01T00:00:00Z"]) {
      const { item } = normaliseItem({ title: "t", ...(published !== undefined ? { published } : {}) }, feed, fetchedAt)
      expect(item.published).toBe(fetchedAt.toISOString())
      expect(item.publishedEstimated).toBe(true)
    }
  })

  it("converts dates with offsets to UTC", () => {
    expect(normaliseDate("2026-11-17T15:00:00+05:30", fetchedAt)).toBe("2026-11-17T09:30:00.000Z")
    expect(normaliseDate("Tue, 17 Nov 2026 10:00:00 +0100", fetchedAt)).toBe("2026-11-17T09:00:00.000Z")
  })

  it("reads the zone abbreviations Indian and Italian feeds write instead of falling back to the fetch time", () => {
    expect(normaliseDate("Tue, 17 Nov 2026 15:00:00 IST", fetchedAt)).toBe("2026-11-17T09:30:00.000Z")
    expect(normaliseDate("Tue, 17 Nov 2026 10:00:00 CET", fetchedAt)).toBe("2026-11-17T09:00:00.000Z")
    expect(normaliseDate("Tue, 17 Nov 2026 15:00 GMT+5:30", fetchedAt)).toBe("2026-11-17T09:30:00.000Z")
    const raw = { guid: "ist-1", title: "Goyal in Milan", summary: "Trade talks.", published: "Tue, 17 Nov 2026 15:00:00 IST" }
    const { item } = normaliseItem(raw, feed, fetchedAt)
    expect(item.published).toBe("2026-11-17T09:30:00.000Z")
    expect(item.publishedEstimated).toBeUndefined()
  })
})
