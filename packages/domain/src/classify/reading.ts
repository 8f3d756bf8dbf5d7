import type { ClassifiedItem, Evidence } from "../event.ts"
import type { WireItem } from "../wire-item.ts"
import type { AmountMention } from "./amounts.ts"
import type { DateMention } from "./dates.ts"
import type { Mention } from "./entities.ts"
import type { Words } from "./gated-patterns.ts"
import type { SentenceSides } from "./relevance.ts"
import { fieldText, sentenceAt, type Document, type Field } from "./text.ts"

/**
 * What the English rules have read of one report by the time they judge it: the report cut into
 * sentences, the named things, dates and amounts found in it, and where each sentence stands. Each
 * step of classifyEnglish adds to it; the later steps read it.
 */
export interface Reading {
  readonly item: WireItem
  readonly document: Document
  readonly words: { readonly title: Words; readonly text: Words }
  readonly mentions: ReadonlyArray<Mention>
  /** The sentence of each mention (-1 for none), and the mentions of each sentence. */
  readonly mentionSentence: ReadonlyArray<number>
  readonly mentionsBySentence: ReadonlyArray<ReadonlyArray<Mention>>
  /** Which sides each sentence names (amounts in rupees add India's side). */
  readonly sides: Array<SentenceSides>
  /** The publication day (ISO), against which relative dates were resolved. */
  readonly reference: string | undefined
  readonly dates: ReadonlyArray<DateMention>
  readonly dateSentence: ReadonlyArray<number>
  /** The day the report's news is of, and the sentences that only recall what came before. */
  readonly anchor: string | undefined
  readonly background: ReadonlyArray<boolean>
  readonly inTitle: ReadonlyArray<boolean>
  readonly inLead: ReadonlyArray<boolean>
  /** How much each sentence counts for the event type, by where it stands. */
  readonly sentenceWeight: ReadonlyArray<number>
  readonly amounts: ReadonlyArray<AmountMention>
}

export type Mutable<A> = { -readonly [K in keyof A]: A[K] }

/** The result with the item's own fields; built by assignment because object spreads are slow on this hot path. */
export const withSource = (item: WireItem, result: Mutable<ClassifiedItem>): ClassifiedItem => {
  if (item.url !== undefined) result.url = item.url
  if (item.published !== undefined) result.published = item.published
  if (item.source !== undefined) result.source = item.source
  return result
}

export const span = (document: Document, tag: string, field: Field, start: number, end: number): Evidence => ({
  tag,
  field,
  start,
  end,
  text: fieldText(document, field).slice(start, end)
})

export function sentenceEvidence(document: Document, tag: string, index: number): Evidence {
  const sentence = document.sentences[index]!
  return span(document, tag, sentence.field, sentence.start, sentence.end)
}

/** Shared by every sentence that has no things: most sentences name nothing and date nothing. Never added to. */
const nothing: Array<never> = []

/** Which sentence each found thing stands in (-1 for none), and the things of each sentence. */
export const groupBySentence = <A extends { readonly field: Field; readonly start: number }>(
  document: Document,
  found: ReadonlyArray<A>
): { readonly sentenceOf: Array<number>; readonly bySentence: ReadonlyArray<ReadonlyArray<A>> } => {
  const sentenceOf: Array<number> = []
  const bySentence: Array<Array<A>> = []
  for (let index = 0; index < document.sentences.length; index++) bySentence.push(nothing)
  for (const thing of found) {
    const sentence = sentenceAt(document, thing.field, thing.start)
    sentenceOf.push(sentence)
    if (sentence < 0) continue
    const things = bySentence[sentence]!
    if (things === nothing) bySentence[sentence] = [thing]
    else things.push(thing)
  }
  return { sentenceOf, bySentence }
}

export function notRelevant(item: WireItem, confidence: number, evidence: Array<Evidence>): ClassifiedItem {
  return withSource(item, {
    id: item.id,
    title: item.title,
    relevant: false,
    eventType: "not_relevant",
    eventTypes: ["not_relevant"],
    sectors: [],
    actors: [],
    places: [],
    amounts: [],
    status: "background",
    confidence,
    evidence
  })
}
