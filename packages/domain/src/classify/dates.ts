import type { DatePrecision } from "../event.ts"
import { compileGated, scanGated, type Words } from "./gated-patterns.ts"
import { pageStamp, type Field } from "./text.ts"
import { parsePublishedTime } from "../published-date.ts"

/**
 * Date expressions and their resolution against a reference day (the publication date, or the
 * dateline's): "November 18, 2024", "Feb 27", "on Sunday", "yesterday", "last month", "in June",
 * "last December", "in 2023". Weekdays and bare months resolve backwards in a report of what
 * happened and forwards when the sentence speaks of the future ("will visit on Monday").
 */

export interface DateMention {
  readonly field: Field
  readonly start: number
  readonly end: number
  /** YYYY-MM-DD; the first day of the month or year when less precise. */
  readonly date: string
  readonly precision: DatePrecision
  /** Relative to the reference day ("on Sunday", "last month") rather than written out. */
  readonly relative: boolean
  /** Follows a verb of saying ("said on Sunday"): the date of a statement, not necessarily of the development. */
  readonly ofStatement: boolean
  /** The filing line at the top of a wire report ("Rome, Feb 27 (IANS)"). */
  readonly dateline: boolean
  /** The sentence speaks of the future before the date ("will visit on Monday"). */
  readonly future: boolean
}

const monthNames = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december"
]
// Every month name the date pattern accepts begins with its month's first three letters.
const monthByPrefix = new Map(monthNames.map((month, index) => [month.slice(0, 3), index]))
const monthIndex = (name: string): number => monthByPrefix.get(name.toLowerCase().replace(".", "").slice(0, 3)) ?? -1
const weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]

const MONTH =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|" +
  "Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?"
const MONTH_NOT_MAY =
  "(?:January|February|March|April|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|" +
  "Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?"
const DAY = "(\\d{1,2})(?:st|nd|rd|th)?"

// Alternatives, each with its own capture groups; the group numbers are read in resolve().
const datePattern = compileGated(
  [
    /* 1-3 ISO */ "\\b(\\d{4})-(\\d{2})-(\\d{2})\\b",
    /* 4-6 Month D[-D][, YYYY] */ `\\b(${MONTH}) ${DAY}(?:\\s*[-–]\\s*\\d{1,2})?(?:,? (\\d{4}))?\\b`,
    // 7-9 D[-D | to D | and D] Month [YYYY]: a span is dated by its first day ("from 4 to 6 May").
    `\\b${DAY}(?:\\s*(?:[-–]|to|and)\\s*\\d{1,2}(?:st|nd|rd|th)?)? (?:of )?(${MONTH})(?:,? (\\d{4}))?\\b`,
    // 10-12 [in|last|this|next|early…] Month [YYYY]
    `\\b(in|In|last|Last|this|This|next|Next|early|Early|mid-|Mid-|late|Late|since|Since|during|During|` +
      `earlier in|until)\\s+(${MONTH})(?: (\\d{4}))?\\b`,
    /* 13-14 Month YYYY */ `\\b(${MONTH_NOT_MAY}|May) (\\d{4})\\b`,
    // 15-16 [last|this|next|on] Weekday
    "\\b(?:(on|On|last|Last|this|This|next|Next|coming|Coming)\\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|" +
      "Saturday|Sunday)\\b",
    /* 17 today… */ "\\b([Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight)\\b",
    // 18-19 last/this/next week|month|year
    "\\b((?:[Ll]ast|[Tt]his|[Nn]ext|[Ee]arlier this|[Ll]ater this|[Pp]ast))\\s+(week|month|year)\\b",
    /* 20-21 in/since YYYY */ "\\b(in|In|since|Since|during|During|until|of)\\s+(\\d{4})\\b(?!\\s*[-–]\\s*\\d)"
  ].join("|"),
  ""
)

const futureCue = new RegExp(
  String.raw`\b(?:will|shall|is set to|are set to|is scheduled|are scheduled|is expected to|are expected to|` +
    String.raw`slated|upcoming|plans? to|planning to|is to|are to|due to|would)\b`,
  ""
)
// "said on Tuesday", and "said in a stock exchange filing on 21 April": when it was said, not what happened.
const statementCue = new RegExp(
  String.raw`\b(?:said|says|told(?: \w+){0,3}|posted(?: on X)?|tweeted|wrote|stated|added|announced|remarked|` +
    String.raw`disclosed|confirmed)\s+(?:on\s+|this\s+)?$`,
  ""
)
const statementInDocumentCue = new RegExp(
  String.raw`\b(?:said|says|stated|announced|disclosed)\s+in an? (?:[\w-]+ ){0,3}(?:statement|filing|release|` +
    String.raw`note|readout|post|notification|letter)\s+(?:on\s+|this\s+)?$`,
  ""
)

// Module level: a literal in the callback would build a new RegExp object for every date.
const inADocument = / in an? /

const saidOn = (text: string, sentenceStart: number, start: number): boolean => {
  if (statementCue.test(text.slice(Math.max(sentenceStart, start - 40), start))) return true
  const longer = text.slice(Math.max(sentenceStart, start - 72), start)
  return inADocument.test(longer) && statementInDocumentCue.test(longer)
}

const pad = (value: number): string => (value < 10 ? `0${value}` : `${value}`)
const isoDay = (year: number, month: number, day: number): string => `${year}-${pad(month + 1)}-${pad(day)}`
const utc = (year: number, month: number, day: number): number => Date.UTC(year, month, day)
const fromTime = (time: number): string => {
  const date = new Date(time)
  return isoDay(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())
}
const DAY_MS = 86_400_000

/** The reference day as a UTC timestamp at midnight, from an ISO date or date-time; undefined when unreadable. */
export const referenceDay = (published: string | undefined): number | undefined => {
  if (published === undefined) return undefined
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(published)
  if (day !== null) return utc(Number(day[1]), Number(day[2]) - 1, Number(day[3]))
  const parsed = parsePublishedTime(published)
  if (parsed === undefined) return undefined
  // The writer's calendar day: "Tue, 10 Oct 2023 01:00 IST" is the 10th, although it is the 9th in UTC.
  const date = new Date(parsed.time + parsed.offsetMinutes * 60_000)
  return utc(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())
}

interface Resolved {
  readonly date: string
  readonly precision: DatePrecision
  readonly relative: boolean
}

/** The reference day and its calendar fields, read once per field rather than through a Date at every date found. */
interface Reference {
  readonly time: number
  readonly year: number
  /** 0 = January. */
  readonly month: number
  /** 0 = Sunday. */
  readonly weekday: number
}

const referenceOf = (time: number | undefined): Reference | undefined => {
  if (time === undefined) return undefined
  const date = new Date(time)
  return { time, year: date.getUTCFullYear(), month: date.getUTCMonth(), weekday: date.getUTCDay() }
}

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/**
 * Whether the day exists in that month, as a round trip through Date.UTC would say: without
 * building a Date. Date.UTC reads years 0–99 as 1900–1999, so their leap years are those.
 */
const validDay = (year: number, month: number, day: number): boolean => {
  if (month < 0 || month >= 12 || day < 1 || day > 31) return false
  const calendarYear = year >= 0 && year <= 99 ? 1900 + year : year
  return day <= (month === 1 && isLeapYear(calendarYear) ? 29 : DAYS_IN_MONTH[month]!)
}

/** Month and day without a year: the occurrence nearest the reference in the report's direction. */
const dayWithoutYear = (
  month: number,
  day: number,
  reference: Reference | undefined,
  future: boolean
): Resolved | undefined => {
  if (reference === undefined) return undefined
  let year = reference.year
  const time = utc(year, month, day)
  if (!future && time > reference.time + 7 * DAY_MS) year--
  if (future && time < reference.time - 7 * DAY_MS) year++
  return validDay(year, month, day) ? { date: isoDay(year, month, day), precision: "day", relative: false } : undefined
}

const monthOnly = (
  month: number,
  modifier: string,
  reference: Reference | undefined,
  future: boolean
): Resolved | undefined => {
  if (reference === undefined) return undefined
  const referenceMonth = reference.month
  let year = reference.year
  const word = modifier.toLowerCase()
  if (word === "last") {
    if (month >= referenceMonth) year--
  } else if (word === "next") {
    if (month <= referenceMonth) year++
  } else if (word === "this") {
    // this June: the current year
  } else if (future) {
    if (month < referenceMonth) year++
  } else if (month > referenceMonth) year--
  return { date: isoDay(year, month, 1), precision: "month", relative: true }
}

/** A day with its year given; undefined when there is no such day. */
const fullDay = (year: number, month: number, day: number): Resolved | undefined =>
  validDay(year, month, day) ? { date: isoDay(year, month, day), precision: "day", relative: false } : undefined

/** What one match of datePattern says, by the group that matched (see datePattern). */
const resolve = (match: RegExpExecArray, reference: Reference | undefined, future: boolean): Resolved | undefined => {
  if (match[1] !== undefined) return fullDay(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
  if (match[4] !== undefined) {
    const month = monthIndex(match[4]!),
      day = Number(match[5])
    if (match[6] !== undefined) return fullDay(Number(match[6]), month, day)
    return dayWithoutYear(month, day, reference, future)
  }
  if (match[7] !== undefined) {
    const month = monthIndex(match[8]!),
      day = Number(match[7])
    if (match[9] !== undefined) return fullDay(Number(match[9]), month, day)
    return dayWithoutYear(month, day, reference, future)
  }
  if (match[10] !== undefined) {
    const month = monthIndex(match[11]!)
    if (match[12] !== undefined)
      return { date: isoDay(Number(match[12]), month, 1), precision: "month", relative: false }
    return monthOnly(month, match[10]!, reference, future)
  }
  if (match[13] !== undefined)
    return { date: isoDay(Number(match[14]), monthIndex(match[13]!), 1), precision: "month", relative: false }
  if (match[16] !== undefined) return reference === undefined ? undefined : weekday(match, reference, future)
  if (match[17] !== undefined) {
    if (reference === undefined) return undefined
    const word = match[17]!.toLowerCase()
    const offset = word === "yesterday" ? -1 : word === "tomorrow" ? 1 : 0
    return { date: fromTime(reference.time + offset * DAY_MS), precision: "day", relative: true }
  }
  if (match[18] !== undefined) return reference === undefined ? undefined : relativePeriod(match, reference)
  if (match[21] !== undefined) {
    const year = Number(match[21])
    if (year < 1900 || year > 2100) return undefined
    return { date: `${year}-01-01`, precision: "year", relative: false }
  }
  return undefined
}

/** "on Monday", "last Friday", "next Tuesday": the day of that name nearest the reference, in the tense's direction. */
const weekday = (match: RegExpExecArray, reference: Reference, future: boolean): Resolved => {
  const modifier = (match[15] ?? "").toLowerCase()
  const target = weekdays.indexOf(match[16]!.toLowerCase())
  const today = reference.weekday
  let offset: number
  if (modifier === "next" || modifier === "coming" || (future && modifier !== "last")) offset = (target - today + 7) % 7
  else {
    offset = -((today - target + 7) % 7)
    if (modifier === "last" && offset === 0) offset = -7
  }
  return { date: fromTime(reference.time + offset * DAY_MS), precision: "day", relative: true }
}

/** "last month", "this year", "next month": a period counted from the reference. */
const relativePeriod = (match: RegExpExecArray, reference: Reference): Resolved | undefined => {
  const modifier = match[18]!.toLowerCase()
  const unit = match[19]!
  const step = modifier === "last" || modifier === "past" ? -1 : modifier === "next" ? 1 : 0
  // A week has no precision of its own in the model; "last week" is only a hint of age, never a date.
  if (unit === "week") return undefined
  if (unit === "month")
    return { date: fromTime(utc(reference.year, reference.month + step, 1)), precision: "month", relative: true }
  return { date: `${reference.year + step}-01-01`, precision: "year", relative: true }
}

// A dateline: a capitalised place (or two, "NEW DELHI/ROME"), a comma, then the date, near the very top of a report.
// Places may be hyphenated or carry a particle ("Evian-les-Bains", "Reggio di Calabria"), and the
// country may follow in brackets as ANI writes it ("New Delhi [India], July 8 (ANI)") or in parentheses.
const datelinePlace = String.raw`[A-Z][A-Za-z.'’-]+(?: (?:di |de |del |della |la |le |les |sur )?[A-Z][A-Za-z.'’-]+)?`
const datelinePrefix = new RegExp(
  String.raw`(?:^|[\s)\]])${datelinePlace}(?:\s?[/&]\s?${datelinePlace})*(?: [(\[][A-Z][A-Za-z. ]+[)\]])?,\s*$`
)

/** Whether a date stands on the page's own stamp at the top of the text ("Updated - December 07, 2021"). */
const onPageStamp = (text: string, start: number): boolean => {
  if (start > PAGE_STAMP_REACH) return false
  const lineStart = text.lastIndexOf("\n", start - 1) + 1
  return pageStamp.test(text.slice(lineStart, start + 24))
}
const PAGE_STAMP_REACH = 200

// Module level: a literal in the callback would build a new RegExp object for every date.
const nextOrComing = /^(?:next|coming)/i

/**
 * Where the clause of a past occasion begins in `before` — the text of a sentence up to a date or a cue — when it
 * follows what came of the occasion ("India and Italy will develop partnerships…, a decision taken after Jaishankar
 * met Di Maio on Friday"; "…, Tajani said after meeting Goyal"): the outcome's future is not the meeting's. 0 when
 * there is no such clause.
 */
export const pastOccasionAt = (before: string): number => {
  let start = -1
  for (const found of before.matchAll(afterOccasion)) start = found.index
  if (start < 0) return 0
  const toldAsPast = pastInClause.test(before.slice(start)) || reportedBefore.test(before.slice(0, start))
  return toldAsPast ? start : 0
}
const afterOccasion = /\b(?:after|following)\s/gi
const pastInClause = /\b(?:met|held|had|has|have|was|were|spoke|took|[a-z]{3,}ed)\b/i
const reportedBefore = /\b(?:said|decided|taken|announced|agreed|added|stated|told reporters)\s+$/i

/**
 * A weekday after a trip or start told in the present ("embarks on a visit … starting Monday", "begins a visit
 * to India on Tuesday", "arrives in New Delhi on Monday"): the day to come. The press writes a plan that way; a
 * trip done is told in the past ("arrived on Monday"). Read in the body only: a headline's present is as
 * often the day's news ("Modi arrives in Rome on Friday", read on Saturday).
 */
const presentOfPlan = new RegExp(
  String.raw`\b(?:embarks|begins|starts|arrives|lands|leaves|departs|heads|sets off|kicks off|travels)\b` +
    String.raw`(?![^.;]*\b(?:was|were|had|has|have|did|ago|yesterday|last)\b)[^.;]*$`
)
const startingOn = /\b(?:starting|beginning|commencing)\s+(?:from\s+|on\s+)?$/i
const weekdayToCome = (field: Field, match: RegExpExecArray, before: string): boolean =>
  match[16] !== undefined && (startingOn.test(before) || (field === "text" && presentOfPlan.test(before)))

/**
 * A date that opens its sentence before a verb of the future ("On 20 February a delegation will meet…", "Il 20
 * febbraio prossimo una delegazione incontrerà…", glossed "will meet"): the day to come, not last year's.
 */
const opensOnFuture = (text: string, before: string, end: number): boolean => {
  if (!onlyAPrepositionBefore.test(before)) return false
  const after = text.slice(end, end + 160)
  const stop = after.search(sentenceStop)
  return plainFuture.test(stop < 0 ? after : after.slice(0, stop))
}
const onlyAPrepositionBefore = /^\W*(?:on|il|the|from|da|dal)?\W*$/i
const sentenceStop = /[.!?]/
// The future told plainly: not "would", which is as often a past report of a plan ("In May, the minister announced
// Leonardo would be blacklisted").
const plainFuture = /\b(?:will|shall|(?:is|are) (?:set|scheduled|expected) to|slated)\b/

/**
 * Finds and resolves the date expressions of one field. `sentenceStartOf` gives the start of the sentence
 * holding a position.
 */
export const findDates = (
  field: Field,
  text: string,
  words: Words,
  reference: number | undefined,
  sentenceStartOf: (position: number) => number,
  out: Array<DateMention>
): void => {
  const referenceDate = referenceOf(reference)
  scanGated(datePattern, text, words, (match, start, end) => {
    const sentenceStart = sentenceStartOf(start)
    const before = text.slice(Math.max(sentenceStart, start - 240), start)
    const future =
      futureCue.test(before.slice(pastOccasionAt(before))) ||
      nextOrComing.test(match[0]) ||
      opensOnFuture(text, before, end) ||
      weekdayToCome(field, match, before)
    const resolved = resolve(match, referenceDate, future)
    if (resolved === undefined || onPageStamp(text, start)) return
    const dateline =
      field === "text" &&
      start < 160 &&
      out.every((mention) => mention.field !== "text") &&
      datelinePrefix.test(text.slice(Math.max(0, start - 40), start))
    out.push({
      field,
      start,
      end,
      date: resolved.date,
      precision: resolved.precision,
      relative: resolved.relative,
      ofStatement: saidOn(text, sentenceStart, start),
      dateline,
      future
    })
  })
}

/** Digits of `text` in [start, end) as a number; -1 when any is not a digit. */
const digitsAt = (text: string, start: number, end: number): number => {
  let value = 0
  for (let index = start; index < end; index++) {
    const digit = text.charCodeAt(index) - 48
    if (digit < 0 || digit > 9) return -1
    value = value * 10 + digit
  }
  return value
}

/**
 * Midnight UTC of an ISO day. Date.parse is slow, and a report compares its dates with the
 * anchor many times over, so the "YYYY-MM-DD" this module writes is read directly (the same
 * value Date.parse gives for it); anything else still goes through Date.parse.
 */
const parseDay = (isoDate: string): number => {
  if (isoDate.length === 10 && isoDate.charCodeAt(4) === 45 && isoDate.charCodeAt(7) === 45) {
    const year = digitsAt(isoDate, 0, 4)
    const month = digitsAt(isoDate, 5, 7)
    const day = digitsAt(isoDate, 8, 10)
    // Date.UTC reads years below 100 as 19xx, so only four-digit years take this path.
    if (
      year >= 1000 &&
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!)
    ) {
      return Date.UTC(year, month - 1, day)
    }
  }
  return Date.parse(isoDate)
}

export const dayDifference = (later: string, earlier: string): number => (parseDay(later) - parseDay(earlier)) / DAY_MS
