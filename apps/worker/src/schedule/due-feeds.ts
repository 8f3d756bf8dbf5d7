import { Context, Effect, Layer, Schema } from "effect"
import { loadLuaScript, Redis, runLua } from "@india-italy/runtime"
import { Feed } from "../feeds/feed.ts"

const claimScript = loadLuaScript(import.meta.url, "./claim-due-feed.lua")

/** A listed feed as the schedule keeps it: its id and its definition. */
export interface ScheduledFeed {
  readonly feedId: string
  readonly feed: Feed
}

/** What a poller gets when it asks for work. */
export type Claim =
  | { readonly _tag: "Due"; readonly feedId: string; readonly feed: Feed }
  /** A feed was due but its definition is missing or unreadable: it cannot be polled. */
  | { readonly _tag: "Unreadable"; readonly feedId: string }
  /** Nothing is due; `nextDueAt` (ms) is when the earliest feed will be, if any is scheduled. */
  | { readonly _tag: "Idle"; readonly nextDueAt?: number }

const decodeFeed = Schema.decodeUnknownExit(Schema.fromJsonString(Feed))

/** Pure: the claim script's reply (`[feed id, feed JSON]` or `["", earliest due]`) as a claim. */
export const claimFromReply = (reply: unknown): Claim => {
  const [feedId, payload] = Array.isArray(reply) ? reply.map(String) : ["", ""]
  if (feedId === undefined || feedId === "") {
    const nextDueAt = Number(payload)
    return payload === "" || !Number.isFinite(nextDueAt) ? { _tag: "Idle" } : { _tag: "Idle", nextDueAt }
  }
  const feed = decodeFeed(payload ?? "")
  return feed._tag === "Success" ? { _tag: "Due", feedId, feed: feed.value } : { _tag: "Unreadable", feedId }
}

/** How many feeds one Redis round trip schedules when the list is synced. */
const scheduleChunk = 500

/**
 * When each listed feed is next due, kept in Redis and shared by every worker process: a sorted
 * set of due times and a hash of feed definitions. Pollers claim due feeds one at a time (a Lua
 * script, so two processes never take the same feed) and put each back with its next check time.
 * A feed costs nothing between its polls: no timer, no job, no tick.
 */
export class DueFeeds extends Context.Service<
  DueFeeds,
  {
    /** Lists feeds to poll: new ones are due at `now`, listed ones keep their due time; definitions are updated. */
    readonly schedule: (feeds: ReadonlyArray<ScheduledFeed>, now: number) => Effect.Effect<void>
    /** Takes feeds off the schedule and forgets their definitions. */
    readonly unschedule: (feedIds: ReadonlyArray<string>) => Effect.Effect<void>
    /** The feed that is most overdue, now leased to the caller until `leaseEnd` (ms), or when one will be. */
    readonly claim: (now: number, leaseEnd: number) => Effect.Effect<Claim>
    /** Sets a scheduled feed's next due time (a feed taken off the schedule meanwhile stays off). */
    readonly dueAt: (feedId: string, at: number) => Effect.Effect<void>
    /** The scheduled feeds' ids with their due times (ms), earliest first. */
    readonly list: () => Effect.Effect<ReadonlyArray<{ readonly feedId: string; readonly dueAt: number }>>
  }
>()("worker/DueFeeds") {
  static readonly layer = Layer.effect(
    DueFeeds,
    Effect.gen(function* () {
      const { client, prefix } = yield* Redis
      const dueKey = `${prefix}:worker:feeds-due`
      const definitionsKey = `${prefix}:worker:feeds-scheduled`

      const schedule = (feeds: ReadonlyArray<ScheduledFeed>, now: number) =>
        Effect.promise(async () => {
          for (let start = 0; start < feeds.length; start += scheduleChunk) {
            const chunk = feeds.slice(start, start + scheduleChunk)
            const pipeline = client.pipeline()
            pipeline.hset(
              definitionsKey,
              Object.fromEntries(chunk.map(({ feedId, feed }) => [feedId, JSON.stringify(feed)]))
            )
            pipeline.zadd(dueKey, "NX", ...chunk.flatMap(({ feedId }) => [now, feedId]))
            await pipeline.exec()
          }
        })

      const unschedule = (feedIds: ReadonlyArray<string>) =>
        feedIds.length === 0
          ? Effect.void
          : Effect.promise(() =>
              client
                .multi()
                .zrem(dueKey, ...feedIds)
                .hdel(definitionsKey, ...feedIds)
                .exec()
            ).pipe(Effect.asVoid)

      const claim = (now: number, leaseEnd: number) =>
        Effect.promise(() => runLua(client, claimScript, [dueKey, definitionsKey], [now, leaseEnd])).pipe(
          Effect.map(claimFromReply)
        )

      const dueAt = (feedId: string, at: number) =>
        Effect.promise(() => client.zadd(dueKey, "XX", Math.round(at), feedId)).pipe(Effect.asVoid)

      const list = () =>
        Effect.promise(() => client.zrange(dueKey, 0, "-1", "WITHSCORES")).pipe(
          Effect.map((flat) => {
            const entries: Array<{ feedId: string; dueAt: number }> = []
            for (let index = 0; index + 1 < flat.length; index += 2)
              entries.push({ feedId: flat[index]!, dueAt: Number(flat[index + 1]) })
            return entries
          })
        )

      return DueFeeds.of({ schedule, unschedule, claim, dueAt, list })
    })
  )
}
