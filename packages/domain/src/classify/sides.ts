import { pairProfile } from "../profile/active-profile.ts"
import { compoundSource } from "../profile/side-patterns.ts"
import { sideCodes, type SideCode } from "../profile/wording.ts"
import type { WireItem } from "../wire-item.ts"
import { findMentions, type Mention } from "./entities.ts"
import { compileGated, scanGatedSpans, type Gated, type Words } from "./gated-patterns.ts"
import { isBilateral, sidesOf, type SentenceSides } from "./relevance.ts"
import { fieldText, sentenceAt, type Document } from "./text.ts"

/**
 * Which side each named thing takes. A report is India–Italy news only when it names both sides;
 * a place that is only the venue of someone else's business (Rome as the Holy See's seat, Delhi as
 * a summit's host) takes no side.
 */

/**
 * The named things of a report, with venues set aside; undefined when the report does not name an
 * Indian and an Italian side (by country, place, office holder or institution), as most reports in
 * a feed do not: they need nothing more.
 */
export const findPartyMentions = (
  item: WireItem,
  words: Readonly<Record<"title" | "text", Words>>
): Array<Mention> | undefined => {
  const mentions: Array<Mention> = []
  findMentions("title", item.title, words.title, mentions)
  findMentions("text", item.text, words.text, mentions)
  if (!namesBothSides(mentions) || (setAsideSeatsOfOthers(mentions, item) && !namesBothSides(mentions)))
    return undefined
  if (setAsideGatheringVenues(mentions, item) && !namesBothSides(mentions)) return undefined
  if (setAsideDateline(mentions, item) && !namesBothSides(mentions)) return undefined
  return mentions
}

/**
 * Where a wire report was filed: a place at the very start of the text (with ANI's "[Italy]"), a comma, a date, the
 * agency perhaps, then a dash or a colon (PTI's has none): "Rome, June 5 (Reuters) -", "New Delhi [India], June 10
 * (ANI):", "Milan, Mar 4 (PTI) The…", "Roma, 2 apr. (Adnkronos) –". Bounded repetitions only.
 */
const datelineAtStart = new RegExp(
  String.raw`^\s*[A-Z][\w.'’-]+(?:\s[A-Z][\w.'’-]+){0,2}(?:\s?\[[^\]\n]{1,30}\])?,\s{0,3}` +
    String.raw`(?:\d{1,2}\s[A-Za-z]{3,9}\.?|[A-Z][a-z]{2,8}\.?\s\d{1,2})(?:,?\s\d{4})?\s{0,3}` +
    String.raw`(?:\([^)\n]{1,30}\)\s{0,3}[-–—:]?|[-–—:])`
)

/**
 * The place a report was filed from takes no side: a Reuters story from Rome about India and Germany is not Italy's.
 * True when one changed.
 */
const setAsideDateline = (mentions: Array<Mention>, item: WireItem): boolean => {
  const dateline = datelineAtStart.exec(item.text)
  if (dateline === null) return false
  let changed = false
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index]!
    if (mention.field !== "text" || mention.end > dateline[0].length) continue
    if ((mention.kind !== "country" && mention.kind !== "place") || mention.side === "other") continue
    mentions[index] = { ...mention, side: "other" }
    changed = true
  }
  return changed
}

/** Whether the mentions name an Indian and an Italian side. */
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

// "in Italy", "in southern Italy", "on a visit to Italy", "Apulia (Italy)": the country as the place where
// something happened.
const venueBefore =
  /(?:\bin (?:(?:southern|northern|central|eastern|western|north|south) )?|\b(?:visit|trip|tour) to |\w \()$/

const isVenue = (item: WireItem, mention: Mention): boolean => {
  const text = mention.field === "title" ? item.title : item.text
  return venueBefore.test(text.slice(Math.max(0, mention.start - 16), mention.start))
}

// "during the G20 summit held in India", "the summit in Rome": the host of a gathering of many is its venue.
const gatheringVenueBefore = new RegExp(
  // A gathering's own meetings too: "the G20 Culture Ministers' Meeting in Varanasi", "the working group in Goa".
  String.raw`\b(?:summit|conference|g-?20|g-?7|meeting of|assembly|olympics|world cup|games|ministerial|` +
    String.raw`ministers['’]? meetings?|working group(?: meetings?)?)\s(?:(?:was |` +
    String.raw`being )?(?:held|hosted|taking place|under way)\s)?in\s$`,
  "i"
)

/** Whether `text` has "in" (any case) and one more character before `position`, as gatheringVenueBefore requires. */
const endsWithIn = (text: string, position: number): boolean =>
  (text.charCodeAt(position - 3) | 0x20) === 0x69 && (text.charCodeAt(position - 2) | 0x20) === 0x6e

/**
 * Country and place names that only say where a multilateral gathering took place take no side. True when
 * one changed.
 */
const setAsideGatheringVenues = (mentions: Array<Mention>, item: WireItem): boolean => {
  let changed = false
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index]!
    if ((mention.kind !== "country" && mention.kind !== "place") || mention.side === "other") continue
    const text = mention.field === "title" ? item.title : item.text
    if (!endsWithIn(text, mention.start)) continue
    if (!gatheringVenueBefore.test(text.slice(Math.max(0, mention.start - 48), mention.start))) continue
    mentions[index] = { ...mention, side: "other" }
    changed = true
  }
  return changed
}

const compoundPattern: Gated = compileGated(compoundSource(pairProfile.sides[0], pairProfile.sides[1]), "")

/** Which sides each sentence names; a compound ("India-Italy", "Indo-Italian") names both. */
export const sentenceSides = (
  document: Document,
  words: Readonly<Record<"title" | "text", Words>>,
  mentionsBySentence: ReadonlyArray<ReadonlyArray<Mention>>
): Array<SentenceSides> => {
  const sides: Array<SentenceSides> = mentionsBySentence.map(sidesOf)
  for (const field of ["title", "text"] as const) {
    scanGatedSpans(compoundPattern, fieldText(document, field), words[field], (start) => {
      const index = sentenceAt(document, field, start)
      if (index >= 0) sides[index] = { ...sides[index]!, first: true, second: true, compound: true }
    })
  }
  return sides
}

/** Sentences that pair one side with a third country: how much the report is about someone else. */
export const countThirdPartyPairs = (sides: ReadonlyArray<SentenceSides>): number => {
  let pairs = 0
  for (const sentenceSides of sides)
    if ((sentenceSides.first || sentenceSides.second) && sentenceSides.others > 0 && !isBilateral(sentenceSides))
      pairs++
  return pairs
}

/** Whether a government, an office holder or a title of office of `side` is named. */
export const stateActsFor = (mentions: ReadonlyArray<Mention>, side: SideCode): boolean =>
  mentions.some(
    (mention) =>
      mention.side === side &&
      (mention.kind === "role" ||
        (mention.kind === "actor" && (mention.entry.kind === "person" || mention.entry.government === true)))
  )
