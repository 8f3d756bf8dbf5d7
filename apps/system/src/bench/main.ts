import { spawnSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { blocksField, makeSlackWebClient, startFakeSlack } from "@india-italy/notifier"
import { runCommand } from "@india-italy/ops"
import { Config, Console, Effect } from "effect"
import { Command, Flag } from "effect/cli"
import { ensureRedis, hasRedisServer, startPrivateRedis } from "../redis-bootstrap.ts"
import { deleteKeys } from "../redis-keys.ts"
import { measureBareBullmq } from "./bare-bullmq.ts"
import { measurePipeline } from "./pipeline-bench.ts"
import { measurePollCost } from "./poll-cost-bench.ts"
import { costBetween, openRedisMeter } from "./redis-meter.ts"

/**
 * `pnpm bench`: every figure the product is judged by, measured in one run on this machine,
 * printed as JSON lines (see the README's "Reading the benchmark"). --items, --warmup, --rounds,
 * --poll-feeds and --polls (or BENCH_PIPELINE_ITEMS, BENCH_WARMUP_ITEMS, BENCH_LATENCY_ROUNDS,
 * BENCH_POLL_FEEDS, BENCH_POLLS) make it longer or shorter;
 * BENCH_HISTORY_EVENTS and BENCH_HISTORY_ROUNDS size the history-query line.
 */
interface BenchSettings {
  readonly pipelineItems: number
  readonly latencyRounds: number
  /** Both throughput figures are taken after a warm-up of this many items (jobs), untimed. */
  readonly warmupItems: number
  /** Feeds of the poll-cost line, and the polls measured once each has been polled. */
  readonly pollFeeds: number
  readonly polls: number
}
const domainPackage = fileURLToPath(new URL("../../../../packages/domain/", import.meta.url))
// From src/ (tsx) the script is TypeScript and runs through tsx; from dist/ it is plain JavaScript.
const fromSource = import.meta.url.endsWith(".ts")
const historyScript = fileURLToPath(new URL(`./history-main.${fromSource ? "ts" : "js"}`, import.meta.url))

const line = (figures: Record<string, unknown>) => Console.log(JSON.stringify(figures))

/** The classifier's own benchmark runs in a process of its own, so it has one core to itself. */
const classifierBench = Effect.sync(() => {
  const run = spawnSync("pnpm", ["-s", "bench"], { cwd: domainPackage, encoding: "utf8" })
  if (run.status !== 0) throw new Error(`the classifier benchmark failed: ${run.stderr}`)
  return run.stdout
    .trim()
    .split("\n")
    .filter((text) => text.startsWith("{"))
})

/**
 * The event store's line: 100,000 developments in a fresh store on each backend and the p95 of
 * the history queries, in a process of its own (PGlite's memory stays out of the `memory` line).
 */
const historyBench = Effect.sync(() => {
  const loader = fromSource ? ["--conditions=@india-italy/source", "--import", "tsx"] : []
  const run = spawnSync(process.execPath, [...loader, historyScript], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024
  })
  if (run.status !== 0) throw new Error(`the event store benchmark failed: ${run.stderr}`)
  return run.stdout
    .trim()
    .split("\n")
    .filter((text) => text.startsWith("{"))
})

/**
 * The floor under any pipeline built on this stack: the bare baseline with one chat.postMessage
 * per job on its last hop, through the notifier's own Web API client to the same local Slack
 * server. Nothing fetched, parsed, classified, clustered or recorded: the pipeline cannot beat it.
 */
const measureSlackFloor = (options: {
  readonly redisUrl: string
  readonly prefix: string
  readonly hops: number
  readonly jobs: number
  readonly warmupItems: number
}) =>
  Effect.acquireUseRelease(
    Effect.promise(() => startFakeSlack({ token: "xoxb-bench-floor" })),
    (fakeSlack) =>
      Effect.promise(async () => {
        const client = makeSlackWebClient({ token: fakeSlack.token, slackApiUrl: fakeSlack.url })
        const figures = await measureBareBullmq({
          ...options,
          warmupJobs: options.warmupItems,
          concurrency: 16,
          lastHop: (data) =>
            client.chat.postMessage({
              channel: "CFLOOR0001",
              text: data.title,
              // As the notifier's sender hands blocks over: as their JSON text.
              ...blocksField([{ type: "section", text: { type: "mrkdwn", text: data.title } }])
            })
        })
        // One successful post per job, warm-up included: the floor did the work it claims.
        return {
          ...figures,
          slackPostsPerJob: fakeSlack.successful("chat.postMessage").length / (options.jobs + options.warmupItems)
        }
      }),
    (fakeSlack) => Effect.promise(() => fakeSlack.close())
  )

/**
 * The Redis the benchmark runs on: a private redis-server of its own when one is installed, so
 * the Redis counters (commands, CPU) hold only this run's work; else REDIS_URL, shared, and the
 * Redis figures say so (`redisShared`: other clients' commands are in them).
 */
const benchRedis = Effect.gen(function* () {
  if (hasRedisServer()) return { url: (yield* startPrivateRedis).url, shared: false }
  return { url: yield* ensureRedis, shared: true }
})

const runBench = ({ pipelineItems, latencyRounds, warmupItems, pollFeeds, polls }: BenchSettings) =>
  Effect.gen(function* () {
    for (const figures of yield* classifierBench) yield* Console.log(figures)

    const { url: redisUrl, shared: redisShared } = yield* benchRedis
    const meter = yield* Effect.acquireRelease(
      Effect.promise(() => openRedisMeter(redisUrl)),
      (opened) => Effect.promise(() => opened.close())
    )
    const prefix = `bench-${process.pid}-${Date.now().toString(36)}`
    const pipeline = yield* measurePipeline({
      redisUrl,
      prefix: `${prefix}-pipeline`,
      items: pipelineItems,
      warmupItems,
      feeds: 10,
      latencyRounds,
      meter
    })
    const bare = yield* Effect.promise(() =>
      measureBareBullmq({
        redisUrl,
        prefix: `${prefix}-bare`,
        hops: pipeline.queueHops,
        jobs: pipelineItems,
        warmupJobs: warmupItems,
        concurrency: 16
      })
    )
    const floorRedisBefore = yield* Effect.promise(() => meter.read())
    const floor = yield* measureSlackFloor({
      redisUrl,
      prefix: `${prefix}-floor`,
      hops: pipeline.queueHops,
      jobs: pipelineItems,
      warmupItems
    })
    // The floor's own Redis commands per job (warm-up included, queue setup and teardown too):
    // what the same BullMQ hops cost Redis with nothing else done, the least any pipeline on them issues.
    const floorRedis = costBetween(floorRedisBefore, yield* Effect.promise(() => meter.read()))
    const poll = yield* measurePollCost({ redisUrl, prefix: `${prefix}-poll`, feeds: pollFeeds, polls, meter })
    yield* Effect.promise(() => deleteKeys(redisUrl, prefix))

    yield* line({
      name: "pipeline",
      itemsPerSecond: Math.round(pipeline.itemsPerSecond),
      items: pipeline.items,
      seconds: +pipeline.seconds.toFixed(2),
      queueHops: pipeline.queueHops,
      slackRequests: pipeline.slackRequests,
      pipelineToFloor: +(pipeline.itemsPerSecond / floor.jobsPerSecond).toFixed(3),
      pipelineToFloorTarget: 0.5,
      redisCommandsPerItem: +(pipeline.redis.commands / pipeline.items).toFixed(2),
      redisCommandsPerItemByName: pipeline.redis.byName,
      floorRedisCommandsPerJob: +(floorRedis.commands / (pipelineItems + warmupItems)).toFixed(2),
      redisCpuMsPerItem: +(pipeline.redis.cpuMs / pipeline.items).toFixed(3),
      processCpuMsPerItem: +(pipeline.processCpuMs / pipeline.items).toFixed(3),
      redisShared
    })
    const cpuMsPerPoll = (poll.processCpuMs + poll.redisCpuMs) / poll.polls
    yield* line({
      name: "poll_cost",
      feeds: poll.feeds,
      polls: poll.polls,
      notModifiedShare: +(poll.notModified / poll.polls).toFixed(3),
      seconds: +poll.seconds.toFixed(2),
      cpuMsPerPoll: +cpuMsPerPoll.toFixed(3),
      processCpuMsPerPoll: +(poll.processCpuMs / poll.polls).toFixed(3),
      redisCpuMsPerPoll: +(poll.redisCpuMs / poll.polls).toFixed(3),
      feedsPerCoreAt5Min: Math.round(300_000 / cpuMsPerPoll),
      feedsPerCoreAt5MinTarget: 200_000,
      redisCommandsPerPoll: +(poll.redisCommands / poll.polls).toFixed(2),
      redisCommandsPerPollByName: poll.redisCommandsByName,
      redisShared
    })
    yield* line({
      name: "bare_bullmq",
      jobsPerSecond: Math.round(bare.jobsPerSecond),
      jobs: pipelineItems,
      queueHops: pipeline.queueHops,
      seconds: +bare.seconds.toFixed(2)
    })
    yield* line({
      name: "bare_bullmq_plus_slack_post",
      jobsPerSecond: Math.round(floor.jobsPerSecond),
      jobs: pipelineItems,
      queueHops: pipeline.queueHops,
      slackPostsPerJob: floor.slackPostsPerJob,
      seconds: +floor.seconds.toFixed(2)
    })
    yield* line({
      name: "pipeline_vs_bare_bullmq",
      ratio: +(pipeline.itemsPerSecond / bare.jobsPerSecond).toFixed(3),
      target: 0.5,
      floorRatio: +(floor.jobsPerSecond / bare.jobsPerSecond).toFixed(3),
      // Per item, in milliseconds: what the target leaves for all the pipeline's own work above the
      // floor, and what that work takes now. The first is negative when even the floor misses 0.5.
      msPerItemLeftAtTarget: +(1000 / (0.5 * bare.jobsPerSecond) - 1000 / floor.jobsPerSecond).toFixed(3),
      pipelineMsPerItemAboveFloor: +(1000 / pipeline.itemsPerSecond - 1000 / floor.jobsPerSecond).toFixed(3)
    })
    yield* line({
      name: "alert_latency_poll_to_slack_ms",
      p50: pipeline.latencyMs.p50,
      p99: pipeline.latencyMs.p99,
      max: pipeline.latencyMs.max,
      rounds: pipeline.latencyMs.rounds,
      target_p50: 1000
    })
    yield* line({ name: "alert_latency_notifier_queue_to_slack_ms", ...pipeline.notifierLatencyMs })
    yield* line({ name: "memory", peakRssMb: pipeline.peakRssMb, during: "pipeline run" })

    for (const figures of yield* historyBench) yield* Console.log(figures)
  }).pipe(Effect.scoped)

const count = (name: string, variable: string, fallback: number, description: string) =>
  Flag.Int(name).pipe(
    Flag.withDescription(`${description} (default: ${variable}, else ${fallback}).`),
    Flag.withFallbackConfig(Config.Int(variable)),
    Flag.withDefault(fallback),
    Flag.filter(
      (value) => value > 0,
      (value) => `--${name} must be a positive whole number, got ${value}`
    )
  )

export const benchCommand = Command.make(
  "bench",
  {
    pipelineItems: count(
      "items",
      "BENCH_PIPELINE_ITEMS",
      2000,
      "Items through the pipeline and jobs through the baselines"
    ),
    warmupItems: count(
      "warmup",
      "BENCH_WARMUP_ITEMS",
      400,
      "Untimed warm-up items (jobs) before each throughput figure"
    ),
    latencyRounds: count("rounds", "BENCH_LATENCY_ROUNDS", 40, "Poll-to-Slack latency rounds"),
    pollFeeds: count(
      "poll-feeds",
      "BENCH_POLL_FEEDS",
      5000,
      "Local feeds of the poll-cost line (nine in ten answer 304)"
    ),
    polls: count("polls", "BENCH_POLLS", 5000, "Polls measured once every feed has been polled once")
  },
  runBench
).pipe(
  Command.withDescription(
    "Measures the classifier, the pipeline, bare BullMQ, the Slack floor, alert latency, memory and the cost " +
      "of a poll in one run; one JSON line per figure on stdout " +
      '(see the README\'s "Reading the benchmark"). Needs Redis (starts a private one if none answers).'
  ),
  Command.withExamples([{ command: "pnpm -s bench --items 500 --rounds 10", description: "a shorter run" }])
)

runCommand(benchCommand, { name: "bench" })
