import type { SectorId } from "../sector.ts"
import type { Mention } from "./entities.ts"
import { compileGated, compileLexicon, scanGatedSpans, scanLexicon, type Words } from "./gated-patterns.ts"
import {
  aidCarriedContext,
  alsoSectors,
  alsoSectorsByEnding,
  civilOnlyTerms,
  coProductionTerm,
  courtroomAfterDefence,
  defenceBeforeManufacturing,
  defenceIndustryTerms,
  listSeparator,
  notLiftedByList,
  OFFICE_NAME_FACTOR,
  officeNameAfter,
  officeNameBefore,
  otherSectorsSecurity,
  participantStartups,
  roomBeforeSpace,
  screenContext,
  sectorPatterns,
  touristTerm,
  victimsBeforeTourists,
  weakTerms
} from "./sector-lexicon.ts"
import { anyOf } from "./term-list.ts"
import type { Document, Field } from "./text.ts"
import { sentenceAt, sentenceText } from "./text.ts"
import { defenceContext } from "./event-patterns.ts"

/** Whether the sentence holding a match at `start` has words of `context` (defence, films). */
const sentenceIsAbout = (context: RegExp, document: Document, field: Field, start: number): boolean => {
  const sentence = sentenceAt(document, field, start)
  return sentence >= 0 && context.test(sentenceText(document, sentence))
}

/**
 * Sectors (multi-label) from the report's own sentences: background paragraphs often list every
 * sector the two countries ever touched, so their terms do not count. Organisations hint at
 * their sector (ISRO at space) with half a term's weight.
 */

const sectorLexicon = compileLexicon(sectorPatterns, "i")

/** A share of the whole: "made up almost half", "accounts for 30 per cent". */
const share = "(?:half|a third|a quarter|two-thirds|\\d+(?:\\.\\d+)? ?(?:%|per ?cent))"
/**
 * A sentence that says what trade or investment consisted of ("imports, led by machinery and
 * pharmaceutical inputs", "engineering goods were the largest items", "most of the money went into
 * automobiles") names goods, not fields the two sides work on together: its terms count for less.
 */
const compositionCue = compileGated(
  anyOf([
    String.raw`\b(?:exports|imports|shipments|trade|fdi|inflows|billion|million|crore|bn|mn)\b[^.;]{0,60}?` +
      String.raw`\b(?:led by|driven by|mainly|mostly|largely|chiefly)\b`,
    String.raw`\b(?:exports|imports|shipments) of\b`,
    String.raw`\b(?:largest|main|top|key|major|principal) (?:export |import )?(?:items|commodities)\b`,
    String.raw`\bled (?:the )?growth\b`,
    String.raw`\bwent into\b`,
    String.raw`\b(?:large|major|big|bigger|larger) share in\b`,
    String.raw`\bmade up (?:(?:almost|nearly|about|around|more than|over|under) )?${share}`,
    String.raw`\baccount(?:s|ed)? for (?:(?:almost|nearly|about|around|more than|over) )?${share}`
  ]),
  "i"
)
const GOODS_FACTOR = 0.3

/**
 * A port call's goodwill programme (yoga on deck, a friendly football match, a wreath at a war
 * memorial) belongs to the call: in a report whose news is an exercise or a port call, culture and
 * tourism terms count for this share.
 */
const GOODWILL_FACTOR = 0.3

/** Weight a sector's cues must reach. */
const THRESHOLD = 1
const ORGANISATION_HINT = 0.5

export interface SectorHit {
  readonly sector: SectorId
  readonly field: Field
  readonly start: number
  readonly end: number
  readonly sentence: number
}

export interface SectorFinding {
  readonly sectors: ReadonlyArray<SectorId>
  /** The first hits of each sector given, for evidence. */
  readonly evidence: ReadonlyArray<SectorHit>
  /** Every term matched anywhere (background too): a measure of topical vocabulary. */
  readonly termCount: number
}

// A function of its own over this tally rather than a closure made per report: under tsx, naming a
// closure each time it is made costs an Object.defineProperty call on this hot path.
/** Each sector's weight so far, its first hits, and the order sectors were first seen in. */
interface Tally {
  readonly weights: Map<SectorId, number>
  readonly firstHits: Map<SectorId, Array<SectorHit>>
  readonly order: Array<SectorId>
}

const credit = (tally: Tally, sector: SectorId, weight: number, hit: SectorHit | undefined): void => {
  const weightSoFar = tally.weights.get(sector)
  if (weightSoFar === undefined) tally.order.push(sector)
  tally.weights.set(sector, (weightSoFar ?? 0) + weight)
  if (hit !== undefined) {
    let list = tally.firstHits.get(sector)
    if (list === undefined) tally.firstHits.set(sector, (list = []))
    if (list.length < 2) list.push(hit)
  }
}

/**
 * A term's own weight: start-ups among participants barely count; a weak word named in a list of
 * areas next to another sector's term ("trade, investment and technology") counts fully.
 */
const termWeight = (matched: string, term: string, listed: boolean): number => {
  if (participantStartups.test(matched)) return 0.25
  const weak = weakTerms.get(term)
  if (weak === undefined) return 1
  return listed && !notLiftedByList.has(term) ? 1 : weak
}

/** Whether a match is the sector's word here, not another sense ("fiscal space", "the defence's argument"). */
const isSectorTerm = (document: Document, field: Field, text: string, entry: number, start: number, end: number) => {
  const first = text.charCodeAt(start) | 0x20
  if (first === 0x73 /* s */ && end - start === 5 && roomBeforeSpace.test(text.slice(Math.max(0, start - 24), start)))
    return false
  if (first === 0x64 /* d */ && end - start === 7 && courtroomAfterDefence.test(text.slice(end, end + 16))) return false
  if (
    first === 0x73 /* s */ &&
    end - start === 8 &&
    otherSectorsSecurity.test(text.slice(Math.max(0, start - 32), start))
  )
    return false
  // "defence manufacturing", "Defence Industrial Cooperation": the defence sector's own industry.
  if (
    sectorLexicon.ids[entry] === "automotive_manufacturing" &&
    defenceBeforeManufacturing.test(text.slice(Math.max(0, start - 8), start))
  )
    return false
  if (sectorLexicon.ids[entry] === "defence" && sentenceIsAbout(aidCarriedContext, document, field, start)) return false
  const matched = text.slice(start, end)
  // Artificial intelligence is written "AI"; a lower-case "ai" is the Italian "to the" left in a quoted post.
  if (matched === "ai") return false
  if (touristTerm.test(matched) && victimsBeforeTourists.test(text.slice(Math.max(0, start - 48), start))) return false
  if (coProductionTerm.test(matched) && sentenceIsAbout(screenContext, document, field, start)) return false
  return !(
    (defenceIndustryTerms.has(matched.toLowerCase()) ||
      (sectorLexicon.ids[entry] === "investment" && civilOnlyTerms.test(matched))) &&
    sentenceIsAbout(defenceContext, document, field, start)
  )
}

export const scoreSectors = (
  document: Document,
  words: { readonly title: Words; readonly text: Words },
  background: ReadonlyArray<boolean>,
  mentions: ReadonlyArray<Mention>,
  mentionSentence: ReadonlyArray<number>,
  report: {
    /** The report gives a trade or investment figure: only then can a sentence list what the figure was made of. */
    readonly reportsFigures: boolean
    /** Investment figures (amounts) and where they stand: each is a term of the investment sector. */
    readonly figures: ReadonlyArray<SectorHit>
    /** The report's news is an exercise or a port call. */
    readonly militaryExercise: boolean
  }
): SectorFinding => {
  const tally: Tally = { weights: new Map(), firstHits: new Map(), order: [] }
  let termCount = 0
  let composition: Set<number> | undefined
  if (report.reportsFigures) {
    scanGatedSpans(compositionCue, document.text, words.text, (start) => {
      const sentence = sentenceAt(document, "text", start)
      if (sentence >= 0) (composition ??= new Set()).add(sentence)
    })
  }
  for (const field of ["title", "text"] as const) {
    const text = field === "title" ? document.title : document.text
    // The terms kept, in text order (entry, start, end in threes): a term's list neighbours are read from here.
    const found: Array<number> = []
    scanLexicon(sectorLexicon, text, words[field], (entry, start, end) => {
      if (!isSectorTerm(document, field, text, entry, start, end)) return
      termCount++
      found.push(entry, start, end)
    })
    for (let index = 0; index < found.length; index += 3) {
      const entry = found[index]!
      const start = found[index + 1]!
      const end = found[index + 2]!
      const sentence = sentenceAt(document, field, start)
      if (sentence < 0 || background[sentence]) continue
      const sector = sectorLexicon.ids[entry]!
      const matched = text.slice(start, end)
      const term = matched.toLowerCase()
      const goods =
        composition !== undefined && composition.has(sentence) && sector !== "trade" && sector !== "investment"
      const goodwill = report.militaryExercise && sector === "culture_tourism"
      const office =
        officeNameBefore.test(text.slice(Math.max(0, start - 64), start)) ||
        officeNameAfter.test(text.slice(end, end + 16))
          ? OFFICE_NAME_FACTOR
          : 1
      const factor = (goods ? GOODS_FACTOR : goodwill ? GOODWILL_FACTOR : 1) * office
      const listed =
        (index > 0 && listSeparator.test(text.slice(found[index - 1]!, start))) ||
        (index + 3 < found.length && listSeparator.test(text.slice(end, found[index + 4]!)))
      credit(tally, sector, termWeight(matched, term, listed) * factor, { sector, field, start, end, sentence })
      for (const [other, weight] of alsoSectors.get(term) ?? [])
        credit(tally, other, weight, { sector: other, field, start, end, sentence })
      for (const [ending, other, weight] of alsoSectorsByEnding)
        if (other !== sector && ending.test(term))
          credit(tally, other, weight, { sector: other, field, start, end, sentence })
    }
  }
  for (const figure of report.figures) if (!background[figure.sentence]) credit(tally, figure.sector, 1, figure)
  // Hints never add up to a sector on their own: "chief executives of Leonardo, Fincantieri,
  // Pirelli and Ferrero" is a business roundtable, not a defence development.
  // Sectors already hinted at: each organisation's sectors are checked against this short list.
  const hinted: Array<SectorId> = []
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index]!
    if (mention.kind !== "actor" || mention.entry.sectors === undefined) continue
    const sentence = mentionSentence[index]!
    if (sentence < 0 || background[sentence]) continue
    for (const sector of mention.entry.sectors) {
      if (hinted.includes(sector)) continue
      hinted.push(sector)
      credit(tally, sector, ORGANISATION_HINT, {
        sector,
        field: mention.field,
        start: mention.start,
        end: mention.end,
        sentence
      })
    }
  }
  const sectors = tally.order.filter((sector) => (tally.weights.get(sector) ?? 0) >= THRESHOLD)
  // A plain loop: flatMap is markedly slower on this hot path.
  const evidence: Array<SectorHit> = []
  for (const sector of sectors) for (const hit of tally.firstHits.get(sector) ?? []) evidence.push(hit)
  return { sectors, evidence, termCount }
}
