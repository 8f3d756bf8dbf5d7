import { Effect, Layer, Option } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import { deleteKeysUnder, testRedisLayer, uniquePrefix } from "../subscriptions/redis-test-support.ts"
import { ChannelPacer } from "./channel-pacer.ts"
import { DeliveryLedger } from "./delivery-ledger.ts"

const prefix = uniquePrefix("d2-ledger")
const layer = Layer.mergeAll(DeliveryLedger.layer, ChannelPacer.layer).pipe(Layer.provide(testRedisLayer(prefix)))
const run = <A, E>(effect: Effect.Effect<A, E, DeliveryLedger | ChannelPacer>) =>
  Effect.runPromise(effect.pipe(Effect.provide(layer)))
const unpaced = (channel: string) => ({ channel, intervalMs: 0, maxWaitMs: 0 })

afterAll(() => deleteKeysUnder(prefix))

describe("DeliveryLedger.beginPost / finishPost", () => {
  it("lets one run post a key; a concurrent run is told another holds it, a later one that it is posted", async () => {
    const [first, concurrent, shown, later] = await run(
      Effect.gen(function* () {
        const ledger = yield* DeliveryLedger
        const first = yield* ledger.beginPost("alert:ev1:C0L1", "run-a", 10_000, unpaced("C0L1"))
        const concurrent = yield* ledger.beginPost("alert:ev1:C0L1", "run-b", 10_000, unpaced("C0L1"))
        const shown = yield* ledger.finishPost("alert:ev1:C0L1", "1700000000.000100", "run-a", {
          eventId: "ev1",
          channel: "C0L1",
          revision: 2
        })
        const later = yield* ledger.beginPost("alert:ev1:C0L1", "run-c", 10_000, unpaced("C0L1"))
        return [first, concurrent, shown, later] as const
      })
    )
    expect(first).toEqual({ _tag: "Go", waitMs: 0 })
    expect(concurrent).toEqual({ _tag: "ClaimedElsewhere" })
    expect(shown).toBe(2)
    expect(later).toEqual({ _tag: "Posted", ts: "1700000000.000100" })
  })

  it("tells the run after a crash that an attempt was made, and lets it go on only while it holds the claim", async () => {
    const [crashed, retry, goOn, stranger] = await run(
      Effect.gen(function* () {
        const ledger = yield* DeliveryLedger
        const crashed = yield* ledger.beginPost("alert:ev2:C0L2", "run-a", 10_000, unpaced("C0L2"))
        // run-a died without recording or releasing; its claim expires.
        yield* ledger.release("alert:ev2:C0L2", "run-a")
        const retry = yield* ledger.beginPost("alert:ev2:C0L2", "run-b", 10_000, unpaced("C0L2"))
        const stranger = yield* ledger.beginPost("alert:ev2:C0L2", "run-c", 10_000, unpaced("C0L2"), true)
        const goOn = yield* ledger.beginPost("alert:ev2:C0L2", "run-b", 10_000, unpaced("C0L2"), true)
        return [crashed, retry, goOn, stranger] as const
      })
    )
    expect(crashed._tag).toBe("Go")
    expect(retry._tag).toBe("Attempted")
    if (retry._tag === "Attempted") expect(Math.abs(retry.at - Date.now())).toBeLessThan(5_000)
    expect(stranger).toEqual({ _tag: "ClaimedElsewhere" })
    expect(goOn).toEqual({ _tag: "Go", waitMs: 0 })
  })

  it("takes nothing while the channel is blocked or its next slot is too far away", async () => {
    const [blocked, afterBlock, paced, claimFree] = await run(
      Effect.gen(function* () {
        const ledger = yield* DeliveryLedger
        const pacer = yield* ChannelPacer
        yield* pacer.block("C0L3", 2_000)
        const blocked = yield* ledger.beginPost("alert:ev3:C0L3", "run-a", 10_000, unpaced("C0L3"))
        const afterBlock = yield* ledger.beginPost("alert:ev4:C0L4", "run-a", 10_000, {
          channel: "C0L4",
          intervalMs: 5_000,
          maxWaitMs: 100
        })
        const paced = yield* ledger.beginPost("alert:ev5:C0L4", "run-b", 10_000, {
          channel: "C0L4",
          intervalMs: 5_000,
          maxWaitMs: 100
        })
        // The paced run released its claim: another run may take the key at once.
        const claimFree = yield* ledger.beginPost("alert:ev5:C0L4", "run-c", 10_000, {
          channel: "C0L4",
          intervalMs: 5_000,
          maxWaitMs: 10_000
        })
        return [blocked, afterBlock, paced, claimFree] as const
      })
    )
    expect(blocked._tag).toBe("Blocked")
    if (blocked._tag === "Blocked") expect(blocked.ms).toBeGreaterThan(1_000)
    expect(afterBlock).toEqual({ _tag: "Go", waitMs: 0 })
    expect(paced._tag).toBe("Paced")
    if (paced._tag === "Paced") expect(paced.ms).toBeGreaterThan(4_000)
    expect(claimFree._tag).toBe("Go")
  })

  it("never lowers the revision a channel's alert shows, and reads it back for a reply", async () => {
    const [raised, kept, readOnly] = await run(
      Effect.gen(function* () {
        const ledger = yield* DeliveryLedger
        const raised = yield* ledger.finishPost("alert:ev6:C0L6", "1.1", "t", {
          eventId: "ev6",
          channel: "C0L6",
          revision: 3
        })
        const kept = yield* ledger.finishPost("update:ev6:1:C0L6", "1.1", "t", {
          eventId: "ev6",
          channel: "C0L6",
          revision: 1
        })
        const readOnly = yield* ledger.finishPost("reply:ev6:4:C0L6", "1.2", "t", { eventId: "ev6", channel: "C0L6" })
        return [raised, kept, readOnly] as const
      })
    )
    expect([raised, kept, readOnly]).toEqual([3, 3, 3])
  })
})

describe("DeliveryLedger.firstAlertKey / pendingRefresh", () => {
  it("keeps the key that claimed a channel's first alert first and gives it to every later caller", async () => {
    const [first, second, existing, refresh, laterRefresh] = await run(
      Effect.gen(function* () {
        const ledger = yield* DeliveryLedger
        const first = yield* ledger.firstAlertKey("ev-first", "C0FIRST", "alert-a")
        const second = yield* ledger.firstAlertKey("ev-first", "C0FIRST", "alert-b")
        const existing = yield* ledger.existingFirstAlertKey("ev-first", "C0FIRST")
        const refresh = yield* ledger.pendingRefresh("ev-first", "C0FIRST", "refresh-a", 10_000)
        const laterRefresh = yield* ledger.pendingRefresh("ev-first", "C0FIRST", "refresh-b", 10_000)
        return [first, second, existing, refresh, laterRefresh] as const
      })
    )
    expect(first).toBe("alert-a")
    expect(second).toBe("alert-a")
    expect(existing).toEqual(Option.some("alert-a"))
    expect(refresh).toBe("refresh-a")
    expect(laterRefresh).toBe("refresh-a")
  })

  it("lets a new pending refresh take the place once the old one has expired", async () => {
    const [before, after] = await run(
      Effect.gen(function* () {
        const ledger = yield* DeliveryLedger
        const before = yield* ledger.pendingRefresh("ev-expire", "C0EXPIRE", "refresh-old", 50)
        yield* Effect.sleep("120 millis")
        const after = yield* ledger.pendingRefresh("ev-expire", "C0EXPIRE", "refresh-new", 10_000)
        return [before, after] as const
      })
    )
    expect(before).toBe("refresh-old")
    expect(after).toBe("refresh-new")
  })
})
