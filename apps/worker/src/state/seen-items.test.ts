import { Effect } from "effect"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { deletePrefix, startPipeline, uniquePrefix } from "../test-support/pipeline-harness.ts"
import {
  FeedStateStore,
  feedStateChanges,
  feedStateFromHash,
  feedStateToHash,
  initialFeedState
} from "./feed-state-store.ts"
import { compareWithSeen, SeenItems } from "./seen-items.ts"

let prefix: string
let pipeline: ReturnType<typeof startPipeline>

beforeEach(() => {
  prefix = uniquePrefix("seen")
  pipeline = startPipeline({ prefix, consumers: false, settings: { seenRetentionDays: 1 } })
})
afterEach(async () => {
  await pipeline.dispose()
  await deletePrefix(prefix)
})

const day = 86_400_000
const t0 = new Date("2026-03-02T12:00:00Z")

describe("seen items", () => {
  it("compares by identity: new, unchanged, or edited when the content hash differs", () => {
    expect(
      compareWithSeen(
        [
          { identity: "a", contentHash: "1" },
          { identity: "b", contentHash: "2" },
          { identity: "c", contentHash: "3" }
        ],
        [null, "2", "x"]
      )
    ).toEqual(["new", "unchanged", "edited"])
  })

  it("remembers items per feed in Redis and forgets those gone from the feed for longer than the retention", async () => {
    const result = await pipeline.run(
      Effect.gen(function* () {
        const seen = yield* SeenItems
        const a = { identity: "guid-a", contentHash: "ha" }
        const b = { identity: "guid-b", contentHash: "hb" }
        const empty = yield* seen.lookup("feed-x", [a, b])
        yield* seen.remember("feed-x", [a, b], t0)
        const again = yield* seen.lookup("feed-x", [b, a])
        const otherFeed = yield* seen.lookup("feed-y", [a])
        // Two days later only b is still listed: a is forgotten, b kept.
        const later = yield* seen.remember("feed-x", [b], new Date(t0.getTime() + 2 * day))
        const afterPrune = yield* seen.lookup("feed-x", [a, b])
        return { empty, again, otherFeed, later, afterPrune }
      })
    )
    expect(result.empty).toEqual({ sightings: ["new", "new"], feedHasHistory: false })
    expect(result.again).toEqual({ sightings: ["unchanged", "unchanged"], feedHasHistory: true })
    expect(result.otherFeed.sightings).toEqual(["new"])
    expect(result.later.total).toBe(1)
    expect(result.afterPrune.sightings).toEqual(["new", "unchanged"])
  })
})

describe("feed state store", () => {
  it("round-trips a feed's state through a Redis hash, dropping fields that became absent", async () => {
    const state = {
      ...initialFeedState("feed-1", "https://wire.example/rss", "Wire"),
      etag: '"e"',
      consecutiveFailures: 2,
      publishingGapMs: 3600000
    }
    expect(feedStateFromHash(feedStateToHash(state))).toEqual(state)
    const listed = await pipeline.run(
      Effect.gen(function* () {
        const store = yield* FeedStateStore
        yield* store.put(state)
        const { etag: _etag, ...withoutEtag } = state
        yield* store.put(withoutEtag)
        return yield* store.list()
      })
    )
    expect(listed).toHaveLength(1)
    expect(listed[0]!.etag).toBeUndefined()
    expect(listed[0]!.consecutiveFailures).toBe(2)
  })

  it("writes only what changed after the state it read, with the same result as a full replace", async () => {
    const stored = { ...initialFeedState("feed-2", "https://wire.example/two", "Two"), etag: '"a"', itemsSeen: 4 }
    const { etag: _etag, ...next } = { ...stored, status: "ok" as const, lastPolledAt: "2026-03-02T12:00:00.000Z" }
    expect(feedStateChanges(stored, next)).toEqual({
      set: { status: "ok", lastPolledAt: "2026-03-02T12:00:00.000Z" },
      removed: ["etag"]
    })
    const [updated, restored] = await pipeline.run(
      Effect.gen(function* () {
        const store = yield* FeedStateStore
        yield* store.put(stored)
        yield* store.put(next, stored)
        const updated = yield* store.get("feed-2")
        // The feed removed while a poll held its old state: the poll's write brings it back whole.
        yield* store.remove("feed-2")
        yield* store.put(next, stored)
        return [updated, yield* store.list()] as const
      })
    )
    expect(updated).toEqual(next)
    expect(restored).toEqual([next])
  })
})
