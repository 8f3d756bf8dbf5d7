/**
 * Hostile-input properties of the classifier and its readers of dates and amounts, run one per
 * child process by classify.properties.test.ts. The classifier is run without its length cap, so
 * what is measured is its own growth with the text, not the cap's. Budgets are ≥ 5× the cost
 * measured here on the same inputs (about 0.3–1 µs per character for classify, far less for the
 * readers).
 */
import fc from "fast-check"
import {
  anyText,
  expectWithinBudget,
  hostileRuns,
  repeatedChunk,
  runPropertyFromArgv,
  type LinearBudget,
  type Properties
} from "../testing/hostile-input.ts"
import { findAmounts, type AmountMention } from "./amounts.ts"
import { classify, type ClassifyLimits } from "./classify.ts"
import { findDates, referenceDay, type DateMention } from "./dates.ts"
import { readWords } from "./gated-patterns.ts"
import { glossText } from "./language/gloss.ts"
import { languagePacks } from "./language/packs.ts"
import { readDocument, sentenceAt } from "./text.ts"

const reportTokens = [
  "India",
  "Italy",
  "Indo-Italian",
  "Modi",
  "Meloni",
  "Giorgia Meloni",
  "Tajani",
  "Jaishankar",
  "New Delhi",
  "Rome",
  " met ",
  " signed ",
  " MoU ",
  " visit ",
  " defence ",
  " trade ",
  " summit",
  "$5 billion",
  "Rs 450-crore",
  "€3 million",
  "1,200",
  "2025",
  "March 3",
  "on Tuesday",
  "next month",
  "last year",
  ".",
  ". ",
  ", ",
  "; ",
  "!",
  "?",
  '"',
  "“",
  "”",
  "'",
  "(",
  ")",
  "[4]",
  "\n",
  "\n\n",
  " ",
  "Mr.",
  "S. ",
  "-",
  "’",
  "Pope",
  "Vatican",
  "minister",
  "Prime Minister"
]

const unlimited: ClassifyLimits = { maxTitleChars: Number.MAX_SAFE_INTEGER, maxTextChars: Number.MAX_SAFE_INTEGER }
const classifyBudget: LinearBudget = { nsPerChar: 10_000, floorMs: 300 }
/** Measured 0.1–0.6 µs per character on the long shapes below (2 MB), on a busy two-core machine. */
const longBudget: LinearBudget = { nsPerChar: 3_000, floorMs: 200 }
const readerBudget: LinearBudget = { nsPerChar: 5_000, floorMs: 250 }
const published = "2025-06-03T10:00:00Z"

/** The readers as classify calls them: with the bounds of the sentence each match is in. */
const sentenceBounds = (text: string) => {
  const document = readDocument("", text)
  return (position: number): readonly [number, number] => {
    const sentence = document.sentences[sentenceAt(document, "text", position)]
    return sentence === undefined ? [0, text.length] : [sentence.start, sentence.end]
  }
}
const amountsIn = (text: string): void => {
  const out: Array<AmountMention> = []
  findAmounts("text", text, readWords(text), sentenceBounds(text), out)
}
const datesIn = (text: string): void => {
  const out: Array<DateMention> = []
  const boundsOf = sentenceBounds(text)
  findDates("text", text, readWords(text), referenceDay(published), (position) => boundsOf(position)[0], out)
}

/** Long reports of the shapes that were quadratic: one endless sentence, quotes everywhere, no paragraphs. */
const longShapes: Record<string, string> = {
  "one sentence": "India and Italy signed a $5 billion MoU as Modi met Meloni in Rome on Tuesday, ".repeat(25_000),
  "quotes everywhere": 'Modi said "India and Italy" met on "Tuesday" and signed "next month". '.repeat(25_000),
  "one paragraph": "Modi met Meloni in Rome. Italy and India signed a pact on March 3. ".repeat(30_000)
}

/**
 * Runs of one short piece, as a page's blank lines or a table's padding make them. A look-behind with
 * an open-ended repetition tried at every position ("(?<=è\\s+)teatro") rescans the whole run at each
 * of its characters: a random chunk meets that shape only now and then, so every pack meets it here.
 */
const runShapes = ["\n", " ", "\t", " \n", ". ", ", ", "e ", "è ", "di ", "l'", "è stato ", "Mr.", "abc.Def"]
/** Runs with no space in them, long enough that reading back to a run's start at each full stop would show. */
const SPACELESS_RUN_CHARS = 200_000

export const properties: Properties = {
  "classify is linear on hostile text": () =>
    fc.assert(
      fc.property(repeatedChunk(reportTokens), fc.string({ maxLength: 200 }), (text, title) =>
        expectWithinBudget(() => classify({ id: "p", title, text, published }, unlimited), text.length, classifyBudget)
      ),
      hostileRuns
    ),
  "classify is linear on 2 MB reports of each shape, read whole": () => {
    for (const [shape, text] of Object.entries(longShapes)) {
      try {
        expectWithinBudget(
          () => classify({ id: shape, title: "Modi meets Meloni", text, published }, unlimited),
          text.length,
          longBudget
        )
      } catch (error) {
        throw new Error(`${shape}: ${(error as Error).message}`)
      }
    }
  },
  "long runs of one piece are read in linear time, glossed by every pack and classified whole": () => {
    for (const shape of runShapes) {
      const text = shape.repeat(Math.ceil(40_000 / shape.length))
      // Declared, not detected: each run is read by the English rules and through the Italian pack.
      for (const language of ["en", "it"]) {
        const item = { id: "run", title: "Modi meets Meloni", text, published, language }
        try {
          expectWithinBudget(() => classify(item, unlimited), text.length, classifyBudget)
        } catch (error) {
          throw new Error(`classify in ${language}, a run of ${JSON.stringify(shape)}: ${(error as Error).message}`)
        }
      }
    }
    // Sentences are split once per report: a run without spaces ("Mr.Mr.Mr.…") must not be read back at every stop.
    for (const shape of ["Mr.", "abc.Def", "S.p.A."]) {
      const text = shape.repeat(Math.ceil(SPACELESS_RUN_CHARS / shape.length))
      try {
        expectWithinBudget(() => readDocument("", text), text.length, readerBudget)
      } catch (error) {
        throw new Error(`sentences of a run of ${JSON.stringify(shape)}: ${(error as Error).message}`)
      }
    }
    for (const [code, pack] of languagePacks) {
      for (const shape of runShapes) {
        const text = shape.repeat(Math.ceil(40_000 / shape.length))
        try {
          expectWithinBudget(() => glossText(pack, text), text.length, readerBudget)
        } catch (error) {
          throw new Error(`pack ${code}, a run of ${JSON.stringify(shape)}: ${(error as Error).message}`)
        }
      }
    }
  },
  "classify never throws": () =>
    fc.assert(
      fc.property(anyText, anyText, fc.option(fc.string()), (title, text, date) => {
        classify({ id: "p", title, text, ...(date === null ? {} : { published: date }) })
      }),
      { numRuns: 300 }
    ),
  "amounts are read in linear time and never throw": () => {
    fc.assert(
      fc.property(repeatedChunk(reportTokens), (text) =>
        expectWithinBudget(() => amountsIn(text), text.length, readerBudget)
      ),
      hostileRuns
    )
    fc.assert(fc.property(anyText, amountsIn), { numRuns: 300 })
  },
  "dates are read in linear time and never throw": () => {
    fc.assert(
      fc.property(repeatedChunk(reportTokens), (text) =>
        expectWithinBudget(() => datesIn(text), text.length, readerBudget)
      ),
      hostileRuns
    )
    fc.assert(fc.property(anyText, datesIn), { numRuns: 300 })
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (date) => void referenceDay(date)),
      { numRuns: 300 }
    )
  }
}

await runPropertyFromArgv(import.meta.url, properties)
