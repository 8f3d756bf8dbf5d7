import { describe, expect, it } from "vitest"
import { isQuoted, readDocument, sentenceAt } from "./text.ts"

const sentencesOf = (text: string): Array<string> => {
  const document = readDocument("", text)
  return document.sentences.map((sentence) => text.slice(sentence.start, sentence.end))
}

describe("readDocument", () => {
  it("does not split on initials, abbreviations or citation markers", () => {
    expect(
      sentencesOf("S. Jaishankar met Gen. Rossi in Rome.[3] They discussed ports. Rs. 50 crore was pledged.")
    ).toEqual(["S. Jaishankar met Gen. Rossi in Rome.[3]", "They discussed ports.", "Rs. 50 crore was pledged."])
  })

  it("does not split on the Italian titles before a name ('S.E. l'Ambasciatore', 'il Sen. Casini')", () => {
    expect(
      sentencesOf("Abbiamo intervistato S.E. Vincenzo de Luca. Era presente il Sen. Casini con l'Amb. Rao.")
    ).toEqual(["Abbiamo intervistato S.E. Vincenzo de Luca.", "Era presente il Sen. Casini con l'Amb. Rao."])
  })

  it("splits two sentences run together at a full stop with the space lost, but not a web address or 'S.p.A.'", () => {
    expect(sentencesOf("Crisi nel settore dell'acciaio.Protagonista è un altro gruppo.")).toEqual([
      "Crisi nel settore dell'acciaio.",
      "Protagonista è un altro gruppo."
    ])
    expect(sentencesOf("Lo riporta ansa.it.Oggi Fincantieri S.p.A.Genova firma.")).toEqual([
      "Lo riporta ansa.it.Oggi Fincantieri S.p.A.Genova firma."
    ])
  })

  it("ends sentences at question and exclamation marks as at full stops", () => {
    expect(sentencesOf("Will they sign? They did! Talks ended. Rome hosted them.")).toEqual([
      "Will they sign?",
      "They did!",
      "Talks ended.",
      "Rome hosted them."
    ])
    expect(sentencesOf("Talks ended. Rome hosted them. Ports came next.")).toEqual([
      "Talks ended.",
      "Rome hosted them.",
      "Ports came next."
    ])
  })

  it("keeps a closing quotation mark with its sentence", () => {
    expect(sentencesOf('"We agreed on a plan." The envoy left.')).toEqual(['"We agreed on a plan."', "The envoy left."])
  })

  it("treats each line as a paragraph and marks a cut-off first line as a fragment", () => {
    const document = readDocument(
      "A title",
      'and then it ended.\n\nThe real lead is here.\n"A quoted post," she wrote.'
    )
    expect(document.paragraphs.map((paragraph) => paragraph.field)).toEqual(["title", "text", "text", "text"])
    expect(document.paragraphs[1]!.fragment).toBe(true)
    expect(document.leadParagraph).toBe(2)
    expect(document.paragraphs[3]!.opensWithQuote).toBe(true)
  })

  it("opens no quotation at a closing mark that comes before any opening one", () => {
    const text = "Ties are strong” he said. Then: “we will meet” and “more.\nNext line."
    const document = readDocument("", text)
    expect(isQuoted(document.quotes.text, text.indexOf("strong"))).toBe(false)
    expect(isQuoted(document.quotes.text, text.indexOf("will"))).toBe(true)
    expect(isQuoted(document.quotes.text, text.indexOf("more"))).toBe(true)
    expect(isQuoted(document.quotes.text, text.indexOf("Next"))).toBe(false)
  })

  it("finds quoted stretches and the sentence holding a position", () => {
    const text = 'He said "ties are strong" today. Later he left.'
    const document = readDocument("", text)
    expect(isQuoted(document.quotes.text, text.indexOf("ties"))).toBe(true)
    expect(isQuoted(document.quotes.text, text.indexOf("today"))).toBe(false)
    expect(sentenceAt(document, "text", text.indexOf("Later"))).toBe(1)
    expect(sentenceAt(document, "title", 0)).toBe(-1)
  })
})

describe("hard-wrapped wire copy", () => {
  it("joins lines broken mid-sentence into one paragraph and one sentence", () => {
    const document = readDocument(
      "",
      "MILAN, July 4 Italian auto parts maker Sogno\nGroup is adding capacity in India to\nraise its sales there.\n" +
        "It said so on Wednesday."
    )
    expect(document.paragraphs.filter((paragraph) => paragraph.field === "text")).toHaveLength(2)
    const first = document.sentences.find((sentence) => sentence.field === "text")!
    expect(document.text.slice(first.start, first.end)).toContain("India to\nraise")
  })

  it("keeps a lone heading over its paragraph a line of its own", () => {
    const document = readDocument("", "Funding and scope\nThe line finances exports to India by Italian firms.")
    expect(document.paragraphs.filter((paragraph) => paragraph.field === "text")).toHaveLength(2)
  })

  it("does not take a kicker of two words for the lead", () => {
    const document = readDocument(
      "",
      "Mission accomplished.\nThe ship left Mumbai after a week of visits by Indian firms."
    )
    expect(document.text.slice(document.paragraphs[document.leadParagraph]!.start)).toMatch(/^The ship/)
  })

  it("takes a sentence before the byline and dateline for a standfirst, and the prose after them for the lead", () => {
    const document = readDocument(
      "",
      "The new approach marks a return to a nuanced policy on subsidiaries of tainted firms.\n\n" +
        "Staff Reporter | Posted by Desk\n\nNew Delhi, July 29, 2016 | UPDATED 09:10 IST\n\n" +
        "The Ministry of Defence has put on hold plans to scrap its order for torpedoes from an Italian firm."
    )
    expect(document.text.slice(document.paragraphs[document.leadParagraph]!.start)).toMatch(/^The Ministry/)
    const plain = readDocument("", "The ministers met in Rome.\n\nThey signed two agreements on trade.")
    expect(plain.text.slice(plain.paragraphs[plain.leadParagraph]!.start)).toMatch(/^The ministers/)
  })

  it("takes a page's own stamp ('DPA Updated - December 07, 2021 at 01:12 AM.') for no lead", () => {
    const document = readDocument(
      "",
      "DPA Updated - December 07, 2021 at 01:12 AM.\n\nThe Supreme Court is to hold a decisive hearing on Monday."
    )
    expect(document.text.slice(document.paragraphs[document.leadParagraph]!.start)).toMatch(/^The Supreme Court/)
  })
})
