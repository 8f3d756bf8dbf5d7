import type { Actor, Place } from "../actor.ts"
import type { Amount, ClassifiedItem, DatePrecision, Evidence } from "../event.ts"
import type { SectorId } from "../sector.ts"
import { collectActors, collectPlaces } from "./actors.ts"
import { type DateMention, pastOccasionAt } from "./dates.ts"
import type { CueHit, EventTypeFinding, ScoredType } from "./event-type-scoring.ts"
import { isBilateral, type RelevanceVerdict } from "./relevance.ts"
import { type Mutable, type Reading, sentenceEvidence, span, withSource } from "./reading.ts"
import type { SectorFinding } from "./sectors.ts"
import {
  datesAnOccasionAhead,
  decideStatus,
  occasionAheadOpenerEnd,
  endsASpan,
  isOlderThan,
  laterTodayCue,
  recallsHowItCame,
  type StatusFinding
} from "./status.ts"
import { fieldText, sentenceAt } from "./text.ts"

/**
 * A relevant report described: its types, when it happened and whether it has, its sectors, actors,
 * places and amounts, each with the span of text that produced it, and a confidence.
 */
export const describeDevelopment = (
  reading: Reading,
  verdict: RelevanceVerdict,
  eventTypes: EventTypeFinding,
  sectorFinding: SectorFinding
): ClassifiedItem => {
  const { item, document } = reading
  const evidence: Array<Evidence> = [sentenceEvidence(document, "relevance", verdict.evidenceSentence)]
  typeEvidence(reading, eventTypes, evidence)
  const timing = dateAndStatus(reading, eventTypes, evidence)
  for (const hit of sectorFinding.evidence)
    evidence.push(span(document, `sector:${hit.sector}`, hit.field, hit.start, hit.end))
  const officeDate = timing.occurredPrecision === "day" ? timing.occurredOn : (reading.anchor ?? reading.reference)
  const { actors, places } = actorsAndPlaces(reading, officeDate, evidence)
  const amounts = ownAmounts(reading, evidence)
  const sectors: Array<SectorId> = [...sectorFinding.sectors]
  const primary = eventTypes.primary
  const result: Mutable<ClassifiedItem> = {
    id: item.id,
    title: item.title,
    relevant: true,
    eventType: primary,
    eventTypes: eventTypes.types,
    sectors,
    actors,
    places,
    amounts,
    status: timing.status.status,
    confidence: confidenceOf(verdict.score, eventTypes.scores, primary, timing.dated),
    evidence
  }
  if (timing.occurredOn !== undefined) {
    result.occurredOn = timing.occurredOn
    result.occurredPrecision = timing.occurredPrecision
  }
  return withSource(item, result)
}

/** Event-type evidence: the strongest hits (up to two) of each type given. */
const typeEvidence = (reading: Reading, eventTypes: EventTypeFinding, evidence: Array<Evidence>): void => {
  for (const type of eventTypes.types) {
    let given = 0
    for (const hit of eventTypes.hits) {
      if (hit.type !== type || given >= 2) continue
      evidence.push(span(reading.document, `eventType:${type}`, hit.field, hit.start, hit.end))
      given++
    }
  }
}

interface Timing {
  readonly status: StatusFinding
  readonly occurredOn: string | undefined
  readonly occurredPrecision: DatePrecision | undefined
  /** Whether a date of the report dated the development (for the confidence). */
  readonly dated: boolean
}

/**
 * When it happened (the date in the sentence that best carries the primary development) and its
 * status (from the sentence of the strongest primary cue). Adds their evidence.
 */
const dateAndStatus = (reading: Reading, eventTypes: EventTypeFinding, evidence: Array<Evidence>): Timing => {
  const { document, anchor, reference } = reading
  const primaryHit = eventTypes.hits.find((hit) => hit.type === eventTypes.primary)
  const occurred = dateOfDeed(reading, eventTypes, primaryHit)
  const primarySentence = primaryHit === undefined ? undefined : document.sentences[primaryHit.sentence]
  const status = statusOfPrimary(reading, primaryHit, occurred?.date)
  if (status.cue !== undefined && primarySentence !== undefined)
    evidence.push(span(document, "status", primarySentence.field, status.cue.start, status.cue.end))
  // Something still to come happens after the report: "left today to take part in the exercise,
  // which runs from 24 June" is dated by the 24th, not by today.
  const dated =
    occurred !== undefined && status.status === "announced" && reference !== undefined && occurred.date <= reference
      ? (chooseDate(reading, eventTypes, reference) ?? occurred)
      : occurred
  let occurredOn = dated?.date
  let occurredPrecision = dated?.precision
  if (dated !== undefined && status.status === "announced" && dated.ofStatement) {
    // "…will exercise next week, the Navy said on Tuesday": Tuesday is when it was said, not when it will happen.
    occurredOn = undefined
    occurredPrecision = undefined
  } else if (dated !== undefined) evidence.push(span(document, "occurredOn", dated.field, dated.start, dated.end))
  if (occurredOn === undefined && anchor !== undefined && status.status === "happened") {
    // Wire reports of the day often give no date at all: what happened is news of the day it was filed.
    occurredOn = anchor
    occurredPrecision = "day"
  }
  return { status, occurredOn, occurredPrecision, dated: occurred !== undefined }
}

/**
 * The development's date, unless that is a later milestone told beside a deed done: "have signed a Shareholders
 * Agreement … the joint venture will roll out its first aircraft in 2011" is dated by the report, not by 2011. A
 * date after the report's own in a sentence without the primary development is set aside when the primary's own
 * sentence tells it as done (a past or perfect verb, no cue of something to come); the best date up to the report's
 * own dates it instead, or else the report's day.
 */
const dateOfDeed = (
  reading: Reading,
  eventTypes: EventTypeFinding,
  primaryHit: CueHit | undefined
): DateMention | undefined => {
  const { reference, dates, dateSentence } = reading
  const occurred = chooseDate(reading, eventTypes)
  if (occurred === undefined || reference === undefined || occurred.date <= reference || primaryHit === undefined)
    return occurred
  const carriesPrimary = (mention: DateMention): boolean =>
    eventTypes.typesBySentence[dateSentence[dates.indexOf(mention)]!]?.has(eventTypes.primary) === true
  if (carriesPrimary(occurred) || !toldAsDone(reading, primaryHit)) return occurred
  return chooseDate(reading, eventTypes, undefined, reference)
}

/** A past or perfect verb before the cue: "have signed", "was awarded", "opened". */
const pastVerb = /\b(?:has|have|had|was|were)\b|\b[a-z]{3,}ed\b/i
const toldAsDone = (reading: Reading, primaryHit: CueHit): boolean => {
  const sentence = reading.document.sentences[primaryHit.sentence]
  if (sentence === undefined) return false
  const window = fieldText(reading.document, sentence.field).slice(sentence.start, primaryHit.end)
  // Not a headline's present tense alone: "Tata, AgustaWestland sign JV pact" is done, "ITA adds Delhi route" (first
  // flight on 29 October) is not yet.
  return pastVerb.test(window) && statusOfPrimary(reading, primaryHit, undefined).status === "happened"
}

/** Status from the sentence of the strongest primary cue, read up to the cue ("will visit", "to sign"). */
const statusOfPrimary = (
  reading: Reading,
  primaryHit: CueHit | undefined,
  occurredOn: string | undefined
): StatusFinding => {
  const { document, sides, background, reference } = reading
  const foregroundBilateral = sides.some((sentenceSides, index) => isBilateral(sentenceSides) && !background[index])
  const sentence = primaryHit === undefined ? undefined : document.sentences[primaryHit.sentence]
  if (primaryHit === undefined || sentence === undefined)
    return decideStatus("", 0, !foregroundBilateral, occurredOn, reference)
  const text = fieldText(document, sentence.field)
  const upToCue = text.slice(sentence.start, primaryHit.end)
  const windowStart = sentence.start + Math.max(pastOccasionAt(upToCue), occasionAheadOpenerEnd(upToCue))
  const window = text.slice(windowStart, primaryHit.end)
  const finding = decideStatus(
    window,
    windowStart,
    !foregroundBilateral,
    occurredOn,
    reference,
    sentence.field === "title"
  )
  if (finding.status !== "happened") return finding
  const laterToday = laterTodayCue.exec(text.slice(sentence.start, sentence.end))
  if (laterToday === null) return finding
  const start = sentence.start + laterToday.index
  return { status: "announced", cue: { start, end: start + laterToday[0].length } }
}

/** Actors and places of the report's own sentences (all of them when everything is background). Adds their evidence. */
const actorsAndPlaces = (
  reading: Reading,
  officeDate: string | undefined,
  evidence: Array<Evidence>
): { readonly actors: Array<Actor>; readonly places: Array<Place> } => {
  const { document, mentions, mentionSentence, background } = reading
  const foreground = mentions.filter((_, index) => mentionSentence[index]! >= 0 && !background[mentionSentence[index]!])
  const actors: Array<Actor> = []
  const actorSource = foreground.some((mention) => mention.kind === "actor") ? foreground : mentions
  for (const found of collectActors(actorSource, officeDate)) {
    actors.push(found.value)
    const { field, start, end } = found.mention
    evidence.push(span(document, `actor:${found.value.name}`, field, start, end))
  }
  const places: Array<Place> = []
  for (const found of collectPlaces(foreground.some((mention) => mention.kind === "place") ? foreground : mentions)) {
    places.push(found.value)
    const { field, start, end } = found.mention
    evidence.push(span(document, `place:${found.value.name}`, field, start, end))
  }
  return { actors, places }
}

/** Amounts of the report's own sentences, each once (the headline and the text often give the same figure). */
const ownAmounts = (reading: Reading, evidence: Array<Evidence>): Array<Amount> => {
  const { document, background } = reading
  const amounts: Array<Amount> = []
  for (const mention of reading.amounts) {
    const sentence = sentenceAt(document, mention.field, mention.start)
    if (sentence >= 0 && background[sentence]) continue
    const { value, currency, measure } = mention.amount
    if (amounts.some((known) => known.value === value && known.currency === currency && known.measure === measure))
      continue
    amounts.push(mention.amount)
    evidence.push(span(document, "amount", mention.field, mention.start, mention.end))
  }
  return amounts
}

/**
 * The date of the development: among the dates of the report's own sentences, the one in the
 * sentence that carries the primary type, preferring the lead, precise days, and dates that are
 * not merely when someone spoke ("said on Sunday"). With `after`, only dates after that day (for
 * something still to come).
 */
function chooseDate(
  reading: Reading,
  eventTypes: EventTypeFinding,
  after?: string,
  notAfter?: string
): DateMention | undefined {
  const { dates, dateSentence, background, anchor } = reading
  let best: DateMention | undefined
  let bestScore = -Infinity
  dates.forEach((mention, index) => {
    const sentence = dateSentence[index]!
    if (sentence < 0 || mention.dateline || background[sentence]) return
    if ((after !== undefined && mention.date <= after) || (notAfter !== undefined && mention.date > notAfter)) return
    if (endsASpan(reading.document, mention) || datesAnOccasionAhead(reading.document, mention, reading.reference))
      return
    // "Barista, which it bought in 2007": the year of how a party came to be there, not of the news.
    if (anchor !== undefined && isOlderThan(mention, anchor) && recallsHowItCame(reading.document, mention)) return
    const score = dateScore(reading, eventTypes, mention, sentence)
    if (score > bestScore) {
      bestScore = score
      best = mention
    }
  })
  if (best !== undefined && best.precision === "month") {
    // "next month … from 14 April": a day within the chosen month says the same, more exactly.
    const day = dayWithinMonth(reading, best.date.slice(0, 7))
    if (day !== undefined) return day
  }
  if (best !== undefined || after !== undefined) return best
  // Only the dateline dates the report.
  return dates.find((mention) => mention.dateline)
}

/** How well a date of a foreground sentence dates the primary development. */
const dateScore = (reading: Reading, eventTypes: EventTypeFinding, mention: DateMention, sentence: number): number => {
  const { document, anchor } = reading
  const { primary } = eventTypes
  const types = eventTypes.typesBySentence[sentence]
  let score = 0
  if (types?.has(primary)) score += 3
  else if (types !== undefined && [...types].some((type) => type !== "statement_remark")) score += 1
  const { paragraph, field } = document.sentences[sentence]!
  if (paragraph === document.leadParagraph || field === "title") score += 2
  if (mention.ofStatement && primary !== "statement_remark") score -= 3
  if (mention.precision === "day") score += 1
  else if (mention.precision === "year") score -= 1
  if (mention.future) score -= 0.5
  // A date well before the report's own in a sentence about the news is a reference period ("the year that
  // ended on March 31").
  if (anchor !== undefined && isOlderThan(mention, anchor)) score -= 2
  return score
}

/** The first precise day of the report's own sentences within `month` (YYYY-MM), not a dateline's nor a statement's. */
const dayWithinMonth = (reading: Reading, month: string): DateMention | undefined => {
  const { dates, dateSentence, background } = reading
  return dates.find(
    (mention, index) =>
      mention.precision === "day" &&
      !mention.dateline &&
      !mention.ofStatement &&
      mention.date.slice(0, 7) === month &&
      dateSentence[index]! >= 0 &&
      !background[dateSentence[index]!]
  )
}

/** The second value when sorted from largest down (a tie with the largest counts); undefined for fewer than two. */
function secondLargest(values: Iterable<number>): number | undefined {
  let largest = -Infinity
  let second = -Infinity
  let count = 0
  for (const value of values) {
    count++
    if (value > largest) {
      second = largest
      largest = value
    } else if (value > second) second = value
  }
  return count < 2 ? undefined : second
}

function confidenceOf(
  relevanceScore: number,
  scores: ReadonlyMap<ScoredType, number>,
  primary: ScoredType,
  dated: boolean
): number {
  const top = scores.get(primary) ?? 0
  const runnerUp = secondLargest(scores.values()) ?? 0
  const margin = top <= 0 ? 0 : (top - runnerUp) / top
  const value = 0.45 + 0.1 * Math.min(relevanceScore, 3) + 0.15 * margin + (dated ? 0.05 : 0) + (top >= 3 ? 0.05 : 0)
  return Math.round(Math.min(0.97, Math.max(0.05, value)) * 100) / 100
}
