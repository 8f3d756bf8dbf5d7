import type { ClassifiedItem } from "./event.ts"
import { familyOf } from "./event-type.ts"
import { pairProfile } from "./profile/active-profile.ts"
import { aPairLabel } from "./profile/wording.ts"
import { inRulesLanguage, packStopWords } from "./classify/language/rules-language.ts"

/**
 * Whether two classified reports describe the same development. Outlets word the same event
 * differently and classify it slightly differently (one calls the Rome summit a leaders'
 * meeting, another a joint statement), so no single field decides: we ask two questions —
 * is it the same kind of thing ("what"), and the same people, place and time ("who/when") —
 * and require both. A few facts veto outright: a different family of event that neither report
 * lists, or dates too far apart for their precision.
 */

export type SimilaritySignal = "eventType" | "sectors" | "text" | "amounts" | "date" | "actors" | "places"

export interface SimilarityReason {
  readonly signal: SimilaritySignal
  /** 0–1: how strongly this signal says "same development". */
  readonly score: number
  readonly detail: string
}

export interface Similarity {
  /** 0–1; the smaller of `what` and `whoWhen`, or 0 when vetoed (for ranking candidates). */
  readonly score: number
  readonly what: number
  readonly whoWhen: number
  readonly reasons: ReadonlyArray<SimilarityReason>
  /** Why the pair can never be the same development, when it cannot. */
  readonly veto?: string
}

/**
 * What each half must reach. "What" may be a little lower because outlets disagree most on the
 * primary type and the sector list; "who/when" (date, people, place) is the firmer evidence.
 * Tuned on pairs of real-style reports (cluster.test.ts, cluster-eval.test.ts).
 */
export const sameDevelopmentThreshold = { what: 0.45, whoWhen: 0.5 } as const

const dayMs = 86_400_000

/** Day tolerance for two day-precise dates: outlets report a day late, time zones shift a day. */
export const sameDevelopmentDayTolerance = 2

const stopWords = new Set(
  (
    "the a an and or of in on at to for from by with as is are was were be been has have had its it its this " +
    "that these those said says say will would could should about after before over under into than then also " +
    "more most new two both their his her they them who which while during between among minister prime " +
    "pm government ties relations bilateral countries country sides side week day today year"
  ).split(/\s+/)
)
for (const word of packStopWords) stopWords.add(word)
// The pair's names and capitals: every report about the pair repeats them.
for (const side of pairProfile.sides) for (const word of side.commonWords) stopWords.add(word)

const contentWords = (text: string): Set<string> => {
  const words = new Set<string>()
  for (const raw of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (raw.length > 2 && !stopWords.has(raw)) words.add(raw)
  }
  return words
}

const jaccard = <A>(a: ReadonlySet<A>, b: ReadonlySet<A>): number => {
  if (a.size === 0 && b.size === 0) return 0
  let shared = 0
  for (const value of a) if (b.has(value)) shared++
  return shared / (a.size + b.size - shared)
}

/** Shared share of the smaller set: a report listing one sector agrees fully with a broad report that includes it. */
const overlapCoefficient = <A>(a: ReadonlySet<A>, b: ReadonlySet<A>): number => {
  const smaller = Math.min(a.size, b.size)
  if (smaller === 0) return 0
  let shared = 0
  for (const value of a) if (b.has(value)) shared++
  return shared / smaller
}

const sharedValues = <A>(a: ReadonlySet<A>, b: ReadonlySet<A>): Array<A> => [...a].filter((value) => b.has(value))

/** The words a report is about: its title and every span that produced a tag. */
const descriptiveText = (item: ClassifiedItem): string =>
  // Reports in another language are compared in the rules' words ("firmato l'accordo" → "signed the agreement").
  inRulesLanguage([item.title, ...item.evidence.map((evidence) => evidence.text)].join(" "), item.language)

const whenOf = (
  item: ClassifiedItem
): { readonly time: number; readonly precision: "day" | "month" | "year"; readonly estimated: boolean } | undefined => {
  const text = item.occurredOn ?? item.published
  if (text === undefined) return undefined
  const time = Date.parse(text.slice(0, 10))
  if (Number.isNaN(time)) return undefined
  return {
    time,
    precision: item.occurredOn === undefined ? "day" : (item.occurredPrecision ?? "day"),
    estimated: item.occurredOn === undefined
  }
}

const eventTypeAgreement = (a: ClassifiedItem, b: ClassifiedItem): SimilarityReason | string => {
  if (a.eventType === b.eventType) return { signal: "eventType", score: 1, detail: `both ${a.eventType}` }
  const aListsB = a.eventTypes.includes(b.eventType)
  const bListsA = b.eventTypes.includes(a.eventType)
  if (aListsB && bListsA)
    return { signal: "eventType", score: 0.7, detail: `${a.eventType} and ${b.eventType}, each listed by the other` }
  // The classifier saw the other's type in this report too: a stronger hint than sharing a family.
  if (aListsB || bListsA)
    return { signal: "eventType", score: 0.5, detail: `${a.eventType} vs ${b.eventType}, listed by one of them` }
  if (familyOf(a.eventType) === familyOf(b.eventType)) {
    return {
      signal: "eventType",
      score: 0.4,
      detail: `same family ${familyOf(a.eventType)} (${a.eventType} vs ${b.eventType})`
    }
  }
  const kinds = (item: ClassifiedItem): string => `${item.eventType} (${familyOf(item.eventType)})`
  return `different kinds of event: ${kinds(a)} vs ${kinds(b)}`
}

const dateAgreement = (a: ClassifiedItem, b: ClassifiedItem): SimilarityReason | string => {
  const whenA = whenOf(a)
  const whenB = whenOf(b)
  if (whenA === undefined || whenB === undefined) return { signal: "date", score: 0.4, detail: "no date on one side" }
  const days = Math.round(Math.abs(whenA.time - whenB.time) / dayMs)
  const coarsest =
    whenA.precision === "year" || whenB.precision === "year"
      ? "year"
      : whenA.precision === "month" || whenB.precision === "month"
        ? "month"
        : "day"
  // A publication date stands in for an unknown event date, so allow the reporting lag on top.
  const tolerance = sameDevelopmentDayTolerance + (whenA.estimated || whenB.estimated ? 1 : 0)
  if (coarsest === "day") {
    if (days > tolerance) return `${days} days apart`
    return {
      signal: "date",
      score: days === 0 ? 1 : 1 - (0.4 * days) / tolerance,
      detail: days === 0 ? "same day" : `${days} day(s) apart`
    }
  }
  const dateA = new Date(whenA.time)
  const dateB = new Date(whenB.time)
  if (dateA.getUTCFullYear() !== dateB.getUTCFullYear()) return `different years at ${coarsest} precision`
  if (coarsest === "month" && dateA.getUTCMonth() !== dateB.getUTCMonth()) return "different months"
  return { signal: "date", score: coarsest === "month" ? 0.5 : 0.3, detail: `same ${coarsest}` }
}

/**
 * How likely `a` and `b` report the same development, with the reasons. Pure and allocation-light:
 * the worker runs it against every recent event for each new item.
 */
export const similarity = (a: ClassifiedItem, b: ClassifiedItem): Similarity => {
  if (!a.relevant || !b.relevant) return vetoed(`not ${aPairLabel()} development`)
  const type = eventTypeAgreement(a, b)
  if (typeof type === "string") return vetoed(type)
  const date = dateAgreement(a, b)
  if (typeof date === "string") return vetoed(date, [type])
  const sectors = sectorAgreement(a, b)
  const text = textAgreement(a, b)
  const amounts = amountAgreement(a, b)
  const actors = actorAgreement(a, b)
  const places = placeAgreement(a, b)
  const what = Math.min(
    1,
    0.5 * type.score + 0.3 * sectors.score + 0.2 * text.score + (amounts === undefined ? 0 : 0.15)
  )
  const whoWhen = 0.45 * date.score + 0.35 * actors.score + 0.2 * places.score
  const reasons = [type, sectors, text, ...(amounts === undefined ? [] : [amounts]), date, actors, places]
  return { score: Math.min(what, whoWhen), what, whoWhen, reasons }
}

const vetoed = (veto: string, reasons: ReadonlyArray<SimilarityReason> = []): Similarity => ({
  score: 0,
  what: 0,
  whoWhen: 0,
  reasons,
  veto
})

/**
 * Outlets list sectors with different generosity (one names three, another nine), so the Jaccard
 * index alone punishes the thorough one; it is blended with the overlap of the smaller list.
 */
const sectorAgreement = (a: ClassifiedItem, b: ClassifiedItem): SimilarityReason => {
  const sectorsA = new Set(a.sectors)
  const sectorsB = new Set(b.sectors)
  const sectorOverlap = 0.5 * jaccard(sectorsA, sectorsB) + 0.5 * overlapCoefficient(sectorsA, sectorsB)
  return {
    signal: "sectors",
    score: sectorsA.size === 0 && sectorsB.size === 0 ? 0.5 : sectorOverlap,
    detail: `sectors overlap ${sectorOverlap.toFixed(2)}`
  }
}

/** Two outlets rarely share more than a third of their content words: that counts as full agreement. */
const textAgreement = (a: ClassifiedItem, b: ClassifiedItem): SimilarityReason => {
  const textOverlap = jaccard(contentWords(descriptiveText(a)), contentWords(descriptiveText(b)))
  return {
    signal: "text",
    score: Math.min(1, textOverlap * 3),
    detail: `content words overlap ${textOverlap.toFixed(2)}`
  }
}

const amountKeys = (item: ClassifiedItem): Set<string> =>
  new Set(item.amounts.map((amount) => `${amount.value}|${amount.currency ?? ""}`))

/** The same amount in both: strong evidence of one development; none says nothing. */
const amountAgreement = (a: ClassifiedItem, b: ClassifiedItem): SimilarityReason | undefined => {
  const sharedAmounts = sharedValues(amountKeys(a), amountKeys(b))
  return sharedAmounts.length > 0
    ? { signal: "amounts", score: 1, detail: `same amount ${sharedAmounts.join(", ")}` }
    : undefined
}

const actorAgreement = (a: ClassifiedItem, b: ClassifiedItem): SimilarityReason => {
  const namesA = new Set(a.actors.map((actor) => actor.name))
  const namesB = new Set(b.actors.map((actor) => actor.name))
  const sharedActors = sharedValues(namesA, namesB)
  const smallerCast = Math.min(namesA.size, namesB.size)
  return {
    signal: "actors",
    score: smallerCast === 0 ? 0.4 : overlapCoefficient(namesA, namesB),
    detail: smallerCast === 0 ? "no actors on one side" : `shared actors: ${sharedActors.join(", ") || "none"}`
  }
}

const placeAgreement = (a: ClassifiedItem, b: ClassifiedItem): SimilarityReason => {
  const placesA = new Set(a.places.map((place) => place.name.toLowerCase()))
  const placesB = new Set(b.places.map((place) => place.name.toLowerCase()))
  const sharedPlaces = sharedValues(placesA, placesB)
  const onlyOneSide = placesA.size === 0 || placesB.size === 0
  return {
    signal: "places",
    score: onlyOneSide ? 0.5 : sharedPlaces.length > 0 ? 1 : 0,
    detail: onlyOneSide ? "no place on one side" : `shared places: ${sharedPlaces.join(", ") || "none"}`
  }
}

/** True when `a` and `b` are two reports (two outlets, two wordings) of one development. */
export const sameDevelopment = (a: ClassifiedItem, b: ClassifiedItem): boolean => reachesThreshold(similarity(a, b))

const reachesThreshold = (verdict: Similarity): boolean =>
  verdict.veto === undefined &&
  verdict.what >= sameDevelopmentThreshold.what &&
  verdict.whoWhen >= sameDevelopmentThreshold.whoWhen

/**
 * The existing development `item` belongs to, if any: the candidate with the highest similarity
 * at or above the threshold. `classificationOf` lets callers pass their own records (e.g.
 * BilateralEvents) without copying them.
 */
export const bestMatch = <Candidate>(
  item: ClassifiedItem,
  candidates: Iterable<Candidate>,
  classificationOf: (candidate: Candidate) => ClassifiedItem
): { readonly candidate: Candidate; readonly similarity: Similarity } | undefined => {
  let best: { readonly candidate: Candidate; readonly similarity: Similarity } | undefined
  for (const candidate of candidates) {
    const verdict = similarity(item, classificationOf(candidate))
    if (reachesThreshold(verdict) && (best === undefined || verdict.score > best.similarity.score))
      best = { candidate, similarity: verdict }
  }
  return best
}
