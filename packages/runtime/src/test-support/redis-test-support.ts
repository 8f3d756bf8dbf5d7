import { randomUUID } from "node:crypto"
import { Redis as IORedis } from "ioredis"

/** The Redis the tests run against (REDIS_URL, else the local one). */
export const redisUrl = process.env["REDIS_URL"] ?? "redis://127.0.0.1:6379"

/** A key prefix no other test (or helper working in parallel) uses. */
export const uniquePrefix = (what: string): string => `test-runtime-${what}-${randomUUID().slice(0, 8)}`

/** Deletes every key under `prefix` (SCAN, never KEYS: the Redis is shared). */
export const deletePrefix = async (prefix: string): Promise<void> => {
  const client = new IORedis(redisUrl)
  try {
    let cursor = "0"
    do {
      const [next, keys] = await client.scan(cursor, "MATCH", `${prefix}:*`, "COUNT", 500)
      cursor = next
      if (keys.length > 0) await client.del(...keys)
    } while (cursor !== "0")
  } finally {
    await client.quit()
  }
}
