/**
 * `pnpm feeds [--json]` — feed health from the worker's feed state in Redis: status, last success,
 * last error, next check, items seen, failures in a row. Feeds listed in FEEDS_FILE but never
 * polled yet show as "new". `--json` prints one JSON object per feed instead of a table.
 */
import { runCommand } from "@india-italy/ops"
import { Console, Effect, Layer, Option } from "effect"
import { Command, Flag } from "effect/cli"
import { checkRedisAtStart, LoggingLive, Redis, warnIfRedisEvicts } from "@india-italy/runtime"
import { feedId } from "../feeds/feed.ts"
import { FeedsFile, loadFeedsFile } from "../feeds/feed-list.ts"
import { resolveFromInvocationDir } from "../invocation-dir.ts"
import { FeedStateStore, initialFeedState } from "../state/feed-state-store.ts"
import { renderTable, toRow } from "./feed-health-table.ts"

const listFeeds = Effect.gen(function* () {
  const store = yield* FeedStateStore
  const states = yield* store.list()
  const byId = new Map(states.map((state) => [state.feedId, state]))
  // The feed list is optional here: health is still worth showing when the file is unreadable.
  const fromEnv = yield* FeedsFile
  const listed = yield* loadFeedsFile(resolveFromInvocationDir(Option.getOrUndefined(fromEnv))).pipe(
    Effect.map((list) => list.feeds),
    Effect.catch((error) => Effect.logWarning(`feed list not read: ${error.message}`).pipe(Effect.as([])))
  )
  for (const feed of listed) {
    const id = feedId(feed)
    if (!byId.has(id)) byId.set(id, initialFeedState(id, feed.url, feed.name))
  }
  return [...byId.values()].map(toRow).sort((a, b) => a.url.localeCompare(b.url))
})

const printFeeds = (json: boolean) =>
  Effect.gen(function* () {
    yield* checkRedisAtStart("feeds")
    yield* warnIfRedisEvicts
    const rows = yield* listFeeds
    if (json) {
      for (const row of rows) yield* Console.log(JSON.stringify(row))
    } else {
      yield* Console.log(rows.length === 0 ? "no feeds known yet" : renderTable(rows))
    }
  }).pipe(Effect.provide(FeedStateStore.layer.pipe(Layer.provideMerge(Redis.layer))), Effect.provide(LoggingLive))

export const feedsCommand = Command.make(
  "feeds",
  {
    json: Flag.Boolean("json").pipe(
      Flag.withDescription("One JSON object per feed instead of a table (default: table)."),
      Flag.withDefault(false)
    )
  },
  ({ json }) => printFeeds(json)
).pipe(
  Command.withDescription(
    "Feed health from the worker's state in Redis: status, last success, last error, next check, items seen, " +
      "failures in a row."
  ),
  Command.withExamples([
    { command: "pnpm -s feeds --json | jq 'select(.status != \"ok\")'", description: "feeds that are not ok" }
  ])
)

runCommand(feedsCommand, { name: "feeds" })
