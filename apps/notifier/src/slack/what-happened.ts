import {
  sectorById,
  type Actor,
  type Amount,
  type ClassifiedItem,
  type EventTypeId,
  type Place,
  englishMonthNames,
  bothSides,
  countryName,
  otherSide,
  pairLabel,
  sideCodes,
  type SideCode
} from "@india-italy/domain"

/**
 * "What happened" in one plain sentence, composed from the event's fields only — who did what
 * with whom, where and when, and the figure if any — never a phrase copied from the report:
 *
 *   "Narendra Modi and Giorgia Meloni met in Rome on 20 May 2026 and upgraded ties to a Special
 *    Strategic Partnership; €20 billion trade target by 2029."
 *
 * Pure. The result is plain text: the caller escapes it for Slack.
 */

/** "on 20 May 2026", "in May 2026", "in 2026"; nothing for a date that does not parse. */
export const whenPhrase = (isoDate: string | undefined, precision: ClassifiedItem["occurredPrecision"]): string => {
  const match = isoDate === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate)
  if (match === null) return ""
  const [, year, month, day] = match
  const monthName = englishMonthNames[Number(month) - 1]
  if (precision === "year" || monthName === undefined) return `in ${year}`
  if (precision === "month") return `in ${monthName} ${year}`
  return `on ${Number(day)} ${monthName} ${year}`
}

const currencySymbols: Readonly<Record<string, string>> = { EUR: "€", USD: "$", INR: "₹", GBP: "£", JPY: "¥" }

const quantity = (value: number): string => {
  for (const [size, word] of [
    [1e12, "trillion"],
    [1e9, "billion"],
    [1e6, "million"]
  ] as const) {
    if (Math.abs(value) >= size) return `${Number((value / size).toFixed(2))} ${word}`
  }
  return Math.round(value).toLocaleString("en-GB")
}

const money = (amount: Amount): string => {
  const number = quantity(amount.value)
  if (amount.currency === undefined) return number
  const symbol = currencySymbols[amount.currency]
  return symbol === undefined ? `${amount.currency} ${number}` : `${symbol}${number}`
}

/** "€20 billion trade target by 2029", "bilateral trade of $15 billion", "800 companies". */
export const figurePhrase = (amount: Amount): string => {
  const value = money(amount)
  const by = amount.year === undefined ? "" : ` by ${amount.year}`
  const inYear = amount.year === undefined ? "" : ` in ${amount.year}`
  switch (amount.measure) {
    case "trade_target":
      return `${value} trade target${by}`
    case "trade_volume":
      return `bilateral trade of ${value}${inYear}`
    case "investment":
      return `${value} of investment${inYear}`
    case "investment_target":
      return `${value} investment target${by}`
    case "company_count":
      return `${value} companies`
    case "contract_value":
      return `a contract worth ${value}`
    case "other":
      return value
  }
}

/** "A", "A and B", "A, B and C". */
const joinNames = (names: ReadonlyArray<string>): string =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`

/** Who acted: one person of each side when there are, else organisations, else the two countries. */
const principals = (actors: ReadonlyArray<Actor>): ReadonlyArray<Actor> => {
  for (const kind of ["person", "organisation"] as const) {
    const ofKind = actors.filter((actor) => actor.kind === kind)
    const pair = sideCodes
      .map((side) => ofKind.find((actor) => actor.country === side))
      .filter((actor): actor is Actor => actor !== undefined)
    if (pair.length > 0) return pair
    if (ofKind.length > 0) return ofKind.slice(0, 2)
  }
  return []
}

/** The place it happened: one of the two countries' places first. */
const mainPlace = (places: ReadonlyArray<Place>): Place | undefined =>
  places.find((place) => countryOf(place) !== undefined) ?? places[0]

/** The sectors an agreement covers, as words: "on defence and migration & mobility". */
const coverage = (item: ClassifiedItem): string => {
  const labels = item.sectors.slice(0, 2).map((sector) => {
    const label = sectorById.get(sector)?.label ?? sector
    return label.charAt(0).toLowerCase() + label.slice(1)
  })
  return labels.length === 0 ? "" : ` on ${joinNames(labels)}`
}

/** The level the partnership rose to, from the evidence of the upgrade (a tag's value, not its wording). */
const partnershipLevel = (item: ClassifiedItem): string => {
  const spans = item.evidence
    .filter((span) => span.tag === "eventType:partnership_upgrade")
    .map((span) => span.text.toLowerCase())
    .join(" ")
  if (spans.includes("special strategic") || spans.includes("strategica speciale"))
    return "a Special Strategic Partnership"
  if (spans.includes("comprehensive strategic")) return "a Comprehensive Strategic Partnership"
  if (spans.includes("strategic") || spans.includes("strategica")) return "a Strategic Partnership"
  return "a higher level"
}

type Tensed = readonly [string, string]

/**
 * Each type as [past, plain] verb phrases: "met" / "meet". The ones that read the item are made
 * only for the types it has: an alert renders this sentence for every post and refresh.
 */
const verbs = (
  item: ClassifiedItem,
  withWhom: string
): Readonly<Record<Exclude<EventTypeId, "not_relevant">, () => Tensed>> => ({
  leader_meeting: () => ["met", "meet"],
  official_visit: () => ["made an official visit", "make an official visit"],
  ministerial_dialogue: () => ["held talks", "hold talks"],
  agreement_signed: () => {
    const what = `an agreement${withWhom}${coverage(item)}`
    return [`signed ${what}`, `sign ${what}`]
  },
  partnership_upgrade: () => {
    const level = partnershipLevel(item)
    return [`upgraded ties to ${level}`, `upgrade ties to ${level}`]
  },
  joint_statement: () => ["adopted a joint statement", "adopt a joint statement"],
  defence_industry: () => ["advanced defence-industrial cooperation", "advance defence-industrial cooperation"],
  military_exercise: () => ["held a joint military exercise", "hold a joint military exercise"],
  trade_investment_figure: () => ["set out trade and investment figures", "set out trade and investment figures"],
  business_forum: () => ["took part in a business forum", "take part in a business forum"],
  legal_dispute: () => ["were parties to a legal dispute", "be parties to a legal dispute"],
  statement_remark: () => {
    const pair = pairLabel()
    return [`spoke about ${pair} relations`, `speak about ${pair} relations`]
  },
  other_bilateral: () => ["took a bilateral step", "take a bilateral step"]
})

/** Meetings and visits are the occasion, so they come first; then the primary type and the rest. */
const occasionTypes: ReadonlyArray<EventTypeId> = ["leader_meeting", "official_visit", "ministerial_dialogue"]

const orderedTypes = (item: ClassifiedItem): ReadonlyArray<Exclude<EventTypeId, "not_relevant">> => {
  const all: ReadonlyArray<EventTypeId> = [...new Set([item.eventType, ...item.eventTypes])].filter(
    (type) => type !== "not_relevant"
  )
  const occasions = occasionTypes.filter((type) => all.includes(type))
  // With other things to say, the figure at the end of the sentence is the trade figure's clause.
  const figureSaysIt = all.length > 1 && item.amounts.length > 0
  const rest = all.filter(
    (type) => !occasionTypes.includes(type) && !(figureSaysIt && type === "trade_investment_figure")
  )
  // One occasion is enough: "met and held talks" says the same thing twice.
  return [...occasions.slice(0, 1), ...rest].slice(0, 3) as ReadonlyArray<Exclude<EventTypeId, "not_relevant">>
}

/** Who the sentence is about, and the words after the subject's first action (where and when). */
interface Framing {
  readonly subject: string
  readonly firstClause: (clause: string, where: string, when: string) => string
  readonly withWhom: string
}

/** The actor's or place's side, when it is one of the two. */
function countryOf(named: Actor | Place | undefined): SideCode | undefined {
  return sideCodes.find((side) => named?.country === side)
}

/**
 * A visit has a visitor and a host: "Giorgia Meloni visited New Delhi on 2 March 2023 and met
 * Vinay Kwatra". Anything else has both sides as the subject: "Modi and Meloni met in Rome".
 */
const frame = (item: ClassifiedItem, firstType: EventTypeId, place: Place | undefined): Framing => {
  const who = principals(item.actors)
  const visitor =
    firstType === "official_visit"
      ? who.find((actor) => place !== undefined && countryOf(actor) !== undefined && actor.country !== place.country)
      : undefined
  if (visitor !== undefined && place !== undefined) {
    const host = who.find((actor) => actor !== visitor)
    const visitorSide = countryOf(visitor)
    const hostSide = visitorSide === undefined ? "" : countryName(otherSide(visitorSide))
    return {
      subject: visitor.name,
      firstClause: (_clause, _where, when) =>
        `visited ${place.name}${when}${host === undefined ? "" : ` and met ${host.name}`}`,
      withWhom: ` with ${hostSide}`
    }
  }
  const lone = who.length === 1 ? countryOf(who[0]) : undefined
  return {
    subject: who.length > 0 ? joinNames(who.map((actor) => actor.name)) : bothSides(),
    firstClause: (clause, where, when) => `${clause}${where}${when}`,
    // A lone actor acted with the other side: "Fincantieri signed an agreement with India".
    withWhom: lone === undefined ? "" : ` with ${countryName(otherSide(lone))}`
  }
}

/** One sentence saying what happened; undefined for an item that is not about the pair. */
export const describeWhatHappened = (item: ClassifiedItem): string | undefined => {
  if (!item.relevant || item.eventType === "not_relevant") return undefined
  const types = orderedTypes(item)
  const [firstType] = types
  if (firstType === undefined) return undefined
  const place = mainPlace(item.places)
  const framing = frame(item, firstType, place)
  const tense = item.status === "announced" ? 1 : 0
  const phrases = verbs(item, framing.withWhom)
  const [first, ...more] = types.map((type) => phrases[type]()[tense])
  const when = whenPhrase(item.occurredOn, item.occurredPrecision)
  const opening = framing.firstClause(
    first ?? "",
    place === undefined ? "" : ` in ${place.name}`,
    when === "" ? "" : ` ${when}`
  )
  const predicate = joinNames([opening, ...more])
  const lead = tense === 1 ? `${framing.subject} announced plans to ${predicate}` : `${framing.subject} ${predicate}`
  const figure = item.amounts[0] === undefined ? "" : `; ${figurePhrase(item.amounts[0])}`
  return `${lead}${figure}.`
}
