import { sectorIds } from "@india-italy/domain"
import { Result } from "effect"
import { describe, expect, it } from "vitest"
import {
  contentSubscriptionId,
  newSubscriptionId,
  parseDigestSpec,
  validateSubscriptionInput,
  type SubscriptionInput
} from "./subscription-input.ts"

const problemsOf = (input: SubscriptionInput): ReadonlyArray<string> => {
  const result = validateSubscriptionInput(input)
  if (Result.isSuccess(result)) throw new Error(`expected ${JSON.stringify(input)} to be rejected`)
  return result.failure.problems
}

const valid = (input: SubscriptionInput) => {
  const result = validateSubscriptionInput(input)
  if (Result.isFailure(result)) throw new Error(result.failure.message)
  return result.success
}

describe("validateSubscriptionInput", () => {
  it("accepts sectors, types, confidence and a daily digest, normalising their order and case", () => {
    expect(
      valid({
        channel: "C0123ABCD",
        sectors: ["Space", "defence"],
        eventTypes: ["military_exercise", "agreement_signed"],
        minConfidence: 0.6,
        digest: "daily@8:00",
        tz: "Asia/Kolkata"
      })
    ).toEqual({
      channel: "C0123ABCD",
      sectors: ["defence", "space"],
      eventTypes: ["agreement_signed", "military_exercise"],
      minConfidence: 0.6,
      digest: { every: "daily", at: "08:00", tz: "Asia/Kolkata" }
    })
  })

  it("accepts all sectors for a direct message to a user", () => {
    expect(valid({ channel: "U0456EFGH", sectors: "all" })).toEqual({ channel: "U0456EFGH", sectors: "all" })
  })

  it("rejects an unknown sector and lists every valid one", () => {
    const [problem] = problemsOf({ channel: "C0123ABCD", sectors: ["defense", "space"] })
    expect(problem).toContain(`unknown sector "defense"`)
    for (const sector of sectorIds) expect(problem).toContain(sector)
  })

  it("rejects an unknown event type and lists the valid ones", () => {
    const [problem] = problemsOf({ channel: "C0123ABCD", sectors: "all", eventTypes: ["summit"] })
    expect(problem).toContain(`unknown event type "summit"`)
    expect(problem).toContain("leader_meeting")
    expect(problem).toContain("military_exercise")
  })

  it.each([1.5, -0.1, Number.NaN])("rejects minimum confidence %s outside 0–1", (minConfidence) => {
    expect(problemsOf({ channel: "C0123ABCD", sectors: "all", minConfidence })).toEqual([
      expect.stringContaining("minimum confidence must be a number from 0 to 1")
    ])
  })

  it.each(["hourly", "daily@25:00", "daily", "weekly@08:00", "weekly@someday@08:00", "daily@8am"])(
    "rejects the digest spec %s",
    (digest) => {
      expect(problemsOf({ channel: "C0123ABCD", sectors: "all", digest })).toEqual([
        expect.stringContaining("bad digest")
      ])
    }
  )

  it("rejects a time zone Intl does not know", () => {
    expect(problemsOf({ channel: "C0123ABCD", sectors: "all", digest: "daily@08:00", tz: "Asia/Bombay City" })).toEqual(
      [expect.stringContaining(`unknown time zone "Asia/Bombay City"`)]
    )
  })

  it("rejects a channel name where a channel id is needed", () => {
    expect(problemsOf({ channel: "#general", sectors: "all" })).toEqual([expect.stringContaining(`got "#general"`)])
  })

  it("reports every problem at once", () => {
    expect(
      problemsOf({ channel: "general", sectors: ["nope"], minConfidence: 7, digest: "daily@08:00", tz: "Nowhere/Land" })
    ).toHaveLength(4)
  })

  it("rejects a time zone without a digest, since it would do nothing", () => {
    expect(problemsOf({ channel: "C0123ABCD", sectors: "all", tz: "Europe/Rome" })).toEqual([
      expect.stringContaining("only applies to a digest")
    ])
  })
})

describe("parseDigestSpec", () => {
  it("reads weekly digests with weekday names or numbers", () => {
    expect(parseDigestSpec("weekly@mon@08:00", "UTC")).toEqual(
      Result.succeed({ every: "weekly", at: "08:00", tz: "UTC", weekday: 1 })
    )
    expect(parseDigestSpec("Weekly@Friday@17:30", "Europe/Rome")).toEqual(
      Result.succeed({ every: "weekly", at: "17:30", tz: "Europe/Rome", weekday: 5 })
    )
    expect(parseDigestSpec({ every: "weekly", at: "09:15", weekday: 0 }, "UTC")).toEqual(
      Result.succeed({ every: "weekly", at: "09:15", tz: "UTC", weekday: 0 })
    )
  })
})

describe("subscription ids", () => {
  it("are short and readable", () => {
    const ids = new Set(Array.from({ length: 200 }, newSubscriptionId))
    expect(ids.size).toBe(200)
    for (const id of ids) expect(id).toMatch(/^sub-[a-z2-9]{8}$/)
  })

  it("derive the same id from the same content and a different one from different content", () => {
    const fields = valid({ channel: "C0123ABCD", sectors: ["space", "defence"] })
    expect(contentSubscriptionId(fields)).toBe(
      contentSubscriptionId(valid({ channel: "C0123ABCD", sectors: ["defence", "space"] }))
    )
    expect(contentSubscriptionId(fields)).not.toBe(
      contentSubscriptionId(valid({ channel: "C0123ABCD", sectors: ["defence"] }))
    )
    expect(contentSubscriptionId(fields)).toMatch(/^sub-[a-z2-9]{8}$/)
  })
})
