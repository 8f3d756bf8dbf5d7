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
  const header = `${fit("date", 10)}  ${fit("type", 26)}  ${fit("sectors", 28)}  ${fit("reports", 7)}  ${fit("headline", 70)}  id`
  const rows = events.map(({ event, eventDate }) => {
    const item = event.classification
    const type = eventTypeById.get(item.eventType)?.label ?? item.eventType
    return `${fit(eventDate, 10)}  ${fit(type, 26)}  ${fit(item.sectors.join(","), 28)}  ${fit(String(event.sources.length), 7)}  ${fit(item.title, 70)}  ${printable(event.id)}`
  })
  return `${[header, ...rows].join("\n")}\n`
}

export const renderJsonLines = (events: ReadonlyArray<HistoryEvent>): string => events.map((event) => `${JSON.stringify(event)}\n`).join("")

export const renderCsv = (events: ReadonlyArray<HistoryEvent>): string => csvHeaderLine + events.map(csvRow).join("")
