import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"

/**
 * A local stand-in for Slack's Web API, speaking it the way @slack/web-api calls it: POST
 * `/api/<method>` with a form-encoded body (blocks and metadata as JSON strings) and the token as
 * `Authorization: Bearer`. It keeps the messages it was sent, so conversations.history and
 * conversations.replies answer like Slack does, records every call with its arrival time, and
 * can be told to fail (429 with Retry-After, 5xx, `ok: false` errors) per method and channel, or
 * to hold requests (latency) before answering.
 */

export interface FakeSlackCall {
  readonly method: string
  readonly channel: string | undefined
  /** The decoded parameters (blocks and metadata parsed back from their JSON strings). */
  readonly body: Record<string, unknown>
  /** The body exactly as it arrived on the wire. */
  readonly rawBody: string
  /** Arrival time, epoch milliseconds. */
  readonly at: number
  /** What the fake answered: HTTP status and Slack's `error`, if any. */
  readonly status: number
  readonly error: string | undefined
}

export interface FakeSlackMessage {
  readonly channel: string
  readonly ts: string
  text: string
  blocks: unknown
  readonly threadTs: string | undefined
  readonly metadata: unknown
  updates: number
}

export interface FakeFailure {
  /** HTTP status to answer with; 200 with `error` gives Slack's `ok: false`. */
  readonly status: number
  /** Seconds, sent as the Retry-After header (with status 429). */
  readonly retryAfter?: number
  /** Slack error code for an `ok: false` answer, e.g. "channel_not_found". */
  readonly error?: string
  /** How many matching calls fail; Infinity for "until cleared". Default 1. */
  readonly times?: number
  /** The call takes effect (the message is posted) and only the answer is the failure: a lost answer. */
  readonly afterEffect?: boolean
}

export interface FakeSlackOptions {
  /** Only this bearer token is accepted; others get `invalid_auth`. Default "xoxb-fake-token". */
  readonly token?: string
  /**
   * Called after a call took effect and before it is answered; the answer waits for it (latency,
   * or a point where a test kills the client). Failures injected with failNext run it too.
   */
  readonly beforeRespond?: (call: {
    readonly method: string
    readonly channel: string | undefined
    readonly body: Record<string, unknown>
  }) => void | Promise<void>
}

export interface FakeSlack {
  /** Base URL for SLACK_API_URL / WebClient's slackApiUrl, ending in "/api/". */
  readonly url: string
  readonly token: string
  readonly calls: Array<FakeSlackCall>
  readonly messages: Array<FakeSlackMessage>
  /** Makes the next matching call(s) fail. `channel` undefined matches every channel. */
  readonly failNext: (method: string, channel: string | undefined, response: FakeFailure) => void
  readonly clearFailures: () => void
  /** Replaces the hook run before each answer (undefined removes it). */
  readonly setBeforeRespond: (hook: FakeSlackOptions["beforeRespond"]) => void
  /** Successful calls of `method` (to `channel`, if given). */
  readonly successful: (method: string, channel?: string) => ReadonlyArray<FakeSlackCall>
  /** Resolves once `predicate` holds for the recorded calls; rejects after `timeoutMs`. */
  readonly waitFor: (predicate: (calls: ReadonlyArray<FakeSlackCall>) => boolean, timeoutMs?: number) => Promise<void>
  readonly close: () => Promise<void>
}

interface PendingFailure {
  readonly method: string
  readonly channel: string | undefined
  readonly response: FakeFailure
  remaining: number
}

const jsonFields = new Set(["blocks", "attachments", "metadata"])

const decodeParameters = (raw: string, contentType: string | undefined): Record<string, unknown> => {
  if (contentType?.includes("application/json") === true) {
    try {
      const parsed: unknown = JSON.parse(raw)
      return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {}
    } catch {
      return {}
    }
  }
  const parameters: Record<string, unknown> = {}
  for (const [key, value] of new URLSearchParams(raw)) {
    if (jsonFields.has(key)) {
      try {
        parameters[key] = JSON.parse(value)
        continue
      } catch {
        // Slack would answer invalid_blocks; keep the raw text so a test can see what was sent.
      }
    }
    parameters[key] = value
  }
  return parameters
}

const readBody = (request: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Array<Buffer> = []
    request.on("data", (chunk: Buffer) => chunks.push(chunk))
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")))
    request.on("error", reject)
  })

export const startFakeSlack = async (options: FakeSlackOptions = {}): Promise<FakeSlack> => {
  const token = options.token ?? "xoxb-fake-token"
  const calls: Array<FakeSlackCall> = []
  const messages: Array<FakeSlackMessage> = []
  // Messages by channel and ts: a benchmark posts thousands, and a scan per reply or update would
  // make the fake, not the notifier, the slow part.
  const messageAt = new Map<string, FakeSlackMessage>()
  const messageKey = (channel: string | undefined, ts: unknown) => `${channel ?? ""} ${String(ts)}`
  let failures: Array<PendingFailure> = []
  let beforeRespond = options.beforeRespond
  let tsCounter = 0

  // Slack's ts is "seconds.micro" and unique per channel; a counter in the micro part keeps ours unique.
  const nextTs = () => {
    tsCounter += 1
    return `${Math.floor(Date.now() / 1000)}.${String(tsCounter).padStart(6, "0")}`
  }

  const takeFailure = (method: string, channel: string | undefined): FakeFailure | undefined => {
    const failure = failures.find(
      (candidate) => candidate.method === method && (candidate.channel === undefined || candidate.channel === channel)
    )
    if (failure === undefined) return undefined
    failure.remaining -= 1
    if (failure.remaining <= 0) failures = failures.filter((candidate) => candidate !== failure)
    return failure.response
  }

  const answer = (
    method: string,
    channel: string | undefined,
    body: Record<string, unknown>
  ): Record<string, unknown> => {
    switch (method) {
      case "auth.test":
        return {
          ok: true,
          url: "https://fake.slack.test/",
          team: "Fake",
          user: "notifier",
          team_id: "T000",
          user_id: "U000",
          bot_id: "B000"
        }
      case "chat.postMessage": {
        if (channel === undefined) return { ok: false, error: "channel_not_found" }
        const text = typeof body.text === "string" ? body.text : ""
        if (text.length === 0 && body.blocks === undefined) return { ok: false, error: "no_text" }
        const refusal = slackRefusal(body.text, body.blocks)
        if (refusal !== undefined) return { ok: false, error: refusal.error, errors: [refusal.detail] }
        const threadTs = typeof body.thread_ts === "string" ? body.thread_ts : undefined
        if (threadTs !== undefined && !messageAt.has(messageKey(channel, threadTs))) {
          return { ok: false, error: "thread_not_found" }
        }
        const message: FakeSlackMessage = {
          channel,
          ts: nextTs(),
          text,
          blocks: body.blocks,
          threadTs,
          metadata: body.metadata,
          updates: 0
        }
        messages.push(message)
        messageAt.set(messageKey(channel, message.ts), message)
        return {
          ok: true,
          channel,
          ts: message.ts,
          message: { type: "message", text, ts: message.ts, thread_ts: threadTs }
        }
      }
      case "chat.update": {
        const refusal = slackRefusal(body.text, body.blocks)
        if (refusal !== undefined) return { ok: false, error: refusal.error, errors: [refusal.detail] }
        const message = messageAt.get(messageKey(channel, body.ts))
        if (message === undefined) return { ok: false, error: "message_not_found" }
        message.text = typeof body.text === "string" ? body.text : message.text
        if (body.blocks !== undefined) message.blocks = body.blocks
        message.updates += 1
        return { ok: true, channel, ts: message.ts, text: message.text }
      }
      case "conversations.history": {
        const oldest = Number(body.oldest ?? 0)
        const found = messages
          .filter(
            (message) => message.channel === channel && message.threadTs === undefined && Number(message.ts) >= oldest
          )
          .reverse()
        return {
          ok: true,
          messages: found.map((message) => toApiMessage(message, body.include_all_metadata)),
          has_more: false
        }
      }
      case "conversations.replies": {
        const parent = messageAt.get(messageKey(channel, body.ts))
        if (parent === undefined) return { ok: false, error: "thread_not_found" }
        const oldest = Number(body.oldest ?? 0)
        const thread = [
          parent,
          ...messages.filter(
            (message) => message.channel === channel && message.threadTs === parent.ts && Number(message.ts) >= oldest
          )
        ]
        return {
          ok: true,
          messages: thread.map((message) => toApiMessage(message, body.include_all_metadata)),
          has_more: false
        }
      }
      default:
        return { ok: false, error: "unknown_method" }
    }
  }

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const raw = await readBody(request)
    const at = Date.now()
    const match = /^\/api\/([A-Za-z.]+)$/.exec(new URL(request.url ?? "/", "http://fake").pathname)
    const method = match?.[1] ?? "unknown"
    const body = decodeParameters(raw, request.headers["content-type"])
    const channel = typeof body.channel === "string" ? body.channel : undefined

    const respond = (status: number, payload: Record<string, unknown>, headers: Record<string, string> = {}) => {
      calls.push({
        method,
        channel,
        body,
        rawBody: raw,
        at,
        status,
        error: typeof payload.error === "string" ? payload.error : undefined
      })
      response.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers })
      response.end(JSON.stringify(payload))
    }

    const hold = async () => {
      if (beforeRespond !== undefined) await beforeRespond({ method, channel, body })
    }
    if (request.headers.authorization !== `Bearer ${token}`) {
      await hold()
      return respond(200, { ok: false, error: "invalid_auth" })
    }
    const failure = takeFailure(method, channel)
    if (failure !== undefined) {
      if (failure.afterEffect === true) answer(method, channel, body)
      await hold()
      if (failure.status === 429) {
        return respond(429, { ok: false, error: "ratelimited" }, { "retry-after": String(failure.retryAfter ?? 1) })
      }
      return respond(failure.status, { ok: false, error: failure.error ?? "internal_error" })
    }
    // The call takes effect before the hook runs, like Slack: a client that dies while waiting for
    // the answer has still posted (the "crash between post and record" case).
    const payload = answer(method, channel, body)
    await hold()
    respond(200, payload)
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { "content-type": "application/json" })
      response.end(JSON.stringify({ ok: false, error: "fake_server_error", detail: String(error) }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo

  const successful = (method: string, channel?: string) =>
    calls.filter(
      (call) =>
        call.method === method &&
        call.status === 200 &&
        call.error === undefined &&
        (channel === undefined || call.channel === channel)
    )

  return {
    url: `http://127.0.0.1:${port}/api/`,
    token,
    calls,
    messages,
    failNext: (method, channel, response) => {
      failures.push({ method, channel, response, remaining: response.times ?? 1 })
    },
    clearFailures: () => {
      failures = []
    },
    setBeforeRespond: (hook) => {
      beforeRespond = hook
    },
    successful,
    waitFor: async (predicate, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs
      while (!predicate(calls)) {
        if (Date.now() > deadline) {
          const callsSoFar = calls
            .map((call) => `${call.method}(${call.channel ?? "-"})=${call.status}${call.error ? `/${call.error}` : ""}`)
            .join(", ")
          throw new Error(`fake Slack: condition not met within ${timeoutMs} ms; calls so far: ${callsSoFar}`)
        }
        await new Promise((resolve) => setTimeout(resolve, 10))
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

const toApiMessage = (message: FakeSlackMessage, includeMetadata: unknown) => ({
  type: "message",
  ts: message.ts,
  text: message.text,
  ...(message.threadTs !== undefined ? { thread_ts: message.threadTs } : {}),
  ...(message.blocks !== undefined ? { blocks: message.blocks } : {}),
  ...((includeMetadata === true || includeMetadata === "true") && message.metadata !== undefined
    ? { metadata: message.metadata }
    : {})
})

/**
 * Slack's documented limits, written out here on their own (not imported from the renderer) so
 * the stand-in checks what Slack checks, not what the renderer believes.
 */
const limits = {
  blocks: 50,
  headerText: 150,
  sectionText: 3000,
  sectionFields: 10,
  sectionFieldText: 2000,
  contextElements: 10,
  textObject: 3000,
  buttonText: 75,
  blockId: 255,
  actionId: 255,
  /** static_select: options (across groups), option text and value, placeholder. */
  selectOptions: 100,
  optionText: 75,
  optionValue: 150,
  placeholderText: 150,
  /** Slack answers msg_blocks_too_long past about this much text in one message's blocks. */
  blockTextPerMessage: 12_000,
  /** Top-level `text`: msg_too_long past this. */
  messageText: 40_000
} as const

/** A refusal the way Slack words it: the error code, and what broke (Slack's `errors` detail). */
export interface SlackRefusal {
  readonly error: "invalid_blocks" | "invalid_blocks_format" | "msg_blocks_too_long" | "msg_too_long"
  readonly detail: string
}

interface TextObject {
  readonly type?: unknown
  readonly text?: unknown
}

/** Every text object (plain_text or mrkdwn) in `value`, depth-bounded. */
const textObjectsIn = (value: unknown, found: Array<TextObject> = [], depth = 0): Array<TextObject> => {
  if (depth > 8 || typeof value !== "object" || value === null) return found
  const candidate = value as TextObject
  if ((candidate.type === "plain_text" || candidate.type === "mrkdwn") && "text" in candidate) found.push(candidate)
  for (const child of Object.values(value)) textObjectsIn(child, found, depth + 1)
  return found
}

const textLength = (object: TextObject | undefined): number =>
  typeof object?.text === "string" ? object.text.length : -1

interface SelectOption {
  readonly text?: TextObject
  readonly value?: unknown
}

interface SelectElement {
  readonly placeholder?: TextObject
  readonly options?: ReadonlyArray<SelectOption>
  readonly option_groups?: ReadonlyArray<{
    readonly label?: TextObject
    readonly options?: ReadonlyArray<SelectOption>
  }>
}

/** What Slack checks of a static_select: option count, option text and value lengths, placeholder. */
const checkSelect = (select: SelectElement): string | undefined => {
  const groups = select.option_groups ?? []
  const options = [...(select.options ?? []), ...groups.flatMap((group) => group.options ?? [])]
  if (options.length === 0 || options.length > limits.selectOptions)
    return `static_select needs 1–${limits.selectOptions} options`
  if (textLength(select.placeholder) > limits.placeholderText)
    return `placeholder over ${limits.placeholderText} characters`
  if (groups.some((group) => textLength(group.label) > limits.optionText))
    return `option group label over ${limits.optionText} characters`
  for (const option of options) {
    if (textLength(option.text) < 1 || textLength(option.text) > limits.optionText)
      return `option text must be 1–${limits.optionText} characters`
    if (typeof option.value !== "string" || option.value.length > limits.optionValue)
      return `option value must be a string of at most ${limits.optionValue} characters`
  }
  return undefined
}

/** The first broken limit of one block, or undefined. */
const checkBlock = (raw: unknown, index: number): string | undefined => {
  const block = raw as {
    type?: string
    block_id?: unknown
    text?: TextObject
    fields?: Array<TextObject>
    elements?: Array<TextObject & { action_id?: unknown }>
    accessory?: TextObject & { action_id?: unknown }
  }
  if (typeof block.block_id === "string" && block.block_id.length > limits.blockId)
    return `block ${index}: block_id over ${limits.blockId} characters`
  for (const object of textObjectsIn(block)) {
    const length = textLength(object)
    if (length === 0 || length > limits.textObject)
      return `block ${index}: text object must be 1–${limits.textObject} characters (got ${length})`
  }
  const text = textLength(block.text)
  if (block.type === "header" && (text < 1 || text > limits.headerText))
    return `block ${index}: header text must be 1–${limits.headerText} characters`
  if (block.type === "section") {
    const fields = block.fields ?? []
    if (text < 0 && fields.length === 0) return `block ${index}: section needs text or fields`
    if (text > limits.sectionText) return `block ${index}: section text must be 1–${limits.sectionText} characters`
    if (fields.length > limits.sectionFields) return `block ${index}: at most ${limits.sectionFields} fields`
    if (fields.some((field) => textLength(field) > limits.sectionFieldText))
      return `block ${index}: field text over ${limits.sectionFieldText} characters`
  }
  if (block.type === "context") {
    const elements = block.elements ?? []
    if (elements.length === 0 || elements.length > limits.contextElements)
      return `block ${index}: context needs 1–${limits.contextElements} elements`
  }
  const interactive = [...(block.elements ?? []), ...(block.accessory === undefined ? [] : [block.accessory])]
  for (const element of interactive) {
    if (typeof element.action_id === "string" && element.action_id.length > limits.actionId)
      return `block ${index}: action_id over ${limits.actionId} characters`
    if (element.type === "button" && textLength(element.text as TextObject | undefined) > limits.buttonText) {
      return `block ${index}: button text over ${limits.buttonText} characters`
    }
    const problem = element.type === "static_select" ? checkSelect(element as SelectElement) : undefined
    if (problem !== undefined) return `block ${index}: ${problem}`
  }
  return undefined
}

/**
 * What Slack would answer to a message with this `text` and these `blocks`: undefined when it
 * would accept it, else its error code (invalid_blocks for a broken block limit,
 * msg_blocks_too_long past ~12,000 characters of block text, msg_too_long for the top-level text).
 */
export const slackRefusal = (text: unknown, blocks: unknown): SlackRefusal | undefined => {
  if (typeof text === "string" && text.length > limits.messageText) {
    return { error: "msg_too_long", detail: `text is ${text.length} characters; the limit is ${limits.messageText}` }
  }
  if (blocks === undefined) return undefined
  if (!Array.isArray(blocks)) return { error: "invalid_blocks_format", detail: "blocks must be a JSON array" }
  if (blocks.length > limits.blocks)
    return { error: "invalid_blocks", detail: `too many blocks: ${blocks.length} > ${limits.blocks}` }
  for (const [index, block] of blocks.entries()) {
    const problem = checkBlock(block, index)
    if (problem !== undefined) return { error: "invalid_blocks", detail: problem }
  }
  const total = textObjectsIn(blocks).reduce((sum, object) => sum + Math.max(0, textLength(object)), 0)
  if (total > limits.blockTextPerMessage) {
    return {
      error: "msg_blocks_too_long",
      detail: `blocks carry ${total} characters of text; the limit is about ${limits.blockTextPerMessage}`
    }
  }
  return undefined
}

/**
 * For tests of renderers: what Slack would object to in these blocks (as "code: detail"), or
 * undefined when it would take them.
 */
export const checkBlocks = (blocks: unknown): string | undefined => {
  const refusal = slackRefusal(undefined, blocks)
  return refusal === undefined ? undefined : `${refusal.error}: ${refusal.detail}`
}
