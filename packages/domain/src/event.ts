import { Schema } from "effect"
import { Actor, Place } from "./actor.ts"
import { EventTypeId } from "./event-type.ts"
import { SectorId } from "./sector.ts"
import { maxBatchJobEntries } from "./pipeline.ts"

/**
 * Why a tag was given: the span of the item's text that produced it. `tag` names the tag,
 * e.g. "eventType:agreement_signed", "sector:defence", "actor:Giorgia Meloni",
 * "occurredOn", "amount", "relevance", "status".
 */
export const Evidence = Schema.Struct({
  tag: Schema.String,
  text: Schema.String,
  field: Schema.Literals(["title", "text"]),
  start: Schema.Int,
  end: Schema.Int
})
export type Evidence = typeof Evidence.Type

export const DatePrecision = Schema.Literals(["day", "month", "year"])
export type DatePrecision = typeof DatePrecision.Type

export const AmountMeasure = Schema.Literals([
  "trade_volume",
  "trade_target",
  "investment",
  "investment_target",
  "company_count",
  "contract_value",
  "other"
])
export type AmountMeasure = typeof AmountMeasure.Type

/** "€20 billion by 2029" → { value: 2e10, currency: "EUR", measure: "trade_target", year: 2029 }. */
export const Amount = Schema.Struct({
  value: Schema.Number,
  /** ISO 4217 code; absent for counts (companies, jobs). */
  currency: Schema.optional(Schema.String),
  measure: AmountMeasure,
  /** The target or reference year ("by 2029"). */
  year: Schema.optional(Schema.Int),
  text: Schema.String
})
export type Amount = typeof Amount.Type

/** Whether the development happened, is announced or planned, or is only background in the report. */
export const EventStatus = Schema.Literals(["happened", "announced", "background"])
export type EventStatus = typeof EventStatus.Type

/** How much of a report's text travels with its classification (see ClassifiedItem.excerpt). */
export const maxExcerptChars = 4_000

export const Confidence = Schema.Number.pipe(Schema.check(Schema.isBetween({ minimum: 0, maximum: 1 })))

/**
 * What the classifier says about one wire item. `occurredOn` is when the development happened
 * (YYYY-MM-DD, or the first day of the month/year when less precise), resolved against
 * `published` and distinct from it.
 */
export const ClassifiedItem = Schema.Struct({
  id: Schema.String,
  title: Schema.String,
  url: Schema.optional(Schema.String),
  published: Schema.optional(Schema.String),
  source: Schema.optional(Schema.String),
  relevant: Schema.Boolean,
  eventType: EventTypeId,
  eventTypes: Schema.Array(EventTypeId),
  sectors: Schema.Array(SectorId),
  actors: Schema.Array(Actor),
  places: Schema.Array(Place),
  occurredOn: Schema.optional(Schema.String),
  occurredPrecision: Schema.optional(DatePrecision),
  amounts: Schema.Array(Amount),
  status: EventStatus,
  confidence: Confidence,
  evidence: Schema.Array(Evidence),
  /**
   * The report's language (ISO 639-1, e.g. "en", "it", "hi"; "und" when undetermined): declared by the feed
   * or detected.
   */
  language: Schema.optional(Schema.String),
  /**
   * The opening of the report's text (at most `maxExcerptChars`), carried by the pipeline so the
   * notifier can match subscribers' keywords and turn subscribers' answers into labelled test
   * cases. Never shown in an alert. Absent from `classify()`'s own output.
   */
  excerpt: Schema.optional(Schema.String)
})
export type ClassifiedItem = typeof ClassifiedItem.Type

/** One outlet's report of a development. */
export const Source = Schema.Struct({
  itemId: Schema.String,
  title: Schema.String,
  url: Schema.optional(Schema.String),
  outlet: Schema.optional(Schema.String),
  published: Schema.optional(Schema.String),
  /**
   * The report's language as its classification recorded it ("en", "it", "hi", "und"); absent on sources
   * stored before.
   */
  language: Schema.optional(Schema.String)
})
export type Source = typeof Source.Type

/**
 * A development: one or more classified reports clustered together. `revision` grows each time
 * a source joins or the classification changes, so (id, revision) names one version for
 * idempotent delivery.
 */
export const BilateralEvent = Schema.Struct({
  id: Schema.String,
  revision: Schema.Int,
  classification: ClassifiedItem,
  /** The sources kept: the first and the most recent reports, up to a limit the clustering stage sets. */
  sources: Schema.Array(Source),
  /**
   * How many reports joined the development in all, kept or not; `sources.length` when absent
   * (events stored before the limit). Renderers say "…and N more" from the difference.
   */
  sourceCount: Schema.optional(Schema.Int),
  firstSeen: Schema.String,
  updatedAt: Schema.String
})
export type BilateralEvent = typeof BilateralEvent.Type

/**
 * What the worker hands the notifier: a new event, another source joining an existing one
 * (which becomes a thread reply, never a new top-level alert), or an event revised because one
 * of its reports was edited or corrected (which updates the alerts already posted, and posts
 * nothing new).
 */
export const EventNotice = Schema.Struct({
  kind: Schema.Literals(["new_event", "source_added", "event_updated"]),
  event: BilateralEvent,
  /** For source_added: the source that joined. */
  addedSource: Schema.optional(Source),
  /**
   * False when the item is older than ALERT_MAX_AGE_HOURS: keep it, do not alert. An
   * event_updated notice never alerts; it only brings alerts already posted up to date.
   */
  alert: Schema.Boolean,
  /** When the poll that found the report was queued (epoch ms): the start of the poll-to-Slack latency. */
  polledAt: Schema.optional(Schema.Number)
})
export type EventNotice = typeof EventNotice.Type

/**
 * The notices one classify job made, in the order they were decided: a later revision of an event
 * comes after an earlier one. Consumers route them one by one, as if each were a job of its own.
 */
export const NoticeBatch = Schema.Struct({
  notices: Schema.Array(EventNotice).pipe(Schema.check(Schema.isMaxLength(maxBatchJobEntries)))
})
export type NoticeBatch = typeof NoticeBatch.Type

/** A feed that keeps failing, for the ops channel. */
export const OpsNotice = Schema.Struct({
  feedUrl: Schema.String,
  feedName: Schema.optional(Schema.String),
  reason: Schema.String,
  failingSince: Schema.String,
  consecutiveFailures: Schema.Int
})
export type OpsNotice = typeof OpsNotice.Type
