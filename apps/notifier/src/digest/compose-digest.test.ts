import { describe, expect, it } from "vitest"
import { bilateralEvent, subscription } from "../subscriptions/test-fixtures.ts"
import { checkBlocks } from "../testing/fake-slack-server.ts"
import { composeDigest, groupBySector } from "./compose-digest.ts"

const runAt = new Date("2026-11-23T02:30:00Z")
const sectionTexts = (blocks: ReadonlyArray<unknown>) =>
  blocks.flatMap((block) => {
    const typed = block as { type: string; text?: { text: string } }
    return typed.type === "section" && typed.text !== undefined ? [typed.text.text] : []
  })

describe("composeDigest", () => {
  const daily = subscription({
    sectors: ["defence", "space", "trade"],
    digest: { every: "daily", at: "08:00", tz: "Asia/Kolkata" }
  })
  const events = [
    bilateralEvent("ev-exercise", {
      title: "Navies hold joint exercise off Goa",
      sectors: ["defence", "maritime_ports"],
      eventType: "military_exercise",
      eventTypes: ["military_exercise"]
    }),
    bilateralEvent(
      "ev-satellite",
      { title: "ISRO and ASI agree on earth observation", sectors: ["space"] },
      { firstSeen: "2026-03-01T00:00:00.000Z" }
    ),
    bilateralEvent("ev-seminar", {
      title: "Defence industry seminar in Rome",
      sectors: ["space", "defence"],
      eventType: "defence_industry",
      eventTypes: ["defence_industry"]
    })
  ]

  it("is one message with one section per sector, in taxonomy order, each event listed once", () => {
    const messages = composeDigest(daily, events, { runAt })
    expect(messages).toHaveLength(1)
    const message = messages[0]
    const sections = sectionTexts(message?.blocks ?? [])
    expect(sections).toHaveLength(2)
    expect(sections[0]).toMatch(/^\*Defence\*\n/)
    expect(sections[0]).toContain("Navies hold joint exercise off Goa")
    expect(sections[1]).toMatch(/^\*Space\*\n/)
    expect(sections[1]).toContain("ISRO and ASI agree on earth observation")
    // Listed under its first subscribed sector (space), not a second time under defence.
    expect(sections[1]).toContain("Defence industry seminar in Rome")
    expect(sections[0]).not.toContain("Defence industry seminar in Rome")
    expect(message?.eventIds).toHaveLength(3)
    expect(message?.text).toContain("India–Italy daily digest: 3 developments")
  })

  it("escapes feed text so a headline cannot ping the channel or disguise a link", () => {
    const hostile = bilateralEvent("ev-hostile", {
      title: "<!channel> Breaking: <https://evil.example|India–Italy deal> & @here",
      url: "https://news.example/a|b>c",
      sectors: ["trade"]
    })
    const [message] = composeDigest(daily, [hostile], { runAt })
    const all = JSON.stringify(message?.blocks) + (message?.text ?? "")
    expect(all).not.toContain("<!channel>")
    expect(all).not.toContain("<https://evil.example|")
    expect(all).not.toMatch(/@here/)
    expect(sectionTexts(message?.blocks ?? [])[0]).toContain("&lt;!channel&gt; Breaking")
    expect(sectionTexts(message?.blocks ?? [])[0]).toContain("<https://news.example/a%7Cb%3Ec|")
  })

  it("puts relevant events without a sector under Other developments for an all-sectors digest", () => {
    const groups = groupBySector(subscription({ sectors: "all" }), [
      bilateralEvent("ev-none", { sectors: [] }),
      bilateralEvent("ev-trade", { sectors: ["trade"] })
    ])
    expect(groups.map((group) => group.label)).toEqual(["Trade", "Other developments"])
  })

  it("dates the digest in the subscriber's time zone", () => {
    const auckland = subscription({ sectors: "all", digest: { every: "daily", at: "08:00", tz: "Pacific/Auckland" } })
    // 08:00 on Tuesday 24 November in Auckland is still Monday 23 November in UTC.
    const [message] = composeDigest(auckland, [bilateralEvent("ev-nz")], { runAt: new Date("2026-11-23T19:00:00Z") })
    expect(JSON.stringify(message?.blocks)).toContain("Daily digest for Tue 24 Nov 2026")
  })

  it("says nothing when there is nothing new", () => {
    expect(composeDigest(daily, [], { runAt })).toEqual([])
  })

  it("splits into messages that each fit Slack's limits, and carries what does not fit over, counted", () => {
    const many = Array.from({ length: 1000 }, (_, index) =>
      bilateralEvent(`ev-${index}`, {
        title: `Development number ${index} ${"with a long headline ".repeat(8)}`,
        sectors: [index % 2 === 0 ? "trade" : "defence"]
      })
    )
    const messages = composeDigest(daily, many, { runAt })
    expect(messages.length).toBeGreaterThan(1)
    for (const message of messages) {
      expect(checkBlocks(message.blocks)).toBeUndefined()
      expect(message.text.length).toBeLessThanOrEqual(3500)
    }
    const shown = messages.flatMap((message) => message.eventIds)
    expect(new Set(shown).size).toBe(shown.length)
    expect(shown.length).toBeLessThan(1000)
    expect(JSON.stringify(messages.at(-1)?.blocks.at(-1))).toContain(
      `…and ${1000 - shown.length} more developments, carried over`
    )
  })

  it("marks every section and context as verbatim, so mrkdwn from a feed cannot format the digest", () => {
    const [message] = composeDigest(
      daily,
      [bilateralEvent("ev-md", { title: "*bold* _it_ ~gone~ `code` www.evil.example #general" })],
      { runAt }
    )
    const textObjects = (message?.blocks ?? []).flatMap((block) => {
      const typed = block as {
        text?: { type: string; verbatim?: boolean }
        elements?: Array<{ type: string; verbatim?: boolean }>
      }
      return [...(typed.text === undefined ? [] : [typed.text]), ...(typed.elements ?? [])]
    })
    const mrkdwn = textObjects.filter((object) => object.type === "mrkdwn")
    expect(mrkdwn.length).toBeGreaterThan(0)
    for (const object of mrkdwn) expect(object.verbatim).toBe(true)
  })

  it("60 developments whose sources carry long &-dense URLs go out as messages that all fit", () => {
    const dense = Array.from({ length: 60 }, (_, index) =>
      bilateralEvent(
        `ev-dense-${index}`,
        {
          title: `Accord & MoU R&D ${index} & ${"&".repeat(250)}`,
          url: `https://wire.example/${index}?${"a=1&b=2&".repeat(240)}`,
          sectors: ["trade"]
        },
        {
          sources: Array.from({ length: 20 }, (_, source) => ({
            itemId: `i-${index}-${source}`,
            title: "&".repeat(400),
            outlet: `Outlet & Co ${source} ${"&".repeat(100)}`,
            url: `https://wire${source}.example/?${"x=1&".repeat(450)}`
          }))
        }
      )
    )
    const messages = composeDigest(daily, dense, { runAt })
    expect(messages.length).toBeGreaterThan(1)
    for (const message of messages) expect(checkBlocks(message.blocks)).toBeUndefined()
    expect(messages.flatMap((message) => message.eventIds).sort()).toEqual(dense.map((event) => event.id).sort())
    for (const text of messages.flatMap((message) => sectionTexts(message.blocks))) {
      expect(text.length).toBeLessThanOrEqual(3000)
      // Nothing cut half-way through an entity the escaping produced.
      expect(text).not.toMatch(/&(a|am|amp|l|lt|g|gt)?(?![a-z;])/)
    }
  })

  it("counts every report joined, not only the sources the event lists (sourceCount)", () => {
    const capped = { ...bilateralEvent("ev-capped", { sectors: ["trade"] }), sourceCount: 82 }
    const [message] = composeDigest(daily, [capped], { runAt })
    expect(sectionTexts(message?.blocks ?? [])[0]).toContain("82 sources")
  })
})
