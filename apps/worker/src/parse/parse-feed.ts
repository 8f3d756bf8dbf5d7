import { Effect, Schema } from "effect"
import Parser from "rss-parser"
import { parseJsonFeed } from "./json-feed.ts"
import { closeUnclosedElements, ensureChannel, repairXml, rootElementName } from "./repair-xml.ts"
import { parsePublishedTime } from "@india-italy/domain"

/** One entry of a feed as the feed states it: markup kept, dates as given (ISO when readable). */
export interface ParsedFeedItem {
  readonly guid?: string
  readonly link?: string
  readonly title?: string
  readonly contentHtml?: string
  readonly summary?: string
  readonly published?: string
  readonly author?: string
  readonly categories?: ReadonlyArray<string>
}

/** An item with only the fields its feed gave: a field left undefined is left out, not set to undefined. */
export const parsedFeedItem = (
  fields: { readonly [K in keyof Required<ParsedFeedItem>]: Required<ParsedFeedItem>[K] | undefined }
): ParsedFeedItem => {
  const item: { -readonly [K in keyof ParsedFeedItem]: ParsedFeedItem[K] } = {}
  for (const key of Object.keys(fields) as Array<keyof ParsedFeedItem>) {
    const value = fields[key]
    if (value !== undefined && !(key === "categories" && (value as ReadonlyArray<string>).length === 0))
      (item as Record<string, unknown>)[key] = value
  }
  return item
}

export interface ParsedFeed {
  readonly title?: string
  /** RSS <ttl>: how long the publisher says the feed may be cached. */
  readonly ttlMinutes?: number
  readonly format: "rss" | "atom" | "rdf" | "json"
  readonly items: ReadonlyArray<ParsedFeedItem>
}

export class FeedParseError extends Schema.TaggedError<FeedParseError>()("FeedParseError", {
  url: Schema.String,
  reason: Schema.String
}) {}

type XmlNode = { readonly _?: unknown; readonly $?: Record<string, string> } & Record<string, unknown>
type RawItem = Record<string, unknown>
type RawFeed = { title?: unknown; ttl?: unknown; items?: Array<RawItem> }

const customFields = {
  feed: ["ttl"],
  item: [
    // Raw nodes, so attributes (Atom 0.3 mode="base64", type="xhtml") and RDF about= survive.
    ["title", "titleNode", { keepArray: true }],
    ["link", "linkNodes", { keepArray: true }],
    ["guid", "guidNode", { keepArray: true }],
    ["dc:date", "dcDate"],
    ["dc:identifier", "dcIdentifier"],
    ["description", "description"],
    ["published", "published"],
    ["updated", "updated"],
    // Atom 0.3 dates.
    ["issued", "issued"],
    ["modified", "modified"],
    ["created", "created"]
  ]
} as unknown as Parser.CustomFields<RawFeed, RawItem>

/**
 * Two parsers: strict first (after repairs, it handles nearly every real feed), then a forgiving
 * one for documents that are truncated or have broken tags. sax in non-strict mode upper-cases
 * names, so they are lower-cased back and the few camel-case names rss-parser looks up are
 * restored. A new parser for every document: xml2js's parser, once a document raised two errors,
 * swallows the first error of the next document it is given, whose parse then never settles
 * (found by the hostile-input properties: one malformed comment stalled the next feed's poll).
 */
const strictParser = () => new Parser<RawFeed, RawItem>({ customFields, defaultRSS: 2 })

/** A Map: element names come from the feed, and "constructor" must not find Object's. */
const camelCaseNames: ReadonlyMap<string, string> = new Map([["rdf:rdf", "rdf:RDF"]])
const lowerCaseName = (name: string): string => {
  const lower = name.toLowerCase()
  return camelCaseNames.get(lower) ?? lower
}
const lenientParser = () =>
  new Parser<RawFeed, RawItem>({
    customFields,
    defaultRSS: 2,
    xml2js: { strict: false, tagNameProcessors: [lowerCaseName], attrNameProcessors: [lowerCaseName] }
  })

const nodeText = (value: unknown): string | undefined => {
  if (typeof value === "string") return value
  if (typeof value === "number") return String(value)
  if (Array.isArray(value)) return nodeText(value[0])
  if (typeof value === "object" && value !== null) {
    const node = value as XmlNode
    if (typeof node._ === "string") return node._
  }
  return undefined
}

const nonEmpty = (value: string | undefined): string | undefined =>
  value !== undefined && value.trim() !== "" ? value : undefined

/**
 * Rebuilds inline XHTML children (Atom type="xhtml") as markup text. xml2js keeps element
 * children and text apart, so mixed content comes back in an approximate order; good enough for a
 * title that is then reduced to plain text.
 */
const xhtmlText = (node: unknown): string => {
  if (typeof node === "string") return node
  if (Array.isArray(node)) return node.map(xhtmlText).join("")
  if (typeof node !== "object" || node === null) return ""
  const { _: text, $: _attributes, ...children } = node as XmlNode
  let inner = typeof text === "string" ? text : ""
  for (const [name, value] of Object.entries(children)) {
    const local = name.includes(":") ? name.slice(name.indexOf(":") + 1) : name
    for (const child of Array.isArray(value) ? value : [value]) inner += `<${local}>${xhtmlText(child)}</${local}>`
  }
  return inner
}

const titleOf = (item: RawItem): string | undefined => {
  const nodes = item["titleNode"]
  const node = Array.isArray(nodes) ? (nodes[0] as unknown) : undefined
  if (typeof node === "object" && node !== null) {
    const { $: attributes, _: text, ...children } = node as XmlNode
    if (attributes?.["mode"] === "base64" && typeof text === "string") {
      return Buffer.from(text.trim(), "base64").toString("utf8")
    }
    if (attributes?.["type"] === "xhtml" || (typeof text !== "string" && Object.keys(children).length > 0)) {
      const div = (children["div"] ?? children["xhtml:div"]) as unknown
      return xhtmlText(div ?? children).trim()
    }
  }
  return nonEmpty(nodeText(node) ?? nodeText(item["title"]))
}

const linkOf = (item: RawItem, base: string): string | undefined => {
  const candidates: Array<unknown> = []
  const nodes = item["linkNodes"]
  if (Array.isArray(nodes)) {
    // Atom: <link rel="alternate" href=…> (or no rel); RSS: <link>text</link>.
    const alternate = nodes.find((node) => {
      const attributes = (node as XmlNode)?.$
      return (
        attributes?.["href"] !== undefined && (attributes["rel"] === undefined || attributes["rel"] === "alternate")
      )
    }) as XmlNode | undefined
    if (alternate?.$?.["href"] !== undefined) candidates.push(alternate.$["href"])
    for (const node of nodes) candidates.push(nodeText(node))
  }
  candidates.push(item["link"])
  const guidNode = (item["guidNode"] as Array<XmlNode> | undefined)?.[0]
  if (guidNode?.$?.["isPermaLink"] !== "false" && guidNode?.$?.["ispermalink"] !== "false")
    candidates.push(nodeText(guidNode))
  candidates.push(item["rdf:about"])
  for (const candidate of candidates) {
    const link = nonEmpty(typeof candidate === "string" ? candidate.trim() : undefined)
    if (link === undefined) continue
    try {
      const resolved = new URL(link, base)
      if (resolved.protocol === "http:" || resolved.protocol === "https:") return resolved.href
    } catch {
      // Not a URL (e.g. a tag: guid); try the next candidate.
    }
  }
  return undefined
}

const isoOrRaw = (value: string | undefined): string | undefined => {
  const text = nonEmpty(value)?.trim()
  if (text === undefined) return undefined
  const parsed = parsePublishedTime(text)
  return parsed === undefined ? text : new Date(parsed.time).toISOString()
}

const authorOf = (item: RawItem): string | undefined => {
  for (const key of ["creator", "author", "dc:creator"]) {
    const value = item[key]
    const name = nodeText(value) ?? nodeText((value as XmlNode | undefined)?.["name"])
    if (nonEmpty(name) !== undefined) return name?.trim()
  }
  return undefined
}

const toParsedItem = (item: RawItem, base: string, format: ParsedFeed["format"]): ParsedFeedItem => {
  const guid = nonEmpty(
    nodeText(item["guidNode"]) ?? nodeText(item["id"]) ?? nodeText(item["dcIdentifier"]) ?? nodeText(item["rdf:about"])
  )?.trim()
  const link = linkOf(item, base)
  const title = titleOf(item)
  const encoded = nonEmpty(nodeText(item["content:encoded"]))
  const content = nonEmpty(nodeText(item["content"]))
  const summaryText = nonEmpty(nodeText(item["summary"]))
  const description = nonEmpty(nodeText(item["description"]))
  const contentHtml = format === "atom" ? (content ?? summaryText) : (encoded ?? description ?? content)
  const summary = format === "atom" ? summaryText : encoded !== undefined ? description : undefined
  const published = isoOrRaw(
    nodeText(item["isoDate"]) ??
      nodeText(item["pubDate"]) ??
      nodeText(item["dcDate"]) ??
      nodeText(item["published"]) ??
      nodeText(item["updated"]) ??
      nodeText(item["issued"]) ??
      nodeText(item["modified"]) ??
      nodeText(item["created"])
  )
  const author = authorOf(item)
  const categories = Array.isArray(item["categories"])
    ? item["categories"].flatMap((category) => {
        const name = nonEmpty(nodeText(category))
        return name === undefined ? [] : [name.trim()]
      })
    : []
  return parsedFeedItem({ guid, link, title, contentHtml, summary, published, author, categories })
}

const formatOfRoot = (root: string): ParsedFeed["format"] | undefined => {
  const name = root.toLowerCase()
  if (name === "rss") return "rss"
  if (name === "feed") return "atom"
  if (name === "rdf:rdf" || name.endsWith(":rdf") || name === "rdf") return "rdf"
  return undefined
}

const describe = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? ""

const parseXmlFeed = async (
  xml: string,
  url: string,
  root: string,
  format: ParsedFeed["format"]
): Promise<ParsedFeed> => {
  const repaired = ensureChannel(repairXml(xml), root)
  let raw: RawFeed
  try {
    raw = (await strictParser().parseString(repaired)) as RawFeed
  } catch (strictError) {
    const completed = closeUnclosedElements(repaired)
    try {
      raw = (await strictParser().parseString(completed)) as RawFeed
    } catch {
      try {
        raw = (await lenientParser().parseString(completed)) as RawFeed
      } catch {
        throw new Error(`malformed XML: ${describe(strictError)}`)
      }
    }
  }
  const title = nonEmpty(nodeText(raw.title))?.trim()
  const ttl = Number(nodeText(raw.ttl)?.trim())
  return {
    format,
    ...(title !== undefined ? { title } : {}),
    ...(Number.isInteger(ttl) && ttl > 0 ? { ttlMinutes: ttl } : {}),
    items: (raw.items ?? []).map((item) => toParsedItem(item, url, format))
  }
}

/** What the body is, when it is not a feed; undefined when it may be one. */
const notAFeedReason = (body: string): string | undefined => {
  const start = body.trimStart()
  if (start === "") return "empty document"
  if (/^<!doctype\s+html/i.test(start)) return "not a feed (looks like an HTML page)"
  if (!start.startsWith("<") && !start.startsWith("{") && !start.startsWith("[")) {
    return `not a feed (neither XML nor JSON; starts with ${JSON.stringify(start.slice(0, 40))})`
  }
  return undefined
}

const parseFeedBody = async (body: string, url: string): Promise<ParsedFeed | string> => {
  const notAFeed = notAFeedReason(body)
  if (notAFeed !== undefined) return notAFeed
  const start = body.trimStart()
  if (start.startsWith("{") || start.startsWith("[")) {
    let document: unknown
    try {
      document = JSON.parse(start)
    } catch (error) {
      return `invalid JSON: ${describe(error)}`
    }
    return parseJsonFeed(document)
  }
  const root = rootElementName(start)
  if (root === undefined) return "not a feed (no root element found)"
  if (/^html$/i.test(root)) return "not a feed (looks like an HTML page)"
  const format = formatOfRoot(root)
  if (format === undefined) return `not a feed (root element <${root}> is not rss, feed or rdf:RDF)`
  try {
    return await parseXmlFeed(start, url, root, format)
  } catch (error) {
    return describe(error)
  }
}

/**
 * Parses RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 0.3/1.0 and JSON Feed 1.x text. Common authoring
 * mistakes (bare '&', HTML entities, control characters, truncation) are repaired or tolerated;
 * anything that is not a feed fails with a reason that says what it looks like instead.
 */
export const parseFeed = (body: string, url: string): Effect.Effect<ParsedFeed, FeedParseError> =>
  Effect.promise(() => parseFeedBody(body, url).catch((error: unknown) => `parser failure: ${describe(error)}`)).pipe(
    Effect.flatMap((result) =>
      typeof result === "string" ? Effect.fail(new FeedParseError({ url, reason: result })) : Effect.succeed(result)
    )
  )
