/**
 * A report's language as a reader names it: "it" → "Italian", "hi" → "Hindi". The code comes from
 * the classifier (ISO 639-1, or what a feed declared), so anything that is not a plain language
 * code, or that the runtime does not know, is shown as the code itself rather than guessed at;
 * "und" (undetermined) and absent codes show nothing.
 */
const displayNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" })

/** Two or three letters, optionally a region ("it", "ita", "it-IT"): anything else is not looked up. */
const languageCode = /^[A-Za-z]{2,3}(?:-[A-Za-z]{2})?$/

/** Names looked up so far, by base code: ICU's lookup costs more than the rest of an alert's text. */
const names = new Map<string, string>()
/** Past this many distinct codes (only a malformed feed sends that many) the names start again. */
const maxNames = 500

const nameOf = (base: string): string => {
  const known = names.get(base)
  if (known !== undefined) return known
  let name: string
  try {
    name = displayNames.of(base) ?? base
  } catch {
    name = base
  }
  if (names.size >= maxNames) names.clear()
  names.set(base, name)
  return name
}

export const languageName = (code: string | undefined): string | undefined => {
  if (code === undefined) return undefined
  const trimmed = code.trim()
  if (trimmed.length === 0 || trimmed.toLowerCase() === "und") return undefined
  if (!languageCode.test(trimmed)) return trimmed.slice(0, 16)
  return nameOf(trimmed.split("-")[0]!.toLowerCase())
}
