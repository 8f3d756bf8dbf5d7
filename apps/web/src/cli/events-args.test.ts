import { Result } from "effect"
import { describe, expect, it } from "vitest"
import { parseEventsArgs } from "./events-args.ts"

const failure = (args: ReadonlyArray<string>) => {
  const parsed = parseEventsArgs(args)
  return Result.isFailure(parsed) ? parsed.failure : undefined
}

describe("pnpm events arguments", () => {
  it("maps the options onto the API's filters", () => {
    expect(
      parseEventsArgs(["--", "--sector", "defence", "--since=2025-01-01", "--q", "joint exercise", "--format", "csv"])
    ).toEqual(
      Result.succeed({
        _tag: "query",
        filters: { sector: "defence", from: "2025-01-01", q: "joint exercise" },
        format: "csv"
      })
    )
    expect(parseEventsArgs(["import"])).toEqual(Result.succeed({ _tag: "import" }))
    expect(parseEventsArgs(["import", "--help"])).toEqual(Result.succeed({ _tag: "help", topic: "import" }))
  })

  it("names what is wrong", () => {
    expect(failure(["--colour", "red"])).toContain("unknown option --colour")
    // Names of Object.prototype's keys are unknown options too, not lookups that find a function.
    expect(failure(["--constructor", "x"])).toContain("unknown option --constructor")
    expect(failure(["--__proto__", "x"])).toContain("unknown option --__proto__")
    expect(failure(["--sector"])).toBe("--sector needs a value")
    expect(failure(["--sector", "--q", "x"])).toBe("--sector needs a value")
    expect(failure(["--q", "a", "--q", "b"])).toBe("--q is given twice")
    expect(failure(["--format", "xml"])).toBe('bad --format "xml": expected table, json or csv')
    expect(failure(["defence"])).toBe('unexpected argument "defence"')
    expect(failure(["import", "now"])).toBe('unexpected argument "now" after import')
  })
})
