import { Schema } from "effect"
import { BilateralEvent, ClassifiedItem, EventNotice } from "./event.ts"

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

/** One event with every report and every revision. */
export const HistoryEventDetail = Schema.Struct({
  event: BilateralEvent,
  eventDate: Schema.String,
  languages: Schema.Array(Schema.String),
  reports: Schema.Array(StoredReport),
  revisions: Schema.Array(StoredRevision)
})
export type HistoryEventDetail = typeof HistoryEventDetail.Type
