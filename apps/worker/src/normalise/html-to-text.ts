import { decodeHtmlEntities } from "./html-entities.ts"

/**
 * Feed HTML → plain text for the classifier and for alerts. Not a full HTML parser: it needs to
 * keep words and paragraph breaks and lose markup, scripts and styles, which regular expressions
 * over tags do reliably for feed-sized fragments.
 */

const blockElements =
  "address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|li|main|" +
  "nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|tr|ul"

/** Named (all of HTML5's), decimal and hex character references; unknown names stay as written. */
export const decodeEntities = decodeHtmlEntities

/**
 * In markup, source line breaks are just spaces and lines come from elements; plain text (a feed
 * description with no tags) keeps its own line breaks.
 */
const hasMarkup = (html: string): boolean => {
  const tag = html.search(/<[A-Za-z/!]/)
  return tag !== -1 && html.indexOf(">", tag + 2) !== -1
}
const collapseSourceWhitespace = (html: string): string => (hasMarkup(html) ? html.replace(/\s+/g, " ") : html)

const blockTag = new RegExp(`<\\/?(?:${blockElements})\\b[^>]*>`, "gi")
const anyTag = /<\/?[A-Za-z][^>]*>/g

/**
 * Replaces tags (`<…[^>]*>`) only up to the last '>': past it no tag can end, and the regex
 * would read from every '<' there to the end of the text (quadratic on "<p<p<p…").
 */
const replaceTags = (html: string, tag: RegExp, replacement: string): string => {
  const end = html.lastIndexOf(">") + 1
  return html.slice(0, end).replace(tag, replacement) + html.slice(end)
}

export const htmlToText = (html: string): string =>
  decodeEntities(
    replaceTags(
      replaceTags(
        collapseSourceWhitespace(html)
          .replace(/<!--[\s\S]*?(?:-->|$)/g, " ")
          .replace(/<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)/g, "$1")
          .replace(/<(script|style|noscript|template|iframe|svg|head)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, " "),
        blockTag,
        "\n"
      ),
      anyTag,
      ""
    )
  )
    .replace(/\u00a0/g, " ")
    .replace(/[ \t\f\v\r]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()
