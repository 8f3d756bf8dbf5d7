import { Effect } from "effect"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { deletePrefix, startPipeline, uniquePrefix } from "../test-support/pipeline-harness.ts"
import { HostSlots, hostOf } from "./host-slots.ts"

let prefix: string
const pipelines: Array<ReturnType<typeof startPipeline>> = []

beforeEach(() => {
  prefix = uniquePrefix("slots")
})
afterEach(async () => {
  for (const pipeline of pipelines.splice(0)) await pipeline.dispose()
  await deletePrefix(prefix)
})

describe("per-host fetch slots", () => {
  it("keeps fetches to one host at PER_HOST_CONCURRENCY across two worker instances, while other hosts proceed", async () => {
    for (let index = 0; index < 2; index++)
      pipelines.push(startPipeline({ prefix, consumers: false, settings: { perHostConcurrency: 2 } }))
    const active: Record<string, number> = {}
    const peak: Record<string, number> = {}
    const fetchFrom = (url: string) =>
      Effect.gen(function* () {
        const host = hostOf(url)
        active[host] = (active[host] ?? 0) + 1
        peak[host] = Math.max(peak[host] ?? 0, active[host]!)
        yield* Effect.sleep(15)
        active[host]!--
        return host
      })
    const runs = Array.from({ length: 12 }, (_, index) => {
      const url = index % 3 === 0 ? "https://other.example/rss" : "https://busy.example/feed"
      return pipelines[index % 2]!.run(Effect.flatMap(HostSlots, (slots) => slots.withSlot(url, fetchFrom(url))))
    })
    const hosts = await Promise.all(runs)
    expect(hosts.filter((host) => host === "busy.example")).toHaveLength(8)
    expect(peak["busy.example"]).toBe(2)
    expect(peak["other.example"]).toBeLessThanOrEqual(2)
  })

  it("reports no slot (undefined) instead of fetching when none comes free in time", async () => {
    const pipeline = startPipeline({ prefix, consumers: false, settings: { perHostConcurrency: 1 } })
    pipelines.push(pipeline)
    const result = await pipeline.run(
      Effect.gen(function* () {
        const slots = yield* HostSlots
        const holder = slots.withSlot("https://slow.example/a", Effect.sleep(300).pipe(Effect.as("first")))
        const waiter = Effect.sleep(20).pipe(
          Effect.andThen(slots.withSlot("https://slow.example/b", Effect.succeed("second"), 50))
        )
        return yield* Effect.all([holder, waiter], { concurrency: 2 })
      })
    )
    expect(result).toEqual(["first", undefined])
  })
})
