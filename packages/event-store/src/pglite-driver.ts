import { mkdirSync } from "node:fs"
import { PGlite } from "@electric-sql/pglite"
import { unaccent } from "@electric-sql/pglite/contrib/unaccent"
import { Effect, Layer, Semaphore } from "effect"
import { lockDataDir } from "./data-dir-lock.ts"
import { type SqlQuery, SqlDriver, StoreSqlError, statementHead } from "./sql-driver.ts"

const failure = (text: string, error: unknown) =>
  new StoreSqlError({
    backend: "pglite",
    statement: statementHead(text),
    reason: error instanceof Error ? error.message : String(error)
  })

/**
 * The extensions the migrations create. PGlite must be given them on every open, not only the
 * first: a folder where one was created fails to open without it.
 */
export const pgliteExtensions = { unaccent }

/** Opens PGlite in `dataDir` (created when missing; an in-memory database when undefined). */
export const openPGlite = (dataDir: string | undefined) =>
  Effect.tryPromise({
    try: async () => {
      if (dataDir !== undefined) mkdirSync(dataDir, { recursive: true })
      const db = new PGlite({ ...(dataDir === undefined ? {} : { dataDir }), extensions: pgliteExtensions })
      await db.waitReady
      return db
    },
    catch: (error) => failure(`open ${dataDir ?? "memory"}`, error)
  })

/**
 * The driver over an open PGlite. PGlite is one connection: a transaction is BEGIN … COMMIT on
 * it, so a semaphore keeps every other statement out until the transaction ends. `searchPath`
 * lets tests give each case a fresh schema in one shared instance (initdb per test is slow).
 */
export const makePGliteDriver = (db: PGlite, searchPath?: string) => {
  const lock = Semaphore.makeUnsafe(1)
  const raw: SqlQuery = <Row>(text: string, params: ReadonlyArray<unknown> = []) =>
    Effect.tryPromise({
      try: async () => (await db.query<Row>(text, [...params])).rows,
      catch: (error) => failure(text, error)
    })
  const setPath = searchPath === undefined ? Effect.void : raw(`SET search_path TO ${searchPath}`).pipe(Effect.asVoid)
  const query: SqlQuery = <Row>(text: string, params?: ReadonlyArray<unknown>) =>
    lock.withPermits(1)(Effect.andThen(setPath, raw<Row>(text, params)))
  const transaction = <A, E>(body: (tx: SqlQuery) => Effect.Effect<A, E>) =>
    lock.withPermits(1)(
      Effect.gen(function* () {
        yield* setPath
        yield* raw("BEGIN")
        const exit = yield* Effect.exit(body(raw))
        yield* raw(exit._tag === "Success" ? "COMMIT" : "ROLLBACK")
        return yield* exit
      })
    )
  return SqlDriver.of({ backend: "pglite", query, transaction })
}

/** The PGlite driver as a layer: opens the data folder, closes it with the scope. */
export const pgliteDriverLayer = (dataDir: string | undefined) =>
  Layer.effect(
    SqlDriver,
    Effect.gen(function* () {
      if (dataDir !== undefined) {
        mkdirSync(dataDir, { recursive: true })
        yield* lockDataDir(dataDir)
      }
      const db = yield* Effect.acquireRelease(openPGlite(dataDir), (db) =>
        Effect.promise(() => db.close().catch(() => undefined))
      )
      return makePGliteDriver(db)
    })
  )
