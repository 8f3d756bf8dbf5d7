import { createHash } from "node:crypto"
import { Context, Effect, Layer, Option, Result } from "effect"
import { Redis } from "@india-italy/runtime"

/**
 * Two kinds of silence, both kept in Redis with an expiry so nothing outlives its purpose:
 * - a channel muted for a while (`/indiaitaly mute 7d`): no alerts, replies or digest entries for
 *   it until then (edits of alerts it already has still update them: that pings nobody);
 * - a development muted in a channel (the alert's "Mute this development" button): no more
 *   thread follow-ups there for that event.
 */

/** How long a muted development stays muted: well past the window in which reports still join it. */
export const eventMuteSeconds = 30 * 24 * 3600

/** The longest channel mute accepted. */
export const maxChannelMuteSeconds = 90 * 24 * 3600

const unitSeconds: Readonly<Record<string, number>> = { m: 60, h: 3600, d: 86_400, w: 7 * 86_400 }

/** "30m", "12h", "7d", "2w" → seconds; anything else, or more than 90 days, is refused with the expected form. */
export const parseMuteDuration = (text: string): Result.Result<number, string> => {
  const match = /^(\d{1,4})\s?([mhdw])$/i.exec(text.trim())
  const seconds = match === null ? undefined : Number(match[1]) * (unitSeconds[(match[2] ?? "").toLowerCase()] ?? 0)
  if (seconds === undefined || seconds <= 0) {
    return Result.fail(
      "say how long to mute, e.g. `mute 7d` (minutes m, hours h, days d, weeks w), " +
        `got ${JSON.stringify(text.slice(0, 20))}`
    )
  }
  if (seconds > maxChannelMuteSeconds) return Result.fail("a channel can be muted for at most 90 days")
  return Result.succeed(seconds)
}

const keyPart = (value: string): string =>
  /^[A-Za-z0-9_.-]{1,100}$/.test(value) ? value : createHash("sha256").update(value).digest("hex").slice(0, 32)

export const channelMuteKey = (prefix: string, channel: string) => `${prefix}:mute:channel:${keyPart(channel)}`
export const eventMuteKey = (prefix: string, channel: string, eventId: string) =>
  `${prefix}:mute:event:${keyPart(channel)}:${keyPart(eventId)}`

export interface SilenceRequest {
  readonly channels: ReadonlyArray<string>
  readonly eventId: string
}

export interface Silence {
  readonly mutedChannels: ReadonlySet<string>
  readonly mutedEvent: ReadonlySet<string>
}

export class Mutes extends Context.Service<
  Mutes,
  {
    /** Mutes the channel until now + seconds; returns when it ends. */
    readonly muteChannel: (channel: string, seconds: number) => Effect.Effect<Date>
    /** True when the channel was muted. */
    readonly unmuteChannel: (channel: string) => Effect.Effect<boolean>
    readonly channelMutedUntil: (channel: string) => Effect.Effect<Option.Option<Date>>
    readonly muteEvent: (channel: string, eventId: string) => Effect.Effect<void>
    /**
     * For each request, the channels among its `channels` that must hear nothing now, and those that muted its
     * event: one read for a whole notices job.
     */
    readonly silenced: (requests: ReadonlyArray<SilenceRequest>) => Effect.Effect<ReadonlyArray<Silence>>
  }
>()("notifier/Mutes") {
  static readonly layer = Layer.effect(
    Mutes,
    Effect.gen(function* () {
      const { client, prefix } = yield* Redis
      const muteChannel = (channel: string, seconds: number) =>
        Effect.promise(async () => {
          const until = new Date(Date.now() + seconds * 1000)
          await client.set(channelMuteKey(prefix, channel), until.toISOString(), "EX", seconds)
          return until
        })
      const unmuteChannel = (channel: string) =>
        Effect.promise(async () => (await client.del(channelMuteKey(prefix, channel))) === 1)
      const channelMutedUntil = (channel: string) =>
        Effect.promise(async () => {
          const value = await client.get(channelMuteKey(prefix, channel))
          const until = value === null ? Number.NaN : Date.parse(value)
          return Number.isNaN(until) ? Option.none<Date>() : Option.some(new Date(until))
        })
      const muteEvent = (channel: string, eventId: string) =>
        Effect.promise(() => client.set(eventMuteKey(prefix, channel, eventId), "1", "EX", eventMuteSeconds)).pipe(
          Effect.asVoid
        )
      const silenced = (requests: ReadonlyArray<SilenceRequest>) =>
        Effect.promise(async (): Promise<ReadonlyArray<Silence>> => {
          // Two keys a channel of each request, in order: its channel mute, then its event mute.
          const keys = requests.flatMap(({ channels, eventId }) =>
            channels.flatMap((channel) => [channelMuteKey(prefix, channel), eventMuteKey(prefix, channel, eventId)])
          )
          const values = keys.length === 0 ? [] : await client.mget(...keys)
          let offset = 0
          return requests.map(({ channels }) => {
            const at = offset
            offset += channels.length * 2
            return {
              mutedChannels: new Set(channels.filter((_, index) => values[at + index * 2] !== null)),
              mutedEvent: new Set(channels.filter((_, index) => values[at + index * 2 + 1] !== null))
            }
          })
        })
      return Mutes.of({ muteChannel, unmuteChannel, channelMutedUntil, muteEvent, silenced })
    })
  )
}
