/**
 * Everything that comes from a feed is untrusted: a headline can carry `<!channel>`, `<@U123>`,
 * `@here` or a disguised link `<http://evil|trusted>`. Slack only interprets these inside angle
 * brackets (and, with automatic parsing, bare `@here`/`@channel`/`@everyone`), so escaping the
 * three characters Slack reserves (`&`, `<`, `>`) and breaking the bare broadcast words makes any
 * feed text display literally. Links are built only here, from validated http(s) URLs.
 */

/** U+2060 WORD JOINER: invisible, but "@\u2060here" is no longer the word Slack parses as a ping. */
const wordJoiner = "\u2060"

/**
 * Removed from feed text before anything else: C0/C1 control characters other than tab and
 * newline; zero-width characters (U+200B–U+200D, U+2060–U+2064, U+FEFF, U+180E), which would hide
 * a mention from the escaping (`<!chan\u200Bnel>`, `@\u200Bhere`) while Slack or a reader joins
 * the word back up; and direction marks and overrides (U+200E, U+200F, U+061C, U+202A–U+202E,
 * U+2066–U+2069), which can make text display as something other than what it is. One character
 * class, so the replacement is a single linear pass.
 */
const unsafeRanges = [
  // C0 controls except tab (U+0009), newline (U+000A) and carriage return (U+000D).
  "\\u0000-\\u0008",
  "\\u000B\\u000C",
  "\\u000E-\\u001F",
  // DEL and the C1 controls.
  "\\u007F-\\u009F",
  // Arabic letter mark, a direction mark.
  "\\u061C",
  // Mongolian vowel separator, zero-width in current Unicode.
  "\\u180E",
  // Zero-width space, non-joiner and joiner; left-to-right and right-to-left marks.
  "\\u200B-\\u200F",
  // Direction embeddings and overrides.
  "\\u202A-\\u202E",
  // Word joiner and invisible operators.
  "\\u2060-\\u2064",
  // Direction isolates.
  "\\u2066-\\u2069",
  // Zero-width no-break space (byte-order mark).
  "\\uFEFF"
]
const unsafeCharacters = new RegExp(`[${unsafeRanges.join("")}]`, "g")

/** Feed text with the characters above removed; everything else is left as it is. */
export const stripInvisible = (text: string): string => text.replace(unsafeCharacters, "")

const broadcastWords = /@(here|channel|everyone|group)\b/gi

const escapeReserved = (text: string): string =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;")

const defuseBroadcasts = (text: string): string => text.replace(broadcastWords, `@${wordJoiner}$1`)

/** Feed text for a `mrkdwn` field or a message's fallback `text`: displayed literally, pings nobody. */
export const escapeMrkdwn = (text: string): string => defuseBroadcasts(escapeReserved(stripInvisible(text)))

/**
 * Feed text for a `plain_text` field (headers, context). Slack decodes the three entities in
 * plain text too, so the same escaping keeps what is shown identical to the source while nothing
 * in angle brackets reaches Slack's parser intact.
 */
export const escapePlain = (text: string): string => escapeMrkdwn(text)

/** A URL we are willing to link to: absolute http(s), no credentials, nothing Slack could reparse. */
export const safeHttpUrl = (candidate: string | undefined): string | undefined => {
  if (candidate === undefined) return undefined
  const trimmed = candidate.trim()
  if (trimmed.length === 0 || trimmed.length > 2_000) return undefined
  let parsed: URL
  try {
    parsed = new URL(trimmed)
  } catch {
    return undefined
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return undefined
  if (parsed.username !== "" || parsed.password !== "") return undefined
  // The URL serialiser leaves `|` and, in some places, quotes unencoded; inside `<url|label>` a
  // `|` would end the URL and start an attacker-chosen label, so encode everything Slack reads.
  return parsed.href.replaceAll("|", "%7C").replaceAll("<", "%3C").replaceAll(">", "%3E").replaceAll(" ", "%20")
}

/**
 * A mrkdwn link built by us: `<url|label>` with the URL validated and the label escaped, or just
 * the escaped label when the URL is not a safe http(s) URL.
 */
export const mrkdwnLink = (url: string | undefined, label: string): string => {
  const safeUrl = safeHttpUrl(url)
  const safeLabel = escapeMrkdwn(label).replaceAll("|", "¦")
  if (safeUrl === undefined) return safeLabel
  return `<${safeUrl.replaceAll("&", "&amp;")}|${safeLabel.length > 0 ? safeLabel : "link"}>`
}

/** Cuts `text` to at most `max` characters (UTF-16 units, as Slack counts), ending in "…". */
export const truncate = (text: string, max: number): string => {
  if (text.length <= max) return text
  if (max <= 1) return "…".slice(0, max)
  let cut = text.slice(0, max - 1)
  // Never leave half of a surrogate pair or half of an entity we produced ("&am…").
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1)
  cut = cut.replace(/&[a-z]{0,4}$/, "")
  return `${cut.trimEnd()}…`
}
