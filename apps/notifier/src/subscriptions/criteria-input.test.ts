import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { parseSubscribeArgs } from "../cli/parse-args.ts"
import { parseSlashCommand } from "../slash-command/parse-command.ts"
import { parseMuteDuration } from "./mutes.ts"
import { contentSubscriptionId, validateSubscriptionInput } from "./subscription-input.ts"
import { parseSubscriptionsFile } from "./subscriptions-file.ts"

const problemsOf = (result: ReturnType<typeof validateSubscriptionInput>) =>
  Result.isFailure(result) ? result.failure.problems : []

describe("subscriptions beyond sectors: validation", () => {
  it("stores actors and places under their dictionary names, sectors empty", () => {
    const result = validateSubscriptionInput({
      channel: "C0ACTOR01",
      sectors: [],
      actors: ["fincantieri", "Meloni"],
      places: ["vizag"]
    })
    expect(result).toEqual(
      Result.succeed({
        channel: "C0ACTOR01",
        sectors: [],
        actors: ["Fincantieri", "Giorgia Meloni"],
        places: ["Visakhapatnam"]
      })
    )
  })

  it("rejects an unknown actor with a suggestion, and does not also ask for sectors", () => {
    const problems = problemsOf(
      validateSubscriptionInput({ channel: "C0ACTOR01", sectors: [], actors: ["Fincantiery"] })
    )
    expect(problems).toEqual([`unknown actor "Fincantiery"; did you mean "Fincantieri"?`])
  })

  it("bounds keywords in length and count and keeps Italian words as typed", () => {
    expect(
      validateSubscriptionInput({ channel: "C0KEYWD01", sectors: [], keywords: ["idrogeno  verde", "Città"] })
    ).toEqual(Result.succeed({ channel: "C0KEYWD01", sectors: [], keywords: ["idrogeno verde", "Città"] }))
    expect(
      problemsOf(validateSubscriptionInput({ channel: "C0KEYWD01", sectors: [], keywords: ["x".repeat(61)] }))[0]
    ).toContain("at most 60 characters")
    const many = Array.from({ length: 21 }, (_, index) => `word${index}`)
    expect(problemsOf(validateSubscriptionInput({ channel: "C0KEYWD01", sectors: [], keywords: many }))[0]).toContain(
      "at most 20 keywords"
    )
    expect(
      problemsOf(validateSubscriptionInput({ channel: "C0KEYWD01", sectors: [], keywords: ["!!!"] }))[0]
    ).toContain("needs a letter or digit")
  })

  it("still asks for something to follow when nothing is given", () => {
    expect(problemsOf(validateSubscriptionInput({ channel: "C0EMPTY01", sectors: [] }))[0]).toContain(
      "sectors are required"
    )
  })

  it("keeps the content id of sector-only subscriptions and gives actor ones their own", () => {
    const sectorsOnly = { channel: "C0IDS0001", sectors: ["defence"] as const }
    expect(contentSubscriptionId({ ...sectorsOnly, sectors: ["defence"] })).toBe(
      contentSubscriptionId({ channel: "C0IDS0001", sectors: ["defence"] })
    )
    expect(contentSubscriptionId({ ...sectorsOnly, sectors: ["defence"], actors: ["Fincantieri"] })).not.toBe(
      contentSubscriptionId({ channel: "C0IDS0001", sectors: ["defence"] })
    )
  })
})

describe("subscriptions beyond sectors: the CLI, the slash command and the file", () => {
  it("reads --actors, --keywords and --places as comma-separated names, --sectors then optional", () => {
    expect(
      parseSubscribeArgs([
        "--channel",
        "C0CLI0009",
        "--actors",
        "Giorgia Meloni, Fincantieri",
        "--keywords",
        "green hydrogen"
      ])
    ).toEqual(
      Result.succeed({
        channel: "C0CLI0009",
        sectors: [],
        actors: ["Giorgia Meloni", "Fincantieri"],
        keywords: ["green hydrogen"]
      })
    )
    expect(parseSubscribeArgs(["--channel", "C0CLI0009"])).toEqual(
      Result.fail(expect.stringContaining("--sectors is required"))
    )
  })

  it("reads `subscribe actor …`, `keyword …` and `place …` with names of several words", () => {
    expect(parseSlashCommand("subscribe actor Giorgia Meloni, Fincantieri --types defence_industry")).toEqual(
      Result.succeed({
        _tag: "Subscribe",
        request: { sectors: [], actors: ["Giorgia Meloni", "Fincantieri"], eventTypes: ["defence_industry"] }
      })
    )
    expect(parseSlashCommand("subscribe keyword idrogeno verde")).toEqual(
      Result.succeed({ _tag: "Subscribe", request: { sectors: [], keywords: ["idrogeno verde"] } })
    )
    expect(parseSlashCommand("subscribe place Goa")).toEqual(
      Result.succeed({ _tag: "Subscribe", request: { sectors: [], places: ["Goa"] } })
    )
    expect(parseSlashCommand("subscribe actor")).toEqual(
      Result.fail(expect.stringContaining("subscribe actor Fincantieri"))
    )
  })

  it("reads mute with a duration and unmute", () => {
    expect(parseSlashCommand("mute 7d")).toEqual(Result.succeed({ _tag: "Mute", seconds: 7 * 86_400 }))
    expect(parseSlashCommand("unmute")).toEqual(Result.succeed({ _tag: "Unmute" }))
    expect(parseSlashCommand("mute")).toEqual(Result.fail(expect.stringContaining("mute 7d")))
    expect(parseMuteDuration("91d")).toEqual(Result.fail("a channel can be muted for at most 90 days"))
    expect(parseMuteDuration("2w")).toEqual(Result.succeed(14 * 86_400))
  })

  it("reads actors, keywords and places from the subscriptions file, reporting an unknown actor by line", () => {
    const parsed = parseSubscriptionsFile(
      [
        "- channel: C0FILE001",
        "  actors: [Fincantieri]",
        "  keywords: green hydrogen, idrogeno verde",
        "- channel: C0FILE002",
        "  actors: Nobody Known Here"
      ].join("\n"),
      "subs.yaml"
    )
    expect(parsed.entries.map((entry) => entry.input)).toEqual([
      { channel: "C0FILE001", sectors: [], actors: ["Fincantieri"], keywords: ["green hydrogen", "idrogeno verde"] }
    ])
    expect(parsed.problems[0]?.message).toContain(`subscription #2 (line 4): unknown actor "Nobody Known Here"`)
  })
})
