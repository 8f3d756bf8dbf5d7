import type { Amount, AmountMeasure } from "../event.ts"
import { pairProfile } from "../profile/active-profile.ts"
import { escapeForPattern } from "../profile/side-patterns.ts"
import { compileGated, scanGated, type Words } from "./gated-patterns.ts"
import { anyOf, oneOf, wordOf } from "./term-list.ts"
import type { Field } from "./text.ts"

/**
 * Money and counts: "$15 billion", "€20 billion by 2029", "Rs 1,200 crore", "USD 14.25 bn",
 * "₹2 lakh crore", "fifteen billion dollars", "800 Italian companies". What an amount measures
 * (trade volume, a target, an investment, a contract) comes from the words of its sentence.
 */

export interface AmountMention {
  readonly field: Field
  readonly start: number
  readonly end: number
  readonly amount: Amount
}

const scales: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  lakh: 1e5,
  lakhs: 1e5,
  lac: 1e5,
  million: 1e6,
  millions: 1e6,
  mn: 1e6,
  mln: 1e6,
  crore: 1e7,
  crores: 1e7,
  cr: 1e7,
  billion: 1e9,
  billions: 1e9,
  bn: 1e9,
  trillion: 1e12,
  tn: 1e12
}

const numberWords: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100
}

const currencyCodes: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:us\$|usd|\$|dollars?|us dollars?)$/i, "USD"],
  [/^(?:€|eur|euros?)$/i, "EUR"],
  [/^(?:rs\.?|inr|₹|rupees?)$/i, "INR"],
  [/^(?:£|gbp|pounds?)$/i, "GBP"]
]
const currencyCode = (symbol: string): string | undefined =>
  currencyCodes.find(([pattern]) => pattern.test(symbol.trim()))?.[1]

const NUM = "(\\d{1,3}(?:,\\d{2,3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
// "Rs 640-crore award", "a $5-billion deal": the scale may be hyphenated to the number.
const SCALE =
  "(?:-?\\s*(trillion|tn|billions?|bn|millions?|mn|mln|crores?|cr|lakhs?|lac|thousand|k)\\b(?:\\s+(crores?))?)"
// "a"/"an" ("a billion euros") are left out: they would make every article a place to try this expression.
// The number words are numberWords' own, in its order; the second word of "twenty-five" or "two hundred" is a
// unit or "hundred".
const numberWordNames = Object.keys(numberWords)
const secondNumberWords = numberWordNames.filter((word) => numberWords[word]! < 10 || word === "hundred")
const WORD_NUMBER = `(${oneOf(numberWordNames)}(?:[- ]${oneOf(secondNumberWords)})?)`
// "Euros 9.52 billion", "Rupees 500 crore": Indian official English writes the currency's name first too; only
// before a scaled number, so "Euro 2024" stays a football championship.
const NAMED_BEFORE_SCALED =
  "(?=\\s\\d[\\d.,]{0,12}\\s?(?:trillion|tn|billions?|bn|millions?|mn|mln|crores?|cr|lakhs?)\\b)"
const PREFIX = `(US\\$|USD|\\$|€|EUR|(?:Euros?|Rupees?)${NAMED_BEFORE_SCALED}|Rs\\.?|INR|₹|£|GBP)`
const SUFFIX = "(US dollars?|dollars?|euros?|rupees?|pounds?|USD|EUR|INR)"
// "800 Italian companies": the two sides' adjectives, from the pair profile.
const ownAdjectives = pairProfile.sides.map((side) => escapeForPattern(side.adjective.en)).join("|")
const companyWords = ["companies", "firms", "businesses", "enterprises", "start-?ups", "SMEs", "MSMEs"]
const UNITS = `((?:${ownAdjectives}|foreign|European)\\s+)?(${anyOf(companyWords)})`
/** The scales a number in words is written with: "fifteen billion dollars". */
const WORD_SCALE = "(trillion|billion|million|crore|lakh|thousand)"

const amountPattern = compileGated(
  [
    /* 1-4 prefix currency */ `${PREFIX}\\s?${NUM}${SCALE}?`,
    /* 5-8 number [scale] suffix currency */ `\\b${NUM}${SCALE}?\\s+${SUFFIX}\\b`,
    /* 9-12 words scale suffix currency */ `\\b${WORD_NUMBER}\\s+${WORD_SCALE}(?:\\s+(crore))?\\s+${SUFFIX}\\b`,
    /* 13-15 count of companies */ `\\b${NUM}\\+?\\s+${UNITS}\\b`
  ].join("|"),
  "i"
)

const parseNumber = (digits: string): number => Number(digits.replace(/,/g, ""))

const wordsToNumber = (words: string): number => {
  let total = 0
  for (const word of words.toLowerCase().split(/[- ]/)) {
    const value = numberWords[word] ?? 0
    total = word === "hundred" ? Math.max(total, 1) * 100 : total + value
  }
  return total
}

const scaleOf = (first: string | undefined, second: string | undefined): number =>
  (first === undefined ? 1 : (scales[first.toLowerCase()] ?? 1)) *
  (second === undefined ? 1 : (scales[second.toLowerCase()] ?? 1))

/**
 * What an amount measures, from its own clause ("trade stood at $14 billion, and the target is
 * €20 billion": two clauses, two measures); the sentence fills in what the clause leaves unsaid.
 */
const measureOf = (clause: string, sentence: string, isCount: boolean): AmountMeasure => {
  if (isCount) return "company_count"
  const own = measureOfText(clause.toLowerCase())
  if (own.target && !own.trade && !own.investment) {
    const whole = measureOfText(sentence.toLowerCase())
    return whole.trade ? "trade_target" : whole.investment ? "investment_target" : "trade_target"
  }
  if (own.measure !== "other") return own.measure
  return measureOfText(sentence.toLowerCase()).measure
}

// Module-level expressions: a literal in a function builds a new RegExp object on every call.
const targetCue = new RegExp(
  wordOf([
    "target",
    "targets",
    "targeted",
    "aim",
    "aims",
    "aiming",
    "goal",
    "(?:to|will|would|could) (?:reach|touch|double|cross)",
    "doubling",
    // "€20 billion by 2030": a year ahead is a target.
    "by 20\\d\\d",
    "ambition",
    "aspire"
  ])
)
// "MoUs worth Rs 3,200 crore with five companies": what an Indian state's MoUs with companies are worth is
// investment promised.
const investmentCue = new RegExp(
  anyOf([
    // Word starts: "invest", "investment", "investors"; "pledge", "pledged".
    "\\binvest",
    "\\bfdi\\b",
    "\\bcommit(?:s|ted|ting|ment)?\\b",
    "\\bpledg",
    "\\bacqui(?:re|res|red|sition)",
    "\\bbuys?\\b",
    "\\bbought\\b",
    "\\bstake\\b",
    "\\b(?:mous?|memorand(?:um|a) of understanding) worth\\b"
  ])
)
const tradeCue = /\btrade|\bexports?\b|\bimports?\b|\bcommerce\b/
const contractCue = /\b(?:contract|deal|order|procure|purchase|valued at)/
const acquisitionCue = /\bacqui|\bstake\b/
const worthCue = /\b(?:worth|valued)\b/
// Sums a court or tribunal awards, or a party claims, are not business figures; nor sums seized, fined, paid as bribes
// or ransom, or drugs valued ("seized assets worth 475,000 euros", "Rs 362 crore as kickbacks").
const legalCue = new RegExp(
  String.raw`\b(?:arbitra\w*|tribunals?|courts?|damages|compensation|penalt(?:y|ies)|lawsuits?|` +
    String.raw`seiz\w*|confiscat\w*|fined|fines|bribes?|bribery|kickbacks?|scams?|launder\w*|drugs|narcotics|ransom)\b`
)
// One country's whole economy ("India's economy growing from $4 trillion to $35 trillion by 2047", "a $4 trillion
// economy", "GDP would reach $30 trillion"): its size, no figure of trade or investment between the two.
const economySize = /\b(?:economy|gdp|gross domestic product)\b/
const targetYearAfter = /^[^.;]{0,40}?\b(?:by|in|until|till|before)\s+(?:the\s+year\s+|the\s+end\s+of\s+)?(20\d\d)\b/
const monthBefore = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*$/

const measureOfText = (
  lower: string
): {
  readonly measure: AmountMeasure
  readonly target: boolean
  readonly trade: boolean
  readonly investment: boolean
} => {
  const { target, trade, investment } = kindsOf(lower)
  return { measure: measureFromKinds(lower, target, trade, investment), target, trade, investment }
}

const kindsOf = (lower: string) => ({
  target: targetCue.test(lower),
  investment: investmentCue.test(lower),
  trade: tradeCue.test(lower)
})

const measureFromKinds = (lower: string, target: boolean, trade: boolean, investment: boolean): AmountMeasure => {
  if (legalCue.test(lower)) return "other"
  if (economySize.test(lower)) return "other"
  if (target && trade) return "trade_target"
  if (target && investment) return "investment_target"
  if (contractCue.test(lower) && !acquisitionCue.test(lower)) return "contract_value"
  if (trade) return "trade_volume"
  if (investment) return "investment"
  if (target) return "trade_target"
  // "co-production worth Rs 1,200 crore": the value of a project or deal.
  if (worthCue.test(lower)) return "contract_value"
  return "other"
}

const targetYear = (after: string): number | undefined => {
  const year = targetYearAfter.exec(after)
  return year === null ? undefined : Number(year[1])
}

/** Just past the last ", " or "; " at or before `position` in `window`, or 0 when there is none. */
const clauseStartIn = (window: string, position: number): number => {
  const found = Math.max(window.lastIndexOf(", ", position), window.lastIndexOf("; ", position))
  return found < 0 ? 0 : found + 2
}

export const findAmounts = (
  field: Field,
  text: string,
  words: Words,
  sentenceOf: (position: number) => readonly [number, number],
  out: Array<AmountMention>
): void => {
  scanGated(amountPattern, text, words, (match, start, end) => {
    let value: number
    let currency: string | undefined
    let isCount = false
    if (match[1] !== undefined) {
      value = parseNumber(match[2]!) * scaleOf(match[3], match[4])
      currency = currencyCode(match[1])
    } else if (match[5] !== undefined) {
      value = parseNumber(match[5]) * scaleOf(match[6], match[7])
      currency = currencyCode(match[8]!)
    } else if (match[9] !== undefined) {
      value = wordsToNumber(match[9]) * scaleOf(match[10], match[11])
      currency = currencyCode(match[12]!)
    } else {
      value = parseNumber(match[13]!)
      isCount = true
    }
    if (!Number.isFinite(value) || value <= 0) return
    // A bare small sum with no scale ("$5") is rarely what a bilateral report is about; a year is never a count.
    if (isCount && value >= 1900 && value <= 2100) return
    // "Dec 20 Italian companies…": the day of a dateline, not a count.
    if (isCount && monthBefore.test(text.slice(Math.max(0, start - 12), start))) return
    const [sentenceStart, sentenceEnd] = sentenceOf(start)
    const sentence = text.slice(sentenceStart, sentenceEnd)
    // Searched within the sentence only: an unbounded search ran back to the start (or on to the
    // end) of a long text for every amount in a sentence without a comma.
    // (One character past the sentence, so a ", " that begins on its last character still counts.)
    const window = text.slice(sentenceStart, sentenceEnd + 1)
    const clauseStart = sentenceStart + clauseStartIn(window, start - sentenceStart)
    const commaAfter = window.indexOf(", ", end - sentenceStart)
    const clauseEnd = commaAfter < 0 ? sentenceEnd : Math.min(sentenceEnd, commaAfter + sentenceStart)
    const measure = measureOf(text.slice(clauseStart, clauseEnd), sentence, isCount)
    const year = isCount ? undefined : targetYear(text.slice(end, sentenceEnd))
    out.push({
      field,
      start,
      end,
      amount: {
        value,
        ...(currency === undefined ? {} : { currency }),
        measure,
        ...(year === undefined ? {} : { year }),
        text: match[0]
      }
    })
  })
}
