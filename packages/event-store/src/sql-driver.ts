import { Context, type Effect, Schema } from "effect"

/** A statement the store sent failed: which backend, which statement (its first words), why. */
export class StoreSqlError extends Schema.TaggedError<StoreSqlError>()("StoreSqlError", {
  backend: Schema.String,
  statement: Schema.String,
  reason: Schema.String
}) {
  override get message() {
    return `event store (${this.backend}): ${this.reason} in «${this.statement}»`
  }
}

export type Backend = "pglite" | "postgres"

/** Runs one parameterised statement and returns its rows. */
export type SqlQuery = <Row = Record<string, unknown>>(
  text: string,
  params?: ReadonlyArray<unknown>
) => Effect.Effect<ReadonlyArray<Row>, StoreSqlError>

/**
 * The little the store needs from a database, met by both backends: PostgreSQL through
 * @effect/sql-pg and embedded PGlite. Statements use `$1` placeholders and return only text,
 * numbers, booleans, text arrays and jsonb, which both backends decode the same way.
 */
export class SqlDriver extends Context.Service<
  SqlDriver,
  {
    readonly backend: Backend
    readonly query: SqlQuery
    /** Runs `body` in one transaction; its statements must go through the `tx` it is given. */
    readonly transaction: <A, E>(body: (tx: SqlQuery) => Effect.Effect<A, E>) => Effect.Effect<A, E | StoreSqlError>
  }
>()("event-store/SqlDriver") {}

/** The first words of a statement, for error messages (never its parameters). */
export const statementHead = (text: string): string => text.replace(/\s+/g, " ").trim().slice(0, 80)
