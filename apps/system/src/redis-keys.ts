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
export const keysUnder = (redisUrl: string, prefix: string): Promise<Array<string>> => withClient(redisUrl, (client) => scanUnder(client, prefix))

/**
 * Deletes every key under `prefix` (queues, stores, ledgers), for runs that own a private prefix:
 * the demo, the benchmark and the tests leave Redis as they found it.
 */
export const deleteKeys = (redisUrl: string, prefix: string): Promise<void> =>
  withClient(redisUrl, async (client) => {
    const keys = await scanUnder(client, prefix)
    for (let start = 0; start < keys.length; start += 1000) await client.del(...keys.slice(start, start + 1000))
  })
