import { describe, expect, it } from "vitest"
import { backoffMs, defaultBounds, defaultIntervalMs, nextCheck, serverFloorMs, typicalGapMs } from "./next-check.ts"

const now = new Date("2026-03-02T12:00:00Z")
const noJitter = () => 0.5
const delayOf = (result: ReturnType<typeof nextCheck>) => result.nextCheckAt!.getTime() - now.getTime()
const hoursBefore = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString()

describe("nextCheck", () => {
  it("checks an hourly feed about every half hour", () => {
    const dates = [0, 1, 2, 3, 4].map(hoursBefore)
    const result = nextCheck({ _tag: "Success", hints: {}, itemDates: dates }, now, defaultBounds, noJitter)
    expect(result).toMatchObject({ health: "ok", reason: "publishing rhythm" })
    expect(delayOf(result)).toBe(30 * 60_000)
  })

  it("checks a busy feed no more often than the minimum, and a quiet one no less often than the maximum", () => {
    const busy = [0, 0.01, 0.02, 0.03].map(hoursBefore)
    expect(delayOf(nextCheck({ _tag: "Success", hints: {}, itemDates: busy }, now, defaultBounds, noJitter))).toBe(
      defaultBounds.minMs
    )
    const weekly = [0, 168, 336].map(hoursBefore)
    expect(delayOf(nextCheck({ _tag: "Success", hints: {}, itemDates: weekly }, now, defaultBounds, noJitter))).toBe(
      defaultBounds.maxMs
    )
  })

  it("uses the default interval without datable items, and a measured gap from an earlier poll after a 304", () => {
    expect(delayOf(nextCheck({ _tag: "Success", hints: {}, itemDates: [] }, now, defaultBounds, noJitter))).toBe(
      defaultIntervalMs
    )
    expect(
      delayOf(
        nextCheck(
          { _tag: "Success", hints: {}, itemDates: [], knownGapMs: 2 * 3_600_000 },
          now,
          defaultBounds,
          noJitter
        )
      )
    ).toBe(3_600_000)
  })

  it("never polls earlier than Cache-Control max-age, Expires or <ttl> asked, within the maximum", () => {
    const dates = [0, 0.1, 0.2].map(hoursBefore)
    const maxAge = nextCheck(
      { _tag: "Success", hints: { maxAgeSeconds: 3600 }, itemDates: dates },
      now,
      defaultBounds,
      noJitter
    )
    expect(delayOf(maxAge)).toBe(3_600_000)
    expect(maxAge.reason).toBe("server cache hints")
    const expires = new Date(now.getTime() + 90 * 60_000).toUTCString()
    expect(
      delayOf(
        nextCheck({ _tag: "Success", hints: { expiresAt: expires }, itemDates: dates }, now, defaultBounds, noJitter)
      )
    ).toBe(90 * 60_000)
    expect(
      delayOf(nextCheck({ _tag: "Success", hints: { ttlMinutes: 45 }, itemDates: dates }, now, defaultBounds, noJitter))
    ).toBe(45 * 60_000)
    expect(
      delayOf(
        nextCheck(
          { _tag: "Success", hints: { maxAgeSeconds: 86_400 * 7 }, itemDates: dates },
          now,
          defaultBounds,
          noJitter
        )
      )
    ).toBe(defaultBounds.maxMs)
  })

  it("jitters by at most ±10 % and stays within bounds", () => {
    const low = delayOf(nextCheck({ _tag: "Success", hints: {}, itemDates: [] }, now, defaultBounds, () => 0))
    const high = delayOf(nextCheck({ _tag: "Success", hints: {}, itemDates: [] }, now, defaultBounds, () => 0.999999))
    expect(low).toBeCloseTo(defaultIntervalMs * 0.9, -2)
    expect(high).toBeCloseTo(defaultIntervalMs * 1.1, -2)
    const atMin = delayOf(
      nextCheck({ _tag: "Failure", consecutiveFailures: 1, consecutiveNotFound: 0 }, now, defaultBounds, () => 0)
    )
    expect(atMin).toBe(defaultBounds.minMs)
  })

  it("backs off exponentially on server errors, with a cap", () => {
    const delays = [1, 2, 3, 4].map((failures) =>
      delayOf(
        nextCheck(
          { _tag: "Failure", httpStatus: 500, consecutiveFailures: failures, consecutiveNotFound: 0 },
          now,
          defaultBounds,
          noJitter
        )
      )
    )
    expect(delays).toEqual([2, 4, 8, 16].map((minutes) => minutes * 60_000))
    expect(backoffMs(40, defaultBounds)).toBe(defaultBounds.maxMs)
  })

  it("honours Retry-After on 429 when it asks for longer than the backoff, never beyond the maximum", () => {
    const limited = nextCheck(
      { _tag: "Failure", httpStatus: 429, retryAfterSeconds: 1800, consecutiveFailures: 1, consecutiveNotFound: 0 },
      now,
      defaultBounds,
      noJitter
    )
    expect(delayOf(limited)).toBe(1_800_000)
    expect(limited.reason).toMatch(/Retry-After/)
    const greedy = nextCheck(
      {
        _tag: "Failure",
        httpStatus: 429,
        retryAfterSeconds: 86_400 * 3,
        consecutiveFailures: 1,
        consecutiveNotFound: 0
      },
      now,
      defaultBounds,
      noJitter
    )
    expect(delayOf(greedy)).toBe(defaultBounds.maxMs)
  })

  it("marks a 410 as gone with no next check", () => {
    const gone = nextCheck({ _tag: "Failure", httpStatus: 410, consecutiveFailures: 1, consecutiveNotFound: 0 }, now)
    expect(gone.health).toBe("gone")
    expect(gone.nextCheckAt).toBeUndefined()
  })

  it("treats one 404 like any failure but a repeated 404 as a missing feed checked at the slowest rate", () => {
    const once = nextCheck(
      { _tag: "Failure", httpStatus: 404, consecutiveFailures: 1, consecutiveNotFound: 1 },
      now,
      defaultBounds,
      noJitter
    )
    expect(once.health).toBe("failing")
    expect(delayOf(once)).toBe(defaultBounds.minMs)
    const repeated = nextCheck(
      { _tag: "Failure", httpStatus: 404, consecutiveFailures: 3, consecutiveNotFound: 3 },
      now,
      defaultBounds,
      noJitter
    )
    expect(repeated.health).toBe("missing")
    expect(delayOf(repeated)).toBe(defaultBounds.maxMs)
  })
})

describe("typicalGapMs and serverFloorMs", () => {
  it("takes the median gap, ignoring unparseable dates and order", () => {
    expect(typicalGapMs([hoursBefore(3), "not a date", hoursBefore(0), hoursBefore(1), hoursBefore(10)])).toBe(
      2 * 3_600_000
    )
    expect(typicalGapMs([hoursBefore(1)])).toBeUndefined()
  })

  it("ignores an Expires date in the past", () => {
    expect(serverFloorMs({ expiresAt: new Date(now.getTime() - 60_000).toUTCString() }, now)).toBe(0)
  })
})
