import { Config, Effect, Layer, Option, Result, Schema } from "effect"
import { type ListFileProblem, Redis, readListDocument, readListFileText } from "@india-italy/runtime"
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
export type SubscriptionsFileProblem = ListFileProblem

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

/** A subscriptions file for hundreds of channels is a few tens of KB; anything far larger is not one. */
export const maxSubscriptionsFileChars = 256 * 1024

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
  const document = readListDocument(text, fileName, {
    listKey: "subscriptions",
    maxChars: maxSubscriptionsFileChars
  })
  if (document.unusable) {
    // The file as a whole is wrong: each problem names the file (an entry's problem names its entry).
    return {
      entries: [],
      problems: document.problems.map((problem) => ({ ...problem, message: `${fileName}: ${problem.message}` }))
    }
  }
  const entries: Array<SubscriptionsFileEntry> = []
  const problems: Array<SubscriptionsFileProblem> = []
  const indexOfId = new Map<string, number>()
  for (const { index, line, fields } of document.entries) {
    const problem = (message: string) =>
      problems.push({ index, line, message: `subscription #${index + 1} (line ${line}): ${message}` })
    if (fields === undefined) {
      problem("must be a map with at least `channel:` and `sectors:`")
      continue
    }
    const raw = fields.toJSON()
    const unknownKeys = Object.keys(raw).filter((key) => !(knownKeys as ReadonlyArray<string>).includes(key))
    if (unknownKeys.length > 0) {
      const fieldWord = unknownKeys.length > 1 ? "fields" : "field"
      const quotedKeys = unknownKeys.map((key) => JSON.stringify(key)).join(", ")
      problem(`unknown ${fieldWord} ${quotedKeys} (expected ${knownKeys.join(", ")})`)
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
  return (
    `subscriptions file ${path} (SUBSCRIPTIONS_FILE) changes nothing: ${why}; ` +
    "the subscriptions it set up earlier are kept"
  )
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
  const text = yield* readListFileText(path).pipe(
    Effect.mapError((error) => new SubscriptionsFileError({ path, reason: error.reason }))
  )
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
