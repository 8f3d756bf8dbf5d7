import { mkdtemp, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { deletePrefix, testEnv, uniquePrefix } from "../test-support/pipeline-harness.ts"
import { runCli } from "../test-support/spawn-cli.ts"
import { defenceMouDelhi, franceDistractor, hoursAgo, renderRss } from "../test-support/wire-stories.ts"
import { startFeedServer, type FeedServer } from "../testing/feed-server.ts"

let prefix: string
let server: FeedServer
let dir: string

beforeEach(async () => {
  prefix = uniquePrefix("cli")
  dir = await mkdtemp(join(tmpdir(), "poll-once-"))
  server = await startFeedServer({
    "/wire.xml": (req, res) => {
      if (req.headers["if-none-match"] === '"w1"') {
        res.writeHead(304)
        res.end()
        return
      }
      res.writeHead(200, { "content-type": "application/rss+xml", etag: '"w1"' })
      res.end(
        renderRss("Wire", [defenceMouDelhi("cli-mou", "Wire", hoursAgo(1)), franceDistractor("cli-fr", hoursAgo(2))])
      )
    },
    "/down.xml": (_req, res) => {
      res.writeHead(503)
      res.end()
    }
  })
})

afterEach(async () => {
  await server.close()
  await rm(dir, { recursive: true, force: true })
  await deletePrefix(prefix)
})

describe("pnpm poll-once", () => {
  it("prints one JSON line per feed on stdout, exits 0 despite a failing feed, and says not_modified the second time", async () => {
    const feedsFile = join(dir, "feeds.yaml")
    await writeFile(
      feedsFile,
      `feeds:\n  - url: ${server.url("/wire.xml")}\n    name: Wire\n  - url: ${server.url("/down.xml")}\n    name: Down\n`
    )
    const env = testEnv(prefix, { FEEDS_FILE: feedsFile, LOG_LEVEL: "Info" })
    const first = await runCli("src/cli/poll-once.ts", [], env)
    expect(first.code, first.stderr).toBe(0)
    const lines = first.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line))
    expect(lines).toHaveLength(2)
    const byUrl = Object.fromEntries(lines.map((line) => [line.url, line]))
    expect(byUrl[server.url("/wire.xml")]).toEqual({
      url: server.url("/wire.xml"),
      status: "ok",
      items: 2,
      newItems: 2
    })
    expect(byUrl[server.url("/down.xml")]).toMatchObject({ status: "error", items: 0, newItems: 0 })
    expect(byUrl[server.url("/down.xml")].error).toMatch(/503/)
    // Logs went to stderr, not stdout.
    expect(first.stderr).toMatch(/feed polled/)

    const second = await runCli("src/cli/poll-once.ts", ["--feeds", feedsFile], {
      ...env,
      FEEDS_FILE: "/nonexistent.yaml"
    })
    expect(second.code, second.stderr).toBe(0)
    const again = second.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line))
    expect(again.find((line) => line.url === server.url("/wire.xml"))).toEqual({
      url: server.url("/wire.xml"),
      status: "not_modified",
      items: 0,
      newItems: 0
    })

    const health = await runCli("src/cli/feeds.ts", ["--json"], env)
    expect(health.code, health.stderr).toBe(0)
    const rows = health.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line))
    expect(rows.find((row) => row.url === server.url("/down.xml"))).toMatchObject({
      status: "failing",
      consecutiveFailures: 2
    })
    expect(rows.find((row) => row.url === server.url("/wire.xml"))).toMatchObject({
      status: "ok",
      itemsSeen: 2,
      consecutiveFailures: 0
    })
  })

  it("exits nonzero naming the feeds file and the problem when its YAML is invalid or has a duplicate key", async () => {
    const broken = join(dir, "broken.yaml")
    await writeFile(broken, `feeds:\n  - url: ${server.url("/wire.xml")}\n    name: [unclosed\n`)
    const invalid = await runCli("src/cli/poll-once.ts", ["--feeds", broken], testEnv(prefix, {}))
    expect(invalid.code).not.toBe(0)
    expect(invalid.stdout).toBe("")
    expect(invalid.stderr).toContain(broken)
    expect(invalid.stderr).toMatch(/YAML syntax error/)

    const duplicated = join(dir, "duplicated.yaml")
    await writeFile(duplicated, `- url: ${server.url("/wire.xml")}\n  name: Wire\n  name: Wire again\n`)
    const duplicate = await runCli("src/cli/poll-once.ts", ["--feeds", duplicated], testEnv(prefix, {}))
    expect(duplicate.code).not.toBe(0)
    expect(duplicate.stderr).toContain(duplicated)
    expect(duplicate.stderr).toMatch(/line 3: duplicate key \\?"name\\?" \(line 3\); each key may appear once/)
  })

  it("exits nonzero with a clear message when Redis is unreachable", async () => {
    const feedsFile = join(dir, "feeds.yaml")
    await writeFile(feedsFile, `feeds:\n  - url: ${server.url("/wire.xml")}\n    name: Wire\n`)
    const result = await runCli(
      "src/cli/poll-once.ts",
      [],
      testEnv(prefix, { FEEDS_FILE: feedsFile, REDIS_URL: "redis://127.0.0.1:1" })
    )
    expect(result.code).not.toBe(0)
    expect(result.stdout).toBe("")
    expect(result.stderr).toMatch(/poll-once cannot start: no Redis answers at REDIS_URL=redis:\/\/127\.0\.0\.1:1\/? /)
  })
})
