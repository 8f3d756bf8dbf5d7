import { franc } from "franc-min"
import { italian } from "../../knowledge/packs/it.ts"
import type { WireItem } from "../../wire-item.ts"

/**
 * The language of a report: the feed's declaration first ("it", "it-IT", "ita"), else a guess from
 * the headline and the opening. Most reports are settled by counting a few function words, which
 * costs a pass over a few hundred characters; only when that is unsure does the franc detector
 * decide (between English and Italian). Text mostly in Devanagari is Hindi; mostly in another
 * non-Latin script, undetermined ("und").
 */

/** How much of the text is read to decide. */
const SAMPLE_CHARS = 400
/** Function words needed, and the margin over the other language, to decide without the detector. */
const DECISIVE_COUNT = 2

/** A word of up to five letters as one number (8 bits a letter): a lookup without building a string. */
const keyOf = (word: string): number => {
  let key = 0
  for (let index = 0; index < word.length; index++) key = key * 256 + (word.charCodeAt(index) & 0xff)
  return key
}
const keysOf = (words: ReadonlyArray<string>): ReadonlySet<number> => new Set(words.map(keyOf))
const englishStopWords = keysOf([
  "the",
  "of",
  "and",
  "to",
  "in",
  "is",
  "for",
  "on",
  "with",
  "was",
  "that",
  "by",
  "has",
  "at"
])
// The pack holds the Italian ones: knowledge per language lives in its pack.
const italianStopWords = keysOf(italian.detectionWords)

/** ISO 639-3 codes franc uses, as ISO 639-1. */
const fromFranc: Record<string, string> = { eng: "en", ita: "it" }

/** "it-IT" → "it"; "ITA" → "it"; "" → undefined. */
export const normaliseLanguage = (declared: string | undefined): string | undefined => {
  if (declared === undefined) return undefined
  const primary = declared.trim().toLowerCase().split(/[-_]/)[0] ?? ""
  if (!/^[a-z]{2,3}$/.test(primary)) return undefined
  return fromFranc[primary] ?? primary
}

const isLetter = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 0xe0 && code <= 0xfc)
const lowered = (code: number): number =>
  (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xdc) ? code + 32 : code

interface Counts {
  english: number
  italian: number
  latin: number
  devanagari: number
  other: number
}

/** Function words at which one language has clearly won: reading stops there, usually in the first sentence. */
const SETTLED = 4

const settled = (counts: Counts): boolean =>
  (counts.english >= SETTLED && counts.italian === 0) || (counts.italian >= SETTLED && counts.english === 0)

/**
 * Counts English and Italian function words, and letters by script, over the first `limit`
 * characters of `text`, adding to `counts`; stops early once one language has clearly won.
 */
const countInto = (text: string, limit: number, counts: Counts): void => {
  const end = Math.min(limit, text.length)
  let length = 0
  let key = 0
  for (let index = 0; index <= end; index++) {
    const code = index < end ? lowered(text.charCodeAt(index)) : 32
    if (isLetter(code)) {
      counts.latin++
      length++
      if (length <= 5) key = key * 256 + code
      continue
    }
    if (code >= 0x900 && code <= 0x97f) counts.devanagari++
    else if (
      code > 0x24f &&
      code !== 0x2019 &&
      code !== 0x2018 &&
      code !== 0x201c &&
      code !== 0x201d &&
      code !== 0x2014 &&
      code !== 0x2013 &&
      code !== 0x20ac &&
      code !== 0xa0
    )
      counts.other++
    if (length > 0 && length <= 5) {
      if (englishStopWords.has(key)) counts.english++
      else if (italianStopWords.has(key)) counts.italian++
      if (settled(counts)) return
    }
    length = 0
    key = 0
  }
}

export const detectLanguage = (title: string, text: string): string => {
  const counts: Counts = { english: 0, italian: 0, latin: 0, devanagari: 0, other: 0 }
  countInto(title, SAMPLE_CHARS, counts)
  if (!settled(counts)) countInto(text, SAMPLE_CHARS, counts)
  if (counts.devanagari > counts.latin) return "hi"
  if (counts.other > counts.latin) return "und"
  if (counts.english >= DECISIVE_COUNT && counts.english >= 2 * counts.italian) return "en"
  if (counts.italian >= DECISIVE_COUNT && counts.italian >= 2 * counts.english) return "it"
  const guess = franc(`${title}\n${text.slice(0, 2 * SAMPLE_CHARS)}`, { only: ["eng", "ita"], minLength: 3 })
  return fromFranc[guess] ?? "en"
}

/** The report's language: declared, else detected. */
export const languageOf = (item: WireItem): string =>
  normaliseLanguage(item.language) ?? detectLanguage(item.title, item.text)
