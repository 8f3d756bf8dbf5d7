/**
 * `pnpm poll-once [--feeds FILE]` — polls every listed feed once (now, whatever its schedule says),
 * waits until the items it found are classified and clustered, and prints ONE JSON line per feed:
 * {url, status: ok | not_modified | error, items, newItems, error?}. Nothing else goes to stdout;
 * logs go to stderr.
 *
 * Exit code: 0 when the run completed, even if some feeds failed — a feed's failure is reported in
 * its own line (and kept in the feed state for `pnpm feeds`), it is not a failure of the command.
 * Nonzero only when the run could not start: Redis unreachable, a feed list that is unreadable or not
 * valid YAML/JSON (the message names the file, the line and the problem), invalid settings.
 */
import { Console, Effect, Layer, Option } from "effect"
import { runCli } from "./run-cli.ts"
import { LoggingLive, WorkerConfig } from "../config.ts"
import { FeedsFile, loadFeedsFile } from "../feeds/feed-list.ts"
import { resolveFromInvocationDir } from "../invocation-dir.ts"
import { Poller } from "../poll/poller.ts"
import { parsePollOnceArgs, toLine, type PollOnceLine } from "./poll-once-output.ts"
import { Queues } from "../queues.ts"
import { Redis } from "../redis.ts"
import { checkRedis } from "../startup-checks.ts"
import { ClassifyConsumerLive, makePipelineLayer } from "../worker-layer.ts"
import { waitForJobs } from "../wait-for-jobs.ts"

const waitBudgetMs = 120_000

const pollEveryFeed = (feedsFile: string | undefined) =>
  Effect.gen(function* () {
    const fromEnv = yield* FeedsFile
    const { feeds, problems } = yield* loadFeedsFile(resolveFromInvocationDir(feedsFile ?? Option.getOrUndefined(fromEnv)))
    for (const problem of problems) yield* Effect.logWarning("feed list problem", { line: problem.line, message: problem.message })
    const poller = yield* Poller
    const queues = yield* Queues
    const { pollConcurrency } = yield* WorkerConfig
    yield* Effect.forEach(
      feeds,
      (feed) =>
        Effect.gen(function* () {
          const outcome = yield* poller.pollFeed(feed, { force: true })
          const waited = yield* waitForJobs(queues.classify, outcome.classifyJobIds, waitBudgetMs)
          const line = toLine(outcome)
          const final: PollOnceLine =
            waited.pending.length === 0
              ? line
              : { ...line, status: "error", error: `${waited.pending.length} items not classified within ${waitBudgetMs / 1000} s` }
          yield* Console.log(JSON.stringify(final))
        }),
      { concurrency: pollConcurrency, discard: true }
    )
  })

const main = Effect.gen(function* () {
  const args = parsePollOnceArgs(process.argv.slice(2))
  if ("usageError" in args) {
    yield* Console.error(`poll-once: ${args.usageError}`)
    return 2
  }
  // Checked on a connection of its own before anything else is built, so an absent Redis is one clear line.
  yield* checkRedis.pipe(Effect.provide(Redis.layer))
  yield* pollEveryFeed(args.feedsFile).pipe(Effect.provide(ClassifyConsumerLive.pipe(Layer.provideMerge(makePipelineLayer()))))
  return 0
}).pipe(
  Effect.provide(LoggingLive),
  Effect.catch((error) =>
    Console.error(`poll-once: ${"message" in error && error.message ? error.message : String(error)}`).pipe(Effect.as(1))
  )
)

runCli(main)
