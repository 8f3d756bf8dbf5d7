import type {
  AlertRecord,
  ArchiveJob,
  BilateralEvent,
  ClassifiedItem,
  HistoryEvent,
  HistoryEventDetail,
  HistoryPage,
  StoredAlert,
  StoredReport,
  StoredRevision
} from "@india-italy/domain"
import { Context, Effect, Layer } from "effect"
import {
  canonicalTime,
  eventColumnNames,
  eventColumns,
  maxSearchChars,
  reportRows,
  searchVectorSql,
  type ReportRow
} from "./event-rows.ts"
import { writeRevisionBatch } from "./batch-write.ts"
import { timelineQuery } from "./event-query.ts"
import { encodeCursor, type EventFilters } from "./filters.ts"
import { type SqlQuery, SqlDriver, type StoreSqlError } from "./sql-driver.ts"

export type RecordOutcome = "stored" | "duplicate"

/** Revisions written between two ANALYZE runs (statistics for the query planner). */
const analyseEvery = 5_000

interface Revision {
  readonly event: BilateralEvent
  readonly kind: StoredRevision["kind"]
  readonly alert: boolean
  readonly recordedAt: string
  /** Reports stored in full: they replace what is there (an edited report). */
  readonly full: ReadonlyArray<ReportRow>
  /** Reports only listed by the event: they fill gaps and change nothing stored. */
  readonly listed: ReadonlyArray<ReportRow>
}

const upsertEvent = `INSERT INTO events (${eventColumnNames.join(", ")})
  VALUES ($1, $2, $3, $4, $5, $6, $7::text[], $8::text[], $9, $10, $11, $12)
  ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, event_date = excluded.event_date,
    updated_at = excluded.updated_at, event_type = excluded.event_type, event_types = excluded.event_types,
    sectors = excluded.sectors, actor_names = excluded.actor_names, place_names = excluded.place_names,
    status = excluded.status, confidence = excluded.confidence
  WHERE events.revision < excluded.revision`

const upsertDocument = `INSERT INTO event_documents (id, revision, headline, document) VALUES ($1, $2, $3, $4::jsonb)
  ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, headline = excluded.headline,
    document = excluded.document
  WHERE event_documents.revision < excluded.revision`

const reportInsert = `INSERT INTO reports (event_id, item_id, revision, headline, url, outlet, language,
  published, seen_at, body,
    classification) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb)`

// An edit replaces the report's content; when and in which revision it was first seen stay.
const upsertFullReport = `${reportInsert} ON CONFLICT (event_id, item_id) DO UPDATE SET headline = excluded.headline,
  url = excluded.url, outlet = excluded.outlet, language = COALESCE(excluded.language, reports.language),
  published = excluded.published, body = COALESCE(excluded.body, reports.body),
  classification = COALESCE(excluded.classification, reports.classification)`

const insertListedReport = `${reportInsert} ON CONFLICT (event_id, item_id) DO NOTHING`

/**
 * What the search index and the language filter see of the events `$1` names, derived from their
 * reports: the text (headlines, then each report's text) and its English and Italian vector are
 * rewritten only where the text changed, so an event whose reports all came at once is not
 * written twice.
 */
const refreshDerived = `WITH derived AS (
    SELECT event_id,
      left(string_agg(headline || ' ' || COALESCE(left(body, 4000), ''), ' ' ORDER BY seen_at, item_id),
        ${maxSearchChars}) AS search_text,
      COALESCE(array_agg(DISTINCT language ORDER BY language) FILTER (WHERE language IS NOT NULL), '{}') AS languages
    FROM reports WHERE event_id = ANY($1::text[]) GROUP BY event_id),
  changed AS (
    UPDATE event_documents d SET search_text = derived.search_text FROM derived
    WHERE d.id = derived.event_id AND d.search_text IS DISTINCT FROM derived.search_text RETURNING d.id)
  UPDATE events e SET languages = derived.languages,
    search = ${searchVectorSql("derived.search_text")}
  FROM derived
  WHERE e.id = derived.event_id
    AND (e.id IN (SELECT id FROM changed) OR e.languages IS DISTINCT FROM derived.languages)`

const reportParams = (eventId: string, row: ReportRow) => [
  eventId,
  row.itemId,
  row.revision,
  row.headline,
  row.url,
  row.outlet,
  row.language,
  row.published,
  row.seenAt,
  row.body,
  row.classification === null ? null : JSON.stringify(row.classification)
]

/** One revision in one transaction; nothing when (event id, revision) is already stored. */
const writeRevision = (tx: SqlQuery, revision: Revision) =>
  Effect.gen(function* () {
    const { event } = revision
    const inserted = yield* tx(
      `INSERT INTO event_revisions (event_id, revision, kind, alert, recorded_at, document) VALUES ($1, $2, $3,
        $4, $5, $6::jsonb)
       ON CONFLICT (event_id, revision) DO NOTHING RETURNING revision`,
      [event.id, event.revision, revision.kind, revision.alert, revision.recordedAt, JSON.stringify(event)]
    )
    if (inserted.length === 0) return "duplicate" as const
    yield* tx(upsertEvent, eventColumns(event))
    yield* tx(upsertDocument, [event.id, event.revision, event.classification.title, JSON.stringify(event)])
    for (const row of revision.full) yield* tx(upsertFullReport, reportParams(event.id, row))
    for (const row of revision.listed) yield* tx(insertListedReport, reportParams(event.id, row))
    yield* tx(refreshDerived, [[event.id]])
    return "stored" as const
  })

interface TimelineRow {
  readonly document: BilateralEvent
  readonly event_date: string
  readonly first_seen: string
  readonly id: string
  readonly languages: ReadonlyArray<string>
}

interface ReportRecord {
  readonly item_id: string
  readonly revision: number
  readonly headline: string
  readonly url: string | null
  readonly outlet: string | null
  readonly language: string | null
  readonly published: string | null
  readonly seen_at: string
  readonly classification: ClassifiedItem | null
}

interface AlertRow {
  readonly revision: number
  readonly channel: string
  readonly kind: StoredAlert["kind"]
  readonly slack_ts: string
  readonly posted_at: string
}

const storedAlert = (row: AlertRow): StoredAlert => ({
  revision: row.revision,
  channel: row.channel,
  kind: row.kind,
  ts: row.slack_ts,
  postedAt: row.posted_at
})

const optional = <K extends string>(key: K, value: string | null) =>
  value === null ? {} : ({ [key]: value } as Record<K, string>)

const storedReport = (row: ReportRecord): StoredReport => ({
  itemId: row.item_id,
  headline: row.headline,
  ...optional("url", row.url),
  ...optional("outlet", row.outlet),
  ...optional("language", row.language),
  ...optional("published", row.published),
  seenAt: row.seen_at,
  revision: row.revision,
  ...(row.classification === null ? {} : { classification: row.classification })
})

/**
 * The event store: every event revision the pipeline produced, with its reports, their
 * evidence and text, kept for good. Writing is idempotent per (event id, revision).
 */
export class EventStore extends Context.Service<
  EventStore,
  {
    readonly backend: SqlDriver["Service"]["backend"]
    readonly record: (job: ArchiveJob) => Effect.Effect<RecordOutcome, StoreSqlError>
    /** Many revisions in one transaction (backfills, the benchmark); returns how many were new. */
    readonly recordMany: (jobs: ReadonlyArray<ArchiveJob>) => Effect.Effect<number, StoreSqlError>
    /** An event read back from Redis (`pnpm events import`) with the reports that joined it. */
    readonly importEvent: (
      event: BilateralEvent,
      members: ReadonlyArray<ClassifiedItem>
    ) => Effect.Effect<RecordOutcome, StoreSqlError>
    /** An alert the notifier posted; nothing when (event id, revision, channel, kind) is already stored. */
    readonly recordAlert: (alert: AlertRecord) => Effect.Effect<RecordOutcome, StoreSqlError>
    readonly query: (filters: EventFilters) => Effect.Effect<HistoryPage, StoreSqlError>
    readonly get: (id: string) => Effect.Effect<HistoryEventDetail | undefined, StoreSqlError>
    readonly counts: () => Effect.Effect<
      { readonly events: number; readonly revisions: number; readonly reports: number; readonly alerts: number },
      StoreSqlError
    >
  }
>()("event-store/EventStore") {
  static readonly layer = Layer.effect(
    EventStore,
    Effect.gen(function* () {
      const db = yield* SqlDriver
      // PGlite runs no autovacuum: without fresh statistics the planner would guess how selective a
      // sector or a search is. Analysed at start and again every `analyseEvery` revisions written.
      let writtenSinceAnalyse = 0
      const analyseNow = db.query("ANALYZE").pipe(Effect.asVoid)
      const wrote = (revisions: number) => {
        writtenSinceAnalyse += revisions
        if (writtenSinceAnalyse < analyseEvery) return Effect.void
        writtenSinceAnalyse = 0
        return analyseNow
      }
      yield* analyseNow

      const record = Effect.fn("EventStore.record")(function* (job: ArchiveJob) {
        const outcome = yield* writeOne(job)
        if (outcome === "stored") yield* wrote(1)
        return outcome
      })

      const writeOne = (job: ArchiveJob) => {
        const { full, listed } = reportRows(job)
        const { notice } = job
        return db.transaction((tx) =>
          writeRevision(tx, {
            event: notice.event,
            kind: notice.kind,
            alert: notice.alert,
            recordedAt: new Date().toISOString(),
            full: full === undefined ? [] : [full],
            listed
          })
        )
      }

      const importEvent = Effect.fn("EventStore.importEvent")(function* (
        event: BilateralEvent,
        members: ReadonlyArray<ClassifiedItem>
      ) {
        const job: ArchiveJob = { notice: { kind: "new_event", event, alert: false }, seenAt: event.updatedAt }
        const { listed } = reportRows(job)
        const byId = new Map(members.map((member) => [member.id, member]))
        const now = new Date().toISOString()
        const rows = listed.map((row) => ({
          ...row,
          classification: byId.get(row.itemId) ?? null,
          seenAt: canonicalTime(row.seenAt, now)
        }))
        return yield* db.transaction((tx) =>
          writeRevision(tx, { event, kind: "imported", alert: false, recordedAt: now, full: rows, listed: [] })
        )
      })

      const query = Effect.fn("EventStore.query")(function* (filters: EventFilters) {
        const statement = timelineQuery(filters)
        const rows = yield* db.query<TimelineRow>(statement.text, statement.params)
        const page = rows.slice(0, filters.limit)
        const events: Array<HistoryEvent> = page.map((row) => ({
          event: row.document,
          eventDate: row.event_date,
          languages: row.languages
        }))
        const last = page[page.length - 1]
        return rows.length > filters.limit && last !== undefined
          ? {
              events,
              nextCursor: encodeCursor({ eventDate: last.event_date, firstSeen: last.first_seen, id: last.id })
            }
          : { events }
      })

      const get = Effect.fn("EventStore.get")(function* (id: string) {
        const [row] = yield* db.query<TimelineRow>(
          `SELECT d.document, e.event_date, e.first_seen, e.id, e.languages
           FROM events e JOIN event_documents d ON d.id = e.id WHERE e.id = $1`,
          [id]
        )
        if (row === undefined) return undefined
        const reports = yield* db.query<ReportRecord>(
          `SELECT item_id, revision, headline, url, outlet, language, published, seen_at, classification
           FROM reports WHERE event_id = $1 ORDER BY seen_at, item_id`,
          [id]
        )
        const revisions = yield* db.query<{
          revision: number
          kind: StoredRevision["kind"]
          alert: boolean
          recorded_at: string
        }>(`SELECT revision, kind, alert, recorded_at FROM event_revisions WHERE event_id = $1 ORDER BY revision`, [id])
        const alerts = yield* db.query<AlertRow>(
          `SELECT revision, channel, kind, slack_ts, posted_at FROM alerts WHERE event_id = $1
           ORDER BY posted_at, channel, revision, kind`,
          [id]
        )
        return {
          event: row.document,
          eventDate: row.event_date,
          languages: row.languages,
          reports: reports.map(storedReport),
          revisions: revisions.map((revision) => ({
            revision: revision.revision,
            kind: revision.kind,
            alert: revision.alert,
            recordedAt: revision.recorded_at
          })),
          alerts: alerts.map(storedAlert)
        } satisfies HistoryEventDetail
      })

      const counts = Effect.fn("EventStore.counts")(function* () {
        const [row] = yield* db.query<{ events: number; revisions: number; reports: number; alerts: number }>(
          `SELECT (SELECT count(*) FROM events)::int AS events,
             (SELECT count(*) FROM event_revisions)::int AS revisions,
             (SELECT count(*) FROM reports)::int AS reports,
             (SELECT count(*) FROM alerts)::int AS alerts`
        )
        return row ?? { events: 0, revisions: 0, reports: 0, alerts: 0 }
      })

      const recordMany = Effect.fn("EventStore.recordMany")(function* (jobs: ReadonlyArray<ArchiveJob>) {
        if (jobs.length === 0) return 0
        const written = yield* db.transaction((tx) =>
          writeRevisionBatch(tx, jobs, new Date().toISOString(), refreshDerived)
        )
        yield* wrote(written)
        return written
      })

      const recordAlert = Effect.fn("EventStore.recordAlert")(function* (alert: AlertRecord) {
        const inserted = yield* db.query(
          `INSERT INTO alerts (event_id, revision, channel, kind, slack_ts, posted_at) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (event_id, revision, channel, kind) DO NOTHING RETURNING revision`,
          [alert.eventId, alert.revision, alert.channel, alert.kind, alert.ts, alert.postedAt]
        )
        return inserted.length === 0 ? ("duplicate" as const) : ("stored" as const)
      })

      return EventStore.of({ backend: db.backend, record, recordMany, recordAlert, importEvent, query, get, counts })
    })
  )
}
