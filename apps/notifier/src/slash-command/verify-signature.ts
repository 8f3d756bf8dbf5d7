import { createHmac, timingSafeEqual } from "node:crypto"

export type SignatureCheck = { readonly ok: true } | { readonly ok: false; readonly reason: string }

/** Slack's replay window: requests signed longer ago than this are refused. */
export const maxRequestAgeSeconds = 5 * 60

/** `v0=` + hex HMAC-SHA256 of `v0:<timestamp>:<raw body>` under the app's signing secret. */
export const slackSignature = (signingSecret: string, timestamp: string, rawBody: string): string =>
  `v0=${createHmac("sha256", signingSecret).update(`v0:${timestamp}:${rawBody}`).digest("hex")}`

/**
 * Verifies a request really comes from Slack (https://api.slack.com/authentication/verifying-requests-from-slack):
 * the timestamp must be within five minutes of now (either way, so a replayed request is useless),
 * and the signature must match, compared in constant time so it cannot be guessed byte by byte.
 */
export const verifySlackSignature = (request: {
  readonly signingSecret: string
  readonly timestamp: string | undefined
  readonly signature: string | undefined
  readonly rawBody: string
  readonly nowSeconds: number
}): SignatureCheck => {
  const { timestamp, signature } = request
  if (timestamp === undefined || !/^\d{1,12}$/.test(timestamp))
    return { ok: false, reason: "missing or malformed X-Slack-Request-Timestamp" }
  if (Math.abs(request.nowSeconds - Number(timestamp)) > maxRequestAgeSeconds) {
    return { ok: false, reason: "stale X-Slack-Request-Timestamp (more than 5 minutes from now)" }
  }
  if (signature === undefined || !/^v0=[0-9a-f]{64}$/.test(signature))
    return { ok: false, reason: "missing or malformed X-Slack-Signature" }
  const expected = Buffer.from(slackSignature(request.signingSecret, timestamp, request.rawBody), "utf8")
  const received = Buffer.from(signature, "utf8")
  if (expected.length !== received.length || !timingSafeEqual(expected, received))
    return { ok: false, reason: "signature does not match" }
  return { ok: true }
}
