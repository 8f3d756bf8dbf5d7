import { Context, Effect, Layer } from "effect"
import { Redis } from "@india-italy/runtime"
import { DeliveryStoreError } from "./delivery-ledger.ts"

/**
 * Slack allows about one message per second per channel, and answers a 429 with Retry-After for
 * that channel. Both are kept in Redis so they hold across every notifier process, and both are
 * per channel: a channel that is rate limited delays only its own deliveries.
 *
 * Times come from Redis's clock (TIME), so processes on machines with skewed clocks agree.
 */

/** Redis's clock as epoch ms, in Lua (shared by every pacing script). */
export const redisNowLua = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)`

/**
 * Reserving the channel's next slot, in Lua, shared with scripts that need it inside a larger
 * atomic step (the delivery ledger's beginPost). Expects `now`; reads the next free slot and the
 * blocked-until keys and the interval and longest-wait arguments at the given positions; when
 * the slot is not granted it runs `denied(waitExpression)` (which returns from the script),
 * else it leaves `wait` set and goes on.
 */
export const reserveSlotLua = (
  at: { readonly paceKey: number; readonly blockedKey: number; readonly interval: number; readonly maxWait: number },
  denied: (wait: string) => string = (wait) => `return {0, ${wait}}`
) => `
local blocked = tonumber(redis.call('GET', KEYS[${at.blockedKey}]) or '0')
if blocked > now then ${denied("blocked - now")} end
local interval = tonumber(ARGV[${at.interval}])
local slot = math.max(now, tonumber(redis.call('GET', KEYS[${at.paceKey}]) or '0'))
local wait = slot - now
if wait > tonumber(ARGV[${at.maxWait}]) then ${denied("wait")} end
if interval > 0 then redis.call('SET', KEYS[${at.paceKey}], slot + interval, 'PX', wait + interval + 1000) end`

/** Where a channel's pacing lives in Redis: its next free slot and the end of a 429 block. */
export const paceKeys = (prefix: string, channel: string) => ({
  next: `${prefix}:notifier:pace:${channel}`,
  blocked: `${prefix}:notifier:blocked:${channel}`
})

// KEYS[1] next free slot (epoch ms), KEYS[2] blocked-until (epoch ms)
// ARGV[1] interval ms, ARGV[2] longest wait the caller will sleep through
// → { granted (1/0), wait ms }
const reserveScript = `${redisNowLua}${reserveSlotLua({ paceKey: 1, blockedKey: 2, interval: 1, maxWait: 2 })}
return {1, wait}
`

// KEYS[1] blocked-until; ARGV[1] block for this many ms → the ms actually blocked
const blockScript = `${redisNowLua}
local untilMs = now + tonumber(ARGV[1])
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if current >= untilMs then return current - now end
redis.call('SET', KEYS[1], untilMs, 'PX', tonumber(ARGV[1]) + 1000)
return tonumber(ARGV[1])
`

// KEYS[1] blocked-until → ms left (0 when not blocked)
const blockedScript = `${redisNowLua}
local blocked = tonumber(redis.call('GET', KEYS[1]) or '0')
if blocked > now then return blocked - now end
return 0
`

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
            client.eval(reserveScript, 2, nextKey(channel), blockedKey(channel), String(intervalMs), String(maxWaitMs))
          ).pipe(
            Effect.map((reply) => {
              const [granted, waitMs] = reply as [number, number]
              return { granted: granted === 1, waitMs: Number(waitMs) }
            })
          ),
        block: (channel, ms) =>
          run("block channel", () =>
            client.eval(blockScript, 1, blockedKey(channel), String(Math.max(1, Math.round(ms))))
          ).pipe(Effect.map(Number)),
        blockedFor: (channel) =>
          run("read channel block", () => client.eval(blockedScript, 1, blockedKey(channel))).pipe(Effect.map(Number))
      })
    })
  )
}
