import { sectorIds } from "@india-italy/domain"
import { EventStore, parseEventFilters, SqlDriver, type EventFilters } from "@india-italy/event-store"
import { Effect, Result } from "effect"
import { benchJobs, benchSearchTerms, seededRandom } from "./history-events.ts"

const filtersOf = (query: Record<string, string>): EventFilters => {
  const parsed = parseEventFilters((name) => query[name])
  if (Result.isFailure(parsed)) throw new Error(parsed.failure.message)
  return parsed.success
}

const percentile = (sorted: ReadonlyArray<number>, p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

const summary = (samples: ReadonlyArray<number>) => {
  const sorted = [...samples].sort((a, b) => a - b)
  return {
    p50: +percentile(sorted, 50).toFixed(2),
    p95: +percentile(sorted, 95).toFixed(2),
    max: +(sorted[sorted.length - 1] ?? 0).toFixed(2)
  }
}

/** Fills the store with `events` developments through recordMany, in batches. */
export const fillStore = (events: number, batchSize = 1_000) =>
  Effect.gen(function* () {
    const store = yield* EventStore
    const started = performance.now()
    let batch = []
    let revisions = 0
    for (const job of benchJobs(events)) {
      batch.push(job)
      if (batch.length >= batchSize) {
        revisions += yield* store.recordMany(batch)
        batch = []
      }
    }
    revisions += yield* store.recordMany(batch)
    const seconds = (performance.now() - started) / 1000
    yield* (yield* SqlDriver).query("ANALYZE")
    return { seconds, revisions }
  })

/**
 * The history queries an analyst makes, each run `rounds` times with varied parameters: the
 * timeline's first page, a sector, a sector over a year, a search, a search in a sector, the
 * fifth page by cursor, one event with its reports. The baseline is `SELECT 1` on the same
 * connection: what a round trip alone costs on this backend.
 */
export const measureQueries = (rounds: number) =>
  Effect.gen(function* () {
    const store = yield* EventStore
    const db = yield* SqlDriver
    const random = seededRandom(5)
    const pick = <T>(list: ReadonlyArray<T>) => list[Math.floor(random() * list.length)]!
    const timed = function* <A, E>(effect: Effect.Effect<A, E>) {
      const started = performance.now()
      const value = yield* effect
      return { value, ms: performance.now() - started }
    }
    const fifthPageCursor = yield* Effect.gen(function* () {
      let cursor: string | undefined
      for (let page = 0; page < 4; page++)
        cursor = (yield* store.query(filtersOf(cursor === undefined ? {} : { cursor }))).nextCursor
      return cursor!
    })
    const someIds = (yield* store.query(filtersOf({ limit: "200" }))).events.map((entry) => entry.event.id)
    const kinds: Record<string, () => Effect.Effect<unknown, unknown>> = {
      timeline: () => store.query(filtersOf({})),
      sector: () => store.query(filtersOf({ sector: pick(sectorIds) })),
      sector_year: () => {
        const year = 2021 + Math.floor(random() * 5)
        return store.query(filtersOf({ sector: pick(sectorIds), from: `${year}-01-01`, to: `${year}-12-31` }))
      },
      search: () => store.query(filtersOf({ q: pick(benchSearchTerms) })),
      search_sector: () => store.query(filtersOf({ q: pick(benchSearchTerms), sector: pick(sectorIds) })),
      fifth_page: () => store.query(filtersOf({ cursor: fifthPageCursor })),
      event_detail: () => store.get(pick(someIds)),
      baseline_select_1: () => db.query("SELECT 1")
    }
    // One untimed pass warms caches and the JIT.
    for (const run of Object.values(kinds)) for (let round = 0; round < 5; round++) yield* run()
    const samples: Record<string, Array<number>> = Object.fromEntries(Object.keys(kinds).map((name) => [name, []]))
    for (let round = 0; round < rounds; round++) {
      for (const [name, run] of Object.entries(kinds)) samples[name]!.push((yield* timed(run())).ms)
    }
    const all = Object.entries(samples)
      .filter(([name]) => name !== "baseline_select_1")
      .flatMap(([, values]) => values)
    return {
      queries: Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, summary(values)])),
      overall: summary(all)
    }
  })
