import { describe, expect, it } from "vitest"
import { isQuoted, readDocument, sentenceAt } from "./text.ts"

const sentencesOf = (text: string): Array<string> => {
  const document = readDocument("", text)
  return document.sentences.map((sentence) => text.slice(sentence.start, sentence.end))
}

describe("readDocument", () => {
  it("does not split on initials, abbreviations or citation markers", () => {
    expect(sentencesOf("S. Jaishankar met Gen. Rossi in Rome.[3] They discussed ports. Rs. 50 crore was pledged.")).toEqual([
      "S. Jaishankar met Gen. Rossi in Rome.[3]",
      "They discussed ports.",
      "Rs. 50 crore was pledged."
    ])
  })

  it("keeps a closing quotation mark with its sentence", () => {
    expect(sentencesOf('"We agreed on a plan." The envoy left.')).toEqual(['"We agreed on a plan."', "The envoy left."])
  })

  it("treats each line as a paragraph and marks a cut-off first line as a fragment", () => {
    const document = readDocument("A title", "and then it ended.\n\nThe real lead is here.\n\"A quoted post,\" she wrote.")
    expect(document.paragraphs.map((paragraph) => paragraph.field)).toEqual(["title", "text", "text", "text"])
    expect(document.paragraphs[1]!.fragment).toBe(true)
    expect(document.leadParagraph).toBe(2)
    expect(document.paragraphs[3]!.opensWithQuote).toBe(true)
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
