/**
 * For tests only (`@india-italy/runtime/testing`): every test file gets its own key prefix on the
 * shared Redis, so parallel runs never see each other's keys, and deletes only its own at the end.
 */
import { randomBytes } from "node:crypto"
import { ConfigProvider, Layer } from "effect"
import { Redis as IORedis } from "ioredis"
import { Redis } from "./redis/redis.ts"

/** The Redis the tests run against (REDIS_URL, else the local one). */
export const redisUrl = process.env["REDIS_URL"] ?? "redis://127.0.0.1:6379"

/** A key prefix no other test (or run working in parallel) uses. */
export const uniquePrefix = (area: string): string => `test-${area}-${randomBytes(4).toString("hex")}`

/** The real Redis service, configured like production but under `prefix`. */
export const testRedisLayer = (prefix: string) =>
  Redis.layer.pipe(
    Layer.provide(ConfigProvider.layer(ConfigProvider.fromEnvRecord({ REDIS_URL: redisUrl, REDIS_PREFIX: prefix })))
  )

/** Every key under `prefix`, one SCAN page at a time (never KEYS: the Redis is shared). */
const scanUnder = async (client: IORedis, prefix: string, onPage: (keys: Array<string>) => Promise<unknown>) => {
  let cursor = "0"
  do {
    const [next, keys] = await client.scan(cursor, "MATCH", `${prefix}:*`, "COUNT", 500)
    cursor = next
    if (keys.length > 0) await onPage(keys)
  } while (cursor !== "0")
}

/** Deletes every key under `prefix` (queues included; SCAN, never FLUSHDB); how many it deleted. */
export const deleteKeysUnder = async (prefix: string): Promise<number> => {
  const client = new IORedis(redisUrl, { maxRetriesPerRequest: 3 })
  let deleted = 0
  try {
    await scanUnder(client, prefix, async (keys) => (deleted += await client.del(...keys)))
  } finally {
    client.disconnect()
  }
  return deleted
}

/** Keys under `prefix`, sorted, for assertions about what was stored. */
export const keysUnder = async (prefix: string): Promise<Array<string>> => {
  const client = new IORedis(redisUrl, { maxRetriesPerRequest: 3 })
  const found: Array<string> = []
  try {
    await scanUnder(client, prefix, async (keys) => found.push(...keys))
  } finally {
    client.disconnect()
  }
  return found.sort()
}
