import type { SideCode } from "../profile/wording.ts"
import { pairProfile } from "../profile/active-profile.ts"
import { bothSides, pairLabel } from "../profile/wording.ts"
import type { Mention } from "./entities.ts"
import { compileGated } from "./gated-patterns.ts"
import { blocTradeDealReason, pairCuePatterns } from "./pair-cues.ts"

/**
 * Is the report about India–Italy relations? Co-mention alone is not enough. A report is relevant
 * when both sides appear TOGETHER in its sentences (by country name, capital, office holder or
 * institution — so a report whose country names are missing but whose actors are Meloni and an
 * Indian foreign secretary still counts), in a bilateral rather than multilateral setting (a
 * roll-call of G20 members is not a bilateral sentence), about matters of state, economy or
 * defence rather than sport or lifestyle, and with the pair at the centre rather than at the edge
 * of a report about a third country.
 */

/** `first` and `second`: the pair profile's two sides, in its order. */
export interface SentenceSides {
  readonly first: boolean
  readonly second: boolean
  /** Distinct third countries named in the sentence. */
  readonly others: number
  /** A compound naming both ("India-Italy", "Indo-Italian"). */
  readonly compound: boolean
}

export interface RelevanceInput {
  readonly sides: ReadonlyArray<SentenceSides>
  readonly background: ReadonlyArray<boolean>
  readonly inTitle: ReadonlyArray<boolean>
  /** The first sentences of the lead paragraph: with the title, where a report says what it is about. */
  readonly inLead: ReadonlyArray<boolean>
  /** Weight of the strongest concrete development type (not a remark, not "other"). */
  readonly concreteWeight: number
  /** Whether an office holder, a title of office or a known institution is named. */
  readonly namesOfficials: boolean
  /** Count of third-country co-mentions with one side, by country: how much the report is about someone else. */
  readonly thirdPartyPairs: number
  /** Matches of diplomatic, economic and defence vocabulary (event cues and sector terms). */
  readonly topicCues: number
  readonly sportCues: number
  readonly lifestyleCues: number
  /** The headline or lead says one side's person is there for a multilateral summit or event. */
  readonly summitTrip: boolean
  /** Words of a bilateral encounter or relationship ("bilateral", "counterpart", "India-Italy"). */
  readonly bilateralCue: boolean
  /** The headline or lead makes Italy or India someone's origin ("born in Italy", "Italian connection"). */
  readonly originCue: boolean
  /** The headline or lead reports a domestic criminal procedure (bail, custody, a probe by an agency). */
  readonly domesticProcedure: boolean
  /** The headline or lead reports a company's financial results (turnover, profit, a quarter). */
  readonly companyResults: boolean
  /**
   * Nothing concrete happened, and the headline or lead speaks of a national day with a ceremony's words
   * (nationalDayPattern, ceremonyPattern): one side's mission marking it.
   */
  readonly nationalDay: boolean
  /** Words of one side's nationals met with trouble in the other's country, in the headline and lead. */
  readonly consularCues: number
  /** Whether a government of either side, or a person holding office, acts in the report. */
  readonly stateActs: boolean
  /** Words of a brand selling to consumers: its products, models, showrooms, stores and customers. */
  readonly retailCues: number
  /** A government body, an office holder or a title of office of either side is named (a company's is not). */
  readonly governmentNamed: boolean
  /**
   * The headline or lead is about a trade deal between the European Union and India: Italy is then one member
   * among many, unless the two sides meet or visit each other in the report.
   */
  readonly euTradeFrame?: boolean
  /** The side the report's press leaves implicit (Italy, in the Italian press), if any. */
  readonly impliedSide?: SideCode | undefined
  /**
   * The headline or lead speaks of the pair without naming both ("to boost the cooperation between the two
   * countries"): one side named there and the other later in the report is the pair at the centre.
   */
  readonly pairWordsOpen: boolean
}

export interface RelevanceVerdict {
  readonly relevant: boolean
  /** Weighted count of bilateral sentences. */
  readonly score: number
  /** Index of the sentence that best shows the pair, or -1. */
  readonly evidenceSentence: number
  readonly reason: string
}

/** More third countries than this in one sentence make it a roll-call, not a bilateral sentence. */
const MAX_THIRD_COUNTRIES = 2

/**
 * "arrived in Rome to attend the G20 Summit", "in Italy for the G7", "to attend this year's G7 Summit": there for the
 * many, not the one.
 */
export const summitTripPattern = new RegExp(
  // Every tense: "attended", "took part in", "participated in", "spoke at" the gathering.
  String.raw`\b(?:attend|attends|attended|attending|take part in|takes part in|took part in|taking part in|` +
    "participate in|participates in|participated in|participating in|spoke at|speaks at|speaking at|" +
    "for the|at their|at the annual|" +
    // Not a business audience addressed ("addressed a CEOs Business Interactive session in Rome").
    String.raw`(?:address|addressed|addressing)(?!\s(?:an?\s|the\s)?(?:[\w-]+\s){0,4}?` +
    String.raw`(?:business|ceos?|industry|investors?|interactive|trade)\b))\s(?:the\s)?(?:[\w'’]+\s){0,6}?` +
    // A conference named a dialogue ("the Rome Mediterranean Dialogues", "the Raisina Dialogue"), and the groups
    // written out ("the Group of 20 (G20) Foreign Ministers' meet").
    String.raw`(?:g-?20|g-?8|g-?7|group of (?:20|twenty|7|seven|8|eight)|cop\s?-?\d+|summit|olympics|conference|` +
    "dialogues|(?:mediterranean|raisina) dialogue|general assembly|" +
    // A UN agency's organs ("addressed the 171st session of the FAO Council", "the Governing Body of the Treaty").
    String.raw`session|governing body|governing council|executive board|plenary)\b|` +
    // A headline's trip without its article ("Modi arrives in Rome for G20 Summit", "Om Birla in Rome for G-20
    // Parliamentary Speakers Summit") and an arrival at the gathering ("Meloni's arrival at the G20 Summit").
    String.raw`\b(?:for|arrival at(?: the)?)\s(?:[\w-]+\s){0,3}?(?:g-?20|g-?8|g-?7|summit)\b`,
  "i"
)
/** A word of one-to-one dealings; a multilateral trip report without one is about the summit. */
export const bilateralCuePattern = pairCuePatterns.bilateral
/** Someone's birth or family as the Italian link: domestic politics, not relations between states. */
export const originPattern = pairCuePatterns.origin
/**
 * A request from one state's court or agency to the other state makes that state a party; so does an
 * international arbitration or tribunal, where states are the parties (guide: "an arbitration between the two").
 */
export const requestToStatePattern = pairCuePatterns.requestToState
export const pairActsPattern = pairCuePatterns.pairActs
export const pairForumPattern = pairCuePatterns.pairForum
/** A domestic court's or agency's criminal procedure against individuals. */
export const domesticProcedurePattern = new RegExp(
  String.raw`\b(?:bail|judicial custody|in custody|chargesheet|charge sheet|money laundering|` +
    String.raw`enforcement directorate|central bureau of investigation|cbi|pmla|special court|trial court|` +
    // A case against a person: "decided to close all cases against fugitive Italian businessman", "discharged".
    String.raw`cases? against|discharged|fugitive|kickbacks?|payoffs?)\b|` +
    // A court's verdict on a person: "sentenced an Indian national", "rejected the appeal of a Sikh migrant".
    String.raw`\b(?:sentenced|convicted|acquitted|(?:court of )?cassation|` +
    String.raw`rejected (?:the|his|her) (?:appeal|application))\b`,
  "i"
)

/**
 * The pair spoken of without its names: "between the two countries", "of both nations". Not "bilateral", which
 * also describes one side's talks with a third country.
 */
export const pairWordsPattern = /\b(?:between|of) (?:the|both) (?:two )?(?:countries|nations)\b/i

/** "the EU-India FTA", "the free trade agreement between the European Union and India". */
export const euTradeDealPattern = pairCuePatterns.blocTradeDeal

/**
 * A country's national day marked by its embassy or consulate in the other country ("the Italian Republic Day
 * reception at the ambassador's residence"): a ceremony of one side's mission, unless the report also carries a
 * development (an agreement signed there, a visit announced).
 */
export const nationalDayPattern = new RegExp(
  String.raw`\b(?:independence day|republic day|national day|` +
    String.raw`(?:anniversary of|festival of) (?:the |its )?independence)\b`,
  "i"
)
/** What makes the national day the mission's ceremony, not a date ("vandalised ahead of Republic Day"). */
export const ceremonyPattern = /\b(?:receptions?|ceremon(?:y|ies)|celebrat\w*|flag[- ]hoisting|hoisted|residence)\b/i

/**
 * A company's financial results: "Brembo closes 2020 in profit, with over 20% growth in China and India". The
 * other country is one of its markets, unless the report also carries a development (a plant, a deal, a contract).
 */
export const companyResultsPattern = new RegExp(
  String.raw`\b(?:turnover|revenues?|net profit|net loss|(?:quarterly|half-year|annual|financial|latest) results|` +
    // A firm's word to its analysts ("told analysts", "on an earnings call") on how a market is doing.
    "told analysts|earnings call|analysts' call|" +
    String.raw`(?:first|second|third|fourth) quarter|ebitda|earnings per share|operating margin|` +
    // "posts a 17% decline in profit", "reported a net loss"
    String.raw`(?:decline|drop|fall|rise|growth|jump|increase) in (?:net )?(?:profits?|sales)|` +
    String.raw`(?:posts?|posted|reports?|reported) (?:a |an )?(?:[\w%-]+ ){0,3}?(?:profits?|loss(?:es)?))\b`,
  "i"
)

/**
 * Nationals of one side in the other's country: "Special Air India flight to evacuate Indians stranded in Rome",
 * "operation launched to retrieve the body of an Italian trekker", "tourists killed in a road accident". An embassy,
 * an airline or the army acts, but for people, not between the two states: a consular story.
 */
export const consularPattern = compileGated(
  String.raw`\b(?:evacuat\w+|stranded|repatriat\w+|tourists?|trekk(?:er|ers|ing)|mountaineers?|climbers?|hikers?|` +
    String.raw`backpackers?|vacation|holiday|road accident|car crash|drowned|died|killed|dead|body of|bodies|` +
    String.raw`mortal remains|missing|injured|rescue operation|kidnapp\w*|abduct\w*|hostages?|` +
    // "Two students stuck in virus-hit Italy": nationals caught abroad; "a special flight brought back 263 students".
    String.raw`stuck|(?:special|chartered|evacuation|relief) flights?|(?:brought|bring|bringing|flown|fly) ` +
    String.raw`(?:them |\d+ |back \d+ )?(?:back|home)|` +
    // A minister meeting the diaspora, speaking of "welfare efforts for community members abroad".
    String.raw`diaspora|community members|` +
    // A mission's word to its own nationals: "issued an advisory asking all Indians residing in the country to take
    // precautions", "set up a helpline", "nationals staying in".
    "advisor(?:y|ies)|helplines?|(?:nationals|citizens) (?:residing|living|staying) in|" +
    "(?:residing|staying) in the country|" +
    // Not the business, scientific or international community.
    String.raw`(?<!\b(?:business|international|scientific|academic|research|investor|global|startup|trade) )` +
    String.raw`community)\b`,
  "i"
)

export const sportPattern = compileGated(
  String.raw`\b(?:hockey|cricket|football|soccer|rugby|tennis|volleyball|basketball|match(?:es)?|tournament|` +
    String.raw`championships?|world cup|olympics?|fixture|semi-?finals?|quarter-?finals?|final|goals?|scored|` +
    String.raw`wickets?|innings|runs|squad|coach|striker|goalkeeper|penalty|fih|icc|fifa|uefa|league|medal|` +
    String.raw`athletes?|finals|davis cup|qualifiers?|players?|rubbers?|singles|doubles|atp|itf|grand slam|` +
    // Individual sports, whose reports name the sportspeople rather than a match: "Indian boxers to travel to Italy".
    String.raw`boxers?|boxing|wrestl(?:ers?|ing)|shooters?|archers?|archery|shuttlers?|badminton|swimmers?|` +
    String.raw`cyclists?|sprinters?|fencers?|fencing|grand prix|motogp|formula one|` +
    String.raw`seeded)\b`,
  "i"
)
export const lifestylePattern = compileGated(
  String.raw`\b(?:restaurants?|cuisine|chefs?|menu|dishes|pizza|pasta|recipes?|gelato|espresso|cafe|café|` +
    String.raw`bollywood|wedding|pre-wedding|celebrit(?:y|ies)|fashion week|runway|actor|actress|film festival|` +
    String.raw`box office|holiday|honeymoon|cruise|party|parties|celebrations?|guests|billionaires?|shopkeepers|` +
    String.raw`yacht|showrooms?|ex-showroom|dealerships?|dealers|variants?|scooters?|motorcycles?|superbikes?|` +
    String.raw`priced at|bookings|test rides?|` +
    // A brand selling in the other country: its products unveiled, its stores and outlets opened.
    String.raw`unveil(?:s|ed|ing)?|stores?|boutiques?|sales outlets?|brands?)\b`,
  "i"
)

/** A brand selling to consumers: some of the lifestyle words, and its launches, customers and stores. */
export const retailPattern = compileGated(
  String.raw`\b(?:showrooms?|ex-showroom|dealerships?|dealers|variants?|scooters?|motorcycles?|superbikes?|` +
    String.raw`priced at|bookings|test rides?|unveil(?:s|ed|ing)?|stores?|boutiques?|sales outlets?|brands?|` +
    String.raw`launch(?:es|ed)? (?:its |the |a )?(?:new )?(?:model|range|products?)|customers|consumers)\b`,
  "i"
)

const [firstCode, secondCode] = pairProfile.sides.map((side) => side.code)

/**
 * Which of the two a currency belongs to, when only one of them uses it (rupees): money in it puts
 * that side in the sentence even when the party is a body no dictionary knows.
 */
export const sideOfCurrency = (currency: string | undefined): "first" | "second" | undefined =>
  currency === undefined
    ? undefined
    : currency === pairProfile.sides[0].ownCurrency
      ? "first"
      : currency === pairProfile.sides[1].ownCurrency
        ? "second"
        : undefined

/** The sides one sentence names: titles of office count only when their side is said ("Italian Prime Minister"). */
export const sidesOf = (mentions: ReadonlyArray<Mention>): SentenceSides => {
  let first = false
  let second = false
  let others: Array<string> | undefined
  for (const mention of mentions) {
    if (mention.kind === "role" && mention.side === undefined) continue
    // A summit venue abroad is not a party to the relationship.
    if (mention.kind === "place" && mention.side === "other") continue
    if (mention.side === firstCode) first = true
    else if (mention.side === secondCode) second = true
    else if (mention.kind === "country") {
      others ??= []
      if (!others.includes(mention.country)) others.push(mention.country)
    }
  }
  return { first, second, others: others?.length ?? 0, compound: false }
}

/**
 * A word of one-to-one dealings in a sentence that is not a roll-call of third countries: "multilateral
 * and bilateral meetings held with emerging economies, EU, UK, Germany, France" is about others.
 */
export const namesBilateralCue = (
  sides: ReadonlyArray<SentenceSides>,
  textOf: (sentence: number) => string
): boolean => {
  for (let index = 0; index < sides.length; index++) {
    const sentence = sides[index]!
    if (sentence.others > MAX_THIRD_COUNTRIES) continue
    const text = textOf(index)
    if (!bilateralCuePattern.test(text) || withOthersAtTheGathering.test(text)) continue
    // "A margine sono previsti incontri bilaterali": talks with no one of the pair named may be with anyone there.
    if (sentence.first || sentence.second || theTwoSides.test(text)) return true
  }
  return false
}
/**
 * Bilateral meetings with the gathering's other guests, none named: "bilateral meetings with his counterparts from
 * other participating Parliaments", "bilateral talks with several world leaders".
 */
const withOthersAtTheGathering = new RegExp(
  String.raw`\bbilateral (?:meetings?|talks|discussions) with (?:his |her |their )?(?:\w+ ){0,2}?` +
    "(?:counterparts|leaders|delegations|ministers|heads) (?:from|of) (?:the )?(?:other|several|various|" +
    String.raw`many|participating|attending)\b|\bbilateral (?:meetings?|talks) with (?:several|various|many|other) `,
  "i"
)
/** The pair named together without their names: "the two leaders", "both sides", "the two countries". */
const theTwoSides =
  /\b(?:the two|both) (?:leaders|sides|countries|nations|prime ministers|premiers|ministers|governments)\b/i

export const isBilateral = (sides: SentenceSides): boolean =>
  sides.compound || (sides.first && sides.second && sides.others <= MAX_THIRD_COUNTRIES)

export const judgeRelevance = (input: RelevanceInput): RelevanceVerdict => {
  let score = 0
  let foreground = 0
  let central = false
  let evidenceSentence = -1
  let evidenceWeight = 0
  // The press of one side leaves its own side implicit: its headline or lead names one of the two ("L'India
  // cancella la commessa", "Marò, l'Italia chiede il rientro") and the body puts them together. Such an opening,
  // with no third country, puts the pair at the centre of a report in that press's language.
  let oneSideOpens = false
  input.sides.forEach((sides, index) => {
    if (input.impliedSide !== undefined && (input.inTitle[index] || input.inLead[index]) && sides.others === 0)
      oneSideOpens ||= sides.first || sides.second
    if (!isBilateral(sides)) return
    const weight = input.inTitle[index] ? 2 : input.background[index] ? 0.3 : 1
    score += weight
    if (!input.background[index]) foreground++
    if (input.inTitle[index] || input.inLead[index]) central = true
    const evidenceRank = weight + (input.inLead[index] ? 0.5 : 0) + (sides.compound ? 0.25 : 0)
    if (evidenceRank > evidenceWeight) {
      evidenceWeight = evidenceRank
      evidenceSentence = index
    }
  })
  if ((oneSideOpens || input.pairWordsOpen) && foreground > 0) central = true
  const reason = whyNotRelevant(input, score, foreground, central)
  return {
    relevant: reason === undefined,
    score,
    evidenceSentence,
    reason: reason ?? `${bothSides()} appear together in a bilateral context`
  }
}

/** The first rule a report fails, or undefined when it is relevant. */
const whyNotRelevant = (
  input: RelevanceInput,
  score: number,
  foreground: number,
  central: boolean
): string | undefined => {
  if (score === 0) return `${bothSides()} never appear together in a bilateral sentence`
  if (input.sportCues >= 2 && input.sportCues > input.topicCues) return "a sports report"
  if (input.lifestyleCues >= 2 && input.lifestyleCues > input.topicCues) return "a lifestyle report"
  if (input.topicCues < 2) return "no diplomatic, economic or defence content"
  if (input.originCue) return "the other country is someone's origin, in domestic politics"
  if (input.euTradeFrame === true) return blocTradeDealReason
  // "Modi arrived in Rome to attend the G20 Summit": the host is the venue unless the two meet as two.
  if (input.summitTrip && !input.bilateralCue) return "one side is in the other's country for a multilateral event"
  // "Delhi High Court grants bail to Michel in the AgustaWestland case": a domestic trial in which the
  // other country is a company's home or a past investigation's, with neither government acting.
  if (input.domesticProcedure && !input.stateActs)
    return "a domestic court or agency proceeding in which neither state acts"
  if (input.consularCues >= 2 && input.concreteWeight < 1)
    return "nationals of one side in the other's country: a consular story, not relations"
  // Unless the headline puts the pair together as one ("'India-Italy ties have never been stronger': envoy at …").
  if (
    input.nationalDay &&
    input.concreteWeight < 1 &&
    !input.sides.some((sides, index) => input.inTitle[index] && sides.compound)
  )
    return "one side's mission marking its national day: a ceremony, not relations"
  // "Piaggio plans to launch Aprilia 250cc motorcycles in India": a brand selling its products in the other
  // country, with no government of either side in the report and no plant, deal or investment.
  if (input.retailCues >= 2 && input.concreteWeight < 1 && !input.governmentNamed)
    return "a brand selling its products in the other country"
  if (input.companyResults && input.concreteWeight < 1)
    return "a company's financial results, the other country one of its markets"
  // "Indian and Italian tourists were injured": nationals, not the two countries.
  if (input.concreteWeight < 1 && !input.namesOfficials)
    return "neither a development nor anyone acting for either side"
  if (!central && score < 1.5) return `${pairLabel()} appear together only in passing`
  if (foreground === 0 && !central && score < 1) return `${pairLabel()} appear together only in background`
  // A report about a third country that mentions the pair once or twice on the side.
  if (!central && input.thirdPartyPairs > 3 * score) return "the report is about a third country"
  return undefined
}
