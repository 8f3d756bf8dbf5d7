import { Context, Effect, Layer, Schema } from "effect"
import { Redis } from "@india-italy/runtime"

export const FeedStatus = Schema.Literals(["new", "ok", "failing", "missing", "gone"])
export type FeedStatus = typeof FeedStatus.Type

/** What the worker knows about one feed; one Redis hash per feed, read by `pnpm feeds`. */
export const FeedState = Schema.Struct({
  feedId: Schema.String,
  url: Schema.String,
  name: Schema.optional(Schema.String),
  status: FeedStatus,
  etag: Schema.optional(Schema.String),
  lastModified: Schema.optional(Schema.String),
  lastPolledAt: Schema.optional(Schema.String),
  lastSuccessAt: Schema.optional(Schema.String),
  lastErrorAt: Schema.optional(Schema.String),
  lastError: Schema.optional(Schema.String),
  /** Start of the current run of failures. */
  failingSince: Schema.optional(Schema.String),
  consecutiveFailures: Schema.Int,
  consecutiveNotFound: Schema.Int,
  nextCheckAt: Schema.optional(Schema.String),
  nextCheckReason: Schema.optional(Schema.String),
  itemsSeen: Schema.Int,
  /** Median gap between the feed's items, as last measured; drives the next check after a 304. */
  publishingGapMs: Schema.optional(Schema.Int),
  /** When ops was told about the current run of failures (once per run, not every poll). */
  opsNotifiedAt: Schema.optional(Schema.String)
})
export type FeedState = typeof FeedState.Type

export const initialFeedState = (feedId: string, url: string, name?: string): FeedState => ({
  feedId,
  url,
  ...(name === undefined ? {} : { name }),
  status: "new",
  consecutiveFailures: 0,
  consecutiveNotFound: 0,
  itemsSeen: 0
})

const integerFields = new Set(["consecutiveFailures", "consecutiveNotFound", "itemsSeen", "publishingGapMs"])

/** Redis hashes hold strings; absent optional fields are absent fields. */
export const feedStateToHash = (state: FeedState): Record<string, string> => {
  const hash: Record<string, string> = {}
  for (const [key, value] of Object.entries(state)) if (value !== undefined) hash[key] = String(value)
  return hash
}

export const feedStateFromHash = (hash: Record<string, string>): FeedState | undefined => {
  if (hash["feedId"] === undefined || hash["url"] === undefined) return undefined
  const raw: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(hash))
    raw[key] = integerFields.has(key) ? Number.parseInt(value, 10) : value
  const decoded = Schema.decodeUnknownExit(FeedState)(raw)
  return decoded._tag === "Success" ? decoded.value : undefined
}

export class FeedStateStore extends Context.Service<
  FeedStateStore,
  {
    readonly get: (feedId: string) => Effect.Effect<FeedState | undefined>
    /** Replaces the stored state; fields that became absent are removed. */
    readonly put: (state: FeedState) => Effect.Effect<void>
    readonly list: () => Effect.Effect<ReadonlyArray<FeedState>>
    readonly remove: (feedId: string) => Effect.Effect<void>
  }
>()("worker/FeedStateStore") {
  static readonly layer = Layer.effect(
    FeedStateStore,
    Effect.gen(function* () {
      const { client, prefix } = yield* Redis
      const indexKey = `${prefix}:worker:feeds`
      const stateKey = (feedId: string) => `${prefix}:worker:feed-state:${feedId}`

      const get = (feedId: string) =>
        Effect.promise(() => client.hgetall(stateKey(feedId))).pipe(Effect.map(feedStateFromHash))

      return FeedStateStore.of({
        get,
        put: (state) =>
          Effect.promise(async () => {
            await client
              .multi()
              .del(stateKey(state.feedId))
              .hset(stateKey(state.feedId), feedStateToHash(state))
              .sadd(indexKey, state.feedId)
              .exec()
          }),
        list: () =>
          Effect.gen(function* () {
            const ids = yield* Effect.promise(() => client.smembers(indexKey))
            const states = yield* Effect.forEach(ids.sort(), get, { concurrency: 16 })
            return states.filter((state): state is FeedState => state !== undefined)
          }),
        remove: (feedId) =>
          Effect.promise(async () => {
            await client.multi().del(stateKey(feedId)).srem(indexKey, feedId).exec()
          })
      })
    })
  )
}
