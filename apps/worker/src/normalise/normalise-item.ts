import { createHash } from "node:crypto"
import { parsePublishedTime, type WireItem } from "@india-italy/domain"
import type { Feed } from "../feeds/feed.ts"
import type { ParsedFeedItem } from "../parse/parse-feed.ts"
import { canonicalUrl } from "./canonical-url.ts"
import { htmlToText } from "./html-to-text.ts"

export interface NormalisedItem {
  /** Per feed: the guid, else the canonical link, else a hash of title and content. */
  readonly identity: string
  /** Changes when the title or text change: an edit of an item already seen. */
  readonly contentHash: string
  readonly item: WireItem
}

const sha1 = (text: string): string => createHash("sha1").update(text).digest("hex")

/** A date as UTC ISO 8601, or undefined when absent or unreadable. Dates before 1990 or far in the future are treated as errors. */
export const normaliseDate = (value: string | undefined, fetchedAt: Date): string | undefined => {
  if (value === undefined || value.trim() === "") return undefined
  const parsed = parsePublishedTime(value)
  if (parsed === undefined) return undefined
  const time = parsed.time
  const oneDay = 24 * 60 * 60 * 1000
  if (time < Date.UTC(1990, 0, 1) || time > fetchedAt.getTime() + oneDay) return undefined
  return new Date(time).toISOString()
}

/**
 * A feed item as the pipeline's WireItem: text instead of HTML, a canonical URL, a UTC date
 * (the fetch time, flagged as estimated, when the feed gives none), the feed's name as the
 * outlet, and an id that BullMQ accepts (no ':' and not all digits) and that is the same every
 * time this feed lists this item.
 */
export const normaliseItem = (raw: ParsedFeedItem, feed: Feed, fetchedAt: Date): NormalisedItem => {
  const title = htmlToText(raw.title ?? "").replace(/\s+/g, " ")
  const body = raw.contentHtml ?? raw.summary ?? ""
  const text = htmlToText(body)
  const url = raw.link !== undefined ? canonicalUrl(raw.link, feed.url) : undefined
  const guid = raw.guid?.trim()
  const contentHash = sha1(title + "\n" + text)
  const identity =
    guid !== undefined && guid !== "" ? "guid:" + guid : url !== undefined ? "url:" + url : "hash:" + contentHash
  const published = normaliseDate(raw.published, fetchedAt)
  const item: WireItem = {
    id: "item-" + sha1(feed.url + "\n" + identity).slice(0, 20),
    title,
    text,
    ...(url !== undefined ? { url } : {}),
    published: published ?? fetchedAt.toISOString(),
    ...(published === undefined ? { publishedEstimated: true } : {}),
    source: feed.name,
    feedUrl: feed.url,
    ...(feed.language !== undefined ? { language: feed.language } : {})
  }
  return { identity, contentHash, item }
}
