import { Effect, Layer, Runtime, Schema } from "effect"
import { Redis as IORedis } from "ioredis"
import { Redis } from "./redis.ts"

/** Nothing answered at REDIS_URL at start-up: the notifier cannot do anything without its queues. */
export class RedisUnreachable extends Schema.TaggedError<RedisUnreachable>()("RedisUnreachable", {
  url: Schema.String,
  reason: Schema.String
}) {
  // checkRedisAtStart logs the one line below; runMain must not log the cause again with a stack trace.
  override readonly [Runtime.errorReported] = false
  override get message(): string {
    return `notifier cannot start: no Redis answers at REDIS_URL=${this.url} (${this.reason}); start Redis or set REDIS_URL to a running one`
  }
}

/** The URL without its password, for messages and logs. */
export const redactRedisUrl = (url: string): string => {
  try {
    const parsed = new URL(url)
    if (parsed.password !== "") parsed.password = "***"
    return parsed.toString()
  } catch {
    return "(unparseable URL)"
  }
}

/**
 * One PING on a connection of its own that never retries, bounded by `timeoutMs`. Interruptible
 * (SIGTERM during the check stops the process at once); the socket is closed in every case.
 */
export const pingRedis = (url: string, timeoutMs: number) =>
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
    ({ probe, seen }) =>
      Effect.tryPromise({
        try: async () => {
          await probe.connect()
          await probe.ping()
        },
        catch: (error) =>
          new RedisUnreachable({
            url: redactRedisUrl(url),
            reason: (seen.error ?? (error instanceof Error ? error : new Error(String(error)))).message
          })
      }).pipe(
        Effect.timeoutOrElse({
          duration: timeoutMs,
          orElse: () =>
            Effect.fail(new RedisUnreachable({ url: redactRedisUrl(url), reason: `no answer within ${timeoutMs} ms` }))
        })
      ),
    ({ probe }) => Effect.sync(() => probe.disconnect())
  )

/**
 * Checks REDIS_URL before anything opens a connection that retries forever (BullMQ's workers do):
 * with no Redis the process stops within a few seconds with one line naming REDIS_URL, instead
 * of printing connection errors until someone kills it.
 */
export const checkRedisAtStart = (timeoutMs = 3_000) =>
  Effect.gen(function* () {
    const { url } = yield* Redis.config
    yield* pingRedis(url, timeoutMs).pipe(Effect.tapError((error) => Effect.logError(error.message)))
  })

export const RedisStartupCheck = Layer.effectDiscard(checkRedisAtStart())
