import { Config, Context, Effect, Layer, Option, Redacted, Schema } from "effect"

/** A setting that parsed but makes no sense; names the variable and the form it expects. */
export class NotifierConfigError extends Schema.TaggedError<NotifierConfigError>()("NotifierConfigError", {
  variable: Schema.String,
  expected: Schema.String,
  received: Schema.String
}) {
  override get message(): string {
    return `Invalid ${this.variable}: expected ${this.expected}, got ${JSON.stringify(this.received)}`
  }
}

const slackChannelPattern = /^[CGUD][A-Z0-9]{2,}$/

export interface NotifierSettings {
  /** Absent → alerts go to the console sink. Redacted so it never appears in logs. */
  readonly slackBotToken: Option.Option<Redacted.Redacted<string>>
  /** Base URL of the Slack Web API, ending in "/api/" (a local fake in tests). */
  readonly slackApiUrl: Option.Option<URL>
  /** Where feed failures and undeliverable channels are reported; absent → logged only. */
  readonly opsChannel: Option.Option<string>
  /** Minimum gap between two messages to one channel (Slack allows about one per second). */
  readonly channelIntervalMs: number
  /** How many times a delivery is tried for transient failures (5xx, network) before giving up. */
  readonly deliveryAttempts: number
  /** First retry delay; later retries double it. */
  readonly deliveryBackoffMs: number
  /** Upper bound on one Slack HTTP call; kept well below the posting claim's lifetime. */
  readonly slackTimeoutMs: number
  /** Deliveries processed at once by one process (across channels; each channel is still paced). */
  readonly deliveryConcurrency: number
  /** How long shutdown waits for in-flight jobs before closing the workers anyway. */
  readonly shutdownTimeoutMs: number
  /**
   * Lifetime of the claim a process holds while posting one delivery. Longer than a Slack call
   * can take, so a live poster never loses it; after a crash it is how long the delivery waits.
   */
  readonly postingClaimMs: number
  /** BullMQ job lock: a worker that dies mid-job has its jobs picked up again after about this long. */
  readonly jobLockMs: number
  /**
   * Follow-ups a thread gets as replies, per event and channel. Past it, another report of the
   * development only refreshes the alert's sources line ("…and N more"), so a flood of one story
   * cannot flood its thread.
   */
  readonly threadMaxReplies: number
  /** Past the reply limit, the alert is refreshed at most once per this interval, with every report in between. */
  readonly threadUpdateIntervalMs: number
}

const positiveInt = (variable: string, value: number, minimum: number) =>
  Number.isInteger(value) && value >= minimum
    ? Effect.succeed(value)
    : Effect.fail(new NotifierConfigError({ variable, expected: `an integer ≥ ${minimum}`, received: String(value) }))

/** Reads every notifier setting through Effect Config; invalid values fail naming the variable. */
export const readNotifierSettings = Effect.gen(function* () {
  const raw = yield* Config.all({
    slackBotToken: Config.option(Config.Redacted("SLACK_BOT_TOKEN")),
    slackApiUrl: Config.option(Config.URL("SLACK_API_URL")),
    opsChannel: Config.option(Config.String("OPS_CHANNEL")),
    channelIntervalMs: Config.Int("CHANNEL_INTERVAL_MS").pipe(Config.withDefault(1000)),
    deliveryAttempts: Config.Int("DELIVERY_ATTEMPTS").pipe(Config.withDefault(8)),
    deliveryBackoffMs: Config.Int("DELIVERY_BACKOFF_MS").pipe(Config.withDefault(1000)),
    slackTimeoutMs: Config.Int("SLACK_TIMEOUT_MS").pipe(Config.withDefault(10_000)),
    deliveryConcurrency: Config.Int("DELIVERY_CONCURRENCY").pipe(Config.withDefault(16)),
    shutdownTimeoutMs: Config.Int("NOTIFIER_SHUTDOWN_TIMEOUT_MS").pipe(Config.withDefault(10_000)),
    postingClaimMs: Config.Int("POSTING_CLAIM_MS").pipe(Config.withDefault(30_000)),
    jobLockMs: Config.Int("JOB_LOCK_MS").pipe(Config.withDefault(30_000)),
    threadMaxReplies: Config.Int("THREAD_MAX_REPLIES").pipe(Config.withDefault(10)),
    threadUpdateIntervalMs: Config.Int("THREAD_UPDATE_INTERVAL_MS").pipe(Config.withDefault(10_000))
  })
  const slackBotToken = Option.filter(raw.slackBotToken, (token) => Redacted.value(token).trim().length > 0)
  if (Option.isSome(slackBotToken) && !/^xox[a-z]-/.test(Redacted.value(slackBotToken.value))) {
    // Never echo the token itself.
    yield* Effect.logWarning("SLACK_BOT_TOKEN does not look like a Slack token (expected xoxb-…); using it anyway")
  }
  if (Option.isSome(raw.slackApiUrl) && !["http:", "https:"].includes(raw.slackApiUrl.value.protocol)) {
    return yield* new NotifierConfigError({
      variable: "SLACK_API_URL",
      expected: "an http(s) URL such as https://slack.com/api/",
      received: raw.slackApiUrl.value.href
    })
  }
  const opsChannel = Option.filter(raw.opsChannel, (channel) => channel.trim().length > 0)
  if (Option.isSome(opsChannel) && !slackChannelPattern.test(opsChannel.value)) {
    return yield* new NotifierConfigError({
      variable: "OPS_CHANNEL",
      expected: "a Slack channel id such as C0123456789",
      received: opsChannel.value
    })
  }
  const settings: NotifierSettings = {
    slackBotToken,
    slackApiUrl: raw.slackApiUrl,
    opsChannel,
    channelIntervalMs: yield* positiveInt("CHANNEL_INTERVAL_MS", raw.channelIntervalMs, 0),
    deliveryAttempts: yield* positiveInt("DELIVERY_ATTEMPTS", raw.deliveryAttempts, 1),
    deliveryBackoffMs: yield* positiveInt("DELIVERY_BACKOFF_MS", raw.deliveryBackoffMs, 1),
    slackTimeoutMs: yield* positiveInt("SLACK_TIMEOUT_MS", raw.slackTimeoutMs, 100),
    deliveryConcurrency: yield* positiveInt("DELIVERY_CONCURRENCY", raw.deliveryConcurrency, 1),
    shutdownTimeoutMs: yield* positiveInt("NOTIFIER_SHUTDOWN_TIMEOUT_MS", raw.shutdownTimeoutMs, 0),
    postingClaimMs: yield* positiveInt("POSTING_CLAIM_MS", raw.postingClaimMs, 1000),
    jobLockMs: yield* positiveInt("JOB_LOCK_MS", raw.jobLockMs, 1000),
    threadMaxReplies: yield* positiveInt("THREAD_MAX_REPLIES", raw.threadMaxReplies, 0),
    threadUpdateIntervalMs: yield* positiveInt("THREAD_UPDATE_INTERVAL_MS", raw.threadUpdateIntervalMs, 0)
  }
  // The claim covers waiting for the channel's slot (up to two intervals) and the Slack call.
  const longestPost = settings.slackTimeoutMs + 2 * settings.channelIntervalMs
  if (settings.postingClaimMs <= longestPost) {
    return yield* new NotifierConfigError({
      variable: "POSTING_CLAIM_MS",
      expected:
        `more than SLACK_TIMEOUT_MS + 2 × CHANNEL_INTERVAL_MS (${longestPost}), ` +
        "so a slow post never outlives its claim",
      received: String(settings.postingClaimMs)
    })
  }
  return settings
})

export const defaultNotifierSettings: NotifierSettings = {
  slackBotToken: Option.none(),
  slackApiUrl: Option.none(),
  opsChannel: Option.none(),
  channelIntervalMs: 1000,
  deliveryAttempts: 8,
  deliveryBackoffMs: 1000,
  slackTimeoutMs: 10_000,
  deliveryConcurrency: 16,
  shutdownTimeoutMs: 10_000,
  postingClaimMs: 30_000,
  jobLockMs: 30_000,
  threadMaxReplies: 10,
  threadUpdateIntervalMs: 10_000
}

export class NotifierConfig extends Context.Service<NotifierConfig, NotifierSettings>()("notifier/NotifierConfig") {
  /** From the environment (SLACK_BOT_TOKEN, SLACK_API_URL, OPS_CHANNEL, CHANNEL_INTERVAL_MS, …). */
  static readonly layer = Layer.effect(NotifierConfig, readNotifierSettings)
  /** Fixed settings, for tests and embedding; unspecified ones take their defaults. */
  static readonly make = (settings: Partial<NotifierSettings>) =>
    Layer.succeed(NotifierConfig, { ...defaultNotifierSettings, ...settings })
}
