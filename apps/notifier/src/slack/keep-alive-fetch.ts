import http from "node:http"
import https from "node:https"

/**
 * The `fetch` handed to @slack/web-api's WebClient: node:http(s) over keep-alive agents.
 *
 * Why not the global fetch: every Slack call went through undici's fetch, web streams and an
 * AbortSignal timer, which cost more CPU per alert than everything else the notifier does for
 * it (measured: 460–640 µs per call against 180–310 µs here, `pnpm bench` shows the effect on
 * the whole pipeline). The agents also keep a few connections to Slack open between alerts.
 *
 * Only what WebClient sends is supported: POST with a string body (form-encoded or JSON) and no
 * redirects. Anything else — a file upload's FormData, say — goes to the global fetch.
 */
export interface KeepAliveFetchOptions {
  /** Whole request, connect to last byte; past it the call fails as a network error. */
  readonly timeoutMs: number
  /** Connections kept per host; more concurrent calls wait for one. */
  readonly maxSockets?: number
  /** A Slack answer larger than this is refused (Slack's own are kilobytes). */
  readonly maxResponseBytes?: number
}

export class SlackRequestTimeout extends Error {
  constructor(
    readonly url: string,
    readonly timeoutMs: number
  ) {
    super(`no complete answer from ${new URL(url).origin} within ${timeoutMs} ms`)
    this.name = "SlackRequestTimeout"
  }
}

const defaultMaxResponseBytes = 16 * 1024 * 1024
const idleSocketMs = 15_000

export const makeKeepAliveFetch = (options: KeepAliveFetchOptions): typeof fetch => {
  const maxSockets = options.maxSockets ?? 16
  const maxResponseBytes = options.maxResponseBytes ?? defaultMaxResponseBytes
  // An idle connection is closed by us well before Slack's end would close it, so a post is
  // never written into a socket the server is just closing (a reset, and a needless retry).
  const agentOptions = { keepAlive: true, maxSockets, timeout: idleSocketMs }
  const agents = { "http:": new http.Agent(agentOptions), "https:": new https.Agent(agentOptions) }

  const keepAliveFetch = (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const body = init.body
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : undefined
    const protocol = url?.startsWith("https:") ? "https:" : url?.startsWith("http:") ? "http:" : undefined
    if (url === undefined || protocol === undefined || (body != null && typeof body !== "string"))
      return fetch(input, init)

    return new Promise<Response>((resolve, reject) => {
      const headers: Record<string, string> = {}
      new Headers(init.headers).forEach((value, name) => (headers[name] = value))
      if (body != null) headers["content-length"] = String(Buffer.byteLength(body))

      const request = (protocol === "https:" ? https : http).request(url, {
        method: init.method ?? "GET",
        headers,
        agent: agents[protocol]
      })
      /** The call is over, one way or the other: no timer, no abort listener left behind. */
      const settle = () => {
        clearTimeout(timer)
        init.signal?.removeEventListener("abort", onAbort)
      }
      const fail = (error: Error) => {
        settle()
        request.destroy()
        reject(error)
      }
      const timer = setTimeout(() => fail(new SlackRequestTimeout(url, options.timeoutMs)), options.timeoutMs)
      const onAbort = () =>
        fail(init.signal?.reason instanceof Error ? init.signal.reason : new Error("the request was aborted"))
      if (init.signal?.aborted === true) return onAbort()
      init.signal?.addEventListener("abort", onAbort, { once: true })

      request.on("error", fail)
      request.on("response", (response) => {
        const chunks: Array<Buffer> = []
        let received = 0
        response.on("data", (chunk: Buffer) => {
          received += chunk.length
          if (received > maxResponseBytes) return fail(new Error(`Slack's answer exceeded ${maxResponseBytes} bytes`))
          chunks.push(chunk)
        })
        response.on("error", fail)
        response.on("end", () => {
          settle()
          const answerHeaders = new Headers()
          for (const [name, value] of Object.entries(response.headers)) {
            if (typeof value === "string") answerHeaders.set(name, value)
            else if (Array.isArray(value)) for (const each of value) answerHeaders.append(name, each)
          }
          const status = response.statusCode ?? 0
          // A Response may not carry a body for these statuses.
          const nullBody = status === 204 || status === 205 || status === 304
          try {
            resolve(
              new Response(nullBody ? null : Buffer.concat(chunks), {
                status,
                statusText: response.statusMessage ?? "",
                headers: answerHeaders
              })
            )
          } catch (error) {
            reject(new Error(`unreadable answer from ${new URL(url).origin} (HTTP ${status}): ${String(error)}`))
          }
        })
      })
      request.end(body ?? undefined)
    })
  }
  return keepAliveFetch as typeof fetch
}
