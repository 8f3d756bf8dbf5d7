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
    expect(result._tag === "Success" && result.success).toMatchObject({
      allowPrivate: true,
      totalTimeoutMs: 5000,
      maxBytes: 1000
    })
  })

  it("names the variable and the expected form when FEEDS_ALLOW_PRIVATE is invalid", async () => {
    const result = await load({ FEEDS_ALLOW_PRIVATE: "yes" })
    expect(result._tag).toBe("Failure")
    if (result._tag === "Failure") expect(result.failure.message).toMatch(/FEEDS_ALLOW_PRIVATE.*expected true or false/)
  })

  it.each([
    ["FEED_MAX_REDIRECTS", "-1", /FEED_MAX_REDIRECTS is invalid: expected a whole number from 0 to 20, got "-1"/],
    ["FEED_MAX_REDIRECTS", "abc", /FEED_MAX_REDIRECTS is invalid: expected a whole number from 0 to 20/],
    ["FEED_MAX_BYTES", "1e6", /FEED_MAX_BYTES is invalid: expected a positive whole number/],
    ["FETCH_CONNECT_TIMEOUT_MS", "0", /FETCH_CONNECT_TIMEOUT_MS is invalid: expected a positive whole number/]
  ])("names %s and the expected form when it is %s", async (name, value, message) => {
    const result = await load({ [name]: value })
    expect(result._tag).toBe("Failure")
    if (result._tag === "Failure") expect(result.failure.message).toMatch(message)
  })

  it("accepts FEED_MAX_REDIRECTS=0 (no redirects followed)", async () => {
    const result = await load({ FEED_MAX_REDIRECTS: "0" })
    expect(result._tag === "Success" && result.success.maxRedirects).toBe(0)
  })

  it("rejects a limit that is not a positive whole number", async () => {
    const result = await load({ FETCH_TIMEOUT_MS: "-3" })
    expect(result._tag === "Failure" && result.failure.message).toMatch(/FETCH_TIMEOUT_MS.*positive whole number/)
  })
})
