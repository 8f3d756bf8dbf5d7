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

/** The name of the document's first element, skipping the prolog, processing instructions, comments and DOCTYPE. */
export const rootElementName = (xml: string): string | undefined => {
  const withoutPreamble = xml.replace(/^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^>[]|\[[\s\S]*?\])*>)*/i, "")
  return withoutPreamble.match(/^<([A-Za-z_][\w:.-]*)/)?.[1]
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
  const cutTag = text.match(/<(\/?)([A-Za-z_][\w:.-]*)?[^<>]*$/)
  if (cutTag !== null && cutTag.index !== undefined) {
    text = cutTag[1] === "/" && cutTag[2] !== undefined ? text + ">" : text.slice(0, cutTag.index)
  }
  const open: Array<string> = []
  const markupOnly = text.replace(protectedSections, "")
  for (const tag of markupOnly.matchAll(/<(\/?)([A-Za-z_][\w:.-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name = "", selfClosing] = tag
    if (selfClosing === "/") continue
    if (closing !== "/") {
      open.push(name)
      continue
    }
    const at = open.lastIndexOf(name)
    if (at !== -1) open.length = at
  }
  return text + open.reverse().map((name) => `</${name}>`).join("")
}

/** RSS with no <channel> at all is an empty feed, not an error; give it an empty channel. */
export const ensureChannel = (xml: string, root: string): string => {
  if (!/^(rss|rdf:RDF)$/i.test(root) || /<channel[\s>/]/i.test(xml)) return xml
  return xml.replace(new RegExp(`(<${root}\\b[^>]*?)(/?)>`, "i"), (_match, start: string, selfClosing: string) =>
    selfClosing === "/" ? `${start}><channel></channel></${root}>` : `${start}><channel></channel>`
  )
}
