import type { ArchiveJob } from "@india-italy/domain"
import { Effect } from "effect"
import {
  eventColumnNames,
  eventColumns,
  maxSearchChars,
  reportRows,
  searchVectorSql,
  type ReportRow
} from "./event-rows.ts"
import type { SqlQuery } from "./sql-driver.ts"

const eventFields = `id text, revision int, event_date text, first_seen text, updated_at text, event_type text,
  event_types text[], sectors text[], actor_names text, place_names text, status text, confidence real,
  headline text, document jsonb, search_text text, languages text[]`

const reportFields = `event_id text, item_id text, revision int, headline text, url text, outlet text, language text,
  published text, seen_at text, body text, classification jsonb`

type BatchReport = ReportRow & { readonly eventId: string }

const compareReports = (a: ReportRow, b: ReportRow) =>
  a.seenAt === b.seenAt ? (a.itemId < b.itemId ? -1 : 1) : a.seenAt < b.seenAt ? -1 : 1

/**
 * An event's search text and languages from the reports in hand, the way `refreshDerived` makes
 * them from the stored ones: a new event gets them with its insert, and the refresh then rewrites
 * only the events whose text differs (those that already had reports before this batch).
 */
const derivedFrom = (rows: ReadonlyArray<ReportRow>) => ({
  search_text: [...rows]
    .sort(compareReports)
    .map((row) => `${row.headline} ${(row.body ?? "").slice(0, 4000)}`)
    .join(" ")
    .slice(0, maxSearchChars),
  languages: [...new Set(rows.flatMap((row) => (row.language === null ? [] : [row.language])))].sort()
})

/** One revision per (event id, revision), the first given. */
const distinctRevisions = (batch: ReadonlyArray<ArchiveJob>) => {
  const byRevision = new Map<string, ArchiveJob>()
  for (const job of batch) {
    const key = `${job.notice.event.id}\u0000${job.notice.event.revision}`
    if (!byRevision.has(key)) byRevision.set(key, job)
  }
  return byRevision
}

/** The newest revision of each event, and one row per report (a full row over a listed one). */
const rowsOf = (fresh: ReadonlyArray<ArchiveJob>) => {
  const newest = new Map<string, ArchiveJob>()
  const reports = new Map<string, BatchReport & { readonly full: boolean }>()
  for (const job of fresh) {
    const { event } = job.notice
    const seen = newest.get(event.id)
    if (seen === undefined || seen.notice.event.revision < event.revision) newest.set(event.id, job)
    const { full, listed } = reportRows(job)
    for (const row of listed) {
      const key = `${event.id}\u0000${row.itemId}`
      if (!reports.has(key)) reports.set(key, { ...row, eventId: event.id, full: false })
    }
    if (full !== undefined) reports.set(`${event.id}\u0000${full.itemId}`, { ...full, eventId: event.id, full: true })
  }
  return { newest, reports: [...reports.values()] }
}

const insertEvents = `INSERT INTO events (${eventColumnNames.join(", ")}, languages, search)
  SELECT ${eventColumnNames.join(", ")}, languages, ${searchVectorSql("search_text")}
  FROM jsonb_to_recordset($1::jsonb) AS t(${eventFields})
  ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, event_date = excluded.event_date,
    updated_at = excluded.updated_at, event_type = excluded.event_type, event_types = excluded.event_types,
    sectors = excluded.sectors, actor_names = excluded.actor_names, place_names = excluded.place_names,
    status = excluded.status, confidence = excluded.confidence
  WHERE events.revision < excluded.revision`

const insertDocuments = `INSERT INTO event_documents (id, revision, headline, document, search_text)
  SELECT id, revision, headline, document, search_text FROM jsonb_to_recordset($1::jsonb) AS t(${eventFields})
  ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, headline = excluded.headline,
    document = excluded.document
  WHERE event_documents.revision < excluded.revision`

// Listed rows fill gaps; a full row (the report that made the revision) replaces what is stored.
const insertReports = `INSERT INTO reports (event_id, item_id, revision, headline, url, outlet, language, published,
    seen_at, body, classification)
  SELECT event_id, item_id, revision, headline, url, outlet, language, published, seen_at, body, classification
  FROM jsonb_to_recordset($1::jsonb) AS t(${reportFields})
  ON CONFLICT (event_id, item_id) DO UPDATE SET headline = excluded.headline, url = excluded.url,
    outlet = excluded.outlet, language = COALESCE(excluded.language, reports.language),
    published = excluded.published, body = COALESCE(excluded.body, reports.body),
    classification = COALESCE(excluded.classification, reports.classification)
  WHERE excluded.classification IS NOT NULL`

/**
 * Many revisions in one transaction, a statement per table instead of per row (the rows travel
 * as one jsonb array): what a backfill or the benchmark needs to write 100,000 events in
 * minutes. Same rules as one revision at a time: a revision already stored is skipped, an event
 * keeps its newest revision, a report's first sighting stays.
 */
export const writeRevisionBatch = (
  tx: SqlQuery,
  batch: ReadonlyArray<ArchiveJob>,
  recordedAt: string,
  refreshDerived: string
) =>
  Effect.gen(function* () {
    const byRevision = distinctRevisions(batch)
    const revisions = [...byRevision.values()].map(({ notice }) => ({
      event_id: notice.event.id,
      revision: notice.event.revision,
      kind: notice.kind,
      alert: notice.alert,
      recorded_at: recordedAt,
      document: notice.event
    }))
    const inserted = yield* tx<{ event_id: string; revision: number }>(
      `INSERT INTO event_revisions (event_id, revision, kind, alert, recorded_at, document)
       SELECT event_id, revision, kind, alert, recorded_at, document FROM jsonb_to_recordset($1::jsonb)
         AS t(event_id text, revision int, kind text, alert boolean, recorded_at text, document jsonb)
       ON CONFLICT (event_id, revision) DO NOTHING RETURNING event_id, revision`,
      [JSON.stringify(revisions)]
    )
    const fresh = inserted.map((row) => byRevision.get(`${row.event_id}\u0000${row.revision}`)!)
    if (fresh.length === 0) return 0

    const { newest, reports } = rowsOf(fresh)
    const reportsOf = new Map<string, Array<ReportRow>>()
    for (const row of reports) reportsOf.set(row.eventId, [...(reportsOf.get(row.eventId) ?? []), row])
    const eventRows = [...newest.values()].map(({ notice }) => {
      const columns = eventColumns(notice.event)
      return {
        ...Object.fromEntries(eventColumnNames.map((name, index) => [name, columns[index]])),
        headline: notice.event.classification.title,
        document: notice.event,
        ...derivedFrom(reportsOf.get(notice.event.id) ?? [])
      }
    })
    const eventJson = JSON.stringify(eventRows)
    yield* tx(insertEvents, [eventJson])
    yield* tx(insertDocuments, [eventJson])
    const reportJson = reports.map(({ eventId, full: _full, ...row }) => ({
      event_id: eventId,
      item_id: row.itemId,
      revision: row.revision,
      headline: row.headline,
      url: row.url,
      outlet: row.outlet,
      language: row.language,
      published: row.published,
      seen_at: row.seenAt,
      body: row.body,
      classification: row.classification
    }))
    yield* tx(insertReports, [JSON.stringify(reportJson)])
    yield* tx(refreshDerived, [[...newest.keys()]])
    return fresh.length
  })
