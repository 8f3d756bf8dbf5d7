import type { EventTypeId } from "../event-type.ts"
import { pairProfile } from "../profile/active-profile.ts"
import { escapeForPattern } from "../profile/side-patterns.ts"
import { highestLevel, meetingLevel } from "./actors.ts"
import { type Mention, namesDefenceMaker } from "./entities.ts"
import {
  businessContext,
  defenceContext,
  eventPatterns,
  merchantShipping,
  stateCultureContext
} from "./event-patterns.ts"
import { compileGated, compileLexicon, scanGatedSpansBefore, scanLexicon, type Words } from "./gated-patterns.ts"
import type { Document, Field, Paragraph } from "./text.ts"
import { pairCuePatterns } from "./pair-cues.ts"
import { fieldText, sentenceAt, sentenceText } from "./text.ts"

/**
 * Event types by weighted cues. Each cue counts by how decisive it is and where it stands: the
 * title and the lead sentence say what the report is about, background sentences hardly count,
 * quoted remarks count a little less. The type with most weight is primary; the others with a
 * fair share are secondary.
 */

const eventLexicon = compileLexicon(eventPatterns, "i")

export type ScoredType = Exclude<EventTypeId, "not_relevant">

export interface CueHit {
  readonly type: ScoredType
  readonly field: Field
  readonly start: number
  readonly end: number
  readonly sentence: number
  readonly weight: number
}

export interface EventTypeInput {
  readonly document: Document
  readonly words: { readonly title: Words; readonly text: Words }
  /** How much a sentence counts (position, background, quotation). */
  readonly sentenceWeight: ReadonlyArray<number>
  readonly mentionsBySentence: ReadonlyArray<ReadonlyArray<Mention>>
  /** The date used to decide which office a person held. */
  readonly officeDate: string | undefined
  /** Extra hits found by other extractors (trade figures, defence manufacturers). */
  readonly extraHits: ReadonlyArray<CueHit>
}

export interface EventTypeFinding {
  readonly primary: ScoredType
  readonly types: ReadonlyArray<ScoredType>
  readonly scores: ReadonlyMap<ScoredType, number>
  /** Every weighted hit, strongest first per type. */
  readonly hits: ReadonlyArray<CueHit>
  /** The types with a cue in each sentence. */
  readonly typesBySentence: ReadonlyArray<ReadonlySet<ScoredType> | undefined>
}

/** Statements add up slowly: a report full of "said" is still mostly about what was said. */
const REMARK_CAP = 2
/** A secondary type needs this share of the primary's weight. */
const SECONDARY_SHARE = 0.3

// When two types tie, the more specific development wins.
const specificity: ReadonlyArray<ScoredType> = [
  "partnership_upgrade",
  "agreement_signed",
  "joint_statement",
  "military_exercise",
  "defence_industry",
  "legal_dispute",
  "official_visit",
  "leader_meeting",
  "ministerial_dialogue",
  "trade_investment_figure",
  "business_forum",
  "statement_remark",
  "other_bilateral"
]

const specificityRank = new Map(specificity.map((type, rank) => [type, rank]))
const rankOf = (type: ScoredType): number => specificityRank.get(type) ?? -1
/** Highest score first; on a tie, the more specific type first. */
const compareRanked = (a: readonly [ScoredType, number], b: readonly [ScoredType, number]): number =>
  b[1] - a[1] || rankOf(a[0]) - rankOf(b[0])

/** A ship's "call on" a port weighs as a port call does (2) against a meeting cue's 1. */
const PORT_CALL_FACTOR = 2
/** The ships whose calls and arrivals are port calls. */
const shipNoun = "(?:ship|vessel|frigate|warship|destroyer|corvette|carrier|submarine)"
const shipBefore = new RegExp(String.raw`\b${shipNoun}(?:'s|’s)?\s+(?:first |maiden |\w+ )?$`, "i")
/**
 * A ship as the subject of an arrival or a visit ("The Indian frigate INS Tabar arrived in Naples", "the sail training
 * ship and a Vice-Admiral visit Mumbai"): a port call, not an official visit.
 */
const shipArrivingBefore = new RegExp(String.raw`\b${shipNoun}\b[^.;,]{0,40}?\s(?:has |had |have )?$`, "i")
const arrivalOrVisit = /^(?:arrived|arrives|arriving|landed) in$|^visit(?:s|ed|ing)?\b/i

/**
 * Areas an agreement or a meeting covers ("in domains such as … co-production and joint ventures")
 * are its subject, not what happened: a cue in such a list counts for this share of its weight.
 */
const LISTED_AREA_FACTOR = 0.4
const listedAreaBefore = new RegExp(
  String.raw`\b(?:such as|including|areas? (?:of|like|including)|domains?|fields? of|ranging from|cover(?:s|` +
    String.raw`ing)?)\b[^.;!?]{0,160}$`,
  "i"
)
const listedAreaTypes: ReadonlySet<ScoredType> = new Set([
  "defence_industry",
  "military_exercise",
  "business_forum",
  "trade_investment_figure"
])

/**
 * A headline that is a joint document's name ("Italy-India Joint Strategic Action Plan 2025-2029",
 * "Joint Statement on the visit of …"): the report is the document, whatever it lists.
 */
const pairNames = pairProfile.sides.map((side) => escapeForPattern(side.name.en.toLowerCase())).join("|")
const documentHeadline = new RegExp(
  String.raw`^\s*(?:(?:${pairNames})\s?[-–—]\s?(?:${pairNames})\s|(?:${pairNames}) and (?:${pairNames})\s)?` +
    "(?:joint (?:statement|declaration|communiqu[eé]|press statement)|joint strategic action plan|" +
    String.raw`(?:strategic )?action plan|plan of action)\b`,
  "i"
)
const DOCUMENT_HEADLINE_WEIGHT = 2.5

/** Topics of a meeting ("reviewed cooperation in defence industry") weigh less than the meeting itself. */
const TOPIC_IN_MEETING_FACTOR = 0.5
/** A meeting of nobody in particular ("the two sides met") is weak evidence of a dialogue. */
const UNRANKED_MEETING_FACTOR = 0.5

/**
 * A plan or agreement named as what is reviewed or worked under is the setting of some other
 * development: it counts as "other", for this share of its weight.
 */
const WORKED_UNDER_FACTOR = 0.3

// "reviewed (progress under) the action plan", "implementation of the MoU", "under the pact".
const workedUnderBefore = new RegExp(
  // "to implement key initiatives outlined in the Strategic Action Plan", "assessed progress made on the plan".
  String.raw`\b(?:review(?:ed|s|ing)?|t(?:ook|ake|aking) stock of|progress (?:made )?(?:under|on|of|in)|` +
    "(?:outlined|envisaged|set out|enshrined) in|implement(?:s|ed)?|scope of|implement(?:ation of|ing)|" +
    String.raw`under (?:the|their|its)|in line with|pursuant to|as (?:envisaged|` +
    String.raw`agreed) (?:in|under)|(?:after|following|since) the (?:signing|adoption) of)\b[^.;!?]{0,40}$`,
  "i"
)

/**
 * A headline's subordinate clause sets the scene for its main news ("India, Italy sign nurses pact
 * as Jaishankar visits Rome"): a cue there counts for this share of its weight.
 */
const SETTING_FACTOR = 0.4
// In a headline, the rest of a clause opened by "as", "during", "amid" or "while".
const headlineSettingBefore = /\s(?:as|during|amid|while)\s[^,:;]*$/i

// A headline that opens with a quotation ("'Ties have never been stronger': envoy at …", "'Italy selects
// only the best' - Consul General", or a quotation alone) reports what someone said; it counts as a remark
// cue of this weight in the title. The quotation may hold apostrophes ("'India's per capita …'"): it ends
// at a closing mark followed by a colon, a dash or the headline's end.
const quotedHeadline = /^\s*['"‘“][^\n]{8,}?['"’”]\s*(?:[:–—-]|$)/
const QUOTED_HEADLINE_WEIGHT = 1

// "Commentary: …", "Opinion | …", "Analysis: …": a piece of opinion or analysis is about what
// someone thinks of the relationship; the developments it names are its material. Its headline
// is a remark cue of this weight in the title, and the cap on remarks rises to meet it.
const opinionHeadline = new RegExp(
  String.raw`^\s*(?:commentary|opinion|analysis|editorial|op-?ed|column|comment|viewpoint|perspective|view|` +
    String.raw`interview|exclusive interview|q\s?&\s?a)\s*[:|–—]`,
  "i"
)
// An interview or an op-ed announced by the headline or the lead ("In a wide-ranging interview, he
// talks about…", "in a joint op-ed", "told businessline in an interview"): the piece is what someone
// says of the relationship, and the developments it names are its material, as in an opinion piece.
const interviewFraming = /\b(?:interview|op-?eds?|opinion piece|q\s?&\s?a)\b/i
// "Speaking to WION's Sidhant Sibal", "Speaking to The Hindu's diplomatic editor", "Speaking to our
// diplomatic correspondent": an outlet's own interview.
const interviewAside = new RegExp(
  String.raw`\b[Ss]peaking (?:exclusively )?(?:to|with) (?:our (?:\w+ )?correspondent|` +
    String.raw`(?:[A-Z][\w-]* )?[A-Z][\w-]*(?:'s|’s) (?:[A-Z]|(?:\w+ )?(?:editor|correspondent|reporter)))`,
  ""
)
const OPINION_HEADLINE_WEIGHT = 3.5

/** A remark cue where the headline or the lead sentence says the piece is an interview or an op-ed. */
const interviewRemark = (input: EventTypeInput): CueHit | undefined => {
  const { document } = input
  const inTitle = interviewFraming.exec(document.title)
  if (inTitle !== null) {
    const sentence = sentenceAt(document, "title", inTitle.index)
    if (sentence >= 0) return remarkHit(input, "title", inTitle.index, inTitle.index + inTitle[0].length, sentence)
  }
  // The opening paragraphs: an interview announces itself in its standfirst, or asks its first question there.
  const firstParagraph = Math.max(0, document.leadParagraph)
  const lastParagraph = Math.min(document.paragraphs.length, firstParagraph + 3) - 1
  if (lastParagraph < firstParagraph) return undefined
  // One look at the whole opening first: most reports are no interview and need nothing more.
  const opening = document.text.slice(
    document.paragraphs[firstParagraph]!.start,
    document.paragraphs[lastParagraph]!.end
  )
  // An aside needs "peaking" and a lone Q a capital Q: a plain search, far cheaper than the expression, rules
  // either out in nearly every report.
  if (
    !interviewFraming.test(opening) &&
    !(opening.includes("peaking") && interviewAside.test(opening)) &&
    opening.indexOf("?") < 0 &&
    !(opening.includes("Q") && loneQ.test(opening))
  )
    return undefined
  // The framing is the whole piece's: it weighs as the lead does, wherever in the opening it stands.
  const lead = document.paragraphs[document.leadParagraph]
  const leadWeight =
    lead === undefined || lead.firstSentence >= lead.endSentence ? 0 : input.sentenceWeight[lead.firstSentence]!
  for (let index = firstParagraph; index <= lastParagraph; index++) {
    const paragraph = document.paragraphs[index]!
    if (paragraph.field !== "text") continue
    for (let sentence = paragraph.firstSentence; sentence < paragraph.endSentence; sentence++) {
      const { field, start, end } = document.sentences[sentence]!
      const words = fieldText(document, field).slice(start, end)
      const found =
        interviewFraming.exec(words) ??
        interviewAside.exec(words) ??
        (isQuestionParagraph(paragraph, sentence, words) ? questionMark.exec(words) : null)
      if (found !== null) {
        const hit = remarkHit(input, field, start + found.index, start + found.index + found[0].length, sentence)
        return { ...hit, weight: Math.max(hit.weight, OPINION_HEADLINE_WEIGHT * leadWeight) }
      }
    }
  }
  return undefined
}

// A paragraph of one sentence that is a question ("Please brief us …?", "What is the progress so far?"),
// or a lone "Q": the piece is a question-and-answer interview.
const questionMark = /\?\s*$|^\s*Q\s*$/
const loneQ = /(?:^|\n)\s*Q\s*(?:\n|$)/
const isQuestionParagraph = (paragraph: Paragraph, sentence: number, words: string): boolean =>
  paragraph.endSentence - paragraph.firstSentence <= 2 &&
  sentence === paragraph.endSentence - 1 &&
  questionMark.test(words) &&
  !explainerSubhead.test(words)
/**
 * The stock subheads of explainers and exam-prep digests ("What is the News?", "Why in news?", "What are the key
 * highlights?", "What was discussed?"): the piece's own sections, no question put to anyone.
 */
const explainerSubhead = new RegExp(
  String.raw`^\s*(?:what|why|how|who|when|where)\b[^?]{0,60}?\b(?:news|highlights?|key|significance|background|` +
    String.raw`about|mean|means|purpose|next|discussed|features?|importance|context|outcomes?|takeaways?)\b` +
    String.raw`[^?]{0,30}\?\s*$`,
  "i"
)

const remarkHit = (input: EventTypeInput, field: Field, start: number, end: number, sentence: number): CueHit => ({
  type: "statement_remark",
  field,
  start,
  end,
  sentence,
  weight: OPINION_HEADLINE_WEIGHT * input.sentenceWeight[sentence]!
})

/** A remark cue where `pattern` matches the headline: its opening quotation or its "Commentary:" label. */
const headlineRemark = (input: EventTypeInput, pattern: RegExp, weight: number): CueHit | undefined => {
  const { document } = input
  const match = pattern.exec(document.title)
  if (match === null) return undefined
  const sentence = sentenceAt(document, "title", match.index)
  if (sentence < 0) return undefined
  return {
    type: "statement_remark",
    field: "title",
    start: match.index,
    end: match.index + match[0].length,
    sentence,
    weight: weight * input.sentenceWeight[sentence]!
  }
}

// "Carabinieri hand back stolen sculpture to India": the return of a cultural object, when the
// headline or the lead reports it, is a development of its own ("other"). The investigation or
// court order behind it is its story, not a dispute between the two.
const restitutionCue = compileGated(
  String.raw`\b(?:hand(?:s|ed|ing)? (?:back|over)|return(?:s|ed|ing)?|repatriat\w*|restitution|restor(?:e|es|` +
    String.raw`ed|ing)|recovered)\b[^.;]{0,80}?\b(?:sculptures?|idols?|statues?|bronzes?|antiquit(?:y|ies)|` +
    String.raw`artefacts?|artifacts?|manuscripts?|relics?|paintings?)\b|\b(?:sculptures?|idols?|statues?|` +
    String.raw`bronzes?|antiquit(?:y|ies)|artefacts?|artifacts?|manuscripts?|relics?|` +
    String.raw`paintings?)\b[^.;]{0,80}?\b(?:handed (?:back|over)|returned|repatriated|restituted)\b`,
  "i"
)
const RESTITUTION_WEIGHT = 1

/** The headline's return of a cultural object, or else the lead sentence's. */
const restitutionHit = (input: EventTypeInput): CueHit | undefined => {
  const { document } = input
  let found: CueHit | undefined
  scanGatedSpansBefore(restitutionCue, document.title, input.words.title, document.title.length, (start, end) => {
    const sentence = sentenceAt(document, "title", start)
    if (sentence >= 0)
      found = {
        type: "other_bilateral",
        field: "title",
        start,
        end,
        sentence,
        weight: RESTITUTION_WEIGHT * input.sentenceWeight[sentence]!
      }
  })
  const lead = document.paragraphs[document.leadParagraph]
  if (found !== undefined || lead === undefined || lead.firstSentence >= lead.endSentence) return found
  const first = document.sentences[lead.firstSentence]!
  if (first.field !== "text") return undefined
  scanGatedSpansBefore(restitutionCue, document.text, input.words.text, first.end, (start, end) => {
    if (start >= first.start)
      found = {
        type: "other_bilateral",
        field: "text",
        start,
        end,
        sentence: lead.firstSentence,
        weight: RESTITUTION_WEIGHT * input.sentenceWeight[lead.firstSentence]!
      }
  })
  return found
}

/** A visit only wished for or invited to counts as a remark, at this share of a visit's weight. */
const WISH_FACTOR = 0.5
/** A development under an agreement signed before counts as "other", at this share of a signing. */
const NAMED_AGREEMENT_FACTOR = 0.7

// "hopes to visit", "would like to travel to", "invited Meloni to visit": the visit is not on any schedule.
// The same words before an investment: "invited Italian investors to invest in", "wants to invest more".
const wishBefore = new RegExp(
  String.raw`\b(?:hope[sd]?|hoping|wish(?:es|ed)?|would like|'d like|keen|look(?:s|ed|ing)? forward|invit(?:e|` +
    String.raw`es|ed|ing|ation)|urg(?:e|es|ed|ing)|wants?|wanted|dream(?:s|ed|t)?)\b[^.;!?]{0,40}$`,
  "i"
)

/** A visit in a relative clause about the visitor counts at this share. */
const RELATIVE_VISIT_FACTOR = 0.3
const relativeClauseBefore = /,\s(?:who|which)\s(?:is\s|was\s|has\s|had\s)?(?:[\w-]+\s){0,6}$/i

// An upgrade named as what came before: "after the two countries elevated", "since", "in light of the recently".
const upgradeAsSettingBefore = /\b(?:after|since|following|in light of|in the wake of|recently)\b[^.;!?]{0,60}$/i

// "mentions talks with", "citing talks with", "with a reference to her talks with": a meeting someone spoke of.
const mentionedBefore = new RegExp(
  String.raw`\b(?:mentions?|mentioned|mentioning|cit(?:es|ed|ing)|reference to|referr(?:ed|ing) to|` +
    String.raw`recall(?:s|ed|ing)?)\b[^.;!?]{0,40}$`,
  "i"
)

/** Visit words in a report whose headline or lead meets on a summit's sidelines count at this share. */
const SIDELINES_VISIT_FACTOR = 0.4
const sidelinesCue = /\bon the (?:sidelines|margins?) of\b/i

/** Whether the headline or the lead's opening reports a meeting on the sidelines of something. */
const sidelinesInLead = (input: EventTypeInput): boolean => {
  const { document } = input
  if (sidelinesCue.test(document.title)) return true
  const lead = document.paragraphs[document.leadParagraph]
  if (lead === undefined) return false
  // Two sentences: an honorific ("H.E. Ms. Meloni") can split the first in two.
  for (let index = lead.firstSentence; index < Math.min(lead.endSentence, lead.firstSentence + 2); index++)
    if (sidelinesCue.test(sentenceText(document, index))) return true
  return false
}

/** An initiative joined that one side praises the other for: the setting of a meeting, at this share. */
const PRAISED_FACTOR = 0.3
// "appreciated Italy joining the Biofuel Alliance", "welcomed India's joining of": what the praise is about
// happened before; the meeting or call where it was said is the news.
const praisedBefore =
  /\b(?:appreciat(?:e|es|ed|ing)|welcom(?:e|es|ed|ing)|lauded|praised|commended|hailed|thanked)\b[^.;!?]{0,30}$/i

// "the agreement signed in 2023", "the MoU signed last year": the agreement is the subject, its signing is history.
const agreementNamedBefore = new RegExp(
  String.raw`\b(?:agreements?|pacts?|mous?|memorand(?:um|a)(?: of understanding)?|letters? of intent|deals?|` +
    String.raw`treat(?:y|ies)|declarations?|accords?|protocols?|arrangements?|conventions?|plans?|road ?maps?)\s+$`,
  "i"
)
// "after the signing of the plan", "since the signing of the MoU": the signing is the time before the news.
const signingAsTimeBefore = /\b(?:after|following|since|before|ahead of) (?:the )?$/i
const summitCue = /summit/i

/** Business people as the ones taking part: a dialogue or a session of theirs is a business event. */
const businessPeople =
  /\b(?:ceos|chief executives|industrialists|entrepreneurs|business leaders|industry leaders|captains of industry)\b/i

/** A buying verb: the cue of a purchase, which is procurement when the sentence is about arms. */
const procurementVerb = /^(?:will )?(?:buy|buys|bought|buying|purchas|acquir|procur)/i

// The cue itself, for agreement_signed hits (module level: a literal in the loop builds a new RegExp object per hit).
const signingWord = /^(?:signed|signs|signing|inked|inks)$/i
const signedWord = /^signed$/i
// "the recently approved agreement": an approval or ratification is news even when workers move under the agreement.
const approvalCue = /^(?:approv|ratif|ex-post)/i

/** Who travels on official business: an office holder, an institution, a delegation or a ship. */
const officialTraveller = new RegExp(
  String.raw`\b(?:minister|ministers|delegations?|president|premier|secretary|ambassador|envoy|officials?|` +
    String.raw`chief|governor|mayor|parliamentarians|lawmakers|mps|general|admiral|marshal|commander|ceos?|` +
    String.raw`chairman|chairperson|executives?|team|warships?|ships?|frigates?|destroyers?|vessels?|aircraft|` +
    String.raw`jets|contingent|troops|navy|army|air force|coast guard)\b`,
  "i"
)

/** Whether a sentence with a visit or travel cue names someone who travels on official business. */
const namesOfficialTraveller = (input: EventTypeInput, sentence: number): boolean => {
  const text = sentenceText(input.document, sentence)
  const attributed = attribution.test(text)
  for (const mention of input.mentionsBySentence[sentence] ?? [])
    if (mention.kind === "actor" || (mention.kind === "role" && !(attributed && namesOfficials(input, mention))))
      return true
  return officialTraveller.test(attributed ? text.replace(attribution, "") : text)
}

/**
 * Officials to whom a report is attributed ("health officials said an Indian tourist visiting Italy…", "…, airport
 * officials said"): the sources of the news, not the travellers.
 */
const attribution =
  /\b(?:[\w-]+ )?officials (?:said|say|stated|told|added|confirmed)\b|\baccording to (?:[\w-]+ )?officials\b/i
/** Whether a role mention is the bare "officials" (the one an attribution names). */
const namesOfficials = (input: EventTypeInput, mention: Mention): boolean => {
  const surface = fieldText(input.document, mention.field).slice(mention.start, mention.end)
  return surface.toLowerCase() === "officials"
}

// Verbs of speech in a headline or lead sentence ("has termed India a perfect partner", "has pitched
// for Trieste", "mentioned that Italy wants to invest more", "according to the agency's president").
const speechVerb = new RegExp(
  String.raw`\b(?:said|says|told|tells|termed|terms|pitched|pitches|mentioned|mentions|stressed|stresses|` +
    String.raw`asserted|asserts|emphasi[sz]e[sd]|underlined|underlines|urged|urges|remarked|believes|` +
    String.raw`according to|speaking to)\b`,
  "i"
)

// Someone of standing by title: not "officials" or "the ministry", whose "said" only attributes a report of
// some other news.
const speakerTitle = new RegExp(
  String.raw`\b(?:minister|president|premier|ambassador|envoy|senator|secretary|chairman|chairperson|` +
    String.raw`chairwoman|ceo|chief|governor|consul|spokes(?:person|man|woman)|director|head)\b`,
  "i"
)

const namesSpeaker = (input: EventTypeInput, sentence: number): boolean => {
  for (const mention of input.mentionsBySentence[sentence] ?? [])
    if (mention.kind === "actor" && mention.entry.kind === "person") return true
  return speakerTitle.test(sentenceText(input.document, sentence))
}

/** The headline's sentences and the lead's first sentence. */
const headlineAndLeadSentences = (input: EventTypeInput): Array<number> => {
  const { document } = input
  const lead = document.paragraphs[document.leadParagraph]
  const candidates: Array<number> = []
  for (let index = 0; index < document.sentences.length && document.sentences[index]!.field === "title"; index++)
    candidates.push(index)
  if (lead !== undefined && lead.firstSentence < lead.endSentence) candidates.push(lead.firstSentence)
  return candidates
}

/** Whether the headline or the lead's first sentence has someone of standing speaking. */
const leadIsSpeech = (input: EventTypeInput): boolean => {
  for (const sentence of headlineAndLeadSentences(input)) {
    const words = sentenceText(input.document, sentence)
    if (speechVerb.test(words) && namesSpeaker(input, sentence)) return true
  }
  return false
}

/** The sentences of a paragraph (or of the lead, for -1), as [first, end). */
const sentenceRange = (input: EventTypeInput, paragraphIndex: number): readonly [number, number] => {
  const { document } = input
  const paragraph = document.paragraphs[paragraphIndex === -1 ? document.leadParagraph : paragraphIndex]
  return paragraph === undefined ? [0, 0] : [paragraph.firstSentence, paragraph.endSentence]
}

/**
 * The rank of a paragraph (or of the lead, for -1): by meetingLevel over its mentions when `sided`,
 * else the highest rank named at all (stopping at a leader).
 */
type ParagraphLevels = Map<number, number>

const paragraphLevel = (
  input: EventTypeInput,
  paragraphIndex: number,
  levels: ParagraphLevels,
  sided: boolean
): number => {
  // Sided ranks under keys 0, 2, 4 … (the lead at -2), the highest rank at 1, 3, 5 … (the lead at -1).
  const key = 2 * paragraphIndex + (sided ? 0 : 1)
  const known = levels.get(key)
  if (known !== undefined) return known
  const [first, end] = sentenceRange(input, paragraphIndex)
  let level = 0
  if (sided) {
    const mentions: Array<Mention> = []
    for (let index = first; index < end; index++)
      for (const mention of input.mentionsBySentence[index] ?? []) mentions.push(mention)
    level = meetingLevel(mentions, input.officeDate)
  } else {
    for (let index = first; index < end && level < 3; index++)
      level = Math.max(level, highestLevel(input.mentionsBySentence[index] ?? [], input.officeDate))
  }
  levels.set(key, level)
  return level
}

/**
 * Leaders' or ministers' meeting, by the rank of the two sides in the sentence, else in its
 * paragraph, else in the lead (meetingLevel: as high as the lesser party); a title that names
 * no side ("both leaders", "ISA President") decides only when no side's rank is known. The
 * paragraph and lead ranks are remembered in `levels`: recomputed for every meeting cue, they made
 * a long paragraph quadratic.
 */
const meetingType = (input: EventTypeInput, sentence: number, levels: ParagraphLevels): ScoredType | "unranked" => {
  const paragraph = input.document.sentences[sentence]!.paragraph
  let level = meetingLevel(input.mentionsBySentence[sentence] ?? [], input.officeDate)
  if (level === 0) level = paragraphLevel(input, paragraph, levels, true)
  // The lead's rank only when the meeting's own paragraph names nobody: most reports never need it.
  if (level === 0) level = paragraphLevel(input, -1, levels, true)
  if (level === 0) level = highestLevel(input.mentionsBySentence[sentence] ?? [], input.officeDate)
  if (level === 0) level = paragraphLevel(input, paragraph, levels, false)
  if (level === 0) level = paragraphLevel(input, -1, levels, false)
  return level >= 3 ? "leader_meeting" : level > 0 ? "ministerial_dialogue" : "unranked"
}

/**
 * Cues in a list of areas count for LISTED_AREA_FACTOR of their weight, and a list counts once
 * per type: "co-development, co-production and joint ventures" is one topic, not three events.
 */
const weighListedAreas = (document: Document, hits: Array<CueHit>): void => {
  const listed = new Map<string, Array<number>>()
  for (let index = 0; index < hits.length; index++) {
    const hit = hits[index]!
    if (!listedAreaTypes.has(hit.type)) continue
    const sentenceStart = document.sentences[hit.sentence]!.start
    const before = fieldText(document, hit.field).slice(Math.max(sentenceStart, hit.start - 200), hit.start)
    if (!listedAreaBefore.test(before)) continue
    const key = `${hit.sentence} ${hit.type}`
    const group = listed.get(key)
    if (group === undefined) listed.set(key, [index])
    else group.push(index)
  }
  for (const group of listed.values()) {
    for (const index of group)
      hits[index] = { ...hits[index]!, weight: (hits[index]!.weight * LISTED_AREA_FACTOR) / group.length }
  }
}

export const scoreEventTypes = (input: EventTypeInput): EventTypeFinding => {
  const hits: Array<CueHit> = input.extraHits.slice()
  findLexiconHits(input, hits)
  const opinion = headlineRemark(input, opinionHeadline, OPINION_HEADLINE_WEIGHT) ?? interviewRemark(input)
  if (opinion !== undefined) hits.push(opinion)
  const quoted = headlineRemark(input, quotedHeadline, QUOTED_HEADLINE_WEIGHT)
  if (quoted !== undefined) hits.push(quoted)
  reinterpretByWordsBefore(input, hits)
  setAsideBlocDeals(input.document, hits)
  retypeVisitsByTraveller(input, hits)
  weighSettings(input.document, hits)
  weighTradeBackdrop(input.document, hits)
  weighNextLeg(input.document, hits)
  weighSidelinesVisits(input, hits)
  weighVisitUnderSignedHeadline(input.document, hits)
  addRestitution(input, hits)
  weighListedAreas(input.document, hits)
  addDocumentHeadline(input, hits)
  weighMeetingTopics(hits)
  const reported = weighReportedSpeech(input, hits)
  const strongest =
    opinion === undefined || (reported !== undefined && reported.weight > opinion.weight) ? reported : opinion
  return rankTypes(input, hits, strongest)
}

// An envoy is already in the country he is posted to: his trip to one of its cities or states ("the Italian
// ambassador's visit to Lecce", "the consul general's mission to Goa") is a meeting with its authorities, not an
// official visit from one country to the other (the guide's "a leader, minister or delegation visits").
const envoyWord = new RegExp(
  String.raw`\b(?:ambassadors?|ambassadress|envoys?|consuls?(?: general)?|consul-general|high commissioner|` +
    String.raw`charg[eé] d['’]affaires)\b`,
  "i"
)
const delegationWord = /\bdelegations?\b/i

// A company's head or executives travelling ("coinciding with the visit of the Fiat Group Chairman", "Tata
// Motors executives visited Turin") is business, not a state's visit: the guide's visits are a leader's,
// a minister's or an official delegation's.
const corporateTraveller = new RegExp(
  String.raw`\b(?:chairman|chairperson|chairwoman|ceos?|chief executive|managing director|founder|` +
    String.raw`executives|(?:business|trade|industry) (?:delegation|mission)s?|industrialists?|entrepreneurs|` +
    String.raw`businessmen|companies|firms|exporters)\b`,
  "i"
)

/** Holds an office of state: a title of office, a government body, or a person with a known office. */
const isStateMention = (mention: Mention): boolean =>
  mention.kind === "role" ||
  (mention.kind === "actor" &&
    (mention.entry.government === true || (mention.entry.offices !== undefined && mention.entry.offices.length > 0)))

// Nationals travelling home or abroad ("263 Indian students departed for India by a special flight", "218 Indians
// from Milan landed in Delhi"): a consular story's movement, no visit of a state.
const nationalsTravelling =
  /\b(?:students|nationals|citizens|tourists|workers|pilgrims|passengers|evacuees|stranded)\b/i

/** A state's office or holder, not its mission abroad: the embassy that speaks of its nationals' journey sends none. */
const missionWord = /\b(?:embass|consulat|mission|high commission)/i
const actsAsState = (document: Document, mention: Mention): boolean =>
  isStateMention(mention) && !missionWord.test(fieldText(document, mention.field).slice(mention.start, mention.end))

/**
 * What a visit in `sentence` is, by who travels: nationals, with no office holder of a state among them, make no
 * visit at all ("none"); an envoy, with nobody of higher rank or a delegation in the sentence, holds a meeting; a
 * company's people, with no office of state in it, a business forum. Undefined when it stays an official visit.
 */
const visitByTraveller = (input: EventTypeInput, sentence: number): ScoredType | "none" | undefined => {
  const words = sentenceText(input.document, sentence)
  const mentions = input.mentionsBySentence[sentence] ?? []
  if (nationalsTravelling.test(words) && !mentions.some((mention) => actsAsState(input.document, mention)))
    return "none"
  if (envoyWord.test(words) && !delegationWord.test(words) && highestLevel(mentions, input.officeDate) <= 1)
    return "ministerial_dialogue"
  if (corporateTraveller.test(words) && !mentions.some(isStateMention)) return "business_forum"
  return undefined
}

/** Visits whose travellers make them something else, or nothing (see visitByTraveller). */
const retypeVisitsByTraveller = (input: EventTypeInput, hits: Array<CueHit>): void => {
  let kept = 0
  for (const hit of hits) {
    const type = hit.type === "official_visit" ? visitByTraveller(input, hit.sentence) : undefined
    if (type === "none") continue
    hits[kept++] = type === undefined ? hit : { ...hit, type }
  }
  hits.length = kept
}

/** A visit named as the occasion ("during his official visit") counts at this share under a headline's deed. */
const VISIT_AS_OCCASION_FACTOR = 0.3
/** A headline's signing verb in its present or past ("India, Italy sign", "Goyal, Urso ink MoU"), not "to sign". */
const headlineSigning = /^(?:sign|signs|signed|ink|inks|inked)\b/i
const signingToCome = /\b(?:to|will|may|might|could|set to|likely to)\s$/i
// "on an official visit", "during the first leg of his official visit", "on a two-day official visit".
const visitAsOccasion = new RegExp(
  String.raw`\b(?:on|during|in the course of) (?:a|an|his|her|their|the)(?: first leg of (?:his|her|the))?` +
    String.raw`(?: [\w-]+)? (?:official |state |working )?visit$`,
  "i"
)

/**
 * A headline that leads with a signing ("Rajnath Singh signs defence cooperation agreement with Italian
 * counterpart") is the report's news; the body's "during his official visit to Italy" names the occasion, as
 * "on a visit to" already does for other visits.
 */
const weighVisitUnderSignedHeadline = (document: Document, hits: Array<CueHit>): void => {
  const headlineSigns = hits.some(
    (hit) =>
      hit.field === "title" &&
      hit.type === "agreement_signed" &&
      headlineSigning.test(document.title.slice(hit.start, hit.end)) &&
      !signingToCome.test(document.title.slice(0, hit.start))
  )
  if (!headlineSigns) return
  for (let index = 0; index < hits.length; index++) {
    const hit = hits[index]!
    if (hit.type !== "official_visit" || hit.field !== "text") continue
    if (!visitAsOccasion.test(document.text.slice(Math.max(0, hit.start - 60), hit.end))) continue
    hits[index] = { ...hit, weight: hit.weight * VISIT_AS_OCCASION_FACTOR }
  }
}

const HEDGE_REACH = 60
const HEDGED_FACTOR = 0.4
const hedgedBefore = /\b(?:could|may|might|possibl[ey]|potential(?:ly)?|eventual(?:ly)?)\b[^.;]*$/i

/** "Confindustria in India for a series of meetings": a chamber, business association or trade fair meets business. */
const namesBusinessBody = (mentions: ReadonlyArray<Mention> | undefined): boolean =>
  mentions?.some((mention) => mention.kind === "actor" && mention.entry.businessBody === true) ?? false

/** The event lexicon's cues in the headline and the text, each resolved to a type and weighted by its sentence. */
const findLexiconHits = (input: EventTypeInput, hits: Array<CueHit>): void => {
  const { document } = input
  const levels: ParagraphLevels = new Map()
  for (const field of ["title", "text"] as const) {
    const text = field === "title" ? document.title : document.text
    scanLexicon(eventLexicon, text, input.words[field], (entry, start, end) => {
      const sentence = sentenceAt(document, field, start)
      if (sentence < 0) return
      const cue = eventLexicon.ids[entry]!
      let weight = eventLexicon.weights[entry]! * input.sentenceWeight[sentence]!
      let type: ScoredType
      if (cue === "meeting" && shipBefore.test(text.slice(Math.max(0, start - 24), start))) {
        // "the vessel's call on Mumbai": a ship calling at a port, not a courtesy call.
        type = "military_exercise"
        weight *= PORT_CALL_FACTOR
      } else if (cue === "meeting") {
        const met = meetingType(input, sentence, levels)
        // "India and Italy held a virtual summit": a bilateral summit is the leaders' by definition.
        if (met === "unranked" && summitCue.test(text.slice(start, end))) type = "leader_meeting"
        else if (met === "unranked") {
          const words = sentenceText(document, sentence)
          const business = businessContext.test(words) || namesBusinessBody(input.mentionsBySentence[sentence])
          type = business ? "business_forum" : "ministerial_dialogue"
          weight *= UNRANKED_MEETING_FACTOR
        } else type = met
      } else if (cue === "dialogue") {
        // "The India-Italy High Level Dialogue on Economic Relations brought together 60 CEOs": business people's
        // dialogue is a business forum; a working group's or ministers' stays a dialogue.
        const words = sentenceText(document, sentence)
        type =
          businessPeople.test(words) && meetingLevel(input.mentionsBySentence[sentence] ?? [], input.officeDate) === 0
            ? "business_forum"
            : "ministerial_dialogue"
      } else if (cue === "culture_generic") {
        if (!stateCultureContext.test(sentenceText(document, sentence))) return
        type = "other_bilateral"
      } else if (cue === "port_stay") {
        if (merchantShipping.test(sentenceText(document, sentence))) return
        type = "military_exercise"
      } else if (cue === "supplier_ban") {
        const maker = (input.mentionsBySentence[sentence] ?? []).some(namesDefenceMaker)
        if (!maker && !defenceContext.test(sentenceText(document, sentence))) return
        type = "defence_industry"
      } else if (cue === "defence_generic" || cue === "exercise_generic") {
        if (!defenceContext.test(sentenceText(document, sentence))) return
        type = cue === "defence_generic" ? "defence_industry" : "military_exercise"
      } else type = cue
      // "The Indian Air Force will buy 12 helicopters from AgustaWestland", "the Navy acquired two fleet tankers": arms
      // bought by a state's forces are defence procurement, not investment news.
      if (
        type === "trade_investment_figure" &&
        procurementVerb.test(text.slice(start, end)) &&
        defenceContext.test(sentenceText(document, sentence))
      )
        type = "defence_industry"
      // "A cooperation that could be sealed by the signing of a memorandum": a possible signing is no signing.
      if (type === "agreement_signed" && hedgedBefore.test(text.slice(Math.max(0, start - HEDGE_REACH), start)))
        weight *= HEDGED_FACTOR
      hits.push({ type, field, start, end, sentence, weight })
    })
  }
}

/**
 * Words of a visit or a signing that report something else: a wish or an invitation is a remark
 * ("hopes to visit New Delhi"); people travelling who hold no office are no visit ("tourists
 * visiting Rome"); an agreement named by when it was signed is the setting of some other
 * development ("quotas raised under the pact signed in 2023"). Backwards, so dropping a hit
 * leaves the ones still to look at in place.
 */
const reinterpretByWordsBefore = (input: EventTypeInput, hits: Array<CueHit>): void => {
  const { document } = input
  for (let index = hits.length - 1; index >= 0; index--) {
    const hit = hits[index]!
    if (!reinterpretedTypes.has(hit.type)) continue
    const text = fieldText(document, hit.field)
    const before = text.slice(Math.max(0, hit.start - BEFORE_REACH), hit.start)
    // "…lift its ban on Leonardo, days after Modi's meeting with Draghi": a meeting or a visit that dates the news.
    if (meetingOrVisit.has(hit.type) && spanAfterBefore.test(before)) {
      hits[index] = { ...hit, weight: hit.weight * SETTING_FACTOR }
      continue
    }
    if (hit.type === "other_bilateral") {
      if (praisedBefore.test(before)) hits[index] = { ...hit, weight: hit.weight * PRAISED_FACTOR }
    } else if (hit.type === "partnership_upgrade") {
      // "weeks after the two countries elevated their ties", "in light of the recently elevated Strategic
      // Partnership": an upgrade that came before is the setting of the news, not the news.
      if (upgradeAsSettingBefore.test(text.slice(Math.max(0, hit.start - UPGRADE_REACH), hit.start)))
        hits[index] = { ...hit, type: "other_bilateral", weight: hit.weight * WORKED_UNDER_FACTOR }
    } else if (hit.type === "leader_meeting" || hit.type === "ministerial_dialogue") {
      // "Meloni closes G7 Summit citing talks with Modi": the talks mentioned are what she said, not the news.
      if (mentionedBefore.test(before)) hits[index] = { ...hit, type: "statement_remark" }
    } else if (hit.type === "trade_investment_figure") {
      // An investment invited or wished for is a remark about investment, not one made.
      if (wishBefore.test(before)) hits[index] = { ...hit, type: "statement_remark", weight: hit.weight * WISH_FACTOR }
    } else if (hit.type === "official_visit") {
      if (arrivalOrVisit.test(text.slice(hit.start, hit.end)) && shipArrivingBefore.test(before))
        hits[index] = { ...hit, type: "military_exercise" }
      else if (wishBefore.test(before))
        hits[index] = { ...hit, type: "statement_remark", weight: hit.weight * WISH_FACTOR }
      // "Meloni, who arrived in New Delhi on Thursday on a visit to India, held talks with Modi": the visit in a
      // relative clause frames what the sentence reports.
      else if (relativeClauseBefore.test(before)) hits[index] = { ...hit, weight: hit.weight * RELATIVE_VISIT_FACTOR }
      else if (!namesOfficialTraveller(input, hit.sentence)) hits.splice(index, 1)
    } else reinterpretAgreement(hits, index, before, text.slice(hit.start, hit.end))
  }
}

const meetingOrVisit: ReadonlySet<ScoredType> = new Set(["leader_meeting", "ministerial_dialogue", "official_visit"])
const spanAfterBefore =
  /\b(?:days?|weeks?|months?|years?|hours?) (?:after|before|since)\b(?:(?!\b(?:and|but)\b)[^.;,]){0,40}$/i

/** How far back the words that reinterpret a cue are read; an upgrade's setting may stand a little further. */
const BEFORE_REACH = 48
const UPGRADE_REACH = 64
/** The types whose cues the words before them may reinterpret. */
const reinterpretedTypes: ReadonlySet<ScoredType> = new Set([
  "other_bilateral",
  "partnership_upgrade",
  "leader_meeting",
  "ministerial_dialogue",
  "trade_investment_figure",
  "official_visit",
  "agreement_signed",
  "joint_statement"
])

/**
 * A signing or a joint document named as the setting of other news: "reviewed progress under the Joint Strategic
 * Action Plan", "quotas raised under the pact signed in 2023", "since the signing of the MoU".
 */
const reinterpretAgreement = (hits: Array<CueHit>, index: number, before: string, cueText: string): void => {
  const hit = hits[index]!
  if (
    hit.type === "joint_statement" ||
    (hit.type === "agreement_signed" && !signingWord.test(cueText) && !approvalCue.test(cueText))
  ) {
    // "reviewed progress under the Joint Strategic Action Plan": the plan is old, the review is the news.
    if (workedUnderBefore.test(before))
      hits[index] = { ...hit, type: "other_bilateral", weight: hit.weight * WORKED_UNDER_FACTOR }
    // "discuss proposed defence pact", "negotiate migration pact", "back early EU-India trade pact", "exit the pact":
    // a pact talked about, wanted or left is no signing.
    else if (unsignedPactBefore.test(before))
      hits[index] = { ...hit, type: "other_bilateral", weight: hit.weight * NAMED_AGREEMENT_FACTOR }
    // "Urso said the five-year strategic action plan unveiled by Modi and Meloni will lead to improved ties",
    // "praised the action plan": a plan someone speaks of is what they said, not a plan adopted now.
    // (A company's own deal, "said that it has tied up with", is its announcement: only joint documents.)
    else if (hit.type === "joint_statement" && spokenOfBefore.test(before))
      hits[index] = { ...hit, type: "statement_remark" }
  } else if (agreementNamedBefore.test(before) && signedWord.test(cueText)) {
    hits[index] = { ...hit, type: "other_bilateral", weight: hit.weight * NAMED_AGREEMENT_FACTOR }
  } else if (signingAsTimeBefore.test(before) && signingWord.test(cueText)) {
    hits[index] = { ...hit, type: "other_bilateral", weight: hit.weight * NAMED_AGREEMENT_FACTOR }
  }
}

const spokenOfBefore =
  /\b(?:said|says|praised|praises|hailed|hails|lauded|recalled|recalls|noted|stressed|referring to)\b[^.;!?]{0,60}$/i

const unsignedPactBefore = new RegExp(
  String.raw`\b(?:proposed|planned|draft|negotiat\w*|discuss(?:es|ed|ing)?|back(?:s|ed|ing)?|push(?:es|ed|ing)? for|` +
    String.raw`early|exit(?:s|ed|ing)?|quit(?:s|ting)?|pull(?:s|ed|ing)? out of|withdr\w+ from|leav(?:e|es|ing)|` +
    // A document denied: "have not signed any treaty", "never concluded an extradition treaty".
    String.raw`(?:not|never) (?:signed|concluded|inked))\s` +
    String.raw`(?:the |a |an |their |its )?(?:[\w-]+ ){0,3}$`,
  "i"
)

/**
 * A signing in a sentence about the bloc's deal with the partner ("backed the EU-India free trade agreement, which
 * they hope to see signed", "sostegno all'accordo di libero scambio tra India e Unione Europea, su cui si punta a
 * una firma") is the bloc's, not the pair's: agreement cues after the deal's name count as other bilateral content.
 */
const setAsideBlocDeals = (document: Document, hits: Array<CueHit>): void => {
  for (let index = 0; index < hits.length; index++) {
    const hit = hits[index]!
    if (hit.type !== "agreement_signed") continue
    const sentence = document.sentences[hit.sentence]!
    const bloc = pairCuePatterns.blocTradeDeal.exec(sentenceText(document, hit.sentence))
    // Only a signing named after the bloc's deal: "India and Italy signed a pact as EU-India talks resumed" is theirs.
    if (bloc !== null && sentence.start + bloc.index < hit.start)
      hits[index] = { ...hit, type: "other_bilateral", weight: hit.weight * NAMED_AGREEMENT_FACTOR }
  }
}

/**
 * Cues in a headline's subordinate clause ("… as Jaishankar visits Rome"), or in a sentence's opening occasion ("On
 * the occasion of EIMA, the agricultural machinery fair, the Region met the delegation"), count for SETTING_FACTOR.
 */
const weighSettings = (document: Document, hits: Array<CueHit>): void => {
  for (let index = 0; index < hits.length; index++) {
    const hit = hits[index]!
    const setting =
      hit.field === "title"
        ? headlineSettingBefore.test(document.title.slice(0, hit.start))
        : occasionTypes.has(hit.type) &&
          occasionBefore.test(fieldText(document, hit.field).slice(document.sentences[hit.sentence]!.start, hit.start))
    if (setting) hits[index] = { ...hit, weight: hit.weight * SETTING_FACTOR }
  }
}
// A sentence that opens on its occasion ("On the occasion of EIMA, the fair in Bologna, …", "In occasione dell'attracco
// della nave"): a fair, a ship's call or a visit there is the setting of the meeting or signing the sentence reports.
const occasionTypes: ReadonlySet<string> = new Set(["business_forum", "military_exercise", "official_visit"])
const occasionBefore = /^\W*(?:on the occasion of|in occasione (?:of|di|del|della|dell['’]))\s[^;:]*$/i

/**
 * The two's trade as it stands, told after a lead that reports something else ("Tajani, on a visit to New Delhi, met
 * Goyal on Monday … Bilateral trade reached 14 billion euros last year"): the backdrop of what the lead reports, which
 * stays the development; the figure goes to eventTypes. A figure in the headline or the lead's first sentence, one
 * that moved ("trade rose 20%") or one beside a target set is no backdrop.
 */
const weighTradeBackdrop = (document: Document, hits: Array<CueHit>): void => {
  const lead = leadSentence(document)
  if (lead < 0) return
  const leadReports = hits.some(
    (hit) => (hit.sentence <= lead || hit.field === "title") && backdropLeads.has(hit.type) && hit.weight >= 1
  )
  if (!leadReports) return
  for (let index = 0; index < hits.length; index++) {
    const hit = hits[index]!
    if (hit.type !== "trade_investment_figure" || hit.field === "title" || hit.sentence <= lead) continue
    // Around the figure only: a sentence of a hostile report may be megabytes long, and it holds many figures.
    const { start, end } = document.sentences[hit.sentence]!
    const around = document.text.slice(Math.max(start, hit.start - FIGURE_REACH), Math.min(end, hit.end + FIGURE_REACH))
    if (!tradeAsItStands.test(around) || targetSet.test(around)) continue
    hits[index] = { ...hit, weight: hit.weight * BACKDROP_FACTOR }
  }
}
const BACKDROP_FACTOR = 0.4
/** How far around a figure its wording is read. */
const FIGURE_REACH = 160
// "… and the ministers set a target of €20 billion by 2029": a target set is news of its own.
const targetSet = /\b(?:targets?|goals?)\b/i
const backdropLeads: ReadonlySet<string> = new Set([
  "official_visit",
  "leader_meeting",
  "ministerial_dialogue",
  "business_forum",
  "agreement_signed",
  "statement_remark"
])
const tradeAsItStands = new RegExp(
  String.raw`\b(?:bilateral trade|trade between|trade (?:volume|turnover))\b[^.;]{0,40}?` +
    String.raw`\b(?:stands?|stood|reached|amounted|totall?ed|is|was|is worth|was worth|crossed)\b` +
    String.raw`(?![^.;]{0,30}?\b(?:rose|grew|jumped|increased|surged|fell|declined|doubled|up|down)\b)`,
  "i"
)
/**
 * The traveller's next leg, told after a lead that reports talks or a signing as done ("Tajani held talks with
 * Jaishankar in New Delhi on Wednesday … Tajani will travel to Mumbai on Thursday to attend a business forum"): the
 * rest of a trip already under way, not the report's development.
 */
const weighNextLeg = (document: Document, hits: Array<CueHit>): void => {
  const lead = leadSentence(document)
  if (lead < 0 || !doneInLead.test(sentenceText(document, lead))) return
  const leadReports = hits.some((hit) => hit.sentence === lead && nextLegLeads.has(hit.type) && hit.weight >= 1)
  if (!leadReports) return
  for (let index = 0; index < hits.length; index++) {
    const hit = hits[index]!
    if (hit.type !== "official_visit" || hit.field !== "text" || hit.sentence <= lead) continue
    const sentenceStart = document.sentences[hit.sentence]!.start
    if (!legAhead.test(document.text.slice(Math.max(sentenceStart, hit.end - LEG_REACH), hit.end))) continue
    hits[index] = { ...hit, weight: hit.weight * SETTING_FACTOR }
  }
}
const nextLegLeads: ReadonlySet<string> = new Set([
  "leader_meeting",
  "ministerial_dialogue",
  "agreement_signed",
  "defence_industry",
  "joint_statement"
])
const doneInLead = /\b(?:held|met|signed|inked|discussed|reviewed|agreed|[a-z]{3,}ed)\b/i
/** How far back from a visit cue its "will" or "later" is looked for. */
const LEG_REACH = 120
// The visit words follow "will" or "later" in their sentence: "will travel to", "will then visit", "later … will".
const legAhead = /\b(?:will|is to|is due to|is scheduled to|is set to|later|then|next)\b[^.;]*$/i

const leadSentence = (document: Document): number => {
  const paragraph = document.paragraphs[document.leadParagraph]
  return paragraph === undefined || paragraph.firstSentence >= paragraph.endSentence ? -1 : paragraph.firstSentence
}

/**
 * "held a bilateral meeting on the sidelines of the G20 Summit in New Delhi": a leader there for a summit
 * meets; the visit words of such a report ("her second visit to India") are its setting.
 */
const weighSidelinesVisits = (input: EventTypeInput, hits: Array<CueHit>): void => {
  if (!sidelinesInLead(input)) return
  for (let index = 0; index < hits.length; index++) {
    const hit = hits[index]!
    if (hit.type === "official_visit") hits[index] = { ...hit, weight: hit.weight * SIDELINES_VISIT_FACTOR }
  }
}

/** A return of a cultural object is the news: the legal cues of the investigation behind it count as "other" too. */
const addRestitution = (input: EventTypeInput, hits: Array<CueHit>): void => {
  const restitution = restitutionHit(input)
  if (restitution === undefined) return
  hits.push(restitution)
  for (let index = 0; index < hits.length; index++) {
    const hit = hits[index]!
    if (hit.type === "legal_dispute") hits[index] = { ...hit, type: "other_bilateral" }
  }
}

/** A headline that is a joint document's name is a joint statement cue. */
const addDocumentHeadline = (input: EventTypeInput, hits: Array<CueHit>): void => {
  const { document } = input
  const documentTitle = documentHeadline.exec(document.title)
  if (documentTitle === null) return
  const titleSentence = sentenceAt(document, "title", documentTitle.index)
  if (titleSentence < 0) return
  hits.push({
    type: "joint_statement",
    field: "title",
    start: documentTitle.index,
    end: documentTitle.index + documentTitle[0].length,
    sentence: titleSentence,
    weight: DOCUMENT_HEADLINE_WEIGHT * input.sentenceWeight[titleSentence]!
  })
}

/**
 * What a meeting was about is not what happened: defence-industrial topics, and the court case two ministers
 * talked about ("spoke to Mr Krishna about the incident on board the Enrica Lexie"), in a sentence that reports a
 * meeting count for less.
 */
const weighMeetingTopics = (hits: Array<CueHit>): void => {
  const meetingSentences = new Set<number>()
  for (const hit of hits)
    if (hit.type === "leader_meeting" || hit.type === "ministerial_dialogue" || hit.type === "official_visit")
      meetingSentences.add(hit.sentence)
  for (let index = 0; index < hits.length; index++) {
    const hit = hits[index]!
    if ((hit.type === "defence_industry" || hit.type === "legal_dispute") && meetingSentences.has(hit.sentence))
      hits[index] = { ...hit, weight: hit.weight * TOPIC_IN_MEETING_FACTOR }
  }
}

/**
 * A headline or lead sentence whose main verb is someone of standing speaking ("There are huge
 * opportunities …, minister Goyal said on Friday", "Envoy says the two countries should sign …"): the
 * saying is the news, and the concrete words inside what was said (a pact, a visit, an investment) are
 * its topic. Their cues count for REPORTED_FACTOR of their weight, and the saying is a remark cue of
 * REPORTED_SPEECH_WEIGHT (a share of the lead's weight; the cap on remarks rises to meet it). Only when
 * what was said is put as a view, a wish or a possibility; not when it reports an act the two sides
 * completed ("India and Italy signed five pacts, the MEA said") or states a figure: that is the news,
 * whoever tells it.
 */
const REPORTED_FACTOR = 0.4
const REPORTED_SPEECH_WEIGHT = 2.5
// The attribution after the last comma: ", commerce minister Piyush Goyal said on Friday.", ", the envoy tells X."
const trailingAttribution = /^,\s[^,]{0,100}?\b(?:said|says|told|tells|added|noted|believes|writes|wrote)\b[^,]{0,60}$/i
// The speaker's verb opening what was said: "Goyal said (that) …", "Envoy urges …", "Tajani calls for …".
// A wire's dateline may come first: "New Delhi, April 14 (IANS) Commerce Minister Piyush Goyal said…".
const wireDateline =
  String.raw`(?:[A-Z][A-Za-z .'-]{1,30}(?: \[[A-Za-z ]{2,20}\])?, [A-Z][a-z]{2,9}\.? \d{1,2}(?:, \d{4})? ?` +
  String.raw`(?:\((?:PTI|ANI|IANS|UNI|Reuters|AFP|AP)\))? ?[:–—-]? ?)?`
const leadingSpeech = new RegExp(
  String.raw`^${wireDateline}[^,;:]{3,100}?\b(?:said|says|told|tells|urged|urges|called for|calls for|` +
    String.raw`pitched for|pitches for|` +
    String.raw`praised|praises|hailed|hails|lauded|lauds|wants|hopes|described|describes|termed|terms|believes|` +
    String.raw`stressed|stresses|underlined|underlines)\b`,
  "i"
)
// What was said reports an act completed by the two sides: then the act leads, not the saying.
const completedAct = new RegExp(
  String.raw`\b(?:signed|inked|sealed|concluded|met|visited|arrived|held|launched|opened|inaugurated|adopted|` +
    String.raw`elevated|upgraded|acquired|bought|won|bagged|conducted|docked|` +
    // A headline's present tense reports an act done: "India, Italy sign five pacts, says MEA".
    String.raw`signs|inks|meets|visits|arrives|holds|launches|opens|inaugurates|adopts|acquires|buys|wins)\b`,
  "i"
)
// What was said states a figure ("wants trade to reach €20 billion"): a target or a volume announced is the
// figure's news (trade_investment_figure), as the labelling guide reads it.
const statedFigure = /[€$£₹]\s?\d|\d\s?(?:billion|million|bn|mn|crore|lakh)\b|\b(?:euros?|dollars?|rupees?)\b/i
// What was said is a view, a wish or a possibility ("can help strengthen", "huge opportunities",
// "should sign"), not a plan on a schedule ("will open", which is the planned development's type).
const hypotheticalFraming = new RegExp(
  String.raw`\b(?:can|could|should|would|may|might|must|potential|opportunit(?:y|ies)|scope|prospects?|` +
    String.raw`ready to|keen|hopes?|wants?|aims? (?:at|to)|need(?:s|ed)? to|deserves?|natural partners?)\b`,
  "i"
)
// Cues that name a concrete development; a remark or an "other" cue is left as it stands.
const concreteTypes: ReadonlySet<ScoredType> = new Set(
  specificity.filter((type) => type !== "statement_remark" && type !== "other_bilateral")
)

/**
 * Whether the attribution (`from`..`to` of `sentence`) names someone of standing: a person known by name
 * or a title. "Italian officials said" only attributes a report of some other news.
 */
const attributionNamesSpeaker = (input: EventTypeInput, sentence: number, from: number, to: number): boolean => {
  for (const mention of input.mentionsBySentence[sentence] ?? [])
    if (mention.kind === "actor" && mention.entry.kind === "person" && mention.start >= from && mention.start < to)
      return true
  const { field } = input.document.sentences[sentence]!
  return speakerTitle.test(fieldText(input.document, field).slice(from, to))
}

// Agency copy names the speaker in the sentence after what was said: "…i programmi strategici dell'India. Lo ha
// detto il presidente del Consiglio" (glossed "This was said by the Prime Minister").
const attributionOpening = /^\s*(?:this was said by|so said|this was stated by)\b/i

/** A text sentence whose next sentence opens by naming who said it: the whole sentence is what was said. */
const attributedByNextSentence = (input: EventTypeInput, sentence: number): readonly [number, number] | undefined => {
  const { document } = input
  const current = document.sentences[sentence]!
  const next = document.sentences[sentence + 1]
  if (current.field !== "text" || next === undefined || next.field !== "text") return undefined
  if (!attributionOpening.test(sentenceText(document, sentence + 1))) return undefined
  if (!attributionNamesSpeaker(input, sentence + 1, next.start, next.end)) return undefined
  const said = document.text.slice(current.start, current.end)
  return completedAct.test(said) || statedFigure.test(said) ? undefined : [current.start, current.end]
}

/** The span of what was said in a headline or lead sentence reported as speech, or undefined. */
const reportedSpan = (input: EventTypeInput, sentence: number): readonly [number, number] | undefined => {
  const { document } = input
  const { start, end, field } = document.sentences[sentence]!
  const words = sentenceText(document, sentence)
  const comma = words.lastIndexOf(",")
  let span: readonly [number, number] | undefined
  let attribution: readonly [number, number] | undefined
  if (comma > 0 && trailingAttribution.test(words.slice(comma))) {
    span = [start, start + comma]
    attribution = [start + comma, end]
  } else {
    const opening = leadingSpeech.exec(words)
    if (opening !== null) {
      span = [start + opening[0].length, end]
      attribution = [start, start + opening[0].length]
    }
  }
  if (span === undefined || attribution === undefined)
    return quotedLeadSpan(input, sentence) ?? attributedByNextSentence(input, sentence)
  if (!attributionNamesSpeaker(input, sentence, attribution[0], attribution[1])) return quotedLeadSpan(input, sentence)
  const said = fieldText(document, field).slice(span[0], span[1])
  return !hypotheticalFraming.test(said) || completedAct.test(said) || statedFigure.test(said) ? undefined : span
}

// A lead that opens on a quotation: "“Between India and Italy there is a natural chemistry,” the ambassador said",
// "“…”. Ad affermarlo è l'ambasciatore". The attribution follows the closing quote, in that sentence or one of the
// next two; the quotation is the news unless it reports an act completed or states a figure.
// The quotation may follow a wire's dateline: "Milano, 28 feb. (Adnkronos) – “La visita…”", "ROME, May 2 - “We…”".
const openingQuote = /^\s*(?:[^"“«‘\n]{1,60}?[)\s][-–—]\s*)?["“«‘]/
const closingQuote = /["”»’]/
const attributionVerb = new RegExp(
  String.raw`\b(?:said|says|told|tells|stated|states|added|declared|explained|remarked|emphasi[sz]ed|stressed|` +
    String.raw`underlined|this was said by|according to)\b`,
  "i"
)
const QUOTED_LEAD_SENTENCES = 3
// A quotation that names the act as it happens ("The visit of the Italian training ship is a proud moment"): the
// act is the news, and the quotation its colour.
const actUnderway = /\b(?:the (?:visit|signing|arrival|launch|inauguration|opening|presence) of|today['’]s)\b/i

/** The quotation a headline or lead opens on, when a speaker of standing is named after it; else undefined. */
const quotedLeadSpan = (input: EventTypeInput, sentence: number): readonly [number, number] | undefined => {
  const { document } = input
  const first = document.sentences[sentence]!
  const text = fieldText(document, first.field)
  const opened = openingQuote.exec(text.slice(first.start, first.end))
  if (opened === null) return undefined
  // Just after the opening quotation mark.
  const quoteStart = first.start + opened[0].length
  let quoteEnd = -1
  const limit = Math.min(document.sentences.length, sentence + QUOTED_LEAD_SENTENCES)
  for (let index = sentence; index < limit; index++) {
    const current = document.sentences[index]!
    if (current.field !== first.field) break
    const from = Math.max(current.start, quoteStart)
    if (quoteEnd < 0) {
      const close = text.slice(from, current.end).search(closingQuote)
      if (close < 0) continue
      quoteEnd = from + close
    }
    // The attribution: after the closing quote, in this sentence or a later one.
    const attributionFrom = Math.max(from, quoteEnd + 1)
    if (!attributionVerb.test(text.slice(attributionFrom, current.end))) continue
    if (!attributionNamesSpeaker(input, index, attributionFrom, current.end)) continue
    const said = text.slice(quoteStart, quoteEnd)
    if (completedAct.test(said) || statedFigure.test(said) || actUnderway.test(said)) return undefined
    return [first.start, Math.min(first.end, quoteEnd + 1)]
  }
  return undefined
}

/** Whether a hit is a concrete development's cue inside what was said in `sentence`. */
const saidConcrete = (hit: CueHit, sentence: number, span: readonly [number, number]): boolean =>
  hit.sentence === sentence && concreteTypes.has(hit.type) && hit.start >= span[0] && hit.end <= span[1]

/** The remark cue of a headline or lead reported as speech; the concrete cues inside what was said weigh less. */
const weighReportedSpeech = (input: EventTypeInput, hits: Array<CueHit>): CueHit | undefined => {
  const { document } = input
  let remark: CueHit | undefined
  for (const sentence of headlineAndLeadSentences(input)) {
    const span = reportedSpan(input, sentence)
    if (span === undefined) continue
    const field = document.sentences[sentence]!.field
    for (let index = 0; index < hits.length; index++)
      if (saidConcrete(hits[index]!, sentence, span))
        hits[index] = { ...hits[index]!, weight: hits[index]!.weight * REPORTED_FACTOR }
    const weight = REPORTED_SPEECH_WEIGHT * input.sentenceWeight[sentence]!
    if (remark === undefined || weight > remark.weight)
      remark = { type: "statement_remark", field, start: span[0], end: span[1], sentence, weight }
  }
  if (remark !== undefined) hits.push(remark)
  return remark
}

/** Scores per type, the primary and the secondary types, and the hits strongest first. */
const rankTypes = (input: EventTypeInput, hits: Array<CueHit>, opinion: CueHit | undefined): EventTypeFinding => {
  const scores = new Map<ScoredType, number>()
  const typesBySentence: Array<Set<ScoredType> | undefined> = new Array(input.document.sentences.length)
  for (const hit of hits) {
    scores.set(hit.type, (scores.get(hit.type) ?? 0) + hit.weight)
    const types = typesBySentence[hit.sentence] ?? (typesBySentence[hit.sentence] = new Set())
    types.add(hit.type)
  }
  const remark = scores.get("statement_remark")
  if (remark !== undefined) scores.set("statement_remark", Math.min(remark, Math.max(REMARK_CAP, opinion?.weight ?? 0)))

  const ranked: Array<[ScoredType, number]> = []
  for (const entry of scores) if (entry[1] > 0) ranked.push(entry)
  sortStable(ranked, compareRanked)
  const top = ranked[0]
  // A report whose only cues are attributions ("the ministry said") is some other development, unless
  // its headline or lead sentence is someone of standing speaking: then what they said is the news.
  const weak = top === undefined || top[1] < 0.5 || (top[0] === "statement_remark" && top[1] < 1)
  const primary: ScoredType = !weak ? top[0] : leadIsSpeech(input) ? "statement_remark" : "other_bilateral"
  const topScore = top?.[1] ?? 0
  const types: Array<ScoredType> = [primary]
  for (const [type, score] of ranked) {
    if (type !== primary && score >= Math.max(1, topScore * SECONDARY_SHARE)) types.push(type)
  }
  // Strongest first, ties in the order found.
  sortStable(hits, strongerFirst)
  return { primary, types, scores, hits, typesBySentence }
}

const strongerFirst = (a: CueHit, b: CueHit): number => b.weight - a.weight

/** Above this many items, insertion sort's quadratic cost outweighs Array.prototype.sort's set-up. */
const INSERTION_SORT_MAX = 32

/**
 * Sorts in place, keeping equal items in their order, as Array.prototype.sort does. An insertion
 * sort for the handful of hits and scored types of a report, because sort's set-up costs more
 * than that; the built-in (stable, n log n) sort for a long report, where insertion sort was
 * quadratic in the number of cues (a 1 MB item spent most of its time here).
 */
const sortStable = <A>(items: Array<A>, compare: (a: A, b: A) => number): void => {
  if (items.length > INSERTION_SORT_MAX) {
    items.sort(compare)
    return
  }
  for (let index = 1; index < items.length; index++) {
    const item = items[index]!
    let position = index
    while (position > 0 && compare(items[position - 1]!, item) > 0) {
      items[position] = items[position - 1]!
      position--
    }
    items[position] = item
  }
}
