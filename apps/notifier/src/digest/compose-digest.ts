import { eventTypeById, sectorById, sectorIds, type BilateralEvent, type SectorId, type Subscription } from "@india-italy/domain"
import { escapeMrkdwn, mrkdwnLink, truncate } from "../slack/escape.ts"

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

// Slack's limits: 50 blocks per message, 3,000 characters per section text; headroom kept below both.
const maxBlocks = 50
const maxSectionChars = 2_900
const maxFallbackChars = 3_500
const maxTitleChars = 300

/**
 * One group per sector, in the taxonomy's order; each event appears once, under the first of its
 * sectors the subscriber asked for, so a multi-sector development is not listed twice.
 */
export const groupBySector = (subscription: Subscription, events: ReadonlyArray<BilateralEvent>): ReadonlyArray<DigestGroup> => {
  const wanted: ReadonlySet<string> | undefined = subscription.sectors === "all" ? undefined : new Set(subscription.sectors)
  const groups = new Map<SectorId | "other", Array<BilateralEvent>>()
  const ordered = [...events].sort((a, b) => a.firstSeen.localeCompare(b.firstSeen) || a.id.localeCompare(b.id))
  for (const event of ordered) {
    const sector = event.classification.sectors.find((candidate) => wanted === undefined || wanted.has(candidate)) ?? "other"
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
  const outlets = event.sources.map((source) => source.outlet?.trim()).filter((outlet): outlet is string => outlet !== undefined && outlet !== "")
  return [...new Set(outlets)]
}

const typeLabel = (event: BilateralEvent): string =>
  eventTypeById.get(event.classification.eventType)?.label ?? event.classification.eventType

/** `• <url|Title> — Agreement signed · ANSA, PIB · 3 sources`; every feed-provided part escaped. */
export const digestLine = (event: BilateralEvent): string => {
  const classification = event.classification
  const url = classification.url ?? event.sources.find((source) => source.url !== undefined)?.url
  const title = truncate(classification.title.replace(/\s+/g, " ").trim(), maxTitleChars)
  const details = [`_${escapeMrkdwn(typeLabel(event))}_`]
  const outlets = outletsOf(event)
  if (outlets.length > 0) details.push(escapeMrkdwn(truncate(outlets.slice(0, 3).join(", "), 120)))
  if (event.sources.length > 1) details.push(`${event.sources.length} sources`)
  if (classification.occurredOn !== undefined) details.push(escapeMrkdwn(classification.occurredOn))
  return `• ${mrkdwnLink(url, title)} — ${details.join(" · ")}`
}

const plainLine = (event: BilateralEvent): string => {
  const title = truncate(event.classification.title.replace(/\s+/g, " ").trim(), maxTitleChars)
  return `• ${escapeMrkdwn(title)} (${escapeMrkdwn(typeLabel(event))})`
}

/** Lines packed into section texts under Slack's per-section limit, with the events each covers. */
const packSections = (
  heading: string,
  events: ReadonlyArray<BilateralEvent>
): Array<{ readonly text: string; readonly eventIds: ReadonlyArray<string> }> => {
  const sections: Array<{ text: string; eventIds: Array<string> }> = []
  let current = { text: heading, eventIds: [] as Array<string> }
  for (const event of events) {
    const line = digestLine(event)
    const candidate = `${current.text}\n${line}`
    if (candidate.length > maxSectionChars && current.eventIds.length > 0) {
      sections.push(current)
      current = { text: `${heading} (continued)\n${line}`, eventIds: [event.id] }
    } else {
      current = { text: truncate(candidate, maxSectionChars), eventIds: [...current.eventIds, event.id] }
    }
  }
  sections.push(current)
  return sections
}

/** "Mon 23 Nov 2026" in the subscriber's zone: an 08:00 Auckland digest is dated Auckland's day, not UTC's. */
export const localRunDate = (runAt: Date, tz: string): string => {
  try {
    return new Intl.DateTimeFormat("en-GB", { timeZone: tz, weekday: "short", day: "numeric", month: "short", year: "numeric" }).format(runAt).replaceAll(",", "")
  } catch {
    return runAt.toISOString().slice(0, 10)
  }
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`

/**
 * The single message of a digest: a header, one section per sector with the developments since the
 * last digest, and a fallback text. Undefined when there is nothing to say, so nothing is posted.
 */
export const composeDigest = (
  subscription: Subscription,
  events: ReadonlyArray<BilateralEvent>,
  options: { readonly runAt: Date }
): DigestMessage | undefined => {
  if (events.length === 0) return undefined
  const groups = groupBySector(subscription, events)
  const every = subscription.digest?.every === "weekly" ? "Weekly" : "Daily"
  const headline = `India–Italy ${every.toLowerCase()} digest: ${plural(events.length, "development")}`
  const runDate = localRunDate(options.runAt, subscription.digest?.tz ?? "UTC")

  const blocks: Array<unknown> = [
    { type: "header", text: { type: "plain_text", text: headline, emoji: false } },
    {
      type: "context",
      elements: [{ type: "mrkdwn", text: `${every} digest for ${runDate} · ${plural(groups.length, "sector")}` }]
    }
  ]
  const shownIds: Array<string> = []
  sections: for (const group of groups) {
    for (const section of packSections(`*${escapeMrkdwn(group.label)}*`, group.events)) {
      // Keep one block free for the "more" note.
      if (blocks.length >= maxBlocks - 1) break sections
      blocks.push({ type: "section", text: { type: "mrkdwn", text: section.text } })
      shownIds.push(...section.eventIds)
    }
  }
  const notShown = events.length - shownIds.length
  if (notShown > 0) {
    blocks.push({
      type: "context",
      elements: [{ type: "mrkdwn", text: `…and ${plural(notShown, "more development")}, carried over to the next digest` }]
    })
  }

  const fallbackLines = [headline]
  for (const group of groups) {
    fallbackLines.push("", `${escapeMrkdwn(group.label)}:`, ...group.events.map(plainLine))
  }
  return {
    text: truncate(fallbackLines.join("\n"), maxFallbackChars),
    blocks,
    // Events that did not fit stay buffered for the next digest instead of being dropped.
    eventIds: shownIds
  }
}
