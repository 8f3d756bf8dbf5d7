import type { SideCode } from "../../profile/wording.ts"
/**
 * A language pack: what the classifier needs to read reports in one language, as data. The
 * classifier's rules are written once, in English; a pack glosses the words of its language that
 * those rules look for (country names and demonyms, offices, status verbs, event and sector
 * vocabulary, dates, amounts) into the English the rules read, and the classifier maps every span
 * it finds back to the report's own words. So a third language is a new pack, not new rules.
 *
 * An English pack takes the same form with no glosses (its words are already the rules' words):
 * only its `code`, `francCode`, `detectionWords` (for deciding the language) and `stopWords` are needed.
 */

/** What a match becomes: fixed English, or English built from the matched text ("20 miliardi di euro"). */
export type Gloss = string | ((matched: string) => string)

export interface PackEntry {
  /**
   * A regular-expression source, matched case-insensitively with the `u` flag between word
   * boundaries that know accented letters. Only non-capturing groups `(?:…)`; no nested quantifiers
   * over overlapping classes (every pattern runs over feed text).
   */
  readonly pattern: string
  readonly gloss: Gloss
}

/**
 * The sections in the order they are tried at a position: the first entry that matches wins, so
 * amounts and dates (which contain numbers and month names) come before single words, and within a
 * section longer phrases come before their parts.
 */
export const packSections = [
  "amounts",
  "dates",
  "offices",
  "institutions",
  "status",
  "events",
  "sectors",
  "places",
  "countries",
  "context",
  "grammar"
] as const
export type PackSection = (typeof packSections)[number]

export interface LanguagePack {
  /** ISO 639-1 code, as feeds declare it ("it"; "it-IT" is read as "it"). */
  readonly code: string
  /** ISO 639-3 code, as the franc detector names the language ("ita"). */
  readonly francCode: string
  readonly name: string
  /** Short function words (at most five letters) counted to decide a report's language cheaply. Lowercase. */
  readonly detectionWords: ReadonlyArray<string>
  /** Function words, never content when reports are compared across languages: the detection words and more. */
  readonly stopWords: ReadonlyArray<string>
  /**
   * The side whose press writes in this language, when it is one of the pair: that press names the other side in
   * its headline and lead ("L'India cancella la commessa") and leaves its own implicit, as the reader's country.
   */
  readonly impliedSide?: SideCode
  readonly entries: { readonly [S in PackSection]: ReadonlyArray<PackEntry> }
}

/** Shorthand for an entry. */
export const term = (pattern: string, gloss: Gloss): PackEntry => ({ pattern, gloss })
