import { readFileSync } from "node:fs"
import { Redis as IORedis } from "ioredis"
import { afterAll, describe, expect, it } from "vitest"
import { deleteKeys } from "../redis-keys.ts"
import { defaultRedisUrl, uniquePrefix } from "../testing/system-harness.ts"
import { costBetween, openRedisMeter, parseCommandstats, parseCpuMs } from "./redis-meter.ts"

const incrTwice = readFileSync(new URL("./test-scripts/incr-twice.lua", import.meta.url), "utf8")

describe("the Redis meter", () => {
  const prefix = uniquePrefix("redis-meter")
  const client = new IORedis(defaultRedisUrl)
  afterAll(async () => {
    await deleteKeys(defaultRedisUrl, prefix)
    await client.quit()
  })

  it("reads commands by name from INFO commandstats and CPU from INFO cpu", () => {
    const stats =
      "# Commandstats\r\ncmdstat_set:calls=12,usec=40,usec_per_call=3.33\r\ncmdstat_client|list:calls=2,usec=1"
    expect([...parseCommandstats(stats)]).toEqual([
      ["set", 12],
      ["client|list", 2]
    ])
    expect(parseCpuMs("# CPU\r\nused_cpu_sys:1.5\r\nused_cpu_user:2.25\r\nused_cpu_sys_children:9\r\n")).toBe(3750)
  })

  it("counts the commands a run issued, those a Lua script calls included, and not its own INFO", async () => {
    const meter = await openRedisMeter(defaultRedisUrl)
    try {
      const before = await meter.read()
      const key = `${prefix}:counted`
      await client.set(key, "1")
      await client.eval(incrTwice, 1, key)
      const cost = costBetween(before, await meter.read())
      // The shared test Redis may serve other clients too: at least this run's commands are there.
      expect(cost.byCommand.get("set") ?? 0).toBeGreaterThanOrEqual(1)
      expect(cost.byCommand.get("eval") ?? 0).toBeGreaterThanOrEqual(1)
      expect(cost.byCommand.get("incr") ?? 0).toBeGreaterThanOrEqual(2)
      expect(cost.byCommand.has("info")).toBe(false)
      expect(cost.cpuMs).toBeGreaterThanOrEqual(0)
    } finally {
      await meter.close()
    }
  })
})
