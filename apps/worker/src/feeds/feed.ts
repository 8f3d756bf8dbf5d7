import { createHash } from "node:crypto"
import { Schema } from "effect"

/** One feed to poll: where it is, what to call its items' outlet, and optionally how often and in what language. */
export const Feed = Schema.Struct({
  url: Schema.String,
  name: Schema.String,
  intervalMinutes: Schema.optional(Schema.Int),
  language: Schema.optional(Schema.String)
})
export type Feed = typeof Feed.Type

/**
 * A stable id for a feed, safe as a BullMQ job / scheduler id: BullMQ rejects ids containing ':'
 * and treats all-digit ids as its own counters, so the id is a prefixed hex digest of the URL.
 */
export const feedId = (feed: Feed): string => "feed-" + createHash("sha1").update(feed.url).digest("hex").slice(0, 16)
