import { Redis as IORedis } from "ioredis"

/** Every key under `prefix`, found with SCAN (never KEYS, which blocks a shared Redis). */
export const keysUnder = async (redisUrl: string, prefix: string): Promise<Array<string>> => {
  const client = new IORedis(redisUrl, { maxRetriesPerRequest: 3, lazyConnect: true })
  try {
    await client.connect()
    const found: Array<string> = []
    let cursor = "0"
    do {
      const [next, keys] = await client.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 1000)
      cursor = next
      found.push(...keys)
    } while (cursor !== "0")
    return found
  } finally {
    client.disconnect()
  }
}

/**
 * Deletes every key under `prefix` (queues, stores, ledgers), for runs that own a private prefix:
 * the demo, the benchmark and the tests leave Redis as they found it.
 */
export const deleteKeys = async (redisUrl: string, prefix: string): Promise<void> => {
  const keys = await keysUnder(redisUrl, prefix)
  if (keys.length === 0) return
  const client = new IORedis(redisUrl, { maxRetriesPerRequest: 3, lazyConnect: true })
  try {
    await client.connect()
    for (let start = 0; start < keys.length; start += 1000) await client.del(...keys.slice(start, start + 1000))
  } finally {
    client.disconnect()
  }
}
