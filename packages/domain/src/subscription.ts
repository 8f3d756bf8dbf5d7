import { Schema } from "effect"
import { Confidence } from "./event.ts"
import { EventTypeId } from "./event-type.ts"
import { SectorId } from "./sector.ts"

export const Digest = Schema.Struct({
  every: Schema.Literals(["daily", "weekly"]),
  /** Local time "HH:MM" in `tz`. */
  at: Schema.String.pipe(Schema.check(Schema.isPattern(/^([01]\d|2[0-3]):[0-5]\d$/))),
  /** IANA time zone, e.g. "Asia/Kolkata". */
  tz: Schema.String,
  /** For weekly digests: 0 = Sunday … 6 = Saturday. */
  weekday: Schema.optional(Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 0, maximum: 6 }))))
})
export type Digest = typeof Digest.Type

/** Bounds on what a subscriber may follow, so matching stays cheap whatever is typed. */
export const subscriptionLimits = {
  /** Names per list (actors, places). */
  maxNames: 20,
  /** Keywords per subscription, and characters per keyword. */
  maxKeywords: 20,
  maxKeywordChars: 60,
  maxNameChars: 120
} as const

const BoundedNames = Schema.Array(
  Schema.String.pipe(Schema.check(Schema.isBetweenLength(1, subscriptionLimits.maxNameChars)))
).pipe(Schema.check(Schema.isMaxLength(subscriptionLimits.maxNames)))

const Keywords = Schema.Array(
  Schema.String.pipe(Schema.check(Schema.isBetweenLength(1, subscriptionLimits.maxKeywordChars)))
).pipe(Schema.check(Schema.isMaxLength(subscriptionLimits.maxKeywords)))

/**
 * Who wants to hear about what. `channel` is a Slack channel id (C…/G…) or a user id (U…) for DMs.
 * `sectors: "all"` matches every relevant event, including ones with no sector.
 *
 * Beyond sectors a subscriber may follow `actors` (canonical names of the actor dictionary),
 * `keywords` (words or phrases looked for in the headline and text, case- and accent-insensitive)
 * and `places` (canonical place names). An event matches when ANY of these criteria matches —
 * one of its sectors, actors, places, or a keyword — and then `eventTypes` and `minConfidence`
 * filter as they do for sectors. `sectors: []` with actors, keywords or places follows only those.
 */
export const Subscription = Schema.Struct({
  id: Schema.String,
  channel: Schema.String.pipe(Schema.check(Schema.isPattern(/^[CGUD][A-Z0-9]{2,}$/))),
  sectors: Schema.Union([Schema.Literal("all"), Schema.Array(SectorId)]),
  eventTypes: Schema.optional(Schema.Array(EventTypeId)),
  minConfidence: Schema.optional(Confidence),
  digest: Schema.optional(Digest),
  actors: Schema.optional(BoundedNames),
  keywords: Schema.optional(Keywords),
  places: Schema.optional(BoundedNames),
  createdAt: Schema.String
})
export type Subscription = typeof Subscription.Type
