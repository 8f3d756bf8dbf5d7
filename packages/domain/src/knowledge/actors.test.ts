import { describe, expect, it } from "vitest"
import { classify } from "../classify/classify.ts"
import type { WireItem } from "../wire-item.ts"
import { actorEntries, officeOn } from "./actors.ts"
import { placeEntries } from "./places.ts"

const entry = (name: string) => actorEntries.find((candidate) => candidate.name === name)!
const report = (title: string, text: string): WireItem => ({ id: "t", title, text, published: "2025-03-10" })
const actorNames = (item: WireItem) => classify(item).actors.map((actor) => actor.name)

describe("actor dictionary", () => {
  it("gives every alias to one actor only, so a surname never names two people", () => {
    const owners = new Map<string, string>()
    for (const entry of actorEntries) {
      for (const alias of entry.aliases) {
        const owner = owners.get(alias)
        expect(owner === undefined || owner === entry.name, `${alias}: ${owner} and ${entry.name}`).toBe(true)
        owners.set(alias, entry.name)
      }
    }
  })

  it("dates every office with from before to, and ISO days", () => {
    for (const entry of actorEntries) {
      for (const held of entry.offices ?? []) {
        expect(held.from, entry.name).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        if (held.to !== undefined) expect(held.from < held.to, entry.name).toBe(true)
      }
    }
  })

  it("lists a person's offices in order, none overlapping, so the office on a day is never ambiguous", () => {
    for (const entry of actorEntries) {
      const offices = entry.offices ?? []
      for (let index = 1; index < offices.length; index++) {
        const before = offices[index - 1]!
        expect(before.to, `${entry.name} holds an open office before another`).toBeDefined()
        expect(before.to! <= offices[index]!.from, entry.name).toBe(true)
      }
    }
  })

  it("knows who held an office on a given day", () => {
    const gentiloni = entry("Paolo Gentiloni")
    expect(officeOn(gentiloni, "2015-06-01")?.title).toMatch(/Foreign Affairs/)
    expect(officeOn(gentiloni, "2017-06-01")?.level).toBe("leader")
    expect(officeOn(gentiloni, "2020-06-01")).toBeUndefined()
    const meloni = entry("Giorgia Meloni")
    expect(officeOn(meloni, "2022-10-21")).toBeUndefined()
    expect(officeOn(meloni, "2022-10-22")?.country).toBe("IT")
  })

  it("follows the Meloni government's changes of minister", () => {
    expect(officeOn(entry("Gennaro Sangiuliano"), "2024-09-10")).toBeUndefined()
    expect(officeOn(entry("Alessandro Giuli"), "2024-09-10")?.title).toMatch(/Culture/)
    expect(officeOn(entry("Raffaele Fitto"), "2024-12-05")).toBeUndefined()
    expect(officeOn(entry("Tommaso Foti"), "2024-12-05")?.title).toMatch(/PNRR/)
  })

  it("follows an Indian minister through a reshuffle to the portfolio held on the day", () => {
    const mandaviya = entry("Mansukh Mandaviya")
    expect(officeOn(mandaviya, "2020-01-01")?.title).toMatch(/Shipping/)
    expect(officeOn(mandaviya, "2023-01-01")?.title).toMatch(/Health/)
    expect(officeOn(mandaviya, "2025-01-01")?.title).toMatch(/Labour/)
    expect(officeOn(entry("Devendra Fadnavis"), "2023-01-01")?.title).toBe("Deputy Chief Minister of Maharashtra")
  })

  it("never makes a common surname, a bare ministry name or an acronym with several meanings an alias", () => {
    const aliases = new Set(actorEntries.flatMap((entry) => entry.aliases))
    const ambiguous = [
      "Singh",
      "Kumar",
      "Patel",
      "Joshi",
      "Rao",
      "Shah",
      "Reddy",
      "Naidu",
      "Yadav",
      "Gupta",
      "Stalin",
      "Fontana",
      "Calderone",
      "Margherita",
      "Foti",
      "ASI",
      "IIT",
      "CNR",
      "CREA",
      "CSIR",
      "DST",
      "ICE",
      "Exim Bank",
      "Ministry of Defence",
      "Ministry of Commerce and Industry",
      "Ministry of Foreign Affairs and International Cooperation"
    ]
    for (const name of ambiguous) {
      expect(aliases.has(name), name).toBe(false)
    }
  })

  it("puts every place on a side or marks it as elsewhere", () => {
    for (const place of placeEntries) expect(["IN", "IT", "other"]).toContain(place.country)
  })
})

describe("actor dictionary in use", () => {
  it("reads a report naming only an Italian and an Indian minister as India–Italy", () => {
    const result = classify(
      report(
        "Foti, C. R. Patil discuss water infrastructure",
        "Tommaso Foti held talks with C. R. Patil on Tuesday on water infrastructure, river basin management and investment in desalination plants, officials said.\n\n" +
          "The two ministers agreed to set up a joint working group on water technology."
      )
    )
    expect(result.relevant).toBe(true)
    expect(result.actors.map((actor) => actor.name)).toEqual(expect.arrayContaining(["Tommaso Foti", "C. R. Patil"]))
  })

  it("reads 'ASI' in a heritage report as no Italian agency at all", () => {
    const result = classify(
      report(
        "ASI to restore Ajanta murals with Indian conservators",
        "The ASI signed an agreement with an Indian university on Monday to restore murals at the Ajanta caves, officials said.\n\n" +
          "The ASI director general said the project would train 40 conservators in fresco restoration."
      )
    )
    expect(result.relevant).toBe(false)
  })

  it("reads the spelled-out Archaeological Survey of India as the Indian survey, not the Italian Space Agency", () => {
    const names = actorNames(
      report(
        "India, Italy restorers to save Ajanta murals",
        "The Archaeological Survey of India (ASI) and Italy's Central Institute for Restoration signed an agreement in New Delhi on Monday to restore murals at the Ajanta caves.\n\n" +
          "The ASI said Italian conservators would train 40 Indian restorers."
      )
    )
    expect(names).toEqual(
      expect.arrayContaining(["Archaeological Survey of India", "Central Institute for Restoration"])
    )
    expect(names).not.toContain("Italian Space Agency")
  })

  it("keeps 'ASI' the Italian Space Agency where its president is named", () => {
    const names = actorNames(
      report(
        "ISRO, Italian agency sign earth observation arrangement",
        "ISRO Chairman V. Narayanan and ASI President Teodoro Valente signed an implementing arrangement on earth observation satellites in Bengaluru on Monday."
      )
    )
    expect(names).toEqual(expect.arrayContaining(["ISRO", "Italian Space Agency", "Teodoro Valente"]))
  })
})
