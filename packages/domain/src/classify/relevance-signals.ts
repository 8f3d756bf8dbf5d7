import { sideCodes } from "../profile/wording.ts"
import type { EventTypeFinding } from "./event-type-scoring.ts"
import type { PackReading } from "./language/classify-language.ts"
import { countGated, readWords } from "./gated-patterns.ts"
import type { Mention } from "./entities.ts"
import type { Reading } from "./reading.ts"
import {
  bilateralCuePattern,
  domesticProcedurePattern,
  euTradeDealPattern,
  isBilateral,
  namesBilateralCue,
  lifestylePattern,
  retailPattern,
  companyResultsPattern,
  nationalDayPattern,
  ceremonyPattern,
  consularPattern,
  originPattern,
  pairActsPattern,
  pairForumPattern,
  pairWordsPattern,
  requestToStatePattern,
  sportPattern,
  summitTripPattern,
  type RelevanceInput
} from "./relevance.ts"
import type { SectorFinding } from "./sectors.ts"
import { stateActsFor } from "./sides.ts"
import { fieldText, sentenceText, type Document } from "./text.ts"

/** What judgeRelevance weighs, read from a report and the types and sectors found in it. */

/** Named office holders and titles count as topical vocabulary for relevance, up to this many. */
const MAX_OFFICE_CUES = 3

/** The two sides meeting or visiting each other. */
const meetingTypes: ReadonlySet<string> = new Set([
  "leader_meeting",
  "ministerial_dialogue",
  "official_visit",
  "business_forum"
])

/** Types in which the two deal with each other directly. */
const encounterTypes: ReadonlySet<string> = new Set([
  "leader_meeting",
  "ministerial_dialogue",
  "agreement_signed",
  "joint_statement",
  "partnership_upgrade"
])

export const relevanceSignals = (
  reading: Reading,
  eventTypes: EventTypeFinding,
  sectorFinding: SectorFinding,
  thirdPartyPairs: number,
  packReading: PackReading
): RelevanceInput => {
  const { document, words, sides, mentions } = reading
  const sportCues =
    countGated(sportPattern, document.title, words.title) + countGated(sportPattern, document.text, words.text)
  const lifestyleCues =
    countGated(lifestylePattern, document.title, words.title) + countGated(lifestylePattern, document.text, words.text)
  // Plain tests over the headline and lead (a few hundred characters); the whole text only when needed.
  const opening = openingText(document)
  const summitTrip = summitTripPattern.test(opening)
  // The two meeting, signing or agreeing in one sentence is as one-to-one as the word "bilateral".
  const bilateralCue =
    !summitTrip ||
    eventTypes.hits.some(
      (hit) =>
        encounterTypes.has(hit.type) &&
        isBilateral(sides[hit.sentence]!) &&
        // "to join discussions with leaders … at their annual G-8 summit": the summit's talks, not the pair's,
        // unless the sentence names each state acting ("Modi, in Rome for the G20, held talks with Draghi").
        (!summitTripPattern.test(sentenceText(document, hit.sentence)) ||
          bothStatesAct(reading.mentionsBySentence[hit.sentence] ?? []))
    ) ||
    bilateralCuePattern.test(document.title) ||
    namesBilateralCue(sides, (sentence) => sentenceText(document, sentence))
  // An EU–India trade deal in the headline or lead, with no meeting or visit between the two in the report.
  const euTradeFrame =
    euTradeDealPattern.test(opening) &&
    !eventTypes.hits.some((hit) => meetingTypes.has(hit.type) && isBilateral(sides[hit.sentence]!))
  const domesticProcedure = domesticProcedurePattern.test(opening)
  // Both only matter when nothing concrete happened: most reports skip reading for them.
  const weight = concreteWeight(eventTypes)
  const companyResults = weight < 1 && companyResultsPattern.test(opening)
  // Nationals in trouble are a consular story unless both governments act ("the Italian government cleared the
  // flight" that "the Indian Embassy" sent to bring them home).
  const consularCues =
    weight < 1 && !bothStatesAct(mentions) ? countGated(consularPattern, opening, readWords(opening)) : 0
  const pairActs = pairActsPattern.test(opening) || pairForumPattern.test(opening)
  const stateActs =
    !domesticProcedure ||
    bothStatesAct(mentions) ||
    requestToStatePattern.test(document.title) ||
    requestToStatePattern.test(document.text)
  return {
    sides,
    background: reading.background,
    inTitle: reading.inTitle,
    inLead: reading.inLead,
    thirdPartyPairs,
    topicCues: topicCues(reading, eventTypes, sectorFinding) + (pairActs ? 1 : 0),
    sportCues,
    lifestyleCues,
    concreteWeight: weight,
    // The two states deciding together, or a forum named for the two, act for themselves and say something
    // diplomatic or economic, with no one named.
    namesOfficials: namesOfficials(reading) || pairActs,
    summitTrip,
    bilateralCue,
    originCue: originPattern.test(opening),
    domesticProcedure,
    companyResults,
    nationalDay: weight < 1 && nationalDayPattern.test(opening) && ceremonyPattern.test(opening),
    consularCues,
    stateActs,
    retailCues:
      weight < 1
        ? countGated(retailPattern, document.title, words.title) + countGated(retailPattern, document.text, words.text)
        : 0,
    governmentNamed: mentions.some(namesGovernment),
    impliedSide: packReading.impliedSide,
    pairWordsOpen: pairWordsPattern.test(opening),
    euTradeFrame
  }
}

/** Diplomatic, economic and defence vocabulary: sector terms, event cues (remarks at half), office holders. */
const topicCues = (reading: Reading, eventTypes: EventTypeFinding, sectorFinding: SectorFinding): number => {
  let remarkHits = 0
  for (const hit of eventTypes.hits) if (hit.type === "statement_remark") remarkHits++
  let officeCues = 0
  for (let index = 0; index < reading.mentions.length && officeCues < MAX_OFFICE_CUES; index++) {
    const mention = reading.mentions[index]!
    if (mention.kind === "role" || (mention.kind === "actor" && mention.entry.kind === "person")) officeCues++
  }
  return sectorFinding.termCount + (eventTypes.hits.length - remarkHits) + 0.5 * remarkHits + officeCues
}

/** The weight of the strongest type that is a development rather than a remark. */
const concreteWeight = (eventTypes: EventTypeFinding): number => {
  let weight = 0
  for (const [type, score] of eventTypes.scores) if (type !== "statement_remark") weight = Math.max(weight, score)
  return weight
}

/** Whether a known institution or person, or a title of office, acts for someone. */
const namesOfficials = (reading: Reading): boolean =>
  reading.mentions.some(
    (mention) =>
      mention.kind === "actor" ||
      (mention.kind === "role" && mention.level !== "leader") ||
      (mention.kind === "role" && mention.side !== undefined)
  )

/** The headline and the lead paragraph: where a report says what it is about. */
const openingText = (document: Document): string => {
  const lead = document.paragraphs[document.leadParagraph]
  if (lead === undefined || lead.firstSentence >= lead.endSentence) return document.title
  const first = document.sentences[lead.firstSentence]!
  const last = document.sentences[lead.endSentence - 1]!
  return `${document.title}\n${fieldText(document, first.field).slice(first.start, last.end)}`
}

/** A title of office of either side, a government body, or a person who holds or held an office of state. */
const namesGovernment = (mention: Mention): boolean =>
  (mention.kind === "role" && mention.side !== undefined) ||
  (mention.kind === "actor" && (mention.entry.government === true || (mention.entry.offices?.length ?? 0) > 0))

/** Whether a government, an office holder or a title of office of each side is named. */
const bothStatesAct = (mentions: ReadonlyArray<Mention>): boolean =>
  stateActsFor(mentions, sideCodes[0]) && stateActsFor(mentions, sideCodes[1])
