import { pairProfile } from "@india-italy/domain"
import type { DemoFeed } from "./demo-stories.ts"

const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")

/** Renders a demo feed as RSS 2.0, the format most wire feeds still use. */
export const renderRss = (feed: DemoFeed): string => {
  const items = feed.stories.map(
    (story) => `    <item>
      <title>${escapeXml(story.title)}</title>
      <link>${escapeXml(story.link)}</link>
      <guid isPermaLink="false">${escapeXml(story.guid)}</guid>
      <pubDate>${new Date(story.published).toUTCString()}</pubDate>
      <description>${escapeXml(story.body)}</description>
    </item>`
  )
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>${escapeXml(feed.name)}</title>
    <link>https://example.org/</link>
    <description>${escapeXml(pairProfile.product.name)} demo feed</description>
${items.join("\n")}
  </channel>
</rss>
`
}
