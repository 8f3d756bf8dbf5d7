import { Effect } from "effect"
import { SqlDriver } from "./sql-driver.ts"

/**
 * The schema, as numbered migrations applied in order at start, the same on PostgreSQL and
 * PGlite. A migration is never edited once released: a change is a new migration. Names are
 * unqualified so a test can apply them in a schema of its own.
 */
export const migrations: ReadonlyArray<{
  readonly version: number
  readonly name: string
  readonly statements: ReadonlyArray<string>
}> = [
  {
    version: 1,
    name: "events, revisions, reports",
    statements: [
      // What the timeline filters and orders by, kept narrow so a query that walks many rows reads
      // few pages; the documents live beside it in event_documents.
      `CREATE TABLE events (
        id text PRIMARY KEY,
        revision int NOT NULL,
        event_date text NOT NULL,
        first_seen text NOT NULL,
        updated_at text NOT NULL,
        event_type text NOT NULL,
        event_types text[] NOT NULL,
        sectors text[] NOT NULL,
        languages text[] NOT NULL DEFAULT '{}',
        actor_names text NOT NULL,
        place_names text NOT NULL,
        status text NOT NULL,
        confidence real NOT NULL,
        search tsvector NOT NULL DEFAULT ''::tsvector
      )`,
      // The timeline's order, newest first; the keyset cursor walks this index.
      `CREATE INDEX events_timeline ON events (event_date DESC, first_seen DESC, id DESC)`,
      `CREATE INDEX events_sectors ON events USING gin (sectors)`,
      `CREATE INDEX events_types ON events USING gin (event_types)`,
      `CREATE INDEX events_search ON events USING gin (search)`,
      // The newest revision's BilateralEvent, and the text its search vector was made from.
      `CREATE TABLE event_documents (
        id text PRIMARY KEY,
        revision int NOT NULL,
        headline text NOT NULL,
        document jsonb NOT NULL,
        search_text text NOT NULL DEFAULT ''
      )`,
      `CREATE TABLE event_revisions (
        event_id text NOT NULL,
        revision int NOT NULL,
        kind text NOT NULL,
        alert boolean NOT NULL,
        recorded_at text NOT NULL,
        document jsonb NOT NULL,
        PRIMARY KEY (event_id, revision)
      )`,
      `CREATE TABLE reports (
        event_id text NOT NULL,
        item_id text NOT NULL,
        revision int NOT NULL,
        headline text NOT NULL,
        url text,
        outlet text,
        language text,
        published text,
        seen_at text NOT NULL,
        body text,
        classification jsonb,
        PRIMARY KEY (event_id, item_id)
      )`
    ]
  },
  {
    version: 2,
    name: "accent-insensitive search",
    statements: [
      // Bundled with PGlite; on a server it ships with PostgreSQL's contrib modules and is a
      // trusted extension (PostgreSQL 13+): a role allowed to create in the database may add it.
      `CREATE EXTENSION IF NOT EXISTS unaccent`,
      // Every stored vector rebuilt from its text with accents folded, as the writer now makes them.
      `UPDATE events e SET search = to_tsvector('english'::regconfig, unaccent(d.search_text))
          || to_tsvector('italian'::regconfig, unaccent(d.search_text))
        FROM event_documents d WHERE d.id = e.id`
    ]
  },
  {
    version: 3,
    name: "alerts",
    statements: [
      // The alerts that went out, one per (event, revision, channel, kind): the key that makes a
      // retried or replayed record add nothing. No reference to events: a record may come in
      // before the revision it names (the notifier and the worker feed the queue separately).
      `CREATE TABLE alerts (
        event_id text NOT NULL,
        revision int NOT NULL,
        channel text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('alert', 'reply', 'update')),
        slack_ts text NOT NULL,
        posted_at text NOT NULL,
        PRIMARY KEY (event_id, revision, channel, kind)
      )`
    ]
  }
]

/** Any fixed number: every process migrating the same database takes this lock first. */
const migrationLock = 7_201_917

/** Applies the migrations not yet applied, each in its own transaction; returns the versions applied. */
export const migrate = Effect.gen(function* () {
  const db = yield* SqlDriver
  yield* db.query(
    `CREATE TABLE IF NOT EXISTS store_migrations
      (version int PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)`
  )
  const applied: Array<number> = []
  for (const migration of migrations) {
    const ran = yield* db.transaction((tx) =>
      Effect.gen(function* () {
        yield* tx(`SELECT pg_advisory_xact_lock(${migrationLock})`)
        const done = yield* tx(`SELECT 1 FROM store_migrations WHERE version = $1`, [migration.version])
        if (done.length > 0) return false
        for (const statement of migration.statements) yield* tx(statement)
        yield* tx(`INSERT INTO store_migrations (version, name, applied_at) VALUES ($1, $2, $3)`, [
          migration.version,
          migration.name,
          new Date().toISOString()
        ])
        return true
      })
    )
    if (ran) applied.push(migration.version)
  }
  return applied
})
