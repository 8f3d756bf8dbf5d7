import { Effect, Result } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { EventStore } from "./event-store.ts"
import { parseEventFilters, type EventFilters } from "./filters.ts"
import { migrate } from "./migrations.ts"
import { SqlDriver } from "./sql-driver.ts"
import { developmentJobs, sampleDevelopments } from "./testing/fixtures.ts"
import { backends, type TestStore } from "./testing/test-databases.ts"

const filters = (query: Record<string, string>): EventFilters => {
  const parsed = parseEventFilters((name) => query[name])
  if (Result.isFailure(parsed)) throw new Error(parsed.failure.message)
  return parsed.success
}

const idsOf = (store: TestStore, query: Record<string, string>) =>
  store
    .run(Effect.flatMap(EventStore, (events) => events.query(filters(query))))
    .then((page) => page.events.map((entry) => entry.event.id))

const recordAll = (store: TestStore) =>
  store.run(
    Effect.gen(function* () {
      const events = yield* EventStore
      const outcomes: Array<string> = []
      for (const jobs of sampleDevelopments()) for (const job of jobs) outcomes.push(yield* events.record(job))
      return outcomes
    })
  )

describe.each(backends)("event store on $name", ({ stores }) => {
  const pool = stores()
  let store: TestStore
  beforeAll(async () => {
    store = await pool.open()
    await recordAll(store)
  })
  afterAll(async () => {
    await store?.dispose()
    await pool.close()
  })

  it("keeps every report of an event with its language, times, text and evidence, and every revision", async () => {
    const detail = await store.run(Effect.flatMap(EventStore, (events) => events.get("evt-defence-pact")))
    expect(detail?.event.revision).toBe(2)
    expect(detail?.eventDate).toBe("2025-03-02")
    expect(detail?.languages).toEqual(["en", "it"])
    expect(detail?.reports.map((report) => [report.itemId, report.outlet, report.language, report.revision])).toEqual([
      ["a1", "Wire A", "en", 1],
      ["a2", "Agenzia B", "it", 2]
    ])
    expect(detail?.reports[1]?.seenAt).toBe("2025-03-02T12:01:00.000Z")
    expect(detail?.reports[0]?.classification?.evidence.map((span) => span.tag)).toEqual([
      "eventType:agreement_signed",
      "sector:defence"
    ])
    expect(detail?.revisions.map((revision) => [revision.revision, revision.kind])).toEqual([
      [1, "new_event"],
      [2, "source_added"]
    ])
  })

  it("writes nothing when a revision is replayed, and a late older revision does not overwrite a newer one", async () => {
    const before = await store.run(Effect.flatMap(EventStore, (events) => events.counts()))
    const outcomes = await recordAll(store)
    expect(outcomes.every((outcome) => outcome === "duplicate")).toBe(true)
    expect(await store.run(Effect.flatMap(EventStore, (events) => events.counts()))).toEqual(before)

    const [first, second] = developmentJobs("evt-late", [
      { id: "l1", title: "First report", occurredOn: "2024-01-01" },
      { id: "l2", title: "Second report" }
    ])
    await store.run(Effect.flatMap(EventStore, (events) => events.record(second!)))
    expect(await store.run(Effect.flatMap(EventStore, (events) => events.record(first!)))).toBe("stored")
    const late = await store.run(Effect.flatMap(EventStore, (events) => events.get("evt-late")))
    expect(late?.event.revision).toBe(2)
    expect(late?.reports.map((report) => report.itemId)).toEqual(["l1", "l2"])
  })

  it("filters by sector, type, dates, actor, place and language", async () => {
    expect(await idsOf(store, { sector: "defence" })).toEqual(["evt-naval-exercise", "evt-defence-pact"])
    expect(await idsOf(store, { sector: "trade,migration_mobility" })).toEqual(["evt-migration", "evt-trade-target"])
    expect(await idsOf(store, { type: "military_exercise" })).toEqual(["evt-naval-exercise"])
    expect(await idsOf(store, { from: "2025-04-10", to: "2025-04-10" })).toEqual([
      "evt-naval-exercise",
      "evt-trade-target"
    ])
    expect(await idsOf(store, { actor: "meloni" })).toEqual(["evt-defence-pact"])
    expect(await idsOf(store, { place: "goa" })).toEqual(["evt-naval-exercise"])
    expect(await idsOf(store, { lang: "it", from: "2025-01-01" })).toEqual(["evt-migration", "evt-defence-pact"])
  })

  it("searches headlines and text in English and Italian", async () => {
    // English stemming: "exercises" finds "exercise"; Italian: "accordi" finds "accordo" (a2's headline).
    expect(await idsOf(store, { q: "exercises" })).toEqual(["evt-naval-exercise"])
    expect(await idsOf(store, { q: "accordi difesa" })).toEqual(["evt-defence-pact"])
    expect(await idsOf(store, { q: "lavoratori" })).toEqual(["evt-migration"])
    expect(await idsOf(store, { q: "billion euros" })).toEqual(["evt-trade-target"])
    expect(await idsOf(store, { q: "submarine" })).toEqual([])
  })

  it("finds accented words typed without their accents, in Italian and English, and the other way round", async () => {
    const accented = developmentJobs("evt-accents", [
      {
        id: "e1",
        title: "Città di Milano e Mumbai: intesa sulla libertà di stampa firmata a Cantù",
        text: "The Zürich-based mediator, Ana Pérez, hosted a naïve café summit in Bengaluru.",
        language: "it",
        occurredOn: "2023-05-05"
      }
    ])
    await store.run(Effect.flatMap(EventStore, (events) => events.record(accented[0]!)))
    // The Italian stemmer alone already trims a final accented vowel ("città" and "citta" → "citt")…
    expect(await idsOf(store, { q: "citta" })).toEqual(["evt-accents"])
    expect(await idsOf(store, { q: "liberta" })).toEqual(["evt-accents"])
    // …but not an accent inside a word, nor on a name it does not trim: folding finds those.
    expect(await idsOf(store, { q: "cantu" })).toEqual(["evt-accents"])
    expect(await idsOf(store, { q: "perez zurich" })).toEqual(["evt-accents"])
    expect(await idsOf(store, { q: "naive cafe" })).toEqual(["evt-accents"])
    expect(await idsOf(store, { q: "Cantù Pérez" })).toEqual(["evt-accents"])
    expect(await idsOf(store, { q: "cittadella" })).toEqual([])
  })

  it("rebuilds the search vectors stored before accents were folded when the migration runs", async () => {
    const oldStore = await pool.open()
    try {
      const [job] = developmentJobs("evt-old-vector", [
        { id: "o1", title: "Accordo firmato a Forlì da Ana Pérez", occurredOn: "2023-01-01" }
      ])
      await oldStore.run(Effect.flatMap(EventStore, (events) => events.record(job!)))
      // As the writer made vectors before migration 2, and with migration 2 not yet applied.
      await oldStore.run(
        Effect.flatMap(SqlDriver, (db) =>
          Effect.andThen(
            db.query(`UPDATE events e SET search = to_tsvector('english'::regconfig, d.search_text)
                || to_tsvector('italian'::regconfig, d.search_text) FROM event_documents d WHERE d.id = e.id`),
            db.query(`DELETE FROM store_migrations WHERE version = 2`)
          )
        )
      )
      expect(await idsOf(oldStore, { q: "perez" })).toEqual([])
      expect(await oldStore.run(migrate)).toEqual([2])
      expect(await idsOf(oldStore, { q: "perez" })).toEqual(["evt-old-vector"])
    } finally {
      await oldStore.dispose()
    }
  })

  it("pages through the timeline with a cursor, newest first, each event once", async () => {
    const seen: Array<string> = []
    let cursor: string | undefined
    do {
      const page = await store.run(
        Effect.flatMap(EventStore, (events) =>
          events.query(filters({ limit: "2", ...(cursor === undefined ? {} : { cursor }) }))
        )
      )
      seen.push(...page.events.map((entry) => entry.event.id))
      cursor = page.nextCursor
    } while (cursor !== undefined)
    expect(seen).toEqual(await idsOf(store, { limit: "100" }))
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen.slice(0, 4)).toEqual(["evt-migration", "evt-naval-exercise", "evt-trade-target", "evt-defence-pact"])
  })

  it("writes a batch as it writes revisions one by one, and a replayed batch adds nothing", async () => {
    const batchStore = await pool.open()
    try {
      const jobs = sampleDevelopments().flat()
      // Out of order and with a repeat, as a backfill may deliver them.
      const shuffled = [...jobs].reverse()
      expect(
        await batchStore.run(Effect.flatMap(EventStore, (events) => events.recordMany([...shuffled, jobs[0]!])))
      ).toBe(jobs.length)
      expect(await batchStore.run(Effect.flatMap(EventStore, (events) => events.recordMany(jobs)))).toBe(0)
      const withoutTimes = (detail: unknown) =>
        JSON.parse(JSON.stringify(detail, (key, value) => (key === "recordedAt" ? undefined : value)))
      for (const id of ["evt-defence-pact", "evt-migration"]) {
        const one = await store.run(Effect.flatMap(EventStore, (events) => events.get(id)))
        const batch = await batchStore.run(Effect.flatMap(EventStore, (events) => events.get(id)))
        expect(withoutTimes(batch)).toEqual(withoutTimes(one))
      }
      expect(await idsOf(batchStore, { q: "accordi difesa" })).toEqual(["evt-defence-pact"])
    } finally {
      await batchStore.dispose()
    }
  })

  it("keeps each alert that went out once, and gives them with the event", async () => {
    const posted = (channel: string, kind: "alert" | "reply" | "update", revision: number, ts: string) => ({
      eventId: "evt-defence-pact",
      revision,
      channel,
      kind,
      ts,
      postedAt: `2025-03-02T12:0${revision}:00.000Z`
    })
    const alerts = [
      posted("C0DEFENCE", "alert", 1, "1740916800.000100"),
      posted("C0ALL", "alert", 1, "1740916801.000100"),
      posted("C0DEFENCE", "reply", 2, "1740916860.000100")
    ]
    const record = (alert: (typeof alerts)[number]) =>
      store.run(Effect.flatMap(EventStore, (events) => events.recordAlert(alert)))
    const before = (await store.run(Effect.flatMap(EventStore, (events) => events.counts()))).alerts
    for (const alert of alerts) expect(await record(alert)).toBe("stored")
    // A retried record, even with another time or ts, is the same alert.
    expect(await record({ ...alerts[0]!, postedAt: "2025-03-03T00:00:00.000Z", ts: "1.2" })).toBe("duplicate")
    expect((await store.run(Effect.flatMap(EventStore, (events) => events.counts()))).alerts).toBe(before + 3)

    const detail = await store.run(Effect.flatMap(EventStore, (events) => events.get("evt-defence-pact")))
    expect(detail?.alerts?.map((alert) => [alert.channel, alert.kind, alert.revision, alert.ts])).toEqual([
      ["C0ALL", "alert", 1, "1740916801.000100"],
      ["C0DEFENCE", "alert", 1, "1740916800.000100"],
      ["C0DEFENCE", "reply", 2, "1740916860.000100"]
    ])
    const other = await store.run(Effect.flatMap(EventStore, (events) => events.get("evt-migration")))
    expect(other?.alerts).toEqual([])
  })

  it("applies the migrations once", async () => {
    expect(await store.run(migrate)).toEqual([])
  })
})
