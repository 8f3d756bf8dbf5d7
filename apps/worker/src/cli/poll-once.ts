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
import { makeProgress, runCommand } from "@india-italy/ops"
import { Console, Effect, Layer, Option } from "effect"
import { Command, Flag } from "effect/cli"
import { checkRedisAtStart, LoggingLive, Redis, warnIfRedisEvicts } from "@india-italy/runtime"
import { WorkerConfig } from "../config.ts"
import { FeedsFile, loadFeedsFile } from "../feeds/feed-list.ts"
import { resolveFromInvocationDir } from "../invocation-dir.ts"
import { Poller } from "../poll/poller.ts"
import { toLine, type PollOnceLine } from "./poll-once-output.ts"
import { Queues } from "../queues.ts"
import { ClassifyConsumerLive, makePipelineLayer } from "../worker-layer.ts"
import { waitForJobs } from "../wait-for-jobs.ts"

const waitBudgetMs = 120_000

const pollEveryFeed = (feedsFile: string | undefined) =>
  Effect.gen(function* () {
    const fromEnv = yield* FeedsFile
    const { feeds, problems } = yield* loadFeedsFile(
      resolveFromInvocationDir(feedsFile ?? Option.getOrUndefined(fromEnv))
    )
    for (const problem of problems)
      yield* Effect.logWarning("feed list problem", { line: problem.line, message: problem.message })
    const poller = yield* Poller
    const queues = yield* Queues
    const { pollConcurrency } = yield* WorkerConfig
    // On a terminal, a line on stderr counts the feeds done; in a pipe nothing is added.
    const progress = makeProgress({ label: "poll-once", total: feeds.length, unit: "feeds" })
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
              : {
                  ...line,
                  status: "error",
                  error: `${waited.pending.length} items not classified within ${waitBudgetMs / 1000} s`
                }
          yield* Effect.sync(() => progress.done())
          yield* Console.log(JSON.stringify(final))
          yield* Effect.sync(() => progress.advance())
        }),
      { concurrency: pollConcurrency, discard: true }
    ).pipe(Effect.ensuring(Effect.sync(() => progress.done())))
  })

const pollOnce = (feedsFile: string | undefined) =>
  Effect.gen(function* () {
    // Checked on a connection of its own before anything else is built, so an absent Redis is one clear line.
    yield* checkRedisAtStart("poll-once")
    yield* warnIfRedisEvicts.pipe(Effect.provide(Redis.layer))
    yield* pollEveryFeed(feedsFile).pipe(
      Effect.provide(ClassifyConsumerLive.pipe(Layer.provideMerge(makePipelineLayer())))
    )
  }).pipe(Effect.provide(LoggingLive))

export const pollOnceCommand = Command.make(
  "poll-once",
  {
    feeds: Flag.String("feeds").pipe(
      Flag.withDescription("Feed list (YAML or JSON) to poll (default: FEEDS_FILE, else the built-in list)."),
      Flag.withMetavar("FILE"),
      Flag.optional
    )
  },
  ({ feeds }) => pollOnce(Option.getOrUndefined(feeds))
).pipe(
  Command.withDescription(
    "Polls every listed feed once, waits until its items are classified, and prints one JSON line per feed: " +
      "{url, status: ok | not_modified | error, items, newItems, error?}. Exit 0 even when feeds fail (each says so " +
      "in its line); 1 when the run cannot start (Redis unreachable, an invalid feed list)."
  ),
  Command.withExamples([
    { command: "pnpm -s poll-once --feeds feeds.yaml | jq .status", description: "poll the feeds in feeds.yaml" }
  ])
)

runCommand(pollOnceCommand, { name: "poll-once" })
