import { readFile } from "node:fs/promises"
import { Config, Effect, Layer, Option, Result, Schema } from "effect"
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type YAMLMap } from "yaml"
import { Redis } from "@india-italy/runtime"
import {
  contentSubscriptionId,
  splitList,
  splitNames,
  validateSubscriptionInput,
  type DigestInput,
  type SubscriptionInput
} from "./subscription-input.ts"
import { SubscriptionStore, subscriptionsKey, type PutOutcome } from "./subscription-store.ts"

/** One invalid entry of the subscriptions file: which one (0-based index), where, and why. */
export interface SubscriptionsFileProblem {
  readonly index?: number
  readonly line: number
  readonly message: string
}

export interface SubscriptionsFileEntry {
  readonly id: string
  readonly index: number
  readonly line: number
  readonly input: SubscriptionInput
}

export interface ParsedSubscriptionsFile {
  readonly entries: ReadonlyArray<SubscriptionsFileEntry>
  readonly problems: ReadonlyArray<SubscriptionsFileProblem>
}

export interface SubscriptionsFileSync {
  readonly created: ReadonlyArray<string>
  readonly updated: ReadonlyArray<string>
  readonly unchanged: ReadonlyArray<string>
  /** Subscriptions an earlier version of the file had and this one no longer lists. */
  readonly removed: ReadonlyArray<string>
  readonly problems: ReadonlyArray<SubscriptionsFileProblem>
  /**
   * Set when the file yielded no valid subscription and so changed nothing: why, naming the file.
   * An emptied or broken file is far more often a mistake than a wish to unsubscribe everyone.
   */
  readonly refused?: string
}

export class SubscriptionsFileError extends Schema.TaggedError<SubscriptionsFileError>()("SubscriptionsFileError", {
  path: Schema.String,
  reason: Schema.String
}) {
  override get message() {
    return `cannot load the subscriptions file ${this.path} (SUBSCRIPTIONS_FILE): ${this.reason}`
  }
}

const knownKeys = [
  "id",
  "channel",
  "sectors",
  "types",
  "eventTypes",
  "minConfidence",
  "digest",
  "tz",
  "actors",
  "keywords",
  "places"
] as const

/** A list of names or phrases: a YAML list, or one string separated by commas (names keep their spaces). */
const namesOf = (value: unknown): ReadonlyArray<string> | undefined => {
  if (value === undefined || value === null) return undefined
  if (typeof value === "string") return splitNames(value)
  if (Array.isArray(value)) return value.map((item) => String(item))
  return [String(value)]
}

const listOf = (value: unknown): ReadonlyArray<string> | "all" | undefined => {
  if (value === undefined || value === null) return undefined
  if (typeof value === "string") return value.trim().toLowerCase() === "all" ? "all" : splitList(value)
  if (Array.isArray(value)) return value.map((item) => String(item))
  return [String(value)]
}

const entriesOf = (root: unknown): { entries: ReadonlyArray<unknown> } | { problem: string } => {
  if (isSeq(root)) return { entries: root.items }
  if (isMap(root)) {
    const list = root.get("subscriptions", true)
    if (isSeq(list)) return { entries: list.items }
    return { problem: "expected a list of subscriptions, or a map with a `subscriptions:` list" }
  }
  if (root === null || root === undefined || (isScalar(root) && root.value === null)) return { entries: [] }
  return { problem: "expected a list of subscriptions, or a map with a `subscriptions:` list" }
}

/** A subscriptions file for hundreds of channels is a few tens of KB; anything far larger is not one. */
export const maxSubscriptionsFileChars = 256 * 1024
/** Flow collections (`[`, `{`) nested deeper than this are not a subscriptions file; the YAML parser's cost grows with depth. */
const maxFlowDepth = 32
const maxReportedErrors = 20

/** Why the text is refused before the YAML parser sees it (too large, nested too deep), or undefined. */
const refuseBeforeParsing = (text: string): string | undefined => {
  if (text.length > maxSubscriptionsFileChars) {
    return `the file has ${text.length} characters; a subscriptions file may have at most ${maxSubscriptionsFileChars}`
  }
  // Counts brackets in quotes and comments too: a conservative bound, in one linear pass.
  let depth = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 0x5b || code === 0x7b) depth += 1
    else if ((code === 0x5d || code === 0x7d) && depth > 0) depth -= 1
    if (depth > maxFlowDepth)
      return `brackets nested more than ${maxFlowDepth} deep (line ${text.slice(0, index).split("\n").length})`
  }
  return undefined
}

/**
 * The YAML parser, with duplicate keys as errors (with `sectors:` twice, which one the team meant
 * is anyone's guess). It makes one Error per problem, and capturing a stack trace for each is most
 * of the cost of a file of thousands of stray brackets: stack traces are off while it runs.
 */
const parseYaml = (text: string, lineCounter: LineCounter) => {
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
}

/** The key a DUPLICATE_KEY error points at: the text from its offset up to the colon, bounded. */
const duplicateKeyAt = (text: string, offset: number): string => {
  const rest = text.slice(offset, offset + 200)
  const colon = rest.indexOf(":")
  return (colon === -1 ? (rest.split("\n")[0] ?? "") : rest.slice(0, colon)).trim().replace(/^["']|["']$/g, "")
}

/**
 * Parses a subscriptions file (YAML, or JSON, which the YAML parser reads with positions). Each
 * entry is validated like any other subscription; an invalid one is reported with its index and
 * line and left out, the rest load. An entry without an `id` gets one derived from its content,
 * so the same file loaded twice, or by two processes, yields the same subscriptions.
 *
 * ```yaml
 * subscriptions:
 *   - channel: C0123ABCD
 *     sectors: [defence, space]
 *     types: [military_exercise]
 *     minConfidence: 0.6
 *   - id: rome-desk
 *     channel: C0456EFGH
 *     sectors: all
 *     digest: weekly@mon@08:00
 *     tz: Europe/Rome
 * ```
 */
export const parseSubscriptionsFile = (text: string, fileName: string): ParsedSubscriptionsFile => {
  const lineCounter = new LineCounter()
  const lineOf = (offset: number | undefined): number => (offset === undefined ? 1 : lineCounter.linePos(offset).line)
  const nodeLine = (node: unknown): number => lineOf((node as YamlNode | undefined)?.range?.[0])
  const looksLikeJson = fileName.toLowerCase().endsWith(".json") || /^\s*[[{]/.test(text)
  const tooBig = refuseBeforeParsing(text)
  if (tooBig !== undefined) return { entries: [], problems: [{ line: 1, message: `${fileName}: ${tooBig}` }] }
  const document = parseYaml(text, lineCounter)
  if (document.errors.length > 0) {
    const shown = document.errors.slice(0, maxReportedErrors)
    const more = document.errors.length - shown.length
    return {
      entries: [],
      problems: [
        ...shown.map((error) => {
          const line = lineOf(error.pos[0])
          const message =
            error.code === "DUPLICATE_KEY"
              ? `duplicate key ${JSON.stringify(duplicateKeyAt(text, error.pos[0]))} (line ${line}); each key may appear once`
              : `${looksLikeJson ? "JSON" : "YAML"} syntax error: ${error.message.split("\n")[0]}`
          return { line, message: `${fileName}: ${message}` }
        }),
        ...(more > 0
          ? [
              {
                line: lineOf(document.errors[maxReportedErrors]?.pos[0]),
                message: `${fileName}: and ${more} more errors`
              }
            ]
          : [])
      ]
    }
  }
  const found = entriesOf(document.contents)
  if ("problem" in found)
    return { entries: [], problems: [{ line: nodeLine(document.contents), message: found.problem }] }

  const entries: Array<SubscriptionsFileEntry> = []
  const problems: Array<SubscriptionsFileProblem> = []
  const indexOfId = new Map<string, number>()
  for (const [index, node] of found.entries.entries()) {
    const line = nodeLine(node)
    const problem = (message: string) =>
      problems.push({ index, line, message: `subscription #${index + 1} (line ${line}): ${message}` })
    if (!isMap(node)) {
      problem("must be a map with at least `channel:` and `sectors:`")
      continue
    }
    const map = node as YAMLMap<unknown, unknown>
    const raw = map.toJSON() as Record<string, unknown>
    const unknownKeys = Object.keys(raw).filter((key) => !(knownKeys as ReadonlyArray<string>).includes(key))
    if (unknownKeys.length > 0) {
      problem(
        `unknown field${unknownKeys.length > 1 ? "s" : ""} ${unknownKeys.map((key) => JSON.stringify(key)).join(", ")} (expected ${knownKeys.join(", ")})`
      )
      continue
    }
    const sectors = listOf(raw["sectors"])
    const types = listOf(raw["types"] ?? raw["eventTypes"])
    const actors = namesOf(raw["actors"])
    const keywords = namesOf(raw["keywords"])
    const places = namesOf(raw["places"])
    const rawConfidence = raw["minConfidence"]
    const digest = raw["digest"]
    const input: SubscriptionInput = {
      channel: typeof raw["channel"] === "string" ? raw["channel"] : String(raw["channel"] ?? ""),
      sectors: sectors ?? [],
      ...(types === undefined || types === "all" ? {} : { eventTypes: types }),
      ...(actors === undefined ? {} : { actors }),
      ...(keywords === undefined ? {} : { keywords }),
      ...(places === undefined ? {} : { places }),
      ...(rawConfidence === undefined || rawConfidence === null
        ? {}
        : { minConfidence: typeof rawConfidence === "number" ? rawConfidence : Number.NaN }),
      ...(digest === undefined || digest === null
        ? {}
        : {
            digest:
              typeof digest === "string"
                ? digest
                : typeof digest === "object"
                  ? (digest as DigestInput)
                  : String(digest)
          }),
      ...(typeof raw["tz"] === "string" ? { tz: raw["tz"] } : {}),
      ...(raw["id"] === undefined || raw["id"] === null ? {} : { id: String(raw["id"]) })
    }
    if (rawConfidence !== undefined && rawConfidence !== null && typeof rawConfidence !== "number") {
      problem(`minConfidence must be a number from 0 to 1, got ${JSON.stringify(rawConfidence)}`)
      continue
    }
    const validated = validateSubscriptionInput(input)
    if (Result.isFailure(validated)) {
      problem(validated.failure.problems.join("; "))
      continue
    }
    const id = input.id ?? contentSubscriptionId(validated.success)
    const earlier = indexOfId.get(id)
    if (earlier !== undefined) {
      problem(
        input.id === undefined
          ? `same subscription as #${earlier + 1}; listed once`
          : `id ${JSON.stringify(id)} is already used by #${earlier + 1}`
      )
      continue
    }
    indexOfId.set(id, index)
    entries.push({ id, index, line, input })
  }
  return { entries, problems }
}

/** Set of subscription ids that came from the file, so entries deleted from the file are removed. */
export const fileSubscriptionIdsKey = (prefix: string) => `${subscriptionsKey(prefix)}:from-file`

/** Why a file that yields no valid subscription changes nothing, naming the file. */
const refusal = (path: string, parsed: ParsedSubscriptionsFile): string => {
  const entryProblems = parsed.problems.filter((problem) => problem.index !== undefined).length
  const why =
    parsed.problems.length === 0
      ? "it lists no subscriptions"
      : entryProblems === 0
        ? "it cannot be read as a list of subscriptions"
        : `none of its ${entryProblems} entries is valid`
  return `subscriptions file ${path} (SUBSCRIPTIONS_FILE) changes nothing: ${why}; the subscriptions it set up earlier are kept`
}

/**
 * Makes the store agree with the file: entries are created or updated in place (unchanged ones
 * are not touched), and subscriptions that an earlier load of the file created but the file no
 * longer lists are removed. Subscriptions made with the CLI or the slash command are left alone.
 * A file that yields no valid subscription (empty, unreadable, every entry invalid) changes
 * nothing and says why in `refused`: only a file with something valid replaces what it manages.
 */
export const syncSubscriptionsFile = Effect.fn("syncSubscriptionsFile")(function* (path: string) {
  const store = yield* SubscriptionStore
  const { client, prefix } = yield* Redis
  const text = yield* Effect.tryPromise({
    try: () => readFile(path, "utf8"),
    catch: (error) =>
      new SubscriptionsFileError({ path, reason: (error as NodeJS.ErrnoException).code ?? String(error) })
  })
  const parsed = parseSubscriptionsFile(text, path)
  if (parsed.entries.length === 0) {
    return {
      created: [],
      updated: [],
      unchanged: [],
      removed: [],
      problems: parsed.problems,
      refused: refusal(path, parsed)
    }
  }
  const problems = [...parsed.problems]
  const outcomes: Record<PutOutcome, Array<string>> = { created: [], updated: [], unchanged: [] }
  const listed = new Set<string>()
  for (const entry of parsed.entries) {
    const result = yield* Effect.result(store.put(entry.id, entry.input))
    if (Result.isFailure(result)) {
      problems.push({
        index: entry.index,
        line: entry.line,
        message: `subscription #${entry.index + 1} (line ${entry.line}): ${result.failure.problems.join("; ")}`
      })
      continue
    }
    listed.add(entry.id)
    outcomes[result.success.outcome].push(entry.id)
  }
  // Nothing the store accepted: the file replaces nothing (see refusal).
  if (listed.size === 0) return { ...outcomes, removed: [], problems, refused: refusal(path, parsed) }
  const idsKey = fileSubscriptionIdsKey(prefix)
  const before = yield* Effect.promise(() => client.smembers(idsKey))
  const removed: Array<string> = []
  for (const id of before) {
    if (listed.has(id)) continue
    if (yield* store.remove(id)) removed.push(id)
    yield* Effect.promise(() => client.srem(idsKey, id))
  }
  yield* Effect.promise(() => client.sadd(idsKey, ...listed))
  const report: SubscriptionsFileSync = { ...outcomes, removed, problems }
  return report
})

/** SUBSCRIPTIONS_FILE: a YAML or JSON list of subscriptions synced into the store at start. */
export const SubscriptionsFilePath = Config.option(Config.String("SUBSCRIPTIONS_FILE"))

/**
 * At start: when SUBSCRIPTIONS_FILE is set, sync it into the store and log each invalid entry.
 * A file that cannot be read stops the start, naming the variable; invalid entries do not.
 * Needs SubscriptionStore and Redis.
 */
export const SubscriptionsFileLayer = Layer.effectDiscard(
  Effect.gen(function* () {
    const path = yield* SubscriptionsFilePath
    if (Option.isNone(path) || path.value.trim() === "") return
    const report = yield* syncSubscriptionsFile(path.value.trim())
    for (const problem of report.problems) {
      yield* Effect.logWarning(`subscriptions file ${path.value}: ${problem.message}`, {
        path: path.value,
        line: problem.line
      })
    }
    if (report.refused !== undefined) return yield* Effect.logWarning(report.refused)
    yield* Effect.logInfo("subscriptions file synced", {
      path: path.value,
      created: report.created.length,
      updated: report.updated.length,
      unchanged: report.unchanged.length,
      removed: report.removed.length,
      skipped: report.problems.length
    })
  })
)
