import type { EventNotice, Subscription } from "@india-italy/domain"
import { Context, Effect, Layer, Option } from "effect"
import { DigestBuffer } from "../digest/digest-buffer.ts"
import { digestSubscribers, isDigestSubscription, realtimeSubscribers } from "../subscriptions/match.ts"
import { FeedbackStore } from "../feedback/feedback-store.ts"
import { Mutes, type Silence } from "../subscriptions/mutes.ts"
import { SubscriptionStore } from "../subscriptions/subscription-store.ts"
import { NotifierConfig } from "../config.ts"
import { alertKey, refreshKey, replyKey, updateKey, type DeliveryJob } from "./delivery-job.ts"
import { DeliveryLedger, type DeliveryStoreError } from "./delivery-ledger.ts"
import { DeliveryQueue } from "./delivery-queue.ts"

export interface RoutePlan {
  /** Channels that hear about the event now; each once, however many of its subscriptions match. */
  readonly channels: ReadonlyArray<string>
  /** Digest subscriptions that collect it for later. */
  readonly digests: ReadonlyArray<Subscription>
}

/** Every channel a plan reaches, real-time or digest, each once: the channels whose mutes matter. */
export const channelsOf = (plan: RoutePlan): ReadonlyArray<string> => [
  ...new Set([...plan.channels, ...plan.digests.map((subscription) => subscription.channel)])
]

/**
 * Who hears about a notice. Pure. A notice with `alert: false` (too old) is kept, not announced.
 * An event_updated notice goes to every real-time channel and every digest, even those the
 * revised event no longer matches: the router updates the alerts a channel already has and the
 * copies digests are holding, and a channel or digest without one hears nothing (a correction is
 * not news of its own).
 */
export const planRoute = (notice: EventNotice, subscriptions: ReadonlyArray<Subscription>): RoutePlan => {
  if (notice.kind === "event_updated") {
    return {
      channels: [
        ...new Set(
          subscriptions
            .filter((subscription) => !isDigestSubscription(subscription))
            .map((subscription) => subscription.channel)
        )
      ],
      digests: subscriptions.filter(isDigestSubscription)
    }
  }
  if (!notice.alert) return { channels: [], digests: [] }
  const item = notice.event.classification
  const channels = [...new Set(realtimeSubscribers(subscriptions, item).map((subscription) => subscription.channel))]
  return { channels, digests: digestSubscribers(subscriptions, item) }
}

/**
 * The delivery for one channel, given the channel's first alert about the event (`firstAlert`,
 * as claimed in the ledger) and the key this notice would use for a first alert (`ownAlertKey`).
 * Pure.
 *
 * - This notice holds the first-alert place → a top-level alert. That includes a source_added
 *   notice for a channel that never heard of the event (it newly matches, or overtook its
 *   new_event in the queue): the channel gets one alert carrying every source, never two.
 * - Otherwise a source_added notice becomes a reply in the first alert's thread (which also
 *   refreshes the parent's sources), and a repeated new_event an update of the parent.
 */
export const deliveryFor = (
  notice: EventNotice,
  channel: string,
  ownAlertKey: string,
  firstAlert: string,
  noticedAt: number
): DeliveryJob => {
  const event = notice.event
  if (firstAlert === ownAlertKey) {
    return {
      kind: "alert",
      deliveryKey: ownAlertKey,
      channel,
      event,
      noticedAt,
      ...(notice.polledAt === undefined ? {} : { polledAt: notice.polledAt })
    }
  }
  if (notice.kind === "source_added" && notice.addedSource !== undefined) {
    return {
      kind: "reply",
      deliveryKey: replyKey(event.id, event.revision, channel),
      channel,
      event,
      addedSource: notice.addedSource,
      threadOf: firstAlert,
      noticedAt
    }
  }
  return {
    kind: "update",
    deliveryKey: updateKey(event.id, event.revision, channel),
    channel,
    event,
    threadOf: firstAlert,
    noticedAt
  }
}

/**
 * A thread reply past the thread's reply limit, turned into the coalesced refresh of the alert
 * (`deliveryKey` is the refresh pending for the event and channel). Pure.
 */
export const coalescedRefresh = (reply: DeliveryJob, deliveryKey: string): DeliveryJob => ({
  kind: "update",
  deliveryKey,
  channel: reply.channel,
  ...(reply.event === undefined ? {} : { event: reply.event }),
  ...(reply.threadOf === undefined ? {} : { threadOf: reply.threadOf }),
  coalesce: true,
  ...(reply.noticedAt === undefined ? {} : { noticedAt: reply.noticedAt })
})

export interface RouteResult {
  readonly deliveries: ReadonlyArray<DeliveryJob>
  readonly digests: number
}

/** Turns EventNotices into delivery jobs (real-time subscribers) and digest entries. */
export class NoticeRouter extends Context.Service<
  NoticeRouter,
  {
    /**
     * A notices job's notices (one, or a batch of up to 50 decided together), in order, against one reading of the
     * subscriptions: reading the subscription list for each notice would be a Redis round trip apiece.
     */
    readonly routeBatch: (
      notices: ReadonlyArray<EventNotice>,
      noticedAt?: number
    ) => Effect.Effect<ReadonlyArray<RouteResult>, DeliveryStoreError>
  }
>()("notifier/NoticeRouter") {
  static readonly layer = Layer.effect(
    NoticeRouter,
    Effect.gen(function* () {
      const store = yield* SubscriptionStore
      const digestBuffer = yield* DigestBuffer
      const ledger = yield* DeliveryLedger
      const deliveries = yield* DeliveryQueue
      const mutes = yield* Mutes
      const feedback = yield* FeedbackStore
      const { threadMaxReplies, threadUpdateIntervalMs } = yield* NotifierConfig
      // Routing runs for every notice, so its steps are untraced (Effect.fnUntraced): a traced function
      // makes a span and captures a call-site stack on every call, and nothing reads them.

      /**
       * A reply while the thread has room; past THREAD_MAX_REPLIES, the alert's refresh pending for
       * the event and channel (queued after THREAD_UPDATE_INTERVAL_MS), which will show the newest
       * revision seen by then. The latest copy is stored before the pending refresh is read, so a
       * refresh that starts in between still finds it, or leaves the place for a new one.
       */
      const replyOrRefresh = Effect.fnUntraced(function* (job: DeliveryJob) {
        const event = job.event
        if (job.kind !== "reply" || event === undefined) return { job, delayMs: 0 }
        const roomInThread = yield* ledger.threadReplySlot(event.id, job.channel, event.revision, threadMaxReplies)
        if (roomInThread) return { job, delayMs: 0 }
        yield* ledger.storeLatestEvent(event)
        const ownKey = refreshKey(event.id, event.revision, job.channel)
        const pending = yield* ledger.pendingRefresh(event.id, job.channel, ownKey, threadUpdateIntervalMs + 60_000)
        return { job: coalescedRefresh(job, pending), delayMs: pending === ownKey ? threadUpdateIntervalMs : 0 }
      })

      /**
       * A revised event: an update of the first alert in each channel that has one, and of the copy each digest
       * holds.
       */
      const routeUpdate = Effect.fnUntraced(function* (notice: EventNotice, noticedAt: number, plan: RoutePlan) {
        const event = notice.event
        for (const subscription of plan.digests) yield* digestBuffer.revise(subscription, notice)
        const jobs: Array<DeliveryJob> = []
        for (const channel of plan.channels) {
          const firstAlert = yield* ledger.existingFirstAlertKey(event.id, channel)
          if (Option.isNone(firstAlert)) continue
          const job: DeliveryJob = {
            kind: "update",
            deliveryKey: updateKey(event.id, event.revision, channel),
            channel,
            event,
            threadOf: firstAlert.value,
            noticedAt
          }
          yield* deliveries.enqueue(job)
          jobs.push(job)
        }
        // The alerts' buttons name this event: keep its latest version for the answers they bring.
        if (jobs.length > 0) yield* feedback.rememberEvent(event)
        return { deliveries: jobs, digests: plan.digests.length }
      })

      /** A new event or a new source: alerts, replies or refreshes in its channels, entries in its digests. */
      const routeAlert = Effect.fnUntraced(function* (
        notice: EventNotice,
        noticedAt: number,
        plan: RoutePlan,
        silence: Silence
      ) {
        for (const subscription of plan.digests) {
          if (!silence.mutedChannels.has(subscription.channel)) yield* digestBuffer.add(subscription, notice)
        }
        const jobs: Array<DeliveryJob> = []
        for (const channel of plan.channels) {
          if (silence.mutedChannels.has(channel)) continue
          const ownAlertKey = alertKey(notice.event.id, notice.event.revision, channel)
          // Re-running this notice (a retried job) finds its own key in place and re-adds the same job id.
          const firstAlert = yield* ledger.firstAlertKey(notice.event.id, channel, ownAlertKey)
          const planned = deliveryFor(notice, channel, ownAlertKey, firstAlert, noticedAt)
          // "Mute this development": no more follow-ups in its thread in this channel.
          if (planned.kind === "reply" && silence.mutedEvent.has(channel)) continue
          const { job, delayMs } = yield* replyOrRefresh(planned)
          yield* deliveries.enqueue(job, delayMs)
          jobs.push(job)
        }
        if (jobs.length > 0) yield* feedback.rememberEvent(notice.event)
        return { deliveries: jobs, digests: plan.digests.length }
      })

      /** One reading of the subscriptions and one of the mutes for the whole job, then each notice in order. */
      const routeBatch = Effect.fnUntraced(function* (notices: ReadonlyArray<EventNotice>, noticedAt: number) {
        const subscriptions = yield* store.list()
        const plans = notices.map((notice) => planRoute(notice, subscriptions))
        // One request a notice, in order; an update's mutes do not matter (a too-old notice's plan is empty).
        const silences = yield* mutes.silenced(
          notices.map((notice, index) => ({
            channels: notice.kind === "event_updated" ? [] : channelsOf(plans[index]!),
            eventId: notice.event.id
          }))
        )
        return yield* Effect.forEach(notices, (notice, index) => {
          if (notice.kind === "event_updated") return routeUpdate(notice, noticedAt, plans[index]!)
          if (!notice.alert)
            return Effect.as(Effect.logDebug(`event ${notice.event.id} is too old to alert; kept, not announced`), {
              deliveries: [],
              digests: 0
            })
          return routeAlert(notice, noticedAt, plans[index]!, silences[index]!)
        })
      })
      return NoticeRouter.of({ routeBatch: (notices, noticedAt = Date.now()) => routeBatch(notices, noticedAt) })
    })
  )
}
