import { describe, expect, it } from "vitest"
import { classify } from "../classify/classify.ts"
import { pairProfile } from "../profile/active-profile.ts"
import { placeEntries } from "./places.ts"

const placeNames = new Map(
  placeEntries.flatMap((place) => [place.name, ...(place.aliases ?? [])].map((name) => [name, place.country] as const))
)

describe("places and countries", () => {
  it("keeps the Holy See a country of its own, not a place in Italy", () => {
    for (const name of ["Vatican", "Vatican City", "Holy See"]) expect(placeNames.has(name), name).toBe(false)
    expect(pairProfile.enclaves.find((enclave) => enclave.name === "Holy See")).toMatchObject({
      within: "IT",
      names: expect.arrayContaining(["Vatican", "Holy See"])
    })
  })

  it("leaves out names that are also places elsewhere or common words", () => {
    for (const name of ["Punjab", "Kashmir", "Bengal", "Andaman", "Marche", "Como", "Latina", "Augusta", "Salem"])
      expect(placeNames.has(name), name).toBe(false)
  })

  it("puts states, regions and ports on their side", () => {
    expect(placeNames.get("Gujarat")).toBe("IN")
    expect(placeNames.get("Visakhapatnam")).toBe("IN")
    expect(placeNames.get("Lombardia")).toBe("IT")
    expect(placeNames.get("Taranto")).toBe("IT")
  })

  it("does not read a papal audience as India–Italy business", () => {
    const result = classify({
      id: "t",
      published: "2025-05-18",
      title: "Indian delegation attends papal mass at the Vatican",
      text:
        "An Indian government delegation attended the inaugural mass of Pope Leo XIV at the Vatican on Sunday and conveyed greetings from Gujarat and Kerala, the Holy See said.\n\n" +
        "The delegation thanked the Holy See for its humanitarian cooperation with India."
    })
    expect(result.relevant).toBe(false)
  })

  it("reads a report naming only an Indian state and an Italian region as India–Italy", () => {
    const result = classify({
      id: "t",
      published: "2025-05-18",
      title: "Gujarat, Lombardy sign pact on industrial investment",
      text:
        "Gujarat and Lombardy signed a memorandum of understanding on Tuesday to promote investment in machinery and textile manufacturing, officials said.\n\n" +
        "The agreement provides for joint trade missions and a business forum in Ahmedabad next year."
    })
    expect(result.relevant).toBe(true)
  })
})
