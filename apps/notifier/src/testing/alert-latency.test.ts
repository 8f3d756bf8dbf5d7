import { afterEach, expect, it } from "vitest"
import { measureAlertLatency } from "./alert-latency.ts"
import { newEventNotice, sampleEvent } from "./fixtures.ts"
import { startNotifierHarness, type NotifierHarness } from "./notifier-harness.ts"

let harness: NotifierHarness | undefined
afterEach(async () => {
  await harness?.close()
  harness = undefined
})

it("measures notice-to-Slack latency, well under a second when nothing is rate limited", async () => {
  const h = await startNotifierHarness({ area: "d2-latency", settings: { channelIntervalMs: 100 } })
  harness = h
  await h.subscribe({ channel: "C0LATENCY", sectors: "all" })
  const notices = Array.from({ length: 10 }, (_, index) => newEventNotice(sampleEvent(`ev-latency-${index}`)))
  const latency = await measureAlertLatency({
    noticesQueue: h.notices,
    fakeSlack: h.fakeSlack,
    notices,
    spacingMs: 120
  })
  console.log(
    `alert latency over ${latency.samples.length} notices: p50 ${latency.p50} ms, p95 ${latency.p95} ms, max ${latency.max} ms`
  )
  expect(latency.missing).toBe(0)
  expect(latency.samples).toHaveLength(10)
  expect(latency.p50).toBeLessThan(1_000)
})
