import { fileURLToPath } from "node:url"
import { Config, Effect, Layer, Option, Redacted } from "effect"
import { EventStore } from "./event-store.ts"
import { migrate } from "./migrations.ts"
import { pgliteDriverLayer } from "./pglite-driver.ts"
import { postgresDriverLayer, redactDatabaseUrl } from "./postgres-driver.ts"
import type { SqlDriver } from "./sql-driver.ts"

/** The project's own data folder: `.data/events` at the repository root (gitignored). */
export const defaultEventsDbDir = fileURLToPath(new URL("../../../.data/events", import.meta.url))

/** DATABASE_URL picks PostgreSQL; without it the store is PGlite in EVENTS_DB_DIR. */
export const storeSettings = Config.all({
  // An empty DATABASE_URL counts as unset, as in most tools.
  databaseUrl: Config.option(Config.Redacted("DATABASE_URL")).pipe(
    Config.map(Option.filter((url) => Redacted.value(url).trim() !== ""))
  ),
  eventsDbDir: Config.String("EVENTS_DB_DIR").pipe(Config.withDefault(defaultEventsDbDir))
})

/** Where the store lives, for logs and messages (never a password). */
export const describeStore = (settings: {
  readonly databaseUrl: Option.Option<Redacted.Redacted<string>>
  readonly eventsDbDir: string
}) =>
  Option.match(settings.databaseUrl, {
    onNone: () => `PGlite in ${settings.eventsDbDir}`,
    onSome: (url) => `PostgreSQL at ${redactDatabaseUrl(Redacted.value(url))}`
  })

/** The driver the settings name, as a layer. */
export const driverFromConfig = Layer.unwrap(
  Effect.gen(function* () {
    const settings = yield* storeSettings
    yield* Effect.logInfo(`event store: ${describeStore(settings)}`)
    return Option.match(settings.databaseUrl, {
      onNone: () => pgliteDriverLayer(settings.eventsDbDir),
      onSome: (url) => postgresDriverLayer(Redacted.value(url))
    })
  })
)

/** The migrations, applied when the layer is built: nothing reads or writes before the schema is there. */
export const migrated = Layer.effectDiscard(migrate)

/** The store over a given driver, migrated first. */
export const eventStoreOver = <E, R>(driver: Layer.Layer<SqlDriver, E, R>) =>
  EventStore.layer.pipe(Layer.provide(migrated), Layer.provideMerge(driver))

/** The store over the configured backend (DATABASE_URL or EVENTS_DB_DIR), migrated at start. */
export const EventStoreLive = eventStoreOver(driverFromConfig)
