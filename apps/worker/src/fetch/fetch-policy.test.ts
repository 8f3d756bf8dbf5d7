import { ConfigProvider, Effect } from "effect"
import { describe, expect, it } from "vitest"
import { defaultFetchPolicy, fetchPolicyConfig } from "./fetch-policy.ts"

const load = (env: Record<string, string>) =>
  Effect.runPromise(Effect.result(fetchPolicyConfig.parse(ConfigProvider.fromEnv({ env }))))

describe("fetchPolicyConfig", () => {
  it("defaults to refusing private addresses", async () => {
    const result = await load({})
    expect(result._tag === "Success" && result.success).toEqual(defaultFetchPolicy)
  })

  it("reads FEEDS_ALLOW_PRIVATE and the limits", async () => {
    const result = await load({ FEEDS_ALLOW_PRIVATE: "true", FETCH_TIMEOUT_MS: "5000", FEED_MAX_BYTES: "1000" })
    expect(result._tag === "Success" && result.success).toMatchObject({ allowPrivate: true, totalTimeoutMs: 5000, maxBytes: 1000 })
  })

  it("names the variable and the expected form when FEEDS_ALLOW_PRIVATE is invalid", async () => {
    const result = await load({ FEEDS_ALLOW_PRIVATE: "yes" })
    expect(result._tag).toBe("Failure")
    if (result._tag === "Failure") expect(result.failure.message).toMatch(/FEEDS_ALLOW_PRIVATE.*expected true or false/)
  })

  it("rejects a limit that is not a positive whole number", async () => {
    const result = await load({ FETCH_TIMEOUT_MS: "-3" })
    expect(result._tag === "Failure" && result.failure.message).toMatch(/FETCH_TIMEOUT_MS.*positive whole number/)
  })
})
