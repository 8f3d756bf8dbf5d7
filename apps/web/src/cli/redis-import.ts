import { BilateralEvent, ClassifiedItem, defaultKeyPrefix } from "@india-italy/domain"
import { EventStore, type StoreSqlError } from "@india-italy/event-store"
import { Config, Effect, Schema } from "effect"
import { Redis as IORedis } from "ioredis"
import { redactRedisUrl } from "@india-italy/runtime"

export const importSettings = Config.all({
  redisUrl: Config.String("REDIS_URL").pipe(Config.withDefault("redis://127.0.0.1:6379")),
  prefix: Config.String("REDIS_PREFIX").pipe(Config.withDefault(defaultKeyPrefix))
})

/**
 * Where the worker keeps the events of its clustering window (apps/worker/src/cluster/cluster-stage.ts):
 * a sorted set of recent event ids, each event as JSON, and its member reports in a hash.
 */
export const workerEventKeys = (prefix: string) => ({
  recent: `${prefix}:worker:events-recent`,
  event: (id: string) => `${prefix}:worker:event:${id}`,
  members: (id: string) => `${prefix}:worker:event-members:${id}`
})

export interface ImportSummary {
  readonly found: number
  readonly stored: number
  readonly alreadyStored: number
  /** Events whose JSON in Redis did not decode (named by id, so nothing is lost silently). */
  readonly unreadable: ReadonlyArray<string>
}

const decodeEvent = Schema.decodeUnknownExit(Schema.fromJsonString(BilateralEvent))
const decodeMember = Schema.decodeUnknownExit(Schema.fromJsonString(ClassifiedItem))

/** Reads events in pages of this many ids: bounded memory however many the window holds. */
const pageSize = 200

export class RedisImportError extends Schema.TaggedError<RedisImportError>()("RedisImportError", {
  url: Schema.String,
  reason: Schema.String
}) {
  override get message() {
    return `could not read the worker's events from Redis at ${this.url}: ${this.reason}`
  }
}

/** `pnpm events import`: every event still in the worker's Redis window, written to the store. */
export const importFromRedis = Effect.gen(function* () {
  const { redisUrl, prefix } = yield* importSettings
  const store = yield* EventStore
  const keys = workerEventKeys(prefix)
  const redis = yield* Effect.acquireRelease(
    Effect.sync(() => {
      const client = new IORedis(redisUrl, {
        lazyConnect: true,
        maxRetriesPerRequest: 1,
        connectTimeout: 3_000,
        retryStrategy: () => null
      })
      client.on("error", () => {})
      return client
    }),
    (client) => Effect.sync(() => client.disconnect())
  )
  const fromRedis = <A>(run: () => Promise<A>) =>
    Effect.tryPromise({
      try: run,
      catch: (error) =>
        new RedisImportError({
          url: redactRedisUrl(redisUrl),
          reason: error instanceof Error ? error.message : String(error)
        })
    })
  yield* fromRedis(() => redis.connect())
  const ids = yield* fromRedis(() => redis.zrange(keys.recent, "0", "-1"))
  let stored = 0
  let alreadyStored = 0
  const unreadable: Array<string> = []
  for (let start = 0; start < ids.length; start += pageSize) {
    const page = ids.slice(start, start + pageSize)
    const batch = redis.pipeline()
    for (const id of page) batch.get(keys.event(id)).hvals(keys.members(id))
    const replies = yield* fromRedis(async () => (await batch.exec()) ?? [])
    for (const [index, id] of page.entries()) {
      const eventJson = replies[index * 2]?.[1]
      const memberJson = replies[index * 2 + 1]?.[1]
      if (typeof eventJson !== "string") continue // expired between the two reads
      const event = decodeEvent(eventJson)
      if (event._tag === "Failure") {
        unreadable.push(id)
        continue
      }
      const members = (Array.isArray(memberJson) ? memberJson : []).flatMap((json) => {
        const member = decodeMember(String(json))
        return member._tag === "Success" ? [member.value] : []
      })
      const outcome: "stored" | "duplicate" = yield* store.importEvent(event.value, members)
      if (outcome === "stored") stored++
      else alreadyStored++
    }
  }
  return { found: ids.length, stored, alreadyStored, unreadable } satisfies ImportSummary
}) as Effect.Effect<
  ImportSummary,
  RedisImportError | StoreSqlError | import("effect").Config.ConfigError,
  EventStore | import("effect").Scope.Scope
>
