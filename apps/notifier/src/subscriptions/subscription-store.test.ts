import { Subscription } from "@india-italy/domain"
import { Effect, Exit, Layer, ManagedRuntime, Option, Schema } from "effect"
import { Redis as IORedis } from "ioredis"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { deleteKeysUnder, redisUrl, testRedisLayer, uniquePrefix } from "./redis-test-support.ts"
import { SubscriptionStore, subscriptionsKey } from "./subscription-store.ts"

const prefix = uniquePrefix("subscription-store")
const storeLayer = () => SubscriptionStore.layer.pipe(Layer.provide(testRedisLayer(prefix)))
let runtime: ManagedRuntime.ManagedRuntime<SubscriptionStore, unknown>
let raw: IORedis

const run = <A, E>(effect: Effect.Effect<A, E, SubscriptionStore>) => runtime.runPromise(effect)
const store = Effect.gen(function* () {
  return yield* SubscriptionStore
})

beforeAll(() => {
  runtime = ManagedRuntime.make(storeLayer())
  raw = new IORedis(redisUrl, { maxRetriesPerRequest: 3 })
})

afterAll(async () => {
  await runtime.dispose()
  raw.disconnect()
  await deleteKeysUnder(prefix)
})

describe("SubscriptionStore", () => {
  it("adds, lists, gets and removes subscriptions", async () => {
    const added = await run(
      Effect.flatMap(store, (s) =>
        s.add({
          channel: "C0STORE01",
          sectors: ["defence", "space"],
          eventTypes: ["military_exercise"],
          minConfidence: 0.7
        })
      )
    )
    expect(added).toMatchObject({
      channel: "C0STORE01",
      sectors: ["defence", "space"],
      eventTypes: ["military_exercise"],
      minConfidence: 0.7
    })
    expect(added.id).toMatch(/^sub-[a-z2-9]{8}$/)
    expect(Date.parse(added.createdAt)).not.toBeNaN()

    const listed = await run(Effect.flatMap(store, (s) => s.list()))
    expect(listed.map((s) => s.id)).toContain(added.id)
    expect(await run(Effect.flatMap(store, (s) => s.get(added.id)))).toEqual(Option.some(added))

    expect(await run(Effect.flatMap(store, (s) => s.remove(added.id)))).toBe(true)
    expect(await run(Effect.flatMap(store, (s) => s.remove(added.id)))).toBe(false)
    expect(await run(Effect.flatMap(store, (s) => s.get(added.id)))).toEqual(Option.none())
  })

  it("keeps subscriptions in Redis under the key prefix, readable by a new store instance", async () => {
    const added = await run(
      Effect.flatMap(store, (s) =>
        s.add({ channel: "C0STORE02", sectors: "all", digest: "weekly@mon@08:00", tz: "Europe/Rome" })
      )
    )
    expect(await raw.hexists(subscriptionsKey(prefix), added.id)).toBe(1)

    const second = ManagedRuntime.make(storeLayer())
    try {
      const seen = await second.runPromise(Effect.flatMap(store, (s) => s.get(added.id)))
      expect(seen).toEqual(Option.some(added))
      expect(Option.getOrThrow(seen).digest).toEqual({ every: "weekly", at: "08:00", tz: "Europe/Rome", weekday: 1 })
    } finally {
      await second.dispose()
    }
  })

  it("refuses invalid input with every problem and stores nothing", async () => {
    const before = await raw.hlen(subscriptionsKey(prefix))
    const exit = await runtime.runPromiseExit(
      Effect.flatMap(store, (s) => s.add({ channel: "C0STORE03", sectors: ["defense"], minConfidence: 3 }))
    )
    expect(Exit.isFailure(exit)).toBe(true)
    const error = Exit.isFailure(exit) ? exit.cause : undefined
    expect(String(error)).toContain("InvalidSubscription")
    const failure = await run(
      Effect.flip(Effect.flatMap(store, (s) => s.add({ channel: "C0STORE03", sectors: ["defense"], minConfidence: 3 })))
    )
    expect(failure._tag).toBe("InvalidSubscription")
    expect(failure.problems).toEqual([
      expect.stringContaining(`unknown sector "defense"`),
      expect.stringContaining("minimum confidence")
    ])
    expect(await raw.hlen(subscriptionsKey(prefix))).toBe(before)
  })

  it("lists an entry changed or removed in Redis behind the store's back as Redis now holds it", async () => {
    const added = await run(Effect.flatMap(store, (s) => s.add({ channel: "C0STORE09", sectors: ["defence"] })))
    expect((await run(Effect.flatMap(store, (s) => s.list()))).find((s) => s.id === added.id)?.sectors).toEqual([
      "defence"
    ])
    await raw.hset(subscriptionsKey(prefix), added.id, JSON.stringify({ ...added, sectors: ["trade"] }))
    const changed = await run(Effect.flatMap(store, (s) => s.list()))
    expect(changed.find((s) => s.id === added.id)?.sectors).toEqual(["trade"])
    await raw.hset(subscriptionsKey(prefix), added.id, "{not json")
    expect((await run(Effect.flatMap(store, (s) => s.list()))).map((s) => s.id)).not.toContain(added.id)
    await raw.hdel(subscriptionsKey(prefix), added.id)
    expect((await run(Effect.flatMap(store, (s) => s.list()))).map((s) => s.id)).not.toContain(added.id)
  })

  it("validates on read: skips a stored entry that is no longer a valid subscription", async () => {
    await raw.hset(
      subscriptionsKey(prefix),
      "sub-broken1",
      JSON.stringify({
        id: "sub-broken1",
        channel: "C0STORE04",
        sectors: ["not_a_sector"],
        createdAt: "2026-01-01T00:00:00Z"
      })
    )
    await raw.hset(subscriptionsKey(prefix), "sub-broken2", "{not json")
    const listed = await run(Effect.flatMap(store, (s) => s.list()))
    expect(listed.map((s) => s.id)).not.toContain("sub-broken1")
    expect(listed.map((s) => s.id)).not.toContain("sub-broken2")
    for (const subscription of listed) expect(() => Schema.decodeUnknownSync(Subscription)(subscription)).not.toThrow()
    expect(await run(Effect.flatMap(store, (s) => s.get("sub-broken1")))).toEqual(Option.none())
  })

  it("puts a subscription under a given id: created, then unchanged, then updated keeping createdAt", async () => {
    const input = { channel: "C0STORE05", sectors: ["trade"] as const }
    const first = await run(Effect.flatMap(store, (s) => s.put("desk-trade", input)))
    expect(first.outcome).toBe("created")
    const again = await run(Effect.flatMap(store, (s) => s.put("desk-trade", input)))
    expect(again).toEqual({ subscription: first.subscription, outcome: "unchanged" })
    const changed = await run(
      Effect.flatMap(store, (s) => s.put("desk-trade", { ...input, sectors: ["trade", "investment"] }))
    )
    expect(changed.outcome).toBe("updated")
    expect(changed.subscription.sectors).toEqual(["trade", "investment"])
    expect(changed.subscription.createdAt).toBe(first.subscription.createdAt)
  })

  it("returns the existing subscription when the same one is asked for again", async () => {
    const first = await run(
      Effect.flatMap(store, (s) => s.add({ channel: "C0STORE07", sectors: ["space", "defence"], minConfidence: 0.5 }))
    )
    const again = await run(
      Effect.flatMap(store, (s) => s.add({ channel: "C0STORE07", sectors: ["defence", "space"], minConfidence: 0.5 }))
    )
    expect(again).toEqual(first)
    const other = await run(
      Effect.flatMap(store, (s) => s.add({ channel: "C0STORE07", sectors: ["defence", "space"], minConfidence: 0.7 }))
    )
    expect(other.id).not.toBe(first.id)
  })

  it("drops the digest buffer when a subscription switches from a digest to real time", async () => {
    await run(
      Effect.flatMap(store, (s) =>
        s.put("desk-switch", { channel: "C0STORE08", sectors: "all", digest: "daily@08:00" })
      )
    )
    await raw.zadd(`${prefix}:digest:desk-switch:pending`, 1, "event-1")
    const switched = await run(
      Effect.flatMap(store, (s) => s.put("desk-switch", { channel: "C0STORE08", sectors: "all" }))
    )
    expect(switched.outcome).toBe("updated")
    expect(switched.subscription.digest).toBeUndefined()
    expect(await raw.exists(`${prefix}:digest:desk-switch:pending`)).toBe(0)
  })

  it("removing a subscription drops its buffered digest", async () => {
    const added = await run(
      Effect.flatMap(store, (s) => s.add({ channel: "C0STORE06", sectors: "all", digest: "daily@08:00" }))
    )
    await raw.zadd(`${prefix}:digest:${added.id}:pending`, 1, "event-1")
    await run(Effect.flatMap(store, (s) => s.remove(added.id)))
    expect(await raw.exists(`${prefix}:digest:${added.id}:pending`)).toBe(0)
  })
})
