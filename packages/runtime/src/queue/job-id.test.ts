import { describe, expect, it } from "vitest"
import { jobIdPart } from "./job-id.ts"

describe("jobIdPart", () => {
  it("keeps an id that is already safe as it is, so it stays readable", () => {
    expect(jobIdPart("evt-2026-05-01_rome.1")).toBe("evt-2026-05-01_rome.1")
  })

  it("never gives BullMQ a colon, and keeps ids that differ only there apart", () => {
    expect(jobIdPart("feed:1/item#2")).not.toContain(":")
    expect(jobIdPart("a:b")).not.toBe(jobIdPart("a_b"))
    expect(jobIdPart("a_b")).toBe("a_b")
  })

  it("never gives BullMQ an id of digits only (it would take it for its own counter)", () => {
    expect(jobIdPart("12345")).toMatch(/^12345_[0-9a-f]{12}$/)
    expect(jobIdPart("12345")).not.toBe(jobIdPart("12346"))
  })

  it("bounds the length of a long id and keeps two long ids with one prefix apart", () => {
    const long = "x".repeat(500)
    expect(jobIdPart(long).length).toBeLessThanOrEqual(113)
    expect(jobIdPart(`${long}a`)).not.toBe(jobIdPart(`${long}b`))
  })
})
