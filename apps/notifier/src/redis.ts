import { defaultKeyPrefix } from "@india-italy/domain"
import { Config, Context, Effect, Layer } from "effect"
import { Redis as IORedis, type RedisOptions } from "ioredis"

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
>()("notifier/Redis") {
  static readonly config = Config.all({
    url: Config.String("REDIS_URL").pipe(Config.withDefault("redis://127.0.0.1:6379")),
    prefix: Config.String("REDIS_PREFIX").pipe(Config.withDefault(defaultKeyPrefix))
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
            // quit() lets queued replies arrive; on a connection that is not up it would wait for a
            // reconnect that may never come (Redis gone), so those are dropped at once.
            await Promise.allSettled(
              opened.map((connection) =>
                connection.status === "ready"
                  ? Promise.race([connection.quit(), new Promise((resolve) => setTimeout(resolve, 2_000).unref())])
                      .catch(() => undefined)
                      .finally(() => connection.disconnect())
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
