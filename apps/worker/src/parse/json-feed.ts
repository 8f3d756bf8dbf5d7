import { parsedFeedItem, type ParsedFeed, type ParsedFeedItem } from "./parse-feed.ts"

/** JSON Feed 1.0 / 1.1 (https://jsonfeed.org/version/1.1) to the common parsed shape. */

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value : typeof value === "number" ? String(value) : undefined

const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined

const authorName = (item: Record<string, unknown>): string | undefined => {
  const authors = Array.isArray(item["authors"]) ? item["authors"] : []
  const first = record(authors[0]) ?? record(item["author"])
  return text(first?.["name"])
}

const jsonFeedItem = (value: unknown): ParsedFeedItem | undefined => {
  const item = record(value)
  if (item === undefined) return undefined
  const guid = text(item["id"])
  const link = text(item["url"]) ?? text(item["external_url"])
  const title = text(item["title"])
  const contentText = text(item["content_text"])
  const contentHtml =
    text(item["content_html"]) ??
    (contentText !== undefined ? contentText.replace(/&/g, "&amp;").replace(/</g, "&lt;") : undefined)
  const summary = text(item["summary"])
  const published = text(item["date_published"]) ?? text(item["date_modified"])
  const author = authorName(item)
  const categories = Array.isArray(item["tags"])
    ? item["tags"].filter((tag): tag is string => typeof tag === "string")
    : []
  return parsedFeedItem({ guid, link, title, contentHtml, summary, published, author, categories })
}

/** The feed, or a reason why the JSON is not a JSON Feed. */
export const parseJsonFeed = (document: unknown): ParsedFeed | string => {
  const feed = record(document)
  if (feed === undefined) return "not a feed (JSON, but not an object)"
  const items = feed["items"]
  const version = text(feed["version"])
  if (!Array.isArray(items)) {
    return version?.includes("jsonfeed.org") === true
      ? "JSON Feed without an items array"
      : "not a feed (JSON without a JSON Feed version or items array)"
  }
  const title = text(feed["title"])
  return {
    format: "json",
    ...(title !== undefined ? { title } : {}),
    items: items.flatMap((item) => {
      const parsed = jsonFeedItem(item)
      return parsed === undefined ? [] : [parsed]
    })
  }
}
