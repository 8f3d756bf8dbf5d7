import { Redis } from "@india-italy/runtime"
import { Effect } from "effect"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { deletePrefix, startPipeline, uniquePrefix } from "../test-support/pipeline-harness.ts"
import { type Claim, claimFromReply, DueFeeds } from "./due-feeds.ts"

let prefix: string
let pipeline: ReturnType<typeof startPipeline>

beforeEach(() => {
  prefix = uniquePrefix("due")
  pipeline = startPipeline({ prefix, consumers: false })
})
afterEach(async () => {
  await pipeline.dispose()
  await deletePrefix(prefix)
})

const feed = (name: string) => ({ feedId: `feed-${name}`, feed: { url: `https://${name}.example/rss`, name } })

describe("claimFromReply", () => {
  it("reads a due feed, an idle schedule with its next due time, and an empty schedule", () => {
    expect(claimFromReply(["feed-a", JSON.stringify({ url: "https://a.example/rss", name: "A" })])).toEqual({
      _tag: "Due",
      feedId: "feed-a",
      feed: { url: "https://a.example/rss", name: "A" }
    })
    expect(claimFromReply(["", "1700000000000"])).toEqual({ _tag: "Idle", nextDueAt: 1_700_000_000_000 })
    expect(claimFromReply(["", ""])).toEqual({ _tag: "Idle" })
  })

  it("calls a due feed whose definition is missing or not a feed unreadable", () => {
    expect(claimFromReply(["feed-a", ""])).toEqual({ _tag: "Unreadable", feedId: "feed-a" })
    expect(claimFromReply(["feed-a", '{"url":3}'])).toEqual({ _tag: "Unreadable", feedId: "feed-a" })
  })
})

describe("due-feed schedule on Redis", () => {
  it("hands out the most overdue feed first and leases it, then says when the next one is due", async () => {
    const claims = await pipeline.run(
      Effect.gen(function* () {
        const due = yield* DueFeeds
        yield* due.schedule([feed("a"), feed("b")], 1_000)
        yield* due.dueAt("feed-b", 500)
        const now = 2_000
        const first = yield* due.claim(now, now + 60_000)
        const second = yield* due.claim(now, now + 30_000)
        const third = yield* due.claim(now, now + 60_000)
        return [first, second, third]
      })
    )
    expect(claims.map((claim) => (claim._tag === "Due" ? claim.feedId : claim._tag))).toEqual([
      "feed-b",
      "feed-a",
      "Idle"
    ])
    // Both are leased; the earlier lease end is when a feed is next due.
    expect(claims[2]).toEqual({ _tag: "Idle", nextDueAt: 32_000 })
  })

  it("never hands one feed to two processes claiming at once", async () => {
    const other = startPipeline({ prefix, consumers: false })
    try {
      const feeds = Array.from({ length: 60 }, (_, index) => feed(`f${index}`))
      await pipeline.run(Effect.flatMap(DueFeeds, (due) => due.schedule(feeds, 0)))
      const claimAll = (harness: typeof pipeline) =>
        harness.run(
          Effect.gen(function* () {
            const due = yield* DueFeeds
            const claimed: Array<string> = []
            while (true) {
              const claim: Claim = yield* due.claim(Date.now(), Date.now() + 60_000)
              if (claim._tag !== "Due") return claimed
              claimed.push(claim.feedId)
            }
          })
        )
      const [mine, theirs] = await Promise.all([claimAll(pipeline), claimAll(other)])
      expect(mine.length + theirs.length).toBe(60)
      expect(new Set([...mine, ...theirs]).size).toBe(60)
    } finally {
      await other.dispose()
    }
  })

  it("keeps a feed taken off the schedule off, even when its poll puts it back afterwards", async () => {
    const entries = await pipeline.run(
      Effect.gen(function* () {
        const due = yield* DueFeeds
        yield* due.schedule([feed("a"), feed("b")], 0)
        yield* due.unschedule(["feed-a"])
        yield* due.dueAt("feed-a", 5_000)
        yield* due.dueAt("feed-b", 7_000)
        return yield* due.list()
      })
    )
    expect(entries).toEqual([{ feedId: "feed-b", dueAt: 7_000 }])
  })

  it("reports a due feed whose definition is gone as unreadable", async () => {
    const claim = await pipeline.run(
      Effect.gen(function* () {
        const due = yield* DueFeeds
        const { client } = yield* Redis
        yield* due.schedule([feed("a")], 0)
        yield* Effect.promise(() => client.hdel(`${prefix}:worker:feeds-scheduled`, "feed-a"))
        return yield* due.claim(10, 60_000)
      })
    )
    expect(claim).toEqual({ _tag: "Unreadable", feedId: "feed-a" })
  })
})
