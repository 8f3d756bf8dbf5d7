import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { Subscription } from "./subscription.ts"

const decode = (input: unknown) => Schema.decodeUnknownSync(Subscription)(input, { errors: "all" })
const failureOf = (input: unknown): string => {
  try {
    decode(input)
  } catch (error) {
    return String((error as Error).message)
  }
  throw new Error("expected the decode to fail")
}

const base = { id: "sub-1", channel: "C0DEFENCE1", sectors: ["defence", "space"], createdAt: "2026-01-05T08:00:00Z" }

describe("Subscription", () => {
  it("decodes a sector list with event types, a confidence floor and a daily digest", () => {
    const subscription = decode({
      ...base,
      eventTypes: ["defence_industry", "military_exercise"],
      minConfidence: 0.6,
      digest: { every: "daily", at: "08:00", tz: "Asia/Kolkata" }
    })
    expect(subscription.digest?.at).toBe("08:00")
  })

  it('decodes sectors: "all"', () => {
    expect(decode({ ...base, sectors: "all" }).sectors).toBe("all")
  })

  it("rejects a channel name instead of a channel id", () => {
    expect(failureOf({ ...base, channel: "#defence" })).toContain('["channel"]')
  })

  it("rejects an unknown sector and names the index", () => {
    const message = failureOf({ ...base, sectors: ["defence", "fashion"] })
    expect(message).toContain('["sectors"]')
    expect(message).toContain("defence")
  })

  it("rejects a digest time that is not HH:MM and a weekday out of range", () => {
    const message = failureOf({ ...base, digest: { every: "weekly", at: "8am", tz: "Europe/Rome", weekday: 9 } })
    expect(message).toContain('["digest"]["at"]')
    expect(message).toContain('["digest"]["weekday"]')
  })

  it("rejects a confidence floor above 1", () => {
    expect(failureOf({ ...base, minConfidence: 2 })).toContain('["minConfidence"]')
  })

  it("decodes actors, keywords and places beside an empty sector list", () => {
    const subscription = decode({
      ...base,
      sectors: [],
      actors: ["Fincantieri"],
      keywords: ["idrogeno verde"],
      places: ["Goa"]
    })
    expect(subscription.actors).toEqual(["Fincantieri"])
    expect(subscription.keywords).toEqual(["idrogeno verde"])
  })

  it("rejects a keyword longer than the limit and more keywords than the limit", () => {
    expect(failureOf({ ...base, keywords: ["x".repeat(61)] })).toContain('["keywords"][0]')
    expect(failureOf({ ...base, keywords: Array.from({ length: 21 }, (_, index) => `k${index}`) })).toContain(
      '["keywords"]'
    )
  })
})
