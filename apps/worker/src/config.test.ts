import { ConfigProvider, Effect } from "effect"
import { describe, expect, it } from "vitest"
import { workerSettingsConfig } from "./config.ts"

const load = (env: Record<string, string>) =>
  Effect.runPromiseExit(workerSettingsConfig.parse(ConfigProvider.fromEnvRecord(env)))

describe("worker settings", () => {
  it("has defaults, including ALERT_MAX_AGE_HOURS 72", async () => {
    const exit = await load({})
    expect(exit._tag).toBe("Success")
    if (exit._tag === "Success") expect(exit.value).toMatchObject({ alertMaxAgeHours: 72, minPollIntervalSeconds: 120 })
  })

  it("reads the variables", async () => {
    const exit = await load({
      ALERT_MAX_AGE_HOURS: "0",
      POLL_CONCURRENCY: "3",
      PER_HOST_CONCURRENCY: "1",
      CLUSTER_WINDOW_HOURS: "48"
    })
    expect(exit._tag).toBe("Success")
    if (exit._tag === "Success")
      expect(exit.value).toMatchObject({
        alertMaxAgeHours: 0,
        pollConcurrency: 3,
        perHostConcurrency: 1,
        clusterWindowHours: 48
      })
  })

  it.each([
    ["ALERT_MAX_AGE_HOURS", "-1", /ALERT_MAX_AGE_HOURS is invalid: expected a whole number ≥ 0, got "-1"/],
    ["POLL_CONCURRENCY", "ten", /POLL_CONCURRENCY is invalid: expected a whole number from 1 to 1000, got "ten"/],
    ["PER_HOST_CONCURRENCY", "2.5", /PER_HOST_CONCURRENCY is invalid/],
    ["EVENT_MAX_SOURCES", "1", /EVENT_MAX_SOURCES is invalid: expected a whole number from 2 to 1000, got "1"/]
  ])("names %s and the expected form when it is %s", async (name, value, message) => {
    const exit = await load({ [name]: value })
    expect(exit._tag).toBe("Failure")
    expect(String(exit)).toMatch(message)
  })

  it("keeps 20 sources per event unless EVENT_MAX_SOURCES says otherwise", async () => {
    const defaults = await load({})
    const set = await load({ EVENT_MAX_SOURCES: "50" })
    expect(defaults._tag === "Success" && defaults.value.eventMaxSources).toBe(20)
    expect(set._tag === "Success" && set.value.eventMaxSources).toBe(50)
  })

  it("rejects a minimum poll interval above the maximum", async () => {
    const exit = await load({ MIN_POLL_INTERVAL_SECONDS: "7200", MAX_POLL_INTERVAL_SECONDS: "60" })
    expect(String(exit)).toMatch(/MIN_POLL_INTERVAL_SECONDS is invalid/)
  })
})
