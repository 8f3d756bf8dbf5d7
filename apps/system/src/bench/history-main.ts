/**
 * The event store's benchmark (a line of `pnpm bench`, run in a process of its own): fills a
 * fresh store with BENCH_HISTORY_EVENTS developments (default 100,000) on each backend — PGlite
 * in a temporary folder and, when it answers, a new database on the PostgreSQL server at
 * BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) — and prints one JSON
 * line per backend with the p50/p95 of the typical history queries.
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { eventStoreOver, pgliteDriverLayer, postgresDriverLayer, SqlDriver } from "@india-italy/event-store"
import { Effect, type Layer, ManagedRuntime } from "effect"
import { fillStore, measureQueries } from "./history-bench.ts"

const events = Number(process.env.BENCH_HISTORY_EVENTS ?? 100_000)
const rounds = Number(process.env.BENCH_HISTORY_ROUNDS ?? 200)
const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres"
const targetP95Ms = 50

const measure = async (backend: string, driver: Layer.Layer<SqlDriver, unknown>) => {
  const runtime = ManagedRuntime.make(eventStoreOver(driver))
  try {
    const fill = await runtime.runPromise(fillStore(events))
    const figures = await runtime.runPromise(measureQueries(rounds))
    const rss = Math.round(process.memoryUsage().rss / 1_048_576)
    console.log(
      JSON.stringify({
        name: "history_query_ms",
        backend,
        events,
        revisions: fill.revisions,
        fillSeconds: +fill.seconds.toFixed(1),
        p95: figures.overall.p95,
        p50: figures.overall.p50,
        target_p95: targetP95Ms,
        baselineSelect1P95: figures.queries.baseline_select_1?.p95,
        rounds,
        queries: figures.queries,
        rssMb: rss
      })
    )
  } finally {
    await runtime.dispose()
  }
}

const dir = mkdtempSync(join(tmpdir(), "iim-bench-history-"))
try {
  await measure("pglite", pgliteDriverLayer(dir))
} finally {
  rmSync(dir, { recursive: true, force: true })
}

const admin = ManagedRuntime.make(postgresDriverLayer(serverUrl, 1))
const adminQuery = (text: string) => admin.runPromise(Effect.flatMap(SqlDriver, (db) => db.query(text)))
const database = `iim_bench_${process.pid}_${Date.now().toString(36)}`
const reachable = await adminQuery(`CREATE DATABASE ${database}`).then(
  () => true,
  (error: unknown) => {
    console.log(
      JSON.stringify({
        name: "history_query_ms",
        backend: "postgres",
        skipped: `no PostgreSQL at ${serverUrl}: ${String(error)}`
      })
    )
    return false
  }
)
if (reachable) {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  try {
    await measure("postgres", postgresDriverLayer(url.toString(), 2))
  } finally {
    await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => undefined)
  }
}
await admin.dispose()
