import { Redis, RedisEvictionCheck, redisStartupCheck } from "@india-italy/runtime"
import { Layer } from "effect"
import { NotifierConfig } from "./config.ts"
import { AlertArchive } from "./delivery/alert-archive.ts"
import { ChannelPacer } from "./delivery/channel-pacer.ts"
import { Delivery } from "./delivery/deliver.ts"
import { DeliveryLedger } from "./delivery/delivery-ledger.ts"
import { DeliveryQueue } from "./delivery/delivery-queue.ts"
import { NoticeRouter } from "./delivery/route-notice.ts"
import { NotifierWorkers } from "./delivery/workers.ts"
import { DigestBuffer } from "./digest/digest-buffer.ts"
import { DigestScheduler } from "./digest/digest-scheduler.ts"
import { OpsReporter } from "./ops/ops-reporter.ts"
import { SlackSender } from "./slack/slack-sender.ts"
import { SlashCommandServer } from "./slash-command/slash-command-server.ts"
import { FeedbackStore } from "./feedback/feedback-store.ts"
import { Mutes } from "./subscriptions/mutes.ts"
import { SubscriptionsFileLayer } from "./subscriptions/subscriptions-file.ts"
import { SubscriptionStore } from "./subscriptions/subscription-store.ts"

export interface NotifierLayerOptions {
  /** Settings; default: from the environment (NotifierConfig.layer). */
  readonly config?: Layer.Layer<NotifierConfig, unknown>
  /** Where messages go; default: SlackSender.layer (Web API with SLACK_BOT_TOKEN, else the console). */
  readonly sender?: Layer.Layer<SlackSender, unknown, NotifierConfig>
  /** Run the digest scheduler (default true). */
  readonly digests?: boolean
  /** Run the slash-command server when SLACK_SIGNING_SECRET is set (default true). */
  readonly slashCommands?: boolean
}

/**
 * The notifier: consumes EventNotices and OpsNotices from BullMQ, routes them to subscribers'
 * channels and digests, and posts to Slack. Needs Redis; provides the services other apps may
 * use (subscriptions, the Slack sender, the deliveries queue). Its workers and servers are scoped:
 * closing the layer's scope stops them, waiting a bounded time for jobs in flight.
 */
export const makeNotifierLayer = (options: NotifierLayerOptions = {}) => {
  const config = options.config ?? NotifierConfig.layer
  const sender = options.sender ?? SlackSender.layer

  const storage = Layer.mergeAll(
    DeliveryLedger.layer,
    ChannelPacer.layer,
    SubscriptionStore.layer,
    DigestBuffer.layer,
    DeliveryQueue.layer,
    Mutes.layer,
    FeedbackStore.layer
  )
  const services = Layer.mergeAll(Delivery.layer, NoticeRouter.layer).pipe(
    Layer.provideMerge(OpsReporter.layer),
    Layer.provideMerge(AlertArchive.layer),
    Layer.provideMerge(storage),
    Layer.provideMerge(sender)
  )
  const background = Layer.mergeAll(
    NotifierWorkers,
    options.digests === false ? Layer.empty : DigestScheduler.layer,
    options.slashCommands === false ? Layer.empty : SlashCommandServer.layer
  ).pipe(
    // Subscriptions from SUBSCRIPTIONS_FILE are in the store before the first notice is routed.
    Layer.provide(SubscriptionsFileLayer),
    Layer.provide(RedisEvictionCheck)
  )
  return background.pipe(Layer.provideMerge(services), Layer.provideMerge(config))
}

/** Every service a running notifier provides (for tests, embedding, the system app). */
export type NotifierServices = Layer.Success<ReturnType<typeof makeNotifierLayer>>

/** The notifier with every setting from the environment. Needs Redis. */
export const NotifierLive = makeNotifierLayer()

/**
 * The notifier with its own Redis connection (REDIS_URL, REDIS_PREFIX): what `main.ts` launches.
 * Redis is checked first, so a missing one stops start-up with one line naming REDIS_URL.
 */
export const NotifierMain = NotifierLive.pipe(Layer.provide(Redis.layer), Layer.provide(redisStartupCheck("notifier")))
