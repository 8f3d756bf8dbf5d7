import { Schema } from "effect"
import { BilateralEvent, ClassifiedItem, EventNotice } from "./event.ts"
import { maxBatchJobEntries } from "./pipeline.ts"

/**
 * The documents of the event history: what the worker hands the event store (an ArchiveJob per
 * event revision) and what the history API answers (HistoryPage, HistoryEventDetail). Other apps
 * validate the same JSON through the published JSON Schemas.
 */

/** The report behind a revision, with what the notice alone does not carry: its text and language. */
export const ArchivedReport = Schema.Struct({
  item: ClassifiedItem,
  /** The report's text, capped by the worker (the store keeps it for full-text search). */
  text: Schema.optional(Schema.String),
  language: Schema.optional(Schema.String),
  feedUrl: Schema.optional(Schema.String)
})
export type ArchivedReport = typeof ArchivedReport.Type

/** One event revision to keep: the notice the notifier got, the report that caused it, when it was seen. */
export const ArchiveJob = Schema.Struct({
  notice: EventNotice,
  report: Schema.optional(ArchivedReport),
  seenAt: Schema.String
})
export type ArchiveJob = typeof ArchiveJob.Type

/** The revisions one classify job made, as one job on `archive` (named `archiveJobNames.revisions`). */
export const ArchiveBatch = Schema.Struct({
  revisions: Schema.Array(ArchiveJob).pipe(Schema.check(Schema.isMaxLength(maxBatchJobEntries)))
})
export type ArchiveBatch = typeof ArchiveBatch.Type

/** One outlet's report of a stored event, with the classification (and its evidence) of that report. */
export const StoredReport = Schema.Struct({
  itemId: Schema.String,
  headline: Schema.String,
  url: Schema.optional(Schema.String),
  outlet: Schema.optional(Schema.String),
  language: Schema.optional(Schema.String),
  published: Schema.optional(Schema.String),
  seenAt: Schema.String,
  /** The event revision this report first appeared in. */
  revision: Schema.Int,
  classification: Schema.optional(ClassifiedItem)
})
export type StoredReport = typeof StoredReport.Type

/** One stored revision of an event: why it changed and whether it was meant to alert. */
export const StoredRevision = Schema.Struct({
  revision: Schema.Int,
  kind: Schema.Literals(["new_event", "source_added", "event_updated", "imported"]),
  alert: Schema.Boolean,
  recordedAt: Schema.String
})
export type StoredRevision = typeof StoredRevision.Type

/** An event as the history lists it: its latest revision and the day it is filed under (YYYY-MM-DD). */
export const HistoryEvent = Schema.Struct({
  event: BilateralEvent,
  eventDate: Schema.String,
  languages: Schema.Array(Schema.String)
})
export type HistoryEvent = typeof HistoryEvent.Type

/** A page of the timeline, newest first; `nextCursor` fetches the page after it. */
export const HistoryPage = Schema.Struct({
  events: Schema.Array(HistoryEvent),
  nextCursor: Schema.optional(Schema.String)
})
export type HistoryPage = typeof HistoryPage.Type

/** What the notifier posted about an event revision: the first alert, a thread reply, an update of the alert. */
export const AlertPostKind = Schema.Literals(["alert", "reply", "update"])
export type AlertPostKind = typeof AlertPostKind.Type

/**
 * One alert that went out, as the notifier hands it to the event store (an `alert_posted` job on
 * the `archive` queue) once Slack took it. One per (event id, revision, channel, kind).
 */
export const AlertRecord = Schema.Struct({
  eventId: Schema.String,
  revision: Schema.Int,
  channel: Schema.String,
  kind: AlertPostKind,
  /** Slack's ts of the message; for an update, the alert's own (the message edited). */
  ts: Schema.String,
  /** When the notifier recorded the post (ISO time). */
  postedAt: Schema.String
})
export type AlertRecord = typeof AlertRecord.Type

/** An alert that went out, as the history shows it with its event. */
export const StoredAlert = Schema.Struct({
  revision: Schema.Int,
  channel: Schema.String,
  kind: AlertPostKind,
  ts: Schema.String,
  postedAt: Schema.String
})
export type StoredAlert = typeof StoredAlert.Type

/** One event with every report, every revision and (when the store has them) the alerts that went out. */
export const HistoryEventDetail = Schema.Struct({
  event: BilateralEvent,
  eventDate: Schema.String,
  languages: Schema.Array(Schema.String),
  reports: Schema.Array(StoredReport),
  revisions: Schema.Array(StoredRevision),
  alerts: Schema.optional(Schema.Array(StoredAlert))
})
export type HistoryEventDetail = typeof HistoryEventDetail.Type
