import { randomUUID } from "node:crypto"
import { Context, Effect, Layer } from "effect"
import { WorkerConfig } from "../config.ts"
import { loadLuaScript, Redis, runLua } from "@india-italy/runtime"

const acquireSlotScript = loadLuaScript(import.meta.url, "./acquire-host-slot.lua")

/** The host a URL's fetch counts against; an unparseable URL gets its own bucket (the fetch will fail cleanly). */
export const hostOf = (url: string): string => {
  try {
    return new URL(url).host.toLowerCase()
  } catch {
    return "invalid-url"
  }
}

/**
 * A counting semaphore per host in Redis, shared by every worker process, so however many
 * workers run, no site gets more than PER_HOST_CONCURRENCY fetches from us at once.
 */
export class HostSlots extends Context.Service<
  HostSlots,
  {
    /** Runs `body` holding a slot for the URL's host; `undefined` when no slot came free within `waitMs`. */
    readonly withSlot: <A, E, R>(
      url: string,
      body: Effect.Effect<A, E, R>,
      waitMs?: number
    ) => Effect.Effect<A | undefined, E, R>
  }
>()("worker/HostSlots") {
  static readonly layer = Layer.effect(
    HostSlots,
    Effect.gen(function* () {
      const { client, prefix } = yield* Redis
      const { perHostConcurrency } = yield* WorkerConfig
      const leaseMs = 5 * 60_000
      const slotKey = (host: string) => `${prefix}:worker:host-slots:${host}`

      const tryAcquire = (key: string, token: string) =>
        Effect.promise(() => {
          const now = Date.now()
          return runLua(client, acquireSlotScript, [key], [now, perHostConcurrency, now + leaseMs, token, leaseMs * 2])
        }).pipe(Effect.map((result) => result === 1))

      const withSlot = <A, E, R>(
        url: string,
        body: Effect.Effect<A, E, R>,
        waitMs = 120_000
      ): Effect.Effect<A | undefined, E, R> => {
        const key = slotKey(hostOf(url))
        const token = randomUUID()
        const acquire = Effect.gen(function* () {
          const started = Date.now()
          let pause = 5
          while (!(yield* tryAcquire(key, token))) {
            if (Date.now() - started > waitMs) return false
            yield* Effect.sleep(pause)
            pause = Math.min(200, pause * 2)
          }
          return true
        })
        return Effect.acquireUseRelease(
          acquire,
          (acquired): Effect.Effect<A | undefined, E, R> => (acquired ? body : Effect.succeed(undefined)),
          (acquired) =>
            acquired ? Effect.promise(() => client.zrem(key, token).catch(() => 0)).pipe(Effect.asVoid) : Effect.void
        )
      }

      return HostSlots.of({ withSlot })
    })
  )
}
