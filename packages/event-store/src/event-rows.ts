import type { ArchiveJob, BilateralEvent, ClassifiedItem, Source } from "@india-italy/domain"

/** How much of a report's text the store keeps and searches. */
export const maxBodyChars = 8_000
/** How much text of one event is indexed for search (all its reports together). */
export const maxSearchChars = 20_000

/**
 * The search vector of the SQL text expression `text`: English and Italian, with accents folded
 * (unaccent) so "citta" finds "città" and "liberta" "libertà". The query folds them the same way
 * (`searchQuerySql`). Both stemmers see the folded text, so a word stems alike however it is typed.
 */
export const searchVectorSql = (text: string): string =>
  `to_tsvector('english'::regconfig, unaccent(${text})) || to_tsvector('italian'::regconfig, unaccent(${text}))`

/** The full-text query of the SQL text expression `q` (a parameter), folded as `searchVectorSql` folds. */
export const searchQuerySql = (q: string): string =>
  `(websearch_to_tsquery('english', unaccent(${q})) || websearch_to_tsquery('italian', unaccent(${q})))`

const isoDay = /^\d{4}-\d{2}-\d{2}$/

/** The day an event is filed under: when it happened, else when first reported, else when first seen. */
export const eventDateOf = (event: BilateralEvent): string => {
  const candidates = [event.classification.occurredOn, event.classification.published, event.firstSeen]
  for (const candidate of candidates) {
    const day = candidate?.slice(0, 10)
    if (day !== undefined && isoDay.test(day) && !Number.isNaN(Date.parse(day))) return day
  }
  return new Date().toISOString().slice(0, 10)
}

/** A timestamp in one canonical form (ISO, UTC, milliseconds), so text order is time order. */
export const canonicalTime = (value: string, fallback: string): string => {
  const time = Date.parse(value)
  return Number.isNaN(time) ? fallback : new Date(time).toISOString()
}

/** The columns of the events table for one event revision (search vector and languages come from its reports). */
export const eventColumns = (event: BilateralEvent) => {
  const item = event.classification
  const now = new Date().toISOString()
  return [
    event.id,
    event.revision,
    eventDateOf(event),
    canonicalTime(event.firstSeen, now),
    canonicalTime(event.updatedAt, now),
    item.eventType,
    [item.eventType, ...item.eventTypes.filter((type) => type !== item.eventType)],
    [...item.sectors],
    namesKey(item.actors.map((actor) => actor.name)),
    namesKey(item.places.map((place) => place.name)),
    item.status,
    item.confidence
  ] as const
}

/** The names of `eventColumns`, in order. */
export const eventColumnNames = [
  "id",
  "revision",
  "event_date",
  "first_seen",
  "updated_at",
  "event_type",
  "event_types",
  "sectors",
  "actor_names",
  "place_names",
  "status",
  "confidence"
] as const

/** Lower-cased names, one per line: the actor and place filters look for a substring of one. */
export const namesKey = (names: ReadonlyArray<string>): string => names.map((name) => name.toLowerCase()).join("\n")

export interface ReportRow {
  readonly itemId: string
  readonly revision: number
  readonly headline: string
  readonly url: string | null
  readonly outlet: string | null
  readonly language: string | null
  readonly published: string | null
  readonly seenAt: string
  readonly body: string | null
  readonly classification: ClassifiedItem | null
}

const sourceRow = (source: Source, revision: number, seenAt: string): ReportRow => ({
  itemId: source.itemId,
  revision,
  headline: source.title,
  url: source.url ?? null,
  outlet: source.outlet ?? null,
  language: null,
  published: source.published ?? null,
  seenAt,
  body: null,
  classification: null
})

/**
 * The report rows a revision tells about: the report that caused it, in full (text, language,
 * classification with evidence), and every other source as the notice lists it. The full one
 * replaces what is stored (an edit); the others only fill gaps.
 */
export const reportRows = (
  job: ArchiveJob
): { readonly full?: ReportRow; readonly listed: ReadonlyArray<ReportRow> } => {
  const { event } = job.notice
  const seenAt = canonicalTime(job.seenAt, canonicalTime(event.updatedAt, new Date().toISOString()))
  const report = job.report
  const listed = event.sources
    .filter((source) => source.itemId !== report?.item.id)
    .map((source) =>
      sourceRow(
        source,
        event.revision,
        source.itemId === event.classification.id ? canonicalTime(event.firstSeen, seenAt) : seenAt
      )
    )
  if (report === undefined) return { listed }
  const source = event.sources.find((candidate) => candidate.itemId === report.item.id)
  const base = sourceRow(
    source ?? {
      itemId: report.item.id,
      title: report.item.title,
      url: report.item.url,
      outlet: report.item.source,
      published: report.item.published
    },
    event.revision,
    seenAt
  )
  return {
    listed,
    full: {
      ...base,
      language: report.language ?? null,
      body: report.text === undefined ? null : report.text.slice(0, maxBodyChars),
      classification: report.item
    }
  }
}
