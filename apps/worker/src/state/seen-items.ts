import { Context, Effect, Layer } from "effect"
import { WorkerConfig } from "../config.ts"
import { Redis } from "@india-italy/runtime"

export interface ItemFingerprint {
  /** Who the item is within its feed (guid, else link, else a hash of its text). */
  readonly identity: string
  /** Changes when the item's title or text change. */
  readonly contentHash: string
}

/** new: never seen in this feed; edited: seen with other content; unchanged: seen as is. */
export type Sighting = "new" | "edited" | "unchanged"

/** Pure core: compare what a poll found with what was stored for the same identities. */
export const compareWithSeen = (
  items: ReadonlyArray<ItemFingerprint>,
  storedHashes: ReadonlyArray<string | null | undefined>
): ReadonlyArray<Sighting> =>
  items.map((item, index) => {
    const stored = storedHashes[index]
    return stored === null || stored === undefined ? "new" : stored === item.contentHash ? "unchanged" : "edited"
  })

/**
 * Which items of each feed were already seen, kept in Redis so a restart or a re-ordered feed never
 * re-alerts. Per feed: a hash identity → content hash, and a sorted set identity → last time the
 * item was in the feed; identities absent from the feed for longer than the retention window are
 * forgotten. `lookup` and `remember` are separate so the poll stage can enqueue work first and
 * remember after: a crash in between re-enqueues (idempotently) instead of losing items.
 */
export class SeenItems extends Context.Service<
  SeenItems,
  {
    readonly lookup: (
      feedId: string,
      items: ReadonlyArray<ItemFingerprint>
    ) => Effect.Effect<{ readonly sightings: ReadonlyArray<Sighting>; readonly feedHasHistory: boolean }>
    readonly remember: (
      feedId: string,
      items: ReadonlyArray<ItemFingerprint>,
      now: Date
    ) => Effect.Effect<{ readonly total: number }>
  }
>()("worker/SeenItems") {
  static readonly layer = Layer.effect(
    SeenItems,
    Effect.gen(function* () {
      const { client, prefix } = yield* Redis
      const { seenRetentionDays } = yield* WorkerConfig
      const retentionMs = seenRetentionDays * 86_400_000
      const hashKey = (feedId: string) => `${prefix}:worker:seen:${feedId}`
      const timeKey = (feedId: string) => `${prefix}:worker:seen-at:${feedId}`

      return SeenItems.of({
        lookup: (feedId, items) =>
          Effect.promise(async () => {
            const [stored, size] = await Promise.all([
              items.length === 0
                ? Promise.resolve([])
                : client.hmget(hashKey(feedId), ...items.map((item) => item.identity)),
              client.hlen(hashKey(feedId))
            ])
            return { sightings: compareWithSeen(items, stored), feedHasHistory: size > 0 }
          }),
        remember: (feedId, items, now) =>
          Effect.promise(async () => {
            const cutoff = now.getTime() - retentionMs
            const expired = await client.zrangebyscore(timeKey(feedId), "-inf", `(${cutoff}`)
            const transaction = client.multi()
            if (items.length > 0) {
              transaction.hset(
                hashKey(feedId),
                Object.fromEntries(items.map((item) => [item.identity, item.contentHash]))
              )
              transaction.zadd(timeKey(feedId), ...items.flatMap((item) => [now.getTime(), item.identity]))
            }
            const current = new Set(items.map((item) => item.identity))
            const forget = expired.filter((identity) => !current.has(identity))
            if (forget.length > 0) {
              transaction.hdel(hashKey(feedId), ...forget)
              transaction.zrem(timeKey(feedId), ...forget)
            }
            transaction.hlen(hashKey(feedId))
            const results = await transaction.exec()
            const last = results?.[results.length - 1]
            return { total: typeof last?.[1] === "number" ? last[1] : 0 }
          })
      })
    })
  )
}
