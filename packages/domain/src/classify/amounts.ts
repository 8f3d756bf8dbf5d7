import type { Amount, AmountMeasure } from "../event.ts"
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
  thousand: 1e3, k: 1e3, lakh: 1e5, lakhs: 1e5, lac: 1e5, million: 1e6, millions: 1e6, mn: 1e6, mln: 1e6,
  crore: 1e7, crores: 1e7, cr: 1e7, billion: 1e9, billions: 1e9, bn: 1e9, trillion: 1e12, tn: 1e12
}

const numberWords: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100
}

const currencyCodes: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:us\$|usd|\$|dollars?|us dollars?)$/i, "USD"],
  [/^(?:€|eur|euros?)$/i, "EUR"],
  [/^(?:rs\.?|inr|₹|rupees?)$/i, "INR"],
  [/^(?:£|gbp|pounds?)$/i, "GBP"]
]
const currencyCode = (symbol: string): string | undefined => currencyCodes.find(([pattern]) => pattern.test(symbol.trim()))?.[1]

const NUM = "(\\d{1,3}(?:,\\d{2,3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
const SCALE = "(?:\\s*(trillion|tn|billions?|bn|millions?|mn|mln|crores?|cr|lakhs?|lac|thousand|k)\\b(?:\\s+(crores?))?)"
const WORD_NUMBER = "((?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|hundred))?)"
const PREFIX = "(US\\$|USD|\\$|€|EUR|Rs\\.?|INR|₹|£|GBP)"
const SUFFIX = "(US dollars?|dollars?|euros?|rupees?|pounds?|USD|EUR|INR)"
const UNITS = "((?:Italian|Indian|foreign|European)\\s+)?(companies|firms|businesses|enterprises|start-?ups|SMEs|MSMEs)"

const amountRegex = new RegExp(
  [
    /* 1-4 prefix currency */ `${PREFIX}\\s?${NUM}${SCALE}?`,
    /* 5-8 number [scale] suffix currency */ `\\b${NUM}${SCALE}?\\s+${SUFFIX}\\b`,
    /* 9-12 words scale suffix currency */ `\\b${WORD_NUMBER}\\s+(trillion|billion|million|crore|lakh|thousand)(?:\\s+(crore))?\\s+${SUFFIX}\\b`,
    /* 13-15 count of companies */ `\\b${NUM}\\+?\\s+${UNITS}\\b`
  ].join("|"),
  "gi"
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
  (first === undefined ? 1 : (scales[first.toLowerCase()] ?? 1)) * (second === undefined ? 1 : (scales[second.toLowerCase()] ?? 1))

const measureOf = (sentence: string, isCount: boolean): AmountMeasure => {
  if (isCount) return "company_count"
  const lower = sentence.toLowerCase()
  const target = /\b(?:target|targets|targeted|aim|aims|aiming|goal|to reach|reach|double|doubling|by 20\d\d|ambition|aspire)/.test(lower)
  const investment = /\binvest|\bfdi\b|\bacqui(?:re|res|red|sition)|\bbuys?\b|\bbought\b|\bstake\b/.test(lower)
  const trade = /\btrade|\bexports?\b|\bimports?\b|\bcommerce\b/.test(lower)
  if (target && trade) return "trade_target"
  if (target && investment) return "investment_target"
  if (/\b(?:contract|deal|order|procure|purchase|valued at)/.test(lower) && !/\bacqui|\bstake\b/.test(lower)) return "contract_value"
  if (trade) return "trade_volume"
  if (investment) return "investment"
  if (target) return "trade_target"
  return "other"
}

const targetYear = (after: string): number | undefined => {
  const year = /^[^.;]{0,40}?\b(?:by|in|until|till|before)\s+(?:the\s+year\s+|the\s+end\s+of\s+)?(20\d\d)\b/.exec(after)
  return year === null ? undefined : Number(year[1])
}

export const findAmounts = (field: Field, text: string, sentenceOf: (position: number) => readonly [number, number], out: Array<AmountMention>): void => {
  amountRegex.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = amountRegex.exec(text)) !== null) {
    const start = match.index
    const end = start + match[0].length
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
    if (!Number.isFinite(value) || value <= 0) continue
    // A bare small sum with no scale ("$5") is rarely what a bilateral report is about; a year is never a count.
    if (isCount && value >= 1900 && value <= 2100) continue
    // "Dec 20 Italian companies…": the day of a dateline, not a count.
    if (isCount && /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*$/.test(text.slice(Math.max(0, start - 12), start))) continue
    const [sentenceStart, sentenceEnd] = sentenceOf(start)
    const sentence = text.slice(sentenceStart, sentenceEnd)
    const measure = measureOf(sentence, isCount)
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
  }
}
