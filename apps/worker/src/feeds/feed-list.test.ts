import { mkdtemp, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { feedId } from "./feed.ts"
import { loadFeedsFile, maxFeedsFileChars, parseFeedList } from "./feed-list.ts"

describe("parseFeedList", () => {
  it("reports each invalid entry by line and what is wrong, and still loads the rest", () => {
    const yaml = [
      "- url: https://www.ansa.it/english/news/english_nr_rss.xml", // 1
      "  name: ANSA English",
      "  interval: 10",
      "- name: No URL here", //                                      4
      "- url: ftp://example.com/feed", //                            5
      "  name: FTP",
      "- url: https://example.com/a", //                             7
      "  name: Bad interval",
      "  interval: often", //                                        9
      "- url: https://www.ansa.it/english/news/english_nr_rss.xml#again", // 10
      "  name: Duplicate",
      "- url: https://example.com/b", //                             12
      "  name: B",
      "  interval: 2h",
      "  language: it",
      "- just a string" //                                           16
    ].join("\n")
    const { feeds, problems } = parseFeedList(yaml, "feeds.yaml")
    expect(feeds).toEqual([
      { url: "https://www.ansa.it/english/news/english_nr_rss.xml", name: "ANSA English", intervalMinutes: 10 },
      { url: "https://example.com/b", name: "B", intervalMinutes: 120, language: "it" }
    ])
    expect(problems).toEqual([
      { line: 4, message: "missing url" },
      { line: 5, message: 'url "ftp://example.com/feed" is not http(s)' },
      { line: 9, message: 'bad interval "often": expected minutes as a whole number, or e.g. "15m", "2h"' },
      {
        line: 10,
        message: "duplicate url https://www.ansa.it/english/news/english_nr_rss.xml#again (already listed on line 1)"
      },
      { line: 16, message: "feed entry must be a map with at least `url:`" }
    ])
  })

  it("reads JSON with line numbers, and a map with a feeds key", () => {
    const json = `{
  "feeds": [
    { "url": "https://example.com/rss", "name": "Example" },
    { "url": "notaurl", "name": "Broken" },
    { "url": "https://example.com/z", "name": "Z", "interval": 0 }
  ]
}`
    const { feeds, problems } = parseFeedList(json, "feeds.json")
    expect(feeds.map((feed) => feed.name)).toEqual(["Example"])
    expect(problems).toEqual([
      { line: 4, message: 'url "notaurl" is not a valid URL' },
      { line: 5, message: "bad interval 0: expected between 1 minute and 7 days, in whole minutes" }
    ])
  })

  it("reports a syntax error with its line", () => {
    const { feeds, problems } = parseFeedList('[\n  {"url": "https://example.com"},\n  {"url": ]\n', "feeds.json")
    expect(feeds).toEqual([])
    expect(problems[0]?.line).toBe(3)
    expect(problems[0]?.message).toMatch(/^JSON syntax error/)
  })

  it("flags unknown fields without dropping an otherwise valid feed, and names nameless feeds by host", () => {
    const { feeds, problems } = parseFeedList("- url: https://news.example.org/rss\n  intervall: 5\n", "f.yaml")
    expect(feeds).toEqual([{ url: "https://news.example.org/rss", name: "news.example.org" }])
    expect(problems).toEqual([
      { line: 2, message: 'unknown field "intervall" (expected url, name, interval, language)' }
    ])
  })
})

describe("loadFeedsFile", () => {
  it("ships a default list of valid, distinct India–Italy sources", async () => {
    const { feeds, problems } = await Effect.runPromise(loadFeedsFile())
    expect(problems).toEqual([])
    expect(feeds.length).toBeGreaterThanOrEqual(10)
    expect(new Set(feeds.map(feedId)).size).toBe(feeds.length)
    expect(feeds.some((feed) => feed.url.includes("news.google.com/rss/search"))).toBe(true)
  })

  it("declares every default feed's language, and carries Italian-language sources", async () => {
    const { feeds } = await Effect.runPromise(loadFeedsFile())
    expect(feeds.filter((feed) => feed.language === undefined).map((feed) => feed.name)).toEqual([])
    const italian = feeds.filter((feed) => feed.language === "it")
    expect(italian.length).toBeGreaterThanOrEqual(5)
    for (const outlet of ["ANSA", "Agenzia Nova", "Palazzo Chigi"]) {
      expect(
        italian.some((feed) => feed.name.startsWith(outlet)),
        `an Italian-language feed from ${outlet}`
      ).toBe(true)
    }
  })

  it("rejects a key given twice in one entry, by line", () => {
    const { feeds, problems, unusable } = parseFeedList(
      "- url: https://a.example/rss\n  url: https://b.example/rss\n",
      "f.yaml"
    )
    expect(feeds).toEqual([])
    expect(unusable).toBe(true)
    expect(problems[0]?.line).toBe(2)
    expect(problems[0]?.message).toBe('duplicate key "url" (line 2); each key may appear once')
  })

  it("refuses a file far larger than any feed list, or nested deeper than one, before parsing it", () => {
    const huge = parseFeedList(`# ${"x".repeat(maxFeedsFileChars)}\n`, "huge.yaml")
    expect(huge.unusable).toBe(true)
    expect(huge.problems[0]?.message).toMatch(/a feeds file may have at most 8388608/)
    const deep = parseFeedList(`- url: ${"[".repeat(40)}\n`, "deep.yaml")
    expect(deep.unusable).toBe(true)
    expect(deep.problems[0]?.message).toMatch(/^brackets nested more than 32 deep/)
  })

  it("fails to load a file whose YAML is invalid, naming the file, the line and the problem", async () => {
    const directory = await mkdtemp(join(tmpdir(), "feeds-test-"))
    try {
      const path = join(directory, "feeds.yaml")
      await writeFile(path, "- url: https://example.com/rss\n  name: [unclosed\n")
      const result = await Effect.runPromise(Effect.result(loadFeedsFile(path)))
      expect(result._tag).toBe("Failure")
      if (result._tag === "Failure") {
        expect(result.failure.message).toContain(path)
        expect(result.failure.message).toMatch(/line \d+: YAML syntax error/)
      }
    } finally {
      await rm(directory, { recursive: true, force: true })
    }
  })

  it("reads a file, and fails with the path and cause when it is missing", async () => {
    const directory = await mkdtemp(join(tmpdir(), "feeds-test-"))
    try {
      const path = join(directory, "feeds.yaml")
      await writeFile(path, "- url: https://example.com/rss\n  name: Example\n")
      expect((await Effect.runPromise(loadFeedsFile(path))).feeds).toHaveLength(1)
      const missing = await Effect.runPromise(Effect.result(loadFeedsFile(join(directory, "nope.yaml"))))
      expect(missing._tag === "Failure" && missing.failure.reason).toMatch(/FEEDS_FILE.*ENOENT/)
    } finally {
      await rm(directory, { recursive: true, force: true })
    }
  })
})

describe("feedId", () => {
  it("is stable and BullMQ-safe", () => {
    const id = feedId({ url: "https://example.com/rss", name: "x" })
    expect(id).toMatch(/^feed-[0-9a-f]{16}$/)
    expect(feedId({ url: "https://example.com/rss", name: "renamed" })).toBe(id)
  })
})
