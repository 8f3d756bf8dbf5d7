/**
 * Test feed items written for these tests (not taken from any outlet): India–Italy style wire
 * stories and one distractor, plus an RSS 2.0 renderer.
 */
import { englishMonthNames } from "@india-italy/domain"

export interface StoryItem {
  readonly guid: string
  readonly title: string
  readonly description: string
  readonly link: string
  readonly pubDate: Date
}

export const hoursAgo = (hours: number, from: Date = new Date()) => new Date(from.getTime() - hours * 3_600_000)
const spelledDate = (date: Date) =>
  `${date.getUTCDate()} ${englishMonthNames[date.getUTCMonth()]} ${date.getUTCFullYear()}`

/**
 * The day every test's MoU was signed: one fixed absolute date per test run, a day before the
 * reports, so reports published either side of midnight still describe the same day.
 */
export const signingDay = hoursAgo(30)

export const defenceMouDelhi = (guid: string, outlet: string, published: Date): StoryItem => ({
  guid,
  title: `India and Italy sign defence cooperation MoU in New Delhi (${outlet})`,
  description:
    "Defence Minister Rajnath Singh and his Italian counterpart Guido Crosetto signed a memorandum of understanding " +
    `on defence industrial cooperation in New Delhi on ${spelledDate(signingDay)}, covering` +
    " co-production of naval systems and joint research. " +
    "Officials of India and Italy said the agreement would be reviewed by a joint working group every year.",
  link: `https://${outlet.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.example/news/${guid}`,
  pubDate: published
})

export const franceDistractor = (guid: string, published: Date): StoryItem => ({
  guid,
  title: "India and France hold maritime dialogue in Paris",
  description:
    "Officials from India and France reviewed port cooperation and Indian Ocean security during talks in Paris.",
  link: `https://wire.example/news/${guid}`,
  pubDate: published
})

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")

export const renderRss = (title: string, items: ReadonlyArray<StoryItem>, ttlMinutes?: number): string => {
  const channelHead =
    `<title>${escapeXml(title)}</title><link>https://wire.example/</link><description>test feed</description>` +
    (ttlMinutes === undefined ? "" : `<ttl>${ttlMinutes}</ttl>`)
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>${channelHead}
${items
  .map(
    (item) =>
      `<item><guid isPermaLink="false">${escapeXml(item.guid)}</guid>` +
      `<title>${escapeXml(item.title)}</title><link>${escapeXml(item.link)}</link>` +
      `<description>${escapeXml(item.description)}</description><pubDate>${item.pubDate.toUTCString()}</pubDate></item>`
  )
  .join("\n")}
</channel></rss>`
}
