import { afterEach, expect, it } from "vitest"
import { newEventNotice, sampleEvent } from "../testing/fixtures.ts"
import { redisUrl, startNotifierHarness, type NotifierHarness } from "../testing/notifier-harness.ts"
import { spawnNotifierProcess, type NotifierProcess } from "../testing/notifier-process.ts"

/**
 * A notifier process killed (SIGKILL) after Slack accepted its post but before it could record
 * it: the job is recovered by another notifier, which must find the post instead of repeating it.
 */

let harness: NotifierHarness | undefined
let child: NotifierProcess | undefined
afterEach(async () => {
  child?.kill()
  child = undefined
  await harness?.close()
  harness = undefined
})

it("does not post twice when a notifier is killed between posting and recording the post", async () => {
  const h = await startNotifierHarness({ area: "d2-crash", instances: 0 })
  harness = h
  await h.subscribe({ channel: "C0CRASH", sectors: "all" })

  const notifier = spawnNotifierProcess({
    REDIS_URL: redisUrl,
    REDIS_PREFIX: h.prefix,
    SLACK_BOT_TOKEN: h.fakeSlack.token,
    SLACK_API_URL: h.fakeSlack.url,
    SLACK_TIMEOUT_MS: "1000",
    CHANNEL_INTERVAL_MS: "200",
    POSTING_CLAIM_MS: "2000",
    JOB_LOCK_MS: "2000",
    DELIVERY_BACKOFF_MS: "100"
  })
  child = notifier

  // Slack stores the message, then the process dies before it reads the answer.
  h.fakeSlack.setBeforeRespond(async (call) => {
    if (call.method !== "chat.postMessage" || call.channel !== "C0CRASH") return
    h.fakeSlack.setBeforeRespond(undefined)
    notifier.kill()
    await notifier.exited
  })
  await h.sendNotice(newEventNotice(sampleEvent("ev-crash")))
  await Promise.race([
    notifier.exited,
    new Promise((_, reject) =>
      setTimeout(() => reject(new Error(`notifier never posted:\n${notifier.output()}`)), 20_000)
    )
  ])
  expect(h.fakeSlack.messages).toHaveLength(1)
  expect(await h.redis.keys(`${h.prefix}:notifier:posted:*`)).toHaveLength(0)

  // Another notifier picks the stalled job up once the dead one's lock and claim expire.
  await h.startInstance()
  const deadline = Date.now() + 20_000
  let postedKeys: Array<string> = []
  while (postedKeys.length === 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50))
    postedKeys = await h.redis.keys(`${h.prefix}:notifier:posted:*`)
  }
  expect(postedKeys).toHaveLength(1)
  expect(await h.redis.get(postedKeys[0] ?? "")).toBe(h.fakeSlack.messages[0]?.ts)
  expect(h.fakeSlack.calls.some((call) => call.method === "conversations.history" && call.channel === "C0CRASH")).toBe(
    true
  )
  expect(h.fakeSlack.messages).toHaveLength(1)
}, 60_000)
