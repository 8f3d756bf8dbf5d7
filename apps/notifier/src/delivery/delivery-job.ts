import { BilateralEvent, Source } from "@india-italy/domain"
import { Schema } from "effect"
import { jobIdPart } from "@india-italy/runtime"

/**
 * One message for one channel, as a BullMQ job on the deliveries queue. The job id is the
 * delivery key, so routing the same notice twice adds one job, and the delivery ledger records
 * posts under the same key.
 *
 * - alert:   the first, top-level message about an event in a channel
 * - reply:   another source joined: a reply in the first alert's thread, then the parent's
 *            sources refreshed with chat.update
 * - update:  a newer revision of an event already alerted in the channel: chat.update only;
 *            with `coalesce`, it stands for every report past the thread's reply limit and
 *            refreshes the alert with the latest revision the notifier has seen when it runs
 * - message: pre-rendered text (ops notices)
 */
export const DeliveryKind = Schema.Literals(["alert", "reply", "update", "message"])
export type DeliveryKind = typeof DeliveryKind.Type

export const DeliveryJob = Schema.Struct({
  kind: DeliveryKind,
  deliveryKey: Schema.String,
  channel: Schema.String,
  event: Schema.optional(BilateralEvent),
  addedSource: Schema.optional(Source),
  /** For reply and update: the delivery key of the channel's first alert about the event. */
  threadOf: Schema.optional(Schema.String),
  /** For message: already escaped fallback text and blocks. */
  text: Schema.optional(Schema.String),
  blocks: Schema.optional(Schema.Array(Schema.Unknown)),
  /**
   * An update standing for the reports past the thread's reply limit: one is pending per event and
   * channel at a time, and it shows the newest revision seen by the time it runs.
   */
  coalesce: Schema.optional(Schema.Boolean),
  /** When the notice entered the notifier (epoch ms), for latency figures. */
  noticedAt: Schema.optional(Schema.Number),
  /** When the poll that found the report was queued (epoch ms), for the poll-to-Slack latency. */
  polledAt: Schema.optional(Schema.Number)
})
export type DeliveryJob = typeof DeliveryJob.Type

export const alertKey = (eventId: string, revision: number, channel: string) =>
  `alert-${jobIdPart(eventId)}-r${revision}-${jobIdPart(channel)}`

export const replyKey = (eventId: string, revision: number, channel: string) =>
  `reply-${jobIdPart(eventId)}-r${revision}-${jobIdPart(channel)}`

export const updateKey = (eventId: string, revision: number, channel: string) =>
  `update-${jobIdPart(eventId)}-r${revision}-${jobIdPart(channel)}`

export const refreshKey = (eventId: string, revision: number, channel: string) =>
  `refresh-${jobIdPart(eventId)}-r${revision}-${jobIdPart(channel)}`
