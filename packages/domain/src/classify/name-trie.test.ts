import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { alternation } from "./gated-patterns.ts"
import { buildNameTrie, nameAt, type NameMatch } from "./name-trie.ts"

// Names that share prefixes and words, with punctuation inside, as the dictionary's do.
const names = ["New Delhi", "New", "New York", "Newport", "M.K. Stalin", "M. K. Stalin", "Modi", "Mo", "Ital", "E&P"]
const trie = buildNameTrie(new Map(names.map((name) => [name, name.length] as const)))
const expression = new RegExp(`(?<!\\w)(?:${alternation(names)})(?!\\w)`, "y")

/** What the expression matches at `start` and whether looking the matched text up finds a name, as entities did. */
const byExpression = (text: string, start: number): string | undefined => {
  expression.lastIndex = start
  const match = expression.exec(text)
  if (match === null) return undefined
  let surface = match[0]
  if (!names.includes(surface) && (surface.includes("\n") || surface.includes("  ")))
    surface = surface.replace(/\s+/g, " ")
  return `${expression.lastIndex}:${names.includes(surface) ? surface : "(not looked up)"}`
}

const byTrie = (text: string, start: number): string | undefined => {
  const match: NameMatch<number> = { end: 0, name: "", value: 0, spelledAsName: false }
  if (!nameAt(trie, text, start, match)) return undefined
  return `${match.end}:${match.spelledAsName ? match.name : "(not looked up)"}`
}

describe("name trie", () => {
  it("finds the longest name at a position, as the trie-shaped expression does", () => {
    const text = "New  Delhi and New\nYork; Newport, Newer, M.K. Stalin, Modis, xModi, _Modi, Italy, E&P."
    const found = [...text].map((_, start) => byTrie(text, start))
    expect(found).toEqual([...text].map((_, start) => byExpression(text, start)))
    expect(found.filter((match) => match !== undefined)).toEqual([
      "10:New Delhi",
      "23:New York",
      "32:Newport",
      "52:M.K. Stalin",
      "85:E&P"
    ])
  })

  it("agrees with the expression on text made of name pieces and white space of every kind", () => {
    const piece = fc.constantFrom("New", "Delhi", "York", "M.", "K.", "Stalin", "Mo", "di", "Ital", "y", "E&P", "x_")
    const space = fc.constantFrom(" ", "  ", "\n", "\t", "\u00a0", " \n", "", ",", "-")
    const text = fc.array(fc.tuple(piece, space), { maxLength: 12 }).map((parts) => parts.flat().join(""))
    fc.assert(
      fc.property(text, (sample) => {
        for (let start = 0; start <= sample.length; start++)
          expect(byTrie(sample, start)).toEqual(byExpression(sample, start))
      }),
      { numRuns: 500 }
    )
  })

  it("refuses a name whose spaces are not single spaces", () => {
    expect(() => buildNameTrie(new Map([["New  Delhi", 1]]))).toThrow(/New {2}Delhi/)
    expect(() => buildNameTrie(new Map([["New\tDelhi", 1]]))).toThrow(/single spaces/)
  })
})
