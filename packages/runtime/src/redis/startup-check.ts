import { Effect, Layer, Runtime, Schema } from "effect"
import { Redis as IORedis } from "ioredis"
import { redactRedisUrl } from "./redis-url.ts"
import { Redis } from "./redis.ts"

/** Nothing answered at REDIS_URL at start-up: no app can do anything without its queues. */
export class RedisUnreachable extends Schema.TaggedError<RedisUnreachable>()("RedisUnreachable", {
  app: Schema.String,
  url: Schema.String,
  reason: Schema.String
}) {
  // checkRedisAtStart logs the one line below; runMain must not log the cause again with a stack trace.
  override readonly [Runtime.errorReported] = false
  override get message(): string {
    return (
      `${this.app} cannot start: no Redis answers at REDIS_URL=${this.url} (${this.reason}); ` +
      "start Redis or set REDIS_URL to a running one"
    )
  }
}

/** How long the start-up check waits for Redis before the process gives up. */
export const defaultStartupCheckMs = 3_000

/**
 * One PING on a connection of its own that never retries, bounded by `timeoutMs`. Interruptible
 * (SIGTERM during the check stops the process at once); the socket is closed in every case.
 */
export const pingRedis = (app: string, url: string, timeoutMs: number = defaultStartupCheckMs) =>
  Effect.acquireUseRelease(
    Effect.sync(() => {
      const probe = new IORedis(url, {
        lazyConnect: true,
        maxRetriesPerRequest: 0,
        enableOfflineQueue: false,
        connectTimeout: timeoutMs,
        retryStrategy: () => null
      })
      // The socket error (ECONNREFUSED, ENOTFOUND …) says more than the rejected command does.
      const seen: { error?: Error } = {}
      probe.on("error", (error: Error) => (seen.error ??= error))
      return { probe, seen }
    }),
    ({ probe, seen }) => {
      const unreachable = (reason: string) => new RedisUnreachable({ app, url: redactRedisUrl(url), reason })
      return Effect.tryPromise({
        try: async () => {
          await probe.connect()
          await probe.ping()
        },
        catch: (error) =>
          unreachable((seen.error ?? (error instanceof Error ? error : new Error(String(error)))).message)
      }).pipe(
        Effect.timeoutOrElse({
          duration: timeoutMs,
          orElse: () => Effect.fail(unreachable(`no answer within ${timeoutMs} ms`))
        })
      )
    },
    ({ probe }) => Effect.sync(() => probe.disconnect())
  )

/**
 * BullMQ on a Redis that evicts keys loses jobs silently; say so at start rather than later.
 * (Managed Redis often refuses CONFIG: then there is nothing to check.)
 */
export const warnIfRedisEvicts = Effect.gen(function* () {
  const { client } = yield* Redis
  const reply = yield* Effect.tryPromise(() => client.config("GET", "maxmemory-policy")).pipe(
    Effect.orElseSucceed(() => [])
  )
  const policy = Array.isArray(reply) ? String(reply[1] ?? "") : ""
  if (policy !== "" && policy !== "noeviction") {
    yield* Effect.logWarning(
      `Redis maxmemory-policy is "${policy}": queued jobs and stored state can be evicted under memory pressure; ` +
        'set it to "noeviction"'
    )
  }
})

/**
 * Checks REDIS_URL before anything opens a connection that retries forever (BullMQ's workers do):
 * with no Redis the process stops within `timeoutMs` with one line naming REDIS_URL, instead of
 * printing connection errors until someone kills it.
 */
export const checkRedisAtStart = (app: string, timeoutMs: number = defaultStartupCheckMs) =>
  Effect.gen(function* () {
    const { url } = yield* Redis.config
    yield* pingRedis(app, url, timeoutMs).pipe(Effect.tapError((error) => Effect.logError(error.message)))
  })

/** The start-up check as a layer, to be provided before the Redis layer and anything using it. */
export const redisStartupCheck = (app: string, timeoutMs: number = defaultStartupCheckMs) =>
  Layer.effectDiscard(checkRedisAtStart(app, timeoutMs))

/** The eviction warning as a layer; needs Redis. */
export const RedisEvictionCheck = Layer.effectDiscard(warnIfRedisEvicts)
