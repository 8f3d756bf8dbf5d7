import type { Digest } from "@india-italy/domain"
import { describe, expect, it } from "vitest"
import { latestDigestRun, nextDigestRun, zonedTimeToInstant } from "./digest-schedule.ts"

const at = (iso: string) => new Date(iso)
const daily = (time: string, tz: string): Digest => ({ every: "daily", at: time, tz })
const weekly = (weekday: number, time: string, tz: string): Digest => ({ every: "weekly", at: time, tz, weekday })

describe("nextDigestRun", () => {
  it("runs a daily digest at the local time of its zone", () => {
    expect(nextDigestRun(daily("08:00", "Asia/Kolkata"), at("2026-11-23T01:00:00Z")).toISOString()).toBe(
      "2026-11-23T02:30:00.000Z"
    )
    expect(nextDigestRun(daily("08:00", "Asia/Kolkata"), at("2026-11-23T02:30:00Z")).toISOString()).toBe(
      "2026-11-24T02:30:00.000Z"
    )
  })

  it("uses the zone's own calendar date, not UTC's", () => {
    // 20:00 UTC on the 22nd is already 09:00 on the 23rd in Auckland (UTC+13 in summer).
    expect(nextDigestRun(daily("08:00", "Pacific/Auckland"), at("2026-11-22T20:00:00Z")).toISOString()).toBe(
      "2026-11-23T19:00:00.000Z"
    )
  })

  it("keeps the wall-clock time across the spring-forward change (a 23-hour day)", () => {
    // Rome: 29 March 2026 clocks go from 02:00 CET to 03:00 CEST.
    const first = nextDigestRun(daily("08:00", "Europe/Rome"), at("2026-03-28T06:00:00Z"))
    expect(first.toISOString()).toBe("2026-03-28T07:00:00.000Z")
    expect(nextDigestRun(daily("08:00", "Europe/Rome"), first).toISOString()).toBe("2026-03-29T06:00:00.000Z")
  })

  it("keeps the wall-clock time across the fall-back change (a 25-hour day)", () => {
    // Rome: 25 October 2026 clocks go from 03:00 CEST back to 02:00 CET.
    const first = nextDigestRun(daily("08:00", "Europe/Rome"), at("2026-10-24T05:00:00Z"))
    expect(first.toISOString()).toBe("2026-10-24T06:00:00.000Z")
    expect(nextDigestRun(daily("08:00", "Europe/Rome"), first).toISOString()).toBe("2026-10-25T07:00:00.000Z")
  })

  it("moves a time skipped by the spring-forward change past the gap instead of dropping the day", () => {
    // New York: 8 March 2026, 02:00 EST jumps to 03:00 EDT; 02:30 does not exist and runs at 03:30 EDT.
    expect(nextDigestRun(daily("02:30", "America/New_York"), at("2026-03-08T05:00:00Z")).toISOString()).toBe(
      "2026-03-08T07:30:00.000Z"
    )
  })

  it("runs a time repeated by the fall-back change once, at its first occurrence", () => {
    // Rome: 02:30 happens twice on 25 October 2026, at 00:30Z (CEST) and 01:30Z (CET).
    const first = nextDigestRun(daily("02:30", "Europe/Rome"), at("2026-10-24T23:00:00Z"))
    expect(first.toISOString()).toBe("2026-10-25T00:30:00.000Z")
    expect(nextDigestRun(daily("02:30", "Europe/Rome"), first).toISOString()).toBe("2026-10-26T01:30:00.000Z")
  })

  it("runs a weekly digest on its weekday only", () => {
    // 23 November 2026 is a Monday.
    const monday = weekly(1, "08:00", "Asia/Kolkata")
    expect(nextDigestRun(monday, at("2026-11-23T02:29:00Z")).toISOString()).toBe("2026-11-23T02:30:00.000Z")
    expect(nextDigestRun(monday, at("2026-11-23T02:30:00Z")).toISOString()).toBe("2026-11-30T02:30:00.000Z")
    expect(nextDigestRun(weekly(0, "18:00", "UTC"), at("2026-11-23T00:00:00Z")).toISOString()).toBe(
      "2026-11-29T18:00:00.000Z"
    )
  })

  it("runs a weekly digest across a DST change at the same local time", () => {
    // Sunday 22 March 2026 09:00 CET → Sunday 29 March 2026 09:00 CEST.
    const sunday = weekly(0, "09:00", "Europe/Rome")
    expect(nextDigestRun(sunday, at("2026-03-22T08:00:00Z")).toISOString()).toBe("2026-03-29T07:00:00.000Z")
  })
})

describe("latestDigestRun", () => {
  it("is the scheduled run a digest is due for", () => {
    expect(latestDigestRun(daily("08:00", "Asia/Kolkata"), at("2026-11-23T02:29:59Z")).toISOString()).toBe(
      "2026-11-22T02:30:00.000Z"
    )
    expect(latestDigestRun(daily("08:00", "Asia/Kolkata"), at("2026-11-23T02:30:00Z")).toISOString()).toBe(
      "2026-11-23T02:30:00.000Z"
    )
    expect(latestDigestRun(weekly(1, "08:00", "Asia/Kolkata"), at("2026-11-29T12:00:00Z")).toISOString()).toBe(
      "2026-11-23T02:30:00.000Z"
    )
  })
})

describe("zonedTimeToInstant", () => {
  it("converts wall-clock time in zones with half-hour and negative offsets", () => {
    expect(
      zonedTimeToInstant({ year: 2026, month: 1, day: 15, hour: 9, minute: 0 }, "Asia/Kolkata").toISOString()
    ).toBe("2026-01-15T03:30:00.000Z")
    expect(
      zonedTimeToInstant({ year: 2026, month: 7, day: 1, hour: 9, minute: 0 }, "America/Los_Angeles").toISOString()
    ).toBe("2026-07-01T16:00:00.000Z")
  })
})
