import {
  eventTypeById,
  sectorById,
  sectorIds,
  type BilateralEvent,
  type SectorId,
  type Subscription,
  pairLabel
} from "@india-italy/domain"
import { escapeMrkdwn, mrkdwnLink, truncate } from "../slack/escape.ts"
import { reportCount } from "../slack/report-count.ts"

export interface DigestMessage {
  /** Fallback text (notifications, clients without Block Kit); escaped like the blocks. */
  readonly text: string
  readonly blocks: ReadonlyArray<unknown>
  /** The events the message shows, to acknowledge once it is posted. */
  readonly eventIds: ReadonlyArray<string>
}

export interface DigestGroup {
  /** A sector id, or "other" for relevant events with no sector (only in "all" subscriptions). */
  readonly sector: SectorId | "other"
  readonly label: string
  readonly events: ReadonlyArray<BilateralEvent>
}

/**
 * What one digest message may hold, below Slack's limits (50 blocks; 3,000 characters of section
 * text; about 12,000 characters of block text per message, past which Slack answers
 * msg_blocks_too_long). Every length is measured on the text as sent, after escaping: `&` in a
 * feed's URL becomes `&amp;`, five times as long.
 */
export const digestLimits = {
  blocksPerMessage: 45,
  sectionChars: 2_900,
  blockTextPerMessage: 11_000,
  fallbackChars: 3_500,
  /** A digest longer than this many messages carries the rest over to the next run. */
  messagesPerDigest: 10,
  /** One line's link, title and details, escaped. */
  linkChars: 1_000,
  titleChars: 600,
  outletChars: 200
} as const

/**
 * One group per sector, in the taxonomy's order; each event appears once, under the first of its
 * sectors the subscriber asked for, so a multi-sector development is not listed twice.
 */
export const groupBySector = (
  subscription: Subscription,
  events: ReadonlyArray<BilateralEvent>
): ReadonlyArray<DigestGroup> => {
  const wanted: ReadonlySet<string> | undefined =
    subscription.sectors === "all" ? undefined : new Set(subscription.sectors)
  const groups = new Map<SectorId | "other", Array<BilateralEvent>>()
  const ordered = [...events].sort((a, b) => a.firstSeen.localeCompare(b.firstSeen) || a.id.localeCompare(b.id))
  for (const event of ordered) {
    const sector =
      event.classification.sectors.find((candidate) => wanted === undefined || wanted.has(candidate)) ?? "other"
    const group = groups.get(sector) ?? []
    group.push(event)
    groups.set(sector, group)
  }
  const order: ReadonlyArray<SectorId | "other"> = [...sectorIds, "other"]
  return order.flatMap((sector) => {
    const grouped = groups.get(sector)
    if (grouped === undefined) return []
    const label = sector === "other" ? "Other developments" : (sectorById.get(sector)?.label ?? sector)
    return [{ sector, label, events: grouped }]
  })
}

const outletsOf = (event: BilateralEvent): ReadonlyArray<string> => {
  const outlets = event.sources
    .map((source) => source.outlet?.trim())
    .filter((outlet): outlet is string => outlet !== undefined && outlet !== "")
  return [...new Set(outlets)]
}

const typeLabel = (event: BilateralEvent): string =>
  eventTypeById.get(event.classification.eventType)?.label ?? event.classification.eventType

/** Feed text for one line: whitespace collapsed, escaped, then cut — so the cut is on what is sent. */
const escapedCut = (text: string, max: number): string => truncate(escapeMrkdwn(text.replace(/\s+/g, " ").trim()), max)

/**
 * `• <url|Title> — Agreement signed · ANSA, PIB · 3 sources`; every feed-provided part escaped and
 * measured after escaping. A link longer than digestLimits.linkChars once escaped (a URL full of
 * `&`) is left out and the title shown unlinked, so no line can outgrow a section.
 */
export const digestLine = (event: BilateralEvent): string => {
  const classification = event.classification
  const url = classification.url ?? event.sources.find((source) => source.url !== undefined)?.url
  const title = classification.title.replace(/\s+/g, " ").trim()
  // mrkdwnLink escapes the label itself; its result is measured as a whole below.
  const link = mrkdwnLink(url, truncate(title, 300))
  const details = [`_${escapeMrkdwn(typeLabel(event))}_`]
  const outlets = outletsOf(event)
  if (outlets.length > 0) details.push(escapedCut(outlets.slice(0, 3).join(", "), digestLimits.outletChars))
  const reports = reportCount(event)
  if (reports > 1) details.push(`${reports} sources`)
  if (classification.occurredOn !== undefined) details.push(escapedCut(classification.occurredOn, 40))
  const shown = link.length <= digestLimits.linkChars ? link : escapedCut(title, digestLimits.titleChars)
  return `• ${shown} — ${details.join(" · ")}`
}

const plainLine = (event: BilateralEvent): string =>
  `• ${escapedCut(event.classification.title, 300)} (${escapeMrkdwn(typeLabel(event))})`

interface PackedSection {
  readonly text: string
  readonly eventIds: ReadonlyArray<string>
}

/**
 * Lines packed into section texts under the section limit, with the events each covers. A
 * "(continued)" section is held to the same limit; a line is never longer than a section (see
 * digestLine), and `truncate` below is only a last guard.
 */
const packSections = (heading: string, events: ReadonlyArray<BilateralEvent>): Array<PackedSection> => {
  const sections: Array<PackedSection> = []
  let current: { text: string; eventIds: Array<string> } = { text: heading, eventIds: [] }
  for (const event of events) {
    const line = digestLine(event)
    if (current.eventIds.length > 0 && current.text.length + 1 + line.length > digestLimits.sectionChars) {
      sections.push(current)
      current = { text: `${heading} (continued)`, eventIds: [] }
    }
    current = {
      text: truncate(`${current.text}\n${line}`, digestLimits.sectionChars),
      eventIds: [...current.eventIds, event.id]
    }
  }
  sections.push(current)
  return sections
}

/** "Mon 23 Nov 2026" in the subscriber's zone: an 08:00 Auckland digest is dated Auckland's day, not UTC's. */
export const localRunDate = (runAt: Date, tz: string): string => {
  try {
    return new Intl.DateTimeFormat("en-GB", {
      timeZone: tz,
      weekday: "short",
      day: "numeric",
      month: "short",
      year: "numeric"
    })
      .format(runAt)
      .replaceAll(",", "")
  } catch {
    return runAt.toISOString().slice(0, 10)
  }
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`

const section = (text: string) => ({ type: "section", text: { type: "mrkdwn", text, verbatim: true } })

const context = (text: string) => ({ type: "context", elements: [{ type: "mrkdwn", text, verbatim: true }] })

/** Sections grouped into messages, each under the block count and block text budget. */
const packMessages = (sections: ReadonlyArray<PackedSection>, reservedChars: number): Array<Array<PackedSection>> => {
  const messages: Array<Array<PackedSection>> = []
  let current: Array<PackedSection> = []
  let chars = reservedChars
  for (const packed of sections) {
    const full =
      current.length + 3 > digestLimits.blocksPerMessage ||
      chars + packed.text.length > digestLimits.blockTextPerMessage
    if (current.length > 0 && full) {
      messages.push(current)
      current = []
      chars = reservedChars
    }
    current.push(packed)
    chars += packed.text.length
  }
  if (current.length > 0) messages.push(current)
  return messages
}

/**
 * A digest as the messages it takes: a header and context on each, then sections per sector
 * with the developments since the last digest. Slack refuses a message past its limits, so the
 * digest is split into as many messages as it needs (up to digestLimits.messagesPerDigest; what
 * does not fit is counted in the last message and carried over to the next digest). Empty when
 * there is nothing to say, so nothing is posted.
 */
export const composeDigest = (
  subscription: Subscription,
  events: ReadonlyArray<BilateralEvent>,
  options: { readonly runAt: Date }
): ReadonlyArray<DigestMessage> => {
  if (events.length === 0) return []
  const groups = groupBySector(subscription, events)
  const every = subscription.digest?.every === "weekly" ? "Weekly" : "Daily"
  const headline = `${pairLabel()} ${every.toLowerCase()} digest: ${plural(events.length, "development")}`
  const runDate = localRunDate(options.runAt, subscription.digest?.tz ?? "UTC")
  const sections = groups.flatMap((group) => packSections(`*${escapeMrkdwn(group.label)}*`, group.events))
  // Header, context and the "…and N more" note are ours and short: 400 characters covers them.
  const packed = packMessages(sections, 400)
  const kept = packed.slice(0, digestLimits.messagesPerDigest)
  const shown = kept.flatMap((parts) => parts.flatMap((part) => part.eventIds))
  const notShown = events.length - shown.length
  const byId = new Map(events.map((event) => [event.id, event]))

  return kept.map((parts, index) => {
    const part = kept.length > 1 ? ` (${index + 1}/${kept.length})` : ""
    const blocks: Array<unknown> = [
      { type: "header", text: { type: "plain_text", text: `${headline}${part}`, emoji: false } },
      context(
        `${every} digest for ${runDate} · ${plural(groups.length, "sector")}${part === "" ? "" : ` · message${part}`}`
      ),
      ...parts.map((packedSection) => section(packedSection.text))
    ]
    if (index === kept.length - 1 && notShown > 0) {
      blocks.push(context(`…and ${plural(notShown, "more development")}, carried over to the next digest`))
    }
    const eventIds = parts.flatMap((packedSection) => packedSection.eventIds)
    const lines = eventIds.flatMap((id) => {
      const event = byId.get(id)
      return event === undefined ? [] : [plainLine(event)]
    })
    return {
      text: truncate([`${headline}${part}`, ...lines].join("\n"), digestLimits.fallbackChars),
      blocks,
      // Events that did not fit stay buffered for the next digest instead of being dropped.
      eventIds
    }
  })
}
