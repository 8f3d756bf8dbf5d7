import { randomBytes } from "node:crypto"
import { ConfigProvider, Layer } from "effect"
import { Redis as IORedis } from "ioredis"
import { Redis } from "@india-italy/runtime"

/**
 * For tests only: every test file gets its own key prefix on the shared Redis, so parallel
 * engineers and parallel runs never see each other's keys, and deletes only its own at the end.
 */
export const redisUrl = process.env["REDIS_URL"] ?? "redis://127.0.0.1:6379"

export const uniquePrefix = (area: string): string => `test-${area}-${randomBytes(4).toString("hex")}`

/** The real Redis service, configured like production but under `prefix`. */
export const testRedisLayer = (prefix: string) =>
  Redis.layer.pipe(
    Layer.provide(ConfigProvider.layer(ConfigProvider.fromEnvRecord({ REDIS_URL: redisUrl, REDIS_PREFIX: prefix })))
  )

/** Deletes every key under `prefix` (SCAN, never FLUSHDB). */
export const deleteKeysUnder = async (prefix: string): Promise<number> => {
  const client = new IORedis(redisUrl, { maxRetriesPerRequest: 3 })
  let deleted = 0
  try {
    let cursor = "0"
    do {
      const [next, keys] = await client.scan(cursor, "MATCH", `${prefix}:*`, "COUNT", 500)
      cursor = next
      if (keys.length > 0) deleted += await client.del(...keys)
    } while (cursor !== "0")
  } finally {
    client.disconnect()
  }
  return deleted
}

/** Keys under `prefix`, for assertions about what was stored. */
export const keysUnder = async (prefix: string): Promise<Array<string>> => {
  const client = new IORedis(redisUrl, { maxRetriesPerRequest: 3 })
  try {
    const found: Array<string> = []
    let cursor = "0"
    do {
      const [next, keys] = await client.scan(cursor, "MATCH", `${prefix}:*`, "COUNT", 500)
      cursor = next
      found.push(...keys)
    } while (cursor !== "0")
    return found.sort()
  } finally {
    client.disconnect()
  }
}
