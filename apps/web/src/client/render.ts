import {
  eventTypeById,
  sectorById,
  type BilateralEvent,
  type Evidence,
  type HistoryEvent,
  type HistoryEventDetail,
  type StoredAlert,
  type StoredReport
} from "@india-italy/domain"
import { el, externalLink, formatDay, formatTime, formatWhen } from "./dom.ts"

const typeLabel = (id: string): string => eventTypeById.get(id as never)?.label ?? id
const sectorLabel = (id: string): string => sectorById.get(id as never)?.label ?? id

const statusNote: Record<string, string> = { announced: "announced or planned", background: "background" }

const facts = (rows: ReadonlyArray<readonly [string, Node | string | undefined]>): HTMLDListElement => {
  const list = el("dl", { class: "facts" })
  for (const [term, value] of rows) {
    if (value === undefined || value === "") continue
    list.append(el("dt", {}, term), el("dd", {}, value))
  }
  return list
}

const sourcesList = (event: BilateralEvent): HTMLUListElement =>
  el(
    "ul",
    { class: "sources" },
    ...event.sources.map((source) =>
      el(
        "li",
        {},
        externalLink(source.url, source.outlet ?? source.title),
        source.outlet === undefined ? "" : ` — ${source.title}`
      )
    )
  )

/** What, who, where, when and how much of an event, as the card and the event page show it. */
const eventFacts = (event: BilateralEvent, eventDate: string, withSources: boolean): HTMLDListElement => {
  const item = event.classification
  const when =
    item.occurredOn === undefined ? formatDay(eventDate) : formatWhen(item.occurredOn, item.occurredPrecision)
  return facts([
    [
      "Who",
      item.actors
        .map((actor) => (actor.office === undefined ? actor.name : `${actor.name} (${actor.office})`))
        .join("; ")
    ],
    ["Where", item.places.map((place) => place.name).join(", ")],
    ["When", `${when}${statusNote[item.status] === undefined ? "" : ` (${statusNote[item.status]})`}`],
    ["Figures", item.amounts.map((amount) => amount.text).join("; ")],
    ["Sources", withSources ? sourcesList(event) : undefined]
  ])
}

const sectorTags = (sectors: ReadonlyArray<string>): HTMLUListElement | undefined =>
  sectors.length === 0
    ? undefined
    : el(
        "ul",
        { class: "tags", "aria-label": "Sectors" },
        ...sectors.map((sector) => el("li", {}, sectorLabel(sector)))
      )

export const eventCard = ({ event, eventDate }: HistoryEvent): HTMLElement => {
  const item = event.classification
  const secondary = item.eventTypes.filter((type) => type !== item.eventType).map(typeLabel)
  return el(
    "article",
    { class: "card", "data-event-id": event.id },
    el(
      "p",
      { class: "type" },
      typeLabel(item.eventType),
      secondary.length === 0 ? "" : ` · also ${secondary.join(", ")}`
    ),
    el("h3", {}, el("a", { href: `/event/${encodeURIComponent(event.id)}` }, item.title)),
    sectorTags(item.sectors),
    eventFacts(event, eventDate, true)
  )
}

/** Cards under one heading per day, appended to `container` (a day already there is continued). */
export const appendDays = (container: HTMLElement, events: ReadonlyArray<HistoryEvent>): void => {
  for (const history of events) {
    let day = container.lastElementChild as HTMLElement | null
    if (day?.dataset.day !== history.eventDate) {
      const headingId = `day-${history.eventDate}`
      day = el(
        "section",
        { class: "day", "data-day": history.eventDate, "aria-labelledby": headingId },
        el("h2", { class: "day", id: headingId }, formatDay(history.eventDate))
      )
      container.append(day)
    }
    day.append(eventCard(history))
  }
}

const evidenceLabel = (tag: string): string => {
  const [kind, value = ""] = tag.split(/:(.*)/s)
  if (kind === "eventType") return `Type: ${typeLabel(value)}`
  if (kind === "sector") return `Sector: ${sectorLabel(value)}`
  if (kind === "actor") return `Who: ${value}`
  if (kind === "place") return `Where: ${value}`
  if (kind === "occurredOn") return "When"
  if (kind === "amount") return "Figure"
  return tag
}

const evidenceList = (evidence: ReadonlyArray<Evidence>): HTMLElement =>
  evidence.length === 0
    ? el("p", { class: "status" }, "No evidence recorded for this report.")
    : el(
        "ul",
        { class: "evidence" },
        ...evidence.map((span) =>
          el(
            "li",
            {},
            `${evidenceLabel(span.tag)}: `,
            el("q", {}, span.text),
            ` (${span.field === "title" ? "headline" : "text"})`
          )
        )
      )

const reportSection = (report: StoredReport): HTMLElement =>
  el(
    "section",
    { class: "report", "data-item-id": report.itemId },
    el("h3", {}, report.outlet ?? "Unknown outlet"),
    el("p", {}, externalLink(report.url, report.headline)),
    facts([
      ["Language", report.language],
      ["Published", formatTime(report.published)],
      ["Seen", formatTime(report.seenAt)],
      [
        "Tagged",
        report.classification === undefined
          ? undefined
          : [typeLabel(report.classification.eventType), ...report.classification.sectors.map(sectorLabel)].join(" · ")
      ]
    ]),
    el("h4", {}, "Why it was tagged"),
    report.classification === undefined
      ? el("p", { class: "status" }, "This report was stored without its classification.")
      : evidenceList(report.classification.evidence)
  )

/** "Alerted in 2 channels": the channels an alert, reply or update went to; nothing when none is recorded. */
export const alertedIn = (alerts: ReadonlyArray<StoredAlert> | undefined): string | undefined => {
  const channels = new Set((alerts ?? []).map((alert) => alert.channel)).size
  return channels === 0 ? undefined : `Alerted in ${channels} channel${channels === 1 ? "" : "s"}`
}

export const eventPage = (detail: HistoryEventDetail): HTMLElement => {
  const alerted = alertedIn(detail.alerts)
  const { event } = detail
  const item = event.classification
  return el(
    "div",
    { class: "event" },
    el("p", {}, el("a", { href: "/" }, "← All developments")),
    el("p", { class: "type" }, typeLabel(item.eventType)),
    el("h1", {}, item.title),
    sectorTags(item.sectors),
    alerted === undefined ? undefined : el("p", { class: "alerted" }, alerted),
    eventFacts(event, detail.eventDate, false),
    el("h2", {}, `Reports (${detail.reports.length})`),
    ...detail.reports.map(reportSection),
    el("h2", {}, "Revisions"),
    el(
      "ol",
      { class: "revisions" },
      ...detail.revisions.map((revision) =>
        el(
          "li",
          { value: String(revision.revision) },
          `${revision.kind.replace(/_/g, " ")} · ${formatTime(revision.recordedAt) ?? ""}`
        )
      )
    )
  )
}
