/**
 * Many named patterns compiled into ONE regular expression (one capture group per entry), so a
 * text is scanned once per lexicon rather than once per pattern. Patterns must use only
 * non-capturing groups `(?:…)`.
 */
export interface Lexicon<Id> {
  readonly regex: RegExp
  readonly ids: ReadonlyArray<Id>
  readonly weights: ReadonlyArray<number>
}

export interface LexiconEntry<Id> {
  readonly id: Id
  readonly pattern: string
  readonly weight?: number
}

export const compileLexicon = <Id>(entries: ReadonlyArray<LexiconEntry<Id>>, flags: string): Lexicon<Id> => {
  const regex = new RegExp(entries.map((entry) => `(${entry.pattern})`).join("|"), `${flags}g`)
  return { regex, ids: entries.map((entry) => entry.id), weights: entries.map((entry) => entry.weight ?? 1) }
}

/** Calls `onMatch` for each match, in order, with the index of the entry that matched. */
export const scanLexicon = <Id>(lexicon: Lexicon<Id>, text: string, onMatch: (entry: number, start: number, end: number, match: RegExpExecArray) => void): void => {
  const regex = lexicon.regex
  regex.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = regex.exec(text)) !== null) {
    let entry = 0
    while (entry < lexicon.ids.length && match[entry + 1] === undefined) entry++
    if (match[0].length === 0) {
      regex.lastIndex++
      continue
    }
    onMatch(entry, match.index, match.index + match[0].length, match)
  }
}

/** Escapes a literal for use inside a pattern; spaces match any run of spaces. */
export const literal = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")

/** Literals as one alternation, longest first so "New Delhi" wins over "Delhi". */
export const alternation = (values: ReadonlyArray<string>): string =>
  [...values].sort((a, b) => b.length - a.length).map(literal).join("|")
