import { eventTypeById, type HistoryEvent } from "@india-italy/domain"
import { csvHeaderLine, csvRow } from "../csv.ts"

/** Text from feeds never reaches a terminal with its control characters (no escape sequences). */
const printable = (text: string): string => text.replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g, " ")

const fit = (text: string, width: number): string => {
  const clean = printable(text)
  return clean.length <= width ? clean.padEnd(width) : `${clean.slice(0, width - 1)}…`
}

/** A fixed-width table: day, type, sectors, reports, headline, id. */
export const renderTable = (events: ReadonlyArray<HistoryEvent>): string => {
  if (events.length === 0) return "no events match\n"
  const row = (cells: ReadonlyArray<string>, id: string) =>
    [
      fit(cells[0]!, 10),
      fit(cells[1]!, 26),
      fit(cells[2]!, 28),
      fit(cells[3]!, 7),
      fit(cells[4]!, 70),
      printable(id)
    ].join("  ")
  const header = row(["date", "type", "sectors", "reports", "headline"], "id")
  const rows = events.map(({ event, eventDate }) => {
    const item = event.classification
    const type = eventTypeById.get(item.eventType)?.label ?? item.eventType
    return row([eventDate, type, item.sectors.join(","), String(event.sources.length), item.title], event.id)
  })
  return `${[header, ...rows].join("\n")}\n`
}

export const renderJsonLines = (events: ReadonlyArray<HistoryEvent>): string =>
  events.map((event) => `${JSON.stringify(event)}\n`).join("")

export const renderCsv = (events: ReadonlyArray<HistoryEvent>): string => csvHeaderLine + events.map(csvRow).join("")
