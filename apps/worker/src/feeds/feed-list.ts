import { fileURLToPath } from "node:url"
import { Config, Effect, Schema } from "effect"
import { readListDocument, readListFileText, type EntryFields, type ListFileProblem } from "@india-italy/runtime"
import { canonicalUrl } from "../normalise/canonical-url.ts"
import type { Feed } from "./feed.ts"

/** One thing wrong with the feed list, by line, so the operator can find and fix it. */
export type FeedListProblem = ListFileProblem

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
const languageCode = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/

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

/** A list of thousands of feeds is a few hundred KB; anything far larger is not a feed list. */
export const maxFeedsFileChars = 8 * 1024 * 1024

/** The checks of one entry's url; the URL (normalised) or why it is not one. */
const checkUrl = (fields: EntryFields, line: number): { url: string } | FeedListProblem => {
  const rawUrl = fields.get("url")
  if (rawUrl === undefined || rawUrl === null || rawUrl === "") return { line, message: "missing url" }
  if (typeof rawUrl !== "string")
    return { line: fields.lineOf("url"), message: `url must be text, got ${JSON.stringify(rawUrl)}` }
  let parsed: URL
  try {
    parsed = new URL(rawUrl.trim())
  } catch {
    return { line: fields.lineOf("url"), message: `url ${JSON.stringify(rawUrl)} is not a valid URL` }
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    return { line: fields.lineOf("url"), message: `url ${JSON.stringify(rawUrl)} is not http(s)` }
  }
  return { url: parsed.href }
}

/** One feed entry checked: the feed, and what is wrong with it (unknown fields alone do not drop it). */
const checkEntry = (fields: EntryFields, line: number): { feed?: Feed; problems: Array<FeedListProblem> } => {
  const problems: Array<FeedListProblem> = fields.keys
    .filter(({ key }) => !knownKeys.has(key))
    .map(({ key, line }) => ({ line, message: `unknown field "${key}" (expected url, name, interval, language)` }))
  const url = checkUrl(fields, line)
  if (!("url" in url)) problems.push(url)
  const rawName = fields.get("name")
  if (rawName !== undefined && rawName !== null && typeof rawName !== "string") {
    problems.push({ line: fields.lineOf("name"), message: `name must be text, got ${JSON.stringify(rawName)}` })
  }
  const intervalKey = fields.get("interval") !== undefined ? "interval" : "intervalMinutes"
  const rawInterval = fields.get("interval") ?? fields.get("intervalMinutes")
  const interval = rawInterval === undefined || rawInterval === null ? undefined : parseInterval(rawInterval)
  if (typeof interval === "string") problems.push({ line: fields.lineOf(intervalKey), message: interval })
  const rawLanguage = fields.get("language")
  const language = typeof rawLanguage === "string" && languageCode.test(rawLanguage) ? rawLanguage : undefined
  if (rawLanguage !== undefined && rawLanguage !== null && language === undefined) {
    problems.push({
      line: fields.lineOf("language"),
      message: `bad language ${JSON.stringify(rawLanguage)}: expected a language code such as "en" or "it"`
    })
  }
  if (!("url" in url) || problems.some((problem) => !problem.message.startsWith("unknown field"))) return { problems }
  const name = typeof rawName === "string" && rawName.trim() !== "" ? rawName.trim() : new URL(url.url).hostname
  const feed: Feed = {
    url: url.url,
    name,
    ...(typeof interval === "number" ? { intervalMinutes: interval } : {}),
    ...(language !== undefined ? { language } : {})
  }
  return { feed, problems }
}

/**
 * Parses a feed list (YAML, or JSON, which YAML reads as well and with positions). Every invalid
 * entry is reported with its line and what is wrong, and left out; the valid ones still load.
 * A URL listed twice (after canonicalisation) is reported at the second occurrence.
 */
export const parseFeedList = (text: string, fileName: string): FeedList => {
  const document = readListDocument(text, fileName, { listKey: "feeds", maxChars: maxFeedsFileChars })
  if (document.unusable) return { feeds: [], problems: document.problems, unusable: true }
  const feeds: Array<Feed> = []
  const problems: Array<FeedListProblem> = []
  const firstLineOfUrl = new Map<string, number>()
  for (const { line, fields } of document.entries) {
    if (fields === undefined) {
      problems.push({ line, message: "feed entry must be a map with at least `url:`" })
      continue
    }
    const checked = checkEntry(fields, line)
    problems.push(...checked.problems)
    if (checked.feed === undefined) continue
    const key = canonicalUrl(checked.feed.url) ?? checked.feed.url
    const earlier = firstLineOfUrl.get(key)
    if (earlier !== undefined) {
      problems.push({ line, message: `duplicate url ${checked.feed.url} (already listed on line ${earlier})` })
      continue
    }
    firstLineOfUrl.set(key, line)
    feeds.push(checked.feed)
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
  return readListFileText(file).pipe(
    Effect.mapError(
      (error) => new FeedsFileError({ path: file, reason: `cannot read the feeds file (FEEDS_FILE): ${error.reason}` })
    ),
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
