import { spawnSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import fc from "fast-check"

/**
 * Support for property tests over functions that read outside bytes: adversarial inputs, a
 * time budget proportional to the input's length, and a child process with a hard timeout to run
 * them in (fast-check's own timeout cannot stop synchronous code, so a catastrophic regex would
 * otherwise hang the test run instead of failing it).
 */

/** Strings from `tokens` and a few random characters: the raw material of hostile chunks. */
const chunkPart = (tokens: ReadonlyArray<string>): fc.Arbitrary<string> =>
  fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...tokens) }, { weight: 1, arbitrary: fc.string({ maxLength: 3 }) })

/**
 * A random chunk built from `tokens` repeated to a length between `minChars` and `maxChars`:
 * repetition is what makes a backtracking regex or a quadratic loop show.
 */
export const repeatedChunk = (
  tokens: ReadonlyArray<string>,
  { minChars = 20_000, maxChars = 40_000 }: { readonly minChars?: number; readonly maxChars?: number } = {}
): fc.Arbitrary<string> =>
  fc
    .tuple(fc.array(chunkPart(tokens), { minLength: 1, maxLength: 10 }), fc.integer({ min: minChars, max: maxChars }))
    .map(([parts, length]) => {
      const chunk = parts.join("") || tokens[0] || "x"
      return chunk.repeat(Math.ceil(length / chunk.length)).slice(0, length)
    })

/**
 * Words that name Object.prototype's own keys: a lookup like `table[word]` finds a function for
 * them, not `undefined`. Outside text carries them as often as any other word.
 */
export const objectKeyWords: ReadonlyArray<string> = [
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "valueOf"
]

/** Outside text made of words, some of them Object.prototype's key names, in any case. */
const wordsWithObjectKeys: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...objectKeyWords), fc.string({ maxLength: 8 })), { maxLength: 12 })
  .map((words) => words.join(" "))

/** Any short text, including lone surrogates and control characters: for "never throws". */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 300 }),
  wordsWithObjectKeys
)

export interface LinearBudget {
  /** Allowed nanoseconds per input character: at least 5× the measured cost on the same input class. */
  readonly nsPerChar: number
  /** A fixed allowance for timer, GC and JIT noise on a shared machine. */
  readonly floorMs: number
}

/** Runs `run` once and throws when it took longer than the budget for an input of `length` characters. */
export const expectWithinBudget = (run: () => unknown, length: number, budget: LinearBudget): void => {
  const allowedMs = budget.floorMs + (length * budget.nsPerChar) / 1e6
  // The best of up to three runs: a garbage collection or a busy machine slows one run, while a
  // superlinear path is slow every time, so a failure still means what it says.
  let elapsedMs = Number.POSITIVE_INFINITY
  for (let attempt = 0; attempt < 3 && elapsedMs > allowedMs; attempt++) {
    const start = performance.now()
    run()
    elapsedMs = Math.min(elapsedMs, performance.now() - start)
  }
  if (elapsedMs > allowedMs) {
    throw new Error(
      `took ${elapsedMs.toFixed(0)} ms on ${length} characters; the linear budget is ${allowedMs.toFixed(0)} ms`
    )
  }
}

/** Settings for the hostile properties: few runs (each input is large), no shrinking of a time failure. */
export const hostileRuns = { numRuns: 25, endOnFailure: true } as const

export type Properties = Readonly<Record<string, () => void | Promise<void>>>

/**
 * When the module at `moduleUrl` is the process's entry point, runs the property named by the
 * first argument and exits 0 when it holds, 1 (with fast-check's report on stderr) when not.
 */
export const runPropertyFromArgv = async (moduleUrl: string, properties: Properties): Promise<void> => {
  if (process.argv[1] !== fileURLToPath(moduleUrl)) return
  const name = process.argv[2] ?? ""
  const property = properties[name]
  if (property === undefined) {
    process.stderr.write(`unknown property ${JSON.stringify(name)}; known: ${Object.keys(properties).join(", ")}\n`)
    process.exit(2)
  }
  try {
    await property()
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  }
}

/**
 * Runs one property of a properties module in a child process and throws with its report when it
 * fails, or when it has not finished within `timeoutMs` (a stuck regex is a failure, not a hang).
 */
export const runPropertyInChild = (moduleUrl: string, name: string, timeoutMs: number): void => {
  const child = spawnSync(
    process.execPath,
    ["--conditions=@india-italy/source", "--import", "tsx", fileURLToPath(moduleUrl), name],
    { encoding: "utf8", timeout: timeoutMs, killSignal: "SIGKILL", maxBuffer: 16 * 1024 * 1024 }
  )
  if (child.error !== undefined || child.signal !== null) {
    throw new Error(`property ${name} did not finish within ${timeoutMs} ms (super-linear or stuck?)`)
  }
  if (child.status !== 0) throw new Error(`property ${name} failed:\n${clipped(child.stderr)}`)
}

/**
 * A report's head and tail: a counterexample of 40,000 newlines would otherwise fill the whole
 * report and hide the line after it that says what went wrong ("took 4811 ms on …").
 */
const clipped = (report: string): string =>
  report.length <= 8000
    ? report
    : `${report.slice(0, 3000)}\n… (${report.length - 6000} characters) …\n${report.slice(-3000)}`
