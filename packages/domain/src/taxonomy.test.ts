import { describe, expect, it } from "vitest"
import { eventTypeIds, eventTypes, familyIds, familyOf, isEventTypeId } from "./event-type.ts"
import { isSectorId, sectorIds, sectors } from "./sector.ts"

const countBy = (ids: ReadonlyArray<string>) =>
  ids.reduce((counts, id) => counts.set(id, (counts.get(id) ?? 0) + 1), new Map<string, number>())

describe("event-type taxonomy", () => {
  it("defines every event type id exactly once", () => {
    const counts = countBy(eventTypes.map((type) => type.id))
    for (const id of eventTypeIds) expect(counts.get(id), id).toBe(1)
    expect(eventTypes).toHaveLength(eventTypeIds.length)
  })

  it("puts each event type in the family DESIGN.md gives it", () => {
    const design: Record<string, ReadonlyArray<string>> = {
      meeting: ["leader_meeting", "official_visit", "ministerial_dialogue"],
      agreement: ["agreement_signed", "joint_statement", "partnership_upgrade"],
      defence: ["defence_industry", "military_exercise"],
      economic: ["trade_investment_figure", "business_forum"],
      legal: ["legal_dispute"],
      remark: ["statement_remark", "other_bilateral"],
      none: ["not_relevant"]
    }
    for (const family of familyIds) {
      for (const id of design[family] ?? []) expect(isEventTypeId(id) && familyOf(id), id).toBe(family)
    }
    expect(Object.values(design).flat().sort()).toEqual([...eventTypeIds].sort())
  })

  it("recognises ids and refuses near-misses", () => {
    expect(isEventTypeId("joint_statement")).toBe(true)
    expect(isEventTypeId("Joint_Statement")).toBe(false)
    expect(isEventTypeId("summit")).toBe(false)
  })
})

describe("sector taxonomy", () => {
  it("defines every sector id exactly once, with a label and description", () => {
    const counts = countBy(sectors.map((sector) => sector.id))
    for (const id of sectorIds) expect(counts.get(id), id).toBe(1)
    expect(sectors).toHaveLength(sectorIds.length)
    for (const sector of sectors) expect(sector.label.length * sector.description.length, sector.id).toBeGreaterThan(0)
  })

  it("has the twenty sectors of DESIGN.md", () => {
    expect(sectorIds).toHaveLength(20)
    expect(isSectorId("critical_minerals")).toBe(true)
    expect(isSectorId("fashion")).toBe(false)
  })
})
