import { defaultKeyPrefix } from "@india-italy/domain"
import { Config, Context, Effect, Layer } from "effect"
import { Redis as IORedis, type RedisOptions } from "ioredis"
import { defaultQuitMs, quitWithin } from "./bounded-quit.ts"

/** REDIS_URL and REDIS_PREFIX, as every app reads them. */
export const redisConfig = Config.all({
  url: Config.String("REDIS_URL").pipe(Config.withDefault("redis://127.0.0.1:6379")),
  prefix: Config.String("REDIS_PREFIX").pipe(Config.withDefault(defaultKeyPrefix))
})

/**
 * The Redis this process talks to. `client` is for commands (fails fast while Redis is away,
 * so callers see an error instead of an unbounded offline queue); `duplicateForWorker` opens a
 * blocking connection for a BullMQ Worker, which BullMQ requires to retry forever
 * (`maxRetriesPerRequest: null`); `duplicateForQueue` one for a BullMQ Queue. Every key lives
 * under `prefix`. Closing the layer closes every connection it opened, each within `quitMs`.
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
>()("runtime/Redis") {
  static readonly config = redisConfig

  /** Connections to the given URL and prefix; every one is closed, bounded, when the scope ends. */
  static readonly make = (settings: { readonly url: string; readonly prefix: string; readonly quitMs?: number }) =>
    Effect.gen(function* () {
      const opened: Array<IORedis> = []
      const open = (options: RedisOptions): IORedis => {
        const connection = new IORedis(settings.url, { lazyConnect: false, ...options })
        // ioredis emits "error" on every failed reconnect; without a listener Node treats it as fatal.
        connection.on("error", () => {})
        opened.push(connection)
        return connection
      }
      const quitMs = settings.quitMs ?? defaultQuitMs
      const client = yield* Effect.acquireRelease(
        Effect.sync(() => open({ maxRetriesPerRequest: 3 })),
        () => Effect.promise(() => Promise.allSettled(opened.map((connection) => quitWithin(connection, quitMs))))
      )
      return Redis.of({
        url: settings.url,
        prefix: settings.prefix,
        client,
        duplicateForWorker: () => open({ maxRetriesPerRequest: null }),
        duplicateForQueue: () => open({ maxRetriesPerRequest: null, enableOfflineQueue: true })
      })
    })

  /** From REDIS_URL and REDIS_PREFIX. */
  static readonly layer = Layer.effect(Redis, Effect.flatMap(redisConfig, Redis.make))
}
