import { packSections, type Gloss, type LanguagePack } from "../../knowledge/packs/pack.ts"

/**
 * Reading a report through a language pack: every pack entry found in the text is replaced by its
 * English gloss, and the replaced segments are remembered so that any span found in the glossed
 * text (evidence for a tag) maps back to the report's own words.
 */

export interface Glossed {
  readonly text: string
  /** The replaced segments, flattened: glossStart, glossEnd, originalStart, originalEnd; in order. */
  readonly segments: ReadonlyArray<number>
}

export interface CompiledPack {
  readonly pack: LanguagePack
  /**
   * The entries in order, a few expressions of consecutive entries, each entry its own capturing
   * group between Unicode-aware word edges. One expression past about 20,000 characters of source
   * runs over ten times slower in V8 (it is no longer compiled to native code), so a pack is cut
   * into chunks; at each position the earliest chunk that matches wins, as in one alternation.
   */
  readonly patterns: ReadonlyArray<RegExp>
  /** The index of each chunk's first entry in `glosses`. */
  readonly firstEntries: ReadonlyArray<number>
  readonly glosses: ReadonlyArray<Gloss>
}

/** Source characters per chunk: well below the size at which V8 stops compiling an expression. */
const CHUNK_CHARS = 8_000

// A word edge that knows accented letters ("lunedì", "città"): \b does not, even with the u flag.
const BEFORE = "(?<![\\p{L}\\p{N}])"
// An elided article ends a match at its apostrophe, right before the next word ("dell’accordo").
const AFTER = "(?:(?<=['’])|(?![\\p{L}\\p{N}]))"

/** Compiles a pack at load; throws naming the entry when a pattern is not a valid expression or captures. */
export const compilePack = (pack: LanguagePack): CompiledPack => {
  const entries = packSections.flatMap((section) => pack.entries[section])
  for (const entry of entries) {
    let groups: number
    try {
      groups = new RegExp(`${entry.pattern}|`, "iu").exec("")!.length - 1
    } catch (error) {
      throw new Error(`language pack ${pack.code}: invalid pattern ${entry.pattern.slice(0, 80)}: ${String(error)}`)
    }
    if (groups > 0) throw new Error(`language pack ${pack.code}: use (?:…) groups only: ${entry.pattern.slice(0, 80)}`)
  }
  const patterns: Array<RegExp> = []
  const firstEntries: Array<number> = []
  let first = 0
  while (first < entries.length) {
    let end = first
    let size = 0
    while (end < entries.length && (end === first || size + entries[end]!.pattern.length < CHUNK_CHARS)) {
      size += entries[end]!.pattern.length + 3
      end++
    }
    const alternatives = entries
      .slice(first, end)
      .map((entry) => `(${entry.pattern})`)
      .join("|")
    patterns.push(new RegExp(`${BEFORE}(?:${alternatives})${AFTER}`, "giu"))
    firstEntries.push(first)
    first = end
  }
  return { pack, patterns, firstEntries, glosses: entries.map((entry) => entry.gloss) }
}

// Guillemets are quotation marks the English rules know as curly quotes; same length, so no segment.
const guillemets = /[«»]/g
const asCurlyQuote = (mark: string): string => (mark === "«" ? "“" : "”")

/**
 * The English rules read words between ASCII word boundaries, so an unglossed word that ends in an accented vowel
 * splits there: "a metà" would read as "met" (a meeting), "città" as "citt". Words left in the report's language
 * are copied with their accented vowels as plain ones, letter for letter, so offsets are unchanged.
 */
const accentedVowels = /[àáâèéêìíîòóôùúûÀÁÂÈÉÊÌÍÎÒÓÔÙÚÛ]/g
const plainVowels: Record<string, string> = Object.fromEntries(
  [..."àáâèéêìíîòóôùúûÀÁÂÈÉÊÌÍÎÒÓÔÙÚÛ"].map((letter) => [letter, letter.normalize("NFD").charAt(0)])
)
export const withPlainVowels = (text: string): string => text.replace(accentedVowels, (letter) => plainVowels[letter]!)

/**
 * The gloss in the case of the words it replaces: "Ieri" → "Yesterday", "ITALIA" → "ITALY". A match
 * with digits (a dateline's "02 DIC") keeps the gloss's own case: the date rules read "02 December".
 */
const inCaseOf = (original: string, gloss: string): string => {
  // Two letters at least: an elided capital ("L'accordo") is not a word in capitals.
  if (
    original.replace(/[^\p{L}]/gu, "").length > 1 &&
    original === original.toUpperCase() &&
    original !== original.toLowerCase() &&
    !/\d/.test(original)
  ) {
    return gloss.toUpperCase()
  }
  const first = original.charAt(0)
  if (first !== first.toLowerCase() && gloss.charAt(0) === gloss.charAt(0).toLowerCase()) {
    return gloss.charAt(0).toUpperCase() + gloss.slice(1)
  }
  return gloss
}

export const glossText = (compiled: CompiledPack, text: string): Glossed => {
  const source = text.replace(guillemets, asCurlyQuote)
  const { patterns, firstEntries, glosses } = compiled
  const parts: Array<string> = []
  const segments: Array<number> = []
  let copied = 0
  let length = 0
  // Each chunk's next match at or after `copied`; a chunk is searched again only once its match is passed.
  const next: Array<RegExpExecArray | null | undefined> = patterns.map(() => undefined)
  for (;;) {
    let chunk = -1
    for (let index = 0; index < patterns.length; index++) {
      let found = next[index]
      if (found === undefined || (found !== null && found.index < copied)) {
        found = nextNonEmpty(patterns[index]!, source, copied)
        next[index] = found
      }
      if (found !== null && (chunk < 0 || found.index < next[chunk]!.index)) chunk = index
    }
    if (chunk < 0) break
    const match = next[chunk]!
    const matched = match[0]
    let entry = 1
    while (entry < match.length && match[entry] === undefined) entry++
    const gloss = glosses[firstEntries[chunk]! + entry - 1]!
    const english = inCaseOf(matched, typeof gloss === "string" ? gloss : gloss(matched))
    const before = withPlainVowels(source.slice(copied, match.index))
    parts.push(before, english)
    length += before.length
    segments.push(length, length + english.length, match.index, match.index + matched.length)
    length += english.length
    copied = match.index + matched.length
  }
  parts.push(withPlainVowels(source.slice(copied)))
  return { text: parts.join(""), segments }
}

/** The first match of `pattern` at or after `from` that is not empty. */
const nextNonEmpty = (pattern: RegExp, source: string, from: number): RegExpExecArray | null => {
  pattern.lastIndex = from
  for (let match = pattern.exec(source); match !== null; match = pattern.exec(source)) {
    if (match[0].length > 0) return match
    pattern.lastIndex = match.index + 1
  }
  return null
}

/**
 * Where a position of the glossed text stands in the original. A span's start inside a replaced
 * segment goes to the segment's start, its end to the segment's end, so evidence covers whole words.
 */
export const originalOffset = (glossed: Glossed, position: number, isEnd: boolean): number => {
  const segments = glossed.segments
  let shift = 0
  for (let index = 0; index < segments.length; index += 4) {
    const glossStart = segments[index]!
    const glossEnd = segments[index + 1]!
    if (isEnd ? position <= glossStart : position < glossStart) break
    if (isEnd ? position <= glossEnd : position < glossEnd) return isEnd ? segments[index + 3]! : segments[index + 2]!
    shift = segments[index + 3]! - glossEnd
  }
  return position + shift
}
