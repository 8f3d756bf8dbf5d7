import { Redis as IORedis } from "ioredis"

/**
 * Deletes every key under `prefix` (queues, stores, ledgers), for runs that own a private prefix:
 * the demo, the benchmark and the tests leave Redis as they found it.
 */
export const deleteKeys = async (redisUrl: string, prefix: string): Promise<void> => {
  const client = new IORedis(redisUrl, { maxRetriesPerRequest: 3, lazyConnect: true })
  try {
    await client.connect()
    let cursor = "0"
    do {
      const [next, keys] = await client.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 1000)
      cursor = next
      if (keys.length > 0) await client.del(...keys)
    } while (cursor !== "0")
  } finally {
    client.disconnect()
  }
}
