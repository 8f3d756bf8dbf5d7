import { spawn, spawnSync, type ChildProcess } from "node:child_process"
import { mkdirSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { Config, ConfigProvider, Effect, Layer, Schema } from "effect"
import { freePort } from "@india-italy/runtime"
import { Redis as IORedis } from "ioredis"

export class RedisUnavailable extends Schema.TaggedError<RedisUnavailable>()("RedisUnavailable", {
  url: Schema.String,
  reason: Schema.String
}) {
  override get message(): string {
    return (
      `No Redis answers at ${this.url} (${this.reason}). ` +
      "Install one (Debian/Ubuntu: `sudo apt-get install redis-server`; macOS: `brew install redis`) " +
      "or point REDIS_URL at a running Redis."
    )
  }
}

/** The folder the private Redis keeps its data in: `.redis/` at the repository root (git-ignored). */
const privateRedisDir = fileURLToPath(new URL("../../../.redis/", import.meta.url))

export const redisAnswers = (url: string, timeoutMs = 1500): Promise<boolean> =>
  new Promise((resolve) => {
    const client = new IORedis(url, {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      enableOfflineQueue: false,
      connectTimeout: timeoutMs,
      retryStrategy: () => null
    })
    client.on("error", () => {})
    client
      .connect()
      .then(() => client.ping())
      .then((reply) => resolve(reply === "PONG"))
      .catch(() => resolve(false))
      .finally(() => client.disconnect())
  })

export const hasRedisServer = (): boolean => spawnSync("redis-server", ["--version"], { stdio: "ignore" }).status === 0

/**
 * Starts a private redis-server on a free loopback port with its data under the project,
 * stopped when the scope closes. Used when nothing answers at REDIS_URL, so a fresh machine
 * with redis-server installed but not running still gets `pnpm start` and `pnpm demo`.
 */
export const startPrivateRedis = Effect.acquireRelease(
  Effect.tryPromise({
    try: async () => {
      mkdirSync(privateRedisDir, { recursive: true })
      const port = await freePort()
      const child: ChildProcess = spawn(
        "redis-server",
        ["--port", String(port), "--bind", "127.0.0.1", "--dir", privateRedisDir, "--save", "", "--appendonly", "no"],
        { stdio: "ignore" }
      )
      const url = `redis://127.0.0.1:${port}`
      for (let attempt = 0; attempt < 50; attempt++) {
        if (await redisAnswers(url, 500)) return { url, child }
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      child.kill("SIGTERM")
      throw new Error(`redis-server did not answer on port ${port}`)
    },
    catch: (cause) => new RedisUnavailable({ url: "redis://127.0.0.1", reason: String(cause) })
  }),
  ({ child }) =>
    Effect.sync(() => {
      child.kill("SIGTERM")
    })
)

/**
 * The Redis URL to run against: REDIS_URL if something answers there; else a private
 * redis-server if one is installed; else a RedisUnavailable error that says how to install one.
 */
export const ensureRedis = Effect.gen(function* () {
  const url = yield* Config.String("REDIS_URL").pipe(Config.withDefault("redis://127.0.0.1:6379"))
  if (yield* Effect.promise(() => redisAnswers(url))) return url
  if (!hasRedisServer())
    return yield* new RedisUnavailable({ url, reason: "connection refused and no redis-server on the PATH" })
  const started = yield* startPrivateRedis
  yield* Effect.logWarning(
    `Nothing answered at ${url}: started a private redis-server at ${started.url} (data in .redis/, stopped on exit)`
  )
  return started.url
})

/** Provides REDIS_URL to every layer above it, pointing at the Redis `ensureRedis` found or started. */
export const EnsuredRedisConfig = Layer.unwrap(
  Effect.map(ensureRedis, (url) =>
    ConfigProvider.layerAdd(ConfigProvider.fromEnvRecord({ REDIS_URL: url }), { asPrimary: true })
  )
)
