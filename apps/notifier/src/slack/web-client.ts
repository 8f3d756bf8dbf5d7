import slack from "@slack/web-api"
import { makeKeepAliveFetch } from "./keep-alive-fetch.ts"

// @slack/web-api is CommonJS: named ESM imports type-check but throw at run time under node/tsx.
const { WebClient } = slack
export type SlackWebClient = InstanceType<typeof WebClient>

const quietLogger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  setLevel: () => {},
  getLevel: () => "error" as never,
  setName: () => {}
}

/**
 * The Web API client exactly as the notifier configures it. The benchmark's floor line posts
 * through this same client, so the floor and the pipeline pay the same price per Slack call.
 */
export const makeSlackWebClient = (options: {
  readonly token: string
  readonly slackApiUrl?: string
  readonly timeoutMs?: number
}): SlackWebClient =>
  new WebClient(options.token, {
    ...(options.slackApiUrl !== undefined ? { slackApiUrl: options.slackApiUrl } : {}),
    // One place decides who retries: BullMQ (attempts, backoff, per-channel delays). The client
    // therefore never retries and rejects 429s at once instead of pausing its whole queue.
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    // The timeout lives in the fetch, which needs no AbortSignal timer per call.
    fetch: makeKeepAliveFetch({ timeoutMs: options.timeoutMs ?? 10_000 }),
    timeout: 0,
    // The client's default logger is chatty at warn level about rate limits we handle ourselves.
    logger: quietLogger
  })
