import type { Evidence, Source } from "@india-italy/domain"
import { describe, expect, it } from "vitest"
import { checkBlocks } from "../testing/fake-slack-server.ts"
import { sampleEvent, sampleSource } from "../testing/fixtures.ts"
import {
  formatAmount,
  formatDate,
  renderAlert,
  renderOpsNotice,
  renderSourceReply,
  slackLimits
} from "./render-alert.ts"
import { renderBlocksAsText } from "./render-text.ts"

type AnyBlock = { type: string; text?: { type: string; text: string }; elements?: Array<{ text: string }> }
const blocksOf = (message: { blocks: ReadonlyArray<unknown> }) => message.blocks as ReadonlyArray<AnyBlock>
const allTexts = (message: { text: string; blocks: ReadonlyArray<unknown> }) => [
  message.text,
  ...blocksOf(message).flatMap((block) => [
    block.text?.text ?? "",
    ...(block.elements ?? []).map((element) => element.text)
  ])
]

describe("formatting facts", () => {
  it("formats amounts the way analysts write them", () => {
    expect(formatAmount({ value: 20e9, currency: "EUR", measure: "trade_target", year: 2029, text: "" })).toBe(
      "€20 billion target by 2029"
    )
    expect(formatAmount({ value: 15e9, currency: "USD", measure: "trade_volume", text: "" })).toBe(
      "$15 billion bilateral trade"
    )
    expect(formatAmount({ value: 800, measure: "company_count", text: "" })).toBe("800 companies")
    expect(formatAmount({ value: 1.5e6, currency: "CHF", measure: "investment", year: 2025, text: "" })).toBe(
      "CHF 1.5 million investment (2025)"
    )
  })

  it("shows a date only as precisely as it is known", () => {
    expect(formatDate("2026-03-01", "day")).toBe("1 March 2026")
    expect(formatDate("2026-03-01", "month")).toBe("March 2026")
    expect(formatDate("2026-01-01", "year")).toBe("2026")
  })
})

describe("renderAlert", () => {
  it("has a header naming the event type, the headline, sectors, facts, evidence and sources", () => {
    const message = renderAlert(sampleEvent("ev-1"))
    const blocks = blocksOf(message)
    expect(blocks[0]).toMatchObject({ type: "header", text: { type: "plain_text" } })
    expect(blocks[0]?.text?.text).toContain("Defence-industrial cooperation")
    const text = allTexts(message).join("\n")
    expect(text).toContain("*India and Italy agree to co-produce naval systems*")
    expect(text).toContain("`Defence`")
    expect(text).toContain("`Maritime &amp; ports`")
    expect(text).toContain("Rajnath Singh, Minister of Defence of India")
    expect(text).toContain("*Where:* New Delhi")
    expect(text).toContain("1 March 2026 (happened)")
    expect(text).toContain("€20 billion target by 2029")
    expect(text).toContain("“agree to co-produce naval systems”")
    expect(text).toContain("<https://wire.example/india-italy-naval|Example Wire>")
    expect(text).toContain("2 Mar 2026, 09:15 UTC")
    expect(message.text).toBe("Defence-industrial cooperation: India and Italy agree to co-produce naval systems")
    expect(checkBlocks(message.blocks)).toBeUndefined()
  })

  it("stays inside every Slack limit with a huge headline, evidence, actors and sources", () => {
    const evidence: Array<Evidence> = Array.from({ length: 400 }, (_, index) => ({
      tag: `sector:defence`,
      text: `evidence ${index} ${"long span & <!here> ".repeat(300)}`,
      field: "text",
      start: 0,
      end: 10
    }))
    const sources: Array<Source> = Array.from({ length: 120 }, (_, index) =>
      sampleSource({
        itemId: `i${index}`,
        outlet: `Outlet ${index} ${"x".repeat(300)}`,
        title: "t".repeat(5_000),
        url: `https://wire${index}.example/${"p".repeat(1_500)}`
      })
    )
    const event = sampleEvent(
      "ev-huge-" + "e".repeat(500),
      {
        title: `${"Very long headline & more ".repeat(2_000)}END`,
        actors: Array.from({ length: 300 }, (_, index) => ({
          name: `Person ${index} ${"n".repeat(200)}`,
          kind: "person" as const,
          country: "IN" as const,
          office: "o".repeat(500)
        })),
        places: Array.from({ length: 200 }, (_, index) => ({
          name: `Place ${index} ${"q".repeat(100)}`,
          country: "IT" as const
        })),
        sectors: [
          "defence",
          "trade",
          "investment",
          "space",
          "technology_ai",
          "semiconductors",
          "digital",
          "energy_climate",
          "critical_minerals",
          "maritime_ports",
          "connectivity_infrastructure",
          "migration_mobility",
          "education_research",
          "culture_tourism",
          "health",
          "agriculture_food"
        ],
        evidence
      },
      { sources }
    )
    const message = renderAlert(event)
    const blocks = blocksOf(message)
    expect(checkBlocks(message.blocks)).toBeUndefined()
    expect(blocks.length).toBeLessThanOrEqual(slackLimits.blocks)
    expect(blocks[0]?.text?.text.length).toBeLessThanOrEqual(slackLimits.headerText)
    for (const block of blocks) {
      if (block.text !== undefined) expect(block.text.text.length).toBeLessThanOrEqual(slackLimits.sectionText)
      expect((block.elements ?? []).length).toBeLessThanOrEqual(slackLimits.contextElements)
    }
    expect(blocks[1]?.text?.text.endsWith("…*")).toBe(true)
    expect(message.text.length).toBeLessThanOrEqual(slackLimits.fallbackText)
    expect(message.text.endsWith("…")).toBe(true)
    // Nothing disappears silently: the cut lists say how much is left out.
    const text = allTexts(message).join("\n")
    expect(text).toMatch(/…and \d+ more/)
    // Cutting never breaks a link open: every "<" starts a whole link.
    for (const opening of text.matchAll(/</g)) {
      const rest = text.slice(opening.index)
      expect(rest).toMatch(/^<https:\/\/[^<>|]+\|[^<>]*>/)
    }
    expect(text).not.toContain("<!here>")
  })

  const hiddenCount = (text: string) => Number(/…and (\d+) more/.exec(text)?.[1] ?? 0)
  const listedCount = (text: string) => text.split("\n").filter((line) => line.startsWith("• ")).length

  it("says how many sources it hides: listed plus '…and N more' is every source (82 sources, long & URLs)", () => {
    const sources = Array.from({ length: 82 }, (_, index) =>
      sampleSource({
        itemId: `s${index}`,
        outlet: `Outlet ${index}`,
        url: `https://wire${index}.example/a?${"x=1&".repeat(150)}`,
        title: "t".repeat(190)
      })
    )
    const message = renderAlert(sampleEvent("ev-82", {}, { sources }))
    expect(checkBlocks(message.blocks)).toBeUndefined()
    const sourcesText = allTexts(message).find((text) => text.startsWith("*Sources*")) ?? ""
    expect(sourcesText).toContain("*Sources* (82)")
    expect(listedCount(sourcesText)).toBeGreaterThan(0)
    expect(listedCount(sourcesText) + hiddenCount(sourcesText)).toBe(82)
  })

  it("counts reports the event no longer lists (sourceCount), and says so when all listed ones fit", () => {
    const sources = Array.from({ length: 20 }, (_, index) =>
      sampleSource({ itemId: `s${index}`, outlet: `Outlet ${index}` })
    )
    // sourceCount is the worker's optional total of reports joined; sources are capped at about 20.
    const event = { ...sampleEvent("ev-capped", {}, { sources }), sourceCount: 250 }
    const sourcesText = allTexts(renderAlert(event)).find((text) => text.startsWith("*Sources*")) ?? ""
    expect(sourcesText).toContain("*Sources* (250)")
    expect(listedCount(sourcesText) + hiddenCount(sourcesText)).toBe(250)
    const reply = renderSourceReply(event, sampleSource({ itemId: "late", outlet: "Late Wire" }))
    expect(allTexts(reply).join("\n")).toContain("250 sources now report this development")
  })

  it("says nothing about more sources when every one is listed", () => {
    const sources = Array.from({ length: 3 }, (_, index) =>
      sampleSource({ itemId: `s${index}`, outlet: `Outlet ${index}` })
    )
    const sourcesText =
      allTexts(renderAlert(sampleEvent("ev-3", {}, { sources }))).find((text) => text.startsWith("*Sources*")) ?? ""
    expect(listedCount(sourcesText)).toBe(3)
    expect(sourcesText).not.toContain("…and")
  })

  it("renders an event with no sector, actors or evidence without empty blocks", () => {
    const message = renderAlert(
      sampleEvent("ev-bare", { sectors: [], actors: [], places: [], amounts: [], evidence: [], occurredOn: undefined })
    )
    expect(checkBlocks(message.blocks)).toBeUndefined()
    expect(allTexts(message).join("\n")).toContain("no sector tagged")
  })

  it("is deterministic, so a retry or an update shows exactly what the first post did", () => {
    expect(renderAlert(sampleEvent("ev-same"))).toEqual(renderAlert(sampleEvent("ev-same")))
  })
})

describe("follow-ups and ops", () => {
  it("renders a thread reply naming the new outlet with a safe link", () => {
    const source = sampleSource({
      outlet: "Second <!channel> Wire",
      url: "https://second.example/story",
      title: "Italy and India <@U0999> confirm"
    })
    const message = renderSourceReply(sampleEvent("ev-r"), source)
    const text = allTexts(message).join("\n")
    expect(text).toContain("<https://second.example/story|Second &lt;!channel&gt; Wire>")
    expect(text).not.toContain("<@U0999>")
    expect(checkBlocks(message.blocks)).toBeUndefined()
  })

  it("renders a failing feed for the ops channel", () => {
    const message = renderOpsNotice({
      feedUrl: "https://feeds.example/rss",
      feedName: "Example <!here> feed",
      reason: "HTTP 503 for 6 hours",
      failingSince: "2026-03-02T03:00:00Z",
      consecutiveFailures: 24
    })
    expect(message.text).toContain("Example &lt;!here&gt; feed")
    expect(allTexts(message).join("\n")).toContain("24 failures in a row")
  })
})

describe("console rendering", () => {
  it("reads like the Slack message: decoded entities, links as label (url)", () => {
    const text = renderBlocksAsText(renderAlert(sampleEvent("ev-console")).blocks, "")
    expect(text).toContain("■ INDIA–ITALY · DEFENCE-INDUSTRIAL COOPERATION")
    expect(text).toContain("`Maritime & ports`")
    expect(text).toContain("Example Wire (https://wire.example/india-italy-naval)")
    expect(text).not.toContain("&amp;")
  })
})
