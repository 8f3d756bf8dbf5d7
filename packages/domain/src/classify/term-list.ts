/**
 * Knowledge kept as reviewable data: term lists, one phrase a line with a comment beside any entry
 * that is not obvious, compiled to pattern source once at module load. Terms are pattern source
 * themselves ("warships?", "defen[cs]e", "torpedo\\w*"), so they are joined as written, not escaped,
 * and in order: at one position an earlier alternative wins.
 */

/** The terms as alternatives: ["a", "b"] gives "a|b". */
export const anyOf = (terms: ReadonlyArray<string>): string => terms.join("|")

/** The terms as one non-capturing group: ["a", "b"] gives "(?:a|b)". */
export const oneOf = (terms: ReadonlyArray<string>): string => `(?:${anyOf(terms)})`

/** One of the terms as a whole word or phrase: ["a", "b"] gives "\\b(?:a|b)\\b". */
export const wordOf = (terms: ReadonlyArray<string>): string => `\\b${oneOf(terms)}\\b`
