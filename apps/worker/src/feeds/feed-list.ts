import { readFile } from "node:fs/promises"
import { fileURLToPath } from "node:url"
import { Config, Effect, Schema } from "effect"
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type YAMLMap } from "yaml"
import { canonicalUrl } from "../normalise/canonical-url.ts"
import type { Feed } from "./feed.ts"

/** One thing wrong with the feed list, by line, so the operator can find and fix it. */
export interface FeedListProblem {
  readonly line: number
  readonly message: string
}

export interface FeedList {
  readonly feeds: ReadonlyArray<Feed>
  readonly problems: ReadonlyArray<FeedListProblem>
  /**
   * True when the document as a whole is not a feed list (a syntax error, a key given twice, a
   * root that is not a list): loading such a file fails rather than quietly polling nothing.
   */
  readonly unusable: boolean
}

export class FeedsFileError extends Schema.TaggedError<FeedsFileError>()("FeedsFileError", {
  path: Schema.String,
  reason: Schema.String
}) {
  override get message(): string {
    return `${this.path}: ${this.reason}`
  }
}

export const defaultFeedsPath = fileURLToPath(new URL("./default-feeds.yaml", import.meta.url))

const knownKeys = new Set(["url", "name", "interval", "intervalMinutes", "language"])
const maxIntervalMinutes = 7 * 24 * 60

/** Minutes from 15, "15", "15m", "2h" or "1d"; a reason when it is none of those. */
const parseInterval = (value: unknown): number | string => {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : undefined
  const match = text?.match(/^(\d+(?:\.\d+)?)\s*(m|min|minutes?|h|hours?|d|days?)?$/i)
  if (text === undefined || match === null || match === undefined) {
    return `bad interval ${JSON.stringify(value)}: expected minutes as a whole number, or e.g. "15m", "2h"`
  }
  const unit = (match[2] ?? "m").toLowerCase()
  const minutes = Number(match[1]) * (unit.startsWith("h") ? 60 : unit.startsWith("d") ? 24 * 60 : 1)
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > maxIntervalMinutes) {
    return `bad interval ${JSON.stringify(value)}: expected between 1 minute and 7 days, in whole minutes`
  }
  return minutes
}

/** The feed entries, whether the document is a list or a map with a `feeds:` list. */
const entriesOf = (root: unknown): { entries: ReadonlyArray<unknown> } | { problem: string } => {
  if (isSeq(root)) return { entries: root.items }
  if (isMap(root)) {
    const feeds = root.get("feeds", true)
    if (isSeq(feeds)) return { entries: feeds.items }
    return { problem: "expected a list of feeds, or a map with a `feeds:` list" }
  }
  if (root === null || root === undefined || (isScalar(root) && root.value === null)) return { entries: [] }
  return { problem: "expected a list of feeds, or a map with a `feeds:` list" }
}

/**
 * Parses a feed list (YAML, or JSON, which YAML reads as well and with positions). Every invalid
 * entry is reported with its line and what is wrong, and left out; the valid ones still load.
 * A URL listed twice (after canonicalisation) is reported at the second occurrence.
 */
export const parseFeedList = (text: string, fileName: string): FeedList => {
  const lineCounter = new LineCounter()
  const lineOf = (offset: number | undefined): number => (offset === undefined ? 1 : lineCounter.linePos(offset).line)
  const nodeLine = (node: unknown): number => lineOf((node as YamlNode | undefined)?.range?.[0])
  const looksLikeJson = fileName.toLowerCase().endsWith(".json") || /^\s*[[{]/.test(text)
  // uniqueKeys: a key given twice ("url:" twice) is an error, not a silent choice of one of them.
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const problems: Array<FeedListProblem> = []
  if (document.errors.length > 0) {
    for (const error of document.errors) {
      problems.push({
        line: lineOf(error.pos[0]),
        message: `${looksLikeJson ? "JSON" : "YAML"} syntax error: ${error.message.split("\n")[0]}`
      })
    }
    return { feeds: [], problems, unusable: true }
  }
  const found = entriesOf(document.contents)
  if ("problem" in found) {
    return { feeds: [], problems: [{ line: nodeLine(document.contents), message: found.problem }], unusable: true }
  }

  const feeds: Array<Feed> = []
  const firstLineOfUrl = new Map<string, number>()
  for (const entry of found.entries) {
    const line = nodeLine(entry)
    if (!isMap(entry)) {
      problems.push({ line, message: "feed entry must be a map with at least `url:`" })
      continue
    }
    const map = entry as YAMLMap<unknown, unknown>
    const value = (key: string): unknown => map.get(key)
    const lineOfKey = (key: string): number => {
      const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key)
      return pair === undefined ? line : nodeLine(pair.key)
    }
    const entryProblems: Array<FeedListProblem> = []
    for (const pair of map.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
      if (!knownKeys.has(key)) {
        entryProblems.push({
          line: nodeLine(pair.key),
          message: `unknown field "${key}" (expected url, name, interval, language)`
        })
      }
    }
    const rawUrl = value("url")
    let url: string | undefined
    if (rawUrl === undefined || rawUrl === null || rawUrl === "") {
      entryProblems.push({ line, message: "missing url" })
    } else if (typeof rawUrl !== "string") {
      entryProblems.push({ line: lineOfKey("url"), message: `url must be text, got ${JSON.stringify(rawUrl)}` })
    } else {
      let parsed: URL | undefined
      try {
        parsed = new URL(rawUrl.trim())
      } catch {
        entryProblems.push({ line: lineOfKey("url"), message: `url ${JSON.stringify(rawUrl)} is not a valid URL` })
      }
      if (parsed !== undefined && parsed.protocol !== "http:" && parsed.protocol !== "https:") {
        entryProblems.push({ line: lineOfKey("url"), message: `url ${JSON.stringify(rawUrl)} is not http(s)` })
      } else if (parsed !== undefined) {
        url = parsed.href
      }
    }
    const rawName = value("name")
    if (rawName !== undefined && rawName !== null && typeof rawName !== "string") {
      entryProblems.push({ line: lineOfKey("name"), message: `name must be text, got ${JSON.stringify(rawName)}` })
    }
    const rawInterval = value("interval") ?? value("intervalMinutes")
    let intervalMinutes: number | undefined
    if (rawInterval !== undefined && rawInterval !== null) {
      const parsed = parseInterval(rawInterval)
      if (typeof parsed === "string") {
        entryProblems.push({
          line: lineOfKey(value("interval") !== undefined ? "interval" : "intervalMinutes"),
          message: parsed
        })
      } else intervalMinutes = parsed
    }
    const rawLanguage = value("language")
    if (
      rawLanguage !== undefined &&
      rawLanguage !== null &&
      (typeof rawLanguage !== "string" || !/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(rawLanguage))
    ) {
      entryProblems.push({
        line: lineOfKey("language"),
        message: `bad language ${JSON.stringify(rawLanguage)}: expected a language code such as "en" or "it"`
      })
    }
    problems.push(...entryProblems)
    if (url === undefined || entryProblems.some((problem) => !problem.message.startsWith("unknown field"))) continue

    const key = canonicalUrl(url) ?? url
    const earlier = firstLineOfUrl.get(key)
    if (earlier !== undefined) {
      problems.push({ line, message: `duplicate url ${url} (already listed on line ${earlier})` })
      continue
    }
    firstLineOfUrl.set(key, line)
    const name = typeof rawName === "string" && rawName.trim() !== "" ? rawName.trim() : new URL(url).hostname
    feeds.push({
      url,
      name,
      ...(intervalMinutes !== undefined ? { intervalMinutes } : {}),
      ...(typeof rawLanguage === "string" ? { language: rawLanguage } : {})
    })
  }
  return { feeds, problems, unusable: false }
}

/**
 * Reads and parses a feed list file; no path means the default list that ships with the worker.
 * Fails, naming the file, when it cannot be read or is not a feed list at all; invalid entries
 * in a readable list are only reported.
 */
export const loadFeedsFile = (path?: string): Effect.Effect<FeedList, FeedsFileError> => {
  const file = path ?? defaultFeedsPath
  return Effect.tryPromise({
    try: () => readFile(file, "utf8"),
    catch: (error) =>
      new FeedsFileError({
        path: file,
        reason: `cannot read the feeds file (FEEDS_FILE): ${(error as NodeJS.ErrnoException).code ?? String(error)}`
      })
  }).pipe(
    Effect.map((text) => parseFeedList(text, file)),
    Effect.flatMap((list) =>
      list.unusable
        ? Effect.fail(
            new FeedsFileError({
              path: file,
              reason: list.problems.map((problem) => `line ${problem.line}: ${problem.message}`).join("; ")
            })
          )
        : Effect.succeed(list)
    ),
    Effect.withSpan("loadFeedsFile", { attributes: { path: file } })
  )
}

/** FEEDS_FILE: path of a YAML or JSON feed list; absent → the default list that ships. */
export const FeedsFile = Config.option(Config.String("FEEDS_FILE"))
