import { WireItem } from "@india-italy/domain"
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { ConfigProvider, Effect } from "effect"
import { itemLimitsConfig } from "./item-limits.ts"
import { normaliseDate, normaliseItem } from "./normalise-item.ts"

const feed = { url: "https://wire.example.com/rss", name: "ANSA English", language: "en" }
const fetchedAt = new Date("2026-11-20T12:00:00Z")

describe("normaliseItem", () => {
  it("makes a valid WireItem with a BullMQ-safe, stable id", () => {
    const raw = {
      guid: "12345",
      title: "<b>Meloni</b> meets Modi",
      contentHtml: "<p>In Rome&hellip;</p>",
      link: "https://Wire.example.com/a?utm_source=rss",
      published: "Tue, 17 Nov 2026 09:30:00 GMT"
    }
    const { item, identity } = normaliseItem(raw, feed, fetchedAt)
    expect(Schema.decodeUnknownSync(WireItem)(item)).toEqual(item)
    expect(item).toMatchObject({
      title: "Meloni meets Modi",
      text: "In Rome…",
      url: "https://wire.example.com/a",
      published: "2026-11-17T09:30:00.000Z",
      source: "ANSA English",
      feedUrl: feed.url,
      language: "en"
    })
    expect(identity).toBe("guid:12345")
    expect(item.id).not.toContain(":")
    expect(item.id).not.toMatch(/^\d+$/)
    expect(normaliseItem(raw, feed, new Date()).item.id).toBe(item.id)
    expect(normaliseItem(raw, { ...feed, url: "https://other.example.com/rss" }, fetchedAt).item.id).not.toBe(item.id)
  })

  it("falls back to the canonical link, then to a hash of the content, for identity", () => {
    expect(normaliseItem({ link: "https://a.example.com/x?fbclid=1", title: "t" }, feed, fetchedAt).identity).toBe(
      "url:https://a.example.com/x"
    )
    const byHash = normaliseItem({ title: "t", contentHtml: "body" }, feed, fetchedAt)
    expect(byHash.identity).toMatch(/^hash:[0-9a-f]{40}$/)
    expect(normaliseItem({ title: "t", contentHtml: "other body" }, feed, fetchedAt).identity).not.toBe(byHash.identity)
  })

  it("changes the content hash when the title or text is edited, not when only markup changes", () => {
    const original = normaliseItem({ guid: "g", title: "Deal", contentHtml: "<p>10 MoUs</p>" }, feed, fetchedAt)
    expect(
      normaliseItem({ guid: "g", title: "Deal", contentHtml: "<div>10 MoUs</div>" }, feed, fetchedAt).contentHash
    ).toBe(original.contentHash)
    expect(
      normaliseItem({ guid: "g", title: "Deal", contentHtml: "<p>12 MoUs</p>" }, feed, fetchedAt).contentHash
    ).not.toBe(original.contentHash)
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
    const raw = {
      guid: "ist-1",
      title: "Goyal in Milan",
      summary: "Trade talks.",
      published: "Tue, 17 Nov 2026 15:00:00 IST"
    }
    const { item } = normaliseItem(raw, feed, fetchedAt)
    expect(item.published).toBe("2026-11-17T09:30:00.000Z")
    expect(item.publishedEstimated).toBeUndefined()
  })
})

describe("item limits", () => {
  it("cuts a 5 MB item to its title and text limits, drops an over-long link, hashes an over-long guid, and says so", () => {
    const raw = {
      guid: "g".repeat(5_000),
      title: "<b>Modi</b> meets Meloni ".repeat(1_000),
      contentHtml: "<p>India and Italy signed a pact.</p>\n".repeat(140_000),
      link: "https://wire.example.com/" + "a".repeat(5_000)
    }
    const { item, identity, cut } = normaliseItem(raw, feed, fetchedAt, {
      maxTitleChars: 500,
      maxTextChars: 10_000,
      maxFieldChars: 2_000
    })
    expect(item.title.length).toBe(500)
    expect(item.text.length).toBe(10_000)
    expect(item.text.startsWith("India and Italy signed a pact.")).toBe(true)
    expect(item.url).toBeUndefined()
    expect(identity).toMatch(/^guid:sha1-[0-9a-f]{40}$/)
    expect(cut.map((entry) => entry.field)).toEqual(["title", "title", "text", "text", "link", "guid"])
    expect(Schema.decodeUnknownSync(WireItem)(item)).toEqual(item)
  })

  it("leaves an ordinary item whole and lists nothing as cut", () => {
    const { item, cut } = normaliseItem(
      { guid: "1", title: "Meloni meets Modi", contentHtml: "<p>In Rome.</p>" },
      feed,
      fetchedAt
    )
    expect(cut).toEqual([])
    expect(item.text).toBe("In Rome.")
  })

  it("reads ITEM_MAX_TITLE_CHARS / ITEM_MAX_TEXT_CHARS / ITEM_MAX_FIELD_CHARS, defaulting to 1,000 / 20,000 / 2,000", async () => {
    const load = (env: Record<string, string>) =>
      Effect.runPromiseExit(itemLimitsConfig.parse(ConfigProvider.fromEnvRecord(env)))
    const defaults = await load({})
    expect(defaults._tag === "Success" && defaults.value).toEqual({
      maxTitleChars: 1_000,
      maxTextChars: 20_000,
      maxFieldChars: 2_000
    })
    const set = await load({ ITEM_MAX_TEXT_CHARS: "50000" })
    expect(set._tag === "Success" && set.value.maxTextChars).toBe(50_000)
    const bad = await load({ ITEM_MAX_TEXT_CHARS: "-5" })
    expect(String(bad)).toMatch(
      /ITEM_MAX_TEXT_CHARS is invalid: expected a whole number from 100 to 10000000, got "-5"/
    )
  })
})
