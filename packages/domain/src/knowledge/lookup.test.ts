import { describe, expect, it } from "vitest"
import { foldName, lookupActor, lookupPlace } from "./lookup.ts"

describe("lookupActor", () => {
  it("finds an actor by its name or an alias, whatever the case and accents", () => {
    expect(lookupActor("Fincantieri")).toEqual({ _tag: "Found", name: "Fincantieri" })
    expect(lookupActor("fincantieri")).toEqual({ _tag: "Found", name: "Fincantieri" })
    expect(lookupActor("meloni")).toEqual({ _tag: "Found", name: "Giorgia Meloni" })
  })

  it("suggests the nearest name for a misspelling, and nothing for a name far from every entry", () => {
    expect(lookupActor("Fincantiery")).toEqual({ _tag: "Unknown", suggestion: "Fincantieri" })
    expect(lookupActor("Zzyzx Qwerty Holdings")).toEqual({ _tag: "Unknown" })
    expect(lookupActor("")).toEqual({ _tag: "Unknown" })
  })

  it("reads only a bounded prefix of what it is given", () => {
    expect(lookupActor("x".repeat(100_000))._tag).toBe("Unknown")
  })
})

describe("lookupPlace", () => {
  it("finds a place by name or alias and suggests for a near miss", () => {
    expect(lookupPlace("new delhi")).toEqual({ _tag: "Found", name: "New Delhi" })
    expect(lookupPlace("Vizag")).toEqual({ _tag: "Found", name: "Visakhapatnam" })
    expect(lookupPlace("Viskhapatnam")).toEqual({ _tag: "Unknown", suggestion: "Visakhapatnam" })
  })
})

describe("foldName", () => {
  it("drops case, accents and punctuation", () => {
    expect(foldName("  Sérgio  Mattarella. ")).toBe("sergio mattarella")
  })
})
