import type { Amount, ClassifiedItem, Evidence } from "../../event.ts"
import type { WireItem } from "../../wire-item.ts"
import { collectActors, collectPlaces } from "../actors.ts"
import { findMentions, type Mention } from "../entities.ts"
import { readWords } from "../lexicon.ts"
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
type ClassifyRules = (item: WireItem) => ClassifiedItem

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

const classifyThroughPack = (item: WireItem, pack: CompiledPack, classifyRules: ClassifyRules): ClassifiedItem => {
  const title = glossText(pack, item.title)
  const text = glossText(pack, item.text)
  const glossed = classifyRules({ ...item, title: title.text, text: text.text })
  const backToOriginal = (evidence: Evidence): Evidence => {
    const from = evidence.field === "title" ? title : text
    const original = evidence.field === "title" ? item.title : item.text
    const start = originalOffset(from, evidence.start, false)
    const end = Math.max(start, originalOffset(from, evidence.end, true))
    return { ...evidence, start, end, text: original.slice(start, end) }
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
