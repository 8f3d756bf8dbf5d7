import { afterEach, expect, it } from "vitest"
import { newEventNotice, sampleEvent } from "../testing/fixtures.ts"
import { redisUrl, startNotifierHarness, type NotifierHarness } from "../testing/notifier-harness.ts"
import { spawnNotifierProcess, type NotifierProcess } from "../testing/notifier-process.ts"

let harness: NotifierHarness | undefined
let child: NotifierProcess | undefined
afterEach(async () => {
  child?.kill()
  child = undefined
  await harness?.close()
  harness = undefined
})

it("prints readable alerts to stdout when no Slack token is set, and stops cleanly on SIGTERM", async () => {
  const h = await startNotifierHarness({ area: "d2-console", instances: 0 })
  harness = h
  await h.subscribe({ channel: "C0CONSOLE", sectors: ["defence"] })
  const notifier = spawnNotifierProcess({ REDIS_URL: redisUrl, REDIS_PREFIX: h.prefix })
  child = notifier
  await notifier.waitForOutput("SLACK_BOT_TOKEN is not set")
  await h.sendNotice(newEventNotice(sampleEvent("ev-console", { title: "Italy & India <!here> sign naval pact" })))
  await notifier.waitForOutput("€20 billion target by 2029")

  const output = notifier.output()
  expect(output).toContain("── Slack C0CONSOLE ──")
  expect(output).toContain("■ INDIA–ITALY · DEFENCE-INDUSTRIAL COOPERATION")
  expect(output).toContain("*Italy & India <!here> sign naval pact*")
  expect(output).toContain("Rajnath Singh, Minister of Defence of India")
  expect(output).toContain("Example Wire (https://wire.example/india-italy-naval)")
  expect(output).not.toContain("&amp;")
  // Nothing reached the Slack API.
  expect(h.fakeSlack.calls).toHaveLength(0)

  const started = Date.now()
  notifier.child.kill("SIGTERM")
  const exit = await notifier.exited
  expect(Date.now() - started).toBeLessThan(10_000)
  expect(exit.signal === "SIGTERM" || exit.code === 0 || exit.code === 130 || exit.code === 143).toBe(true)
}, 40_000)
