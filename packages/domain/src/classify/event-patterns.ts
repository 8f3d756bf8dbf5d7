import type { EventTypeId } from "../event-type.ts"
import { pairProfile } from "../profile/active-profile.ts"
import { escapeForPattern } from "../profile/side-patterns.ts"
import type { LexiconEntry } from "./gated-patterns.ts"
import { pairCompound } from "./pair-cues.ts"
import { defenceWord, moneyIntoPlant, plantAtACost, plantWords } from "./sector-lexicon.ts"
import { anyOf, oneOf, wordOf } from "./term-list.ts"

/**
 * How diplomatic, trade and defence news words each kind of development. Matched case-insensitively.
 * "meeting" cues are resolved by who meets: heads of state or government make a leaders' meeting,
 * anyone else a ministerial or official dialogue. Weights say how decisive a cue is: a signing
 * verb is stronger evidence than "said".
 */
export type Cue =
  | Exclude<EventTypeId, "not_relevant" | "leader_meeting" | "ministerial_dialogue">
  | "meeting"
  | "dialogue"
  | "defence_generic"
  | "exercise_generic"
  | "culture_generic"
  | "port_stay"
  | "supplier_ban"

// The pair's own words in the cues below, from the pair profile.
const { sides } = pairProfile
/** "visited India", "visit to Rome": the two countries and the places a visit to them goes to. */
const visitDestinations = sides
  .flatMap((side) => [side.name.en, ...side.visitDestinations])
  .map(escapeForPattern)
  .join("|")
/** "joins India's … initiative": each side's possessive as an alternative ("india[’']s |italy[’']s |"). */
const possessives = sides.map((side) => `${escapeForPattern(side.name.en.toLowerCase())}[’']s |`).join("")
/** "Make in India": a side's industrial campaign named in a report is a sign of co-production. */
const campaignCues = sides
  .flatMap((side) => side.industrialCampaigns)
  .map((campaign) => String.raw`\b${escapeForPattern(campaign.toLowerCase())}\b`)

/**
 * Merchant shipping in a sentence: a tanker, a freighter or a trade corridor that docks somewhere ("the oil tanker
 * Enrica Lexie docked in Kochi", "the corridor will reach Europe, docking at Trieste") makes no naval port call.
 */
export const merchantShipping = new RegExp(
  wordOf([
    // Not the navy's own "fleet tankers".
    "(?<!fleet )(?:oil )?tankers?",
    "merchant (?:vessels?|ships?|navy)",
    "cargo",
    "container(?:s| ships?| vessels?)?",
    "freighters?",
    "cruise (?:ships?|liners?)",
    "ferr(?:y|ies)",
    "fishing (?:boats?|vessels?)",
    "trawlers?",
    "corridors?",
    "shipping (?:lines?|compan(?:y|ies)|routes?)",
    "trade routes?",
    "goods"
  ]),
  "i"
)

/** Defence vocabulary a sentence needs before "co-production" or "exercise" count as defence. */
export const defenceContext = new RegExp(
  wordOf([
    defenceWord,
    "military",
    "naval",
    "navy",
    "navies",
    "army",
    "air force",
    "armed forces",
    "warships?",
    "frigates?",
    "destroyers?",
    "submarines?",
    "missiles?",
    "torpedo\\w*",
    "weapons?",
    "guns?",
    "howitzers?",
    "rifles?",
    "munitions?",
    "ammunition",
    "ordnance",
    // "loitering munitions", drones that wait over a target.
    "loitering",
    "radars?",
    "sonars?",
    "armou?red",
    "aircraft",
    "helicopters?",
    // "fighter jets", "fighter aircraft".
    "fighter",
    "armaments?",
    "shipyards?",
    // "underwater drones", "underwater domain awareness".
    "underwater"
  ]),
  "i"
)

/** A state body staging culture abroad: an embassy's festival is bilateral, a private one is lifestyle. */
export const stateCultureContext = new RegExp(
  wordOf([
    "embass(?:y|ies)",
    "consulates?",
    "consul(?:ate)? general",
    "ambassadors?",
    "cultural (?:centre|center|institute|wing)",
    "institute of culture",
    // The Indian Council for Cultural Relations (ICCR), India's cultural agency abroad.
    "council for cultural relations",
    "iccr",
    "ministry",
    "minister",
    "government",
    "tourist board",
    "tourism board",
    "state tourism"
  ]),
  "i"
)

/** Sentences naming business people rather than officials: a meeting there is a business forum. */
export const businessContext = new RegExp(
  wordOf([
    "investors?",
    "companies",
    "firms",
    "start-?ups",
    "founders",
    "entrepreneurs",
    "business\\w*",
    "ceos?",
    "industry",
    "industrialists",
    "exporters",
    "importers",
    "buyers",
    "producers"
  ]),
  "i"
)

/** The standing bodies of the two governments: "joint working group", "joint economic committee". */
const jointBodies = [
  "working group",
  "commission",
  "committee",
  "economic commission",
  "economic committee",
  "defence committee",
  "military committee"
]
/** A body being set up: "the formation of a steering committee and of joint working groups", "to set up a". */
const settingUpBefore =
  "(?<!\\b(?:formation|creation|setting up|establishment|set up|sets up|establish(?:es|ed)?|create[ds]?|" +
  "form(?:s|ed)?) (?:of )?(?:an? |the |new )?(?:[\\w-]+ ){0,6}?)"
/** "strategic dialogue", "secretary-level dialogue": a dialogue mechanism, not a conversation. */
const dialogueKinds = [
  "strategic",
  "security",
  "defence",
  "policy",
  "political",
  "bilateral",
  "annual",
  "inaugural",
  "first",
  "high-level",
  "ministerial-level",
  "secretary-level",
  "official-level",
  "working-level",
  // A dialogue named for its field: "the 2nd Consular Dialogue", "their first Cyber Dialogue".
  "consular",
  "cyber",
  "maritime",
  "migration",
  "counter-terrorism",
  "economic"
]
/**
 * Not after words to the press ("talking to PTI on the sidelines of a puppet show", "told reporters on the sidelines
 * of"): an interview's setting, not a meeting.
 */
const toThePressBefore =
  "(?<!\\b(?:talking|speaking|talked|spoke|told|said)\\b(?: to)?(?: \\S+){0,3} (?:on )?(?:the )?)"
/** A visit after "the sidelines of": "of the visit", "of his two-day visit". */
const ofAVisit = "(?:the |a |an |his |her |their )?(?:[\\w-]+ )?visit"
/** What a port call's visit is of: "the visit of the Italian sailing vessel". */
const shipWords = [
  "vessels?",
  "ships?",
  "frigates?",
  "warships?",
  "destroyers?",
  "corvettes?",
  "submarines?",
  "aircraft carriers?",
  "tall ships?"
]
/** A ship as the owner of a visit: "the frigate's visit". */
const shipOwners = ["vessel", "ship", "frigate", "warship", "destroyer", "corvette", "submarine", "carrier"]
/** The kinds of visit that are a development: "official visit", "two-day visit". */
const visitKinds = [
  "official",
  "state",
  "working",
  "maiden",
  "first",
  "historic",
  "bilateral",
  "ongoing",
  "upcoming",
  "planned",
  "two-day",
  "three-day",
  "four-day",
  "five-day",
  "one-day",
  "high-level"
]
/** A visit only wished for is no visit: "hopes to visit", "would like to visit". */
const wishing = ["hope[sd]?", "hoping", "wish", "wishes", "wished", "wants?", "wanted", "like", "keen"]
/** What may be signed: "signed a defence cooperation agreement", "inked two MoUs". */
const agreementWords = [
  "agreements?",
  "pacts?",
  "mous?",
  "memorand(?:um|a)",
  "treat(?:y|ies)",
  "accords?",
  "declarations?",
  "letters? of intent"
]
/** Raising the relationship: "elevated their ties to a strategic partnership". */
const raising = [
  "upgrad(?:e|ed|es|ing)",
  "elevat(?:e|ed|es|ing|ion)",
  "rais(?:e|ed|es|ing)",
  "step(?:ped)? up",
  "transform(?:s|ed)?",
  "lift(?:ed)?"
]
const strategicPartnership = [
  "strategic (?:\\w+ ){0,2}?partnership",
  "strategic alliance",
  "comprehensive (?:\\w+ )?partnership"
]
/** The joint documents of a meeting: "joint statement", "Joint Strategic Action Plan". */
const jointDocuments = [
  "statement",
  "declaration",
  "communiqu[eé]",
  "press statement",
  "vision",
  "initiative",
  "strategic action plan",
  "road ?map"
]
/** Adopting or issuing a document: "adopted a joint statement", "agreed on a road map". */
const adopting = [
  "adopt(?:s|ed|ing)?",
  "unveil(?:s|ed|ing)?",
  "issu(?:e|es|ed|ing)",
  "releas(?:e|es|ed|ing)",
  "approv(?:e|es|ed|ing)",
  "finali[sz](?:e|es|ed|ing)",
  "agree(?:s|d|ing)?(?: on| upon)?"
]
const adoptedDocuments = [
  "road ?map",
  "action plan",
  "plan of action",
  "joint (?:statement|declaration|communiqu[eé]|vision)"
]
/** The defence industry's own words after "defence": "defence manufacturing", "defence PSUs". */
const defenceIndustryWords = [
  "industr(?:y|ial|ies)",
  "manufactur\\w*",
  "production",
  "procurement",
  "equipment",
  "co-?production",
  "corridor",
  "exports?",
  "deals?",
  "contracts?",
  "companies",
  "firms",
  // Public sector undertakings: the state-owned defence makers.
  "psus?",
  "start-?ups",
  "ecosystems?",
  "technolog\\w*",
  "acquisition"
]
const exerciseKinds = [
  "joint",
  "bilateral",
  "naval",
  "military",
  "air",
  "maritime",
  "passage",
  "combined",
  "trilateral"
]
/** A figure moving: "exports rose 12%", "imports doubled". */
const moving = [
  "up",
  "down",
  "rose",
  "rising",
  "increased",
  "increasing",
  "grew",
  "growing",
  "jumped",
  "surged",
  "soared",
  "fell",
  "declined",
  "dropped",
  "doubled",
  "tripled"
]
/** Not after a bribe paid "to win" the contract: the contract is the case's subject, not one won. */
const briberyBefore = "(?<!\\b(?:paid|bribes?|bribed|bribing|kickbacks?)\\b[^.;]{0,40}?\\bto )"
const winning = ["wins?", "won", "winning", "bag(?:s|ged)?", "secur(?:es|ed)", "clinch(?:es|ed)?"]
/** Flights started or resumed: "launched direct flights", "resumed daily services to Rome". */
const starting = [
  "commenc\\w+",
  "launch(?:es|ed|ing)?",
  "start(?:s|ed|ing)?",
  "resum\\w+",
  "re-?start\\w*",
  "inaugurat\\w+",
  "began",
  "begins",
  "introduc\\w+"
]
/** What a cultural festival or exhibition is of: "film festival", "photography exhibition". */
const artForms = [
  "film",
  "films",
  "cinema",
  "movie",
  "art",
  "arts",
  "artworks?",
  "painting",
  "paintings",
  "photo",
  "photography",
  "cultural",
  "culture",
  "music",
  "dance",
  "heritage",
  "book",
  "literary",
  "theatre",
  "design"
]
/** Where art is shown: a museum, a gallery, a state's cultural institute. */
const artVenue = "(?:museums?|gallery|galleries|cultural (?:centre|center|institute)|institute of culture)"
const artWorks = ["films", "movies", "paintings", "photographs", "artworks", "art", "sculptures", "manuscripts"]

/** Exports or imports moving by a share: "wine exports to India increased by 115%". */
export const tradeMovement =
  `\\b(?:exports?|imports?|shipments)\\b[^.;]{0,50}?\\b${oneOf(moving)}` +
  "(?: by)? (?:about |almost |nearly |over |more than )?\\d+(?:[.,]\\d+)? ?(?:%|per ?cent|percent)"

/**
 * After "met" or "meets": not one side's own nationals abroad ("the Indian community"); the business community is
 * still met.
 */
const notOwnCommunity =
  "(?! (?:with )?(?:the )?(?:members of (?:the )?)?(?!business )(?:\\w+ )?(?:community|diaspora)\\b)"

export const eventPatterns: ReadonlyArray<LexiconEntry<Cue>> = [
  // Meetings and calls (leader or ministerial, decided by rank).
  {
    id: "meeting",
    pattern: wordOf([
      // Not the passive "demands to be met", "targets were met": nobody met anyone. Nor one side's people meeting
      // their own nationals abroad ("met the Indian community in Rome"); the business community is met as business.
      `(?<!\\b(?:be|been|being|is|are|was|were) )met${notOwnCommunity}`,
      `meets${notOwnCommunity}`,
      "meeting",
      "meetings",
      "(?:held|hold|holds|holding) (?:a |an )?(?:\\w+ ){0,2}(?:talks|meeting|discussions|call)",
      "talks with",
      // "Modi hosted his Italian counterpart", "received the visiting counterpart": the host meets the guest.
      "(?:hosted|hosts|hosting|received|receives|receiving|welcomed|welcomes|welcoming) (?:his |her |their |the )?" +
        "(?:visiting )?(?:\\w+ )?counterparts?",
      "(?:bilateral|summit|delegation-level|restricted|wide-ranging) talks",
      // Office holders who "convened in New Delhi"; a minister and "his Italian counterpart … on Thursday agreed":
      // they met.
      "convened(?= (?:in|at|on|for|to)\\b)",
      "(?:agreed|decided|resolved)(?<=\\bcounterparts?\\b[^.;]{0,60}? (?:agreed|decided|resolved))",
      // "Hosted Italian Prime Minister Giorgia Meloni for talks", "arrived in Rome for talks with".
      // (Gated on "talks", not on the commonest of words: the look-behind finds the "for".)
      "talks(?<=\\bfor (?:(?:bilateral|official|wide-ranging|delegation-level|high-level) )?talks)",
      "tête-à-tête",
      // Calling on someone is a visit to them, not a telephone call; calling on someone to do something is urging
      // them ("called on the international community to join", "called on employers to respect the law").
      "(?:called|calls|call) on(?! (?:[\\w'’-]+ ){1,5}?to (?!the\\b|a\\b|an\\b|his\\b|her\\b|their\\b)[a-z]+\\b)",
      // As with "met": interacting with one's own community abroad is no meeting with the other side.
      `interact(?:ed|s|ing)? with${notOwnCommunity}`,
      `interactions? with${notOwnCommunity}`
    ]),
    weight: 1
  },
  {
    id: "meeting",
    pattern: anyOf([
      // Not words to the press or to an audience ("spoke to reporters", "spoke to students"): a remark, no talks.
      "\\b(?:spoke|speak|speaks|talked) (?:to|with)\\b(?! (?:the )?(?:local |visiting )?(?:reporters|media|press|" +
        "journalists|correspondents|students|audience|gathering|crowd|community|diaspora)\\b)",
      "\\b(?:telephoned|phoned)\\b",
      "\\bsummit (?:with|between)\\b",
      "\\b(?:spoke|speak|speaks|spoken) (?:\\w+ ){0,3}(?:by |over the |on the )?(?:tele)?phone",
      // "Held telephonic conversation with": the Indian press's and the MEA's word for a call.
      "\\b(?:tele)?phon(?:e|ic) (?:call|conversation|talks?)",
      // "A Virtual Bilateral Summit would be held between …": the two leaders' own summit.
      "\\b(?:dialled|dialed|(?:virtual |bilateral )+summit|video conference)\\b"
    ]),
    weight: 1.5
  },
  {
    id: "meeting",
    // The sidelines of a summit hold meetings; those of a visit are only its setting ("a latere della visita della
    // premier, Simest ha partecipato alla Business Round Table"): what happened there is the main clause's.
    pattern:
      `${toThePressBefore}\\bon the sidelines of(?! ${ofAVisit})|` +
      `${toThePressBefore}\\bsidelines\\b(?! of ${ofAVisit})|` +
      "\\bexchanged views\\b|\\bheld discussions\\b",
    weight: 1
  },
  { id: "meeting", pattern: "\\bcourtesy (?:call|visit|meeting)s?\\b", weight: 1.5 },
  // Not an envoy "recalled for consultations" (a protest: no talks between the two).
  {
    id: "meeting",
    pattern:
      "\\b(?:discussed|discussions|consultations(?<!\\b(?:recalled|recall|summoned|called back)(?: \\S+){0,3} " +
      "for consultations)|reviewed)\\b",
    weight: 0.5
  },
  // Standing dialogue mechanisms are ministerial or official by nature.
  {
    id: "dialogue",
    pattern: anyOf([
      // Not a body set up ("the formation of a steering committee and joint working groups"): its creation is what
      // was agreed, not a meeting of it.
      `${settingUpBefore}\\bjoint ${oneOf(jointBodies)}s?\\b`,
      // Joint Working Group.
      "\\bJWG\\b",
      "\\bforeign office consultations\\b",
      // The foreign and defence ministers of both sides together.
      "\\b2\\+2\\b",
      `\\b${oneOf(dialogueKinds)} dialogue\\b`,
      "\\bdialogue on\\b",
      "\\bstaff talks\\b"
    ]),
    weight: 2
  },
  // A ship's visit is a port call, whoever welcomes it ("the visit of the Italian sailing vessel"). Listed
  // before the visits, so that at one position it wins over "visit of"; the ship-word within six words.
  {
    id: "military_exercise",
    pattern: anyOf([
      `\\b(?:visit|visits|arrival|stopover) of (?:the |a |an )?(?:[\\w’'-]+ ){0,5}?${oneOf(shipWords)}\\b`,
      `\\b${oneOf(shipOwners)}[’']s (?:\\w+ )?visit\\b`
    ]),
    weight: 3
  },
  // Visits.
  {
    id: "official_visit",
    pattern: anyOf([
      `\\b${oneOf(visitKinds)} visit\\b`,
      `\\bvisit(?:ed|ing|s)? (?:to )?(?:${visitDestinations})\\b`,
      // With the time between ("arrived yesterday in New Delhi", "landed this morning in Rome").
      "\\b(?:arrived|arrives|arriving|landed) (?:(?:yesterday|today|tonight|overnight|early|late|this morning|" +
        "this evening|in the (?:morning|evening)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)) )?" +
        "in\\b",
      // "will visit", "to visit", unless only wished for.
      `(?<=(?<!${oneOf(wishing)} )\\b(?:will|to) )visit\\b`,
      "\\b(?:trip|tour) to\\b",
      // The guest of honour at Republic Day and similar occasions.
      "\\bchief guest\\b",
      "\\bvisit of\\b",
      "\\b(?:will )?travel(?:s|led|ling)? to\\b",
      // "Swaraj leaves for Rome": setting off on the trip.
      // Not home ("the ambassador left for home after being recalled"): a return, not a trip to the other side.
      "\\b(?:leaves|left|leaving|departs|departed|emplanes|emplaned) for\\b(?! home\\b)",
      // "Tajani flies to India for talks": a headline's trip. Not an airline's or an aircraft's ("ITA Airways flies to
      // Mumbai", "Air India to fly to Milan": "air" and the airline's second word), nor a flight to bring nationals
      // home ("to fly to Rome to evacuate").
      "(?<!\\b(?:airways|airlines?|air \\w+|aircraft|planes?|jets?|carriers?|flights?)(?: to| will)? )" +
        "\\b(?:will )?(?:fly|flies|flew|flying) (?:to|into)\\b" +
        "(?![^.;]{0,40}\\bto (?:bring back|evacuate|repatriate|rescue|airlift)\\b)",
      "\\b(?:lead|leads|led|leading|head|heads|headed) (?:a |an |the )?(?:\\w+ ){0,2}(?:delegation|mission) to\\b"
    ]),
    weight: 2.5
  },
  // A visit as the frame of what happened ("during his visit to India, the minister met…", "the visiting Foreign
  // Minister", "currently on a visit to India"): the news is what was done there, so the frame weighs less than
  // one meeting.
  {
    id: "official_visit",
    pattern: anyOf([
      // An official, state or working visit stays a visit, however it is introduced; an ongoing or three-day one
      // is as much the frame as any.
      `\\b(?:on|during) (?:a|an|his|her|their|the) (?!(?:official|state|working) visit)(?:[\\w-]+ )?visit\\b`,
      "\\bvisiting\\b"
    ]),
    weight: 0.75
  },
  { id: "official_visit", pattern: "\\b(?:visit|visits|visited|visiting)\\b", weight: 0.5 },
  // An agreement whose object is buying a company, brands or a stake is the acquisition: investment news
  // ("signed an agreement to acquire five brands from the Italian group"), not an agreement between the two.
  // Before the agreement words, which would otherwise match first at the same place ("pact to acquire").
  {
    id: "trade_investment_figure",
    pattern: "\\b(?:agreements?|deals?|pacts?|contracts?) to (?:acquire|buy|purchase|take over|sell|divest)\\b",
    weight: 2.5
  },
  // Agreements.
  // Several documents signed at once ("signed 6 agreements", "inked three MoUs"): a signing between governments,
  // decisive even where the lead opens on the visit it crowned. Before the bare verb, which would otherwise match
  // first at the same place. (One agreement signed weighs as the bare verb: a company's teaming agreement or a
  // contract's is often the form of a deal of another kind.)
  {
    id: "agreement_signed",
    pattern:
      "\\b(?:signed|inked|sealed|concluded|exchanged) (?:two|three|four|five|six|seven|eight|nine|ten|a dozen|\\d+|" +
      "several|multiple|a (?:number|series|raft|slew) of) (?:[\\w-]+ ){0,3}?" +
      "(?:agreements|pacts|mous|memorand(?:a|ums)|treaties|accords|declarations|letters of intent|documents)\\b",
    weight: 2.5
  },
  {
    id: "agreement_signed",
    pattern: anyOf([
      // "signed up" is enrolment, not a signing; "signs" as a noun ("carried signs demanding justice", "showed signs
      // of recovery", "no signs of") is no signing either.
      // Nor a state's own act signed ("signed a new decree banning", "signed the order blacklisting", "signed the
      // law").
      // Nor a signing denied ("have not signed any treaty", "never signed an extradition treaty"); one still to come
      // ("not yet signed") is a signing, its status announced.
      "\\b(?<!\\b(?:not|never|n't) (?:(?:ever|even) )?)(?:signed|signing|inked|inks)\\b(?! up\\b)" +
        "(?! (?:a |an |the |this |its |his |her )?(?:new |fresh |executive |government )?" +
        "(?:decrees?|orders?|ordinances?|laws?|bills?|notifications?|circulars?|guest ?books?|visitors'? books?|" +
        "condolence books?|books? of condolences?)\\b)",
      "(?<!\\b(?:carr(?:y|ies|ied|ying)|h(?:old|olds|eld|olding)|show(?:s|ed|ing)?|no|any|early|clear|warning) )" +
        "\\bsigns\\b(?! up\\b| of\\b)",
      "\\bexchanged? (?:of )?(?:the )?(?:mous|agreements|documents)\\b",
      // A headline's present tense ("India, Italy sign defence cooperation agreement", "ink 6 pacts", "inking 15
      // pacts"); not after a modal or "to", which make a signing to come.
      "(?<!\\b(?:to|will|would|could|may|might|shall|must|can|cannot|not)\\s)" +
        `\\b(?:sign|ink|inking) (?:[\\w-]+ ){0,4}?${oneOf(agreementWords)}\\b`,
      // Companies' releases "have entered into an agreement" / "a definitive agreement": a deal concluded; the trade
      // press's "has landed / clinched / secured / bagged a cooperation agreement" too.
      "\\b(?:concluded|sealed|entered into|enters? into|landed|clinched|secured|bagged|reached|struck) " +
        "(?:an? |the )?(?:[\\w-]+ ){0,3}?" +
        `(?:${oneOf(agreementWords)}|deals?)\\b`,
      // "may finalize the migration and mobility agreement": its signing, whose status the modal decides.
      `\\bfinali[sz](?:e|es|ed|ing) (?:an? |the |their )?(?:[\\w&-]+ ){0,4}?(?:${oneOf(agreementWords)}|deals?)\\b`
    ]),
    weight: 1.5
  },
  {
    id: "agreement_signed",
    pattern: anyOf([
      // "The memorandum strengthens the partnership": a memorandum named once in full and then by its first word.
      "\\bmemorand(?:um|a)\\b",
      "\\bmous?\\b",
      "\\b(?:letter|declaration)s? of intent\\b",
      "\\bpact\\b",
      "\\btreaty\\b",
      "\\bagreements? on\\b"
    ]),
    weight: 1
  },
  // Two companies that "joined hands" or "tied up with" each other concluded a deal between them; the hyphenated verb
  // and the noun ("has tied-up with Trent", "a tie-up with Engines Engineering") say the same.
  {
    id: "agreement_signed",
    pattern: anyOf([
      "\\bjoin(?:s|ed|ing)? hands with\\b",
      "\\b(?:tied|ties|tie|tying)[ -]up with\\b",
      // "has teamed up with", "has partnered with", "entered into a technical collaboration with", "struck an alliance
      // with": the business press's words for the same deal.
      "\\b(?:team(?:s|ed|ing)? up|(?:has|have|had) partnered) with\\b",
      "\\b(?:entered into|enters? into|struck|forged|formed) (?:an? |the )?(?:new )?(?:technical |technology |" +
        "strategic |long-term |commercial )?(?:collaboration|partnership|alliance) (?:agreement )?with\\b",
      // Not tie-ups a government wants to promote ("looking to promote domestic pharma companies' tieups with bulk
      // drug makers in Italy"): none is made yet.
      "\\btie-?ups? with\\b" +
        "(?<!\\b(?:promot\\w*|encourag\\w*|explor\\w*|seek\\w*|facilitat\\w*|foster\\w*)\\b[^.;]{0,50}tie-?ups? with)"
    ]),
    weight: 1.5
  },
  // Two companies forming a joint venture conclude an agreement between them, as their reports say and
  // labellers read it ("announced the formation of a joint venture"); a venture merely named is not one.
  {
    id: "agreement_signed",
    pattern:
      "\\b(?:form(?:s|ed|ing)?|formation of|creat(?:e|es|ed|ing)|creation of|announc(?:e|es|ed|ing)) " +
      "(?:a |an |the |their |its )?(?:new |equal |\\d+:\\d+ |50-50 )?(?:joint ventures?|jvs?)\\b",
    weight: 2
  },
  // Ratifying or approving an agreement concludes it on that side.
  {
    id: "agreement_signed",
    pattern: anyOf([
      // India's cabinet gives "ex-post facto approval" to agreements already signed.
      "\\b(?:ratif(?:y|ies|ied|ying|ication)|ex-post facto approval)\\b",
      // An agreement "came into force", "enters into force": concluded on both sides.
      "\\b(?:came|comes|come|coming|entered|enters|enter|entering) into (?:force|effect)\\b",
      "\\bapprov(?:ed|es|al (?:of|to|for)) (?:the )?(?:[\\w-]+ ){0,6}?(?:agreement|mou|pact|treaty|memorandum)\\b"
    ]),
    weight: 1.5
  },
  // A signing announced for later ("to sign a defence pact in May"): the agreement is what is planned.
  {
    id: "agreement_signed",
    pattern: "\\b(?:to|will|would|shall|set to|expected to|plan to|likely to|poised to|ready to) sign\\b",
    weight: 1.5
  },
  // Upgrades of the relationship.
  {
    id: "partnership_upgrade",
    pattern: anyOf([
      `\\b${oneOf(raising)}\\b[^.;]{0,90}?\\b${oneOf(strategicPartnership)}`,
      // "We decided to become strategic partners": the upgrade in a leader's words.
      "\\b(?:decided|agreed|decide|agree) to become strategic partners\\b",
      // "India and Italy become strategic partners", "are from today strategic partners": the upgrade as a becoming.
      "\\b(?:become|became|becoming|are now|are from today) strategic partners\\b",
      // "launched a strategic partnership", "sealed their strategic partnership": founded, so raised to it.
      "\\b(?:launch|seal|forge)(?:ed|es|s|ing)? (?:a |an |the |their )?(?:new )?strategic partnership\\b"
    ]),
    weight: 2.5
  },
  {
    id: "partnership_upgrade",
    pattern: "\\b(?:special|comprehensive|privileged|enhanced) strategic partnership\\b",
    weight: 1
  },
  // Joint statements and plans.
  {
    id: "joint_statement",
    pattern: anyOf([`\\bjoint ${oneOf(jointDocuments)}s?\\b`, "\\baction plan\\b", "\\bplan of action\\b"]),
    weight: 1.5
  },
  // A road map alone is often a figure of speech ("a clear road map towards strengthening relations").
  { id: "joint_statement", pattern: "\\broad ?map\\b", weight: 0.5 },
  // Adopting or issuing the document is the development itself, whatever meeting it came out of:
  // as decisive as a signing verb and the agreement's name together.
  {
    id: "joint_statement",
    pattern: `\\b${oneOf(adopting)}\\b[^.;]{0,40}?\\b${oneOf(adoptedDocuments)}`,
    weight: 2.5
  },
  // Defence-industrial cooperation.
  {
    id: "defence_industry",
    pattern: anyOf([
      `\\bdefen[cs]e ${oneOf(defenceIndustryWords)}\\b`,
      "\\barmaments?\\b",
      "\\bmilitary (?:technology|hardware|equipment)\\b"
    ]),
    weight: 1.5
  },
  // A warship built in one country for the other's navy launched or handed over: "has launched the second of the two
  // Indian Fleet Tankers", "the frigate was delivered to the Indian Navy". Its ceremony's guests are its setting.
  {
    id: "defence_industry",
    pattern: anyOf([
      String.raw`\b(?:launch(?:ed|es)?|deliver(?:ed|s)?|handed over) (?:the )?(?:(?:first|second|third|last) )?` +
        String.raw`(?:of (?:the |its )?(?:two |three |four |six )?)?(?:[\w-]+ ){0,3}?` +
        String.raw`(?:fleet tankers?|frigates?|corvettes?|destroyers?|submarines?|warships?|patrol vessels?)\b`,
      String.raw`\b(?:fleet tankers?|frigates?|corvettes?|destroyers?|submarines?|warships?|patrol vessels?) ` +
        String.raw`(?:\w+ )?(?:was|were|has been|have been) (?:formally )?(?:launched|delivered|handed over)\b`
    ]),
    weight: 2
  },
  // A state barring or freeing a supplier ("India has blacklisted Leonardo", "lifted the ban on", "cancelled all
  // orders of"): defence-industrial news when the supplier or the sentence is defence's (see classify).
  {
    id: "supplier_ban",
    pattern: anyOf([
      // Not a ban someone hopes will be dropped ("persuade India to drop plans to blacklist it"): a remark's subject.
      "\\b(?<!\\bdrop (?:its |the )?plans? to )blacklist(?:s|ed|ing)?\\b",
      "\\bdebar(?:s|red|ring|ment)?\\b",
      "\\b(?:lift(?:s|ed|ing)?|revok(?:e|es|ed|ing)|impos(?:e|es|ed|ing)) (?:the |its |a )?(?:[\\w-]+ ){0,3}?ban\\b",
      "\\bban on\\b",
      "\\bcancel(?:s|led|ed|ling|ing)? (?:all |the |its )?(?:[\\w-]+ ){0,2}?(?:orders|contracts?|deals?)\\b"
    ]),
    weight: 2
  },
  // The same words about films or cars are not defence: these count only beside defence vocabulary.
  {
    id: "defence_generic",
    pattern: anyOf([
      "\\bindustrial (?:collaborations?|cooperation|alignment|partnerships?|ecosystems?)\\b",
      "\\bco-?produc\\w+",
      "\\bco-?develop\\w+",
      "\\bco-?design\\w*",
      "\\bjointly (?:design|develop|build|produc|manufactur)\\w*",
      "\\bjoint (?:production|ventures?|development)\\b",
      "\\bteam(?:s|ed|ing)? up\\b",
      "\\btie-?ups?\\b",
      "\\bteaming (?:agreement|arrangement|pact)s?\\b",
      "\\btransfer of technology\\b",
      ...campaignCues,
      "\\blicen[cs]e\\b"
    ]),
    weight: 1.5
  },
  // A ship's stay in port: a port call, whichever words the report uses (unless the ship is a merchant one).
  {
    id: "port_stay",
    pattern: wordOf([
      "port calls?",
      "dock(?:ed|ing)",
      "berth(?:ed|ing)",
      "stopover",
      "port of call",
      "port visit",
      "sailed into",
      "(?:call|calls) (?:on|at) (?:any |the )?port",
      // "Its first-ever call at an Indian port"; a warship that "called at Mumbai" (the ship named before the verb).
      "(?:call|calls) at (?:an? |the |any )?(?:[\\w-]+ ){0,2}?(?:port|harbou?r)s?",
      `(?:called|calls|calling) at(?<=\\b(?:${shipWords.join("|")})\\b[^.;]{0,60}? (?:called|calls|calling) at)`,
      // A ship that arrived somewhere: "the training ship Amerigo Vespucci arrived today in Mumbai".
      `(?:arrived|arrives|arriving) (?:\\w+ )?(?:in|at)(?<=\\b(?:${shipWords.join("|")})\\b[^.;]{0,60}? ` +
        "(?:arrived|arrives|arriving) (?:\\w+ )?(?:in|at))"
    ]),
    weight: 2
  },
  // Drills or training carried out with the other side's forces ("carried out two days of training in the Indian Ocean
  // with the Indian Navy", "conducted drills with"): an exercise, whatever it is called.
  {
    id: "military_exercise",
    pattern:
      "\\b(?:drills?|manoeuvres|maneuvers|(?:conducted|conducts|carried out|carries out|held|holds) " +
      "(?:\\w+ ){0,4}?training)\\b[^.;]{0,60}?\\bwith (?:the )?(?:[\\w-]+ ){0,3}?" +
      "(?:navy|navies|air force|army|coast guard|warships?|frigates?|destroyers?|aircraft carriers?)\\b",
    weight: 2
  },
  // Exercises and port calls.
  {
    id: "military_exercise",
    pattern: anyOf([
      // Not the content of another development: an agreement "that provides for joint exercises", a summit's relaunch
      // "attraverso esercitazioni congiunte", leaders who "decided to hold joint exercises" (what they agreed).
      // (The look-behind follows the word, so that it is tried only where an exercise's kind stands.)
      `\\b${oneOf(exerciseKinds)}(?<!\\b(?:provides? for|providing for|including|includes?|such as|through|` +
        `attraverso|organizzare|(?:decided|agreed|plans?|planning) to (?:hold|conduct|organi[sz]e)) ` +
        `${oneOf(exerciseKinds)}) (?:\\w+ ){0,2}?(?:exercises?|drills?|manoeuvres|maneuvers)\\b`,
      // A passage exercise: two navies' ships drilling as they pass.
      "\\bpassex\\b",
      // Drills named by who held them, or ships sailing together: "maiden drills between the Italian Navy … and the
      // Indian Navy", "war games", "INS Surat and ITS Caio Duilio sailed together".
      "\\b(?:drills|manoeuvres|maneuvers) between\\b",
      "\\bwar ?games\\b",
      "\\b(?:sailed|sail|sails|sailing|flew|operated) together\\b",
      "\\bcarrier strike group\\b"
    ]),
    weight: 2
  },
  { id: "exercise_generic", pattern: "\\bexercises?\\b|\\binteroperability\\b|\\bwarships?\\b", weight: 0.5 },
  // Trade and investment figures (amounts add to this in classify).
  {
    id: "trade_investment_figure",
    pattern: anyOf([
      "\\bbilateral trade (?:stood|stands|reached|touched|crossed|was|is|of|at|worth|has|grew|rose)\\b",
      "\\btrade (?:target|volume|figures?|deficit|surplus)\\b",
      "\\b(?:companies|firms) (?:are )?(?:currently )?(?:operating|present|active) in\\b",
      "\\binvestments? (?:of|worth|totalling)\\b",
      "\\bfdi (?:inflows?|equity)\\b"
    ]),
    weight: 1.5
  },
  // A trade figure written as exports or imports moving ("wine exports to India increased by 115%").
  { id: "trade_investment_figure", pattern: tradeMovement, weight: 2 },
  // Companies of one country buying into, or building in, the other: investment news, with or without a figure.
  {
    id: "trade_investment_figure",
    pattern: wordOf([
      "acquir(?:e|es|ed|ing)",
      "acquisition of",
      "takes? over",
      "took over",
      "takeover of",
      "controlling (?:stake|share)",
      "stake in",
      "buy(?:s|ing)? (?:a |an )?(?:\\w+ )?stake",
      // Selling a holding is the other half of the same deal: "sold the 70 percent stake it had".
      "(?:sold|sells|sell|selling|divest(?:s|ed|ing)?|offload(?:s|ed|ing)?) " +
        "(?:its |their |all |the |a |his |her )?(?:[\\w%.,-]+ ){0,3}?" +
        "(?:stakes?|holdings?|arm|unit|subsidiary|business|operations|chain|assets|division|shares)",
      // "Launched a sale of 4.57% equity", "an offer for sale", "a block deal": shares of a firm changing hands.
      "sale of (?:a |its )?\\d+(?:[.,]\\d+)? ?(?:%|per ?cent) (?:stake|equity|shares)",
      "offer for sale",
      "block deals?",
      // A sale decided, or an offer or bid for a company: "decided to sell Barista", "a binding offer from JSW".
      "(?:decided|agreed|plans|planning|opted) to (?:sell|divest)",
      "(?:binding|non-binding|takeover|formal|final|revised) (?:offers?|bids?) (?:from|for|by)",
      "(?:made|makes|submitted|submits|placed|received|receives) (?:a |an )?(?:\\w+ )?(?:offer|bid) for",
      "(?:takes?|taking|took|taken) control of",
      "(?:set(?:s|ting)? up|open(?:s|ed|ing)?|inaugurat\\w+|expand(?:s|ed|ing)?|doubl(?:e|es|ed|ing)) " +
        "(?:a |an |its |the |[\\w-]+['’]s )?(?:first |new )?(?:[\\w-]+ ){0,2}" +
        "(?:plants?|factory|factories|facility|facilities|capacity)",
      // "invests in", "invest Rs 500 crore", "invest €10 million", "invested 40 million in" (the currency left to the
      // reader, as agency copy often does).
      "invest(?:s|ed|ing)? (?:in|rs|€|\\$|euro|usd|inr)",
      "invest(?:s|ed|ing)? (?:(?:about|around|nearly|over|up to|some|another|a further) )?\\d+(?:[.,]\\d+)?",
      // Money put into a plant in other words: "plans to spend $38 million to build a scooter plant", "will pump 30
      // million euros into", "has earmarked 30 million euros for a second plant", "at a cost of 30 million euros".
      moneyIntoPlant,
      plantAtACost
    ]),
    weight: 1.5
  },
  // A company winning a tender, bid or order in the other country: a contract there is investment news,
  // not a signed agreement ("emerged as one of the winners of the auction"). An honour "awarded" is not one.
  {
    id: "trade_investment_figure",
    pattern: anyOf([
      // "won a 99-million-dollar contract", "bagged the project for the northern extension"; a clause between
      // commas may come between ("si è aggiudicato, in raggruppamento di imprese, una nuova commessa").
      // Not a bribe's purpose: "kickbacks paid to win a helicopter contract" (see briberyBefore).
      `${briberyBefore}\\b${oneOf(winning)}(?:,[^,.;]{1,60},)? (?:a |an |the |its )?(?:[\\w-]+ ){0,3}?` +
        "(?:tenders?|bids?|auctions?|orders?|contracts?|projects?|lots?|packages?)\\b",
      "\\b(?:tenders?|bids?|auctions?) wins?\\b",
      // A capacity won in an auction ("Enel wins 285MW in India"), and "won the right to sign" the contract.
      `\\b${oneOf(winning)} (?:over )?\\d[\\d,.]* ?(?:mw|gw|megawatts?|gigawatts?)\\b`,
      `\\b${oneOf(winning)} the right to (?:sign|build|supply|develop|operate)\\b`,
      "\\bwinners? of (?:the |a )?(?:\\w+ ){0,4}?(?:tenders?|auctions?|bids?|bidding)\\b",
      "\\bawarded (?:a |an |the )?(?:\\w+ ){0,3}?(?:tenders?|contracts?|orders?)\\b",
      // "Received the letter of award": the buyer's formal award of the contract.
      "\\bletter of award\\b",
      "\\baward of (?:the |a )?contract\\b"
    ]),
    weight: 2.5
  },
  // A company supplying or building a counted thing for a buyer ("will build 34 coaches for the Pune Metro", "will
  // construct a 700 MW power plant for"): a contract, whether or not its value is given.
  {
    id: "trade_investment_figure",
    pattern:
      "\\b(?:supply|supplies|supplied|supplying|build|builds|building|construct(?:s|ed|ing)?|deliver(?:s|ed|ing)?) " +
      "(?:an? )?\\d[\\d,.]*(?: ?(?:mw|gw|km|kv))? (?:[\\w-]+ ){0,3}?(?:for|to)\\b",
    weight: 1.5
  },
  // Export credit and finance for firms of one side going to the other: investment support, with a figure.
  {
    id: "trade_investment_figure",
    pattern: wordOf([
      "credit lines?",
      "lines? of credit",
      "export credit",
      "credit (?:facility|facilities|guarantees?)",
      "financing (?:package|line|facility|facilities)"
    ]),
    weight: 2
  },
  // A headline's "new plant in India", with no verb: the plant is the news.
  {
    id: "trade_investment_figure",
    pattern: `\\bnew (?:\\w+ ){0,2}?${oneOf(plantWords)}\\b`,
    weight: 1
  },
  { id: "trade_investment_figure", pattern: "\\b(?:buys|bought|to buy|will buy|snaps up|snapped up)\\b", weight: 1 },
  // A company eyeing stakes or a bigger footprint in the other's market states an investment it intends.
  {
    id: "trade_investment_figure",
    pattern: anyOf([
      "\\b(?:eye|eyes|eyeing|eyed) (?:\\w+ ){0,2}?(?:stakes?|acquisitions?|investments?)\\b",
      "\\b(?:expand|expands|expanding|expanded|grow|grows|growing) (?:its |their )?(?:\\w+ )?footprint\\b"
    ]),
    weight: 1
  },
  // A plant's foundation stone laid ("laid the foundation stone of a new production area"), or a holder raising its
  // stake to a share ("increasing its holding to 74%"): investment news.
  {
    id: "trade_investment_figure",
    pattern: anyOf([
      "\\b(?:laid|lays|lay|laying) the foundation stones? (?:of|for) (?:a |an |the |its )?(?:new )?(?:[\\w-]+ ){0,2}?" +
        `(?:${oneOf(plantWords)}|production|manufacturing|unit)\\b`,
      "\\b(?:stake|shareholding|holding) to (?:about |nearly |over )?\\d"
    ]),
    weight: 1.5
  },
  // Capacity added in the other country is investment: "is adding new manufacturing capacity in India".
  {
    id: "trade_investment_figure",
    pattern:
      "\\b(?:add|adds|adding|added|expand(?:s|ed|ing)?|doubl(?:e|es|ed|ing)|rais(?:e|es|ed|ing)) " +
      "(?:\\w+ ){0,2}?(?:manufacturing|production|plant) capacity\\b",
    weight: 1.5
  },
  // Investment promised with or without a figure: "companies pledged substantial new investments in India".
  {
    id: "trade_investment_figure",
    pattern: "\\b(?:pledg(?:e|es|ed|ing)|commit(?:s|ted|ting)?|announc(?:e|es|ed|ing)) (?:\\w+ ){0,3}investments?\\b",
    weight: 1.5
  },
  // An exhibition of art, or one made with a museum ("an exhibition of Indian paintings", "proposes an exhibition in
  // collaboration with Bihar Museum"): the cultural event below, tried before business_forum's bare "exhibition" that
  // starts at the same word.
  {
    id: "culture_generic",
    pattern: anyOf([
      `\\b(?:exhibitions?|festivals?|screenings?) of (?:\\w+ ){0,3}?${oneOf(artWorks)}\\b`,
      `\\bexhibitions? (?:\\w+ ){0,3}?(?:with|by|from) (?:the )?(?:[\\w-]+ ){0,4}?${artVenue}\\b`
    ]),
    weight: 2.5
  },
  // Business forums and fairs.
  {
    id: "business_forum",
    pattern: anyOf([
      "\\b(?:business|economic|investment|investors'?|industry) " +
        "(?:forum|summit|delegations?|meet|meeting|conclave|roundtable|round-table|round table|council)\\b",
      "\\b(?:business|economic|technology|investment) (?:\\w+ ){0,4}forum\\b",
      // "the India-Italy technology summit": companies and researchers meeting, as at a business forum.
      "\\b(?:tech|technology|innovation) summits?\\b",
      "\\bceos?'? (?:forum|roundtable|round table)\\b",
      // A forum named for the pair ("the India-Italy Forum organised by FICCI", "the India-Italy Growth Forum"), and a
      // minister's session with chief executives ("the CEOs Business Interactive session", "an interaction with
      // Italian CEOs"): companies of the two meeting.
      `\\b${pairCompound} (?:[\\w-]+ ){0,2}?(?:forum|conclave)\\b`,
      `\\bforum (?:[\\w-]+ ){0,2}?${pairCompound}\\b`,
      "\\bceos?'? (?:[\\w-]+ ){0,2}?interactive (?:session|meeting)s?\\b",
      "\\binteractions? with (?:[\\w-]+ ){0,2}?(?:ceos|business leaders|industrialists|industry leaders)\\b",
      // Companies paired with prospective partners, or a roundtable whose guests are business people.
      "\\b(?:business[- ]matching|match-?making)\\b",
      "\\b(?:roundtable|round table)s? (?:with|of|for) (?:\\w+ ){0,3}?(?:companies|firms|businesses|" +
        "business leaders|industry|industrialists|ceos|executives|entrepreneurs|investors)\\b",
      // Business-to-business and business-to-government meetings.
      "\\bb2b\\b",
      "\\bb2g\\b",
      "\\b(?:trade|food|wine|food and wine|industrial|machinery|textile|agri|international) " +
        "(?:fair|show|expo|mission|delegation)s?\\b",
      // A fair named for its goods ("Italy's biggest furniture fair", "a jewellery show", "the tile fair in Bologna").
      "\\b(?:furniture|footwear|shoe|leather|jewel(?:le)?ry|gems? and jewel(?:le)?ry|design|tiles?|ceramics?|marble|" +
        "stone|motorcycle|packaging|plastics?|toy) (?:fairs?|trade shows?|exhibitions?|expos?)\\b",
      // "a networking event for exporters", "a buyer-seller meet". (Not "a trade event": as often only where a
      // remark was made, "speaking on the sidelines of a trade event".)
      "\\bnetworking events?\\b",
      "\\bbuyers?[- ]sellers?'? (?:meet|meeting)s?\\b",
      // Not the Expo as a date ("on the eve of the Expo", "ahead of Expo 2015"): when, not what.
      "\\bexpo\\b(?<!\\b(?:eve of|ahead of|run-up to|in vista of|before|after|since) (?:the )?expo)",
      "\\bexpositions?\\b",
      "\\broad ?-?shows?\\b",
      // A workshop, a symposium or a trade tasting put on for trade: with a trade agency, a chamber or the trade's
      // buyers in the same sentence (not an art, yoga or university workshop).
      "\\b(?:workshops?|webinars?|symposi(?:um|a)|trade tastings?)\\b" +
        "(?=[^.;]{0,120}?\\b(?:trade agency|ita|chambers? of commerce|importers|buyers|b2b|exporters|companies|firms|" +
        "industry)\\b)",
      "(?<=\\b(?:trade agency|ita|chambers? of commerce|confindustria|ficci|cii|assocham)\\b[^.;]{0,80}?)" +
        "\\b(?:workshops?|webinars?|symposi(?:um|a)|trade tastings?)\\b",
      "\\b(?:seminar|conclave)s?\\b",
      // An exhibition or a pavilion is a fair's when trade is in the sentence ("the Italian pavilion at the fair drew
      // 40 exhibitors"); a museum's show or a Biennale's national pavilion is no business event.
      // (Nor a show put on for culture: "the Indian Council for Cultural Relations opened an exhibition".)
      "\\b(?:exhibitions?|pavilions?)\\b(?![^.;]{0,120}?\\b(?:museums?|galler(?:y|ies)|artworks?|artefacts?|" +
        "artifacts?|paintings?|sculptures?|biennale|curated|artists?|cultur(?:e|al))\\b)" +
        "(?<!\\b(?:museums?|galler(?:y|ies)|art|artworks?|paintings?|photo(?:graphy)?|biennale|cultur(?:e|al))" +
        "[^.;]{0,80}?\\b(?:exhibitions?|pavilions?))",
      "\\bexhibit(?:ing|ors?)\\b"
    ]),
    weight: 1.5
  },
  // Legal disputes.
  {
    id: "legal_dispute",
    pattern: anyOf([
      wordOf([
        // Not "in Modi's court", "the ball is in Italy's court": an idiom of whose move it is.
        "(?<![’']s )court",
        "courts",
        "arbitration",
        "arbitral",
        "tribunal",
        "extradit\\w*",
        "lawsuit",
        "prosecut\\w*",
        "chargesheet",
        "charge sheet",
        "bribery",
        "kickbacks?",
        "money laundering",
        // Interpol's request to find and arrest a wanted person.
        "red notice",
        "verdict",
        "acquitted",
        "convicted",
        "indicted",
        // "An international dispute between the two states" over a case: the states are the parties.
        "(?:international|legal) dispute"
      ]),
      // The two countries' long-running case: the Italian marines who shot two Kerala fishermen from the
      // Enrica Lexie (2012). (AgustaWestland is no cue by itself: its joint ventures and contracts came before
      // the bribery case, whose reports carry words of their own.)
      "\\benrica lexie\\b",
      "\\bmarines (?:case|row|stand-?off)\\b"
    ]),
    weight: 1.5
  },
  // One state blocking or backing the other's bid in a multilateral body ("Italy has blocked India's application to
  // join the MTCR", "lobbying against India's bid"): an act between the two, whatever the forum.
  {
    id: "other_bilateral",
    pattern:
      "\\b(?:block\\w*|veto\\w*|oppos\\w+|back(?:s|ed|ing)|support\\w*|endors\\w+|lobb\\w+ (?:for|against)|" +
      "withdr[ae]w\\w* (?:its |their )?(?:objection|veto|opposition) to) (?:[\\w'’]+ ){0,2}?" +
      "(?:bid|application|candidacy|candidature|entry|accession)\\b",
    weight: 2
  },
  // A diplomatic rupture: an envoy recalled or not sent, ties downgraded, a diplomat expelled. The row itself is the
  // development, whatever case or talks it is about.
  {
    id: "other_bilateral",
    pattern: anyOf([
      String.raw`\brecall(?:s|ed|ing)? (?:its |their |the |his |her )?(?:\w+ )?` +
        String.raw`(?:ambassador|envoy|high commissioner)\b`,
      String.raw`\bdowngrad(?:e|es|ed|ing) (?:its |their |the )?(?:diplomatic )?(?:ties|relations)\b`,
      String.raw`\bexpel(?:s|led|ling)? (?:an? |the |two |its )?(?:\w+ )?diplomats?\b`
    ]),
    weight: 2
  },
  // A flight route between the two opened or resumed: a development of the "other" kind.
  {
    id: "other_bilateral",
    pattern:
      `\\b${oneOf(starting)} (?:its |a |the )?(?:new )?(?:direct |non-stop |nonstop |daily |weekly )?` +
      "(?:flights?|flight services?|air services|services to|routes?)\\b|\\bdirect flights?\\b",
    weight: 2
  },
  // Developments of no other kind that real reports lead with: a mission opened, an initiative joined.
  {
    id: "other_bilateral",
    pattern:
      String.raw`\b(?:opens?|opened|opening|inaugurat\w+|launch(?:es|ed)?) (?:a |an |its |the )?(?:new )?` +
      String.raw`(?:consulate|consulate general|embassy|chancery|visa (?:centre|center|office))\b|` +
      // "opened a new VFS Global Visa Application Centre", "the Italian Visa Application Centre was inaugurated"
      String.raw`\b(?:opened|inaugurated) (?:a |an |its |the )?(?:new )?(?:[\w-]+ ){0,3}?` +
      String.raw`visa (?:application )?(?:centre|center|office)\b|` +
      String.raw`\bvisa (?:application )?(?:centre|center|office) (?:was |has been |is )?(?:officially )?` +
      String.raw`(?:opened|inaugurated)\b|` +
      // An office of one side's body opened in the other's country ("inaugurated the offices of the new Consulate
      // General", "the Port Authority of Venice inaugurated its own office in Mumbai").
      String.raw`\b(?:opens?|opened|opening|inaugurat\w+) (?:a |an |its |the |their )?(?:new |first |own )?` +
      String.raw`(?:[\w-]+ ){0,2}?offices?\b|` +
      // One side's school, university or institute opening a campus in the other's country.
      String.raw`\b(?:opens?|opened|inaugurat(?:es|ed|ing)) (?:a |an |its |the )?(?:first |new )?` +
      String.raw`(?:[\w-]+ ){0,3}?(?:campus|school|academy|university|college|educational facility)\b|` +
      String.raw`\b(?:joins?|joined|joining) (?:${possessives}the )?(?:\w+ ){0,4}?(?:initiative|alliance|coalition)\b` +
      // "Italy is the latest entrant in India's flagship initiative"
      String.raw`|\b(?:latest|newest|new) (?:entrant|member|signatory)s? (?:in|to|of|into) ` +
      String.raw`(?:${possessives}the )?(?:\w+ ){0,4}?(?:initiative|alliance|coalition)\b`,
    weight: 2
  },
  // A festival or exhibition of films, art or culture staged by one side's state in the other is a cultural
  // event ("other"), not a trade fair: the guide's "an exhibition". Outweighs business_forum's bare
  // "exhibition"; counts only beside a state body (stateCultureContext): a private film festival is lifestyle.
  {
    id: "culture_generic",
    pattern: anyOf([
      `\\b${oneOf(artForms)} (?:\\w+ ){0,2}?(?:festivals?|exhibitions?|retrospectives?|screenings?)\\b`,
      // An artist's show, or one in a museum or gallery: "the solo exhibition", "an exhibition at the National
      // Gallery of Modern Art", "made its debut at the Crafts Museum".
      "\\b(?:solo|group) (?:exhibitions?|shows?)\\b",
      // From its article, so that it stands before business_forum's bare "exhibition".
      "\\b(?:an|the|a|its|their) (?:\\w+ )?exhibitions? (?:\\w+ ){0,3}?(?:at|in) (?:the )?(?:[\\w-]+ ){0,5}?" +
        `${artVenue}\\b`
    ]),
    weight: 2.5
  },
  // One side's rocket putting the other's satellite in orbit (ISRO's PSLV and Italy's AGILE): space cooperation of the
  // "other" kind, whether the launch was sold commercially or not.
  {
    id: "other_bilateral",
    pattern: anyOf([
      "\\b(?:placed|places|put|puts|launch(?:ed|es)?|carried|carries|lofted|injected) " +
        "(?:an? |the |its )?(?:\\w+ ){0,3}satellites? (?:in|into) (?:\\w+ ){0,2}orbit\\b",
      "\\blaunch(?:ed|es)? (?:an? |the )?(?:\\w+ ){0,2}(?:built |made )?satellites?\\b"
    ]),
    weight: 2
  },
  // Aid sent by one side to the other (the Covid years' oxygen plants and ventilators, relief after a disaster):
  // a development of the "other" kind, not trade.
  {
    id: "other_bilateral",
    pattern: wordOf([
      // Not "medical assistance" alone: a worker left "without medical assistance" was sent nothing; nor medical aid
      // given or denied to a person ("instead of providing medical aid", "was not given medical aid").
      "(?<!\\b(?:providing|provide|provided|given|give|gave|denied|deny|without|no|any|receive|received) )" +
        "(?:medical|humanitarian|relief|covid(?:-19)?) (?:aid|supplies|consignments?|equipment)",
      "(?:humanitarian|relief) assistance",
      "ventilators",
      "oxygen (?:plants?|concentrators|generat\\w+|production (?:plants?|machines?|equipment|units?))",
      "airlift(?:s|ed)? (?:\\w+ ){0,2}aid"
    ]),
    weight: 2
  },
  // Remarks and posts: weak, only decisive when nothing concrete happened.
  // A conversation with a newspaper or an opinion piece: the news is what someone said, whatever concrete words
  // they used. ("Interview" alone is also a brand manager's, in lifestyle reports.)
  {
    id: "statement_remark",
    pattern: wordOf([
      "in conversation with",
      // An outlet's exclusive: "spoke exclusively to Asian Lite", "in an exclusive chat with WION".
      "spoke exclusively (?:to|with)",
      "(?:in )?(?:an )?exclusive (?:interview|chat|conversation) with",
      "candid (?:discussion|conversation|chat)",
      "told (?:the )?(?:\\w+ )?(?:newspaper|daily|news agency|channel|magazine|broadcaster)",
      "op-ed",
      "opinion piece",
      "(?:wrote|writes|writing) in (?:the |an? )?(?:\\w+ )?(?:newspaper|daily|article|column|op-ed)"
    ]),
    weight: 1.2
  },
  { id: "statement_remark", pattern: "\\b(?:said|says|stated|told|added|noted)\\b", weight: 0.2 },
  {
    id: "statement_remark",
    pattern: anyOf([
      wordOf([
        "remarked",
        // A warning in words ("Singh warned Italy of consequences"): what was said.
        "warned",
        "warns",
        "tweeted",
        "hailed",
        "hails",
        "praised",
        "praises",
        "lauded",
        "lauds",
        "congratulat\\w+",
        "greeted",
        "greetings",
        "condolences?",
        "condemn\\w*",
        // "Thanks (largely) to" says why something happened, not that anyone was thanked.
        "thank(?:s|ed)?(?! (?:(?:largely|partly|mainly|mostly|chiefly|in (?:large |no small )?part) ){0,3}to\\b)",
        "wishes",
        "wishing",
        "described",
        "emphasi[sz]ed",
        "underlined",
        "reiterated",
        "in an interview",
        // "We interviewed the ambassador", "the minister, interviewed by WION": an outlet's interview, as above.
        "interview(?:ed|ing)",
        "told reporters",
        "message",
        "speaking at",
        "spoke (?:at|about)",
        "addressed",
        "addressing",
        "keynote",
        "speech",
        // "India is a natural partner": a description of the relationship, not a development.
        "natural partner"
      ]),
      "\\bpost(?:ed)? (?:a message )?on x\\b",
      "\\bsocial media\\b",
      // Answers in parliament: a minister's account of relations, not news of them.
      "\\bwritten reply\\b",
      "\\btold (?:parliament|the lok sabha|the rajya sabha|the senate|the chamber)\\b",
      // Not the Lok Sabha elections, which are India's, not a minister's answer.
      "\\b(?:lok|rajya) sabha\\b(?! (?:elections?|polls?|seats?|results?|campaign))"
    ]),
    weight: 0.6
  }
]
