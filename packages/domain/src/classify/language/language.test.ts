import { describe, expect, it } from "vitest"
import { classify } from "../classify.ts"
import { namesOnlyConfidence } from "./classify-language.ts"
import { detectLanguage, normaliseLanguage } from "./detect.ts"

describe("the language of a report", () => {
  it("takes the feed's declaration first, in any usual spelling", () => {
    expect(normaliseLanguage("it-IT")).toBe("it")
    expect(normaliseLanguage("ITA")).toBe("it")
    expect(normaliseLanguage("en_GB")).toBe("en")
    expect(normaliseLanguage(" ")).toBeUndefined()
    const declared = classify({ id: "d", title: "Modi meets Meloni", text: "They met in Rome.", language: "it-IT" })
    expect(declared.language).toBe("it")
  })
  it("detects Italian and English from the headline and opening", () => {
    expect(
      detectLanguage(
        "Tajani a Nuova Delhi",
        "Il ministro degli Esteri è arrivato oggi in India per una visita di due giorni."
      )
    ).toBe("it")
    expect(
      detectLanguage("Tajani in New Delhi", "The foreign minister arrived in India on Monday for a two-day visit.")
    ).toBe("en")
    // Too few function words to count: the detector decides.
    expect(detectLanguage("Accordo Italia-India sulla difesa firmato", "")).toBe("it")
    expect(detectLanguage("Italy-India defence pact signed today", "")).toBe("en")
  })
  it("records the language on every classification", () => {
    const english = classify({
      id: "e",
      title: "",
      text: "Italy and India signed a defence agreement in Rome on Monday."
    })
    expect(english.language).toBe("en")
    const italian = classify({
      id: "i",
      title: "",
      text: "Italia e India hanno firmato lunedì a Roma un accordo sulla difesa."
    })
    expect(italian.language).toBe("it")
    expect(italian.eventTypes).toContain("agreement_signed")
  })
})

describe("a report in a language with no pack", () => {
  it("is kept: classified by its names only, with a low confidence and its language", () => {
    const text =
      "प्रधानमंत्री Narendra Modi ने रोम में Giorgia Meloni से मुलाकात की और दोनों देशों " + "के बीच रक्षा सहयोग पर चर्चा की।"
    const result = classify({ id: "h", title: "", text, published: "2026-05-21" })
    expect(result.language).toBe("hi")
    expect(result.relevant).toBe(true)
    expect(result.eventType).toBe("other_bilateral")
    expect(result.sectors).toEqual([])
    expect(result.confidence).toBeLessThanOrEqual(0.3)
    expect(result.confidence).toBe(namesOnlyConfidence)
    expect(result.actors.map((actor) => actor.name)).toEqual(
      expect.arrayContaining(["Narendra Modi", "Giorgia Meloni"])
    )
    for (const span of result.evidence) expect(span.text).toBe(text.slice(span.start, span.end))
  })
  it("without both sides' names it is not relevant, still with its language and a low confidence", () => {
    const result = classify({ id: "h2", title: "", text: "भारत और इटली के बीच व्यापार बढ़ रहा है।", language: "hi" })
    expect(result.language).toBe("hi")
    expect(result.relevant).toBe(false)
    expect(result.confidence).toBeLessThanOrEqual(0.3)
  })
})
