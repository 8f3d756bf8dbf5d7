import type { Digest } from "@india-italy/domain"

/**
 * When digests run: "daily at HH:MM" or "weekly on a weekday at HH:MM", as wall-clock time in the
 * subscriber's IANA time zone. Pure functions of the schedule and a given instant, so daylight
 * saving changes can be tested with fixed clocks:
 * - a time skipped by a spring-forward change runs at the same wall time shifted by the gap
 *   (02:30 on a day that jumps from 02:00 to 03:00 runs at 03:30), never not at all;
 * - a time repeated by a fall-back change runs once, at its first occurrence.
 */

interface WallTime {
  readonly year: number
  readonly month: number
  readonly day: number
  readonly hour: number
  readonly minute: number
}

const formatters = new Map<string, Intl.DateTimeFormat>()
const formatterFor = (tz: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(tz)
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric"
    })
    formatters.set(tz, formatter)
  }
  return formatter
}

/** The wall-clock time (to the second) at `instant` in `tz`, expressed as if it were UTC. */
const wallClockAsUtc = (instantMs: number, tz: string): number => {
  const parts: Record<string, number> = {}
  for (const part of formatterFor(tz).formatToParts(new Date(instantMs))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value)
  }
  return Date.UTC(
    parts["year"] ?? 1970,
    (parts["month"] ?? 1) - 1,
    parts["day"] ?? 1,
    parts["hour"] ?? 0,
    parts["minute"] ?? 0,
    parts["second"] ?? 0
  )
}

/** Offset of `tz` from UTC at `instant`, in ms (Asia/Kolkata: +5:30). */
const offsetAt = (instantMs: number, tz: string): number =>
  wallClockAsUtc(Math.floor(instantMs / 1000) * 1000, tz) - Math.floor(instantMs / 1000) * 1000

/** The instant a wall-clock time happens in `tz`, following the DST rules above. */
export const zonedTimeToInstant = (wall: WallTime, tz: string): Date => {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute)
  const dayMs = 86_400_000
  // The offsets in force a day before and a day after cover any single transition near this time.
  const before = offsetAt(asUtc - dayMs, tz)
  const after = offsetAt(asUtc + dayMs, tz)
  const candidates = [...new Set([before, after])]
    .map((offset) => asUtc - offset)
    .filter((instant) => wallClockAsUtc(instant, tz) === asUtc)
    .sort((a, b) => a - b)
  const first = candidates[0]
  // No candidate: the wall time falls in a spring-forward gap; the pre-change offset shifts it past the gap.
  return new Date(first ?? asUtc - before)
}

/** The calendar date `days` after the local date of `instant` in `tz`. */
const localDate = (instantMs: number, tz: string, days: number) => {
  const wall = new Date(wallClockAsUtc(instantMs, tz))
  const date = new Date(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate() + days))
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    weekday: date.getUTCDay()
  }
}

/** Weekly digests without a weekday (only possible in hand-written data) run on Mondays. */
const weekdayOf = (digest: Digest): number => digest.weekday ?? 1

const runOn = (
  digest: Digest,
  date: { year: number; month: number; day: number; weekday: number }
): Date | undefined => {
  if (digest.every === "weekly" && date.weekday !== weekdayOf(digest)) return undefined
  const [hour, minute] = digest.at.split(":").map(Number)
  return zonedTimeToInstant(
    { year: date.year, month: date.month, day: date.day, hour: hour ?? 0, minute: minute ?? 0 },
    digest.tz
  )
}

/** The first scheduled run strictly after `after`. */
export const nextDigestRun = (digest: Digest, after: Date): Date => {
  const afterMs = after.getTime()
  for (let days = -1; days <= 8; days++) {
    const run = runOn(digest, localDate(afterMs, digest.tz, days))
    if (run !== undefined && run.getTime() > afterMs) return run
  }
  throw new Error(`no digest run within 8 days of ${after.toISOString()} for ${JSON.stringify(digest)}`)
}

/** The last scheduled run at or before `now`: the run a digest is due for. */
export const latestDigestRun = (digest: Digest, now: Date): Date => {
  const nowMs = now.getTime()
  for (let days = 1; days >= -8; days--) {
    const run = runOn(digest, localDate(nowMs, digest.tz, days))
    if (run !== undefined && run.getTime() <= nowMs) return run
  }
  throw new Error(`no digest run within 8 days before ${now.toISOString()} for ${JSON.stringify(digest)}`)
}
