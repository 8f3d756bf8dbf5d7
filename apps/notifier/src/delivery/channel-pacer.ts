import { Context, Effect, Layer } from "effect"
import { loadLuaScript, Redis, runLua } from "@india-italy/runtime"
import { DeliveryStoreError } from "./delivery-ledger.ts"

/**
 * Slack allows about one message per second per channel, and answers a 429 with Retry-After for
 * that channel. Both are kept in Redis so they hold across every notifier process, and both are
 * per channel: a channel that is rate limited delays only its own deliveries.
 *
 * Times come from Redis's clock (TIME), so processes on machines with skewed clocks agree.
 */

/** Where a channel's pacing lives in Redis: its next free slot and the end of a 429 block. */
export const paceKeys = (prefix: string, channel: string) => ({
  next: `${prefix}:notifier:pace:${channel}`,
  blocked: `${prefix}:notifier:blocked:${channel}`
})

const reserveScript = loadLuaScript(import.meta.url, "./reserve-channel-slot.lua")
const blockScript = loadLuaScript(import.meta.url, "./block-channel.lua")
const blockedForScript = loadLuaScript(import.meta.url, "./channel-blocked-for.lua")

export interface SlotReservation {
  /** True: the slot is ours, post after `waitMs`. False: come back in `waitMs` (blocked or queue too long). */
  readonly granted: boolean
  readonly waitMs: number
}

export class ChannelPacer extends Context.Service<
  ChannelPacer,
  {
    /** Reserves the channel's next send slot if it is at most `maxWaitMs` away. */
    readonly reserve: (
      channel: string,
      intervalMs: number,
      maxWaitMs: number
    ) => Effect.Effect<SlotReservation, DeliveryStoreError>
    /** Slack said 429: nothing goes to this channel for `ms`. Returns how long it is blocked. */
    readonly block: (channel: string, ms: number) => Effect.Effect<number, DeliveryStoreError>
    /** How long the channel stays blocked (0 when it is not). */
    readonly blockedFor: (channel: string) => Effect.Effect<number, DeliveryStoreError>
  }
>()("notifier/ChannelPacer") {
  static readonly layer = Layer.effect(
    ChannelPacer,
    Effect.gen(function* () {
      const { client, prefix } = yield* Redis
      const nextKey = (channel: string) => paceKeys(prefix, channel).next
      const blockedKey = (channel: string) => paceKeys(prefix, channel).blocked
      const run = <A>(operation: string, command: () => Promise<A>) =>
        Effect.tryPromise({
          try: command,
          catch: (error) =>
            new DeliveryStoreError({ operation, reason: error instanceof Error ? error.message : String(error) })
        })
      return ChannelPacer.of({
        reserve: (channel, intervalMs, maxWaitMs) =>
          run("reserve channel slot", () =>
            runLua(client, reserveScript, [nextKey(channel), blockedKey(channel)], [intervalMs, maxWaitMs])
          ).pipe(
            Effect.map((reply) => {
              const [granted, waitMs] = reply as [number, number]
              return { granted: granted === 1, waitMs: Number(waitMs) }
            })
          ),
        block: (channel, ms) =>
          run("block channel", () =>
            runLua(client, blockScript, [blockedKey(channel)], [Math.max(1, Math.round(ms))])
          ).pipe(Effect.map(Number)),
        blockedFor: (channel) =>
          run("read channel block", () => runLua(client, blockedForScript, [blockedKey(channel)])).pipe(
            Effect.map(Number)
          )
      })
    })
  )
}
