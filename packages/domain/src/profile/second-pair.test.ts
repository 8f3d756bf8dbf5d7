import { Schema } from "effect"
import { describe, expect, it, vi } from "vitest"

// Every module below reads the pair from active-profile.ts: here it is France–Japan.
vi.mock("./active-profile.ts", async () => {
  const { franceJapan, franceJapanKnowledge } = await import("../testing/france-japan.ts")
  return { pairProfile: franceJapan, pairKnowledge: franceJapanKnowledge }
})

const { classify } = await import("../classify/classify.ts")
const { Country } = await import("../actor.ts")
const { lookupActor } = await import("../knowledge/lookup.ts")
const { similarity } = await import("../cluster.ts")
const { bothSides, pairLabel } = await import("./wording.ts")

const franceJapanReport = {
  id: "fj-1",
  published: "2026-03-04",
  title: "France and Japan sign defence equipment agreement as Dubois meets Sato in Tokyo",
  text:
    "Tokyo, March 3 — French Foreign Minister Claire Dubois and her Japanese counterpart Kenji Sato signed an " +
    "agreement on defence equipment and technology transfer on Tuesday. Naval Group and Mitsubishi Heavy " +
    "Industries will co-develop underwater drones under the pact, the two ministers said."
}

const indiaItalyReport = {
  id: "ii-1",
  published: "2026-03-04",
  title: "India and Italy sign defence cooperation agreement as Crosetto meets Rajnath Singh in New Delhi",
  text:
    "New Delhi, March 3 — Italian Defence Minister Guido Crosetto and Indian Defence Minister Rajnath Singh " +
    "signed an agreement on defence cooperation on Tuesday. Fincantieri and Leonardo will co-develop naval " +
    "systems with Indian shipyards, the Farnesina said. INS Trikand and ITS Carlo Margottini held a naval exercise."
}

describe("a second pair profile (France–Japan, tests only)", () => {
  it("classifies a France–Japan report as a relevant agreement between the two, from the profile's knowledge", () => {
    const item = classify(franceJapanReport)
    expect(item.relevant).toBe(true)
    expect(item.eventTypes).toContain("agreement_signed")
    expect(item.sectors).toContain("defence")
    expect(item.actors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "Claire Dubois", country: "FR" }),
        expect.objectContaining({ name: "Kenji Sato", country: "JP" })
      ])
    )
    expect(item.places).toEqual([{ name: "Tokyo", country: "JP" }])
  })

  it("reads an India–Italy report as about two third countries: not relevant, nobody on a side", () => {
    const item = classify(indiaItalyReport)
    expect(item.relevant).toBe(false)
    expect(item.actors).toEqual([])
  })

  it("finds warships by the profile's ship prefixes, each navy's names as long as the profile says", () => {
    const item = classify({
      id: "fj-2",
      published: "2026-05-10",
      title: "FS Bretagne Normandie and JS Kaga Hold Joint Naval Exercise Off Yokosuka",
      text:
        "The French frigate FS Bretagne Normandie and the Japanese destroyer JS Kaga held a joint naval exercise " +
        "off Yokosuka on Saturday, practising anti-submarine warfare, the navies of France and Japan said."
    })
    expect(item.relevant).toBe(true)
    expect(item.actors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "FS Bretagne Normandie", country: "FR" }),
        expect.objectContaining({ name: "JS Kaga", country: "JP" })
      ])
    )
    expect(item.eventTypes).toContain("military_exercise")
  })

  it("sets the surrounding side's places aside when its enclave is the story", () => {
    const item = classify({
      id: "fj-3",
      published: "2026-05-10",
      title: "Japanese minister Kenji Sato meets Monaco's prince in Marseille",
      text: "Japanese Foreign Minister Kenji Sato met the Prince of Monaco in Marseille on Saturday and signed a memorandum."
    })
    expect(item.relevant).toBe(false)
  })

  it("types actors' countries, names the pair and resolves names from the profile", () => {
    expect(Schema.decodeUnknownSync(Country)("FR")).toBe("FR")
    expect(() => Schema.decodeUnknownSync(Country)("IN")).toThrow()
    expect(pairLabel()).toBe("France–Japan")
    expect(bothSides()).toBe("France and Japan")
    expect(bothSides("it")).toBe("Francia e Giappone")
    expect(lookupActor("mhi")).toEqual({ _tag: "Found", name: "Mitsubishi Heavy Industries" })
    const unrelated = classify(indiaItalyReport)
    expect(similarity(unrelated, unrelated).veto).toBe("not a France–Japan development")
  })
})
