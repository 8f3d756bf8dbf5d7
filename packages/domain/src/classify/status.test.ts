import { describe, expect, it } from "vitest"
import { findDates, referenceDay, type DateMention } from "./dates.ts"
import { readWords } from "./gated-patterns.ts"
import { anchorDay, decideStatus, findLookingBack, markBackground } from "./status.ts"
import { readDocument, sentenceAt } from "./text.ts"

/** Background flags per text sentence, for a report published on `published`. */
const backgroundOf = (text: string, published: string): Array<readonly [string, boolean]> => {
  const document = readDocument("", text)
  const words = { title: readWords(""), text: readWords(text) }
  const dates: Array<DateMention> = []
  findDates(
    "text",
    text,
    words.text,
    referenceDay(published),
    (position) => document.sentences[sentenceAt(document, "text", position)]?.start ?? 0,
    dates
  )
  const bySentence: Array<Array<DateMention>> = document.sentences.map(() => [])
  for (const mention of dates) bySentence[sentenceAt(document, "text", mention.start)]?.push(mention)
  const flags = markBackground(
    document,
    bySentence,
    findLookingBack(document, words),
    anchorDay(document, dates, published.slice(0, 10))
  )
  return document.sentences.map((sentence, index) => [text.slice(sentence.start, sentence.end), flags[index]!] as const)
}

describe("markBackground", () => {
  it("marks a paragraph about an older event and the quotation that illustrates it", () => {
    const flags = backgroundOf(
      "The two ministers met in Rome on Friday to discuss shipbuilding.\n" +
        "Last October, the Italian minister visited Mumbai and toured a port. He praised the workers there.\n" +
        '"A great day for our ties," he wrote at the time.\n' +
        "On Saturday the ministers will visit a shipyard in Genoa.",
      "2025-03-01"
    )
    expect(flags.map(([, background]) => background)).toEqual([false, true, true, true, false])
  })

  it("marks sentences that look back even without a date", () => {
    const flags = backgroundOf(
      "India and Italy signed a space pact on Monday.\nThe two sides have previously cooperated on satellites and launchers.\nThis follows years of talks on earth observation.",
      "2025-03-04"
    )
    expect(flags.map(([, background]) => background)).toEqual([false, true, true])
  })

  it("keeps a recent day in the news even in the past perfect", () => {
    const flags = backgroundOf(
      "Ties are strong, the minister said on Sunday.\nEarlier, on Saturday, the leaders had met in Rome.",
      "2025-11-23"
    )
    expect(flags.map(([, background]) => background)).toEqual([false, false])
  })

  it("dates the news from the lead when a report is filed late", () => {
    const document = readDocument("", "On March 3, 2025 the leaders met.\nIn February they spoke by phone.")
    const dates: Array<DateMention> = []
    findDates("text", document.text, readWords(document.text), referenceDay("2025-04-20"), () => 0, dates)
    expect(anchorDay(document, dates, "2025-04-20")).toBe("2025-03-03")
  })
})

describe("decideStatus", () => {
  it("says announced for a visit still to come, happened otherwise", () => {
    expect(decideStatus("The minister will sign the agreement", 10, false, undefined, "2025-01-01")).toEqual({
      status: "announced",
      cue: { start: 23, end: 27 }
    })
    expect(decideStatus("Meloni to visit India", 0, false, undefined, undefined).status).toBe("announced")
    // A headline's deal to come; not what a signed pact is for, nor a sentence of the report.
    expect(decideStatus("Tata Motors to acquire Iveco", 0, false, undefined, undefined, true).status).toBe("announced")
    expect(decideStatus("Lupin declares pact to acquire brands", 0, false, undefined, undefined, true).status).toBe(
      "happened"
    )
    expect(decideStatus("They signed a pact to supply engines", 0, false, undefined, undefined).status).toBe("happened")
    expect(decideStatus("The ministers signed the agreement", 0, false, "2025-01-01", "2025-01-02").status).toBe(
      "happened"
    )
    expect(decideStatus("They met", 0, false, "2025-02-01", "2025-01-02").status).toBe("announced")
    expect(decideStatus("They met", 0, true, undefined, undefined).status).toBe("background")
    expect(
      decideStatus("Rome intends to raise the quota for Indian workers", 0, false, undefined, "2025-01-02").status
    ).toBe("announced")
    expect(decideStatus("The yard is due to deliver the first hull", 0, false, undefined, "2025-01-02").status).toBe(
      "announced"
    )
  })
  it("reads a deal in rumour ('could acquire', 'might build') as still to come", () => {
    for (const sentence of ["Tata Steel could acquire the plant", "Fincantieri might build two ships for the navy"])
      expect(decideStatus(sentence, 0, false, undefined, "2025-01-02").status).toBe("announced")
    expect(decideStatus("Tata Steel acquired the plant", 0, false, undefined, "2025-01-02").status).toBe("happened")
  })
  it("reads a verdict in the future tense ('ties will scale new heights, says Meloni') as no act to come", () => {
    for (const sentence of [
      "India-Italy ties will scale new heights, says Meloni after meeting Modi",
      "Connectivity corridor will be a game changer, says Jaishankar after talks"
    ])
      expect(decideStatus(sentence, 0, false, undefined, "2025-01-02").status).toBe("happened")
    for (const sentence of [
      "Collaboration with Italy will be crucial for the corridor, the envoy told ET",
      "Together we will achieve great things, Meloni wrote to Modi"
    ])
      expect(decideStatus(sentence, 0, false, undefined, "2025-01-02").status).toBe("happened")
    expect(decideStatus("Meloni will meet Modi in Rome", 0, false, undefined, "2025-01-02").status).toBe("announced")
    expect(decideStatus("There will be a meeting in Rome", 0, false, undefined, "2025-01-02").status).toBe("announced")
  })
  it("reads a deal under negotiation ('in advanced talks to acquire', 'eyeing a stake') as still to come", () => {
    for (const sentence of [
      "Tata Motors is reportedly in advanced talks to acquire the truck division of Italy's Iveco",
      "Tata Motors is in talks with Iveco for a stake in its defence unit",
      "The Indian group is reportedly eyeing a stake in the Italian firm",
      "Analysts see the potential acquisition as a step into Europe"
    ])
      expect(decideStatus(sentence, 0, false, undefined, "2025-01-02").status).toBe("announced")
    expect(decideStatus("Tata held talks with Iveco in Turin", 0, false, undefined, "2025-01-02").status).toBe(
      "happened"
    )
  })
  it("reads a headline's 'set to', a firm 'looking to' and a future in reported speech as still to come", () => {
    for (const sentence of [
      "India set to cancel AgustaWestland deal",
      "Piaggio is looking to invest 20 million euros in the Indian unit",
      "The MEA on Monday announced that Italian Foreign Minister Antonio Tajani would visit India from April 11",
      "Officials said Rajnath would travel to Rome next week"
    ])
      expect(decideStatus(sentence, 0, false, undefined, "2025-01-02").status).toBe("announced")
    expect(decideStatus("The court said the marines would be tried", 0, false, undefined, "2025-01-02").status).toBe(
      "happened"
    )
  })
  it("reads the purpose of a trip told in the past ('was in Rome to co-chair') as done", () => {
    for (const sentence of [
      "Goyal was in Rome on April 14-15 to co-chair the Joint Commission",
      "The minister, who was in Mumbai last week to attend the Business Forum, signed two agreements",
      "Tajani drove to Agra to visit the Taj Mahal"
    ])
      expect(decideStatus(sentence, 0, false, undefined, "2025-01-02").status).toBe("happened")
    expect(decideStatus("PM to visit Rome for talks with Meloni", 0, false, undefined, "2025-01-02").status).toBe(
      "announced"
    )
  })
  it("reads a signing not made yet or hoped for as still to come", () => {
    for (const sentence of [
      "The memorandum is yet to be signed",
      "India and Italy have not yet signed the migration agreement",
      "Tajani expressed hope for signing the agreement within six months"
    ])
      expect(decideStatus(sentence, 0, false, undefined, "2025-01-02").status).toBe("announced")
    expect(
      decideStatus("India and Italy signed the migration agreement", 0, false, undefined, "2025-01-02").status
    ).toBe("happened")
  })
})
