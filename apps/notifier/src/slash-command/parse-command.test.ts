import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { parseSlashCommand } from "./parse-command.ts"

describe("parseSlashCommand", () => {
  it("reads a subscription with sectors as words and the same options as the CLI", () => {
    expect(
      parseSlashCommand(
        "subscribe defence space --types military_exercise,defence_industry --min-confidence 0.7 --digest daily@08:00 --tz Asia/Kolkata"
      )
    ).toEqual(
      Result.succeed({
        _tag: "Subscribe",
        request: {
          sectors: ["defence", "space"],
          eventTypes: ["military_exercise", "defence_industry"],
          minConfidence: 0.7,
          digest: "daily@08:00",
          tz: "Asia/Kolkata"
        }
      })
    )
  })

  it("reads the dashes and commas Slack's clients substitute as people type", () => {
    expect(parseSlashCommand("subscribe trade, investment —digest weekly@mon@09:00")).toEqual(
      Result.succeed({ _tag: "Subscribe", request: { sectors: ["trade", "investment"], digest: "weekly@mon@09:00" } })
    )
  })

  it("reads all, list, unsubscribe and help", () => {
    expect(parseSlashCommand("subscribe all")).toEqual(
      Result.succeed({ _tag: "Subscribe", request: { sectors: "all" } })
    )
    expect(parseSlashCommand("list")).toEqual(Result.succeed({ _tag: "List" }))
    expect(parseSlashCommand("unsubscribe sub-abcd2345")).toEqual(
      Result.succeed({ _tag: "Unsubscribe", id: "sub-abcd2345" })
    )
    expect(parseSlashCommand("")).toEqual(Result.succeed({ _tag: "Help" }))
    expect(parseSlashCommand("help")).toEqual(Result.succeed({ _tag: "Help" }))
  })

  it("explains what is missing or unknown", () => {
    expect(parseSlashCommand("subscribe")).toEqual(Result.fail(expect.stringContaining("name the sectors")))
    expect(parseSlashCommand("subscribe trade --sector defence")).toEqual(
      Result.fail(expect.stringContaining("unknown option --sector"))
    )
    expect(parseSlashCommand("unsubscribe")).toEqual(Result.fail(expect.stringContaining("say which subscription")))
    expect(parseSlashCommand("frobnicate")).toEqual(
      Result.fail(expect.stringContaining(`unknown command "frobnicate"`))
    )
    expect(parseSlashCommand("subscribe trade --min-confidence abc")).toEqual(
      Result.fail(expect.stringContaining(`--min-confidence must be a number from 0 to 1 (e.g. 0.6), got "abc"`))
    )
  })

  it("reads words that name Object.prototype's own keys as plain words", () => {
    for (const word of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      expect(parseSlashCommand(`subscribe ${word}`)).toEqual(
        Result.succeed({ _tag: "Subscribe", request: { sectors: [word] } })
      )
      expect(parseSlashCommand(word)).toEqual(Result.fail(expect.stringContaining("unknown command")))
    }
  })
})
