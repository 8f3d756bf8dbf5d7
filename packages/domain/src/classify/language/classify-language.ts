import type { SideCode } from "../../profile/wording.ts"
import type { Amount, ClassifiedItem, Evidence } from "../../event.ts"
import type { WireItem } from "../../wire-item.ts"
import { collectActors, collectPlaces } from "../actors.ts"
import { findMentions, type Mention } from "../entities.ts"
import { readWords } from "../gated-patterns.ts"
import { languageOf } from "./detect.ts"
import { glossText, originalOffset, type CompiledPack } from "./gloss.ts"
import { languagePacks, rulesLanguage } from "./packs.ts"
import { sideCodes } from "../../profile/wording.ts"

/**
 * One classifier for every language. A report in the rules' language (English) goes straight to
 * the rules; a report in a language with a pack is read through the pack's glosses, and every span
 * the rules found is mapped back to the report's own words, so the evidence and the headline stay
 * in the report's language while the labels are the shared English ids. A report in a language
 * with no pack is kept: classified by the names it carries only, with a low confidence.
 */

type Mutable<A> = { -readonly [K in keyof A]: A[K] }
/** What the rules are told about a report read through a pack: the side its press leaves implicit. */
export interface PackReading {
  readonly impliedSide?: SideCode
}
type ClassifyRules = (item: WireItem, reading?: PackReading) => ClassifiedItem

/** Confidence of a classification made from names alone. */
export const namesOnlyConfidence = 0.3

const withLanguage = (result: ClassifiedItem, language: string): ClassifiedItem => {
  ;(result as Mutable<ClassifiedItem>).language = language
  return result
}

export const classifyInLanguage = (item: WireItem, classifyRules: ClassifyRules): ClassifiedItem => {
  const language = languageOf(item)
  if (language === rulesLanguage) return withLanguage(classifyRules(item), language)
  const pack = languagePacks.get(language)
  if (pack === undefined) return classifyByNames(item, language)
  return classifyThroughPack(item, pack, classifyRules)
}

/** Words a standfirst may have: a sentence or two, longer than the English rules' headline-like line. */
const STANDFIRST_MAX_WORDS = 45
/** Sentence punctuation that ends a paragraph of prose; a standfirst stops without it. */
const endsProse = /[.!?;"”’»)]\s*$/
const lineBreak = /\n\s*/g

/**
 * Italian news pages with no headline in the feed open on a standfirst (the "sommario"): a line or
 * two without a final full stop ("Il gruppo si è aggiudicato un appalto in India"), then the lead.
 * The English rules take a headline-like line for the title only when it is short; an Italian
 * standfirst runs longer. Returns where the standfirst ends and the rest begins, or undefined.
 */
export const standfirstOf = (item: WireItem): { readonly end: number; readonly rest: number } | undefined => {
  if (item.title.trim() !== "") return undefined
  lineBreak.lastIndex = 0
  const found = lineBreak.exec(item.text)
  if (found === null || found.index + found[0].length >= item.text.length) return undefined
  const first = item.text.slice(0, found.index)
  if (first.trim() === "" || endsProse.test(first)) return undefined
  let words = 1
  for (let index = 0; index < first.length && words <= STANDFIRST_MAX_WORDS; index++)
    if (first.charCodeAt(index) === 32) words++
  return words <= STANDFIRST_MAX_WORDS ? { end: found.index, rest: found.index + found[0].length } : undefined
}

const classifyThroughPack = (item: WireItem, pack: CompiledPack, classifyRules: ClassifyRules): ClassifiedItem => {
  // The standfirst, if any, is read as the headline; evidence offsets are shifted back into the text.
  const standfirst = standfirstOf(item)
  const titleSource = standfirst === undefined ? item.title : item.text.slice(0, standfirst.end)
  const textStart = standfirst === undefined ? 0 : standfirst.rest
  const title = glossText(pack, titleSource)
  const text = glossText(pack, item.text.slice(textStart))
  const reading: PackReading = pack.pack.impliedSide === undefined ? {} : { impliedSide: pack.pack.impliedSide }
  const glossed = classifyRules({ ...item, title: title.text, text: text.text }, reading)
  const backToOriginal = (evidence: Evidence): Evidence => {
    const inTitle = evidence.field === "title"
    const from = inTitle ? title : text
    const shift = inTitle ? 0 : textStart
    const start = originalOffset(from, evidence.start, false) + shift
    const end = Math.max(start, originalOffset(from, evidence.end, true) + shift)
    const field = inTitle && standfirst === undefined ? "title" : "text"
    const original = field === "title" ? item.title : item.text
    return { ...evidence, field, start, end, text: original.slice(start, end) }
  }
  const evidence = glossed.evidence.map(backToOriginal)
  // Each amount has one "amount" evidence span, in the same order: its text becomes the report's own.
  const amountTexts = evidence.filter((span) => span.tag === "amount").map((span) => span.text)
  const amounts: Array<Amount> = glossed.amounts.map((amount, index) => ({
    ...amount,
    text: amountTexts[index] ?? amount.text
  }))
  return { ...glossed, title: item.title, evidence, amounts, language: pack.pack.code }
}

/** Both sides named: the least the rules need to call a report India–Italy news. */
const namesBothSides = (mentions: ReadonlyArray<Mention>): boolean =>
  mentions.some((mention) => mention.side === sideCodes[0]) && mentions.some((mention) => mention.side === sideCodes[1])

/**
 * A report in a language no pack reads: the names the dictionaries know (people, institutions,
 * places, the countries' names in Latin script) are all that can be read. Naming both sides makes it
 * a bilateral report of an unknown kind; either way the confidence is low, for a person to look at.
 */
export const classifyByNames = (item: WireItem, language: string): ClassifiedItem => {
  const mentions: Array<Mention> = []
  findMentions("title", item.title, readWords(item.title), mentions)
  findMentions("text", item.text, readWords(item.text), mentions)
  const relevant = namesBothSides(mentions)
  const evidence: Array<Evidence> = []
  const spanOf = (tag: string, mention: Mention): Evidence => {
    const source = mention.field === "title" ? item.title : item.text
    return {
      tag,
      field: mention.field,
      start: mention.start,
      end: mention.end,
      text: source.slice(mention.start, mention.end)
    }
  }
  const actors = relevant ? collectActors(mentions, item.published?.slice(0, 10)) : []
  const places = relevant ? collectPlaces(mentions) : []
  for (const found of actors) evidence.push(spanOf(`actor:${found.value.name}`, found.mention))
  for (const found of places) evidence.push(spanOf(`place:${found.value.name}`, found.mention))
  const result: Mutable<ClassifiedItem> = {
    id: item.id,
    title: item.title,
    relevant,
    eventType: relevant ? "other_bilateral" : "not_relevant",
    eventTypes: [relevant ? "other_bilateral" : "not_relevant"],
    sectors: [],
    actors: actors.map((found) => found.value),
    places: places.map((found) => found.value),
    amounts: [],
    status: relevant ? "happened" : "background",
    confidence: namesOnlyConfidence,
    evidence,
    language
  }
  if (item.url !== undefined) result.url = item.url
  if (item.published !== undefined) result.published = item.published
  if (item.source !== undefined) result.source = item.source
  return result
}
