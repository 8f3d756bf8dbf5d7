import { eventTypeById, pairProfile, sectorById, type HistoryEvent } from "@india-italy/domain"
import { safeHttpUrl } from "./safe-http-url.ts"

const product = pairProfile.product.name

/** Characters not allowed in XML 1.0 at all (controls other than tab, LF, CR; lone surrogates; U+FFFE/F). */
const notXmlChar = new RegExp(
  [
    "[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]",
    "[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])",
    "(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]"
  ].join("|"),
  "g"
)

/** Text safe inside an XML element or a double- or single-quoted attribute. */
export const xmlEscape = (value: string): string =>
  value
    .replace(notXmlChar, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")

const rfc3339 = (value: string): string => {
  const time = Date.parse(value)
  return Number.isNaN(time) ? new Date(0).toISOString() : new Date(time).toISOString()
}

const summaryOf = ({ event, eventDate }: HistoryEvent): string => {
  const item = event.classification
  const parts = [
    `${eventTypeById.get(item.eventType)?.label ?? item.eventType} · ${eventDate}`,
    item.sectors.length === 0
      ? undefined
      : `Sectors: ${item.sectors.map((sector) => sectorById.get(sector)?.label ?? sector).join(", ")}`,
    item.actors.length === 0 ? undefined : `Who: ${item.actors.map((actor) => actor.name).join(", ")}`,
    item.places.length === 0 ? undefined : `Where: ${item.places.map((place) => place.name).join(", ")}`,
    item.amounts.length === 0 ? undefined : `Figures: ${item.amounts.map((amount) => amount.text).join(", ")}`,
    `Sources: ${event.sources.map((source) => source.outlet ?? source.title).join(", ")}`
  ]
  return parts.filter((part) => part !== undefined).join("\n")
}

const entry = (history: HistoryEvent, baseUrl: string): string => {
  const { event } = history
  const page = `${baseUrl}/event/${encodeURIComponent(event.id)}`
  const categories = event.classification.sectors
    .map(
      (sector) =>
        `<category term="${xmlEscape(sector)}" label="${xmlEscape(sectorById.get(sector)?.label ?? sector)}"/>`
    )
    .join("")
  const sources = event.sources
    .map((source) => safeHttpUrl(source.url))
    .filter((url): url is string => url !== undefined)
    .map((url) => `<link rel="related" href="${xmlEscape(url)}"/>`)
    .join("")
  return (
    `<entry><id>urn:${pairProfile.product.slug}-monitor:event:${xmlEscape(event.id)}</id>` +
    `<title>${xmlEscape(event.classification.title)}</title>` +
    `<updated>${rfc3339(event.updatedAt)}</updated><published>${rfc3339(event.firstSeen)}</published>` +
    `<link rel="alternate" type="text/html" href="${xmlEscape(page)}"/>${sources}${categories}` +
    `<summary type="text">${xmlEscape(summaryOf(history))}</summary></entry>`
  )
}

/** An Atom 1.0 feed of the events (newest first); every value from a feed is escaped. */
export const atomFeed = (input: {
  readonly events: ReadonlyArray<HistoryEvent>
  readonly baseUrl: string
  readonly selfUrl: string
  readonly title: string
}): string => {
  const updated = input.events.reduce(
    (latest, { event }) => (rfc3339(event.updatedAt) > latest ? rfc3339(event.updatedAt) : latest),
    new Date(0).toISOString()
  )
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">` +
    `<id>${xmlEscape(input.selfUrl)}</id><title>${xmlEscape(input.title)}</title><updated>${updated}</updated>` +
    `<link rel="self" type="application/atom+xml" href="${xmlEscape(input.selfUrl)}"/>` +
    `<link rel="alternate" type="text/html" href="${xmlEscape(input.baseUrl)}/"/>` +
    `<author><name>${xmlEscape(product)}</name></author><generator>${xmlEscape(product)}</generator>` +
    `${input.events.map((history) => entry(history, input.baseUrl)).join("")}</feed>\n`
  )
}
