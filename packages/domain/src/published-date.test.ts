import { describe, expect, it } from "vitest"
import { parsePublishedTime } from "./published-date.ts"

const iso = (value: string): string | undefined => {
  const parsed = parsePublishedTime(value)
  return parsed === undefined ? undefined : new Date(parsed.time).toISOString()
}

describe("parsePublishedTime", () => {
  it("reads India Standard Time as +05:30", () => {
    expect(iso("Tue, 10 Oct 2023 12:51:00 IST")).toBe("2023-10-10T07:21:00.000Z")
    expect(parsePublishedTime("Tue, 10 Oct 2023 12:51:00 IST")?.offsetMinutes).toBe(330)
  })

  it("reads CET and CEST as the Italian winter and summer offsets", () => {
    expect(iso("Tue, 03 Mar 2026 10:15:00 CET")).toBe("2026-03-03T09:15:00.000Z")
    expect(iso("Wed, 20 May 2026 10:15:00 CEST")).toBe("2026-05-20T08:15:00.000Z")
    expect(iso("20 May 2026 10:15 (CEST)")).toBe("2026-05-20T08:15:00.000Z")
  })

  it("reads an offset written after GMT or UTC", () => {
    expect(iso("Tue, 10 Oct 2023 12:51 GMT+5:30")).toBe("2023-10-10T07:21:00.000Z")
    expect(iso("2023-10-10 12:51 UTC+0530")).toBe("2023-10-10T07:21:00.000Z")
    expect(parsePublishedTime("Tue, 10 Oct 2023 12:51 GMT+5:30")?.offsetMinutes).toBe(330)
  })

  it("keeps reading what Date.parse already reads, with its offset", () => {
    expect(iso("2026-03-03T10:15:00+01:00")).toBe("2026-03-03T09:15:00.000Z")
    expect(parsePublishedTime("2026-03-03T10:15:00+01:00")?.offsetMinutes).toBe(60)
    expect(iso("Tue, 10 Oct 2023 12:51:00 GMT")).toBe("2023-10-10T12:51:00.000Z")
    expect(iso("2026-11-20T12:00:00Z")).toBe("2026-11-20T12:00:00.000Z")
  })

  it("answers undefined for text that is not a date, an unknown zone, or an overlong value", () => {
    expect(parsePublishedTime("yesterday evening")).toBeUndefined()
    expect(parsePublishedTime("Tue, 10 Oct 2023 12:51 QQQ")).toBeUndefined()
    expect(parsePublishedTime(`${"2023-10-10 ".repeat(20)}IST`)).toBeUndefined()
    expect(parsePublishedTime("")).toBeUndefined()
  })
})
