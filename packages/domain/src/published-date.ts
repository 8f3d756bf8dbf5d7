/**
 * Publication dates as feeds and wire dumps write them. `Date.parse` reads ISO 8601 and RFC 822
 * with GMT, UT or the North American zone names, but not the abbreviations Indian and European
 * outlets use ("Tue, 10 Oct 2023 12:51 IST", "3 marzo 2026 10:15 CET") nor "GMT+5:30": it
 * returns NaN and the item would fall back to its fetch time. This reads them as offsets.
 */

/** Offsets in minutes east of UTC, by the abbreviations seen in Indian and European feeds. */
const zoneOffsetMinutes: Readonly<Record<string, number>> = {
  // In this product IST is India Standard Time, not Irish or Israel Standard Time.
  IST: 330,
  UTC: 0,
  UT: 0,
  GMT: 0,
  Z: 0,
  WET: 0,
  WEST: 60,
  BST: 60,
  CET: 60,
  CEST: 120,
  MEZ: 60,
  MESZ: 120,
  EET: 120,
  EEST: 180,
  PKT: 300,
  NPT: 345,
  GST: 240,
  SGT: 480,
  HKT: 480,
  JST: 540,
  AEST: 600,
  AEDT: 660,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420
}

export interface PublishedTime {
  /** Milliseconds since the epoch. */
  readonly time: number
  /** The writer's offset from UTC in minutes when the text states one, else 0. */
  readonly offsetMinutes: number
}

const maxDateChars = 100
// "GMT+5:30", "UTC+05:30", "GMT+0530", "UTC-3": an explicit offset after a zone name.
const namedOffset = /\b(?:GMT|UTC|UT)\s?([+-])(\d{1,2})(?::?(\d{2}))?(?![\d:])/
// An ISO or RFC offset written as "+05:30" / "+0530" / "-0100" after a time.
const numericOffset = /\d(?::\d\d)?(?:\.\d+)?\s?([+-])(\d{2}):?(\d{2})$/
// A trailing zone abbreviation, optionally in parentheses: "12:51 IST", "10:15 (CET)".
const trailingZone = /\(?\b([A-Z]{1,5})\)?$/

const offsetOf = (sign: string, hours: string, minutes: string | undefined): number =>
  (sign === "-" ? -1 : 1) * (Number(hours) * 60 + Number(minutes ?? 0))

const toOffsetText = (minutes: number): string => {
  const sign = minutes < 0 ? "-" : "+"
  const absolute = Math.abs(minutes)
  const pad = (value: number): string => String(value).padStart(2, "0")
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`
}

/** Rewrites a zone the engine does not know into a numeric offset it reads, with the offset found. */
const withNumericZone = (text: string): { readonly text: string; readonly offsetMinutes: number } | undefined => {
  const named = namedOffset.exec(text)
  if (named !== null) {
    const offsetMinutes = offsetOf(named[1]!, named[2]!, named[3])
    return {
      text: `${text.slice(0, named.index)}${toOffsetText(offsetMinutes)}${text.slice(named.index + named[0].length)}`,
      offsetMinutes
    }
  }
  const zone = trailingZone.exec(text)
  const offsetMinutes = zone === null ? undefined : zoneOffsetMinutes[zone[1]!]
  if (zone === null || offsetMinutes === undefined) return undefined
  return { text: `${text.slice(0, zone.index).trimEnd()} ${toOffsetText(offsetMinutes)}`, offsetMinutes }
}

/**
 * The instant a publication date names, with the writer's offset, or undefined when the text
 * is not a date. Input longer than 100 characters is not a date (and is not scanned).
 */
export const parsePublishedTime = (value: string): PublishedTime | undefined => {
  const text = value.trim()
  if (text === "" || text.length > maxDateChars) return undefined
  const rewritten = withNumericZone(text)
  const candidate = rewritten?.text ?? text
  const time = Date.parse(candidate)
  if (Number.isNaN(time)) return undefined
  if (rewritten !== undefined) return { time, offsetMinutes: rewritten.offsetMinutes }
  const numeric = numericOffset.exec(candidate)
  return { time, offsetMinutes: numeric === null ? 0 : offsetOf(numeric[1]!, numeric[2]!, numeric[3]) }
}
