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

/**
 * Pure: what turns the stored hash of `previous` into that of `next` — the fields that changed or
 * appeared, and those that became absent. A poll usually changes four or five fields of twenty.
 */
export const feedStateChanges = (
  previous: FeedState,
  next: FeedState
): { readonly set: Record<string, string>; readonly removed: ReadonlyArray<string> } => {
  const before = feedStateToHash(previous)
  const after = feedStateToHash(next)
  const set: Record<string, string> = {}
  for (const [key, value] of Object.entries(after)) if (before[key] !== value) set[key] = value
  return { set, removed: Object.keys(before).filter((key) => after[key] === undefined) }
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
    /**
     * Replaces the stored state; fields that became absent are removed. Given `stored`, the state
     * as this caller read it (under the feed's lock), only the fields that differ are written.
     */
    readonly put: (state: FeedState, stored?: FeedState) => Effect.Effect<void>
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

      const replace = (state: FeedState) =>
        client
          .multi()
          .del(stateKey(state.feedId))
          .hset(stateKey(state.feedId), feedStateToHash(state))
          .sadd(indexKey, state.feedId)
          .exec()

      /**
       * One HSET of what changed (an HDEL too when a field went away). HSET answers how many fields
       * it created: more than the changes add means the hash was gone (the feed removed meanwhile),
       * so the whole state is written and indexed again, as a full replace would have.
       */
      const update = async (state: FeedState, stored: FeedState) => {
        const { set, removed } = feedStateChanges(stored, state)
        const added = Object.keys(set).filter((key) => feedStateToHash(stored)[key] === undefined).length
        const key = stateKey(state.feedId)
        if (removed.length > 0) await client.hdel(key, ...removed)
        // feedId is always sent: it exists in any stored hash, so only a vanished hash creates it.
        const created = await client.hset(key, { ...set, feedId: state.feedId })
        if (created > added) await replace(state)
      }

      return FeedStateStore.of({
        get,
        put: (state, stored) =>
          Effect.promise(async () => {
            if (stored === undefined || stored.feedId !== state.feedId) await replace(state)
            else await update(state, stored)
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
