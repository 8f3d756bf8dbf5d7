import { randomUUID } from "node:crypto"
import { Effect, Schema } from "effect"
import type { Redis as IORedis } from "ioredis"
import { loadLuaScript } from "../lua/lua-script.ts"
import { runLua } from "../lua/run-lua.ts"

/** The lock stayed taken by another process for longer than the caller would wait. */
export class LockTimeoutError extends Schema.TaggedError<LockTimeoutError>()("LockTimeoutError", {
  key: Schema.String,
  waitedMs: Schema.Number
}) {
  override get message(): string {
    return `lock ${this.key} still held by another process after ${this.waitedMs} ms`
  }
}

const deleteIfHeldScript = loadLuaScript(import.meta.url, "./delete-if-held.lua")

/** Deletes `key` only while it holds `token`; true when it did. */
export const deleteIfHeld = (client: IORedis, key: string, token: string): Promise<boolean> =>
  runLua(client, deleteIfHeldScript, [key], [token]).then((deleted) => deleted === 1)

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
  const release = Effect.promise(() => deleteIfHeld(client, key, token).catch(() => false))
  return Effect.acquireUseRelease(
    acquire,
    () => body,
    () => release
  )
}
