import { Instruments } from "@india-italy/ops"
import { Effect } from "effect"
import type { Feed } from "./feeds/feed.ts"
import { conditionalGet, type CacheHints, type FeedFetchError, type Validators } from "./fetch/conditional-get.ts"
import type { FetchPolicy } from "./fetch/fetch-policy.ts"
import { defaultItemLimits, type ItemLimits } from "./normalise/item-limits.ts"
import { normaliseItem, type NormalisedItem } from "./normalise/normalise-item.ts"
import { parseFeed, type FeedParseError } from "./parse/parse-feed.ts"

export type FeedFetchResult =
  | { readonly _tag: "NotModified"; readonly validators: Validators; readonly cacheHints: CacheHints }
  | {
      readonly _tag: "Fetched"
      readonly validators: Validators
      readonly cacheHints: CacheHints
      readonly ttlMinutes?: number
      readonly items: ReadonlyArray<NormalisedItem>
    }

/**
 * One poll of one feed: conditional GET, decode, parse, normalise (each item held to `limits`,
 * with a warning naming the feed and item for each that was cut). A 200 that carries the ETag we
 * already hold is treated as "not modified": an unchanged validator is no change, and re-parsing
 * would only cost time. Untraced, as every step of a poll: no tracer is installed, and a span with
 * its call-site stack per poll cost about a tenth of a 304 poll's CPU.
 */
export const fetchFeed = Effect.fnUntraced(function* (
  feed: Feed,
  validators: Validators,
  policy: FetchPolicy,
  now: Date,
  limits: ItemLimits = defaultItemLimits
): Effect.fn.Return<FeedFetchResult, FeedFetchError | FeedParseError> {
  const outcome = yield* conditionalGet(feed.url, validators, policy)
  if (outcome._tag === "NotModified") {
    return { _tag: "NotModified", validators: outcome.validators, cacheHints: outcome.cacheHints }
  }
  if (validators.etag !== undefined && outcome.validators.etag === validators.etag) {
    return { _tag: "NotModified", validators: outcome.validators, cacheHints: outcome.cacheHints }
  }
  const parseStarted = performance.now()
  const parsed = yield* parseFeed(outcome.body, outcome.finalUrl)
  const items = parsed.items.map((raw) => normaliseItem(raw, feed, now, limits))
  Instruments.observeStage("parse", performance.now() - parseStarted)
  for (const { item, cut } of items) {
    if (cut.length === 0) continue
    yield* Effect.logWarning("feed item cut to the item limits", {
      feed: feed.url,
      item: item.id,
      title: item.title.slice(0, 120),
      cut: cut.map(({ field, length }) => `${field} (${length} characters)`).join(", ")
    })
  }
  return {
    _tag: "Fetched",
    validators: outcome.validators,
    cacheHints: outcome.cacheHints,
    ...(parsed.ttlMinutes !== undefined ? { ttlMinutes: parsed.ttlMinutes } : {}),
    items
  }
})
