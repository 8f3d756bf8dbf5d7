/**
 * A plain expression tested on a report's opening (its headline and lead), with the lowercase words one of which
 * every match contains: most openings contain none, and a substring search over the lowercased opening
 * costs far less than running the expression (case-insensitive expressions match ASCII letters only
 * to ASCII letters, so a match's letters are in the lowercased text as they are). Add a word here
 * whenever an alternative of the pattern can match without any of them.
 */
export interface OpeningCue {
  readonly pattern: RegExp
  readonly anyOf: ReadonlyArray<string>
}

/** Whether `cue` matches `opening`; `lowerOpening` is `opening` lowercased, made once for every cue. */
export const inOpening = (cue: OpeningCue, opening: string, lowerOpening: string): boolean => {
  for (const word of cue.anyOf) if (lowerOpening.includes(word)) return cue.pattern.test(opening)
  return false
}
