/** `pnpm events …` and `pnpm events import`: the event store from the command line. */
import { EventStore, EventStoreLive, parseEventFilters, type EventFilters } from "@india-italy/event-store"
import { Cause, Console, Effect, Layer, Logger, References, Result } from "effect"
import { collectEvents, maxExportRows } from "../routes.ts"
import { eventsUsage, optionNameOf, parseEventsArgs, type QueryCommand } from "./events-args.ts"
import { renderCsv, renderJsonLines, renderTable } from "./events-output.ts"
import { importFromRedis } from "./redis-import.ts"

class Usage {
  constructor(readonly reason: string) {}
}

const filtersOf = (command: QueryCommand): Effect.Effect<EventFilters, Usage> => {
  const { limit, ...rest } = command.filters
  const parsed = parseEventFilters((name) => rest[name])
  if (Result.isFailure(parsed)) {
    const error = parsed.failure
    return Effect.fail(
      new Usage(`bad ${optionNameOf(error.parameter)} "${error.value.slice(0, 80)}": expected ${error.expected}`)
    )
  }
  if (limit === undefined) return Effect.succeed(parsed.success)
  const count = /^\d{1,6}$/.test(limit) ? Number(limit) : Number.NaN
  if (!(count >= 1 && count <= maxExportRows))
    return Effect.fail(new Usage(`bad --limit "${limit}": expected a whole number from 1 to ${maxExportRows}`))
  return Effect.succeed({ ...parsed.success, limit: count })
}

const runQuery = (command: QueryCommand, filters: EventFilters) =>
  Effect.gen(function* () {
    const events = yield* collectEvents(filters, filters.limit)
    const render = command.format === "json" ? renderJsonLines : command.format === "csv" ? renderCsv : renderTable
    yield* Effect.sync(() => process.stdout.write(render(events)))
  })

const unreadableNote = (ids: ReadonlyArray<string>) =>
  ids.length === 0 ? "" : `; ${ids.length} unreadable: ${ids.slice(0, 10).join(", ")}`

const runImport = Effect.gen(function* () {
  const summary = yield* importFromRedis
  const store = yield* EventStore
  const { events } = yield* store.counts()
  yield* Console.log(
    `imported ${summary.stored} of ${summary.found} events from Redis ` +
      `(${summary.alreadyStored} already stored at that revision${unreadableNote(summary.unreadable)}); ` +
      `the store holds ${events} events`
  )
})

const program = Effect.gen(function* () {
  const parsed = parseEventsArgs(process.argv.slice(2))
  if (Result.isFailure(parsed)) return yield* Effect.fail(new Usage(parsed.failure))
  const command = parsed.success
  if (command._tag === "help") return yield* Console.log(eventsUsage)
  if (command._tag === "import") yield* runImport.pipe(Effect.scoped, Effect.provide(EventStoreLive))
  else {
    // Checked before the store opens: a typo answers at once.
    const filters = yield* filtersOf(command)
    yield* runQuery(command, filters).pipe(Effect.provide(EventStoreLive))
  }
})

// Logs go to stderr: stdout is the result (often CSV or JSON).
const StderrLogging = Logger.layer([Logger.withConsoleError(Logger.formatLogFmt)])

const main = program.pipe(
  Effect.as(0),
  Effect.catch((error: Usage | { readonly message: string }) =>
    error instanceof Usage
      ? Console.error(`events: ${error.reason}\n${eventsUsage.split("\n\n")[0]}\n(pnpm events --help says more)`).pipe(
          Effect.as(2)
        )
      : Console.error(`events: ${error.message}`).pipe(Effect.as(1))
  ),
  Effect.catchCause((cause) =>
    Console.error(`events: failed: ${Cause.pretty(cause).split("\n")[0]}`).pipe(Effect.as(1))
  ),
  Effect.provide(Layer.merge(StderrLogging, Layer.succeed(References.MinimumLogLevel, "Warn")))
)

Effect.runPromise(main).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`events: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  }
)
