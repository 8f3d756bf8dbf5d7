import { Effect, Layer } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import { deleteKeysUnder, testRedisLayer, uniquePrefix } from "../subscriptions/redis-test-support.ts"
import { ChannelPacer } from "./channel-pacer.ts"

const prefix = uniquePrefix("d2-pacer")
const layer = ChannelPacer.layer.pipe(Layer.provide(testRedisLayer(prefix)))
const run = <A, E>(effect: Effect.Effect<A, E, ChannelPacer>) => Effect.runPromise(effect.pipe(Effect.provide(layer)))

afterAll(() => deleteKeysUnder(prefix))

describe("ChannelPacer", () => {
  it("gives each channel one slot per interval, independently of other channels", async () => {
    const [first, second, third, other] = await run(
      Effect.gen(function* () {
        const pacer = yield* ChannelPacer
        return [
          yield* pacer.reserve("C0A", 1000, 2000),
          yield* pacer.reserve("C0A", 1000, 2000),
          yield* pacer.reserve("C0A", 1000, 2000),
          yield* pacer.reserve("C0B", 1000, 2000)
        ] as const
      })
    )
    expect(first).toEqual({ granted: true, waitMs: 0 })
    expect(second.granted).toBe(true)
    expect(second.waitMs).toBeGreaterThan(900)
    expect(third.granted).toBe(true)
    expect(third.waitMs).toBeGreaterThan(1900)
    expect(other).toEqual({ granted: true, waitMs: 0 })
  })

  it("refuses a slot further away than the caller will wait, without taking it", async () => {
    const [near, far, farAgain] = await run(
      Effect.gen(function* () {
        const pacer = yield* ChannelPacer
        return [
          yield* pacer.reserve("C0C", 1000, 500),
          yield* pacer.reserve("C0C", 1000, 500),
          yield* pacer.reserve("C0C", 1000, 500)
        ] as const
      })
    )
    expect(near.granted).toBe(true)
    expect(far.granted).toBe(false)
    // The refused slot was not taken: the next caller is told the same wait, not a longer one.
    expect(Math.abs(farAgain.waitMs - far.waitMs)).toBeLessThan(50)
  })

  it("blocks only the rate-limited channel for Slack's Retry-After", async () => {
    const result = await run(
      Effect.gen(function* () {
        const pacer = yield* ChannelPacer
        yield* pacer.block("C0LIMIT", 2000)
        return {
          blocked: yield* pacer.blockedFor("C0LIMIT"),
          reserve: yield* pacer.reserve("C0LIMIT", 1000, 5000),
          other: yield* pacer.blockedFor("C0OTHER")
        }
      })
    )
    expect(result.blocked).toBeGreaterThan(1800)
    expect(result.reserve.granted).toBe(false)
    expect(result.other).toBe(0)
  })
})
