import type { ClassifiedItem } from "../event.ts"
import type { WireItem } from "../wire-item.ts"
import { findAmounts, type AmountMention } from "./amounts.ts"
import { findDates, referenceDay, type DateMention } from "./dates.ts"
import type { Mention } from "./entities.ts"
import { tradeMovement } from "./event-patterns.ts"
import { scoreEventTypes, type EventTypeFinding } from "./event-type-scoring.ts"
import { defenceMakerHits, figureHits, personHits, type FigureFinding } from "./extra-hits.ts"
import { classifyInLanguage, type PackReading } from "./language/classify-language.ts"
import { readWords, type Words } from "./gated-patterns.ts"
import { describeDevelopment } from "./development.ts"
import { groupBySentence, notRelevant, sentenceEvidence, type Reading } from "./reading.ts"
import { isBilateral, judgeRelevance, type SentenceSides } from "./relevance.ts"
import { relevanceSignals } from "./relevance-signals.ts"
import { scoreSectors } from "./sectors.ts"
import { countThirdPartyPairs, findPartyMentions, sentenceSides } from "./sides.ts"
import { anchorDay, findLookingBack, markBackground } from "./status.ts"
import { tieUpHits } from "./tie-up.ts"
import { fieldText, isQuoted, readDocument, sentenceAt, sentenceText, type Document, type Field } from "./text.ts"

/**
 * classify(item): a pure function from a wire report to a classified India–Italy item. It reads
 * the report once into sentences and paragraphs, finds named things, dates and amounts, marks
 * the background sentences, decides relevance, then types, sectors, date, status and confidence,
 * each with the span of text that produced it. The steps, in order, are the functions of
 * classifyEnglish below; each reads what the ones before it found.
 */

/** How much of an item the classifier reads: a bound on its time and memory whatever a feed sends. */
export interface ClassifyLimits {
  readonly maxTitleChars: number
  readonly maxTextChars: number
}

/** Far above any real report (the longest evaluation item has a few thousand characters). */
export const defaultClassifyLimits: ClassifyLimits = { maxTitleChars: 1_000, maxTextChars: 20_000 }

/** The first `maxChars` UTF-16 units of `text`, never ending in half a surrogate pair. */
export const boundedPrefix = (text: string, maxChars: number): string => {
  if (text.length <= maxChars) return text
  const code = text.charCodeAt(maxChars - 1)
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? maxChars - 1 : maxChars)
}

/**
 * Classifies the item's first `limits.maxTitleChars` / `limits.maxTextChars` characters (evidence
 * offsets point into those prefixes, which are prefixes of the item's own fields). A report's
 * news is in its headline and first paragraphs; the cap keeps an oversized item from stalling
 * the classifier.
 */
export const classify = (item: WireItem, limits: ClassifyLimits = defaultClassifyLimits): ClassifiedItem => {
  if (item.title.length <= limits.maxTitleChars && item.text.length <= limits.maxTextChars)
    return classifyInLanguage(item, classifyEnglish)
  const title = boundedPrefix(item.title, limits.maxTitleChars)
  const text = boundedPrefix(item.text, limits.maxTextChars)
  return classifyInLanguage({ ...item, title, text }, classifyEnglish)
}

/**
 * The English rules alone; `classify` first bounds the report, then decides its language (classify/language/).
 * `packReading` is what a language pack tells the rules about a report it glossed: the side its press leaves implicit.
 */
export const classifyEnglish = (item: WireItem, packReading: PackReading = {}): ClassifiedItem => {
  // Named things first: most reports in a feed never name both sides, and need nothing more.
  const words = { title: readWords(item.title), text: readWords(item.text) }
  const mentions = findPartyMentions(item, words)
  if (mentions === undefined) return notRelevant(item, 0.95, [])
  const document = readDocument(item.title, item.text)
  const { sentenceOf: mentionSentence, bySentence: mentionsBySentence } = groupBySentence(document, mentions)
  // The first rule of relevance: without a sentence that names both sides together, nothing else
  // matters, so such a report stops here, before the costlier steps.
  const sides = sentenceSides(document, words, mentionsBySentence)
  if (!sides.some(isBilateral)) return notRelevant(item, 0.95, [])
  const thirdPartyPairs = countThirdPartyPairs(sides)
  const reading = readReport(item, document, words, mentions, mentionSentence, mentionsBySentence, sides)
  const figures = figureHits(document, reading.amounts, sides, reading.sentenceWeight)
  const eventTypes = scoreReportTypes(reading, figures)
  const sectorFinding = scoreSectors(document, words, reading.background, mentions, mentionSentence, {
    reportsFigures: figures.reportsFigures,
    figures: figures.figures,
    militaryExercise: eventTypes.primary === "military_exercise"
  })
  const verdict = judgeRelevance(relevanceSignals(reading, eventTypes, sectorFinding, thirdPartyPairs, packReading))
  if (!verdict.relevant) {
    // Confidence in the verdict: lower when the pair did appear together somewhere.
    const evidence =
      verdict.evidenceSentence < 0 ? [] : [sentenceEvidence(document, "relevance", verdict.evidenceSentence)]
    return notRelevant(item, verdict.score === 0 ? 0.95 : 0.7, evidence)
  }
  return describeDevelopment(reading, verdict, eventTypes, sectorFinding)
}

/**
 * A round-up's other items ("In other decisions, the Cabinet approved road projects in Bihar", "Separately, …"): from
 * the sentence that turns to other news to the end of its paragraph, unless a sentence there names both sides, is no
 * part of this report's development, whose sectors and amounts it must not lend.
 */
const setAsideOtherNews = (
  document: Document,
  sides: ReadonlyArray<SentenceSides>,
  background: Array<boolean>
): void => {
  let aside = -1
  for (let index = 0; index < document.sentences.length; index++) {
    const sentence = document.sentences[index]!
    if (sentence.field === "title") continue
    if (aside !== sentence.paragraph) aside = -1
    if (otherNewsOpening.test(sentenceText(document, index))) aside = sentence.paragraph
    if (aside >= 0 && !isBilateral(sides[index]!)) background[index] = true
  }
}
const otherNewsOpening = new RegExp(
  String.raw`^\W*(?:in (?:other|another|a separate) (?:decisions?|developments?|news)|separately|elsewhere|` +
    String.raw`meanwhile|in a separate move)\b`,
  "i"
)

/** Dates, background sentences, where each sentence stands, and amounts: the reading the later steps share. */
const readReport = (
  item: WireItem,
  document: Document,
  words: Reading["words"],
  mentions: ReadonlyArray<Mention>,
  mentionSentence: ReadonlyArray<number>,
  mentionsBySentence: ReadonlyArray<ReadonlyArray<Mention>>,
  sides: Array<SentenceSides>
): Reading => {
  // Dates against the publication day (or, without one, nothing relative can be resolved).
  const referenceTime = referenceDay(item.published)
  const reference = isoOf(referenceTime)
  const dates = findReportDates(document, words, referenceTime)
  const { sentenceOf: dateSentence, bySentence: datesBySentence } = groupBySentence(document, dates)
  const anchor = anchorDay(document, dates, reference)
  const amounts = findReportAmounts(document, words)
  const figureSentences = sentencesWithFigures(document, amounts)
  const background = markBackground(
    document,
    datesBySentence,
    findLookingBack(document, words),
    anchor,
    figureSentences
  )
  setAsideOtherNews(document, sides, background)
  const { inTitle, inLead, sentenceWeight } = placeSentences(document, sides, background)
  return {
    item,
    document,
    words,
    mentions,
    mentionSentence,
    mentionsBySentence,
    sides,
    reference,
    dates,
    dateSentence,
    anchor,
    background,
    inTitle,
    inLead,
    sentenceWeight,
    amounts
  }
}

/** Exports or imports moving by a share, as the event lexicon reads them. */
const tradeMovementPattern = new RegExp(tradeMovement, "gi")

/**
 * The sentences that state a trade volume or an investment (not a target, a contract or a count), or exports or
 * imports moving by a share.
 */
const sentencesWithFigures = (document: Document, amounts: ReadonlyArray<AmountMention>): Set<number> => {
  const found = new Set<number>()
  for (const mention of amounts) {
    const { measure } = mention.amount
    if (measure === "trade_volume" || measure === "investment")
      found.add(sentenceAt(document, mention.field, mention.start))
  }
  // Most reports give no share at all: a plain search for "%" or "cent" rules the expression out.
  if (document.text.includes("%") || document.text.includes("cent"))
    for (const match of document.text.matchAll(tradeMovementPattern))
      found.add(sentenceAt(document, "text", match.index))
  return found
}

/** The dates of the headline and the text, but not "today" inside a quoted post: that is the day of the post. */
const findReportDates = (
  document: Document,
  words: Readonly<Record<Field, Words>>,
  referenceTime: number | undefined
): Array<DateMention> => {
  const dates: Array<DateMention> = []
  for (const field of ["title", "text"] as const)
    findDates(
      field,
      fieldText(document, field),
      words[field],
      referenceTime,
      (position) => sentenceStartAt(document, field, position),
      dates
    )
  // Compacted in place: a splice per dropped date was quadratic in a long text.
  let kept = 0
  for (const mention of dates)
    if (!(mention.relative && isQuoted(document.quotes[mention.field], mention.start))) dates[kept++] = mention
  if (kept < dates.length) dates.length = kept
  return dates
}

/** The amounts of the headline and the text. */
const findReportAmounts = (document: Document, words: Readonly<Record<Field, Words>>): Array<AmountMention> => {
  const amounts: Array<AmountMention> = []
  for (const field of ["title", "text"] as const)
    findAmounts(
      field,
      fieldText(document, field),
      words[field],
      (position) => sentenceBoundsAt(document, field, position),
      amounts
    )
  return amounts
}

// How much a sentence counts for the event type, by where it stands.
const TITLE_WEIGHT = 3
const LEAD_SENTENCE_WEIGHT = 2.5
const LEAD_PARAGRAPH_WEIGHT = 1.5
const BODY_WEIGHT = 1
const BACKGROUND_FACTOR = 0.15
const QUOTED_FACTOR = 0.8
/**
 * Sentences of the lead paragraph that say, with the headline, what a report is about: a report
 * often opens on a hook ("The talks went better than expected.") and names the two sides in the
 * next sentence, as Italian agency copy often does.
 */
const LEAD_SENTENCES = 2

/** Where each sentence stands (in the title, in the lead) and how much it counts for the event type. */
const placeSentences = (
  document: Document,
  sides: ReadonlyArray<SentenceSides>,
  background: ReadonlyArray<boolean>
): Pick<Reading, "inTitle" | "inLead" | "sentenceWeight"> => {
  const inTitle: Array<boolean> = []
  const inLead: Array<boolean> = []
  const sentenceWeight: Array<number> = []
  for (let index = 0; index < document.sentences.length; index++) {
    const sentence = document.sentences[index]!
    const title = sentence.field === "title" || standsForTitle(document, sentence)
    const leadParagraph = sentence.paragraph === document.leadParagraph
    inTitle.push(title)
    // The second sentence leads with the first only about the two alone: "Analysts said Italy was
    // balancing its ties with China and India" closes a report about Italy and China.
    inLead.push(
      leadParagraph &&
        (sentence.indexInParagraph === 0 || (sentence.indexInParagraph < LEAD_SENTENCES && sides[index]!.others === 0))
    )
    let weight = title
      ? TITLE_WEIGHT
      : leadParagraph
        ? sentence.indexInParagraph === 0
          ? LEAD_SENTENCE_WEIGHT
          : LEAD_PARAGRAPH_WEIGHT
        : BODY_WEIGHT
    if (background[index]) weight *= BACKGROUND_FACTOR
    if (isQuoted(document.quotes[sentence.field], sentence.start + 1)) weight *= QUOTED_FACTOR
    sentenceWeight.push(weight)
  }
  return { inTitle, inLead, sentenceWeight }
}

/**
 * Without a headline, a standfirst before the lead ("Training and design among areas of cooperation")
 * plays its part.
 */
function standsForTitle(document: Document, sentence: { readonly field: string; readonly paragraph: number }): boolean {
  return (
    document.title === "" &&
    sentence.field === "text" &&
    sentence.paragraph < document.leadParagraph &&
    document.paragraphs[sentence.paragraph]!.headlineLike
  )
}

/** The event types from the lexicon's cues and from the hits the figures, people and defence makers give. */
const scoreReportTypes = (reading: Reading, figures: FigureFinding): EventTypeFinding => {
  const { document, mentions, mentionSentence, sentenceWeight } = reading
  const extraHits = figures.hits
  personHits(document, mentions, mentionSentence, sentenceWeight, reading.reference, extraHits)
  defenceMakerHits(mentions, mentionSentence, sentenceWeight, extraHits)
  for (const hit of tieUpHits(document, mentions, mentionSentence, sentenceWeight)) extraHits.push(hit)
  return scoreEventTypes({
    document,
    words: reading.words,
    sentenceWeight,
    mentionsBySentence: reading.mentionsBySentence,
    officeDate: reading.anchor ?? reading.reference,
    extraHits
  })
}

const isoOf = (time: number | undefined): string | undefined => {
  if (time === undefined) return undefined
  const date = new Date(time)
  const month = date.getUTCMonth() + 1
  const day = date.getUTCDate()
  return `${date.getUTCFullYear()}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`
}

// Functions declared once rather than named closures made per report: under tsx (esbuild's keepNames),
// creating a named function expression at run time also costs an Object.defineProperty call to name it.
function sentenceStartAt(document: Document, field: Field, position: number): number {
  return document.sentences[sentenceAt(document, field, position)]?.start ?? 0
}

function sentenceBoundsAt(document: Document, field: Field, position: number): readonly [number, number] {
  const sentence = document.sentences[sentenceAt(document, field, position)]
  return sentence === undefined ? [0, fieldText(document, field).length] : [sentence.start, sentence.end]
}
