import type { ClassifiedItem } from "@india-italy/domain"
import { describe, expect, it } from "vitest"
import { decideCluster, eventIdFor, shouldAlert, type Candidate } from "./decide-cluster.ts"

const now = new Date("2026-03-02T12:00:00Z")

const classified = (id: string, overrides: Partial<ClassifiedItem> = {}): ClassifiedItem => ({
  id,
  title: `Report ${id}`,
  source: `Outlet ${id}`,
  relevant: true,
  eventType: "agreement_signed",
  eventTypes: ["agreement_signed"],
  sectors: ["defence"],
  actors: [],
  places: [],
  occurredOn: "2026-03-01",
  amounts: [],
  status: "happened",
  confidence: 0.9,
  evidence: [],
  ...overrides
})

// The test's own rule, so these tests are about the decision, not the domain's clustering.
const sameDay = (a: ClassifiedItem, b: ClassifiedItem) => a.eventType === b.eventType && a.occurredOn === b.occurredOn

type DecideInput = Parameters<typeof decideCluster>[0]

/** decideCluster for a report not placed yet, with the test's rule and the default limit unless given. */
const decide = (input: Pick<DecideInput, "item" | "contentHash"> & Partial<DecideInput>) =>
  decideCluster({
    placement: undefined,
    placedEvent: undefined,
    candidates: [],
    now,
    sameDevelopment: sameDay,
    maxSources: 20,
    ...input
  })

const created = (item: ClassifiedItem): Candidate => {
  const decision = decide({ item, contentHash: "h1" })
  if (decision._tag !== "Create") throw new Error("expected Create")
  return { event: decision.event, members: [item] }
}

describe("decideCluster", () => {
  it("founds an event at revision 1 named after its first report", () => {
    const { event } = created(classified("a"))
    expect(event).toMatchObject({ id: eventIdFor("a"), revision: 1, sources: [{ itemId: "a", outlet: "Outlet a" }] })
    expect(event.id).toMatch(/^evt-[0-9a-f]+$/)
  })

  it("joins a report of the same development as another source, revision + 1", () => {
    const founded = created(classified("a"))
    const decision = decide({ item: classified("b"), contentHash: "h2", candidates: [founded] })
    expect(decision._tag).toBe("Join")
    if (decision._tag !== "Join") return
    expect(decision.event.revision).toBe(2)
    expect(decision.event.sources.map((source) => source.itemId)).toEqual(["a", "b"])
    expect(decision.addedSource.itemId).toBe("b")
  })

  it("records each source's language, so an alert can say which report is Italian", () => {
    const founded = created(classified("a", { language: "en" }))
    expect(founded.event.sources[0]?.language).toBe("en")
    const decision = decide({ item: classified("b", { language: "it" }), contentHash: "h2", candidates: [founded] })
    if (decision._tag !== "Join") throw new Error(`expected Join, got ${decision._tag}`)
    expect(decision.event.sources.map((source) => source.language)).toEqual(["en", "it"])
    expect(decision.addedSource.language).toBe("it")
    expect(created(classified("c")).event.sources[0]).not.toHaveProperty("language")
  })

  it("matches against any member of an event, not only its founder", () => {
    const founded = created(classified("a"))
    const member = classified("b", { occurredOn: "2026-03-05" })
    const candidate: Candidate = { event: founded.event, members: [classified("a"), member] }
    const item = classified("c", { occurredOn: "2026-03-05" })
    const decision = decide({ item, contentHash: "h3", candidates: [candidate] })
    expect(decision._tag).toBe("Join")
  })

  it("founds a separate event for a different development", () => {
    const founded = created(classified("a"))
    const item = classified("z", { eventType: "military_exercise" })
    const decision = decide({ item, contentHash: "h", candidates: [founded] })
    expect(decision._tag).toBe("Create")
  })

  it("recognises a retried item by its placement and content hash", () => {
    const founded = created(classified("a"))
    const placement = { eventId: founded.event.id, contentHash: "h1" }
    const decision = decide({ item: classified("a"), contentHash: "h1", placement, placedEvent: founded })
    expect(decision).toEqual({ _tag: "AlreadyClustered", eventId: founded.event.id })
  })

  it("revises the event in place when an item it holds is edited", () => {
    const founded = created(classified("a"))
    const edited = classified("a", { title: "Report a (corrected)" })
    const placement = { eventId: founded.event.id, contentHash: "h1" }
    const decision = decide({ item: edited, contentHash: "h9", placement, placedEvent: founded })
    expect(decision._tag).toBe("Update")
    if (decision._tag !== "Update") return
    expect(decision.event.revision).toBe(2)
    expect(decision.event.sources).toHaveLength(1)
    expect(decision.event.sources[0]!.title).toBe("Report a (corrected)")
    expect(decision.event.classification.title).toBe("Report a (corrected)")
  })
})

describe("decideCluster with a flood of one story", () => {
  /** Joins `count` reports one after another to the event `a` founds, as the stage would. */
  const flood = (count: number, maxSources: number): Candidate => {
    let current = created(classified("a"))
    for (let index = 1; index < count; index++) {
      const item = classified(`r${index}`)
      const decision = decide({ item, contentHash: "h", candidates: [current], maxSources })
      if (decision._tag !== "Join") throw new Error(`report ${index}: expected Join, got ${decision._tag}`)
      current = { event: decision.event, members: [...current.members, item] }
    }
    return current
  }

  it("keeps the first report and the most recent ones up to the limit, and counts every report", () => {
    const { event } = flood(50, 5)
    expect(event.sources.map((source) => source.itemId)).toEqual(["a", "r46", "r47", "r48", "r49"])
    expect(event.sourceCount).toBe(50)
    expect(event.revision).toBe(50)
  })

  it("keeps every source while the event is under the limit", () => {
    const { event } = flood(4, 5)
    expect(event.sources.map((source) => source.itemId)).toEqual(["a", "r1", "r2", "r3"])
    expect(event.sourceCount).toBe(4)
  })

  it("counts on from an event stored before the limit, which lists every report and no count", () => {
    const founded = created(classified("a"))
    const { sourceCount: _, ...legacy } = founded.event
    const old = { ...legacy, sources: ["a", "b", "c"].map((id) => ({ itemId: id, title: `Report ${id}` })) }
    const candidates = [{ event: old, members: [] }]
    const decision = decide({ item: classified("d"), contentHash: "h", candidates, maxSources: 2 })
    expect(decision._tag).toBe("Join")
    if (decision._tag !== "Join") return
    expect(decision.event.sources.map((source) => source.itemId)).toEqual(["a", "d"])
    expect(decision.event.sourceCount).toBe(4)
  })

  it("revises the event when a report no longer listed is edited, without listing it again", () => {
    const founded = flood(10, 3)
    const decision = decide({
      item: classified("r2", { title: "Report r2 (corrected)" }),
      contentHash: "h9",
      placement: { eventId: founded.event.id, contentHash: "h" },
      placedEvent: founded,
      maxSources: 3
    })
    expect(decision._tag).toBe("Update")
    if (decision._tag !== "Update") return
    expect(decision.event.revision).toBe(founded.event.revision + 1)
    expect(decision.event.sources).toEqual(founded.event.sources)
    expect(decision.event.sourceCount).toBe(10)
  })
})

describe("shouldAlert", () => {
  const base = { publishedEstimated: false, firstPoll: false, alertMaxAgeHours: 72, now }
  it("alerts on recent items and not on items older than the limit", () => {
    expect(shouldAlert({ ...base, published: "2026-03-01T12:00:00Z" })).toBe(true)
    expect(shouldAlert({ ...base, published: "2026-02-20T12:00:00Z" })).toBe(false)
  })
  it("has no limit at 0", () => {
    expect(shouldAlert({ ...base, alertMaxAgeHours: 0, published: "2020-01-01T00:00:00Z" })).toBe(true)
  })
  it("does not alert on undated items found by a feed's first poll, but does on later polls", () => {
    expect(shouldAlert({ ...base, firstPoll: true, publishedEstimated: true, published: now.toISOString() })).toBe(
      false
    )
    expect(shouldAlert({ ...base, firstPoll: false, publishedEstimated: true, published: now.toISOString() })).toBe(
      true
    )
  })
})
