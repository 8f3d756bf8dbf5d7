import { request } from "node:http"
import { afterEach, describe, expect, it } from "vitest"
import { startFeedServer, type FeedServer } from "./feed-server.ts"

let server: FeedServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

const get = (url: string): Promise<{ status: number; body: string }> =>
  new Promise((resolve, reject) => {
    request(url, (res) => {
      let body = ""
      res.on("data", (chunk: Buffer) => (body += chunk.toString()))
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }))
    })
      .on("error", reject)
      .end()
  })

describe("startFeedServer", () => {
  it("serves routes on 127.0.0.1, answers 404 elsewhere, and records every request", async () => {
    server = await startFeedServer({ "/feed.xml": (_req, res) => res.end("<rss/>") })
    expect(server.url("/feed.xml")).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/feed\.xml$/)
    expect(await get(server.url("/feed.xml?x=1"))).toEqual({ status: 200, body: "<rss/>" })
    expect((await get(server.url("/other"))).status).toBe(404)
    expect(server.requests.map((recorded) => recorded.path)).toEqual(["/feed.xml", "/other"])
  })

  it("closes promptly even while a handler never answers", async () => {
    server = await startFeedServer({ "/hang": () => {} })
    const pending = get(server.url("/hang")).catch((error: Error) => error)
    await expect.poll(() => server?.requests.length).toBe(1)
    const started = Date.now()
    await server.close()
    server = undefined
    expect(Date.now() - started).toBeLessThan(1_000)
    expect(await pending).toBeInstanceOf(Error)
  })
})
