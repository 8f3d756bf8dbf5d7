import { ConfigProvider, Effect, Exit } from "effect"
import { describe, expect, it } from "vitest"
import { loggingConfig } from "./logging.ts"

const load = (env: Record<string, string>) =>
  Effect.runPromiseExit(loggingConfig.parse(ConfigProvider.fromEnvRecord(env)))

describe("loggingConfig", () => {
  it("logs JSON from Info up unless told otherwise", async () => {
    const exit = await load({})
    expect(Exit.isSuccess(exit) && exit.value).toEqual({ logLevel: "Info", logFormat: "json" })
  })

  it("reads LOG_LEVEL and LOG_FORMAT case-insensitively", async () => {
    const exit = await load({ LOG_LEVEL: "debug", LOG_FORMAT: "Pretty" })
    expect(Exit.isSuccess(exit) && exit.value).toEqual({ logLevel: "Debug", logFormat: "pretty" })
  })

  it.each([
    ["LOG_LEVEL", "loud", /LOG_LEVEL is invalid: expected one of All, Fatal, Error, Warn, Info, Debug, Trace, None/],
    ["LOG_FORMAT", "xml", /LOG_FORMAT is invalid: expected one of json, pretty, got "xml"/]
  ])("names %s and the choices when it is %s", async (name, value, message) => {
    const exit = await load({ [name]: value })
    expect(Exit.isFailure(exit)).toBe(true)
    expect(String(exit)).toMatch(message)
  })
})
