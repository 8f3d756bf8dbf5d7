import { defaultKeyPrefix } from "@india-italy/domain"
import { Config, Context, Effect, Layer, Schema } from "effect"
import { Redis as IORedis, type RedisOptions } from "ioredis"

export class RedisUnavailableError extends Schema.TaggedError<RedisUnavailableError>()("RedisUnavailableError", {
  url: Schema.String,
  reason: Schema.String
}) {
  override get message() {
    return `Redis at ${this.url} is not reachable (${this.reason}). Start Redis or set REDIS_URL.`
  }
}

/** The URL without its password, for messages and logs. */
export const redactRedisUrl = (url: string): string => {
  try {
    const parsed = new URL(url)
    if (parsed.password !== "") parsed.password = "***"
    return parsed.toString()
  } catch {
    return "(unparseable REDIS_URL)"
  }
}

/**
 * The Redis this process talks to. `client` is for commands (fails fast while Redis is away,
 * so callers see an error instead of an unbounded offline queue); `duplicateForWorker` opens a
 * blocking connection for a BullMQ Worker, which BullMQ requires to retry forever
 * (`maxRetriesPerRequest: null`). Every key lives under `prefix`.
 */
export class Redis extends Context.Service<
  Redis,
  {
    readonly url: string
    readonly prefix: string
    readonly client: IORedis
    readonly duplicateForWorker: () => IORedis
    readonly duplicateForQueue: () => IORedis
  }
>()("worker/Redis") {
  static readonly config = Config.all({
    url: Config.String("REDIS_URL").pipe(Config.withDefault("redis://127.0.0.1:6379")),
    prefix: Config.String("REDIS_PREFIX").pipe(Config.withDefault(defaultKeyPrefix))
  })

  /**
   * Fails with a clear message when Redis does not answer a PING within `timeoutMs`. Uses a
   * connection of its own that does not retry, so an absent Redis is reported at once.
   */
  static readonly ping = (timeoutMs = 3_000) =>
    Effect.gen(function* () {
      const { url } = yield* Redis
      const shown = redactRedisUrl(url)
      yield* Effect.acquireUseRelease(
        Effect.sync(() => {
          const probe = new IORedis(url, {
            lazyConnect: true,
            maxRetriesPerRequest: 0,
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
              new RedisUnavailableError({
                url: shown,
                reason: (seen.error ?? (error instanceof Error ? error : new Error(String(error)))).message
              })
          }).pipe(
            Effect.timeoutOrElse({
              duration: timeoutMs,
              orElse: () =>
                Effect.fail(new RedisUnavailableError({ url: shown, reason: `no answer within ${timeoutMs} ms` }))
            })
          ),
        ({ probe }) => Effect.sync(() => probe.disconnect())
      )
    })

  static readonly layer = Layer.effect(
    Redis,
    Effect.gen(function* () {
      const { url, prefix } = yield* Redis.config
      const opened: Array<IORedis> = []
      const open = (options: RedisOptions): IORedis => {
        const connection = new IORedis(url, { lazyConnect: false, ...options })
        // ioredis emits "error" on every failed reconnect; without a listener Node treats it as fatal.
        connection.on("error", () => {})
        opened.push(connection)
        return connection
      }
      const client = yield* Effect.acquireRelease(
        Effect.sync(() => open({ maxRetriesPerRequest: 3 })),
        () =>
          Effect.promise(async () => {
            // quit() lets queued replies arrive; on a connection that is not up it would wait for a reconnect.
            await Promise.allSettled(
              opened.map((connection) =>
                connection.status === "ready"
                  ? Promise.race([
                      connection.quit(),
                      new Promise((resolve) => setTimeout(resolve, 2_000).unref())
                    ]).finally(() => connection.disconnect())
                  : connection.disconnect()
              )
            )
          })
      )
      return Redis.of({
        url,
        prefix,
        client,
        duplicateForWorker: () => open({ maxRetriesPerRequest: null }),
        duplicateForQueue: () => open({ maxRetriesPerRequest: null, enableOfflineQueue: true })
      })
    })
  )
}
