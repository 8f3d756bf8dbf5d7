import { namedEntityText } from "../normalise/html-entities.ts"

/**
 * Lenient fixes applied to feed XML before a strict parse. Real feeds are written by templates
 * that forget XML's rules; each fix here turns a common mistake into what its author meant,
 * never into different text. CDATA sections and comments are left untouched (an '&' inside
 * CDATA is already literal).
 */

const xmlEntities = new Set(["amp", "lt", "gt", "quot", "apos"])

/** XML knows only five names: an HTML name becomes the numeric references of what it stands for. */
const numericReferences = (text: string): string => Array.from(text, (char) => `&#${char.codePointAt(0)};`).join("")

// Characters XML 1.0 forbids anywhere (C0 controls other than tab, LF, CR); they are dropped.
const forbiddenControls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

const fixEntities = (text: string): string =>
  text.replace(/&(#[0-9]+;|#x[0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)?/g, (match, reference: string | undefined) => {
    if (reference === undefined) return "&amp;"
    if (reference.startsWith("#")) return match
    const name = reference.slice(0, -1)
    if (xmlEntities.has(name)) return match
    const text = namedEntityText(name)
    // An unknown name is most likely text ("AT&T;"), so its '&' is escaped rather than guessed.
    return text === undefined ? "&amp;" + reference : numericReferences(text)
  })

/** Splits off CDATA sections and comments so fixes apply only to markup and text between them. */
const protectedSections = /<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<!--[\s\S]*?(?:-->|$)/g

export const repairXml = (xml: string): string => {
  const withoutControls = xml.replace(forbiddenControls, "")
  let repaired = ""
  let last = 0
  for (const section of withoutControls.matchAll(protectedSections)) {
    repaired += fixEntities(withoutControls.slice(last, section.index)) + section[0]
    last = section.index + section[0].length
  }
  return repaired + fixEntities(withoutControls.slice(last))
}

const whitespace = /\s/

/**
 * The end of a DOCTYPE declaration starting at `start` (just past its '>'), or -1 when it has none.
 * An internal subset in brackets may hold '>' characters; it ends at its first ']'. A scan, not a
 * regex: the equivalent pattern backtracks exponentially on a run of "[]" pairs.
 */
const doctypeEnd = (xml: string, start: number): number => {
  for (let at = start; at < xml.length; at++) {
    const char = xml[at]
    if (char === ">") return at + 1
    if (char === "[") {
      const close = xml.indexOf("]", at + 1)
      if (close === -1) return -1
      at = close
    }
  }
  return -1
}

/** Where the content after the prolog, processing instructions, comments and DOCTYPE begins. */
const preambleEnd = (xml: string): number => {
  let at = 0
  while (at < xml.length) {
    let next = -1
    if (whitespace.test(xml[at] ?? "")) next = at + 1
    else if (xml.startsWith("<?", at)) next = endAfter(xml, "?>", at + 2)
    else if (xml.startsWith("<!--", at)) next = endAfter(xml, "-->", at + 4)
    else if (xml.slice(at, at + 9).toUpperCase() === "<!DOCTYPE") next = doctypeEnd(xml, at + 9)
    if (next === -1) return at
    at = next
  }
  return at
}

/** Just past the first `terminator` at or after `from`, or -1. */
const endAfter = (xml: string, terminator: string, from: number): number => {
  const found = xml.indexOf(terminator, from)
  return found === -1 ? -1 : found + terminator.length
}

/** The name of the document's first element, skipping the prolog, processing instructions, comments and DOCTYPE. */
export const rootElementName = (xml: string): string | undefined =>
  xml.slice(preambleEnd(xml)).match(/^<([A-Za-z_][\w:.-]*)/)?.[1]

const tagNameAt = /[A-Za-z_][\w:.-]*/y

/**
 * Every start and end tag, in order, outside CDATA and comments. A scan rather than the regex
 * `<(\/?)(name)[^>]*?(\/?)>`, which re-reads the rest of the text from each '<' when no '>'
 * follows (quadratic on "<a<a<a…").
 */
const tagsOf = function* (markup: string): Generator<{ closing: boolean; name: string; selfClosing: boolean }> {
  let at = markup.indexOf("<")
  while (at !== -1) {
    const closing = markup[at + 1] === "/"
    const nameStart = at + (closing ? 2 : 1)
    tagNameAt.lastIndex = nameStart
    const name = tagNameAt.exec(markup)?.[0]
    if (name === undefined) {
      at = markup.indexOf("<", at + 1)
      continue
    }
    const end = markup.indexOf(">", nameStart + name.length)
    // No '>' after this '<' means none after any later '<' either.
    if (end === -1) return
    yield { closing, name, selfClosing: markup[end - 1] === "/" && end - 1 >= nameStart + name.length }
    at = markup.indexOf("<", end + 1)
  }
}

/** A tag cut off at the end of the text: the last '<' with no '>' after it. */
const cutOffTag = (text: string): { at: number; closingWithName: boolean } | undefined => {
  const at = text.lastIndexOf("<")
  if (at === -1 || text.indexOf(">", at) !== -1) return undefined
  return { at, closingWithName: text[at + 1] === "/" && /^[A-Za-z_]/.test(text[at + 2] ?? "") }
}

/**
 * Completes a truncated document: closes an open CDATA section or comment, finishes a cut-off
 * end tag, and appends end tags for every element still open, so the items that did arrive can
 * be read. Only used after a strict parse has failed.
 */
export const closeUnclosedElements = (xml: string): string => {
  let text = xml
  const lastCdata = text.lastIndexOf("<![CDATA[")
  if (lastCdata !== -1 && text.indexOf("]]>", lastCdata) === -1) text += "]]>"
  const lastComment = text.lastIndexOf("<!--")
  if (lastComment !== -1 && text.indexOf("-->", lastComment) === -1) text += "-->"
  const cutTag = cutOffTag(text)
  if (cutTag !== undefined) text = cutTag.closingWithName ? text + ">" : text.slice(0, cutTag.at)
  const open = openElements(text.replace(protectedSections, ""))
  return (
    text +
    open
      .reverse()
      .map((name) => `</${name}>`)
      .join("")
  )
}

/**
 * The elements left open at the end, outermost first. An end tag closes its nearest open
 * namesake and everything inside it; one with no open namesake is ignored (counted per name, so
 * stray end tags cost nothing instead of a search of the whole stack each).
 */
const openElements = (markup: string): Array<string> => {
  const open: Array<string> = []
  const openCount = new Map<string, number>()
  for (const { closing, name, selfClosing } of tagsOf(markup)) {
    if (selfClosing) continue
    if (!closing) {
      open.push(name)
      openCount.set(name, (openCount.get(name) ?? 0) + 1)
      continue
    }
    if ((openCount.get(name) ?? 0) === 0) continue
    for (let popped = open.pop(); popped !== undefined; popped = open.pop()) {
      openCount.set(popped, (openCount.get(popped) ?? 1) - 1)
      if (popped === name) break
    }
  }
  return open
}

/** RSS with no <channel> at all is an empty feed, not an error; give it an empty channel. */
export const ensureChannel = (xml: string, root: string): string => {
  if (!/^(rss|rdf:RDF)$/i.test(root) || /<channel[\s>/]/i.test(xml)) return xml
  // Only up to the last '>': past it the pattern cannot match, and each '<root' there would be
  // read to the end of the text (quadratic on "<rss <rss <rss…").
  const end = xml.lastIndexOf(">") + 1
  const withChannel = xml
    .slice(0, end)
    .replace(new RegExp(`(<${root}\\b[^>]*?)(/?)>`, "i"), (_match, start: string, selfClosing: string) =>
      selfClosing === "/" ? `${start}><channel></channel></${root}>` : `${start}><channel></channel>`
    )
  return withChannel + xml.slice(end)
}
