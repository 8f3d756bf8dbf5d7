import { Redis as IORedis } from "ioredis"

/** Runs `work` with a short-lived connection of its own. */
const withClient = async <A>(redisUrl: string, work: (client: IORedis) => Promise<A>): Promise<A> => {
  const client = new IORedis(redisUrl, { maxRetriesPerRequest: 3, lazyConnect: true })
  try {
    await client.connect()
    return await work(client)
  } finally {
    client.disconnect()
  }
}

/** The keys under `prefix`, on a connection already open. */
const scanUnder = async (client: IORedis, prefix: string): Promise<Array<string>> => {
  const found: Array<string> = []
  let cursor = "0"
  do {
    const [next, keys] = await client.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 1000)
    cursor = next
    found.push(...keys)
  } while (cursor !== "0")
  return found
}

/** Every key under `prefix`, found with SCAN (never KEYS, which blocks a shared Redis). */
export const keysUnder = (redisUrl: string, prefix: string): Promise<Array<string>> =>
  withClient(redisUrl, (client) => scanUnder(client, prefix))

/**
 * Deletes every key under `prefix` (queues, stores, ledgers), for runs that own a private prefix:
 * the demo, the benchmark and the tests leave Redis as they found it.
 */
export const deleteKeys = (redisUrl: string, prefix: string): Promise<void> =>
  withClient(redisUrl, async (client) => {
    const keys = await scanUnder(client, prefix)
    for (let start = 0; start < keys.length; start += 1000) await client.del(...keys.slice(start, start + 1000))
  })

/**
 * Bytes Redis holds for the keys under `prefix` (MEMORY USAGE of each, every nested value
 * counted), by the first part of the key after the prefix ("classify", "notices", "worker", …),
 * so a test can measure what its own prefix costs on a Redis other runs share.
 */
export const memoryUsageByArea = (redisUrl: string, prefix: string): Promise<Map<string, number>> =>
  withClient(redisUrl, async (client) => {
    const keys = await scanUnder(client, prefix)
    const areas = new Map<string, number>()
    for (let start = 0; start < keys.length; start += 500) {
      const batch = keys.slice(start, start + 500)
      const pipeline = client.pipeline()
      for (const key of batch) pipeline.memory("USAGE", key, "SAMPLES", "0")
      const replies = (await pipeline.exec()) ?? []
      batch.forEach((key, index) => {
        const bytes = replies[index]?.[1]
        const area = key.slice(prefix.length).split(":")[1] ?? ""
        areas.set(area, (areas.get(area) ?? 0) + (typeof bytes === "number" ? bytes : 0))
      })
    }
    return areas
  })

/** The total of `memoryUsageByArea`. */
export const memoryUsageUnder = async (redisUrl: string, prefix: string): Promise<number> =>
  [...(await memoryUsageByArea(redisUrl, prefix)).values()].reduce((sum, bytes) => sum + bytes, 0)
