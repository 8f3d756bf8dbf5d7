import type { ArchiveJob } from "@india-italy/domain"
import { Effect } from "effect"
import { eventColumns, maxSearchChars, reportRows, type ReportRow } from "./event-rows.ts"
import type { SqlQuery } from "./sql-driver.ts"

const eventFields = `id text, revision int, event_date text, first_seen text, updated_at text, event_type text, event_types text[],
  sectors text[], actor_names text, place_names text, status text, confidence real, headline text, document jsonb,
  search_text text, languages text[]`

/**
 * An event's search text and languages from the reports in hand, the way the refresh statement
 * derives them from the stored ones: a new event gets them in its insert, and the refresh then
 * rewrites only the rows where they differ (an event that already had reports).
 */
const derivedFrom = (rows: ReadonlyArray<ReportRow>) => {
  const ordered = [...rows].sort((a, b) => (a.seenAt === b.seenAt ? (a.itemId < b.itemId ? -1 : 1) : a.seenAt < b.seenAt ? -1 : 1))
  return {
    search_text: ordered.map((row) => `${row.headline} ${(row.body ?? "").slice(0, 4000)}`).join(" ").slice(0, maxSearchChars),
    languages: [...new Set(rows.flatMap((row) => (row.language === null ? [] : [row.language])))].sort()
  }
}

const reportFields = `event_id text, item_id text, revision int, headline text, url text, outlet text, language text, published text,
  seen_at text, body text, classification jsonb, full_row boolean`

/**
 * Many revisions in one transaction, a statement per table instead of per row (the rows travel
 * as one jsonb array): what a backfill or the benchmark needs to write 100,000 events in
 * seconds. Same rules as one revision at a time: a revision already stored is skipped, an event
 * keeps its newest revision, a report's first sighting stays.
 */
export const writeRevisionBatch = (tx: SqlQuery, batch: ReadonlyArray<ArchiveJob>, recordedAt: string) =>
  Effect.gen(function* () {
    const revisionKey = (job: ArchiveJob) => `${job.notice.event.id}\u0000${job.notice.event.revision}`
    const byRevision = new Map<string, ArchiveJob>()
    for (const job of batch) if (!byRevision.has(revisionKey(job))) byRevision.set(revisionKey(job), job)
    const jobs = [...byRevision.values()]
    const revisions = jobs.map(({ notice }) => ({
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
    const isNew = new Set(inserted.map((row) => `${row.event_id}\u0000${row.revision}`))
    const fresh = jobs.filter((job) => isNew.has(revisionKey(job)))
    if (fresh.length === 0) return 0

    // One row per event (its newest revision here) and per report (full rows win), or the
    // upserts would touch a row twice in one statement.
    const newest = new Map<string, ArchiveJob>()
    for (const job of fresh) {
      const seen = newest.get(job.notice.event.id)
      if (seen === undefined || seen.notice.event.revision < job.notice.event.revision) newest.set(job.notice.event.id, job)
    }
    const reports = new Map<string, ReportRow & { readonly eventId: string; readonly full: boolean }>()
    for (const job of fresh) {
      const { full, listed } = reportRows(job)
      for (const row of listed) {
        const key = `${job.notice.event.id}\u0000${row.itemId}`
        if (!reports.has(key)) reports.set(key, { ...row, eventId: job.notice.event.id, full: false })
      }
      if (full !== undefined) reports.set(`${job.notice.event.id}\u0000${full.itemId}`, { ...full, eventId: job.notice.event.id, full: true })
    }
    const names = ["id", "revision", "event_date", "first_seen", "updated_at", "event_type", "event_types", "sectors", "actor_names",
      "place_names", "status", "confidence", "headline", "document"]
    const reportsOf = new Map<string, Array<ReportRow>>()
    for (const row of reports.values()) reportsOf.set(row.eventId, [...(reportsOf.get(row.eventId) ?? []), row])
    const eventRows = [...newest.values()].map(({ notice }) => {
      const columns = eventColumns(notice.event)
      return {
        ...Object.fromEntries(names.map((name, index) => [name, name === "document" ? notice.event : columns[index]])),
        ...derivedFrom(reportsOf.get(notice.event.id) ?? [])
      }
    })
    yield* tx(
      `INSERT INTO events (${names.join(", ")}, search_text, languages)
       SELECT ${names.join(", ")}, search_text, languages FROM jsonb_to_recordset($1::jsonb) AS t(${eventFields})
       ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, event_date = excluded.event_date,
         updated_at = excluded.updated_at, event_type = excluded.event_type, event_types = excluded.event_types,
         sectors = excluded.sectors, actor_names = excluded.actor_names, place_names = excluded.place_names,
         status = excluded.status, confidence = excluded.confidence, headline = excluded.headline, document = excluded.document
       WHERE events.revision < excluded.revision`,
      [JSON.stringify(eventRows)]
    )
    const reportJson = JSON.stringify(
      [...reports.values()].map((row) => ({
        event_id: row.eventId,
        item_id: row.itemId,
        revision: row.revision,
        headline: row.headline,
        url: row.url,
        outlet: row.outlet,
        language: row.language,
        published: row.published,
        seen_at: row.seenAt,
        body: row.body,
        classification: row.classification,
        full_row: row.full
      }))
    )
    yield* tx(
      `INSERT INTO reports (event_id, item_id, revision, headline, url, outlet, language, published, seen_at, body, classification)
       SELECT event_id, item_id, revision, headline, url, outlet, language, published, seen_at, body, classification
       FROM jsonb_to_recordset($1::jsonb) AS t(${reportFields})
       ON CONFLICT (event_id, item_id) DO UPDATE SET headline = excluded.headline, url = excluded.url, outlet = excluded.outlet,
         language = COALESCE(excluded.language, reports.language), published = excluded.published,
         body = COALESCE(excluded.body, reports.body), classification = COALESCE(excluded.classification, reports.classification)
       WHERE excluded.classification IS NOT NULL`,
      [reportJson]
    )
    yield* tx(
      `UPDATE events e SET search_text = d.search_text, languages = d.languages FROM (
         SELECT event_id,
           left(string_agg(headline || ' ' || COALESCE(left(body, 4000), ''), ' ' ORDER BY seen_at, item_id), ${maxSearchChars}) AS search_text,
           COALESCE(array_agg(DISTINCT language ORDER BY language) FILTER (WHERE language IS NOT NULL), '{}') AS languages
         FROM reports WHERE event_id = ANY($1::text[]) GROUP BY event_id) d
       WHERE e.id = d.event_id AND (e.search_text IS DISTINCT FROM d.search_text OR e.languages IS DISTINCT FROM d.languages)`,
      [[...newest.keys()]]
    )
    return fresh.length
  })
