import type { EventStatus } from "../event.ts"
import { dayDifference, type DateMention } from "./dates.ts"
import { compileGated, scanGatedSpans, type Words } from "./gated-patterns.ts"
import { oneOf, wordOf } from "./term-list.ts"
import { fieldText, sentenceAt, type Document } from "./text.ts"

/**
 * Background and status. Wire reports close with paragraphs about OLDER events ("Last December,
 * the foreign minister called on…", "the two sides have previously…", "This follows…"). Those
 * sentences must not give the report its date, sectors or type. A sentence is background when
 * it carries a date well before the report's own, or a phrase that looks back, and no recent
 * date of its own. A paragraph whose first sentence looks back is background as a whole, and a
 * paragraph that opens with a quotation illustrates the one before it, so it inherits its state.
 */

const lookingBack = compileGated(
  [
    "\\bpreviously\\b",
    "\\bhad last\\b",
    "\\blast met\\b",
    "\\bover the (?:past|last) (?:\\w+ )?(?:years?|months?|decades?)\\b",
    "\\bin recent (?:years|months)\\b",
    "\\bcomes? (?:at a time|amid|after|against the backdrop)\\b",
    "\\bthis follows\\b",
    "\\b(?:has|have) (?:also )?been \\w+ing\\b",
    "\\bhas been among\\b",
    "\\bsince \\d{4}\\b",
    "\\brecent (?:ministerial|high-level|bilateral) (?:interactions|visits|engagements|meetings)\\b",
    "\\b(?:has|have) (?:also )?(?:long )?(?:maintained|enjoyed|shared)\\b",
    "\\bhistorically\\b",
    // "signed about two years ago", "a decade ago".
    "\\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\\d+|several|few|many) (?:days?|weeks?|months?|" +
      "years?|decades?) ago\\b",
    "\\bin the past\\b"
  ].join("|"),
  "i"
)

/** Marks the sentences holding a phrase that looks back. */
export const findLookingBack = (
  document: Document,
  words: { readonly title: Words; readonly text: Words }
): Array<boolean> => {
  const marked: Array<boolean> = new Array(document.sentences.length).fill(false)
  scanGatedSpans(lookingBack, document.text, words.text, (start) => {
    const index = sentenceAt(document, "text", start)
    if (index >= 0) marked[index] = true
  })
  return marked
}

/**
 * A date that names a document, not the news: "the Joint Working Group, set up under the MoU signed in New Delhi in
 * 2023, met in Rome". The noun before the participle makes it a description; "the two signed an MoU in 2023", with a
 * subject, is still a look back.
 */
const documentDatedBefore = new RegExp(
  String.raw`\b(?:agreements?|pacts?|mous?|memorand(?:um|a)(?: of understanding)?|treat(?:y|ies)|accords?|` +
    String.raw`declarations?|action plan|protocols?|conventions?) (?:was |were )?` +
    String.raw`(?:signed|inked|adopted|concluded|ratified)\b[^.;]{0,40}$`,
  "i"
)
/** Up to `reach` characters of a date's field before the date: where its clause says what the date is of. */
const textBefore = (document: Document, mention: DateMention, reach: number): string =>
  fieldText(document, mention.field).slice(Math.max(0, mention.start - reach), mention.start)

const namesDocument = (document: Document, mention: DateMention): boolean =>
  documentDatedBefore.test(textBefore(document, mention, 80))

/**
 * A date inside a clause that recalls how a party came to be where it is ("Barista, which it bought in 2007",
 * "Piaggio, which entered India in 1999"): it dates that clause, not the sentence's own news.
 */
const recalledInClause = new RegExp(
  String.raw`(?:,\s*|\b(?:which|that|who)\s)[^,.;]{0,50}\b(?:bought|acquired|purchased|founded|established|set up|` +
    String.raw`entered|joined|incorporated|took over)\b[^,.;]{0,24}$`,
  "i"
)
/**
 * The same for the framework a sentence names ("In the context of the Strategic Partnership launched in March, the two
 * leaders discussed…", "nel Partenariato avviato a inizio marzo"): when the framework began, not when the news did.
 */
const frameworkBegunBefore = new RegExp(
  String.raw`\b(?:partnership|agreement|pact|plan|memorandum|mou|treaty|dialogue|partenariato|accordo|piano)\s+` +
    String.raw`(?:[\w-]+\s+){0,2}?(?:launched|established|signed|agreed|adopted|elevated|avviat[oaie]|` +
    String.raw`firmat[oaie]|siglat[oaie]|lanciat[oaie])\s+(?:(?:at the )?(?:start|beginning|end) of\s+)?$`,
  "i"
)
export const recallsHowItCame = (document: Document, mention: DateMention): boolean => {
  const before = textBefore(document, mention, 90)
  return recalledInClause.test(before) || frameworkBegunBefore.test(before)
}

/**
 * The end of a stay or a span ("will remain in port until 13 August", "the visit will end on 13 August"): when it
 * stops, not when it happened.
 */
const endOfSpan =
  /\b(?:until|till|up to|(?:will )?(?:end|ends|conclude|concludes|close|closes)(?: on)?)\s+(?:the\s+)?$/i
// …and the day something is put off to ("adjourned the hearing to July 2019", "ha rinviato al luglio 2019"): when the
// deferred thing will be, not when the adjournment was.
const deferredTo =
  /\b(?:adjourned|postponed|deferred|put off|rescheduled)\b[^.;]{0,60}?\b(?:to|till|until|al|alla)\s+$/i
export const endsASpan = (document: Document, mention: DateMention): boolean =>
  endOfSpan.test(textBefore(document, mention, 24)) || deferredTo.test(textBefore(document, mention, 90))

/** The words that name an occasion still ahead, read both before a date and at a sentence's opening. */
const occasionAhead = "(?:ahead of|in view of|on the eve of|in the run-up to|in vista (?:of|della|del|dell['’]|di))"

/**
 * The date of an occasion ahead that a sentence opens on ("In vista della Giornata dello Spazio, che si celebra il 16
 * dicembre, l'Ambasciata ha sostenuto…", "Ahead of the Prime Minister's visit next month, the envoy welcomed…"): what
 * the news prepares for, not when it happened. Only a date after the report's own: an earlier one may date the news.
 */
const occasionAheadBefore = new RegExp(
  String.raw`\b${occasionAhead}\s[^,;:]{0,60}(?:,\s*(?:che|which|that|to be|set|scheduled|expected|due)\b` +
    "[^,;:]{0,40})?$",
  "i"
)
export const datesAnOccasionAhead = (
  document: Document,
  mention: DateMention,
  reference: string | undefined
): boolean =>
  reference !== undefined && mention.date > reference && occasionAheadBefore.test(textBefore(document, mention, 120))

/** Where the sentence's own clause begins after an opening occasion ahead ("In vista della visita, …"), or 0. */
export const occasionAheadOpenerEnd = (sentence: string): number => occasionAheadOpener.exec(sentence)?.[0].length ?? 0
const occasionAheadOpener = new RegExp(String.raw`^\W*${occasionAhead}\s[^,;:]{0,120},`, "i")

/** Days a day-precise date may lie before the report's own date and still be part of the news. */
const RECENT_DAYS = 10

export const isOlderThan = (mention: DateMention, anchor: string): boolean => {
  if (mention.dateline) return false
  if (mention.precision === "day") return dayDifference(anchor, mention.date) > RECENT_DAYS
  if (mention.precision === "month") return mention.date < `${anchor.slice(0, 7)}-01`
  return mention.date < `${anchor.slice(0, 4)}-01-01`
}

/**
 * The day the report is about: the reference day, unless the lead sentence dates the news with
 * a full date, year included ("On November 18, 2024, …": a report filed late), in which case
 * older means older than that. A date without a year in the lead is more often a reference
 * period ("the year that ended on March 31") than the news.
 */
export const anchorDay = (
  document: Document,
  dates: ReadonlyArray<DateMention>,
  reference: string | undefined
): string | undefined => {
  const lead = document.paragraphs[document.leadParagraph]
  const leadSentence = lead === undefined ? undefined : document.sentences[lead.firstSentence]
  const leadDate =
    leadSentence === undefined
      ? undefined
      : dates.find(
          (mention) =>
            mention.field === "text" &&
            !mention.dateline &&
            !mention.relative &&
            mention.precision === "day" &&
            mention.start >= leadSentence.start &&
            mention.start < leadSentence.end &&
            /\d{4}/.test(document.text.slice(mention.start, mention.end))
        )
  if (leadDate !== undefined && (reference === undefined || leadDate.date < reference)) return leadDate.date
  return reference
}

/**
 * A year or month in a sentence that states a trade or investment figure is the period the figure covers ("trade
 * stood at €14.9 billion in 2022", "nei primi sei mesi del 2023"), not the day of the news: figures are published
 * after their period. Only a period of the news's year or the year before; an older one is history.
 */
const isFigurePeriod = (mention: DateMention, anchor: string): boolean =>
  mention.precision !== "day" && mention.date >= `${Number(anchor.slice(0, 4)) - 1}-01-01`

/**
 * One flag per sentence of the document: true when it is background. `datesBySentence` lists the
 * date mentions of each sentence; `figureSentences`, the sentences that state a trade or investment figure.
 */
export const markBackground = (
  document: Document,
  datesBySentence: ReadonlyArray<ReadonlyArray<DateMention>>,
  looksBack: ReadonlyArray<boolean>,
  anchor: string | undefined,
  figureSentences: ReadonlySet<number> = new Set()
): Array<boolean> => {
  const sentences = document.sentences
  const own: Array<boolean> = new Array(sentences.length).fill(false)
  const recent: Array<boolean> = new Array(sentences.length).fill(false)
  for (let index = 0; index < sentences.length; index++) {
    const sentence = sentences[index]!
    if (sentence.field === "title") continue
    const dates = datesBySentence[index] ?? []
    let hasRecent = false
    let older = false
    if (anchor !== undefined) {
      const figures = figureSentences.has(index)
      for (const mention of dates) {
        if (figures && isFigurePeriod(mention, anchor)) continue
        if (isOlderThan(mention, anchor))
          older ||= !namesDocument(document, mention) && !recallsHowItCame(document, mention)
        else if (!mention.dateline) hasRecent = true
      }
    }
    recent[index] = hasRecent
    if (hasRecent) continue
    own[index] = older || looksBack[index] === true
  }
  const background = own.slice()
  let previous = false
  document.paragraphs.forEach((paragraph, paragraphIndex) => {
    if (paragraph.field === "title" || paragraph.firstSentence === paragraph.endSentence) return
    let hasRecentDate = false
    for (let index = paragraph.firstSentence; index < paragraph.endSentence; index++)
      if (recent[index]) hasRecentDate = true
    let state: boolean
    if (paragraphIndex <= document.leadParagraph) state = false
    else if (paragraph.opensWithQuote && !hasRecentDate) state = previous
    else state = own[paragraph.firstSentence]!
    if (state)
      for (let index = paragraph.firstSentence; index < paragraph.endSentence; index++)
        background[index] = !recent[index]
    previous = state
  })
  return background
}

// The news is still to come: "will sign", "is set to", "intends to", headlines' "to visit", "next week",
// "departs for" the exercise, "left today to take part in" it.
const periods = oneOf(["week", "month", "year"])
/** A ship or delegation on its way to the event: "departs for", "en route to". */
const onTheWay = oneOf([
  "departs",
  "departing",
  "leaves",
  "leaving",
  "heads",
  "heading",
  "sets sail",
  "setting sail",
  "en route"
])
const stillToCome = [
  // Not a verdict on what the news brings ("ties will scale new heights, says Meloni after meeting Modi", "the
  // corridor will be a game changer"): an opinion in the future tense, not an act still to come.
  "will(?! (?:be an? (?:game[- ]changer|milestone|turning point|boost|new chapter)|scale new heights|" +
    "reach new heights|grow stronger|further (?:strengthen|deepen|boost|enhance)|go a long way|" +
    // "collaboration will be crucial", "together we will achieve great things": a judgement, not a plan.
    "be (?:crucial|key|vital|essential|critical|instrumental|important)|achieve great things))",
  "shall",
  "is set to",
  "are set to",
  "is scheduled to",
  "are scheduled to",
  "is expected to",
  "are expected to",
  "slated to",
  "plans? to",
  "is planning to",
  "are planning to",
  "is likely to",
  "are likely to",
  "intends? to",
  "aims? to",
  "is due to",
  "are due to",
  // A headline's plan without its verb ("India set to cancel AgustaWestland deal"), a firm's aim ("is looking to
  // invest 20 million euros", "seeks to acquire").
  "set to (?!be\\b)",
  "(?:is|are) looking to",
  "seeks? to",
  // A future in reported speech: "MEA announced that Tajani would visit India from April 11", "officials said
  // Rajnath would travel to Rome next week".
  "(?:said|announced|told \\w+|confirmed|stated|added)(?: that)? (?:[\\w.-]+ ){1,6}?would " +
    "(?:visit|travel|hold|meet|sign|attend|lead|co-chair|undertake|arrive|inaugurate|host)",
  "is poised to",
  "are poised to",
  // A hedge before the act: "may finalize the agreement", "could sign", a deal in rumour ("could acquire the
  // plant", "might build two ships"). Not the month: a verb follows.
  "(?:may|might|could) (?:soon |also |even )?(?:sign|finali[sz]e|conclude|ink|seal|visit|meet|hold|launch|announce|" +
    "acquire|buy|take over|invest|build|supply|sell|" +
    // A state's retaliation threatened: "Italy may recall its ambassador", "India could summon the envoy".
    "recall|summon|expel|withdraw|suspend|cancel|blacklist)",
  // "Italy is considering recalling its ambassador": weighed, not done.
  "(?:is|are) considering",
  // The same in the passive: "could be acquired by the Indian group", "may be signed next month".
  "(?:may|might|could) (?:soon |also |even )?be (?:acquired|bought|sold|taken over|signed|finali[sz]ed|concluded)",
  // A deal under negotiation: "is in advanced talks to acquire the truck division", "in talks with Iveco for a
  // stake", "is reportedly eyeing a stake", "a potential acquisition". Not "held talks": that is done.
  "in (?:advanced |exclusive |final |early |preliminary )?(?:talks|negotiations|discussions) " +
    "(?:with [^.,;]{1,60} )?" +
    "(?:to (?:acquire|buy|take over|sell)|for (?:an? |the )?(?:stake|acquisition|takeover|sale))",
  "(?:is|are) (?:reportedly |said to be )?(?:eyeing|weighing|mulling) (?:an? |the )?" +
    "(?:stake|bid|takeover|acquisition|purchase|deal|buyout)",
  "potential (?:deal|acquisition|takeover|buyout)",
  // A signing not made yet: "is yet to be signed", "have not yet signed", "still to be finalised".
  "(?:yet|still) to (?:be )?(?:sign|signed|finali[sz]e|finali[sz]ed|conclude|concluded|ink|inked)",
  "not yet (?:been )?(?:signed|finali[sz]ed|concluded|inked)",
  // A signing hoped for: "expressed hope for signing the FTA within six months", "hopes to sign".
  "hop(?:e|es|ed|ing) (?:for (?:the )?signing|to sign|to conclude|to finali[sz]e)",
  "upcoming",
  // A cabinet's approval of a signing to be made: "approved the signing of an MoU", "gave its nod to the proposal to
  // sign and ratify" (not "ex-post facto approval of the MoU signed").
  "(?:approved|approves|cleared|clears|authori[sz]ed|authori[sz]es|(?:gave|gives) (?:its )?(?:nod|approval|" +
    "go-ahead) (?:to|for)) (?:the )?(?:proposal (?:for|to) )?(?:the )?(?:signing|signature|sign)\\b",
  `next ${periods}`,
  `later this ${periods}`,
  `${onTheWay} ${oneOf(["for", "to"])}`
]
/** "to" and one of `verbs` after the start, a comma, colon or semicolon (with any space), or a space. */
const toDoCue = (verbs: ReadonlyArray<string>, notAfter = ""): string =>
  `(?:^|[,:;]\\s*|\\s)${notAfter}to ${oneOf(verbs)}\\b`
/** Verbs of a headline's bare infinitive ("PM to visit Rome") and of "left today to take part in". */
const toDoVerbs = [
  "visit",
  "sign",
  // "Italy and India to forge closer defence ties with key MoU", "are poised to formalise a memorandum", "to ink".
  "ink",
  "seal",
  "forge",
  "formali[sz]e",
  "finali[sz]e",
  "meet",
  "hold",
  "host",
  "travel",
  "attend",
  "launch",
  "inaugurate",
  "take part",
  "participate",
  "join",
  "co-chair",
  "chair",
  "fly",
  "sail",
  "train",
  "deploy",
  "open",
  "begin",
  "start",
  "set up"
]
/**
 * A headline's deal or step to come: "Tata Motors to acquire Iveco", "Lavazza to invest Rs 500 crore", "India, Italy
 * to elevate ties". Headlines only: in a report's sentences "to supply" or "to build" is as often what was agreed.
 * (The synthetic holdouts label "X to invest ₹850 crore" happened; the real set's guide calls a plan announced.)
 */
const headlineDealCue = new RegExp(
  toDoCue(
    ["acquire", "buy", "invest", "sell", "exit", "build", "supply", "elevate", "upgrade"],
    // Not what a deal signed is for: "Lupin declares pact to acquire five brands".
    "(?<!\\b(?:pacts?|agreements?|deals?|contracts?|mous?|accords?|bids?|offers?)\\s)"
  ),
  "i"
)
const stillToComeCue = new RegExp(wordOf(stillToCome), "i")
const purposeCue = new RegExp(toDoCue(toDoVerbs), "i")
/**
 * A past frame before a purpose ("was in New Delhi on Thursday to hold talks", "who was in Mumbai last week to
 * attend the forum", "drove to Agra to visit the Taj"): the trip and its purpose are told as done.
 */
const pastFrame = /\b(?:was|were|had been|arrived|travell?ed|flew|went|came|drove|reached|landed|rushed)\b/i

/**
 * A record, not a plan: "the first Italian Prime Minister to visit India in five years", "the only minister to
 * attend". An ordinal or "only" before "to visit" says who did it, as one of few.
 */
const recordBefore = /\b(?:first|second|third|fourth|fifth|only|last|latest)\b(?:(?!\b(?:and|but)\b)[^.;,]){0,60}$/i

/** The first "to visit", "to sign" … that is a plan, not the purpose of a trip told in the past nor a record. */
const plannedAct = (sentenceText: string): RegExpExecArray | null => {
  const found = purposeCue.exec(sentenceText)
  if (found === null || recordBefore.test(sentenceText.slice(Math.max(0, found.index - 80), found.index))) return null
  // Only the first purpose can be a plan: any later one follows the same past frame, or follows this plan.
  const frame = sentenceText.search(pastFrame)
  return frame >= 0 && frame < found.index ? null : found
}

/**
 * The present with a time later the same day, anywhere in the sentence ("Tajani meets Jaishankar this evening at Villa
 * Madama", "signs tonight"): still to come when the day's copy was filed. Read past the cue, where the time stands.
 */
export const laterTodayCue = new RegExp(
  wordOf([
    "(?:meets|meeting|holds|signs|visits|receives|hosts|inaugurates|attends|arrives|lands) (?:[^;]{0,80}? )?" +
      "(?:tonight|this evening|later today)"
  ]),
  "i"
)

export interface StatusFinding {
  readonly status: EventStatus
  /** The span that decided it, in the primary sentence's field. */
  readonly cue?: { readonly start: number; readonly end: number }
}

/**
 * Status of the report's development: background when every India–Italy sentence looks back,
 * announced when the primary development is still to come, happened otherwise.
 */
export const decideStatus = (
  sentenceText: string,
  sentenceOffset: number,
  allBackground: boolean,
  occurredOn: string | undefined,
  reference: string | undefined,
  inHeadline = false
): StatusFinding => {
  if (allBackground) return { status: "background" }
  const cue =
    stillToComeCue.exec(sentenceText) ??
    plannedAct(sentenceText) ??
    (inHeadline ? headlineDealCue.exec(sentenceText) : null)
  if (cue !== null) {
    const leading = cue[0].length - cue[0].trimStart().length
    return {
      status: "announced",
      cue: { start: sentenceOffset + cue.index + leading, end: sentenceOffset + cue.index + cue[0].length }
    }
  }
  if (occurredOn !== undefined && reference !== undefined && occurredOn > reference) return { status: "announced" }
  return { status: "happened" }
}
