import { HistoryEventDetail, HistoryPage } from "@india-italy/domain"
import { EventStore } from "@india-italy/event-store"
import { developmentJobs, pgliteStores, sampleDevelopments, type TestStore } from "@india-italy/event-store/testing"
import { ConfigProvider, Effect, Layer, ManagedRuntime, Schema } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { WebServer } from "./web-server.ts"

const pool = pgliteStores()
let store: TestStore
let web: ManagedRuntime.ManagedRuntime<WebServer, unknown>
let base: string

const get = async (path: string) => {
  const response = await fetch(`${base}${path}`)
  return { status: response.status, type: response.headers.get("content-type") ?? "", text: await response.text() }
}
const getJson = async (path: string) => {
  const response = await get(path)
  return { ...response, body: JSON.parse(response.text) as Record<string, unknown> }
}
const idsOf = (body: unknown) => Schema.decodeUnknownSync(HistoryPage)(body).events.map((entry) => entry.event.id)

beforeAll(async () => {
  store = await pool.open()
  await store.run(
    Effect.gen(function* () {
      const events = yield* EventStore
      for (const job of sampleDevelopments().flat()) yield* events.record(job)
      const [hostile] = developmentJobs("evt-hostile", [
        { id: "x1", title: "=cmd|' /C calc'!A0 <b>bold</b>", occurredOn: "2024-01-05" }
      ])
      yield* events.record(hostile!)
      yield* events.recordAlert({
        eventId: "evt-defence-pact",
        revision: 1,
        channel: "C0DEFENCE",
        kind: "alert",
        ts: "1740916800.000100",
        postedAt: "2025-03-02T12:00:01.000Z"
      })
    })
  )
  const context = await store.context()
  web = ManagedRuntime.make(
    WebServer.layer.pipe(
      Layer.provide(Layer.succeedContext(context)),
      Layer.provide(ConfigProvider.layer(ConfigProvider.fromUnknown({ WEB_PORT: "0" })))
    )
  )
  base = (await web.runPromise(Effect.map(WebServer, (server) => server))).url
})

afterAll(async () => {
  await web?.dispose()
  await store?.dispose()
  await pool.close()
})

describe("the history API", () => {
  it("lists events newest first as a HistoryPage, filtered by sector, type, dates and text", async () => {
    const all = await getJson("/api/events")
    expect(all.status).toBe(200)
    expect(idsOf(all.body)).toEqual([
      "evt-migration",
      "evt-naval-exercise",
      "evt-trade-target",
      "evt-defence-pact",
      "evt-hostile"
    ])
    expect(idsOf((await getJson("/api/events?sector=defence")).body)).toEqual([
      "evt-naval-exercise",
      "evt-defence-pact"
    ])
    expect(idsOf((await getJson("/api/events?type=joint_statement")).body)).toEqual(["evt-migration"])
    expect(idsOf((await getJson("/api/events?from=2025-04-01&to=2025-04-30")).body)).toEqual([
      "evt-naval-exercise",
      "evt-trade-target"
    ])
    expect(idsOf((await getJson("/api/events?q=accordo")).body)).toEqual(["evt-defence-pact"])
    expect(idsOf((await getJson("/api/events?actor=Tajani&lang=it")).body)).toEqual(["evt-migration"])
  })

  it("pages with the cursor it returns", async () => {
    const first = await getJson("/api/events?limit=3")
    expect(idsOf(first.body)).toHaveLength(3)
    const cursor = String(first.body.nextCursor)
    const second = await getJson(`/api/events?limit=3&cursor=${encodeURIComponent(cursor)}`)
    expect(idsOf(second.body)).toEqual(["evt-defence-pact", "evt-hostile"])
    expect(second.body.nextCursor).toBeUndefined()
  })

  it("answers a bad parameter with 400 naming it and the form expected", async () => {
    for (const [query, parameter, expected] of [
      ["sector=spaceships", "sector", "one or more of trade"],
      ["from=March", "from", "YYYY-MM-DD"],
      ["limit=100000", "limit", "from 1 to 500"],
      ["cursor=nonsense", "cursor", "nextCursor"],
      ["from=2025-05-01&to=2025-01-01", "to", "on or after"]
    ] as const) {
      for (const path of ["/api/events", "/api/events.csv", "/feeds/events.atom"]) {
        const response = await getJson(`${path}?${query}`)
        expect(response.status, `${path}?${query}`).toBe(400)
        expect(response.body.parameter).toBe(parameter)
        expect(String(response.body.error)).toContain(expected)
      }
    }
  })

  it("gives an event with every report and its evidence, and 404 for an unknown one", async () => {
    const found = await getJson("/api/events/evt-defence-pact")
    const detail = Schema.decodeUnknownSync(HistoryEventDetail)(found.body)
    expect(detail.reports.map((report) => [report.outlet, report.language])).toEqual([
      ["Wire A", "en"],
      ["Agenzia B", "it"]
    ])
    expect(detail.reports[0]?.classification?.evidence.length).toBeGreaterThan(0)
    expect(detail.alerts).toEqual([
      {
        revision: 1,
        channel: "C0DEFENCE",
        kind: "alert",
        ts: "1740916800.000100",
        postedAt: "2025-03-02T12:00:01.000Z"
      }
    ])
    expect((await get("/api/events/evt-nothing")).status).toBe(404)
    expect((await get("/api/events/bad%20id")).status).toBe(400)
  })

  it("exports the same selection as CSV, formula cells defused", async () => {
    const csv = await get("/api/events.csv?sector=defence")
    expect(csv.type).toContain("text/csv")
    const lines = csv.text.trimEnd().split("\r\n")
    expect(lines).toHaveLength(3)
    expect(lines[1]).toContain('"evt-naval-exercise"')
    const hostile = await get("/api/events.csv?to=2024-12-31")
    expect(hostile.text).toContain(`"'=cmd|' /C calc'!A0 <b>bold</b>"`)
  })

  it("serves the same selection as an Atom feed with its markup escaped", async () => {
    const atom = await get("/feeds/events.atom?sector=migration_mobility")
    expect(atom.type).toContain("application/atom+xml")
    expect(atom.text.match(/<entry>/g)).toHaveLength(1)
    expect(atom.text).toContain("<title>India–Italy developments: Migration &amp; mobility</title>")
    const hostile = await get("/feeds/events.atom?to=2024-12-31")
    expect(hostile.text).toContain("&lt;b&gt;bold&lt;/b&gt;")
  })

  it("publishes the JSON Schema of its documents", async () => {
    const schema = await getJson("/api/schema/history-page.schema.json")
    expect(schema.status).toBe(200)
    expect(schema.body.$schema).toBe("https://json-schema.org/draft/2020-12/schema")
    expect((await get("/api/schema/nothing.schema.json")).status).toBe(404)
  })

  it("refuses other methods and over-long URLs", async () => {
    expect((await fetch(`${base}/api/events`, { method: "POST" })).status).toBe(405)
    expect((await get(`/api/events?q=${"a".repeat(5_000)}`)).status).toBe(414)
  })
})
