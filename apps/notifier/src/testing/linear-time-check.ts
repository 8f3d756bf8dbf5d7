/**
 * Runs the hostile-input properties for one reader (argv[2]) and prints one JSON line:
 * `{ reader, ok, runs, worstRatio, failure? }`. Run in a child process by
 * hostile-input.property.test.ts, which kills it past a hard timeout: fast-check's own timeout
 * cannot stop synchronous code, so a reader that backtracks forever must be stopped from outside.
 */
import { objectKeyWords } from "@india-italy/domain/testing"
import fc from "fast-check"
import { performance } from "node:perf_hooks"
import { hostileInputReaders, type HostileInputReader } from "./hostile-input-readers.ts"

/** Characters the readers treat specially, plus ordinary ones: the alphabet of adversarial chunks. */
const alphabet = [
  " ",
  "\t",
  "\n",
  "\r",
  "-",
  ":",
  ",",
  ".",
  "=",
  "?",
  "/",
  "#",
  "&",
  ";",
  "<",
  ">",
  "@",
  "|",
  "!",
  "*",
  "_",
  "~",
  "`",
  "[",
  "]",
  "{",
  "}",
  "(",
  ")",
  '"',
  "'",
  "\\",
  "a",
  "h",
  "e",
  "r",
  "x",
  "Z",
  "0",
  "1",
  "9",
  "é",
  "—",
  "–",
  "ー",
  "\u200B",
  "\u2060",
  "\u202E",
  "\uFEFF",
  "\uD83D\uDE00",
  "\u0000",
  "%",
  "+",
  "$"
]

/** What each reader normally reads, repeated to length: its per-character cost is the baseline. */
const typicalChunks: Record<HostileInputReader, ReadonlyArray<string>> = {
  "slack escaping": ["India & Italy sign <pact> @ Rome; ", "https://wire.example/a?b=1&c=2 "],
  "subscription input": ["defence, space, trade ", "C0123ABCD daily@08:00 Europe/Rome ", "a b, c d "],
  // Blank lines cost the YAML parser more per character than entries do (linearly): files have them.
  "subscriptions file": [
    "- { channel: C0123ABCD, sectors: [trade, defence] }\n",
    "- channel: C0456\n  sectors: all\n  digest: daily@08:00\n",
    "\n\n\n# note\n"
  ],
  // Many one-letter words are a legitimate worst case: the cost is per token.
  "slash command": ["subscribe defence space --types a,b ", "list help unsubscribe sub-x ", 'a — b – c " d ']
}

const repeatTo = (chunk: string, length: number): string =>
  chunk.repeat(Math.ceil(length / chunk.length)).slice(0, length)

const timeOf = (read: (text: string) => unknown, text: string): number => {
  const started = performance.now()
  read(text)
  return performance.now() - started
}

const readerName = process.argv[2] as HostileInputReader
const read = hostileInputReaders[readerName]
if (read === undefined) {
  process.stdout.write(`${JSON.stringify({ reader: readerName, ok: false, failure: "unknown reader" })}\n`)
  process.exit(2)
}

// Warm the JIT, then take the slowest typical input's best time per character as the linear cost.
const baselineLength = 40_000
const perChar = Math.max(
  ...typicalChunks[readerName].map((chunk) => {
    const text = repeatTo(chunk, baselineLength)
    for (let warm = 0; warm < 3; warm++) read(text)
    return Math.min(...[0, 1, 2].map(() => timeOf(read, text))) / baselineLength
  })
)
/** The budget: 5× the linear cost, plus a fixed allowance for a GC pause or timer granularity. */
const budgetMs = (length: number) => 5 * perChar * length + 40

/**
 * A second opinion on an input that went over budget: the slowest typical input of the same length, timed
 * now, in turns with it (best of three each). A burst of load from other processes slows both; superlinear
 * work is still over five times the typical cost.
 */
const stillOverBudgetBesideTypical = (text: string): boolean => {
  const typicalTexts = typicalChunks[readerName].map((chunk) => repeatTo(chunk, text.length))
  let hostile = Number.POSITIVE_INFINITY
  const typical = typicalTexts.map(() => Number.POSITIVE_INFINITY)
  for (let round = 0; round < 3; round++) {
    hostile = Math.min(hostile, timeOf(read, text))
    typicalTexts.forEach((typicalText, index) => {
      typical[index] = Math.min(typical[index]!, timeOf(read, typicalText))
    })
  }
  return hostile > 5 * Math.max(...typical) + 40
}

let worstRatio = 0
let worstInput = ""
try {
  // No crash on any input: short strings of every kind.
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string({ unit: "binary", maxLength: 400 }),
        fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 400 })
      ),
      (text) => {
        read(text)
      }
    ),
    // Words like "__proto__" find a function in a plain-object table: always try them.
    { numRuns: 400, examples: objectKeyWords.map((word) => [word]) }
  )
  // Linear time: a random chunk of special characters repeated to 20–40k characters.
  fc.assert(
    fc.property(
      fc.string({ unit: fc.constantFrom(...alphabet), minLength: 1, maxLength: 12 }),
      fc.integer({ min: 20_000, max: 40_000 }),
      (chunk, length) => {
        const text = repeatTo(chunk, length)
        // A second try absorbs one unlucky GC pause; superlinear work is slow every time.
        const elapsed = Math.min(timeOf(read, text), timeOf(read, text))
        if (elapsed / budgetMs(text.length) > worstRatio) {
          worstRatio = elapsed / budgetMs(text.length)
          worstInput = `${text.length} × ${JSON.stringify(chunk)}`
        }
        if (elapsed > budgetMs(text.length) && !stillOverBudgetBesideTypical(text)) return
        if (elapsed > budgetMs(text.length)) {
          const budget = budgetMs(text.length).toFixed(1)
          throw new Error(
            `${text.length} characters of ${JSON.stringify(chunk)} took ${elapsed.toFixed(1)} ms; budget ${budget} ms`
          )
        }
      }
    ),
    { numRuns: 25 }
  )
  process.stdout.write(
    `${JSON.stringify({ reader: readerName, ok: true, perCharMs: perChar, worstRatio, worstInput })}\n`
  )
} catch (error) {
  const failure = error instanceof Error ? error.message.slice(0, 2_000) : String(error)
  process.stdout.write(`${JSON.stringify({ reader: readerName, ok: false, failure })}\n`)
  process.exitCode = 1
}
