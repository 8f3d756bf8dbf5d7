import { existsSync, readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { WireItem } from "@india-italy/domain"
import { Effect, Schema } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { conditionalGet } from "./fetch/conditional-get.ts"
import { defaultFetchPolicy, type FetchPolicy } from "./fetch/fetch-policy.ts"
import { fetchFeed } from "./fetch-feed.ts"
import { htmlToText } from "./normalise/html-to-text.ts"
import { parseFeed } from "./parse/parse-feed.ts"
import { startFeedServer, type FeedServer } from "./testing/feed-server.ts"

/**
 * Conformance over the shared corpus of 79 real-world and edge-case feeds (other projects' test
 * data, so it is read in place from /work/shared and never copied here). Every file is served by
 * a local HTTP server twice: with a bare Content-Type, and with the charset a server would
 * plausibly send (the declared one, even when it is wrong, or the bytes' real one when the
 * document declares none), and must give the manifest's item count and first title.
 */

const corpusDirectory = fileURLToPath(new URL("../../../../shared/feeds-corpus/", import.meta.url))
const manifestPath = corpusDirectory + "manifest.jsonl"
const corpusPresent = existsSync(manifestPath)

interface ManifestEntry {
  readonly file: string
  readonly format: string
  readonly encoding: string
  readonly illFormed: boolean
  readonly expect: { readonly items: number | null; readonly firstTitle: string | null }
}

const manifest: ReadonlyArray<ManifestEntry> = corpusPresent
  ? readFileSync(manifestPath, "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line) as ManifestEntry)
  : []

/** The charset a server would put in Content-Type for this file, from the manifest's encoding note. */
const headerCharset = (encoding: string): string => {
  const declared = encoding.match(/^declared "?([^";]+?)"?(?: \(unknown\))?;/)
  if (declared?.[1] !== undefined) return declared[1]
  const undeclared = encoding.match(/^undeclared \(bytes are ([^)/]+)/)
  if (undeclared?.[1] !== undefined) return undeclared[1]
  const withBom = encoding.match(/^(UTF-8|UTF-16LE)/i)
  if (withBom?.[1] !== undefined) return withBom[1]
  return encoding
}

const mediaType = (file: string): string => (file.endsWith(".json") ? "application/feed+json" : "application/xml")

const variants = [
  { name: "without a charset", contentType: (entry: ManifestEntry) => mediaType(entry.file) },
  {
    name: "with a charset",
    contentType: (entry: ManifestEntry) => `${mediaType(entry.file)}; charset=${headerCharset(entry.encoding)}`
  }
] as const

const cases = manifest.flatMap((entry) =>
  variants.map((variant, index) => ({ entry, variant, path: `/${index}/${entry.file}` }))
)

const policy: FetchPolicy = { ...defaultFetchPolicy, allowPrivate: true, totalTimeoutMs: 10_000 }
const fetchedAt = new Date("2026-11-20T12:00:00Z")
const normalisedTitle = (title: string): string => htmlToText(title).replace(/\s+/g, " ").trim()

let server: FeedServer | undefined
let passed = 0

describe.skipIf(!corpusPresent)("feed corpus (/work/shared/feeds-corpus)", () => {
  beforeAll(async () => {
    server = await startFeedServer(
      Object.fromEntries(
        cases.map(({ entry, variant, path }) => [
          path,
          (_req, res) => {
            res.writeHead(200, { "content-type": variant.contentType(entry) })
            res.end(readFileSync(corpusDirectory + "files/" + entry.file))
          }
        ])
      )
    )
  })
  afterAll(async () => {
    await server?.close()
    // The figure the report quotes: how many (file, Content-Type) cases met the manifest.
    console.info(
      `feed corpus: ${passed} of ${cases.length} cases passed (${manifest.length} files × ${variants.length} Content-Types)`
    )
  })

  it.each(cases.map((testCase) => [`${testCase.entry.file} ${testCase.variant.name}`, testCase] as const))(
    "%s",
    async (_name, { entry, path }) => {
      const url = server!.url(path)
      const feed = { url, name: "Corpus" }
      const outcome = await Effect.runPromise(Effect.result(conditionalGet(url, {}, policy)))
      if (outcome._tag === "Failure") throw new Error(`fetch failed: ${outcome.failure.reason}`)
      if (outcome.success._tag !== "Fetched") throw new Error("unexpected NotModified")
      const parsed = await Effect.runPromise(Effect.result(parseFeed(outcome.success.body, url)))
      const fetched = await Effect.runPromise(Effect.result(fetchFeed(feed, {}, policy, fetchedAt)))

      if (entry.expect.items === null) {
        // The manifest sets no count for an unparseable or truncated-inside-CDATA document: what
        // matters is a clear parse error or a result, never a crash or a fetch error.
        if (fetched._tag === "Failure") {
          expect(fetched.failure._tag).toBe("FeedParseError")
          expect(fetched.failure.reason).not.toBe("")
        }
        passed++
        return
      }

      if (parsed._tag === "Failure") throw new Error(`parse failed: ${parsed.failure.reason}`)
      if (fetched._tag === "Failure") throw new Error(`fetchFeed failed: ${fetched.failure.reason}`)
      if (fetched.success._tag !== "Fetched") throw new Error("unexpected NotModified")
      const items = fetched.success.items
      expect(parsed.success.items).toHaveLength(entry.expect.items)
      expect(items).toHaveLength(entry.expect.items)
      if (entry.expect.firstTitle !== null) {
        // The parser keeps the feed's own title text (markup included, as the peers do) …
        expect(parsed.success.items[0]?.title?.trim()).toBe(entry.expect.firstTitle)
        // … and normalisation turns it into the plain text the pipeline works with.
        expect(items[0]?.item.title).toBe(normalisedTitle(entry.expect.firstTitle))
      }
      for (const { item } of items) {
        expect(Schema.is(WireItem)(item)).toBe(true)
        expect(item.id).toMatch(/^item-[0-9a-f]{20}$/)
      }
      passed++
    }
  )
})

if (!corpusPresent) {
  describe("feed corpus", () => {
    it.skip(`skipped: the shared corpus is not at ${corpusDirectory} (it is read in place, never copied into the project)`, () => {})
  })
}
