import { createHash } from "node:crypto"
import { boundedPrefix, parsePublishedTime, type WireItem } from "@india-italy/domain"
import type { Feed } from "../feeds/feed.ts"
import type { ParsedFeedItem } from "../parse/parse-feed.ts"
import { canonicalUrl } from "./canonical-url.ts"
import { htmlToText } from "./html-to-text.ts"
import { defaultItemLimits, HTML_PER_TEXT_CHAR, type ItemLimits } from "./item-limits.ts"

export interface NormalisedItem {
  /** Per feed: the guid, else the canonical link, else a hash of title and content. */
  readonly identity: string
  /** Changes when the title or text change: an edit of an item already seen. */
  readonly contentHash: string
  readonly item: WireItem
  /** The fields cut (or, for a link, dropped; for a guid, hashed) to the item limits, with their original length. */
  readonly cut: ReadonlyArray<{ readonly field: string; readonly length: number }>
}

const sha1 = (text: string): string => createHash("sha1").update(text).digest("hex")

/**
 * A date as UTC ISO 8601, or undefined when absent or unreadable. Dates before 1990 or far in the future
 * are treated as errors.
 */
export const normaliseDate = (value: string | undefined, fetchedAt: Date): string | undefined => {
  // No date is written in more than a few dozen characters; a longer one is not read at all
  // (parsePublishedTime caps it).
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
 * time this feed lists this item. Every field is held to `limits`; what was cut is listed in `cut`.
 */
export const normaliseItem = (
  raw: ParsedFeedItem,
  feed: Feed,
  fetchedAt: Date,
  limits: ItemLimits = defaultItemLimits
): NormalisedItem => {
  const cut: Array<{ field: string; length: number }> = []
  const within = (field: string, value: string, max: number): string => {
    if (value.length <= max) return value
    cut.push({ field, length: value.length })
    return boundedPrefix(value, max)
  }
  const titleHtml = within("title", raw.title ?? "", limits.maxTitleChars * HTML_PER_TEXT_CHAR)
  const title = within("title", htmlToText(titleHtml).replace(/\s+/g, " "), limits.maxTitleChars)
  const body = raw.contentHtml ?? raw.summary ?? ""
  const text = within(
    "text",
    htmlToText(within("text", body, limits.maxTextChars * HTML_PER_TEXT_CHAR)),
    limits.maxTextChars
  )
  const tooLong = (field: string, value: string | undefined): boolean =>
    value !== undefined && value.length > limits.maxFieldChars && cut.push({ field, length: value.length }) > 0
  // A cut link would point somewhere else: a link over the limit is dropped.
  const link = tooLong("link", raw.link) ? undefined : raw.link
  const url = link !== undefined ? canonicalUrl(link, feed.url) : undefined
  const rawGuid = raw.guid?.trim()
  // A long guid is hashed rather than cut, so two guids that share a long prefix stay two items.
  const guid = rawGuid !== undefined && tooLong("guid", rawGuid) ? "sha1-" + sha1(rawGuid) : rawGuid
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
  return { identity, contentHash, item, cut }
}
