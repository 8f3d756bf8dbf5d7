/**
 * A regular expression behind plain searches. An expression matched regardless of case is tried at
 * every character of the text; most reports hold none of the words it looks for, and a search for a
 * word in the lowercased text settles that several times faster. Each gate lists groups of words: a
 * match of the expression must contain (in any case) one word of every group, so a text that lacks
 * them all is answered without running the expression, and any other text gets the expression's own
 * answer. The lists are checked against their expressions in word-gate.test.ts.
 */
export interface WordGate {
  readonly pattern: RegExp
  /** Lowercase words; a match contains one word of each group. */
  readonly allOf: ReadonlyArray<ReadonlyArray<string>>
}

/**
 * Whether `lowered` (the text lowercased with toLowerCase) holds one word of every group. Lowercasing
 * cannot split an ASCII word, and a case-insensitive expression matches ASCII letters only to ASCII
 * letters, so a text the expression matches always passes.
 */
export const holdsGateWords = (gate: WordGate, lowered: string): boolean => {
  for (const group of gate.allOf) {
    let found = false
    for (const word of group)
      if (lowered.includes(word)) {
        found = true
        break
      }
    if (!found) return false
  }
  return true
}

/** `gate.pattern.test(text)`, skipped when the text lacks the gate's words. `lowered` is `text.toLowerCase()`. */
export const gatedTest = (gate: WordGate, text: string, lowered: string): boolean =>
  holdsGateWords(gate, lowered) && gate.pattern.test(text)
