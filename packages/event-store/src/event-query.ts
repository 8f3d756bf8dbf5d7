import { searchQuerySql } from "./event-rows.ts"
import type { EventFilters } from "./filters.ts"

/** A statement with its parameters. */
export interface Statement {
  readonly text: string
  readonly params: ReadonlyArray<unknown>
}

/**
 * The SQL of a history query: every filter is a parameter, never spliced text. Newest first by
 * the day the event is filed under, then first seen, then id — the keyset the cursor continues
 * from, one row more than the limit to know whether a next page exists.
 */
export const timelineQuery = (filters: EventFilters): Statement => {
  const params: Array<unknown> = []
  const conditions: Array<string> = []
  const param = (value: unknown) => {
    params.push(value)
    return `$${params.length}`
  }
  if (filters.sectors.length > 0) conditions.push(`sectors && ${param(filters.sectors)}::text[]`)
  if (filters.types.length > 0) conditions.push(`event_types && ${param(filters.types)}::text[]`)
  if (filters.from !== undefined) conditions.push(`event_date >= ${param(filters.from)}`)
  if (filters.to !== undefined) conditions.push(`event_date <= ${param(filters.to)}`)
  if (filters.actor !== undefined) conditions.push(`strpos(actor_names, ${param(filters.actor.toLowerCase())}) > 0`)
  if (filters.place !== undefined) conditions.push(`strpos(place_names, ${param(filters.place.toLowerCase())}) > 0`)
  if (filters.lang !== undefined) conditions.push(`languages @> ARRAY[${param(filters.lang)}]::text[]`)
  if (filters.q !== undefined) {
    conditions.push(`search @@ ${searchQuerySql(param(filters.q))}`)
  }
  if (filters.cursor !== undefined) {
    const { eventDate, firstSeen, id } = filters.cursor
    conditions.push(`(event_date, first_seen, id) < (${param(eventDate)}, ${param(firstSeen)}, ${param(id)})`)
  }
  const where = conditions.length === 0 ? "" : `WHERE ${conditions.join(" AND ")}`
  // The page is chosen on the narrow events table alone; only its rows' documents are read.
  return {
    text: `SELECT d.document, page.event_date, page.first_seen, page.id, page.languages
      FROM (SELECT id, event_date, first_seen, languages FROM events ${where}
        ORDER BY event_date DESC, first_seen DESC, id DESC LIMIT ${param(filters.limit + 1)}) page
      JOIN event_documents d ON d.id = page.id
      ORDER BY page.event_date DESC, page.first_seen DESC, page.id DESC`,
    params
  }
}
