import { Context, Effect, Layer } from "effect"
import { Redis } from "../redis.ts"
import { DeliveryStoreError } from "./delivery-ledger.ts"

/**
 * Slack allows about one message per second per channel, and answers a 429 with Retry-After for
 * that channel. Both are kept in Redis so they hold across every notifier process, and both are
 * per channel: a channel that is rate limited delays only its own deliveries.
 *
 * Times come from Redis's clock (TIME), so processes on machines with skewed clocks agree.
 */

// KEYS[1] next free slot (epoch ms), KEYS[2] blocked-until (epoch ms)
// ARGV[1] interval ms, ARGV[2] longest wait the caller will sleep through
// → { granted (1/0), wait ms }
const reserveScript = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local blocked = tonumber(redis.call('GET', KEYS[2]) or '0')
if blocked > now then return {0, blocked - now} end
local interval = tonumber(ARGV[1])
local slot = math.max(now, tonumber(redis.call('GET', KEYS[1]) or '0'))
local wait = slot - now
if wait > tonumber(ARGV[2]) then return {0, wait} end
if interval > 0 then redis.call('SET', KEYS[1], slot + interval, 'PX', wait + interval + 1000) end
return {1, wait}
`

// KEYS[1] blocked-until; ARGV[1] block for this many ms → the ms actually blocked
const blockScript = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local untilMs = now + tonumber(ARGV[1])
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if current >= untilMs then return current - now end
redis.call('SET', KEYS[1], untilMs, 'PX', tonumber(ARGV[1]) + 1000)
return tonumber(ARGV[1])
`

// KEYS[1] blocked-until → ms left (0 when not blocked)
const blockedScript = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
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
    readonly reserve: (channel: string, intervalMs: number, maxWaitMs: number) => Effect.Effect<SlotReservation, DeliveryStoreError>
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
      const nextKey = (channel: string) => `${prefix}:notifier:pace:${channel}`
      const blockedKey = (channel: string) => `${prefix}:notifier:blocked:${channel}`
      const run = <A>(operation: string, command: () => Promise<A>) =>
        Effect.tryPromise({
          try: command,
          catch: (error) => new DeliveryStoreError({ operation, reason: error instanceof Error ? error.message : String(error) })
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
          run("block channel", () => client.eval(blockScript, 1, blockedKey(channel), String(Math.max(1, Math.round(ms))))).pipe(
            Effect.map(Number)
          ),
        blockedFor: (channel) => run("read channel block", () => client.eval(blockedScript, 1, blockedKey(channel))).pipe(Effect.map(Number))
      })
    })
  )
}
