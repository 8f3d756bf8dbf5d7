/**
 * `pnpm feeds [--json]` — feed health from the worker's feed state in Redis: status, last success,
 * last error, next check, items seen, failures in a row. Feeds listed in FEEDS_FILE but never
 * polled yet show as "new". `--json` prints one JSON object per feed instead of a table.
 */
import { Console, Effect, Layer, Option } from "effect"
import { runCli } from "./run-cli.ts"
import { LoggingLive } from "../config.ts"
import { feedId } from "../feeds/feed.ts"
import { FeedsFile, loadFeedsFile } from "../feeds/feed-list.ts"
import { resolveFromInvocationDir } from "../invocation-dir.ts"
import { Redis } from "../redis.ts"
import { checkRedis } from "../startup-checks.ts"
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

const main = Effect.gen(function* () {
  const json = process.argv.slice(2).includes("--json")
  yield* checkRedis
  const rows = yield* listFeeds
  if (json) {
    for (const row of rows) yield* Console.log(JSON.stringify(row))
  } else {
    yield* Console.log(rows.length === 0 ? "no feeds known yet" : renderTable(rows))
  }
  return 0
}).pipe(
  Effect.provide(FeedStateStore.layer.pipe(Layer.provideMerge(Redis.layer))),
  Effect.provide(LoggingLive),
  Effect.catch((error) => Console.error(`feeds: ${error.message}`).pipe(Effect.as(1)))
)

runCli(main)
