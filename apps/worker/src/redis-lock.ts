import { randomUUID } from "node:crypto"
import { Effect, Schema } from "effect"
import type { Redis as IORedis } from "ioredis"

export class LockTimeoutError extends Schema.TaggedError<LockTimeoutError>()("LockTimeoutError", {
  key: Schema.String,
  waitedMs: Schema.Number
}) {}

// Delete the lock only if it still holds our token: a holder whose lease expired must not free
// a lock that another process has since taken.
const releaseScript = `if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end`

/**
 * Runs `body` while holding a Redis lease lock (SET NX PX with a random token), so the section
 * runs in one place at a time across every worker process. The lease expires on its own if the
 * holder dies, so a killed worker blocks others for at most `leaseMs`.
 */
export const withRedisLock = <A, E, R>(
  client: IORedis,
  key: string,
  body: Effect.Effect<A, E, R>,
  options: { readonly leaseMs?: number; readonly waitMs?: number } = {}
): Effect.Effect<A, E | LockTimeoutError, R> => {
  const leaseMs = options.leaseMs ?? 30_000
  const waitMs = options.waitMs ?? 60_000
  const token = randomUUID()
  const acquire = Effect.gen(function* () {
    const started = Date.now()
    let pause = 2
    while (true) {
      const taken = yield* Effect.promise(() => client.set(key, token, "PX", leaseMs, "NX"))
      if (taken === "OK") return
      const waited = Date.now() - started
      if (waited > waitMs) return yield* new LockTimeoutError({ key, waitedMs: waited })
      yield* Effect.sleep(pause)
      pause = Math.min(20, pause * 2)
    }
  })
  const release = Effect.promise(() => client.eval(releaseScript, 1, key, token).catch(() => 0))
  return Effect.acquireUseRelease(
    acquire,
    () => body,
    () => release
  )
}
