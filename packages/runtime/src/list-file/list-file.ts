import { readFile } from "node:fs/promises"
import { Effect, Schema } from "effect"
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type YAMLMap } from "yaml"

/** One thing wrong with a list file, by line (and entry, 0-based, when it is about one entry). */
export interface ListFileProblem {
  readonly index?: number
  readonly line: number
  readonly message: string
}

/** One entry of the list, not yet checked against the file's own schema. */
export interface ListEntry {
  readonly index: number
  readonly line: number
  /** The entry's fields, or undefined when the entry is not a map (a bare string, a list …). */
  readonly fields: EntryFields | undefined
}

/** A map entry's fields with the line of each, so a problem can point at the field itself. */
export interface EntryFields {
  readonly keys: ReadonlyArray<{ readonly key: string; readonly line: number }>
  readonly get: (key: string) => unknown
  readonly lineOf: (key: string) => number
  /** The entry as plain data (lists as arrays, maps as objects). */
  readonly toJSON: () => Record<string, unknown>
}

export interface ListDocument {
  readonly entries: ReadonlyArray<ListEntry>
  /** Problems with the document as a whole: too large, a syntax error, a root that is not a list. */
  readonly problems: ReadonlyArray<ListFileProblem>
  /** True when the document as a whole is not a list: loading it must fail, not quietly load nothing. */
  readonly unusable: boolean
}

export interface ListFileShape {
  /** The key of the list when the root is a map (`feeds:`, `subscriptions:`). */
  readonly listKey: string
  /** The most characters a file of this kind can sensibly have. */
  readonly maxChars: number
}

/** Flow collections (`[`, `{`) nested deeper than this are no list file; the YAML parser's cost grows with depth. */
const maxFlowDepth = 32
const maxReportedErrors = 20

/** Why the text is refused before the YAML parser sees it (too large, nested too deep), or undefined. */
const refuseBeforeParsing = (text: string, shape: ListFileShape): string | undefined => {
  if (text.length > shape.maxChars) {
    return `the file has ${text.length} characters; a ${shape.listKey} file may have at most ${shape.maxChars}`
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
 * The YAML parser, with duplicate keys as errors (with a key given twice, which one was meant is
 * anyone's guess). It makes one Error per problem, and capturing a stack trace for each is most
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

/** The entries, whether the document is a list or a map with the list under `listKey`. */
const entriesOf = (root: unknown, listKey: string): { entries: ReadonlyArray<unknown> } | { problem: string } => {
  const problem = `expected a list of ${listKey}, or a map with a \`${listKey}:\` list`
  if (isSeq(root)) return { entries: root.items }
  if (isMap(root)) {
    const list = root.get(listKey, true)
    return isSeq(list) ? { entries: list.items } : { problem }
  }
  if (root === null || root === undefined || (isScalar(root) && root.value === null)) return { entries: [] }
  return { problem }
}

const fieldsOf = (map: YAMLMap<unknown, unknown>, line: number, nodeLine: (node: unknown) => number): EntryFields => {
  const keys = map.items.map((pair) => ({
    key: isScalar(pair.key) ? String(pair.key.value) : String(pair.key),
    line: nodeLine(pair.key)
  }))
  return {
    keys,
    get: (key) => map.get(key),
    lineOf: (key) => keys.find((entry) => entry.key === key)?.line ?? line,
    toJSON: () => map.toJSON() as Record<string, unknown>
  }
}

/**
 * Reads a list file (YAML, or JSON, which the YAML parser reads as well and with positions) as far
 * as every list file goes: refused when too large or nested too deep, syntax errors with their
 * lines (at most 20, then how many more), the root a list or a map with one, and each entry with
 * its line and fields. Checking each entry is the caller's: a bad entry is the caller's problem
 * to report, and the others still load.
 */
export const readListDocument = (text: string, fileName: string, shape: ListFileShape): ListDocument => {
  const lineCounter = new LineCounter()
  const lineOf = (offset: number | undefined): number => (offset === undefined ? 1 : lineCounter.linePos(offset).line)
  const nodeLine = (node: unknown): number => lineOf((node as YamlNode | undefined)?.range?.[0])
  const refused = refuseBeforeParsing(text, shape)
  if (refused !== undefined) return { entries: [], problems: [{ line: 1, message: refused }], unusable: true }
  const document = parseYaml(text, lineCounter)
  if (document.errors.length > 0) {
    const syntax = fileName.toLowerCase().endsWith(".json") || /^\s*[[{]/.test(text) ? "JSON" : "YAML"
    const problems = document.errors.slice(0, maxReportedErrors).map((error) => {
      const line = lineOf(error.pos[0])
      const message =
        error.code === "DUPLICATE_KEY"
          ? `duplicate key ${JSON.stringify(duplicateKeyAt(text, error.pos[0]))} (line ${line}); ` +
            "each key may appear once"
          : `${syntax} syntax error: ${error.message.split("\n")[0]}`
      return { line, message }
    })
    const more = document.errors.length - problems.length
    if (more > 0)
      problems.push({ line: lineOf(document.errors[maxReportedErrors]?.pos[0]), message: `and ${more} more errors` })
    return { entries: [], problems, unusable: true }
  }
  const found = entriesOf(document.contents, shape.listKey)
  if ("problem" in found) {
    return { entries: [], problems: [{ line: nodeLine(document.contents), message: found.problem }], unusable: true }
  }
  const entries = found.entries.map((node, index): ListEntry => {
    const line = nodeLine(node)
    return {
      index,
      line,
      fields: isMap(node) ? fieldsOf(node as YAMLMap<unknown, unknown>, line, nodeLine) : undefined
    }
  })
  return { entries, problems: [], unusable: false }
}

/** A list file that cannot be read at all (missing, a directory, no permission). */
export class ListFileUnreadable extends Schema.TaggedError<ListFileUnreadable>()("ListFileUnreadable", {
  path: Schema.String,
  reason: Schema.String
}) {
  override get message(): string {
    return `cannot read ${this.path}: ${this.reason}`
  }
}

/** The file's text; an unreadable file fails naming it and the system's reason (ENOENT, EISDIR …). */
export const readListFileText = (path: string): Effect.Effect<string, ListFileUnreadable> =>
  Effect.tryPromise({
    try: () => readFile(path, "utf8"),
    catch: (error) => new ListFileUnreadable({ path, reason: (error as NodeJS.ErrnoException).code ?? String(error) })
  })
