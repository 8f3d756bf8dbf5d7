import { Effect } from "effect"
import { Redis as IORedis } from "ioredis"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { deleteKeysUnder, redisUrl, uniquePrefix } from "../testing.ts"
import { deleteIfHeld, withRedisLock } from "./redis-lock.ts"

let prefix: string
let clients: Array<IORedis>

beforeEach(() => {
  prefix = uniquePrefix("lock")
  clients = [new IORedis(redisUrl), new IORedis(redisUrl)]
})
afterEach(async () => {
  for (const client of clients) await client.quit()
  await deleteKeysUnder(prefix)
})

describe("withRedisLock", () => {
  it("never lets two holders on separate connections run the section at once", async () => {
    let inside = 0
    let maxInside = 0
    const section = Effect.gen(function* () {
      inside++
      maxInside = Math.max(maxInside, inside)
      yield* Effect.sleep(3)
      inside--
    })
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        Effect.runPromise(withRedisLock(clients[index % 2]!, `${prefix}:lock`, section))
      )
    )
    expect(maxInside).toBe(1)
    expect(await clients[0]!.exists(`${prefix}:lock`)).toBe(0)
  })

  it("gives up with LockTimeoutError when the lock stays taken, and a dead holder's lease expires", async () => {
    await clients[0]!.set(`${prefix}:lock`, "someone-else", "PX", 300)
    const timedOut = await Effect.runPromise(
      withRedisLock(clients[1]!, `${prefix}:lock`, Effect.succeed("ran"), { waitMs: 50 }).pipe(
        Effect.catchTag("LockTimeoutError", (error) => Effect.succeed(error._tag))
      )
    )
    expect(timedOut).toBe("LockTimeoutError")
    const afterLease = await Effect.runPromise(
      withRedisLock(clients[1]!, `${prefix}:lock`, Effect.succeed("ran"), { waitMs: 2_000 })
    )
    expect(afterLease).toBe("ran")
  })

  it("deletes a lock only while it holds the caller's token (delete-if-held.lua)", async () => {
    const [client] = clients
    await client!.set(`${prefix}:claim`, "mine")
    expect(await deleteIfHeld(client!, `${prefix}:claim`, "theirs")).toBe(false)
    expect(await client!.get(`${prefix}:claim`)).toBe("mine")
    expect(await deleteIfHeld(client!, `${prefix}:claim`, "mine")).toBe(true)
    expect(await client!.exists(`${prefix}:claim`)).toBe(0)
  })
})
