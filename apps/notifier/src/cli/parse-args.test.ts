import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { subscription } from "../subscriptions/test-fixtures.ts"
import { renderSubscriptionsTable } from "./format.ts"
import { parseSubscribeArgs } from "./parse-args.ts"

describe("parseSubscribeArgs", () => {
  it("reads every option, in either --flag value or --flag=value form", () => {
    expect(
      parseSubscribeArgs([
        "--channel",
        "C0123ABCD",
        "--sectors",
        "defence,space",
        "--types=military_exercise",
        "--min-confidence",
        "0.6",
        "--digest",
        "weekly@mon@08:00",
        "--tz",
        "Asia/Kolkata"
      ])
    ).toEqual(
      Result.succeed({
        channel: "C0123ABCD",
        sectors: ["defence", "space"],
        eventTypes: ["military_exercise"],
        minConfidence: 0.6,
        digest: "weekly@mon@08:00",
        tz: "Asia/Kolkata"
      })
    )
  })

  it("reads --sectors all", () => {
    expect(parseSubscribeArgs(["--channel", "C0123ABCD", "--sectors", "all"])).toEqual(
      Result.succeed({ channel: "C0123ABCD", sectors: "all" })
    )
  })

  it.each(["abc", "high", "1.5", "-0.1", "0x1", "NaN", "Infinity"])(
    "rejects --min-confidence %j naming the option, the expected form and what it got",
    (value) => {
      const parsed = parseSubscribeArgs(["--channel", "C0123ABCD", "--sectors", "all", "--min-confidence", value])
      expect(Result.isFailure(parsed)).toBe(true)
      const message = Result.isFailure(parsed) ? parsed.failure : ""
      expect(message).toContain("--min-confidence")
      expect(message).toContain("a number from 0 to 1")
      expect(message).toContain(JSON.stringify(value))
      expect(message).not.toContain("null")
    }
  )

  it.each([
    ["0", 0],
    ["1", 1],
    [".75", 0.75],
    [" 0.6 ", 0.6]
  ])("accepts --min-confidence %j", (value, expected) => {
    const parsed = parseSubscribeArgs(["--channel", "C0123ABCD", "--sectors", "all", "--min-confidence", value])
    expect(Result.isSuccess(parsed) && parsed.success.minConfidence).toBe(expected)
  })

  it.each([
    [["--sectors", "all"], "--channel is required"],
    [["--channel", "C0123ABCD"], "--sectors is required"],
    [["--channel", "C0123ABCD", "--sectors"], "--sectors needs a value"],
    [["--channel", "C0123ABCD", "--sector", "trade"], "unknown option --sector"],
    [["--channel", "C0123ABCD", "--channel", "C0456", "--sectors", "all"], "--channel is given twice"],
    [["--channel", "C0123ABCD", "--sectors", "all", "extra"], `unexpected argument "extra"`]
  ])("rejects %j: %s", (args, message) => {
    expect(parseSubscribeArgs(args)).toEqual(Result.fail(expect.stringContaining(message)))
  })
})

describe("renderSubscriptionsTable", () => {
  it("shows each subscription on one row, with the next digest in UTC", () => {
    const table = renderSubscriptionsTable(
      [
        subscription({ id: "sub-live0001", sectors: ["defence", "space"], minConfidence: 0.6 }),
        subscription({
          id: "sub-week0001",
          channel: "U0456EFGH",
          sectors: "all",
          eventTypes: ["military_exercise"],
          digest: { every: "weekly", at: "08:00", tz: "Asia/Kolkata", weekday: 1 }
        })
      ],
      new Date("2026-11-24T00:00:00Z")
    ).split("\n")
    expect(table).toHaveLength(3)
    expect(table[1]).toMatch(
      /^sub-live0001\s+C0123ABCD\s+defence,space\s+any\s+0\.6\s+real time\s+-\s+2026-01-01T00:00:00Z$/
    )
    expect(table[2]).toMatch(
      /^sub-week0001\s+U0456EFGH\s+all\s+military_exercise\s+-\s+weekly@mon@08:00 Asia\/Kolkata\s+2026-11-30 02:30Z/
    )
  })

  it("adds a column of followed actors, keywords and places when a subscription has any", () => {
    const table = renderSubscriptionsTable([
      subscription({ id: "sub-live0001", sectors: ["defence"] }),
      subscription({ id: "sub-fin00001", sectors: [], actors: ["Fincantieri"], keywords: ["green hydrogen"] })
    ]).split("\n")
    expect(table[0]).toMatch(/\salso follows$/)
    expect(table[1]).toMatch(/\s-$/)
    expect(table[2]).toMatch(/^sub-fin00001\s+C0123ABCD\s+-\s+.*actors Fincantieri; keywords "green hydrogen"$/)
  })
})
