import {
  eventTypeById,
  sectorById,
  type Actor,
  type Amount,
  type BilateralEvent,
  type ClassifiedItem,
  type DatePrecision,
  type Evidence,
  type OpsNotice,
  type Source,
  englishMonthNames,
  countryName,
  pairLabel
} from "@india-italy/domain"
import { alertFeedbackBlocks } from "../feedback/alert-feedback-blocks.ts"
import type { FeedbackRecord } from "../feedback/feedback-answer.ts"
import { escapeMrkdwn, escapePlain, mrkdwnLink, truncate } from "./escape.ts"
import { languageName } from "./language-name.ts"
import { reportCount } from "./report-count.ts"
import { describeWhatHappened } from "./what-happened.ts"

/**
 * Block Kit for one alert, pure: the same event always renders the same message, so a retried
 * delivery or a chat.update after a follow-up shows exactly what a first post would have.
 * Every string that came from a feed goes through escape.ts; links are built only by mrkdwnLink.
 */

/** Slack's documented limits for what we send. */
export const slackLimits = {
  headerText: 150,
  sectionText: 3000,
  blocks: 50,
  contextElements: 10,
  /** Slack truncates longer `text`; notifications show far less anyway. */
  fallbackText: 3000
} as const

export interface SlackMessage {
  /** Fallback for notifications and clients without Block Kit (mrkdwn, escaped). */
  readonly text: string
  readonly blocks: ReadonlyArray<Record<string, unknown>>
}

const maxHeadlineChars = 500
const maxActors = 8
const maxEvidence = 4
const maxEvidenceChars = 280
const maxSources = 10

const currencySymbols: Readonly<Record<string, string>> = { EUR: "€", USD: "$", INR: "₹", GBP: "£", JPY: "¥" }

/** "20 billion", "1.5 million", "800": the scale words people use for trade figures. */
export const formatQuantity = (value: number): string => {
  const scales: ReadonlyArray<readonly [number, string]> = [
    [1e12, "trillion"],
    [1e9, "billion"],
    [1e6, "million"]
  ]
  for (const [size, word] of scales) {
    if (Math.abs(value) >= size) return `${trimNumber(value / size)} ${word}`
  }
  return Math.abs(value) >= 10_000 ? Math.round(value).toLocaleString("en-GB") : trimNumber(value)
}

const trimNumber = (value: number): string => String(Number.isInteger(value) ? value : Number(value.toFixed(2)))

const measureWords: Readonly<Record<Amount["measure"], string>> = {
  trade_volume: "bilateral trade",
  trade_target: "target",
  investment: "investment",
  investment_target: "investment target",
  company_count: "companies",
  contract_value: "contract",
  other: ""
}

/** "€20 billion target by 2029", "$15 billion bilateral trade (2024)", "800 companies". */
export const formatAmount = (amount: Amount): string => {
  const quantity = formatQuantity(amount.value)
  const money =
    amount.currency === undefined
      ? quantity
      : currencySymbols[amount.currency] !== undefined
        ? `${currencySymbols[amount.currency]}${quantity}`
        : `${amount.currency} ${quantity}`
  const words = measureWords[amount.measure]
  const isTarget = amount.measure === "trade_target" || amount.measure === "investment_target"
  const year = amount.year === undefined ? "" : isTarget ? ` by ${amount.year}` : ` (${amount.year})`
  return `${money}${words.length > 0 ? ` ${words}` : ""}${year}`
}

/** A date at the precision the classifier knows it: "12 March 2026", "March 2026", "2026". */
export const formatDate = (isoDate: string, precision: DatePrecision = "day"): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate)
  if (match === null) return isoDate
  const [, year, month, day] = match
  const monthName = englishMonthNames[Number(month) - 1] ?? month
  if (precision === "year") return `${year}`
  if (precision === "month") return `${monthName} ${year}`
  return `${Number(day)} ${monthName} ${year}`
}

/** "12 Mar 2026, 14:05 UTC" for a source's publication time; the input when it does not parse. */
export const formatTimestamp = (iso: string): string => {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const day = date.getUTCDate()
  const month = (englishMonthNames[date.getUTCMonth()] ?? "").slice(0, 3)
  const time = `${String(date.getUTCHours()).padStart(2, "0")}:${String(date.getUTCMinutes()).padStart(2, "0")}`
  return `${day} ${month} ${date.getUTCFullYear()}, ${time} UTC`
}

const formatActor = (actor: Actor): string => {
  const office = actor.office !== undefined ? `, ${escapeMrkdwn(actor.office)}` : ""
  const country =
    actor.office === undefined && countryName(actor.country) !== "" ? ` (${countryName(actor.country)})` : ""
  return `${escapeMrkdwn(actor.name)}${office}${country}`
}

export const eventTypeLabel = (item: ClassifiedItem): string =>
  eventTypeById.get(item.eventType)?.label ?? item.eventType

const sectorLabel = (sector: string): string => sectorById.get(sector as never)?.label ?? sector

const statusWords: Readonly<Record<ClassifiedItem["status"], string>> = {
  happened: "happened",
  announced: "announced or planned",
  background: "background in a report about something else"
}

/** What an evidence tag means to a reader: "eventType:agreement_signed" → "Agreement signed". */
const evidenceTagLabel = (tag: string): string => {
  const [kind, value] = tag.split(":", 2)
  if (value === undefined) return tag
  if (kind === "eventType") return eventTypeById.get(value as never)?.label ?? value
  if (kind === "sector") return sectorById.get(value as never)?.label ?? value
  if (kind === "actor") return value
  return tag
}

/** Type and sector evidence first (the "why" a subscriber cares about), then the rest; no repeats. */
const pickEvidence = (evidence: ReadonlyArray<Evidence>): ReadonlyArray<Evidence> => {
  const rank = (item: Evidence) => (item.tag.startsWith("eventType:") ? 0 : item.tag.startsWith("sector:") ? 1 : 2)
  const seen = new Set<string>()
  const picked: Array<Evidence> = []
  for (const item of [...evidence].sort((a, b) => rank(a) - rank(b))) {
    const key = `${item.tag}\u0000${item.text}`
    if (seen.has(key) || item.text.trim().length === 0) continue
    seen.add(key)
    picked.push(item)
    if (picked.length >= maxEvidence) break
  }
  return picked
}

/** " (Italian)" after an outlet's name: which language that outlet reported in, when known. */
const languageNote = (source: Source): string => {
  const name = languageName(source.language)
  return name === undefined ? "" : ` (${escapeMrkdwn(name)})`
}

const formatSource = (source: Source): string => {
  const outlet = source.outlet ?? hostOf(source.url) ?? "source"
  const link = mrkdwnLink(source.url, outlet) + languageNote(source)
  const title = source.title.trim().length > 0 ? ` — ${escapeMrkdwn(truncate(source.title, 200))}` : ""
  const when = source.published !== undefined ? ` · ${escapeMrkdwn(formatTimestamp(source.published))}` : ""
  return `• ${link}${title}${when}`
}

const hostOf = (url: string | undefined): string | undefined => {
  if (url === undefined) return undefined
  try {
    return new URL(url).hostname.replace(/^www\./, "")
  } catch {
    return undefined
  }
}

/**
 * Joins lines under a heading, keeping whole lines while they fit in Slack's section limit; a
 * line too long on its own is cut, and the lines left out — plus `alsoHidden`, lines the caller
 * never passed (sources beyond those listed) — are counted, so "…and N more" says what it hides.
 */
export const fitLines = (
  heading: string,
  lines: ReadonlyArray<string>,
  max: number = slackLimits.sectionText,
  alsoHidden = 0
): string => {
  const moreNote = (count: number) => (count > 0 ? `\n…and ${count} more` : "")
  let text = heading
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? ""
    const separator = text.length > 0 ? "\n" : ""
    const remaining = lines.length - index - 1 + alsoHidden
    const reserve = remaining > 0 ? 32 : 0
    if (text.length + separator.length + line.length + reserve <= max) {
      text += separator + line
      continue
    }
    const room = max - text.length - separator.length - 32
    // A line with a link cannot be cut without breaking the link's syntax: leave it out instead.
    const cutLine = room > 40 && !line.includes("<")
    if (cutLine) text += separator + truncate(line, room)
    return truncate(text + moreNote(lines.length - index - (cutLine ? 1 : 0) + alsoHidden), max)
  }
  return truncate(text + moreNote(alsoHidden), max)
}

const section = (text: string) => ({ type: "section", text: { type: "mrkdwn", text, verbatim: true } })

const quote = (text: string): string =>
  `“${escapeMrkdwn(truncate(text.replace(/\s+/g, " ").trim(), maxEvidenceChars))}”`

export interface RenderAlertOptions {
  /** Only these sectors are shown first (the subscriber's match); all sectors are still listed. */
  readonly highlightSectors?: ReadonlyArray<string>
  /** Answers already given in the channel, acknowledged under the alert. */
  readonly feedback?: ReadonlyArray<FeedbackRecord>
}

/** The top-level alert for an event, in its current revision. */
export const renderAlert = (event: BilateralEvent, options: RenderAlertOptions = {}): SlackMessage => {
  const item = event.classification
  const typeLabel = eventTypeLabel(item)
  const headline = item.title.replace(/\s+/g, " ").trim()
  const blocks: Array<Record<string, unknown>> = []

  blocks.push({
    type: "header",
    text: {
      type: "plain_text",
      text: truncate(escapePlain(`${pairLabel()} · ${typeLabel}`), slackLimits.headerText),
      emoji: true
    }
  })
  // A headline longer than this is a feed stuffing its body into the title; the bold stays closed.
  blocks.push(section(`*${truncate(escapeMrkdwn(headline), maxHeadlineChars)}*`))

  const highlighted = new Set(options.highlightSectors ?? [])
  const orderedSectors = [...item.sectors].sort((a, b) => Number(highlighted.has(b)) - Number(highlighted.has(a)))
  // All sector tags in one element: an event can carry more sectors than a context block has room for.
  const sectorTags = orderedSectors.map((sector) => `\`${escapeMrkdwn(sectorLabel(sector))}\``).join(" ")
  // The headline and evidence stay in the report's own words; the reader is told which language that is.
  const language = languageName(item.language)
  blocks.push(
    contextBlock([
      sectorTags.length > 0 ? sectorTags : "no sector tagged",
      `confidence ${Math.round(item.confidence * 100)}%`,
      ...(language === undefined ? [] : [`in ${escapeMrkdwn(language)}`])
    ])
  )

  const facts: Array<string> = []
  const sentence = describeWhatHappened(item)
  if (sentence !== undefined) facts.push(escapeMrkdwn(sentence))
  const otherTypes = item.eventTypes.filter((type) => type !== item.eventType)
  if (otherTypes.length > 0) {
    facts.push(`*Also:* ${otherTypes.map((type) => escapeMrkdwn(eventTypeById.get(type)?.label ?? type)).join(", ")}`)
  }
  if (item.actors.length > 0) {
    const shown = item.actors.slice(0, maxActors).map(formatActor)
    const more = item.actors.length > maxActors ? ` and ${item.actors.length - maxActors} more` : ""
    facts.push(`*Who:* ${shown.join("; ")}${more}`)
  }
  if (item.places.length > 0) facts.push(`*Where:* ${item.places.map((place) => escapeMrkdwn(place.name)).join(", ")}`)
  if (item.occurredOn !== undefined) {
    facts.push(
      `*When:* ${escapeMrkdwn(formatDate(item.occurredOn, item.occurredPrecision))} (${statusWords[item.status]})`
    )
  } else {
    facts.push(`*Status:* ${statusWords[item.status]}`)
  }
  if (item.amounts.length > 0) {
    facts.push(`*Figures:* ${item.amounts.map((amount) => escapeMrkdwn(formatAmount(amount))).join("; ")}`)
  }
  blocks.push(section(fitLines("*What happened*", facts)))

  const evidence = pickEvidence(item.evidence)
  if (evidence.length > 0) {
    const lines = evidence.map((span) => `• _${escapeMrkdwn(evidenceTagLabel(span.tag))}_: ${quote(span.text)}`)
    blocks.push(section(fitLines("*Why it was tagged*", lines)))
  }

  blocks.push(section(renderSourcesText(event.sources, reportCount(event))))
  blocks.push(contextBlock([`event ${escapeMrkdwn(truncate(event.id, 80))} · revision ${event.revision}`]))
  blocks.push(...alertFeedbackBlocks(event, options.feedback))

  const text = truncate(
    `${escapeMrkdwn(typeLabel)}: ${escapeMrkdwn(truncate(headline, 500))}`,
    slackLimits.fallbackText
  )
  return { text, blocks: blocks.slice(0, slackLimits.blocks) }
}

/**
 * The sources line of an alert, which chat.update refreshes when another outlet reports it.
 * `total` counts every report joined, including those the event no longer lists.
 */
export const renderSourcesText = (sources: ReadonlyArray<Source>, total: number = sources.length): string => {
  const sorted = [...sources].sort((a, b) => (a.published ?? "").localeCompare(b.published ?? ""))
  const shown = sorted.slice(0, maxSources).map(formatSource)
  const reports = Math.max(total, sources.length)
  const heading = reports === 1 ? "*Source*" : `*Sources* (${reports})`
  return fitLines(heading, shown, slackLimits.sectionText, reports - shown.length)
}

/** A follow-up: another outlet reported the development; posted in the first alert's thread. */
export const renderSourceReply = (event: BilateralEvent, source: Source): SlackMessage => {
  const outlet = source.outlet ?? hostOf(source.url) ?? "another outlet"
  const lines = [
    `*Also reported by ${mrkdwnLink(source.url, outlet)}*${languageNote(source)}`,
    source.title.trim().length > 0 ? `_${escapeMrkdwn(truncate(source.title.replace(/\s+/g, " "), 500))}_` : "",
    source.published !== undefined ? escapeMrkdwn(formatTimestamp(source.published)) : ""
  ].filter((line) => line.length > 0)
  const fallback =
    `Also reported by ${escapeMrkdwn(outlet)}${languageNote(source)}: ` + escapeMrkdwn(truncate(source.title, 300))
  const text = truncate(fallback, slackLimits.fallbackText)
  return {
    text,
    blocks: [section(fitLines("", lines)), contextBlock([`${reportCount(event)} sources now report this development`])]
  }
}

/** A feed that keeps failing, for the ops channel. */
export const renderOpsNotice = (notice: OpsNotice): SlackMessage => {
  const name = notice.feedName ?? notice.feedUrl
  const lines = [
    `*Feed failing:* ${mrkdwnLink(notice.feedUrl, name)}`,
    `*Since:* ${escapeMrkdwn(formatTimestamp(notice.failingSince))} · ${notice.consecutiveFailures} failures in a row`,
    `*Last error:* ${escapeMrkdwn(truncate(notice.reason, 1_000))}`
  ]
  return {
    text: truncate(
      `Feed failing: ${escapeMrkdwn(name)} — ${escapeMrkdwn(truncate(notice.reason, 300))}`,
      slackLimits.fallbackText
    ),
    blocks: [section(fitLines("", lines))]
  }
}

/** A channel the notifier cannot post to, for the ops channel. */
export const renderChannelFailure = (channel: string, code: string, reason: string): SlackMessage => {
  const text =
    `Alerts to channel ${escapeMrkdwn(channel)} are being skipped: ` +
    `${escapeMrkdwn(code)} (${escapeMrkdwn(truncate(reason, 300))})`
  return {
    text,
    blocks: [
      section(
        truncate(
          `*Undeliverable channel* ${escapeMrkdwn(channel)}\n` +
            `${escapeMrkdwn(code)}: ${escapeMrkdwn(truncate(reason, 1_000))}`,
          slackLimits.sectionText
        )
      )
    ]
  }
}

const contextBlock = (elements: ReadonlyArray<string>) => ({
  type: "context",
  elements: elements
    .slice(0, slackLimits.contextElements)
    .map((text) => ({ type: "mrkdwn", text: truncate(text, slackLimits.sectionText), verbatim: true }))
})
