import { describe, expect, it } from "vitest"
import { englishAmount, englishNumber, italian } from "../../knowledge/packs/it.ts"
import type { ClassifiedItem } from "../../event.ts"
import { classify } from "../classify.ts"
import { compilePack, glossText, originalOffset } from "./gloss.ts"

/** Italian rules, each tested with short sentences written for the test. */
const pack = compilePack(italian)
const gloss = (text: string): string => glossText(pack, text).text
const report = (text: string, published = "2026-05-21", title = ""): ClassifiedItem =>
  classify({ id: "t", title, text, published, language: "it" })

const evidenceIsOwnWords = (result: ClassifiedItem, title: string, text: string): void => {
  for (const span of result.evidence) {
    expect(span.text).toBe((span.field === "title" ? title : text).slice(span.start, span.end))
  }
}

describe("Italian status: tense and the passive say whether it happened", () => {
  it("a past signing happened", () => {
    const text = "Italia e India hanno firmato ieri a Roma un accordo di cooperazione nella difesa."
    const result = report(text)
    expect(result.relevant).toBe(true)
    expect(result.eventTypes).toContain("agreement_signed")
    expect(result.status).toBe("happened")
    expect(result.occurredOn).toBe("2026-05-20")
  })
  it("the passive past ('è stato firmato') happened", () => {
    const result = report("È stato firmato a Nuova Delhi l'accordo tra Italia e India sulla mobilità dei lavoratori.")
    expect(result.eventType).toBe("agreement_signed")
    expect(result.status).toBe("happened")
  })
  it("the future ('firmerà', 'firmeranno', 'sarà firmato') is announced", () => {
    for (const text of [
      "Il ministro degli Esteri italiano firmerà a Nuova Delhi un memorandum d'intesa con l'India sull'energia.",
      // (The English rules read "will sign an agreement" as no cue at all: an MoU is named here.)
      "Italia e India firmeranno un memorandum d'intesa sulla difesa durante la visita a Roma.",
      "Sarà firmato a Roma l'accordo tra Italia e India sulla cooperazione spaziale."
    ]) {
      const result = report(text)
      expect(result.relevant, text).toBe(true)
      expect(result.status, text).toBe("announced")
    }
  })
  it("glosses the status verbs", () => {
    expect(gloss("è stato firmato")).toBe("was signed")
    expect(gloss("firmeranno")).toBe("will sign")
    expect(gloss("sarà firmato")).toBe("will be signed")
  })
})

describe("Italian dates", () => {
  it("writes day, month and year in English", () => {
    expect(gloss("il 20 maggio 2026")).toBe("on 20 May 2026")
    expect(gloss("martedì 3 marzo")).toBe("3 March")
    expect(gloss("MUMBAI, 02 DIC -")).toBe("MUMBAI, 02 December -")
  })
  it("resolves relative days against the publication day", () => {
    // 2026-05-21 is a Thursday: "lunedì scorso" is 18 May, "ieri" the 20th.
    const lastMonday = report(
      "Lunedì scorso a Roma il ministro della Difesa italiano ha incontrato " + "il suo omologo indiano."
    )
    expect(lastMonday.occurredOn).toBe("2026-05-18")
    const written = report("Il 12 maggio 2026 a Nuova Delhi Italia e India hanno firmato un accordo sui porti.")
    expect(written.occurredOn).toBe("2026-05-12")
  })
})

describe("Italian amounts", () => {
  it("reads Italian separators and scale words", () => {
    expect(englishNumber("14.000,5")).toBe("14,000.5")
    expect(englishAmount("20 miliardi di euro")).toBe("€20 billion")
    expect(englishAmount("1,5 mld")).toBe("1.5 billion")
    expect(englishAmount("14 mila")).toBe("14,000")
    expect(englishAmount("800 milioni di dollari")).toBe("$800 million")
    expect(englishAmount("€ 2,5 miliardi")).toBe("€2.5 billion")
  })
  it("finds the amount and keeps its Italian words", () => {
    const text = "L'interscambio tra Italia e India ha raggiunto 14,5 miliardi di euro, ha detto ieri il ministro."
    const result = report(text)
    expect(result.amounts.map((amount) => [amount.value, amount.currency, amount.text])).toContainEqual([
      14.5e9,
      "EUR",
      "14,5 miliardi di euro"
    ])
    expect(result.eventTypes).toContain("trade_investment_figure")
    expect(result.sectors).toContain("trade")
  })
})

describe("Italian offices", () => {
  it("moves the side written after a title before it, as the English rules read it", () => {
    expect(gloss("il premier indiano")).toBe("il Indian Prime Minister")
    expect(gloss("l'ambasciatore d'Italia")).toBe("the Italian Ambassador")
    // A bare "presidente del Consiglio" is Italy's: India's head of government is a "primo ministro".
    expect(gloss("la presidente del Consiglio")).toBe("la Italian Prime Minister")
    expect(gloss("il sottosegretario agli Affari esteri")).toBe("il Under Secretary")
  })
  it("two office holders of the two sides make a bilateral report without naming either country", () => {
    const text =
      "Il presidente del Consiglio ha ricevuto a Palazzo Chigi il ministro degli Esteri " + "indiano per un colloquio."
    const result = report(text)
    expect(result.relevant).toBe(true)
    expect(result.language).toBe("it")
    evidenceIsOwnWords(result, "", text)
  })
})

describe("Italian relevance", () => {
  it("'il nostro Paese' in the Italian press is Italy", () => {
    const result = report(
      "Il nostro Paese e l'India hanno firmato a Nuova Delhi un accordo sulla " + "migrazione e la mobilità."
    )
    expect(result.relevant).toBe(true)
    expect(result.sectors).toContain("migration_mobility")
  })
  it("a region's demonym stands for the region", () => {
    const text = "Le imprese lombarde hanno firmato a Mumbai un accordo con le imprese indiane su energia e porti."
    const result = report(text)
    expect(result.relevant).toBe(true)
    expect(result.places.map((place) => place.name)).toContain("Lombardy")
  })
  it("a match between the two countries' teams is sport, not relations", () => {
    const text =
      "La nazionale italiana di hockey ha battuto l'India per 3 a 1 nella partita del " +
      "torneo, con due gol nel finale."
    expect(report(text).relevant).toBe(false)
  })
  it("reads lots of works won as a contract won", () => {
    const result = report(
      "Astaldi ha vinto, in raggruppamento di imprese, due lotti della nuova linea ferroviaria di Mumbai, in India. " +
        "Il valore complessivo delle opere è di 168 milioni di euro.",
      "2026-05-21",
      "Astaldi si aggiudica due lotti della ferrovia di Mumbai"
    )
    expect(result.relevant).toBe(true)
    expect(result.eventType).toBe("trade_investment_figure")
  })
  it("keeps the Italian headline and evidence in the report's own words", () => {
    const title = "Italia e India, firmato l'accordo sulla difesa"
    const text = "Il ministro della Difesa italiano e il suo omologo indiano hanno firmato oggi a Roma l'accordo."
    const result = report(text, "2026-05-21", title)
    expect(result.title).toBe(title)
    expect(result.sectors).toContain("defence")
    evidenceIsOwnWords(result, title, text)
  })
})

describe("glossing keeps a way back to the original", () => {
  it("maps spans of the glossed text to whole original words", () => {
    const original = "Ieri Italia e India hanno firmato."
    const glossed = glossText(pack, original)
    expect(glossed.text).toBe("Yesterday Italy e India signed.")
    const start = glossed.text.indexOf("Italy")
    expect(original.slice(originalOffset(glossed, start, false), originalOffset(glossed, start + 5, true))).toBe(
      "Italia"
    )
    const signed = glossed.text.indexOf("signed")
    expect(original.slice(originalOffset(glossed, signed + 2, false), originalOffset(glossed, signed + 4, true))).toBe(
      "hanno firmato"
    )
    expect(originalOffset(glossed, glossed.text.length, true)).toBe(original.length)
  })
  it("rejects a pack entry with a capturing group", () => {
    const broken = {
      ...italian,
      entries: { ...italian.entries, context: [{ pattern: "(calcio)", gloss: "football" }] }
    }
    expect(() => compilePack(broken)).toThrow(/\(\?:…\) groups only/)
  })
  it("a pack too long for one expression is cut into chunks that still read as one, the earlier entry first", () => {
    // Filler entries push "zzalpha zzbeta" and "zzalpha" into different chunks.
    const filler = Array.from({ length: 400 }, (_, index) => ({ pattern: `zzfiller${index}xx`, gloss: "filler" }))
    const grammar = [
      { pattern: "zzalpha\\s+zzbeta", gloss: "framework agreement" },
      ...filler,
      { pattern: "zzalpha", gloss: "agreement" },
      { pattern: "zzbeta", gloss: "picture" }
    ]
    const long = compilePack({ ...italian, entries: { ...italian.entries, grammar } })
    expect(long.patterns.length).toBeGreaterThan(1)
    expect(glossText(long, "un zzalpha zzbeta e un zzalpha, zzfiller399xx").text).toBe(
      "un framework agreement e un agreement, filler"
    )
  })
})
