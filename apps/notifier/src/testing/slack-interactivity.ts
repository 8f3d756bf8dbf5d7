import { slackSignature } from "../slash-command/verify-signature.ts"
import type { FakeSlackMessage } from "./fake-slack-server.ts"

/**
 * For tests: a click on a message the local Slack server holds, sent to an interactivity endpoint
 * the way Slack sends it — form-encoded `payload=<block_actions JSON>` (with the whole message,
 * as Slack includes it), signed with the app's signing secret.
 */
export interface ClickOptions {
  readonly endpoint: string
  readonly signingSecret: string
  readonly message: FakeSlackMessage
  readonly actionId: string
  readonly user?: string
  /** For a menu: the chosen option's value. */
  readonly selectedValue?: string
  /** Seconds since the epoch to sign with (default now); a stale one tests the replay window. */
  readonly timestamp?: number
  /** Sign with another secret, or send this signature as is. */
  readonly signWith?: string
  readonly signature?: string
  /** Replaces the payload (malformed-input tests). */
  readonly rawPayload?: string
}

interface ActionElement {
  readonly action_id?: string
  readonly type?: string
  readonly value?: string
}

/** The block_actions document Slack would send for this click. */
export const blockActionsPayload = (options: ClickOptions): Record<string, unknown> => {
  const blocks = Array.isArray(options.message.blocks)
    ? (options.message.blocks as ReadonlyArray<Record<string, unknown>>)
    : []
  const block = blocks.find((candidate) =>
    ((candidate.elements as ReadonlyArray<ActionElement> | undefined) ?? []).some(
      (element) => element.action_id === options.actionId
    )
  )
  const element = ((block?.elements as ReadonlyArray<ActionElement> | undefined) ?? []).find(
    (candidate) => candidate.action_id === options.actionId
  )
  if (block === undefined || element === undefined)
    throw new Error(`message ${options.message.ts} has no control ${options.actionId}`)
  const user = options.user ?? "U0CLICKER1"
  return {
    type: "block_actions",
    user: { id: user, username: "clicker", team_id: "T0TEAM" },
    api_app_id: "A0APP",
    token: "legacy-token-ignored",
    container: {
      type: "message",
      message_ts: options.message.ts,
      channel_id: options.message.channel,
      is_ephemeral: false
    },
    trigger_id: "1.2.3",
    team: { id: "T0TEAM", domain: "team" },
    channel: { id: options.message.channel, name: "alerts" },
    message: { type: "message", ts: options.message.ts, text: options.message.text, blocks },
    response_url: "https://hooks.slack.example/actions/1",
    actions: [
      {
        action_id: options.actionId,
        block_id: block.block_id,
        type: element.type,
        action_ts: String(Date.now() / 1000),
        ...(element.type === "button" ? { value: element.value } : {}),
        ...(options.selectedValue === undefined
          ? {}
          : { selected_option: { text: { type: "plain_text", text: "x" }, value: options.selectedValue } })
      }
    ]
  }
}

/** Sends the click; resolves with the status and JSON answer of the endpoint. */
export const clickOn = async (
  options: ClickOptions
): Promise<{ readonly status: number; readonly json: Record<string, unknown> }> => {
  const payload = options.rawPayload ?? JSON.stringify(blockActionsPayload(options))
  return postSigned(options, new URLSearchParams({ payload }).toString())
}

/** Posts a form body to the endpoint, signed like Slack signs it (or as the options override). */
export const postSigned = async (
  options: Pick<ClickOptions, "endpoint" | "signingSecret" | "timestamp" | "signWith" | "signature">,
  body: string
): Promise<{ readonly status: number; readonly json: Record<string, unknown> }> => {
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000))
  const response = await fetch(options.endpoint, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-slack-request-timestamp": timestamp,
      "x-slack-signature":
        options.signature ?? slackSignature(options.signWith ?? options.signingSecret, timestamp, body)
    },
    body
  })
  const text = await response.text()
  let json: Record<string, unknown> = {}
  try {
    json = JSON.parse(text) as Record<string, unknown>
  } catch {
    json = { raw: text }
  }
  return { status: response.status, json }
}
