import { randomBytes } from "node:crypto"
import type { PGlite } from "@electric-sql/pglite"
import { type Context, Effect, Layer, ManagedRuntime } from "effect"
import { EventStore } from "../event-store.ts"
import { migrate } from "../migrations.ts"
import { makePGliteDriver, openPGlite } from "../pglite-driver.ts"
import { postgresDriverLayer } from "../postgres-driver.ts"
import { SqlDriver } from "../sql-driver.ts"

/** The PostgreSQL server the tests use (CI starts one on this address; `.ci/run` sees to it). */
export const testServerUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres"

const uniqueName = (prefix: string) => `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`

/** A store with a runtime to run effects on, and how to drop it. */
export interface TestStore {
  readonly run: <A, E>(effect: Effect.Effect<A, E, EventStore | SqlDriver>) => Promise<A>
  /** The store's services, to provide to layers under test (a web server). */
  readonly context: () => Promise<Context.Context<EventStore | SqlDriver>>
  readonly dispose: () => Promise<void>
}

const storeRuntime = (driver: Layer.Layer<SqlDriver, unknown>) => {
  const layer = EventStore.layer.pipe(Layer.provideMerge(Layer.effectDiscard(migrate).pipe(Layer.provideMerge(driver))))
  return ManagedRuntime.make(layer)
}

/**
 * PGlite: one in-memory instance per test file (initdb takes seconds), a fresh schema per store.
 * The extensions live in `public`, as in a store of its own, and each schema's search path ends
 * there: created in a test's schema, they would go when that schema is dropped.
 */
export const pgliteStores = () => {
  let db: Promise<PGlite> | undefined
  const instance = () =>
    (db ??= Effect.runPromise(openPGlite(undefined)).then(async (opened) => {
      await opened.query("CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public")
      return opened
    }))
  return {
    open: async (): Promise<TestStore> => {
      const shared = await instance()
      const schema = uniqueName("t")
      await shared.query(`CREATE SCHEMA ${schema}`)
      const runtime = storeRuntime(Layer.succeed(SqlDriver, makePGliteDriver(shared, `${schema}, public`)))
      return {
        run: (effect) => runtime.runPromise(effect),
        context: () => runtime.context(),
        dispose: async () => {
          await runtime.dispose()
          await shared.query(`DROP SCHEMA ${schema} CASCADE`)
        }
      }
    },
    close: async () => (await db)?.close()
  }
}

/** PostgreSQL: a database of the store's own on the test server, dropped afterwards. */
export const postgresStores = () => {
  const admin = ManagedRuntime.make(postgresDriverLayer(testServerUrl, 1))
  const adminQuery = (text: string) => admin.runPromise(Effect.flatMap(SqlDriver, (db) => db.query(text)))
  return {
    open: async (): Promise<TestStore> => {
      const name = uniqueName("iim_test")
      await adminQuery(`CREATE DATABASE ${name}`)
      const url = new URL(testServerUrl)
      url.pathname = `/${name}`
      const runtime = storeRuntime(postgresDriverLayer(url.toString(), 2))
      return {
        run: (effect) => runtime.runPromise(effect),
        context: () => runtime.context(),
        dispose: async () => {
          await runtime.dispose()
          await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        }
      }
    },
    close: () => admin.dispose()
  }
}

export const backends = [
  { name: "PGlite", stores: pgliteStores },
  { name: "PostgreSQL", stores: postgresStores }
] as const
