import slack from "@slack/web-api"
import { Context, Effect, Layer, Option, Redacted, Schema } from "effect"
import { NotifierConfig } from "../config.ts"
import { renderBlocksAsText } from "./render-text.ts"
import { makeSlackWebClient, type SlackWebClient } from "./web-client.ts"

// @slack/web-api is CommonJS: named ESM imports type-check but throw at run time under node/tsx.
const { ErrorCode } = slack

/**
 * A Slack call that failed. `permanent` means retrying cannot help (the channel is gone, the bot
 * is not in it, the token is invalid, the message is malformed); `retryAfterSeconds` is Slack's
 * answer to a 429 for this channel.
 */
export class SlackPostError extends Schema.TaggedError<SlackPostError>()("SlackPostError", {
  channel: Schema.String,
  reason: Schema.String,
  code: Schema.optional(Schema.String),
  retryAfterSeconds: Schema.optional(Schema.Number),
  permanent: Schema.Boolean
}) {
  override get message(): string {
    return `Slack call for channel ${this.channel} failed: ${this.reason}`
  }
}

/** Errors that concern the channel or the token: every later message to it would fail the same way. */
export const channelErrorCodes: ReadonlySet<string> = new Set([
  "channel_not_found",
  "not_in_channel",
  "is_archived",
  "invalid_auth",
  "not_authed",
  "account_inactive",
  "token_revoked",
  "token_expired",
  "missing_scope",
  "restricted_action",
  "team_access_not_granted",
  "ekm_access_denied"
])

/**
 * Errors about this one message: Slack refuses the body itself (a block over its limits, too much
 * text), so retrying the same payload cannot succeed. Reported, never retried.
 */
export const messageErrorCodes: ReadonlySet<string> = new Set([
  "invalid_blocks",
  "invalid_blocks_format",
  "msg_blocks_too_long",
  "msg_too_long",
  "no_text",
  "too_many_attachments",
  "invalid_arguments",
  "invalid_metadata_format",
  "invalid_metadata_schema",
  "message_not_found",
  "cant_update_message",
  "edit_window_closed",
  "invalid_thread_ts"
])

/**
 * A marker carried in the message's metadata so that, after a crash between posting and
 * recording the post, a retry can look in the channel for it instead of posting again.
 */
export interface DeliveryMarker {
  readonly deliveryKey: string
}

export const markerEventType = "iim_delivery"

const maxHistoryPages = 5

export interface OutgoingMessage {
  readonly channel: string
  /** Plain-text fallback shown in notifications; already escaped for mrkdwn. */
  readonly text: string
  readonly blocks?: ReadonlyArray<unknown>
  readonly threadTs?: string
  readonly marker?: DeliveryMarker
}

export interface MessageUpdate {
  readonly channel: string
  readonly ts: string
  readonly text: string
  readonly blocks?: ReadonlyArray<unknown>
}

export interface PostedMessage {
  readonly ts: string
  readonly channel: string
}

export class SlackSender extends Context.Service<
  SlackSender,
  {
    /** "slack" posts through the Web API; "console" prints to stdout. */
    readonly kind: "slack" | "console"
    readonly postMessage: (message: OutgoingMessage) => Effect.Effect<PostedMessage, SlackPostError>
    readonly updateMessage: (message: MessageUpdate) => Effect.Effect<void, SlackPostError>
    /**
     * The ts of a message carrying `marker` posted at or after `since` (epoch ms) — in the
     * channel, or in the thread of `threadTs`. None when there is none or the sink cannot tell.
     */
    readonly findMarkedMessage: (query: {
      readonly channel: string
      readonly marker: DeliveryMarker
      readonly since: number
      readonly threadTs?: string
    }) => Effect.Effect<Option.Option<string>, SlackPostError>
  }
>()("notifier/SlackSender") {
  /**
   * The real Web API client when SLACK_BOT_TOKEN is set (SLACK_API_URL overrides the base URL),
   * else the console sink.
   */
  static readonly layer: Layer.Layer<SlackSender, never, NotifierConfig> = Layer.effect(
    SlackSender,
    Effect.gen(function* () {
      const config = yield* NotifierConfig
      if (Option.isNone(config.slackBotToken)) {
        yield* Effect.logInfo("SLACK_BOT_TOKEN is not set: alerts are printed to the console")
        return makeConsoleSender((line) => process.stdout.write(`${line}\n`))
      }
      return makeWebApiSender({
        token: config.slackBotToken.value,
        ...(Option.isSome(config.slackApiUrl) ? { slackApiUrl: config.slackApiUrl.value.href } : {}),
        timeoutMs: config.slackTimeoutMs
      })
    })
  )

  /** The console sink regardless of settings, writing each rendered message through `write`. */
  static readonly console = (write: (text: string) => void = (line) => process.stdout.write(`${line}\n`)) =>
    Layer.succeed(SlackSender, makeConsoleSender(write))
}

/** Turns whatever @slack/web-api threw into a SlackPostError that says what to do next. */
export const toSlackPostError = (channel: string, error: unknown): SlackPostError => {
  const code = (error as { code?: unknown } | null)?.code
  if (code === ErrorCode.RateLimitedError) {
    const retryAfter = Number((error as { retryAfter?: unknown }).retryAfter)
    return new SlackPostError({
      channel,
      reason: `rate limited; Slack asks to retry after ${retryAfter}s`,
      code: "rate_limited",
      retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter : 1,
      permanent: false
    })
  }
  if (code === ErrorCode.PlatformError) {
    const slackError = String((error as { data?: { error?: unknown } }).data?.error ?? "unknown_error")
    if (slackError === "ratelimited") {
      return new SlackPostError({
        channel,
        reason: "rate limited",
        code: "rate_limited",
        retryAfterSeconds: 1,
        permanent: false
      })
    }
    const permanent = channelErrorCodes.has(slackError) || messageErrorCodes.has(slackError)
    return new SlackPostError({ channel, reason: `Slack answered ${slackError}`, code: slackError, permanent })
  }
  if (code === ErrorCode.HTTPError) {
    const status = Number((error as { statusCode?: unknown }).statusCode)
    // 5xx and 408 are the server's trouble; other 4xx mean the request itself is wrong.
    const permanent = status >= 400 && status < 500 && status !== 408
    return new SlackPostError({ channel, reason: `HTTP ${status} from Slack`, code: `http_${status}`, permanent })
  }
  if (code === ErrorCode.RequestError) {
    const original = (error as { original?: { message?: unknown } }).original
    return new SlackPostError({
      channel,
      reason: `network error: ${String(original?.message ?? "request failed")}`,
      code: "request_error",
      permanent: false
    })
  }
  return new SlackPostError({
    channel,
    reason: `unexpected failure: ${error instanceof Error ? error.message : String(error)}`,
    code: "unexpected",
    permanent: false
  })
}

/**
 * A message's blocks as the JSON text the Web API client would make of them: it turns every
 * object field into JSON itself, so the request is the same on the wire. Handed over as text, the
 * blocks are not walked again by the client's debug line, which copies and stringifies each
 * request body whatever the log level (perf on the pipeline bench: about 3% of the process's CPU,
 * blocks being most of an alert's body).
 */
export const blocksField = (blocks: ReadonlyArray<unknown> | undefined): { readonly blocks?: Array<never> } =>
  blocks === undefined ? {} : { blocks: JSON.stringify(blocks) as unknown as Array<never> }

export const makeWebApiSender = (options: {
  readonly token: Redacted.Redacted<string>
  readonly slackApiUrl?: string
  readonly timeoutMs?: number
}): SlackSender["Service"] => {
  const client = makeSlackWebClient({
    token: Redacted.value(options.token),
    ...(options.slackApiUrl !== undefined ? { slackApiUrl: options.slackApiUrl } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {})
  })

  const call = <A>(channel: string, run: () => Promise<A>) =>
    Effect.tryPromise({ try: run, catch: (error) => toSlackPostError(channel, error) })

  return SlackSender.of({
    kind: "slack",
    postMessage: (message) =>
      call(message.channel, () =>
        client.chat.postMessage({
          channel: message.channel,
          text: message.text,
          ...blocksField(message.blocks),
          ...(message.threadTs !== undefined ? { thread_ts: message.threadTs } : {}),
          ...(message.marker !== undefined
            ? { metadata: { event_type: markerEventType, event_payload: { delivery_key: message.marker.deliveryKey } } }
            : {}),
          // Feed text is escaped by us; never let Slack turn words into links or mentions.
          unfurl_links: false,
          unfurl_media: false
        } as Parameters<SlackWebClient["chat"]["postMessage"]>[0])
      ).pipe(
        Effect.flatMap((result) =>
          typeof result.ts === "string"
            ? Effect.succeed({
                ts: result.ts,
                channel: typeof result.channel === "string" ? result.channel : message.channel
              })
            : Effect.fail(
                new SlackPostError({
                  channel: message.channel,
                  reason: "Slack answered without a message ts",
                  permanent: false
                })
              )
        )
      ),
    updateMessage: (message) =>
      call(message.channel, () =>
        client.chat.update({
          channel: message.channel,
          ts: message.ts,
          text: message.text,
          ...blocksField(message.blocks)
        } as Parameters<SlackWebClient["chat"]["update"]>[0])
      ).pipe(Effect.asVoid),
    findMarkedMessage: ({ channel, marker, since, threadTs }) =>
      call(channel, async () => {
        // A minute of slack for clock skew between us and Slack; a few pages cover a busy channel.
        const oldest = (Math.max(0, since - 60_000) / 1000).toFixed(6)
        let cursor: string | undefined
        for (let page = 0; page < maxHistoryPages; page++) {
          const common = {
            channel,
            oldest,
            limit: 200,
            include_all_metadata: true,
            ...(cursor !== undefined ? { cursor } : {})
          }
          const response =
            threadTs === undefined
              ? await client.conversations.history(common)
              : await client.conversations.replies({ ...common, ts: threadTs })
          const messages = (response.messages ?? []) as ReadonlyArray<{
            ts?: string
            metadata?: { event_type?: string; event_payload?: { delivery_key?: unknown } }
          }>
          const found = messages.find(
            (candidate) =>
              candidate.metadata?.event_type === markerEventType &&
              candidate.metadata.event_payload?.delivery_key === marker.deliveryKey
          )
          if (found?.ts !== undefined) return Option.some(found.ts)
          cursor = response.response_metadata?.next_cursor
          if (cursor === undefined || cursor === "") break
        }
        return Option.none<string>()
      })
  })
}

/**
 * Prints each message as readable text (the blocks rendered line by line) — the embedded default
 * when no Slack token is configured. Timestamps are made up but unique, so threads still work.
 */
export const makeConsoleSender = (write: (text: string) => void): SlackSender["Service"] => {
  let counter = 0
  const nextTs = () => {
    counter += 1
    return `${Math.floor(Date.now() / 1000)}.${String(counter).padStart(6, "0")}`
  }
  return SlackSender.of({
    kind: "console",
    postMessage: (message) =>
      Effect.sync(() => {
        const ts = nextTs()
        const heading =
          message.threadTs === undefined
            ? `── Slack ${message.channel} ──`
            : `── Slack ${message.channel} (reply in thread ${message.threadTs}) ──`
        write([heading, renderBlocksAsText(message.blocks, message.text), ""].join("\n"))
        return { ts, channel: message.channel }
      }),
    updateMessage: (message) =>
      Effect.sync(() => {
        write(
          [
            `── Slack ${message.channel} (update of ${message.ts}) ──`,
            renderBlocksAsText(message.blocks, message.text),
            ""
          ].join("\n")
        )
      }),
    findMarkedMessage: () => Effect.succeed(Option.none())
  })
}
