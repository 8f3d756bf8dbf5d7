import http from "node:http"
import type { AddressInfo } from "node:net"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { makeKeepAliveFetch, SlackRequestTimeout } from "./keep-alive-fetch.ts"

interface Seen {
  readonly method: string | undefined
  readonly path: string | undefined
  readonly headers: http.IncomingHttpHeaders
  readonly body: string
  readonly socket: number
}

let server: http.Server
let base: string
const seen: Array<Seen> = []
const sockets = new Map<object, number>()

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const socket = sockets.get(request.socket) ?? sockets.size + 1
    sockets.set(request.socket, socket)
    const chunks: Array<Buffer> = []
    request.on("data", (chunk: Buffer) => chunks.push(chunk))
    request.on("end", () => {
      seen.push({
        method: request.method,
        path: request.url,
        headers: request.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        socket
      })
      if (request.url === "/slow") return void setTimeout(() => response.end("{}"), 2_000)
      if (request.url === "/huge") return void response.end("x".repeat(64 * 1024))
      if (request.url === "/limited")
        return void response
          .writeHead(429, { "retry-after": "7", "content-type": "application/json" })
          .end('{"ok":false}')
      response
        .writeHead(200, {
          "content-type": "application/json; charset=utf-8",
          "x-oauth-scopes": "chat:write, channels:history"
        })
        .end('{"ok":true,"ts":"1.000001"}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

describe("the keep-alive fetch the Slack client uses", () => {
  it("sends the method, headers and body and hands back status, headers and JSON", async () => {
    const keepAliveFetch = makeKeepAliveFetch({ timeoutMs: 1_000 })
    const response = await keepAliveFetch(`${base}/api/chat.postMessage`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Authorization: "Bearer xoxb-test" },
      body: "channel=C1&text=h%C3%A9llo"
    })
    expect(response.status).toBe(200)
    expect(response.headers.get("x-oauth-scopes")).toBe("chat:write, channels:history")
    expect(await response.json()).toEqual({ ok: true, ts: "1.000001" })
    const request = seen.at(-1)!
    expect(request).toMatchObject({ method: "POST", path: "/api/chat.postMessage", body: "channel=C1&text=h%C3%A9llo" })
    expect(request.headers).toMatchObject({
      authorization: "Bearer xoxb-test",
      "content-type": "application/x-www-form-urlencoded",
      "content-length": "26"
    })
  })

  it("reuses one connection for calls made one after another", async () => {
    const keepAliveFetch = makeKeepAliveFetch({ timeoutMs: 1_000 })
    const before = seen.length
    for (let call = 0; call < 5; call++)
      await (await keepAliveFetch(`${base}/api/auth.test`, { method: "POST", body: "" })).text()
    const used = new Set(seen.slice(before).map((request) => request.socket))
    expect(seen.length - before).toBe(5)
    expect(used.size).toBe(1)
  })

  it("passes a 429 and its Retry-After through for the client to read", async () => {
    const response = await makeKeepAliveFetch({ timeoutMs: 1_000 })(`${base}/limited`, { method: "POST", body: "x=1" })
    expect(response.status).toBe(429)
    expect(response.headers.get("retry-after")).toBe("7")
  })

  it("fails a call that gets no complete answer in time, naming the host and the limit", async () => {
    const started = Date.now()
    const error = await makeKeepAliveFetch({ timeoutMs: 200 })(`${base}/slow`, { method: "POST", body: "" }).catch(
      (failure: unknown) => failure
    )
    expect(error).toBeInstanceOf(SlackRequestTimeout)
    expect(String(error)).toContain(`${base} within 200 ms`)
    expect(Date.now() - started).toBeLessThan(1_500)
  })

  it("refuses an answer larger than the cap", async () => {
    const error = await makeKeepAliveFetch({ timeoutMs: 1_000, maxResponseBytes: 1024 })(`${base}/huge`, {
      method: "POST",
      body: ""
    }).catch((failure: unknown) => failure)
    expect(String(error)).toContain("exceeded 1024 bytes")
  })

  it("stops when the caller aborts", async () => {
    const controller = new AbortController()
    const pending = makeKeepAliveFetch({ timeoutMs: 5_000 })(`${base}/slow`, {
      method: "POST",
      body: "",
      signal: controller.signal
    }).catch((failure: unknown) => failure)
    setTimeout(() => controller.abort(new Error("shutting down")), 50)
    expect(String(await pending)).toContain("shutting down")
  })

  it("reports a server that is gone as a failed request", async () => {
    const closed = http.createServer()
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    const error = await makeKeepAliveFetch({ timeoutMs: 1_000 })(`http://127.0.0.1:${port}/api/chat.postMessage`, {
      method: "POST",
      body: ""
    }).catch((failure: unknown) => failure)
    expect(String(error)).toContain("ECONNREFUSED")
  })

  it("leaves bodies it does not handle, such as a file upload's form, to the global fetch", async () => {
    const form = new FormData()
    form.append("title", "report")
    const response = await makeKeepAliveFetch({ timeoutMs: 1_000 })(`${base}/api/files.upload`, {
      method: "POST",
      body: form
    })
    expect(response.status).toBe(200)
    expect(seen.at(-1)?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/)
  })
})
