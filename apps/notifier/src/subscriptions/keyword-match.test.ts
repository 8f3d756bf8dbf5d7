import { describe, expect, it } from "vitest"
import { foldName } from "@india-italy/domain"
import { keywordHaystack, matchesAnyKeyword, maxKeywordTextChars } from "./keyword-match.ts"

describe("keyword matching", () => {
  it("folds case, accents and punctuation into single-spaced words", () => {
    expect(foldName("Perché l'Italia — e l'INDIA?")).toBe("perche l italia e l india")
  })

  it("matches phrases as whole words only", () => {
    const haystack = keywordHaystack("Accordo sull'idrogeno verde", "Firmato a Roma.")
    expect(matchesAnyKeyword(["Idrogeno Verde"], haystack)).toBe(true)
    expect(matchesAnyKeyword(["idrogeno ver"], haystack)).toBe(false)
    expect(matchesAnyKeyword(["roma"], haystack)).toBe(true)
    expect(matchesAnyKeyword(["!!!"], haystack)).toBe(false)
  })

  it("reads a bounded amount of text, so a huge report costs no more than a long one", () => {
    const haystack = keywordHaystack("t", `${"parola ".repeat(100_000)}fine`)
    expect(haystack.length).toBeLessThanOrEqual(maxKeywordTextChars + 2)
    expect(matchesAnyKeyword(["fine"], haystack)).toBe(false)
  })
})
