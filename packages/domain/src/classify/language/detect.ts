import { franc } from "franc-min"
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

const englishStopWords = new Set(["the", "of", "and", "to", "in", "is", "for", "on", "with", "was", "that", "by", "has", "at"])
const italianStopWords = new Set([
  "il", "lo", "la", "gli", "di", "del", "della", "dei", "delle", "che", "è", "per", "con", "una", "nel", "nella",
  "sono", "alla", "al", "dal", "ha", "hanno", "tra", "degli", "anche", "più"
])

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
const lowered = (code: number): number => (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xdc) ? code + 32 : code

/** Counts English and Italian function words, and letters by script, in one pass. */
const countSample = (sample: string): { english: number; italian: number; latin: number; devanagari: number; other: number } => {
  let english = 0
  let italian = 0
  let latin = 0
  let devanagari = 0
  let other = 0
  let wordStart = -1
  let word = ""
  for (let index = 0; index <= sample.length; index++) {
    const code = index < sample.length ? lowered(sample.charCodeAt(index)) : 32
    if (isLetter(code)) {
      latin++
      if (wordStart < 0) wordStart = index
      continue
    }
    if (code >= 0x900 && code <= 0x97f) devanagari++
    else if (code > 0x24f && code !== 0x2019 && code !== 0x2018 && code !== 0x201c && code !== 0x201d && code !== 0x2014 &&
      code !== 0x2013 && code !== 0x20ac && code !== 0xa0) other++
    if (wordStart >= 0 && index - wordStart <= 5) {
      word = sample.slice(wordStart, index).toLowerCase()
      if (englishStopWords.has(word)) english++
      else if (italianStopWords.has(word)) italian++
    }
    wordStart = -1
  }
  return { english, italian, latin, devanagari, other }
}

export const detectLanguage = (title: string, text: string): string => {
  const sample = text.length > SAMPLE_CHARS ? `${title}\n${text.slice(0, SAMPLE_CHARS)}` : `${title}\n${text}`
  const counts = countSample(sample)
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
