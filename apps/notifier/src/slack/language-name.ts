/**
 * A report's language as a reader names it: "it" → "Italian", "hi" → "Hindi". The code comes from
 * the classifier (ISO 639-1, or what a feed declared), so anything that is not a plain language
 * code, or that the runtime does not know, is shown as the code itself rather than guessed at;
 * "und" (undetermined) and absent codes show nothing.
 */
const displayNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" })

/** Two or three letters, optionally a region ("it", "ita", "it-IT"): anything else is not looked up. */
const languageCode = /^[A-Za-z]{2,3}(?:-[A-Za-z]{2})?$/

export const languageName = (code: string | undefined): string | undefined => {
  if (code === undefined) return undefined
  const trimmed = code.trim()
  if (trimmed.length === 0 || trimmed.toLowerCase() === "und") return undefined
  if (!languageCode.test(trimmed)) return trimmed.slice(0, 16)
  const base = trimmed.split("-")[0]!.toLowerCase()
  try {
    return displayNames.of(base) ?? base
  } catch {
    return base
  }
}
