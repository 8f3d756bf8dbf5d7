import type { OpsNotice } from "@india-italy/domain"
import { nextCheck, typicalGapMs, type NextCheckBounds, type ServerHints } from "../schedule/next-check.ts"
import type { FeedState } from "../state/feed-state-store.ts"

/**
 * Pure core of the poll stage's bookkeeping: how a feed's state changes after a successful or a
 * failed poll, and when a failing feed must be reported. A feed is never disabled in silence:
 * it is logged on every failure, shown by `pnpm feeds`, and reported to ops once per run of
 * failures (not on every poll) when the run is long or old enough, or at once when the feed is gone.
 */

export interface OpsThresholds {
  readonly afterFailures: number
  readonly afterMinutes: number
}

export interface PollFailure {
  readonly reason: string
  readonly httpStatus?: number
  readonly retryAfterSeconds?: number
}

export const afterSuccess = (
  state: FeedState,
  input: {
    readonly validators: { readonly etag?: string; readonly lastModified?: string }
    readonly hints: ServerHints
    readonly itemDates: ReadonlyArray<string>
    readonly itemsSeen: number
    readonly configuredIntervalMs?: number
  },
  now: Date,
  bounds: NextCheckBounds,
  random: () => number = Math.random
): FeedState => {
  const measuredGap = typicalGapMs(input.itemDates)
  const gap = measuredGap === undefined ? state.publishingGapMs : Math.round(measuredGap)
  const next = nextCheck(
    {
      _tag: "Success",
      hints: input.hints,
      itemDates: input.itemDates,
      ...(gap === undefined ? {} : { knownGapMs: gap }),
      ...(input.configuredIntervalMs === undefined ? {} : { configuredIntervalMs: input.configuredIntervalMs })
    },
    now,
    bounds,
    random
  )
  const {
    etag: _etag,
    lastModified: _lastModified,
    failingSince: _failingSince,
    opsNotifiedAt: _opsNotifiedAt,
    nextCheckAt: _nextCheckAt,
    ...rest
  } = state
  return {
    ...rest,
    ...(input.validators.etag === undefined ? {} : { etag: input.validators.etag }),
    ...(input.validators.lastModified === undefined ? {} : { lastModified: input.validators.lastModified }),
    status: "ok",
    lastPolledAt: now.toISOString(),
    lastSuccessAt: now.toISOString(),
    consecutiveFailures: 0,
    consecutiveNotFound: 0,
    itemsSeen: input.itemsSeen,
    ...(gap === undefined ? {} : { publishingGapMs: gap }),
    ...(next.nextCheckAt === undefined ? {} : { nextCheckAt: next.nextCheckAt.toISOString() }),
    nextCheckReason: next.reason
  }
}

export const afterFailure = (
  state: FeedState,
  failure: PollFailure,
  now: Date,
  bounds: NextCheckBounds,
  thresholds: OpsThresholds,
  random: () => number = Math.random
): { readonly state: FeedState; readonly opsNotice?: OpsNotice } => {
  const consecutiveFailures = state.consecutiveFailures + 1
  const consecutiveNotFound = failure.httpStatus === 404 ? state.consecutiveNotFound + 1 : 0
  const failingSince = state.failingSince ?? now.toISOString()
  const next = nextCheck(
    {
      _tag: "Failure",
      consecutiveFailures,
      consecutiveNotFound,
      ...(failure.httpStatus === undefined ? {} : { httpStatus: failure.httpStatus }),
      ...(failure.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: failure.retryAfterSeconds })
    },
    now,
    bounds,
    random
  )
  const { nextCheckAt: _nextCheckAt, ...rest } = state
  const failedState: FeedState = {
    ...rest,
    status: next.health,
    lastPolledAt: now.toISOString(),
    lastErrorAt: now.toISOString(),
    lastError: failure.reason,
    failingSince,
    consecutiveFailures,
    consecutiveNotFound,
    ...(next.nextCheckAt === undefined ? {} : { nextCheckAt: next.nextCheckAt.toISOString() }),
    nextCheckReason: next.reason
  }
  const failingMinutes = (now.getTime() - Date.parse(failingSince)) / 60_000
  const due =
    state.opsNotifiedAt === undefined &&
    (next.health === "gone" ||
      consecutiveFailures >= thresholds.afterFailures ||
      failingMinutes >= thresholds.afterMinutes)
  if (!due) return { state: failedState }
  return {
    state: { ...failedState, opsNotifiedAt: now.toISOString() },
    opsNotice: {
      feedUrl: state.url,
      ...(state.name === undefined ? {} : { feedName: state.name }),
      reason: next.health === "gone" ? `${failure.reason} (${next.reason})` : failure.reason,
      failingSince,
      consecutiveFailures
    }
  }
}

/** The ops notice job id: one per feed per run of failures, so a retried report is one job. */
export const opsNoticeJobId = (feedId: string, failingSince: string) => `ops-${feedId}-${Date.parse(failingSince)}`
