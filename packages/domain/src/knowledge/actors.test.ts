import { describe, expect, it } from "vitest"
import { actorEntries, officeOn } from "./actors.ts"
import { placeEntries } from "./places.ts"

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

  it("knows who held an office on a given day", () => {
    const gentiloni = actorEntries.find((entry) => entry.name === "Paolo Gentiloni")!
    expect(officeOn(gentiloni, "2015-06-01")?.title).toMatch(/Foreign Affairs/)
    expect(officeOn(gentiloni, "2017-06-01")?.level).toBe("leader")
    expect(officeOn(gentiloni, "2020-06-01")).toBeUndefined()
    const meloni = actorEntries.find((entry) => entry.name === "Giorgia Meloni")!
    expect(officeOn(meloni, "2022-10-21")).toBeUndefined()
    expect(officeOn(meloni, "2022-10-22")?.country).toBe("IT")
  })

  it("puts every place on a side or marks it as elsewhere", () => {
    for (const place of placeEntries) expect(["IN", "IT", "other"]).toContain(place.country)
  })
})
