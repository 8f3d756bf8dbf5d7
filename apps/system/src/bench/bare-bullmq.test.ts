import { afterEach, describe, expect, it } from "vitest"
import { deleteKeys, keysUnder } from "../redis-keys.ts"
import { defaultRedisUrl, uniquePrefix } from "../testing/system-harness.ts"
import { measureBareBullmq, type BareJobData } from "./bare-bullmq.ts"

describe("the bare BullMQ baseline", () => {
  const prefixes: Array<string> = []
  afterEach(async () => {
    for (const prefix of prefixes.splice(0)) await deleteKeys(defaultRedisUrl, prefix)
  })

  it("runs the floor's last-hop work once per job, warm-up included, and times every job", async () => {
    const prefix = uniquePrefix("bare-floor")
    prefixes.push(prefix)
    const seen: Array<BareJobData> = []
    const figures = await measureBareBullmq({
      redisUrl: defaultRedisUrl,
      prefix,
      hops: 3,
      jobs: 60,
      warmupJobs: 20,
      concurrency: 4,
      lastHop: async (data) => void seen.push(data)
    })
    expect(seen).toHaveLength(80)
    expect(seen.every((data) => data.title.length === 200)).toBe(true)
    expect(figures.jobsPerSecond).toBeCloseTo(60 / figures.seconds, 6)
    expect(figures.seconds).toBeGreaterThan(0)
  })

  it("leaves nothing of its queues behind in Redis", async () => {
    const prefix = uniquePrefix("bare-clean")
    prefixes.push(prefix)
    await measureBareBullmq({ redisUrl: defaultRedisUrl, prefix, hops: 2, jobs: 10, warmupJobs: 0, concurrency: 2 })
    expect(await keysUnder(defaultRedisUrl, `${prefix}:`)).toEqual([])
  })
})
