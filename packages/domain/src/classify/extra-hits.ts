import { officeOn } from "../knowledge/actors.ts"
import type { AmountMention } from "./amounts.ts"
import { type Mention, namesDefenceMaker } from "./entities.ts"
import { defenceContext } from "./event-patterns.ts"
import type { CueHit } from "./event-type-scoring.ts"
import { sideOfCurrency, type SentenceSides } from "./relevance.ts"
import type { SectorHit } from "./sectors.ts"
import { fieldText, sentenceAt, sentenceText, type Document } from "./text.ts"

/**
 * Event-type cues that are not words of the event lexicon: figures the amounts give, a phone call
 * or a visit read from who is named where, a defence maker named in the report's own sentences.
 */

/** A trade or investment figure in the report's own sentences counts like a strong cue. */
const FIGURE_WEIGHT = 1.5
/** A contract's value: strong evidence of procurement or business. */
const CONTRACT_WEIGHT = 2.5
/** "Modi calls Meloni" */
const CALL_WEIGHT = 1.5
/** "Tajani in New Delhi" in a headline. */
const HEADLINE_VISIT_WEIGHT = 2.5
/** A defence manufacturer or defence-industry body named in the report's own sentences. */
const DEFENCE_MAKER_WEIGHT = 0.5
const callsBefore = /\b(?:calls|called|calling|dials|dialled|dialed|phones|phoned|rings|rang)\s+(?:up\s+)?$/
/** Between a person and a place in a headline: "Tajani in New Delhi", "Modi arrives in Rome". */
// Italian puts "a" before a city: "Il ministro Goyal a Roma", "Goyal è a Roma".
const inBetween = /^[\s,]*(?:arrives |arrived |lands |landed |is |will be |è |si trova )?(?:in|a)\s+$/

export interface FigureFinding {
  readonly hits: Array<CueHit>
  /** Whether the report gives a trade or investment figure. */
  readonly reportsFigures: boolean
  /** Investment figures, each a term of the investment sector. */
  readonly figures: ReadonlyArray<SectorHit>
}

/**
 * One pass over the amounts: the event-type hits and sector terms they give. Money in rupees is
 * India's side of its sentence (`sides` is updated): "Italian contractor wins Rs 640-crore award
 * against NHIDCL" is an India–Italy dispute even when the Indian party is a body no dictionary knows.
 */
export const figureHits = (
  document: Document,
  amounts: ReadonlyArray<AmountMention>,
  sides: Array<SentenceSides>,
  sentenceWeight: ReadonlyArray<number>
): FigureFinding => {
  const hits: Array<CueHit> = []
  let reportsFigures = false
  const figures: Array<SectorHit> = []
  for (const mention of amounts) {
    const { measure, currency } = mention.amount
    if (measure !== "other" && measure !== "company_count") reportsFigures = true
    const sentence = sentenceAt(document, mention.field, mention.start)
    if (sentence < 0) continue
    const owner = sideOfCurrency(currency)
    if (owner !== undefined && !sides[sentence]![owner]) sides[sentence] = { ...sides[sentence]!, [owner]: true }
    // "Italian firm commits Rs 10,000 crore to a solar park": an investment figure is investment news
    // whatever its words. Trade figures come with their own words ("trade", "exports"); money
    // promised often does not ("MoUs worth", "commits").
    if (measure === "investment" || measure === "investment_target")
      figures.push({ sector: "investment", field: mention.field, start: mention.start, end: mention.end, sentence })
    if (measure === "other") continue
    const { type, weight } = figureCue(document, measure, sentence)
    const { field, start, end } = mention
    hits.push({ type, field, start, end, sentence, weight: weight * sentenceWeight[sentence]! })
  }
  return { hits, reportsFigures, figures }
}

/** A business event companies come to: a count of them there is its size, not a figure of trade or investment. */
const participationContext = new RegExp(
  String.raw`\b(?:fairs?|exhibitions?|expos?|forums?|delegations?|missions?|road-?shows?|b2b|pavilions?|exhibitors?|` +
    String.raw`took part|taking part|take part|participat\w*|attend\w*|` +
    // "Meetings between 40 Italian companies and 15 Indian startups": who met at a business event.
    String.raw`meetings? (?:between|with|of)|matchmaking)\b`,
  "i"
)

/**
 * A contract for arms is defence-industrial news, any other contract a business figure. Money put
 * into making arms ("a Rs 240 crore joint venture for loitering munitions") is defence-industrial
 * news too; trade volumes and targets stay figures whatever they cover.
 */
const figureCue = (
  document: Document,
  measure: AmountMention["amount"]["measure"],
  sentence: number
): Pick<CueHit, "type" | "weight"> => {
  // "120 Italian companies took part in the fair", "a delegation of 40 firms": who came to a business event.
  if (measure === "company_count" && participationContext.test(sentenceText(document, sentence)))
    return { type: "business_forum", weight: FIGURE_WEIGHT }
  const aboutArms =
    (measure === "contract_value" || measure === "investment") && defenceContext.test(sentenceText(document, sentence))
  return {
    type: aboutArms ? "defence_industry" : "trade_investment_figure",
    weight: measure === "contract_value" ? CONTRACT_WEIGHT : FIGURE_WEIGHT
  }
}

/**
 * Hits read from people named: "Modi calls Meloni" is a phone call between the two; a headline
 * "Tajani in New Delhi" (someone of one side in a place of the other) is a visit. Added to `hits`.
 */
export const personHits = (
  document: Document,
  mentions: ReadonlyArray<Mention>,
  mentionSentence: ReadonlyArray<number>,
  sentenceWeight: ReadonlyArray<number>,
  reference: string | undefined,
  hits: Array<CueHit>
): void => {
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index]!
    if (mention.kind !== "actor" || mention.entry.kind !== "person") continue
    const sentence = mentionSentence[index]!
    if (sentence < 0) continue
    const { field, start, end } = mention
    const text = fieldText(document, field)
    if (callsBefore.test(text.slice(Math.max(0, start - 16), start))) {
      const level = officeOn(mention.entry, reference)?.level
      const type = level === "leader" ? "leader_meeting" : "ministerial_dialogue"
      hits.push({ type, field, start, end, sentence, weight: CALL_WEIGHT * sentenceWeight[sentence]! })
    }
    const next = mentions[index + 1]
    if (field === "title" && next !== undefined && visitsPlace(text, mention, next)) {
      const weight = HEADLINE_VISIT_WEIGHT * sentenceWeight[sentence]!
      hits.push({ type: "official_visit", field, start, end: next.end, sentence, weight })
    }
  }
}

/** A person followed in the headline by a place of the other side, with only "in" between. */
const visitsPlace = (title: string, person: Mention, next: Mention): boolean =>
  next.field === "title" &&
  (next.kind === "place" || next.kind === "country") &&
  next.side !== "other" &&
  next.side !== person.side &&
  inBetween.test(title.slice(person.end, next.start))

/** A defence manufacturer or defence-industry body named in the report's own sentences. Added to `hits`. */
export const defenceMakerHits = (
  mentions: ReadonlyArray<Mention>,
  mentionSentence: ReadonlyArray<number>,
  sentenceWeight: ReadonlyArray<number>,
  hits: Array<CueHit>
): void => {
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index]!
    if (!namesDefenceMaker(mention)) continue
    const sentence = mentionSentence[index]!
    if (sentence < 0) continue
    const { field, start, end } = mention
    hits.push({
      type: "defence_industry",
      field,
      start,
      end,
      sentence,
      weight: DEFENCE_MAKER_WEIGHT * sentenceWeight[sentence]!
    })
  }
}
