import { foldName } from "@india-italy/domain"
/**
 * Keywords as subscribers type them ("idrogeno verde", "semiconductor", "Difesa"), matched on an
 * item's headline and text as whole words or phrases, case- and accent-insensitive, so "citta"
 * finds "città" and "ai" never matches inside "Italia". Pure and linear: both sides are folded to
 * space-separated words once, and a keyword (bounded in length and count by the Subscription
 * schema) is looked for as " words " in the folded text.
 */

/** Characters of an item read for keywords: the headline plus the excerpt the pipeline carries. */
export const maxKeywordTextChars = 6_000

/** The text keywords are looked for in, folded and padded so every word has a space on each side. */
export const keywordHaystack = (title: string, text: string | undefined): string =>
  ` ${foldName(`${title}\n${text ?? ""}`.slice(0, maxKeywordTextChars))} `

/** Whether any keyword occurs as whole words in the haystack made by keywordHaystack. */
export const matchesAnyKeyword = (keywords: ReadonlyArray<string>, haystack: string): boolean =>
  keywords.some((keyword) => {
    const folded = foldName(keyword)
    return folded !== "" && haystack.includes(` ${folded} `)
  })
