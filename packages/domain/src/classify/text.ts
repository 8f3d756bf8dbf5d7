/**
 * The shape of a report: its title and text cut into paragraphs and sentences, with offsets into
 * the field they came from (evidence spans point back into the original strings), and the
 * stretches inside quotation marks (posts on X and remarks quoted inside an article).
 */

export type Field = "title" | "text"

export interface Sentence {
  readonly field: Field
  readonly start: number
  readonly end: number
  /** Index into Document.paragraphs. */
  readonly paragraph: number
  /** Position of the sentence inside its paragraph (0 = first). */
  readonly indexInParagraph: number
}

export interface Paragraph {
  readonly field: Field
  readonly start: number
  readonly end: number
  /** Index of its first sentence in Document.sentences, and one past its last. */
  readonly firstSentence: number
  readonly endSentence: number
  /** Opens with a quotation: it illustrates the paragraph before it. */
  readonly opensWithQuote: boolean
  /** Starts mid-sentence (a lowercase first letter): the report was cut off before this point. */
  readonly fragment: boolean
  /**
   * A short line without a full stop ("Training and design among areas of cooperation", "Tribune
   * News Service", "New Delhi, December 27"): a standfirst, byline or dateline, not the lead.
   */
  readonly headlineLike: boolean
}

export interface Document {
  readonly title: string
  readonly text: string
  /** The title's sentences first (paragraph 0 when there is a title), then the text's. */
  readonly sentences: ReadonlyArray<Sentence>
  readonly paragraphs: ReadonlyArray<Paragraph>
  /** Index of the first text paragraph that is a real lead (not a cut-off fragment); -1 when none. */
  readonly leadParagraph: number
  /** Sorted [start, end) ranges of quoted speech in each field. */
  readonly quotes: { readonly title: ReadonlyArray<number>; readonly text: ReadonlyArray<number> }
}

// Words whose trailing full stop does not end a sentence.
const abbreviations = new Set([
  // "H.E. Ms. Giorgia Meloni": His or Her Excellency, before a name in government press releases.
  "h.e",
  // "S.E. l'Ambasciatore", "il Sen. Casini", "Amb. de Luca", "il Dott. Rossi": Italian titles before a name.
  "s.e",
  "amb",
  "sen",
  "dott",
  "ing",
  "avv",
  "sig",
  // "M/s. Fincantieri of Italy": Messrs, before a firm's name in Indian business and government English.
  "m/s",
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "gen",
  "lt",
  "col",
  "maj",
  "capt",
  "adm",
  "cmdr",
  "rs",
  "no",
  "nos",
  "st",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "vs",
  "v",
  "etc",
  "inc",
  "ltd",
  "co",
  "corp",
  "govt",
  "hon",
  "sr",
  "jr",
  "approx",
  "u.s",
  "u.k",
  "e.g",
  "i.e",
  "s.p.a",
  "spa"
])

const isUpper = (code: number): boolean => (code >= 65 && code <= 90) || code > 191
const isDigit = (code: number): boolean => code >= 48 && code <= 57
const isLower = (code: number): boolean => code >= 97 && code <= 122
const openers = new Set(['"', "“", "‘", "'", "(", "["])

/** The word just before `end` (lowercased, without the final dot). */
const wordBefore = (text: string, end: number): string => {
  let start = end
  // At most WORD_REACH characters back: a longer run is no abbreviation, and reading a run without spaces back to
  // its start at every full stop in it ("Mr.Mr.Mr.…") would be quadratic.
  const limit = Math.max(0, end - WORD_REACH)
  while (start > limit) {
    const char = text.charCodeAt(start - 1)
    if (char === 32 || char === 10 || char === 9 || char === 40 || char === 34) break
    start--
  }
  return text.slice(start, end).toLowerCase()
}

const WORD_REACH = 64
const FULL_STOP = 46
const NEWLINE = 10
// Module-level expressions: a literal inside a loop builds a new RegExp object each time it is evaluated.
const whitespace = /\s/
const STRAIGHT_QUOTE = 34
const OPENING_QUOTE = 0x201c
const CLOSING_QUOTE = 0x201d

// Where a sentence may end: the next full stop, exclamation or question mark from `from`, or -1.
// Jumping from mark to mark is far faster than a loop over every character in JavaScript: indexOf
// when the text has only full stops (most reports), a regular expression when it has all three.
const sentenceMark = /[.!?]/g
const nextSentenceMark = (text: string, from: number, fullStopsOnly: boolean): number => {
  if (fullStopsOnly) return text.indexOf(".", from)
  sentenceMark.lastIndex = from
  const mark = sentenceMark.exec(text)
  return mark === null ? -1 : mark.index
}

/**
 * The longest a sentence may be. Real sentences stay far below it (the longest in the evaluation
 * sets is about 400 characters); a text with no sentence marks is cut into pieces of at most this
 * length, so the work the classifier does per cue in the cue's sentence stays bounded and its time
 * linear in the text.
 */
export const MAX_SENTENCE_CHARS = 2_000

/** Adds the sentence [start, end), cut at the last space before each MAX_SENTENCE_CHARS when longer. */
const pushSentence = (text: string, start: number, end: number, out: Array<number>): void => {
  let from = start
  while (end - from > MAX_SENTENCE_CHARS) {
    const space = text.lastIndexOf(" ", from + MAX_SENTENCE_CHARS)
    const cut = space > from ? space : from + MAX_SENTENCE_CHARS
    out.push(from, cut)
    from = cut
    while (from < end && text[from] === " ") from++
  }
  if (end > from) out.push(from, end)
}

/**
 * Two sentences run together at a full stop with the space lost ("il settore dell'acciaio.Protagonista è…"): a
 * lower-case word of three letters or more, the stop, then a capitalised word. Not a web address ("ansa.it",
 * "www.Example"), a number or an abbreviation ("S.p.A.").
 */
const joinedAtFullStop = (text: string, stop: number, end: number): boolean => {
  if (text.charCodeAt(stop) !== FULL_STOP || stop + 2 >= end) return false
  const next = text.charCodeAt(stop + 1)
  const after = text.charCodeAt(stop + 2)
  if (!isUpper(next) || !isLower(after)) return false
  const word = wordBefore(text, stop)
  return threeLowerLetters.test(text.slice(stop - 3, stop)) && !/[./@]/.test(word) && !abbreviations.has(word)
}
const threeLowerLetters = /^\p{Ll}{3}$/u

/** Sentence boundaries inside one paragraph [start, end), as start and end pairs one after the other. */
const splitSentences = (text: string, start: number, end: number, fullStopsOnly: boolean, out: Array<number>): void => {
  let sentenceStart = start
  let from = start
  for (;;) {
    const i = nextSentenceMark(text, from, fullStopsOnly)
    if (i < 0 || i >= end) break
    from = i + 1
    // Skip closing quotes/brackets and citation markers ("[4]") that belong to this sentence.
    let j = i + 1
    while (j < end && (text[j] === '"' || text[j] === "”" || text[j] === "’" || text[j] === ")" || text[j] === "'")) j++
    while (j < end && text[j] === "[") {
      const close = text.indexOf("]", j)
      if (close < 0 || close > j + 6) break
      j = close + 1
    }
    if (j >= end) continue
    if (j === i + 1 && joinedAtFullStop(text, i, end)) {
      pushSentence(text, sentenceStart, j, out)
      sentenceStart = j
      from = j
      continue
    }
    if (text[j] !== " " && text[j] !== "\t") continue
    let k = j
    while (k < end && (text[k] === " " || text[k] === "\t")) k++
    if (k >= end) continue
    const next = text.charCodeAt(k)
    if (!(isUpper(next) || isDigit(next) || openers.has(text[k]!))) continue
    if (text.charCodeAt(i) === FULL_STOP) {
      const word = wordBefore(text, i)
      // An initial ("S. Jaishankar") or a known abbreviation does not end the sentence.
      if (word.length === 1 && isUpper(text.charCodeAt(i - 1))) continue
      // After an elided article too: "l'Amb. Rao", "dell'Ing. Rossi".
      if (abbreviations.has(word) || abbreviations.has(word.slice(word.lastIndexOf("'") + 1))) continue
    }
    pushSentence(text, sentenceStart, j, out)
    sentenceStart = k
    from = k
  }
  let tail = end
  while (tail > sentenceStart && whitespace.test(text[tail - 1]!)) tail--
  if (tail > sentenceStart) pushSentence(text, sentenceStart, tail, out)
}

/**
 * [start, end) ranges between quotation marks; straight quotes toggle, curly quotes open and close.
 * Reset at line ends.
 */
const findQuotes = (text: string): Array<number> => {
  const ranges: Array<number> = []
  // Nothing can be quoted before the first opening mark, and most reports have none: start there.
  const straight = text.indexOf('"')
  const opening = text.indexOf("“")
  const first = straight < 0 ? opening : opening < 0 ? straight : Math.min(straight, opening)
  if (first < 0) return ranges
  let open = -1
  for (let i = first; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === NEWLINE) {
      if (open >= 0) ranges.push(open, i)
      open = -1
    } else if (code === OPENING_QUOTE) {
      if (open < 0) open = i
    } else if (code === CLOSING_QUOTE) {
      if (open >= 0) ranges.push(open, i + 1)
      open = -1
    } else if (code === STRAIGHT_QUOTE) {
      if (open < 0) open = i
      else {
        ranges.push(open, i + 1)
        open = -1
      }
    }
  }
  if (open >= 0) ranges.push(open, text.length)
  return ranges
}

/** Whether `position` lies in one of the sorted [start, end) ranges: a binary search, as a long text has many. */
export const isQuoted = (ranges: ReadonlyArray<number>, position: number): boolean => {
  let low = 0
  let high = ranges.length / 2 - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (position < ranges[middle * 2]!) high = middle - 1
    else if (position >= ranges[middle * 2 + 1]!) low = middle + 1
    else return true
  }
  return false
}

/**
 * Wire copy often reaches a feed hard-wrapped at 50–80 characters ("MILAN, July 4 Italian auto parts maker
 * Sogefi\nGroup is adding new manufacturing capacity in India to\n…"): there a line break that falls mid-sentence
 * is a space, not the end of a paragraph. A break is soft when a long line stops on a letter, digit, comma or
 * hyphen and the next line goes straight on; a field wraps when it has WRAPPED_MIN_BREAKS of them, so a lone
 * heading over its paragraph ("Finalità e inquadramento istituzionale\nLa Misura…") stays a line of its own.
 */
const WRAPPED_LINE_MIN_CHARS = 30
const WRAPPED_MIN_BREAKS = 2
const continuesSentence = /[\p{L}\p{N},-]/u

const isSoftBreak = (text: string, newline: number, lineStart: number): boolean => {
  if (newline + 1 >= text.length || !continuesSentence.test(text[newline - 1] ?? "")) return false
  const after = text.charCodeAt(newline + 1)
  // A next line in lower case goes on with the sentence however short the line before.
  return isLower(after) || (newline - lineStart >= WRAPPED_LINE_MIN_CHARS && !whitespace.test(text[newline + 1]!))
}

const wrapsLines = (text: string): boolean => {
  let soft = 0
  for (let lineStart = 0, newline = text.indexOf("\n"); newline >= 0; newline = text.indexOf("\n", lineStart)) {
    if (isSoftBreak(text, newline, lineStart) && ++soft >= WRAPPED_MIN_BREAKS) return true
    lineStart = newline + 1
  }
  return false
}

/** Where the paragraph starting at `lineStart` ends: the next line break, or in wrapped copy the next hard one. */
const paragraphEnd = (text: string, lineStart: number, wrapped: boolean): number => {
  let from = lineStart
  for (;;) {
    const newline = text.indexOf("\n", from)
    if (newline < 0) return text.length
    if (!wrapped || !isSoftBreak(text, newline, from)) return newline
    from = newline + 1
  }
}

const addField = (field: Field, text: string, sentences: Array<Sentence>, paragraphs: Array<Paragraph>): void => {
  let lineStart = 0
  // Sentence starts and ends, pair after pair, for every paragraph of the field.
  const bounds: Array<number> = []
  const fullStopsOnly = text.indexOf("!") < 0 && text.indexOf("?") < 0
  const wrapped = wrapsLines(text)
  while (lineStart <= text.length) {
    const lineEnd = paragraphEnd(text, lineStart, wrapped)
    let start = lineStart
    while (start < lineEnd && whitespace.test(text[start]!)) start++
    if (start < lineEnd) {
      const firstBound = bounds.length
      splitSentences(text, start, lineEnd, fullStopsOnly, bounds)
      const paragraph = paragraphs.length
      const firstSentence = sentences.length
      for (let bound = firstBound; bound < bounds.length; bound += 2) {
        sentences.push({
          field,
          start: bounds[bound]!,
          end: bounds[bound + 1]!,
          paragraph,
          indexInParagraph: (bound - firstBound) / 2
        })
      }
      const first = text[start]!
      paragraphs.push({
        field,
        start,
        end: bounds.length > firstBound ? bounds[bounds.length - 1]! : lineEnd,
        firstSentence,
        endSentence: sentences.length,
        opensWithQuote: first === '"' || first === "“",
        fragment: isLower(text.charCodeAt(start)) && !lowercaseDateline.test(text.slice(start, start + 32)),
        headlineLike:
          isHeadlineLike(text, start, lineEnd, sentences.length - firstSentence) ||
          pageStamp.test(text.slice(start, Math.min(lineEnd, start + PAGE_STAMP_CHARS)))
      })
    }
    lineStart = lineEnd + 1
  }
}

/**
 * A page's own stamp ("DPA Updated - December 07, 2021 at 01:12 AM.", "Published: 12 March 2023 10:15 IST"): when the
 * page was last written, not the news. Its line is no lead, and its date no date of the report (dates.ts).
 */
export const pageStamp = new RegExp(
  String.raw`^(?:[A-Z]{2,}[\s|]+)?(?:Last [Uu]pdated|Updated|UPDATED|First [Pp]ublished|Published|PUBLISHED|Posted|` +
    String.raw`POSTED|Modified)(?: on| at)?\s*[-–—:|,]?\s*[^\n]{0,40}?\d{4}`
)
const PAGE_STAMP_CHARS = 120

// "kolkata: At a time when…": a dateline written in lower case starts a paragraph, not a fragment.
const lowercaseDateline = /^[a-z][a-z .-]{1,24}:\s/
const HEADLINE_MAX_WORDS = 15
const endsSentence = /[.!?:;"”’)]\s*$/

// "Mission accomplished.", "(by Enrico Tibuzzi)": a line this short is a kicker or a byline, even with a full stop.
const KICKER_MAX_WORDS = 3

const isHeadlineLike = (text: string, start: number, end: number, sentenceCount: number): boolean => {
  if (sentenceCount !== 1) return false
  let words = 1
  for (let index = start; index < end && words <= HEADLINE_MAX_WORDS; index++)
    if (text.charCodeAt(index) === 32) words++
  if (words <= KICKER_MAX_WORDS) return true
  return words <= HEADLINE_MAX_WORDS && !endsSentence.test(text.slice(Math.max(start, end - 3), end))
}

/**
 * A one-sentence paragraph followed by a byline or dateline ("Sandeep Unnithan | Posted by …", "New Delhi, July 29,
 * 2016 | UPDATED 09:10 IST") and then prose is a standfirst: the lead is the prose after the byline.
 */
const afterStandfirst = (text: string, paragraphs: ReadonlyArray<Paragraph>, candidate: number): number => {
  const first = paragraphs[candidate]
  if (first === undefined || first.endSentence - first.firstSentence !== 1) return candidate
  let next = candidate + 1
  let furnitureOnly = true
  while (next < paragraphs.length && paragraphs[next]!.headlineLike) {
    const line = paragraphs[next]!
    furnitureOnly &&= pageFurniture.test(text.slice(line.start, line.end))
    next++
  }
  if (next === candidate + 1 || furnitureOnly || next >= paragraphs.length || paragraphs[next]!.fragment)
    return candidate
  return next
}

/**
 * A page's furniture between paragraphs ("Advertisement", "Also Read | …", "More From This Section"): no byline, so
 * the one-sentence lead before it stays the lead.
 */
const pageFurniture =
  /^\s*(?:advertisement|also read\b|read more\b|read also\b|sponsored|article-image|more from this)/i

export const readDocument = (title: string, text: string): Document => {
  const sentences: Array<Sentence> = []
  const paragraphs: Array<Paragraph> = []
  addField("title", title, sentences, paragraphs)
  addField("text", text, sentences, paragraphs)
  // The lead is the first paragraph of the text that is neither cut off nor a standfirst, byline or dateline.
  const firstWhole = paragraphs.findIndex((paragraph) => paragraph.field === "text" && !paragraph.fragment)
  const firstProse = paragraphs.findIndex(
    (paragraph) => paragraph.field === "text" && !paragraph.fragment && !paragraph.headlineLike
  )
  const leadParagraph = afterStandfirst(text, paragraphs, firstProse >= 0 ? firstProse : firstWhole)
  return {
    title,
    text,
    sentences,
    paragraphs,
    leadParagraph,
    quotes: { title: findQuotes(title), text: findQuotes(text) }
  }
}

/** Index of the sentence of `field` containing `position`, or -1. Sentences are sorted by field then start. */
export const sentenceAt = (document: Document, field: Field, position: number): number => {
  const sentences = document.sentences
  let low = 0
  let high = sentences.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    const sentence = sentences[middle]!
    const before = sentence.field === field ? sentence.start <= position : sentence.field === "title"
    if (before) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  if (found < 0) return -1
  const sentence = sentences[found]!
  return sentence.field === field ? found : -1
}

export const fieldText = (document: Document, field: Field): string =>
  field === "title" ? document.title : document.text

/** The text of one sentence of the document. */
export const sentenceText = (document: Document, index: number): string => {
  const sentence = document.sentences[index]!
  return fieldText(document, sentence.field).slice(sentence.start, sentence.end)
}
