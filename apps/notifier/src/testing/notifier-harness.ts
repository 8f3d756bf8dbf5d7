import { queueNames, type EventNotice, type OpsNotice } from "@india-italy/domain"
import { Queue } from "bullmq"
import { ConfigProvider, type Context, Effect, Exit, Layer, Option, Redacted, Scope } from "effect"
import { Redis as IORedis } from "ioredis"
import { NotifierConfig, type NotifierSettings } from "../config.ts"
import { makeNotifierLayer, type NotifierServices } from "../notifier-layer.ts"
import { Redis } from "@india-italy/runtime"
import type { SlackSender } from "../slack/slack-sender.ts"
import { redisUrl, uniquePrefix } from "../subscriptions/redis-test-support.ts"
import { SubscriptionStore, type SubscriptionInput } from "../subscriptions/subscription-store.ts"
import { startFakeSlack, type FakeSlack, type FakeSlackOptions } from "./fake-slack-server.ts"

/**
 * For tests and the benchmark: a fake Slack, a unique Redis prefix, and one or more notifier
 * instances (each with its own Redis connections, like separate processes) on that prefix.
 * `close` stops everything and deletes every key under the prefix (SCAN, never FLUSHDB).
 */

export { redisUrl, uniquePrefix } from "../subscriptions/redis-test-support.ts"

export interface NotifierInstance {
  readonly context: Context.Context<NotifierServices>
  readonly stop: () => Promise<void>
}

export interface NotifierHarness {
  readonly prefix: string
  readonly fakeSlack: FakeSlack
  readonly settings: NotifierSettings
  readonly notices: Queue
  readonly ops: Queue
  readonly redis: IORedis
  readonly instances: Array<NotifierInstance>
  /** Starts one more notifier on the same Redis prefix (a second "process"). */
  readonly startInstance: (options?: { readonly sender?: Layer.Layer<SlackSender> }) => Promise<NotifierInstance>
  readonly subscribe: (input: SubscriptionInput) => Promise<string>
  readonly sendNotice: (notice: EventNotice, jobId?: string) => Promise<void>
  readonly sendOpsNotice: (notice: OpsNotice, jobId?: string) => Promise<void>
  readonly close: () => Promise<void>
}

export const testSettings = (fakeSlack: FakeSlack, overrides: Partial<NotifierSettings> = {}): NotifierSettings => ({
  slackBotToken: Option.some(Redacted.make(fakeSlack.token)),
  slackApiUrl: Option.some(new URL(fakeSlack.url)),
  opsChannel: Option.none(),
  channelIntervalMs: 1000,
  deliveryAttempts: 6,
  deliveryBackoffMs: 100,
  slackTimeoutMs: 1000,
  deliveryConcurrency: 16,
  shutdownTimeoutMs: 3000,
  // Above SLACK_TIMEOUT_MS + 2 × CHANNEL_INTERVAL_MS, as readNotifierSettings requires.
  postingClaimMs: 3500,
  jobLockMs: 2000,
  threadMaxReplies: 10,
  // Short, so tests of a thread past its reply limit see the coalesced refresh quickly.
  threadUpdateIntervalMs: 200,
  ...overrides
})

export const startNotifierHarness = async (
  options: {
    readonly area?: string
    readonly settings?: Partial<NotifierSettings>
    readonly fakeSlack?: FakeSlackOptions
    /** Instances started at once (default 1); more can be started with startInstance. */
    readonly instances?: number
  } = {}
): Promise<NotifierHarness> => {
  const prefix = uniquePrefix(options.area ?? "notifier")
  const fakeSlack = await startFakeSlack(options.fakeSlack)
  const settings = testSettings(fakeSlack, options.settings)
  const redis = new IORedis(redisUrl, { maxRetriesPerRequest: null })
  const notices = new Queue(queueNames.notices, { connection: redis, prefix })
  const ops = new Queue(queueNames.ops, { connection: redis, prefix })
  const instances: Array<NotifierInstance> = []

  const environment = ConfigProvider.layer(ConfigProvider.fromEnvRecord({ REDIS_URL: redisUrl, REDIS_PREFIX: prefix }))

  const startInstance = async (instanceOptions: { readonly sender?: Layer.Layer<SlackSender> } = {}) => {
    const layer = makeNotifierLayer({
      config: NotifierConfig.make(settings),
      ...(instanceOptions.sender !== undefined ? { sender: instanceOptions.sender } : {}),
      digests: false,
      slashCommands: false
    }).pipe(Layer.provide(Redis.layer), Layer.provide(environment))
    const scope = await Effect.runPromise(Scope.make())
    const context = await Effect.runPromise(Layer.buildWithScope(layer, scope).pipe(Effect.provide(environment)))
    let stopped = false
    const instance: NotifierInstance = {
      context,
      stop: async () => {
        if (stopped) return
        stopped = true
        await Effect.runPromise(Scope.close(scope, Exit.void))
      }
    }
    instances.push(instance)
    return instance
  }

  for (let index = 0; index < (options.instances ?? 1); index++) await startInstance()

  return {
    prefix,
    fakeSlack,
    settings,
    notices,
    ops,
    redis,
    instances,
    startInstance,
    subscribe: async (input) => {
      // Through the store alone, so subscriptions can be made before any notifier runs.
      const subscription = await Effect.runPromise(
        Effect.gen(function* () {
          const store = yield* SubscriptionStore
          return yield* store.add(input)
        }).pipe(Effect.provide(SubscriptionStore.layer.pipe(Layer.provide(Redis.layer), Layer.provide(environment))))
      )
      return subscription.id
    },
    sendNotice: async (notice, jobId) => {
      await notices.add("notice", notice, jobId === undefined ? {} : { jobId })
    },
    sendOpsNotice: async (notice, jobId) => {
      await ops.add("ops", notice, jobId === undefined ? {} : { jobId })
    },
    close: async () => {
      await Promise.allSettled(instances.map((instance) => instance.stop()))
      const deliveries = new Queue(queueNames.deliveries, { connection: redis, prefix })
      await Promise.allSettled([
        notices.obliterate({ force: true }),
        ops.obliterate({ force: true }),
        deliveries.obliterate({ force: true })
      ])
      await Promise.allSettled([notices.close(), ops.close(), deliveries.close()])
      let cursor = "0"
      do {
        const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}:*`, "COUNT", 500)
        cursor = next
        if (keys.length > 0) await redis.del(...keys)
      } while (cursor !== "0")
      redis.disconnect()
      await fakeSlack.close()
    }
  }
}
