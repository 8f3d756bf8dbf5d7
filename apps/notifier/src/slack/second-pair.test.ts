import { describe, expect, it, vi } from "vitest"

// The domain package's pair is France–Japan here: everything below reads it through the profile.
vi.mock("@india-italy/domain/profile/active-profile", async () => {
  const { franceJapan, franceJapanKnowledge } = await import("@india-italy/domain/testing/france-japan")
  return { pairProfile: franceJapan, pairKnowledge: franceJapanKnowledge }
})

const { classify, pairProfile } = await import("@india-italy/domain")
const { renderAlert } = await import("./render-alert.ts")
const { composeDigest } = await import("../digest/compose-digest.ts")
const { helpText } = await import("../slash-command/handle-command.ts")
const { sampleEvent } = await import("../testing/fixtures.ts")

const report = {
  id: "fj-1",
  url: "https://wire.example/france-japan-defence",
  published: "2026-03-04T08:00:00Z",
  source: "Example Wire",
  title: "France and Japan sign defence equipment agreement as Dubois meets Sato in Tokyo",
  text:
    "Tokyo, March 3 — French Foreign Minister Claire Dubois and her Japanese counterpart Kenji Sato signed an " +
    "agreement on defence equipment and technology transfer on Tuesday. Naval Group and Mitsubishi Heavy " +
    "Industries will co-develop underwater drones under the pact, the two ministers said."
}

/** Any trace of the shipped pair in what the notifier writes. */
const shippedPair = /india|italy|italia|indiaitaly|kolkata|fincantieri/i

describe("the notifier under a second pair profile (France–Japan, tests only)", () => {
  const classification = classify(report)
  const event = sampleEvent("ev-fj", classification, {
    sources: [{ itemId: report.id, title: report.title, url: report.url, outlet: "Example Wire" }]
  })

  it("alerts on a France–Japan report in the profile's words, naming neither India nor Italy", () => {
    expect(classification.relevant).toBe(true)
    const message = renderAlert(event)
    const header = message.blocks[0] as { text: { text: string } }
    expect(header.text.text).toMatch(/^France–Japan · /)
    const written = JSON.stringify(message)
    expect(written).toContain("Claire Dubois")
    expect(written).toContain("Kenji Sato")
    expect(written).not.toMatch(shippedPair)
  })

  it("heads a digest and the slash command's help with the profile's pair, command and examples", () => {
    const subscription = { id: "sub-fj", channel: "C0FJ", sectors: "all" as const, createdAt: "2026-03-01T00:00:00Z" }
    const [digest] = composeDigest(subscription, [event], { runAt: new Date("2026-03-05T07:00:00Z") })
    expect(digest?.text).toContain("France–Japan daily digest: 1 development")
    expect(JSON.stringify(digest)).not.toMatch(shippedPair)
    const help = helpText(pairProfile.slack.command)
    expect(help).toContain("*/francejapan* — France–Japan alerts for this channel")
    expect(help).toContain("--tz Europe/Paris")
    expect(help).toContain("subscribe actor Naval Group")
    expect(help).not.toMatch(shippedPair)
  })
})
