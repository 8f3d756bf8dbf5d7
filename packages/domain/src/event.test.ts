import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { BilateralEvent, ClassifiedItem } from "./event.ts"

const decode = (input: unknown) => Schema.decodeUnknownSync(ClassifiedItem)(input, { errors: "all" })
const failureOf = (input: unknown): string => {
  try {
    decode(input)
  } catch (error) {
    return String((error as Error).message)
  }
  throw new Error("expected the decode to fail")
}

const valid = {
  id: "pib-7",
  title: "Crosetto, Rajnath Singh review co-production roadmap",
  published: "2025-10-08",
  relevant: true,
  eventType: "ministerial_dialogue",
  eventTypes: ["ministerial_dialogue", "defence_industry"],
  sectors: ["defence", "maritime_ports"],
  actors: [
    { name: "Rajnath Singh", kind: "person", country: "IN", office: "Minister of Defence", officeFrom: "2019-05-31" },
    { name: "Fincantieri", kind: "organisation", country: "IT" }
  ],
  places: [{ name: "New Delhi", country: "IN" }],
  occurredOn: "2025-10-07",
  occurredPrecision: "day",
  amounts: [{ value: 5e9, currency: "INR", measure: "contract_value", text: "Rs 500 crore" }],
  status: "happened",
  confidence: 0.82,
  evidence: [{ tag: "sector:defence", text: "co-production", field: "text", start: 10, end: 23 }]
}

describe("ClassifiedItem", () => {
  it("decodes a complete classification", () => {
    const item = decode(valid)
    expect(item.actors[0]?.office).toBe("Minister of Defence")
    expect(item.amounts[0]?.currency).toBe("INR")
  })

  it("rejects an event type outside the vocabulary and names the field", () => {
    const message = failureOf({ ...valid, eventType: "summit" })
    expect(message).toContain('["eventType"]')
    expect(message).toContain('"leader_meeting"')
  })

  it("rejects a sector outside the vocabulary at its index", () => {
    expect(failureOf({ ...valid, sectors: ["defence", "fashion"] })).toContain('["sectors"][1]')
  })

  it("rejects a confidence above 1", () => {
    expect(failureOf({ ...valid, confidence: 1.4 })).toContain('["confidence"]')
  })

  it("rejects an actor whose country is neither IN, IT nor other", () => {
    const message = failureOf({ ...valid, actors: [{ name: "Emmanuel Macron", kind: "person", country: "FR" }] })
    expect(message).toContain('["actors"][0]["country"]')
  })

  it("rejects an unknown status and a date precision outside day/month/year", () => {
    const message = failureOf({ ...valid, status: "rumoured", occurredPrecision: "week" })
    expect(message).toContain('["status"]')
    expect(message).toContain('["occurredPrecision"]')
  })
})

describe("BilateralEvent.sourceCount", () => {
  const event = {
    id: "evt-1",
    revision: 3,
    classification: valid,
    sources: [
      { itemId: "a", title: "First" },
      { itemId: "z", title: "Latest" }
    ],
    firstSeen: "2025-10-08T10:00:00Z",
    updatedAt: "2025-10-08T12:00:00Z"
  }
  const decodeEvent = Schema.decodeUnknownSync(BilateralEvent)

  it("is optional (events stored before the limit decode as they were) and a whole number when given", () => {
    expect(decodeEvent(event).sourceCount).toBeUndefined()
    expect(decodeEvent({ ...event, sourceCount: 82 }).sourceCount).toBe(82)
    expect(() => decodeEvent({ ...event, sourceCount: 2.5 })).toThrow()
  })
})
