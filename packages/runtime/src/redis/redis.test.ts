import { spawn, spawnSync, type ChildProcess } from "node:child_process"
import { ConfigProvider, Effect, Exit, Layer } from "effect"
import { Redis as IORedis } from "ioredis"
import { afterAll, describe, expect, it } from "vitest"
import { deleteKeysUnder, redisUrl, uniquePrefix } from "../testing.ts"
import { freePort } from "../net/free-port.ts"
import { quitWithin } from "./bounded-quit.ts"
import { Redis } from "./redis.ts"
import { checkRedisAtStart } from "./startup-check.ts"

const prefix = uniquePrefix("redis")
afterAll(() => deleteKeysUnder(prefix))

/**
 * The connection's status once its socket had time to close: ioredis reports "end" on the close
 * event, and destroys a socket the server does not close within its disconnectTimeout (2 s).
 */
const settledStatus = async (connection: IORedis): Promise<string> => {
  for (let tries = 0; connection.status !== "end" && tries < 300; tries++) await new Promise((r) => setTimeout(r, 10))
  return connection.status
}

const withEnv = (env: Record<string, string>) => ConfigProvider.layer(ConfigProvider.fromEnvRecord(env))

describe("the start-up check", () => {
  it("passes when Redis answers at REDIS_URL", async () => {
    const exit = await Effect.runPromiseExit(
      checkRedisAtStart("test-app").pipe(Effect.provide(withEnv({ REDIS_URL: redisUrl })))
    )
    expect(Exit.isSuccess(exit)).toBe(true)
  })

  it("fails within its bound with one message naming the app and REDIS_URL, without the password", async () => {
    const port = await freePort()
    const started = Date.now()
    const exit = await Effect.runPromiseExit(
      checkRedisAtStart("test-app", 2_000).pipe(
        Effect.provide(withEnv({ REDIS_URL: `redis://:secret-pass@127.0.0.1:${port}` }))
      )
    )
    expect(Date.now() - started).toBeLessThan(2_500)
    expect(Exit.isFailure(exit)).toBe(true)
    const message = Exit.isFailure(exit) ? String(exit.cause) : ""
    expect(message).toContain(`test-app cannot start: no Redis answers at REDIS_URL=redis://:***@127.0.0.1:${port}`)
    expect(message).toContain("ECONNREFUSED")
    expect(message).not.toContain("secret-pass")
  })
})

describe("the Redis service", () => {
  it("keeps keys under REDIS_PREFIX and closes every connection it opened when its scope ends", async () => {
    const opened = await Effect.runPromise(
      Effect.scoped(
        Effect.gen(function* () {
          const redis = yield* Redis
          const worker = redis.duplicateForWorker()
          const queue = redis.duplicateForQueue()
          yield* Effect.promise(() => redis.client.set(`${redis.prefix}:hello`, "1"))
          yield* Effect.promise(() => Promise.all([worker.ping(), queue.ping()]))
          return { prefix: redis.prefix, connections: [redis.client, worker, queue] }
        })
      ).pipe(Effect.provide(Redis.layer.pipe(Layer.provide(withEnv({ REDIS_URL: redisUrl, REDIS_PREFIX: prefix })))))
    )
    expect(opened.prefix).toBe(prefix)
    expect(await Promise.all(opened.connections.map(settledStatus))).toEqual(["end", "end", "end"])
  })
})

const redisServerInstalled = spawnSync("redis-server", ["--version"], { stdio: "ignore" }).status === 0

describe.skipIf(!redisServerInstalled)("quitWithin (needs redis-server on PATH to start a Redis it can freeze)", () => {
  it("gives up on a Redis that stopped answering after its bound, where quit() alone waits on", async () => {
    const port = await freePort()
    const server: ChildProcess = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", ""], {
      stdio: "ignore"
    })
    try {
      const connection = new IORedis(`redis://127.0.0.1:${port}`, { retryStrategy: () => 50 })
      connection.on("error", () => {})
      for (let tries = 0; connection.status !== "ready" && tries < 100; tries++)
        await new Promise((r) => setTimeout(r, 50))
      expect(await connection.ping()).toBe("PONG")
      server.kill("SIGSTOP")
      // Without a bound the QUIT is still waiting after well over the bound.
      const unbounded = await Promise.race([
        connection.quit().then(() => "quit"),
        new Promise((resolve) => setTimeout(() => resolve("still waiting"), 1_000))
      ])
      expect(unbounded).toBe("still waiting")
      const started = Date.now()
      await quitWithin(connection, 500)
      expect(Date.now() - started).toBeLessThan(900)
      expect(await settledStatus(connection)).toBe("end")
    } finally {
      server.kill("SIGCONT")
      server.kill("SIGKILL")
    }
  })

  it("drops a connection that is not up at once, instead of waiting for a reconnect", async () => {
    const port = await freePort()
    const connection = new IORedis(`redis://127.0.0.1:${port}`, { retryStrategy: () => 1_000 })
    connection.on("error", () => {})
    const started = Date.now()
    await quitWithin(connection, 5_000)
    expect(Date.now() - started).toBeLessThan(200)
    expect(await settledStatus(connection)).toBe("end")
  })
})
