/**
 * Hostile-input properties of what turns feed fields into plain text, dates and URLs, and of the
 * feed-list reader, run one per child process by normalise.properties.test.ts. Budgets are ≥ 5×
 * the cost measured on these inputs (well under 1 µs per character).
 */
import {
  anyText,
  expectWithinBudget,
  hostileRuns,
  repeatedChunk,
  runPropertyFromArgv,
  type LinearBudget,
  type Properties
} from "@india-italy/domain/testing"
import fc from "fast-check"
import { parseFeedList } from "../feeds/feed-list.ts"
import { canonicalUrl } from "./canonical-url.ts"
import { decodeEntities, htmlToText } from "./html-to-text.ts"
import { normaliseDate, normaliseItem } from "./normalise-item.ts"

const htmlTokens = [
  "<",
  ">",
  "</",
  "<p",
  "<p>",
  "</p>",
  "<br/>",
  "<b>",
  "<script>",
  "</script>",
  "<style",
  "<!--",
  "-->",
  "<![CDATA[",
  "]]>",
  "&",
  "&amp;",
  "&#",
  "&#x",
  "&#1234567890",
  "&nbsp",
  "&eacute;",
  ";",
  "a",
  " ",
  "\n",
  "\t",
  "\u00a0",
  '"',
  "="
]
const yamlTokens = [
  "- ",
  "url: ",
  "https://a.example/rss",
  "name: ",
  "interval: ",
  "15m",
  "language: ",
  "en",
  "\n",
  "  ",
  ":",
  "[",
  "]",
  "{",
  "}",
  '"',
  "'",
  "&a ",
  "*a",
  "!!str ",
  "#",
  "? ",
  ",",
  "feeds:",
  "-",
  "|",
  ">"
]
const dateTokens = ["Tue, ", "17 Nov 2026", " 09:30:00", " GMT", "+0100", "2026-11-17T", "Z", " ", "-", ":", "1", "0"]

const budget: LinearBudget = { nsPerChar: 3_000, floorMs: 250 }
const feed = { url: "https://wire.example.com/rss", name: "Wire" }
const fetchedAt = new Date("2026-11-20T12:00:00Z")

const linear = (tokens: ReadonlyArray<string>, run: (input: string) => unknown) => () =>
  fc.assert(
    fc.property(repeatedChunk(tokens), (input) => expectWithinBudget(() => run(input), input.length, budget)),
    {
      ...hostileRuns,
      examples: [["<p".repeat(20_000)], ["<a " + "x".repeat(40_000)], ["&#" + "9".repeat(40_000)]]
    }
  )

const neverThrows = (run: (input: string) => unknown) => () =>
  fc.assert(
    fc.property(anyText, (input) => void run(input)),
    { numRuns: 300 }
  )

export const properties: Properties = {
  "htmlToText is linear": linear(htmlTokens, htmlToText),
  "decodeEntities is linear": linear(htmlTokens, decodeEntities),
  "htmlToText and decodeEntities never throw": neverThrows((input) => decodeEntities(htmlToText(input))),
  "normaliseItem is linear, never throws, and holds every item to its limits": () =>
    fc.assert(
      fc.property(repeatedChunk(htmlTokens), anyText, anyText, (html, title, link) => {
        expectWithinBudget(
          () => {
            const { item } = normaliseItem(
              { title: html, contentHtml: html, link, guid: title, published: title },
              feed,
              fetchedAt
            )
            if (item.title.length > 1_000 || item.text.length > 20_000) throw new Error("an item over its limits")
          },
          html.length,
          budget
        )
      }),
      hostileRuns
    ),
  "dates and URLs are read in linear time and never throw": () => {
    fc.assert(
      fc.property(repeatedChunk(dateTokens), (input) =>
        expectWithinBudget(() => normaliseDate(input, fetchedAt), input.length, budget)
      ),
      hostileRuns
    )
    fc.assert(
      fc.property(anyText, (input) => void normaliseDate(input, fetchedAt)),
      { numRuns: 300 }
    )
    fc.assert(
      fc.property(anyText, (input) => void canonicalUrl(input, feed.url)),
      { numRuns: 300 }
    )
  },
  "parseFeedList is linear and never throws": () => {
    fc.assert(
      fc.property(repeatedChunk(yamlTokens), (input) =>
        expectWithinBudget(() => parseFeedList(input, "f.yaml"), input.length, { nsPerChar: 20_000, floorMs: 500 })
      ),
      { ...hostileRuns, numRuns: 10 }
    )
    fc.assert(
      fc.property(anyText, (input) => void parseFeedList(input, "f.yaml")),
      { numRuns: 200 }
    )
  }
}

await runPropertyFromArgv(import.meta.url, properties)
