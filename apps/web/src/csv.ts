import { eventTypeById, sectorById, type HistoryEvent } from "@india-italy/domain"

/** Cells a spreadsheet would run as a formula start with one of these (OWASP's list, tab and CR included). */
const formulaStart = /^[=+\-@\t\r]/

/**
 * One CSV cell: quoted, quotes doubled, and a cell that a spreadsheet would read as a formula
 * prefixed with ' so it stays text (feed text is hostile input).
 */
export const csvCell = (value: string | number | undefined): string => {
  const text = value === undefined ? "" : String(value)
  const safe = formulaStart.test(text) ? `'${text}` : text
  return `"${safe.replace(/"/g, '""')}"`
}

export const csvHeader = [
  "id",
  "revision",
  "date",
  "type",
  "type_label",
  "sectors",
  "headline",
  "actors",
  "places",
  "status",
  "confidence",
  "figures",
  "languages",
  "sources",
  "first_seen",
  "updated_at"
] as const

/** One event as one CSV row (RFC 4180, CRLF line ends). */
export const csvRow = ({ event, eventDate, languages }: HistoryEvent): string => {
  const item = event.classification
  const cells = [
    event.id,
    event.revision,
    eventDate,
    item.eventType,
    eventTypeById.get(item.eventType)?.label,
    item.sectors.map((sector) => sectorById.get(sector)?.label ?? sector).join("; "),
    item.title,
    item.actors.map((actor) => actor.name).join("; "),
    item.places.map((place) => place.name).join("; "),
    item.status,
    item.confidence,
    item.amounts.map((amount) => amount.text).join("; "),
    languages.join("; "),
    event.sources
      .map((source) => [source.outlet, source.url].filter((part) => part !== undefined).join(" "))
      .join("; "),
    event.firstSeen,
    event.updatedAt
  ]
  return `${cells.map(csvCell).join(",")}\r\n`
}

export const csvHeaderLine = `${csvHeader.map(csvCell).join(",")}\r\n`
