import { createHash } from "node:crypto"
import { Schema } from "effect"
import { EventStatus, type ClassifiedItem } from "../src/event.ts"
import { EventTypeId, familyOf } from "../src/event-type.ts"
import { SectorId } from "../src/sector.ts"

/**
 * Scoring the classifier against hand-labelled reports. Pure: the caller loads files and runs
 * classify(); this module only decodes labelled lines and compares answers with labels.
 */

export const LabelledAmount = Schema.Struct({
  value: Schema.Number,
  currency: Schema.optional(Schema.NullOr(Schema.String)),
  measure: Schema.optional(Schema.String),
  year: Schema.optional(Schema.NullOr(Schema.Int))
})

/** What the annotator says is true of a report (the `label` of an eval line). */
export const EvalLabel = Schema.Struct({
  relevant: Schema.Boolean,
  eventType: EventTypeId,
  /** Every type the report supports; the primary is acceptable when it is one of these. */
  eventTypes: Schema.Array(EventTypeId),
  sectors: Schema.Array(SectorId),
  actors: Schema.Array(Schema.String),
  occurredOn: Schema.optional(Schema.NullOr(Schema.String)),
  places: Schema.Array(Schema.String),
  amounts: Schema.optional(Schema.Array(LabelledAmount)),
  /** happened / announced / background, when the annotator recorded it. */
  status: Schema.optional(EventStatus),
  /** In the real sets: a slug naming the real-world development, shared by every report of it. */
  development: Schema.optional(Schema.String),
  notes: Schema.optional(Schema.String)
})
export type EvalLabel = typeof EvalLabel.Type

export const EvalItem = Schema.Struct({
  id: Schema.String,
  title: Schema.String,
  text: Schema.String,
  url: Schema.optional(Schema.String),
  published: Schema.optional(Schema.String),
  source: Schema.optional(Schema.String),
  /** The report's language ("en", "it"), passed to classify() as a feed would declare it. */
  language: Schema.optional(Schema.String),
  label: EvalLabel
})
export type EvalItem = typeof EvalItem.Type

/** The share of developments a real set holds out (by hash of the development, so reports of one stay together). */
export const heldOutPercent = 40

/**
 * Whether a real report belongs to the held-out part: decided by the development it reports, never
 * by the report, so no development is tuned on in one outlet's words and scored in another's.
 */
export const isHeldOutDevelopment = (development: string): boolean =>
  Number.parseInt(createHash("sha256").update(development).digest("hex").slice(0, 8), 16) % 100 < heldOutPercent

export interface EvalLineError {
  readonly line: number
  readonly id?: string
  readonly reason: string
}

const decodeEvalItem = Schema.decodeUnknownSync(EvalItem)

/** Decodes a JSONL file of labelled items; a bad line is reported, never silently dropped. */
export const parseEvalLines = (
  text: string
): { readonly items: Array<EvalItem>; readonly errors: Array<EvalLineError> } => {
  const items: Array<EvalItem> = []
  const errors: Array<EvalLineError> = []
  text.split("\n").forEach((line, index) => {
    if (line.trim() === "") return
    let parsed: unknown
    try {
      parsed = JSON.parse(line)
    } catch (error) {
      errors.push({ line: index + 1, reason: `not JSON: ${(error as Error).message}` })
      return
    }
    try {
      items.push(decodeEvalItem(parsed, { errors: "all" }))
    } catch (error) {
      const id = (parsed as { id?: unknown } | null)?.id
      errors.push({
        line: index + 1,
        ...(typeof id === "string" ? { id } : {}),
        reason: String((error as Error).message).replace(/\s*\n\s*/g, " ")
      })
    }
  })
  return { items, errors }
}

/** `rate` is null when there was nothing to score (total 0), so an empty set never reads as 100 %. */
export interface Ratio {
  readonly correct: number
  readonly total: number
  readonly rate: number | null
}

export interface PrecisionRecall {
  readonly truePositives: number
  readonly falsePositives: number
  readonly falseNegatives: number
  readonly precision: number | null
  readonly recall: number | null
  readonly f1: number | null
}

export interface Figures {
  readonly items: number
  readonly labelledRelevant: number
  /** `distractorsRejected` = true negatives / reports labelled not relevant. */
  readonly relevance: PrecisionRecall & { readonly trueNegatives: number; readonly distractorsRejected: Ratio }
  /** Over reports labelled relevant: the predicted primary equals the labelled primary. */
  readonly primaryEventType: Ratio
  /** Over reports labelled relevant: the predicted primary is in the labelled primary's family. */
  readonly eventFamily: Ratio
  /** Over reports labelled relevant: the predicted primary is one of the labelled eventTypes. */
  readonly primaryInAcceptableSet: Ratio
  /** Micro-averaged over every report (sectors predicted for a distractor count as false positives). */
  readonly sectors: PrecisionRecall
  /** Over reports labelled relevant with a labelled date: the predicted occurredOn is the same day. */
  readonly occurredOnExactDay: Ratio
  /** Over reports labelled relevant with a labelled status: the predicted status matches. */
  readonly status: Ratio
  /** Primary event-type accuracy per labelled primary, and what it was mistaken for. */
  readonly byEventType: Readonly<Record<string, Ratio & { readonly confusedWith: Readonly<Record<string, number>> }>>
  /** Labelled actor names found among the predicted actors (see actorNamesMatch), over relevant reports. */
  readonly actorRecall: Ratio
}

export interface Mistake {
  readonly id: string
  readonly problems: ReadonlyArray<string>
}

export interface Scored {
  readonly figures: Figures
  readonly mistakes: ReadonlyArray<Mistake>
}

export interface Prediction {
  readonly item: EvalItem
  readonly predicted: ClassifiedItem
}

const nameWords = (name: string): Array<string> =>
  name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/)
    .filter((word) => word !== "")
const connectives = new Set(["of", "and", "for", "the", "in", "&"])

/**
 * Whether a labelled actor name and a predicted one name the same actor, allowing for the usual
 * variation between annotators and dictionaries: a middle name ("Vinay Kwatra" / "Vinay Mohan
 * Kwatra"), an acronym ("Bharat Electronics Ltd" / "BEL"), a legal suffix.
 */
export const actorNamesMatch = (labelled: string, predicted: string): boolean => {
  const a = nameWords(labelled)
  const b = nameWords(predicted)
  if (a.length === 0 || b.length === 0) return false
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a]
  const longerSet = new Set(longer)
  if (shorter.every((word) => longerSet.has(word)) && (shorter.length > 1 || longer.length === 1)) return true
  const initials = (words: ReadonlyArray<string>) =>
    words
      .filter((word) => !connectives.has(word))
      .map((word) => word[0])
      .join("")
  return (
    (a.length === 1 && a[0] === initials(b)) ||
    (b.length === 1 && b[0] === initials(a)) ||
    (a.length === 1 && b.length > 2 && a[0] === initials(b.slice(0, -1))) ||
    (b.length === 1 && a.length > 2 && b[0] === initials(a.slice(0, -1)))
  )
}

const divide = (numerator: number, denominator: number): number | null =>
  denominator === 0 ? null : numerator / denominator

const ratio = (correct: number, total: number): Ratio => ({ correct, total, rate: divide(correct, total) })

const precisionRecall = (truePositives: number, falsePositives: number, falseNegatives: number): PrecisionRecall => {
  const precision = divide(truePositives, truePositives + falsePositives)
  const recall = divide(truePositives, truePositives + falseNegatives)
  // 2tp / (2tp + fp + fn) is the harmonic mean of P and R, and stays defined when nothing was predicted.
  const f1 = divide(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives)
  return { truePositives, falsePositives, falseNegatives, precision, recall, f1 }
}

export const score = (predictions: ReadonlyArray<Prediction>): Scored => {
  let relevanceTp = 0,
    relevanceFp = 0,
    relevanceFn = 0,
    relevanceTn = 0
  let sectorTp = 0,
    sectorFp = 0,
    sectorFn = 0
  let primaryCorrect = 0,
    familyCorrect = 0,
    acceptableCorrect = 0,
    labelledRelevant = 0
  let datesCorrect = 0,
    datesTotal = 0,
    statusCorrect = 0,
    statusTotal = 0,
    actorsFound = 0,
    actorsTotal = 0
  const mistakes: Array<Mistake> = []
  const perType = new Map<string, { correct: number; total: number; confusedWith: Record<string, number> }>()

  for (const { item, predicted } of predictions) {
    const { label } = item
    const problems: Array<string> = []

    if (label.relevant && predicted.relevant) relevanceTp++
    else if (!label.relevant && predicted.relevant) relevanceFp++
    else if (label.relevant && !predicted.relevant) relevanceFn++
    else relevanceTn++
    if (label.relevant !== predicted.relevant)
      problems.push(`relevant: expected ${label.relevant}, got ${predicted.relevant}`)

    const expectedSectors = new Set(label.sectors)
    const gotSectors = new Set(predicted.relevant ? predicted.sectors : [])
    const missingSectors = [...expectedSectors].filter((sector) => !gotSectors.has(sector))
    const extraSectors = [...gotSectors].filter((sector) => !expectedSectors.has(sector))
    sectorTp += expectedSectors.size - missingSectors.length
    sectorFn += missingSectors.length
    sectorFp += extraSectors.length
    if (missingSectors.length > 0) problems.push(`sectors missing: ${missingSectors.join(", ")}`)
    if (extraSectors.length > 0) problems.push(`sectors extra: ${extraSectors.join(", ")}`)

    if (label.relevant) {
      labelledRelevant++
      const got = predicted.eventType
      const typeTally = perType.get(label.eventType) ?? { correct: 0, total: 0, confusedWith: {} }
      perType.set(label.eventType, typeTally)
      typeTally.total++
      if (got === label.eventType) typeTally.correct++
      else typeTally.confusedWith[got] = (typeTally.confusedWith[got] ?? 0) + 1
      if (got === label.eventType) primaryCorrect++
      else {
        const acceptable = label.eventTypes.length > 1 ? ` (acceptable: ${label.eventTypes.join(", ")})` : ""
        problems.push(`eventType: expected ${label.eventType}${acceptable}, got ${got}`)
      }
      if (familyOf(got) === familyOf(label.eventType)) familyCorrect++
      if (got === label.eventType || label.eventTypes.includes(got)) acceptableCorrect++

      if (label.occurredOn !== undefined && label.occurredOn !== null) {
        datesTotal++
        if (predicted.occurredOn?.slice(0, 10) === label.occurredOn) datesCorrect++
        else problems.push(`occurredOn: expected ${label.occurredOn}, got ${predicted.occurredOn ?? "none"}`)
      }

      if (label.status !== undefined) {
        statusTotal++
        if (predicted.status === label.status) statusCorrect++
        else problems.push(`status: expected ${label.status}, got ${predicted.status}`)
      }

      const missingActors = label.actors.filter(
        (name) => !predicted.actors.some((actor) => actorNamesMatch(name, actor.name))
      )
      actorsTotal += label.actors.length
      actorsFound += label.actors.length - missingActors.length
      if (missingActors.length > 0) problems.push(`actors missing: ${missingActors.join(", ")}`)
    }

    if (problems.length > 0) mistakes.push({ id: item.id, problems })
  }

  return {
    figures: {
      items: predictions.length,
      labelledRelevant,
      relevance: {
        ...precisionRecall(relevanceTp, relevanceFp, relevanceFn),
        trueNegatives: relevanceTn,
        distractorsRejected: ratio(relevanceTn, relevanceTn + relevanceFp)
      },
      primaryEventType: ratio(primaryCorrect, labelledRelevant),
      eventFamily: ratio(familyCorrect, labelledRelevant),
      primaryInAcceptableSet: ratio(acceptableCorrect, labelledRelevant),
      sectors: precisionRecall(sectorTp, sectorFp, sectorFn),
      occurredOnExactDay: ratio(datesCorrect, datesTotal),
      status: ratio(statusCorrect, statusTotal),
      actorRecall: ratio(actorsFound, actorsTotal),
      byEventType: Object.fromEntries(
        [...perType.entries()]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([type, tally]) => [type, { ...ratio(tally.correct, tally.total), confusedWith: tally.confusedWith }])
      )
    },
    mistakes
  }
}

const percent = (value: number | null): string => (value === null ? "n/a" : `${(value * 100).toFixed(1)}%`)
const ratioLine = (name: string, value: Ratio): string =>
  `  ${name.padEnd(34)} ${percent(value.rate).padStart(6)}  (${value.correct}/${value.total})`
const prLine = (name: string, value: PrecisionRecall): string =>
  `  ${name.padEnd(34)} P ${percent(value.precision)}  R ${percent(value.recall)}  F1 ${percent(value.f1)}` +
  `  (tp ${value.truePositives}, fp ${value.falsePositives}, fn ${value.falseNegatives})`

/** A readable block of figures for one data set. */
export const formatFigures = (name: string, figures: Figures): string =>
  [
    `${name}: ${figures.items} items, ${figures.labelledRelevant} labelled relevant`,
    prLine("relevance", figures.relevance),
    ratioLine("distractors rejected", figures.relevance.distractorsRejected),
    ratioLine("primary event type", figures.primaryEventType),
    ratioLine("event-type family", figures.eventFamily),
    ratioLine("primary in acceptable set", figures.primaryInAcceptableSet),
    prLine("sectors (micro)", figures.sectors),
    ratioLine("occurredOn exact day", figures.occurredOnExactDay),
    ratioLine("status", figures.status),
    ratioLine("actor recall", figures.actorRecall),
    ...(Object.keys(figures.byEventType).length === 0 ? [] : ["  by labelled primary event type:"]),
    ...Object.entries(figures.byEventType).map(([type, tally]) => {
      const confusions = Object.entries(tally.confusedWith)
        .sort(([, a], [, b]) => b - a)
        .map(([other, count]) => `${other} ×${count}`)
      const mistaken = confusions.length === 0 ? "" : `  mistaken for ${confusions.join(", ")}`
      return `${ratioLine(`  ${type}`, tally)}${mistaken}`
    })
  ].join("\n")

export const formatMistakes = (mistakes: ReadonlyArray<Mistake>): string =>
  mistakes
    .map((mistake) => [`  ${mistake.id}`, ...mistake.problems.map((problem) => `    - ${problem}`)].join("\n"))
    .join("\n")
