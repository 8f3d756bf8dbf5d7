import { EventStore } from "@india-italy/event-store"
import { pgliteStores } from "@india-italy/event-store/testing"
import { Effect } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import { fillStore, measureQueries } from "./history-bench.ts"
import { benchJobs } from "./history-events.ts"

describe("the event store benchmark", () => {
  const pool = pgliteStores()
  afterAll(() => pool.close())

  it("fills the store with the developments it names and times every kind of history query", async () => {
    const store = await pool.open()
    try {
      const jobs = [...benchJobs(300)]
      const fill = await store.run(fillStore(300, 100))
      expect(fill.revisions).toBe(jobs.length)
      expect((await store.run(Effect.flatMap(EventStore, (events) => events.counts()))).events).toBe(300)
      const figures = await store.run(measureQueries(3))
      expect(Object.keys(figures.queries).sort()).toEqual(
        [
          "baseline_select_1",
          "event_detail",
          "fifth_page",
          "search",
          "search_sector",
          "sector",
          "sector_year",
          "timeline"
        ].sort()
      )
      for (const [name, summary] of Object.entries(figures.queries)) {
        expect(summary.p95, name).toBeGreaterThan(0)
        expect(summary.p95, name).toBeGreaterThanOrEqual(summary.p50)
      }
    } finally {
      await store.dispose()
    }
  }, 120_000)

  it("generates the same developments every run, a third of the reports in Italian", () => {
    const first = [...benchJobs(200)]
    expect([...benchJobs(200)]).toEqual(first)
    const languages = first.map((job) => job.report?.language)
    const italian = languages.filter((language) => language === "it").length / languages.length
    expect(italian).toBeGreaterThan(0.2)
    expect(italian).toBeLessThan(0.45)
  })
})
