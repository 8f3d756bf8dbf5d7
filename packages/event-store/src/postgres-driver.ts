import { PgClient } from "@effect/sql-pg"
import { Effect, Layer, Redacted } from "effect"
import { SqlClient } from "effect/sql"
import { type SqlQuery, SqlDriver, StoreSqlError, statementHead } from "./sql-driver.ts"

/** The password-free form of a database URL, for messages. */
export const redactDatabaseUrl = (url: string): string => {
  try {
    const parsed = new URL(url)
    if (parsed.password !== "") parsed.password = "***"
    return parsed.toString()
  } catch {
    return "(unparseable DATABASE_URL)"
  }
}

/** The driver over a PostgreSQL server, through @effect/sql-pg's pool. */
export const postgresDriverLayer = (url: string, maxConnections = 4) =>
  Layer.effect(
    SqlDriver,
    Effect.gen(function* () {
      const sql = yield* SqlClient.SqlClient
      const query: SqlQuery = <Row>(text: string, params: ReadonlyArray<unknown> = []) =>
        sql
          .unsafe<Row & object>(text, params)
          .pipe(
            Effect.mapError(
              (error) =>
                new StoreSqlError({ backend: "postgres", statement: statementHead(text), reason: describe(error) })
            )
          ) as Effect.Effect<ReadonlyArray<Row>, StoreSqlError>
      const transaction = <A, E>(body: (tx: SqlQuery) => Effect.Effect<A, E>) =>
        sql
          .withTransaction(body(query))
          .pipe(
            Effect.mapError((error) =>
              error instanceof StoreSqlError || !isSqlError(error)
                ? (error as E | StoreSqlError)
                : new StoreSqlError({ backend: "postgres", statement: "transaction", reason: describe(error) })
            )
          )
      return SqlDriver.of({ backend: "postgres", query, transaction })
    })
  ).pipe(
    Layer.provide(PgClient.layer({ url: Redacted.make(url), maxConnections })),
    // A server that cannot be reached at start is the store's error, named with the (redacted) URL.
    Layer.catchTag("SqlError", (error) =>
      Layer.effect(
        SqlDriver,
        Effect.fail(
          new StoreSqlError({
            backend: "postgres",
            statement: `connect ${redactDatabaseUrl(url)}`,
            reason: describe(error)
          })
        )
      )
    )
  )

const isSqlError = (error: unknown): boolean =>
  typeof error === "object" && error !== null && "_tag" in error && (error as { _tag: unknown })._tag === "SqlError"

/** The database's own message when there is one (SqlError wraps it in `cause`). */
const describe = (error: unknown): string => {
  let current: unknown = error
  for (let depth = 0; depth < 4 && typeof current === "object" && current !== null; depth++) {
    const cause = (current as { cause?: unknown }).cause
    if (cause === undefined) break
    current = cause
  }
  return current instanceof Error ? current.message : String((current as { message?: unknown })?.message ?? current)
}
