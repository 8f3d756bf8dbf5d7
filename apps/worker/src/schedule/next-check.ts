/**
 * When to look at a feed again. Pure: every input is an argument (including the random source
 * for jitter), so the policy can be tested exhaustively without clocks or servers.
 *
 * The policy, in order of authority:
 * - the server's word (Retry-After, Cache-Control max-age, Expires, RSS <ttl>) is a floor: polling
 *   earlier than a server asked is rude and usually just earns a 304 or a 429;
 * - otherwise the feed's own rhythm: half the typical gap between its recent items, so a feed that
 *   publishes hourly is checked about every 30 minutes and one that publishes weekly rarely;
 * - failures back off exponentially with a cap; a 410 means the feed is gone (stop, report);
 *   a 404 that keeps coming is probably a moved feed, so it is checked rarely rather than hammered;
 * - everything is clamped to [min, max] and jittered so many feeds do not fire in lockstep.
 */

export interface NextCheckBounds {
  readonly minMs: number
  readonly maxMs: number
}

export const defaultBounds: NextCheckBounds = { minMs: 2 * 60_000, maxMs: 6 * 3_600_000 }

export interface ServerHints {
  readonly maxAgeSeconds?: number
  /** An HTTP date or ISO date. */
  readonly expiresAt?: string
  readonly retryAfterSeconds?: number
  readonly ttlMinutes?: number
}

export type CheckResult =
  | {
      readonly _tag: "Success"
      readonly hints: ServerHints
      /** Publication dates (ISO) of the items currently in the feed; order does not matter. */
      readonly itemDates: ReadonlyArray<string>
      /** An interval the operator configured for this feed. */
      readonly configuredIntervalMs?: number
      /** The typical gap measured on an earlier poll, used when this one has no datable items (a 304). */
      readonly knownGapMs?: number
    }
  | {
      readonly _tag: "Failure"
      readonly httpStatus?: number
      readonly retryAfterSeconds?: number
      /** Failures in a row, counting this one. */
      readonly consecutiveFailures: number
      /** 404s in a row, counting this one. */
      readonly consecutiveNotFound: number
    }

export type FeedHealth = "ok" | "failing" | "missing" | "gone"

export interface NextCheck {
  readonly health: FeedHealth
  /** Absent when the feed is gone: nothing more to check. */
  readonly nextCheckAt?: Date
  /** Why this delay, for `pnpm feeds` and the logs. */
  readonly reason: string
}

/** With no usable item dates, a feed is checked this often. */
export const defaultIntervalMs = 15 * 60_000
/** A 404 this many times in a row makes the feed "missing": checked at the slowest rate. */
export const notFoundLimit = 3
const jitterFraction = 0.1

const clamp = (value: number, bounds: NextCheckBounds) => Math.min(bounds.maxMs, Math.max(bounds.minMs, value))

const jitter = (ms: number, random: () => number) => ms * (1 + (random() * 2 - 1) * jitterFraction)

/** The median gap between consecutive item dates, or undefined with fewer than two datable items. */
export const typicalGapMs = (itemDates: ReadonlyArray<string>): number | undefined => {
  const times = itemDates
    .map((date) => Date.parse(date))
    .filter((time) => Number.isFinite(time))
    .sort((a, b) => b - a)
    .slice(0, 20)
  const gaps: Array<number> = []
  for (let index = 1; index < times.length; index++) {
    const gap = times[index - 1]! - times[index]!
    if (gap > 0) gaps.push(gap)
  }
  if (gaps.length === 0) return undefined
  gaps.sort((a, b) => a - b)
  return gaps[Math.floor(gaps.length / 2)]!
}

/** The longest delay the server asked for, in ms from `now`. */
export const serverFloorMs = (hints: ServerHints, now: Date): number => {
  const candidates: Array<number> = []
  if (hints.maxAgeSeconds !== undefined && hints.maxAgeSeconds > 0) candidates.push(hints.maxAgeSeconds * 1000)
  if (hints.retryAfterSeconds !== undefined && hints.retryAfterSeconds > 0)
    candidates.push(hints.retryAfterSeconds * 1000)
  if (hints.ttlMinutes !== undefined && hints.ttlMinutes > 0) candidates.push(hints.ttlMinutes * 60_000)
  if (hints.expiresAt !== undefined) {
    const expires = Date.parse(hints.expiresAt)
    if (Number.isFinite(expires) && expires > now.getTime()) candidates.push(expires - now.getTime())
  }
  return candidates.length === 0 ? 0 : Math.max(...candidates)
}

/** Exponential backoff for the nth failure in a row: min, 2·min, 4·min … capped at max. */
export const backoffMs = (consecutiveFailures: number, bounds: NextCheckBounds): number =>
  Math.min(bounds.maxMs, bounds.minMs * 2 ** Math.max(0, Math.min(30, consecutiveFailures - 1)))

export const nextCheck = (
  result: CheckResult,
  now: Date,
  bounds: NextCheckBounds = defaultBounds,
  random: () => number = Math.random
): NextCheck => {
  const at = (ms: number) => new Date(now.getTime() + Math.round(clamp(jitter(clamp(ms, bounds), random), bounds)))

  if (result._tag === "Success") {
    const floor = serverFloorMs(result.hints, now)
    const gap = typicalGapMs(result.itemDates) ?? result.knownGapMs
    const rhythm = result.configuredIntervalMs ?? (gap === undefined ? defaultIntervalMs : gap / 2)
    const delay = Math.max(rhythm, floor)
    const reason =
      floor > rhythm
        ? "server cache hints"
        : result.configuredIntervalMs !== undefined
          ? "configured interval"
          : gap === undefined
            ? "default interval"
            : "publishing rhythm"
    return { health: "ok", nextCheckAt: at(delay), reason }
  }

  const status = result.httpStatus
  if (status === 410) return { health: "gone", reason: "410 Gone: the feed was removed; polling stopped" }
  if (status === 404 && result.consecutiveNotFound >= notFoundLimit) {
    return {
      health: "missing",
      nextCheckAt: at(bounds.maxMs),
      reason: `404 ${result.consecutiveNotFound} times in a row`
    }
  }
  const backoff = backoffMs(result.consecutiveFailures, bounds)
  if (
    (status === 429 || status === 503) &&
    result.retryAfterSeconds !== undefined &&
    result.retryAfterSeconds * 1000 > backoff
  ) {
    return { health: "failing", nextCheckAt: at(result.retryAfterSeconds * 1000), reason: `${status} with Retry-After` }
  }
  return {
    health: "failing",
    nextCheckAt: at(backoff),
    reason: `${status === undefined ? "" : `${status}: `}backoff after ${result.consecutiveFailures} failures`
  }
}
