import type { Actor, Place } from "../actor.ts"
import type { Amount, ClassifiedItem, DatePrecision, Evidence } from "../event.ts"
import type { SectorId } from "../sector.ts"
import type { WireItem } from "../wire-item.ts"
import { collectActors, collectPlaces } from "./actors.ts"
import { findAmounts, type AmountMention } from "./amounts.ts"
import { findDates, referenceDay, type DateMention } from "./dates.ts"
import { findMentions, type Mention } from "./entities.ts"
import { officeOn } from "../knowledge/actors.ts"
import { defenceContext } from "./event-patterns.ts"
import { tieUpHits } from "./tie-up.ts"
import { scoreEventTypes, type CueHit, type ScoredType } from "./event-type.ts"
import {
  bilateralCuePattern,
  domesticProcedurePattern,
  requestToStatePattern,
  isBilateral,
  judgeRelevance,
  lifestylePattern,
  originPattern,
  sideOfCurrency,
  sidesOf,
  sportPattern,
  summitTripPattern,
  type SentenceSides
} from "./relevance.ts"
import { scoreSectors, type SectorHit } from "./sectors.ts"
import { compileGated, readWords, scanGatedSpans, type Gated, type Words } from "./lexicon.ts"
import { anchorDay, decideStatus, findLookingBack, isOlderThan, markBackground } from "./status.ts"
import { classifyInLanguage } from "./language/classify-language.ts"
import { pairProfile } from "../profile/active-profile.ts"
import { compoundSource } from "../profile/side-patterns.ts"
import { sideCodes, type SideCode } from "../profile/wording.ts"
import { fieldText, isQuoted, readDocument, sentenceAt, sentenceText, type Document, type Field } from "./text.ts"

/**
 * classify(item): a pure function from a wire report to a classified India–Italy item. It reads
 * the report once into sentences and paragraphs, finds named things, dates and amounts, marks
 * the background sentences, decides relevance, then types, sectors, date, status and confidence,
 * each with the span of text that produced it.
 */

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
/** A trade or investment figure in the report's own sentences counts like a strong cue. */
const FIGURE_WEIGHT = 1.5
/** A contract's value: strong evidence of procurement or business. */
const CONTRACT_WEIGHT = 2.5
/** "Modi calls Meloni" */
const CALL_WEIGHT = 1.5
/** "Tajani in New Delhi" in a headline. */
const HEADLINE_VISIT_WEIGHT = 2.5
const callsBefore = /\b(?:calls|called|calling|dials|dialled|dialed|phones|phoned|rings|rang)\s+(?:up\s+)?$/
/** Between a person and a place in a headline: "Tajani in New Delhi", "Modi arrives in Rome". */
const inBetween = /^[\s,]*(?:arrives |arrived |lands |landed |is |will be )?in\s+$/
/** Named office holders and titles count as topical vocabulary for relevance, up to this many. */
const MAX_OFFICE_CUES = 3
/** A defence manufacturer or defence-industry body named in the report's own sentences. */
const DEFENCE_MAKER_WEIGHT = 0.5

const compoundPattern = compileGated(compoundSource(pairProfile.sides[0], pairProfile.sides[1]), "")

const countMatches = (pattern: Gated, text: string, words: Words): number => {
  let count = 0
  scanGatedSpans(pattern, text, words, () => count++)
  return count
}

const isoOf = (time: number | undefined): string | undefined => {
  if (time === undefined) return undefined
  const date = new Date(time)
  const month = date.getUTCMonth() + 1
  const day = date.getUTCDate()
  return `${date.getUTCFullYear()}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`
}

const span = (document: Document, tag: string, field: Field, start: number, end: number): Evidence => ({
  tag,
  field,
  start,
  end,
  text: fieldText(document, field).slice(start, end)
})

type Mutable<A> = { -readonly [K in keyof A]: A[K] }

/** The result with the item's own fields; built by assignment because object spreads are slow on this hot path. */
const withSource = (item: WireItem, result: Mutable<ClassifiedItem>): ClassifiedItem => {
  if (item.url !== undefined) result.url = item.url
  if (item.published !== undefined) result.published = item.published
  if (item.source !== undefined) result.source = item.source
  return result
}

/** Which sentence each found thing stands in (-1 for none), and the things of each sentence. */
const groupBySentence = <A extends { readonly field: Field; readonly start: number }>(
  document: Document,
  found: ReadonlyArray<A>
): { readonly sentenceOf: Array<number>; readonly bySentence: Array<Array<A>> } => {
  const sentenceOf: Array<number> = []
  const bySentence: Array<Array<A>> = []
  for (let index = 0; index < document.sentences.length; index++) bySentence.push([])
  for (const thing of found) {
    const sentence = sentenceAt(document, thing.field, thing.start)
    sentenceOf.push(sentence)
    if (sentence >= 0) bySentence[sentence]!.push(thing)
  }
  return { sentenceOf, bySentence }
}

/**
 * A place that is also the seat of another country or of an international body (Rome, with the
 * Holy See and the UN food agencies) takes no side in a report that names that country or body:
 * the Pope's visitors "in Rome" are not visiting Italy, nor is a delegate at the FAO. The Holy See
 * lies within Italy, so in a report that names it every Italian place, and Italy named as a venue
 * ("in southern Italy"), takes no side either. Italy is still a party when the report names it in
 * some other way (its people, its government). True when a mention changed side.
 */
const setAsideSeatsOfOthers = (mentions: Array<Mention>, item: WireItem): boolean => {
  let changed = false
  const surrounding = sideAroundNamedEnclave(mentions)
  // Countries and actors named anywhere, once: looking them up per place was quadratic in mentions.
  const named = new Set<string>()
  for (const other of mentions) {
    if (other.kind === "country") named.add(other.country)
    else if (other.kind === "actor") named.add(other.entry.name)
  }
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index]!
    if (
      surrounding !== undefined &&
      mention.side === surrounding &&
      (mention.kind === "place" || (mention.kind === "country" && isVenue(item, mention)))
    ) {
      // "Borgo Egnazia: Modi met Pope Francis at the G7 summit in southern Italy": with the Holy
      // See in the story, Italy's places are where it happened, not who took part.
      mentions[index] = { ...mention, side: "other" }
      changed = true
      continue
    }
    if (mention.kind !== "place" || mention.entry.alsoSeatOf === undefined) continue
    const seats = mention.entry.alsoSeatOf
    if (seats.some((seat) => named.has(seat))) {
      mentions[index] = { ...mention, side: "other" }
      changed = true
    }
  }
  return changed
}

// The enclaves (the Holy See) whose mention makes the surrounding side's places a mere venue.
const enclaveSurroundings = new Map(
  pairProfile.enclaves.filter((enclave) => enclave.placesTakeNoSide).map((enclave) => [enclave.name, enclave.within])
)

/** The side around an enclave the report names (Italy, around the Holy See), if any. */
const sideAroundNamedEnclave = (mentions: ReadonlyArray<Mention>): string | undefined => {
  for (const mention of mentions) {
    if (mention.kind !== "country") continue
    const within = enclaveSurroundings.get(mention.country)
    if (within !== undefined) return within
  }
  return undefined
}

// "in Italy", "in southern Italy": the country as the place where something happened.
const venueBefore = /\bin (?:(?:southern|northern|central|eastern|western|north|south) )?$/
/** Types in which the two deal with each other directly. */
const encounterTypes: ReadonlySet<string> = new Set([
  "leader_meeting",
  "ministerial_dialogue",
  "agreement_signed",
  "joint_statement",
  "partnership_upgrade"
])

/** Whether a government, an office holder or a title of office of `side` is named. */
const stateActsFor = (mentions: ReadonlyArray<Mention>, side: SideCode): boolean =>
  mentions.some(
    (mention) =>
      mention.side === side &&
      (mention.kind === "role" ||
        (mention.kind === "actor" && (mention.entry.kind === "person" || mention.entry.government === true)))
  )

/** The headline and the lead paragraph: where a report says what it is about. */
const openingText = (document: Document): string => {
  const lead = document.paragraphs[document.leadParagraph]
  if (lead === undefined || lead.firstSentence >= lead.endSentence) return document.title
  const first = document.sentences[lead.firstSentence]!
  const last = document.sentences[lead.endSentence - 1]!
  return `${document.title}\n${fieldText(document, first.field).slice(first.start, last.end)}`
}

// "during the G20 summit held in India", "the summit in Rome": the host of a gathering of many is its venue.
const gatheringVenueBefore =
  /\b(?:summit|conference|g-?20|g-?7|meeting of|assembly|olympics|world cup|games)\s(?:(?:was |being )?(?:held|hosted|taking place|under way)\s)?in\s$/i

/** Country and place names that only say where a multilateral gathering took place take no side. True when one changed. */
const setAsideGatheringVenues = (mentions: Array<Mention>, item: WireItem): boolean => {
  let changed = false
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index]!
    if ((mention.kind !== "country" && mention.kind !== "place") || mention.side === "other") continue
    const text = mention.field === "title" ? item.title : item.text
    if (!gatheringVenueBefore.test(text.slice(Math.max(0, mention.start - 48), mention.start))) continue
    mentions[index] = { ...mention, side: "other" }
    changed = true
  }
  return changed
}

const isVenue = (item: WireItem, mention: Mention): boolean => {
  const text = mention.field === "title" ? item.title : item.text
  return venueBefore.test(text.slice(Math.max(0, mention.start - 16), mention.start))
}

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

/** The English rules alone; `classify` first bounds the report, then decides its language (classify/language/). */
export const classifyEnglish = (item: WireItem): ClassifiedItem => {
  // Named things first: most reports in a feed never name both sides, and need nothing more.
  const words = { title: readWords(item.title), text: readWords(item.text) }
  const mentions: Array<Mention> = []
  findMentions("title", item.title, words.title, mentions)
  findMentions("text", item.text, words.text, mentions)
  if (!namesBothSides(mentions) || (setAsideSeatsOfOthers(mentions, item) && !namesBothSides(mentions)))
    return notRelevant(item, 0.95, [])
  if (setAsideGatheringVenues(mentions, item) && !namesBothSides(mentions)) return notRelevant(item, 0.95, [])

  const document = readDocument(item.title, item.text)
  const { sentences } = document
  const { sentenceOf: mentionSentence, bySentence: mentionsBySentence } = groupBySentence(document, mentions)

  // Which side each sentence names. The first rule of relevance: without a sentence that names both
  // sides together, nothing else matters, so such a report stops here, before the costlier steps.
  const sides: Array<SentenceSides> = mentionsBySentence.map(sidesOf)
  for (const field of ["title", "text"] as const) {
    scanGatedSpans(compoundPattern, fieldText(document, field), words[field], (start) => {
      const index = sentenceAt(document, field, start)
      if (index >= 0) sides[index] = { ...sides[index]!, first: true, second: true, compound: true }
    })
  }
  if (!sides.some(isBilateral)) return notRelevant(item, 0.95, [])
  let thirdPartyPairs = 0
  for (const sentenceSides of sides)
    if ((sentenceSides.first || sentenceSides.second) && sentenceSides.others > 0 && !isBilateral(sentenceSides))
      thirdPartyPairs++

  // Dates against the publication day (or, without one, nothing relative can be resolved).
  const referenceTime = referenceDay(item.published)
  const reference = isoOf(referenceTime)
  const dates: Array<DateMention> = []
  findDates(
    "title",
    document.title,
    words.title,
    referenceTime,
    (position) => sentenceStartAt(document, "title", position),
    dates
  )
  findDates(
    "text",
    document.text,
    words.text,
    referenceTime,
    (position) => sentenceStartAt(document, "text", position),
    dates
  )
  // "today" inside a quoted post is the day of the post, which may be long before the report.
  // (Compacted in place: a splice per dropped date was quadratic in a long text.)
  let kept = 0
  for (const mention of dates)
    if (!(mention.relative && isQuoted(document.quotes[mention.field], mention.start))) dates[kept++] = mention
  dates.length = kept
  const { sentenceOf: dateSentence, bySentence: datesBySentence } = groupBySentence(document, dates)

  const anchor = anchorDay(document, dates, reference)
  const background = markBackground(document, datesBySentence, findLookingBack(document, words), anchor)

  // Where each sentence stands, and how much it counts for the event type.
  const inTitle: Array<boolean> = []
  const inLead: Array<boolean> = []
  const sentenceWeight: Array<number> = []
  // Without a headline, a standfirst before the lead ("Training and design among areas of cooperation") plays its part.
  const standsForTitle = (sentence: { readonly field: string; readonly paragraph: number }): boolean =>
    document.title === "" &&
    sentence.field === "text" &&
    sentence.paragraph < document.leadParagraph &&
    document.paragraphs[sentence.paragraph]!.headlineLike
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]!
    const title = sentence.field === "title" || standsForTitle(sentence)
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

  // Amounts, and the extra event-type hits they and defence makers give.
  const amountMentions: Array<AmountMention> = []
  findAmounts(
    "title",
    document.title,
    words.title,
    (position) => sentenceBoundsAt(document, "title", position),
    amountMentions
  )
  findAmounts(
    "text",
    document.text,
    words.text,
    (position) => sentenceBoundsAt(document, "text", position),
    amountMentions
  )
  // One pass over the amounts: the sides, sector terms and event-type hits they give.
  const extraHits: Array<CueHit> = []
  let reportsFigures = false
  const figures: Array<SectorHit> = []
  for (const mention of amountMentions) {
    const { measure, currency } = mention.amount
    if (measure !== "other" && measure !== "company_count") reportsFigures = true
    const sentence = sentenceAt(document, mention.field, mention.start)
    if (sentence < 0) continue
    // Money in rupees is India's side of a sentence: "Italian contractor wins Rs 640-crore award against
    // NHIDCL" is an India–Italy dispute even when the Indian party is a body no dictionary knows.
    const owner = sideOfCurrency(currency)
    if (owner !== undefined && !sides[sentence]![owner]) sides[sentence] = { ...sides[sentence]!, [owner]: true }
    // "Italian firm commits Rs 10,000 crore to a solar park": an investment figure is investment news
    // whatever its words. Trade figures come with their own words ("trade", "exports"); money
    // promised often does not ("MoUs worth", "commits").
    if (measure === "investment" || measure === "investment_target")
      figures.push({ sector: "investment", field: mention.field, start: mention.start, end: mention.end, sentence })
    if (measure === "other") continue
    if (measure === "contract_value") {
      // A contract for arms is defence-industrial news; any other contract is a business figure.
      const words = sentenceText(document, sentence)
      const type = defenceContext.test(words) ? "defence_industry" : "trade_investment_figure"
      extraHits.push({
        type,
        field: mention.field,
        start: mention.start,
        end: mention.end,
        sentence,
        weight: CONTRACT_WEIGHT * sentenceWeight[sentence]!
      })
      continue
    }
    // Money put into making arms ("a Rs 240 crore joint venture for loitering munitions") is
    // defence-industrial news; trade volumes and targets stay figures whatever they cover.
    const type =
      measure === "investment" && defenceContext.test(sentenceText(document, sentence))
        ? "defence_industry"
        : "trade_investment_figure"
    extraHits.push({
      type,
      field: mention.field,
      start: mention.start,
      end: mention.end,
      sentence,
      weight: FIGURE_WEIGHT * sentenceWeight[sentence]!
    })
  }
  mentions.forEach((mention, index) => {
    if (mention.kind !== "actor" || mention.entry.kind !== "person") return
    const sentence = mentionSentence[index]!
    if (sentence < 0) return
    const text = fieldText(document, mention.field)
    // "Modi calls Meloni": a phone call between the two.
    if (callsBefore.test(text.slice(Math.max(0, mention.start - 16), mention.start))) {
      const level = officeOn(mention.entry, reference)?.level
      extraHits.push({
        type: level === "leader" ? "leader_meeting" : "ministerial_dialogue",
        field: mention.field,
        start: mention.start,
        end: mention.end,
        sentence,
        weight: CALL_WEIGHT * sentenceWeight[sentence]!
      })
    }
    // A headline "Tajani in New Delhi": someone of one side in a place of the other is visiting.
    if (mention.field === "title") {
      const next = mentions[index + 1]
      if (
        next !== undefined &&
        next.field === "title" &&
        (next.kind === "place" || next.kind === "country") &&
        next.side !== "other" &&
        next.side !== mention.side &&
        inBetween.test(text.slice(mention.end, next.start))
      ) {
        extraHits.push({
          type: "official_visit",
          field: "title",
          start: mention.start,
          end: next.end,
          sentence,
          weight: HEADLINE_VISIT_WEIGHT * sentenceWeight[sentence]!
        })
      }
    }
  })
  mentions.forEach((mention, index) => {
    if (mention.kind !== "actor" || mention.entry.defenceIndustry !== true) return
    const sentence = mentionSentence[index]!
    if (sentence >= 0)
      extraHits.push({
        type: "defence_industry",
        field: mention.field,
        start: mention.start,
        end: mention.end,
        sentence,
        weight: DEFENCE_MAKER_WEIGHT * sentenceWeight[sentence]!
      })
  })
  for (const hit of tieUpHits(document, mentions, mentionSentence, sentenceWeight)) extraHits.push(hit)

  const officeDate = anchor ?? reference
  const eventTypes = scoreEventTypes({ document, words, sentenceWeight, mentionsBySentence, officeDate, extraHits })
  const sectorFinding = scoreSectors(document, words, background, mentions, mentionSentence, {
    reportsFigures,
    figures,
    militaryExercise: eventTypes.primary === "military_exercise"
  })

  const sportCues =
    countMatches(sportPattern, document.title, words.title) + countMatches(sportPattern, document.text, words.text)
  const lifestyleCues =
    countMatches(lifestylePattern, document.title, words.title) +
    countMatches(lifestylePattern, document.text, words.text)
  let remarkHits = 0
  for (const hit of eventTypes.hits) if (hit.type === "statement_remark") remarkHits++
  let officeCues = 0
  for (let index = 0; index < mentions.length && officeCues < MAX_OFFICE_CUES; index++) {
    const mention = mentions[index]!
    if (mention.kind === "role" || (mention.kind === "actor" && mention.entry.kind === "person")) officeCues++
  }
  const topicCues = sectorFinding.termCount + (eventTypes.hits.length - remarkHits) + 0.5 * remarkHits + officeCues
  let concreteWeight = 0
  for (const [type, weight] of eventTypes.scores)
    if (type !== "statement_remark") concreteWeight = Math.max(concreteWeight, weight)
  const namesOfficials = mentions.some(
    (mention) =>
      mention.kind === "actor" ||
      (mention.kind === "role" && mention.level !== "leader") ||
      (mention.kind === "role" && mention.side !== undefined)
  )
  // Plain tests over the headline and lead (a few hundred characters); the whole text only when needed.
  const opening = openingText(document)
  const summitTrip = summitTripPattern.test(opening)
  // The two meeting, signing or agreeing in one sentence is as one-to-one as the word "bilateral".
  const bilateralCue =
    !summitTrip ||
    eventTypes.hits.some((hit) => encounterTypes.has(hit.type) && isBilateral(sides[hit.sentence]!)) ||
    bilateralCuePattern.test(document.title) ||
    bilateralCuePattern.test(document.text)
  const originCue = originPattern.test(opening)
  const domesticProcedure = domesticProcedurePattern.test(opening)
  const stateActs =
    !domesticProcedure ||
    (stateActsFor(mentions, sideCodes[0]) && stateActsFor(mentions, sideCodes[1])) ||
    requestToStatePattern.test(document.title) ||
    requestToStatePattern.test(document.text)
  const verdict = judgeRelevance({
    sides,
    background,
    inTitle,
    inLead,
    thirdPartyPairs,
    topicCues,
    sportCues,
    lifestyleCues,
    concreteWeight,
    namesOfficials,
    summitTrip,
    bilateralCue,
    originCue,
    domesticProcedure,
    stateActs
  })

  if (!verdict.relevant) {
    // Confidence in the verdict: lower when the pair did appear together somewhere.
    return notRelevant(
      item,
      verdict.score === 0 ? 0.95 : 0.7,
      verdict.evidenceSentence < 0 ? [] : [sentenceEvidence(document, "relevance", verdict.evidenceSentence)]
    )
  }

  const primary = eventTypes.primary
  const evidence: Array<Evidence> = [sentenceEvidence(document, "relevance", verdict.evidenceSentence)]

  // Event-type evidence: the strongest hits of each type given.
  for (const type of eventTypes.types) {
    let given = 0
    for (const hit of eventTypes.hits) {
      if (hit.type !== type || given >= 2) continue
      evidence.push(span(document, `eventType:${type}`, hit.field, hit.start, hit.end))
      given++
    }
  }

  // When it happened: the date in the sentence that best carries the primary development.
  const occurred = chooseDate(anchor, document, dates, dateSentence, background, eventTypes.typesBySentence, primary)
  let occurredOn: string | undefined = occurred?.date
  let occurredPrecision: DatePrecision | undefined = occurred?.precision

  // Status from the sentence of the strongest primary cue.
  const primaryHit = eventTypes.hits.find((hit) => hit.type === primary)
  const foregroundBilateral = sides.some((sentenceSides, index) => isBilateral(sentenceSides) && !background[index])
  const primarySentence = primaryHit === undefined ? undefined : sentences[primaryHit.sentence]
  // Up to the cue: "will" and "to" come before what is planned ("will visit", "to sign").
  const statusWindowEnd = primaryHit === undefined || primarySentence === undefined ? 0 : primaryHit.end
  const status =
    primarySentence === undefined
      ? decideStatus("", 0, !foregroundBilateral, occurredOn, reference)
      : decideStatus(
          fieldText(document, primarySentence.field).slice(primarySentence.start, statusWindowEnd),
          primarySentence.start,
          !foregroundBilateral,
          occurredOn,
          reference
        )
  if (status.cue !== undefined && primarySentence !== undefined)
    evidence.push(span(document, "status", primarySentence.field, status.cue.start, status.cue.end))
  // Something still to come happens after the report: "left today to take part in the exercise,
  // which runs from 24 June" is dated by the 24th, not by today.
  const dated =
    occurred !== undefined && status.status === "announced" && reference !== undefined && occurred.date <= reference
      ? (chooseDate(
          anchor,
          document,
          dates,
          dateSentence,
          background,
          eventTypes.typesBySentence,
          primary,
          reference
        ) ?? occurred)
      : occurred
  if (dated !== occurred && dated !== undefined) {
    occurredOn = dated.date
    occurredPrecision = dated.precision
  }
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

  // Sectors.
  for (const hit of sectorFinding.evidence)
    evidence.push(span(document, `sector:${hit.sector}`, hit.field, hit.start, hit.end))

  // Actors and places: those of the report's own sentences (all of them when everything is background).
  const foregroundMentions = mentions.filter(
    (_, index) => mentionSentence[index]! >= 0 && !background[mentionSentence[index]!]
  )
  const actorSource = foregroundMentions.some((mention) => mention.kind === "actor") ? foregroundMentions : mentions
  const actors: Array<Actor> = []
  for (const found of collectActors(actorSource, occurredPrecision === "day" ? occurredOn : officeDate)) {
    actors.push(found.value)
    evidence.push(
      span(document, `actor:${found.value.name}`, found.mention.field, found.mention.start, found.mention.end)
    )
  }
  const places: Array<Place> = []
  for (const found of collectPlaces(
    foregroundMentions.some((mention) => mention.kind === "place") ? foregroundMentions : mentions
  )) {
    places.push(found.value)
    evidence.push(
      span(document, `place:${found.value.name}`, found.mention.field, found.mention.start, found.mention.end)
    )
  }

  // Amounts of the report's own sentences.
  const amounts: Array<Amount> = []
  for (const mention of amountMentions) {
    const sentence = sentenceAt(document, mention.field, mention.start)
    if (sentence >= 0 && background[sentence]) continue
    // The headline and the text often give the same figure.
    const { value, currency, measure } = mention.amount
    if (amounts.some((known) => known.value === value && known.currency === currency && known.measure === measure))
      continue
    amounts.push(mention.amount)
    evidence.push(span(document, "amount", mention.field, mention.start, mention.end))
  }

  const sectors: Array<SectorId> = [...sectorFinding.sectors]
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
    status: status.status,
    confidence: confidenceOf(verdict.score, eventTypes.scores, primary, occurred !== undefined),
    evidence
  }
  if (occurredOn !== undefined) {
    result.occurredOn = occurredOn
    result.occurredPrecision = occurredPrecision
  }
  return withSource(item, result)
}

/** Any report, in any language: see classify/language/classify-language.ts. */

/** A report that never names an Indian and an Italian side (by country, place, office holder or institution). */
function namesBothSides(mentions: ReadonlyArray<Mention>): boolean {
  let first = false
  let second = false
  for (const mention of mentions) {
    if (mention.side === sideCodes[0]) first = true
    else if (mention.side === sideCodes[1]) second = true
    if (first && second) return true
  }
  return false
}

function notRelevant(item: WireItem, confidence: number, evidence: Array<Evidence>): ClassifiedItem {
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

// Functions declared once rather than named closures made per report: under tsx (esbuild's keepNames),
// creating a named function expression at run time also costs an Object.defineProperty call to name it.
function sentenceStartAt(document: Document, field: Field, position: number): number {
  return document.sentences[sentenceAt(document, field, position)]?.start ?? 0
}

function sentenceBoundsAt(document: Document, field: Field, position: number): readonly [number, number] {
  const sentence = document.sentences[sentenceAt(document, field, position)]
  return sentence === undefined ? [0, fieldText(document, field).length] : [sentence.start, sentence.end]
}

function sentenceEvidence(document: Document, tag: string, index: number): Evidence {
  const sentence = document.sentences[index]!
  return span(document, tag, sentence.field, sentence.start, sentence.end)
}

/**
 * The date of the development: among the dates of the report's own sentences, the one in the
 * sentence that carries the primary type, preferring the lead, precise days, and dates that are
 * not merely when someone spoke ("said on Sunday").
 */
function chooseDate(
  anchor: string | undefined,
  document: Document,
  dates: ReadonlyArray<DateMention>,
  dateSentence: ReadonlyArray<number>,
  background: ReadonlyArray<boolean>,
  typesBySentence: ReadonlyArray<ReadonlySet<ScoredType> | undefined>,
  primary: ScoredType,
  /** Only dates after this day (for something still to come). */
  after?: string
): DateMention | undefined {
  let best: DateMention | undefined
  let bestScore = -Infinity
  dates.forEach((mention, index) => {
    const sentence = dateSentence[index]!
    if (sentence < 0 || mention.dateline || background[sentence] || (after !== undefined && mention.date <= after))
      return
    const types = typesBySentence[sentence]
    let score = 0
    if (types?.has(primary)) score += 3
    else if (types !== undefined && [...types].some((type) => type !== "statement_remark")) score += 1
    if (
      document.sentences[sentence]!.paragraph === document.leadParagraph ||
      document.sentences[sentence]!.field === "title"
    )
      score += 2
    if (mention.ofStatement && primary !== "statement_remark") score -= 3
    if (mention.precision === "day") score += 1
    else if (mention.precision === "year") score -= 1
    if (mention.future) score -= 0.5
    // A date well before the report's own in a sentence about the news is a reference period ("the year that ended on March 31").
    if (anchor !== undefined && isOlderThan(mention, anchor)) score -= 2
    if (score > bestScore) {
      bestScore = score
      best = mention
    }
  })
  if (best !== undefined && best.precision === "month") {
    // "next month … from 14 April": a day within the chosen month says the same, more exactly.
    const month = best.date.slice(0, 7)
    const day = dates.find(
      (mention, index) =>
        mention.precision === "day" &&
        !mention.dateline &&
        !mention.ofStatement &&
        mention.date.slice(0, 7) === month &&
        dateSentence[index]! >= 0 &&
        !background[dateSentence[index]!]
    )
    if (day !== undefined) return day
  }
  if (best !== undefined || after !== undefined) return best
  // Only the dateline dates the report.
  return dates.find((mention) => mention.dateline)
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
