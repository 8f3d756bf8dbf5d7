/**
 * Hostile-input properties of feed parsing, run one per child process by
 * repair-xml.properties.test.ts (a super-linear regex fails there instead of hanging the run).
 * Budgets are ≥ 5× the cost measured on these inputs with the linear scanners.
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
import { Effect } from "effect"
import fc from "fast-check"
import { parseFeed } from "./parse-feed.ts"
import { closeUnclosedElements, ensureChannel, repairXml, rootElementName } from "./repair-xml.ts"

export const xmlTokens = [
  "<",
  ">",
  "</",
  "/>",
  "<a",
  "<rss",
  "<rss ",
  "<item>",
  "</item>",
  "<!DOCTYPE rss ",
  "[",
  "]",
  "[]",
  "<![CDATA[",
  "]]>",
  "<!--",
  "-->",
  "<?",
  "?>",
  "&",
  "&amp;",
  "&#",
  "&#x",
  "&nbsp",
  ";",
  "a",
  " ",
  "\n",
  '"',
  "'",
  "=",
  "\u0000"
]

const scannerBudget: LinearBudget = { nsPerChar: 3_000, floorMs: 250 }
const parseBudget: LinearBudget = { nsPerChar: 20_000, floorMs: 200 }
const url = "https://feed.example/rss"

const linear = (name: string, run: (input: string) => unknown, budget: LinearBudget) => () =>
  fc.assert(
    fc.property(repeatedChunk(xmlTokens), (input) => expectWithinBudget(() => run(input), input.length, budget)),
    {
      ...hostileRuns,
      examples: [["<!DOCTYPE rss " + "[]".repeat(20_000)], ["<a".repeat(20_000)], ["<" + "a".repeat(40_000)]]
    }
  )

const neverThrows = (run: (input: string) => unknown) => () =>
  fc.assert(
    fc.property(anyText, (input) => void run(input)),
    { numRuns: 300 }
  )

/** The body of issue 13: 32 pairs took 85 s before the DOCTYPE scan; 20,000 pairs (40 kB) must take < 3 s. */
const doctypeBracketsFeed = async () => {
  const start = performance.now()
  const result = await Effect.runPromise(Effect.result(parseFeed("<!DOCTYPE rss " + "[]".repeat(20_000), url)))
  const elapsedMs = performance.now() - start
  if (elapsedMs >= 3_000) throw new Error(`took ${elapsedMs.toFixed(0)} ms`)
  if (result._tag !== "Failure" || result.failure.reason !== "not a feed (no root element found)") {
    throw new Error(`expected "not a feed (no root element found)", got ${JSON.stringify(result)}`)
  }
}

export const properties: Properties = {
  "a DOCTYPE followed by 20,000 '[]' pairs is refused as not a feed within 3 s": doctypeBracketsFeed,
  "repairXml is linear": linear("repairXml", repairXml, scannerBudget),
  "rootElementName is linear": linear("rootElementName", rootElementName, scannerBudget),
  "closeUnclosedElements is linear": linear("closeUnclosedElements", closeUnclosedElements, scannerBudget),
  "ensureChannel is linear": linear("ensureChannel", (input) => ensureChannel(input, "rss"), scannerBudget),
  "the repairs never throw": neverThrows((input) => closeUnclosedElements(ensureChannel(repairXml(input), "rss"))),
  "rootElementName never throws": neverThrows(rootElementName),
  "parseFeed answers a feed or a FeedParseError, within budget, on any bytes": () =>
    fc.assert(
      fc.asyncProperty(
        fc.oneof(anyText, repeatedChunk(xmlTokens, { minChars: 20_000, maxChars: 30_000 })),
        async (input) => {
          const start = performance.now()
          const result = await Effect.runPromise(Effect.result(parseFeed("<rss><channel>" + input, url)))
          const elapsedMs = performance.now() - start
          const allowedMs = parseBudget.floorMs + (input.length * parseBudget.nsPerChar) / 1e6
          if (elapsedMs > allowedMs)
            throw new Error(`parseFeed took ${elapsedMs.toFixed(0)} ms on ${input.length} characters`)
          if (result._tag === "Failure" && result.failure._tag !== "FeedParseError")
            throw new Error("not a FeedParseError")
        }
      ),
      { numRuns: 40, endOnFailure: true }
    )
}

await runPropertyFromArgv(import.meta.url, properties)
