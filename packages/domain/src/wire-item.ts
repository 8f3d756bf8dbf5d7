import { Schema } from "effect"

/**
 * A report as it comes out of a feed (or a JSON line on `pnpm classify`'s stdin):
 * the only thing the classifier needs. `published` is an ISO 8601 date or date-time.
 */
export const WireItem = Schema.Struct({
  id: Schema.String,
  title: Schema.String,
  text: Schema.String,
  url: Schema.optional(Schema.String),
  published: Schema.optional(Schema.String),
  /** The outlet, e.g. "ANSA" or "PIB". */
  source: Schema.optional(Schema.String),
  /** The feed the item came from, when it came from one. */
  feedUrl: Schema.optional(Schema.String),
  /** True when the feed gave no date and `published` is the fetch time. */
  publishedEstimated: Schema.optional(Schema.Boolean),
  language: Schema.optional(Schema.String)
})
export type WireItem = typeof WireItem.Type
