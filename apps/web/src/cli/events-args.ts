import { Result } from "effect"

export type OutputFormat = "table" | "json" | "csv"

export interface QueryCommand {
  readonly _tag: "query"
  /** The filters by their API names (sector, type, from, to, actor, place, lang, q, limit). */
  readonly filters: Readonly<Record<string, string>>
  readonly format: OutputFormat
}

export type EventsCommand =
  | QueryCommand
  | { readonly _tag: "import" }
  | { readonly _tag: "help"; readonly topic: "events" | "import" }

export const eventsUsage = `usage: pnpm events [--sector a,b] [--type x,y] [--since YYYY-MM-DD] [--until YYYY-MM-DD]
                   [--actor NAME] [--place NAME] [--lang en|it] [--q TEXT] [--limit N] [--format table|json|csv]
       pnpm events import

Queries the event store (PostgreSQL at DATABASE_URL, else PGlite in EVENTS_DB_DIR, default .data/events),
newest first by the day of the development.

  --sector    sector ids, comma-separated (e.g. defence,space)
  --type      event type ids, comma-separated (e.g. agreement_signed)
  --since     developments on or after this day; --until: on or before it
  --actor     a person or organisation named on the event (part of the name is enough)
  --place     a place named on the event
  --lang      only events with a report in this language
  --q         full-text search over headlines and text, English and Italian
  --limit     at most this many events (default 50; up to 10000)
  --format    table (default), json (one JSON document per line, the API's HistoryEvent) or csv

  import      loads the events the worker still keeps in Redis (REDIS_URL, REDIS_PREFIX) into the store;
              events already stored at the same revision are left as they are

example: pnpm events --sector defence --since 2025-01-01 --q "joint exercise" --format csv > defence.csv`

/** Option name → the API's filter parameter. A Map, so "--constructor" is not found on Object.prototype. */
const flags: ReadonlyMap<string, string> = new Map([
  ["sector", "sector"],
  ["type", "type"],
  ["since", "from"],
  ["until", "to"],
  ["actor", "actor"],
  ["place", "place"],
  ["lang", "lang"],
  ["q", "q"],
  ["limit", "limit"]
])

/** The command line of `pnpm events` (without the script name); a mistake names the argument. */
export const parseEventsArgs = (args: ReadonlyArray<string>): Result.Result<EventsCommand, string> => {
  const rest = args[0] === "--" ? args.slice(1) : args
  if (rest[0] === "import") {
    if (rest.includes("--help") || rest.includes("-h")) return Result.succeed({ _tag: "help", topic: "import" })
    return rest.length === 1
      ? Result.succeed({ _tag: "import" })
      : Result.fail(`unexpected argument ${JSON.stringify(rest[1])} after import`)
  }
  const filters = new Map<string, string>()
  let format: OutputFormat = "table"
  for (let index = 0; index < rest.length; index++) {
    const arg = rest[index] ?? ""
    if (arg === "--help" || arg === "-h") return Result.succeed({ _tag: "help", topic: "events" })
    if (!arg.startsWith("--")) return Result.fail(`unexpected argument ${JSON.stringify(arg)}`)
    const equals = arg.indexOf("=")
    const name = arg.slice(2, equals === -1 ? undefined : equals)
    const value = equals === -1 ? rest[++index] : arg.slice(equals + 1)
    const key = flags.get(name)
    if (name !== "format" && key === undefined) {
      return Result.fail(
        `unknown option --${name} (expected ${[...flags.keys(), "format"].map((flag) => `--${flag}`).join(", ")})`
      )
    }
    if (value === undefined || value.startsWith("--")) return Result.fail(`--${name} needs a value`)
    if (name === "format") {
      if (value !== "table" && value !== "json" && value !== "csv")
        return Result.fail(`bad --format "${value}": expected table, json or csv`)
      format = value
      continue
    }
    if (key === undefined || filters.has(key)) return Result.fail(`--${name} is given twice`)
    filters.set(key, value)
  }
  return Result.succeed({ _tag: "query", filters: Object.fromEntries(filters), format })
}

/** Option names as the person typed them, for messages from the shared filter parser. */
export const optionNameOf = (parameter: string): string => {
  const entry = [...flags.entries()].find(([, key]) => key === parameter)
  return `--${entry?.[0] ?? parameter}`
}
