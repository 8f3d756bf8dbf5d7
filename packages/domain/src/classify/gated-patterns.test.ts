import { describe, expect, it } from "vitest"
import { eventPatterns } from "./event-patterns.ts"
import { compileGated, compileLexicon, readWords, scanGated, scanGatedSpans, scanLexicon } from "./gated-patterns.ts"
import { sectorPatterns } from "./sector-lexicon.ts"

// Own sample sentences touching many patterns, with punctuation, hyphens and currency signs.
const sample = [
  "The ministers met in Rome and held wide-ranging talks; they signed an MoU on co-production.",
  "Trade rose to $14 billion, the Joint Working Group said, while a 2+2 dialogue was planned.",
  "AI, semiconductors and start-ups featured; naval exercises (PASSEX) followed a port call.",
  "She was speaking at a forum on search-and-rescue, food-processing and green hydrogen."
].join("\n")

const globalMatches = (pattern: string, flags: string): Array<string> =>
  [...sample.matchAll(new RegExp(pattern, `${flags}g`))].map((match) => `${match.index}:${match[0]}`)

describe("gated lexicons", () => {
  it("find exactly what a plain global expression finds, trying only plausible words", () => {
    for (const [patterns, flags] of [
      [eventPatterns, "i"],
      [sectorPatterns, "i"]
    ] as const) {
      const lexicon = compileLexicon(patterns, flags)
      const found: Array<string> = []
      scanLexicon(lexicon, sample, readWords(sample), (_entry, start, end) =>
        found.push(`${start}:${sample.slice(start, end)}`)
      )
      expect(found).toEqual(globalMatches(patterns.map((entry) => `(${entry.pattern})`).join("|"), flags))
      expect(found.length).toBeGreaterThan(5)
    }
  })

  it("try an entry only at words whose first four letters can begin a match: 'India' is not 'industry'", () => {
    const lexicon = compileLexicon([{ id: "industry", pattern: String.raw`\bindustr(?:y|ies|ial)\b|\bin\b` }], "i")
    const text = "India and Indian industry, IN and Indo-Italian"
    const pattern = lexicon.entryPatterns[0]!
    const triedAt: Array<number> = []
    const test = pattern.test.bind(pattern)
    pattern.test = (input: string): boolean => {
      triedAt.push(pattern.lastIndex)
      return test(input)
    }
    const found: Array<string> = []
    scanLexicon(lexicon, text, readWords(text), (_entry, start, end) => found.push(text.slice(start, end)))
    expect(found).toEqual(["industry", "IN"])
    // "India", "Indian" and "Indo" share "ind" with "industry" but not its fourth letter; "IN" is a word of two.
    expect(triedAt).toEqual([text.indexOf("industry"), text.indexOf("IN ")])
  })

  it("match symbols that stick to numbers and case-sensitive names", () => {
    const money = compileGated(String.raw`(?:\$|€)\d+`, "")
    const found: Array<string> = []
    scanGated(money, "costs $15 and €20 but not 30", readWords("costs $15 and €20 but not 30"), (match) =>
      found.push(match[0])
    )
    expect(found).toEqual(["$15", "€20"])
  })

  it("give the same spans whether or not the caller needs the match itself", () => {
    const pattern = compileGated(String.raw`\b(?:joint (?:working group|statement)|talks?|co-?production|\$\d+)\b`, "i")
    const words = readWords(sample)
    const matched: Array<string> = []
    scanGated(pattern, sample, words, (_match, start, end) => matched.push(`${start}:${end}`))
    const spans: Array<string> = []
    scanGatedSpans(pattern, sample, words, (start, end) => spans.push(`${start}:${end}`))
    expect(spans).toEqual(matched)
    expect(spans.map((span) => sample.slice(...span.split(":").map(Number)))).toEqual([
      "talks",
      "co-production",
      "Joint Working Group"
    ])
  })

  it("read each word's first letters whatever separates the words", () => {
    const money = compileGated(String.raw`(?:\$|€)\d+|\bab\b|\bxyz`, "")
    const found: Array<string> = []
    const text = "ab, --xyzzy\t€5 a $7.ab"
    scanGated(money, text, readWords(text), (match, start) => found.push(`${start}:${match[0]}`))
    expect(found).toEqual(["0:ab", "6:xyz", "12:€5", "17:$7", "20:ab"])
  })

  it("refuse a pattern that could start at any character, naming it", () => {
    expect(() => compileGated(String.raw`\w+ment`, "i")).toThrow(/cannot start with a wildcard: \\w\+ment/)
  })
})
