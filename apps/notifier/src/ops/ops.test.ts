import type { OpsNotice } from "@india-italy/domain"
import { Option } from "effect"
import { afterEach, expect, it } from "vitest"
import { startNotifierHarness, type NotifierHarness } from "../testing/notifier-harness.ts"

let harness: NotifierHarness | undefined
afterEach(async () => {
  await harness?.close()
  harness = undefined
})

const failing = (overrides: Partial<OpsNotice> = {}): OpsNotice => ({
  feedUrl: "https://feeds.example/india-italy.xml",
  feedName: "Example feed",
  reason: "HTTP 503 Service Unavailable",
  failingSince: "2026-03-02T03:00:00.000Z",
  consecutiveFailures: 12,
  ...overrides
})

const waitForJobs = async (h: NotifierHarness, count: number) => {
  const deadline = Date.now() + 10_000
  for (;;) {
    const counts = await h.ops.getJobCounts("completed", "failed")
    if ((counts["completed"] ?? 0) + (counts["failed"] ?? 0) >= count) return counts
    if (Date.now() > deadline) throw new Error(`ops jobs not finished: ${JSON.stringify(counts)}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

it("posts a failing feed to the ops channel once per failure episode", async () => {
  const h = await startNotifierHarness({
    area: "d2-ops",
    settings: { opsChannel: Option.some("C0OPS"), channelIntervalMs: 50 }
  })
  harness = h
  // The worker repeats the notice while the feed keeps failing: one episode, one message.
  await h.sendOpsNotice(failing({ consecutiveFailures: 12 }), "ops-1")
  await h.sendOpsNotice(failing({ consecutiveFailures: 13 }), "ops-2")
  await h.sendOpsNotice(failing({ consecutiveFailures: 14 }), "ops-3")
  // The feed recovered and failed again later: a new episode.
  await h.sendOpsNotice(failing({ failingSince: "2026-03-05T10:00:00.000Z", reason: "timeout <!channel>" }), "ops-4")
  await waitForJobs(h, 4)
  await h.fakeSlack.waitFor(() => h.fakeSlack.successful("chat.postMessage", "C0OPS").length === 2)
  await new Promise((resolve) => setTimeout(resolve, 300))
  const posts = h.fakeSlack.successful("chat.postMessage", "C0OPS")
  expect(posts).toHaveLength(2)
  expect(String(posts[0]?.body.text)).toContain("Example feed")
  expect(posts.map((post) => String(post.body.text)).join("\n")).not.toContain("<!channel>")
})

it("only logs a failing feed when no ops channel is configured", async () => {
  const h = await startNotifierHarness({ area: "d2-ops" })
  harness = h
  await h.sendOpsNotice(failing(), "ops-1")
  const counts = await waitForJobs(h, 1)
  expect(counts["completed"]).toBe(1)
  await new Promise((resolve) => setTimeout(resolve, 200))
  expect(h.fakeSlack.calls).toHaveLength(0)
})

it("fails a malformed ops notice at once, naming the schema", async () => {
  const h = await startNotifierHarness({ area: "d2-ops", settings: { opsChannel: Option.some("C0OPS") } })
  harness = h
  await h.ops.add("ops", { feedUrl: 42 }, { jobId: "ops-bad", attempts: 5 })
  const counts = await waitForJobs(h, 1)
  expect(counts["failed"]).toBe(1)
  const job = await h.ops.getJob("ops-bad")
  expect(job?.attemptsMade).toBe(1)
  expect(job?.failedReason).toContain("OpsNotice")
  expect(h.fakeSlack.calls).toHaveLength(0)
})
