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

/**
 * Who wants to hear about what. `channel` is a Slack channel id (C…/G…) or a user id (U…) for DMs.
 * `sectors: "all"` matches every relevant event, including ones with no sector.
 */
export const Subscription = Schema.Struct({
  id: Schema.String,
  channel: Schema.String.pipe(Schema.check(Schema.isPattern(/^[CGUD][A-Z0-9]{2,}$/))),
  sectors: Schema.Union([Schema.Literal("all"), Schema.Array(SectorId)]),
  eventTypes: Schema.optional(Schema.Array(EventTypeId)),
  minConfidence: Schema.optional(Confidence),
  digest: Schema.optional(Digest),
  createdAt: Schema.String
})
export type Subscription = typeof Subscription.Type
