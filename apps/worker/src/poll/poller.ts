import { itemLimitsConfig } from "../normalise/item-limits.ts"
import { Cause, Context, Effect, Layer } from "effect"
import { WorkerConfig } from "../config.ts"
import { feedId as feedIdOf, type Feed } from "../feeds/feed.ts"
import { fetchFeed, type FeedFetchResult } from "../fetch-feed.ts"
import type { FeedFetchError } from "../fetch/conditional-get.ts"
import { fetchPolicyConfig, type FetchPolicy } from "../fetch/fetch-policy.ts"
import { Metrics, record, recordFailure, recordLatency } from "../metrics.ts"
import type { NormalisedItem } from "../normalise/normalise-item.ts"
import type { FeedParseError } from "../parse/parse-feed.ts"
import {
  batchJobId,
  type ClassifyBatch,
  classifyBatchSize,
  classifyJobId,
  jobOptions,
  Queues,
  type ClassifyJob
} from "../queues.ts"
import { withRedisLock } from "@india-italy/runtime"
import { Redis } from "@india-italy/runtime"
import { FeedStateStore, initialFeedState, type FeedState } from "../state/feed-state-store.ts"
import { SeenItems, type Sighting } from "../state/seen-items.ts"
import { afterFailure, afterSuccess, opsNoticeJobId, type PollFailure } from "./feed-health.ts"
import { HostSlots } from "./host-slots.ts"

/** What one poll of one feed did; poll-once prints url, status, items, newItems and error. */
export interface PollOutcome {
  readonly url: string
  readonly status: "ok" | "not_modified" | "error" | "skipped"
  readonly items: number
  readonly newItems: number
  readonly editedItems: number
  readonly error?: string
  /** Classify jobs this poll enqueued (new and edited items), to wait on. */
  readonly classifyJobIds: ReadonlyArray<string>
  readonly state?: FeedState
}

export interface PollOptions {
  /** Poll now, whatever the adaptive next check says (poll-once, tests). */
  readonly force?: boolean
  readonly now?: Date
}

const nothingFetched = (url: string, status: PollOutcome["status"], extra: Partial<PollOutcome> = {}): PollOutcome => ({
  url,
  status,
  items: 0,
  newItems: 0,
  editedItems: 0,
  classifyJobIds: [],
  ...extra
})

type FetchAttempt =
  | { readonly _tag: "Result"; readonly result: FeedFetchResult }
  | { readonly _tag: "Failed"; readonly failure: PollFailure }

export const describeFailure = (error: FeedFetchError | FeedParseError): PollFailure =>
  error._tag === "FeedParseError"
    ? { reason: `parse: ${error.reason}` }
    : {
        reason: `${error.kind}: ${error.reason}`,
        ...(error.httpStatus === undefined ? {} : { httpStatus: error.httpStatus }),
        ...(error.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: error.retryAfterSeconds })
      }

/** The label a failure is counted under in the metrics: http_503, timeout, parse … */
const failureKind = (failure: PollFailure) =>
  failure.httpStatus !== undefined ? `http_${failure.httpStatus}` : (failure.reason.split(":")[0] ?? "unknown")

/** Pure: what to classify of a poll, each new or edited item with the id it would have as a job of its own. */
export const itemsToClassify = (
  feed: Feed,
  id: string,
  items: ReadonlyArray<NormalisedItem>,
  sightings: ReadonlyArray<Sighting>,
  feedHasHistory: boolean
): ReadonlyArray<ClassifyJob> =>
  items.flatMap((entry, index) => {
    const sighting = sightings[index]
    if (sighting !== "new" && sighting !== "edited") return []
    return [
      {
        feedId: id,
        feedUrl: feed.url,
        identity: entry.identity,
        contentHash: entry.contentHash,
        sighting,
        firstPoll: !feedHasHistory,
        item: { ...entry.item, feedUrl: entry.item.feedUrl ?? feed.url }
      }
    ]
  })

/**
 * Pure: a poll's items to classify as jobs of at most `classifyBatchSize` items, in feed order. A
 * job's id comes from its items' ids, so a re-poll after a crash re-enqueues the same ids (a no-op).
 */
export const planClassifyJobs = (items: ReadonlyArray<ClassifyJob>, batchSize = classifyBatchSize) => {
  const jobs: Array<{ name: string; data: ClassifyBatch; opts: typeof jobOptions.classify & { jobId: string } }> = []
  for (let start = 0; start < items.length; start += batchSize) {
    const batch = items.slice(start, start + batchSize)
    const jobId = batchJobId("classify", batch.map(classifyJobId))
    jobs.push({ name: "items", data: { items: batch }, opts: { ...jobOptions.classify, jobId } })
  }
  return jobs
}

/** Publication dates the feed really gave (not fetch times standing in for them): its rhythm. */
const realPublicationDates = (items: ReadonlyArray<NormalisedItem>) =>
  items.flatMap((entry) =>
    entry.item.publishedEstimated !== true && entry.item.published ? [entry.item.published] : []
  )

/**
 * The poll stage: fetch one feed (conditional GET, under the per-host cap), find which items are
 * new or edited, enqueue them for classification, and record the feed's health and next check.
 * Work is enqueued before items are remembered as seen, so a crash in between re-enqueues the
 * same job ids (a no-op) rather than losing items. A feed's failure is data, never a crash.
 */
export class Poller extends Context.Service<
  Poller,
  {
    readonly pollFeed: (feed: Feed, options?: PollOptions) => Effect.Effect<PollOutcome>
    readonly fetchPolicy: FetchPolicy
  }
>()("worker/Poller") {
  static readonly layer = Poller.layerWith({})

  /** Fetch limits from FEEDS_ALLOW_PRIVATE, FETCH_TIMEOUT_MS … with `overrides` on top (tests shrink timeouts). */
  static layerWith(overrides: Partial<FetchPolicy>) {
    return Layer.effect(
      Poller,
      Effect.gen(function* () {
        const settings = yield* WorkerConfig
        const fetchPolicy: FetchPolicy = { ...(yield* fetchPolicyConfig), ...overrides }
        const itemLimits = yield* itemLimitsConfig
        const store = yield* FeedStateStore
        const seen = yield* SeenItems
        const queues = yield* Queues
        const slots = yield* HostSlots
        const redis = yield* Redis
        const { counters } = yield* Metrics
        const bounds = { minMs: settings.minPollIntervalSeconds * 1000, maxMs: settings.maxPollIntervalSeconds * 1000 }
        const thresholds = {
          afterFailures: settings.opsAlertAfterFailures,
          afterMinutes: settings.opsAlertAfterMinutes
        }

        const fetchUnderHostCap = (feed: Feed, state: FeedState, now: Date) => {
          const validators = {
            ...(state.etag === undefined ? {} : { etag: state.etag }),
            ...(state.lastModified === undefined ? {} : { lastModified: state.lastModified })
          }
          const attempt = fetchFeed(feed, validators, fetchPolicy, now, itemLimits).pipe(
            Effect.map((result): FetchAttempt => ({ _tag: "Result", result })),
            Effect.catch((error) => Effect.succeed<FetchAttempt>({ _tag: "Failed", failure: describeFailure(error) })),
            // A bug in fetching or parsing one feed is that feed's failure, not the worker's.
            Effect.catchDefect((defect) =>
              Effect.succeed<FetchAttempt>({
                _tag: "Failed",
                failure: { reason: `internal: ${Cause.pretty(Cause.die(defect)).split("\n")[0]}` }
              })
            )
          )
          return slots.withSlot(feed.url, attempt)
        }

        const recordFailedPoll = Effect.fnUntraced(function* (
          feed: Feed,
          id: string,
          state: FeedState,
          stored: FeedState | undefined,
          failure: PollFailure,
          now: Date
        ) {
          record(counters, "pollsFailed")
          recordFailure(counters, failureKind(failure))
          const { state: failed, opsNotice } = afterFailure(state, failure, now, bounds, thresholds)
          yield* store.put(failed, stored)
          yield* Effect.logWarning("feed poll failed", {
            url: feed.url,
            reason: failure.reason,
            consecutiveFailures: failed.consecutiveFailures,
            status: failed.status,
            nextCheckAt: failed.nextCheckAt
          })
          if (opsNotice !== undefined) {
            yield* queues.addOpsNotice(opsNotice, opsNoticeJobId(id, opsNotice.failingSince))
            record(counters, "opsNoticesQueued")
            yield* Effect.logError("feed reported to ops", {
              url: feed.url,
              reason: opsNotice.reason,
              consecutiveFailures: opsNotice.consecutiveFailures
            })
          }
          return nothingFetched(feed.url, "error", { error: failure.reason, state: failed })
        })

        const pollWhileHoldingFeed = Effect.fnUntraced(function* (feed: Feed, id: string, options: PollOptions) {
          const now = options.now ?? new Date()
          const stored = yield* store.get(id)
          const state: FeedState = {
            ...(stored ?? initialFeedState(id, feed.url, feed.name)),
            url: feed.url,
            name: feed.name
          }
          if (options.force !== true) {
            if (state.status === "gone")
              return nothingFetched(feed.url, "skipped", { error: "feed is gone (410)", state })
            if (state.nextCheckAt !== undefined && Date.parse(state.nextCheckAt) > now.getTime()) {
              record(counters, "pollsSkipped")
              return nothingFetched(feed.url, "skipped", { error: `next check at ${state.nextCheckAt}`, state })
            }
          }
          record(counters, "pollsStarted")

          const started = performance.now()
          const attempt = yield* fetchUnderHostCap(feed, state, now)
          recordLatency(counters, "fetch", performance.now() - started)
          if (attempt === undefined) {
            record(counters, "pollsSkipped")
            return nothingFetched(feed.url, "skipped", { error: "host busy: no fetch slot came free", state })
          }
          if (attempt._tag === "Failed") return yield* recordFailedPoll(feed, id, state, stored, attempt.failure, now)

          const result = attempt.result
          const configured =
            feed.intervalMinutes === undefined ? {} : { configuredIntervalMs: feed.intervalMinutes * 60_000 }
          if (result._tag === "NotModified") {
            record(counters, "pollsNotModified")
            // A 304 may omit the validators; the ones we sent are still the current ones then.
            const sentValidators = {
              ...(state.etag ? { etag: state.etag } : {}),
              ...(state.lastModified ? { lastModified: state.lastModified } : {})
            }
            const validators =
              result.validators.etag || result.validators.lastModified ? result.validators : sentValidators
            const updated = afterSuccess(
              state,
              { validators, hints: result.cacheHints, itemDates: [], itemsSeen: state.itemsSeen, ...configured },
              now,
              bounds
            )
            yield* store.put(updated, stored)
            return nothingFetched(feed.url, "not_modified", { state: updated })
          }

          // A feed may list the same item twice; the first copy wins.
          const items = [...new Map(result.items.map((entry) => [entry.identity, entry])).values()]
          record(counters, "itemsPolled", items.length)
          const { sightings, feedHasHistory } = yield* seen.lookup(id, items)
          const toClassify = itemsToClassify(feed, id, items, sightings, feedHasHistory)
          const jobs = planClassifyJobs(toClassify)
          if (jobs.length > 0) yield* Effect.promise(() => queues.classify.addBulk(jobs))
          const { total } = yield* seen.remember(id, items, now)

          const newItems = toClassify.filter((job) => job.sighting === "new").length
          const editedItems = toClassify.length - newItems
          record(counters, "itemsNew", newItems)
          record(counters, "itemsEdited", editedItems)
          record(counters, "pollsOk")
          const hints = {
            ...result.cacheHints,
            ...(result.ttlMinutes === undefined ? {} : { ttlMinutes: result.ttlMinutes })
          }
          const updated = afterSuccess(
            state,
            {
              validators: result.validators,
              hints,
              itemDates: realPublicationDates(items),
              itemsSeen: total,
              ...configured
            },
            now,
            bounds
          )
          yield* store.put(updated, stored)
          yield* Effect.logInfo("feed polled", {
            url: feed.url,
            items: items.length,
            newItems,
            editedItems,
            nextCheckAt: updated.nextCheckAt
          })
          return {
            url: feed.url,
            status: "ok",
            items: items.length,
            newItems,
            editedItems,
            classifyJobIds: jobs.map((job) => job.opts.jobId),
            state: updated
          } satisfies PollOutcome
        })

        // One poll of a feed at a time across all processes (a scheduled poll and poll-once may
        // meet): the feed's state is read, changed and written back by one poller only. The lease
        // outlasts a fetch that waits for a host slot and then times out.
        // Untraced, like every per-poll step (see fetchFeed).
        const pollFeed = Effect.fnUntraced(function* (feed: Feed, options: PollOptions = {}) {
          const id = feedIdOf(feed)
          const feedLock = `${redis.prefix}:worker:feed-lock:${id}`
          return yield* withRedisLock(redis.client, feedLock, pollWhileHoldingFeed(feed, id, options), {
            leaseMs: 5 * 60_000,
            waitMs: 5 * 60_000
          }).pipe(
            Effect.catchTag("LockTimeoutError", () =>
              Effect.succeed(
                nothingFetched(feed.url, "skipped", { error: "another poll of this feed is still running" })
              )
            )
          )
        })

        return Poller.of({ pollFeed, fetchPolicy })
      })
    )
  }
}
