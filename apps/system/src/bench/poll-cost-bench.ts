import { spawn, type ChildProcess } from "node:child_process"
import { createInterface } from "node:readline"
import { fileURLToPath } from "node:url"
import { FeedScheduler, LoggingLive, makePipelineLayer, Metrics, PollWorker, type Feed } from "@india-italy/worker"
import { ConfigProvider, Effect, Layer } from "effect"
import { costBetween, topCommandsPer, type openRedisMeter } from "./redis-meter.ts"

export interface PollCostOptions {
  readonly redisUrl: string
  readonly prefix: string
  readonly feeds: number
  /** Polls measured after every feed has been polled once (validators stored). */
  readonly polls: number
  readonly meter: Awaited<ReturnType<typeof openRedisMeter>>
}

export interface PollCostResult {
  readonly feeds: number
  readonly polls: number
  readonly notModified: number
  readonly seconds: number
  readonly processCpuMs: number
  readonly redisCpuMs: number
  readonly redisCommands: number
  readonly redisCommandsByName: Record<string, number>
}

const fromSource = import.meta.url.endsWith(".ts")
const serverScript = fileURLToPath(new URL(`./poll-feed-server.${fromSource ? "ts" : "js"}`, import.meta.url))

/** The feeds' server in a child process (its CPU is the outside world's, not the project's). */
const startFeedsProcess = (feeds: number) =>
  Effect.acquireRelease(
    Effect.promise(
      () =>
        new Promise<{ child: ChildProcess; port: number; primed: Promise<void> }>((resolve, reject) => {
          const loader = fromSource ? ["--conditions=@india-italy/source", "--import", "tsx"] : []
          const child = spawn(process.execPath, [...loader, serverScript], {
            env: { ...process.env, FEEDS: String(feeds) },
            stdio: ["ignore", "pipe", "inherit"]
          })
          child.once("error", reject)
          const lines = createInterface({ input: child.stdout! })
          let markPrimed: () => void = () => {}
          const primed = new Promise<void>((done) => {
            markPrimed = done
          })
          lines.on("line", (line) => {
            if (line === "primed") markPrimed()
            else resolve({ child, port: Number(line), primed })
          })
        })
    ),
    ({ child }) => Effect.sync(() => void child.kill("SIGTERM"))
  )

const processCpuMs = () => {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}

/**
 * The cost of keeping feeds fresh: `feeds` feeds on a local server (nine in ten answer 304),
 * scheduled by the worker's FeedScheduler (the due-feed schedule in Redis) and polled by its
 * PollWorker, as `pnpm start` does. The adaptive next check is held at one second, so every feed
 * is due again a second after its poll. After each feed has been polled once (its ETag stored), the
 * next `polls` polls are measured: this process's CPU (worker, queues, Redis client) and the Redis
 * server's CPU and commands. The per-host cap is raised above the poll concurrency, as for real
 * feeds spread over many hosts; nothing waits for a slot.
 */
export const measurePollCost = (options: PollCostOptions) =>
  Effect.gen(function* () {
    const { port, primed } = yield* startFeedsProcess(options.feeds)
    const feeds: ReadonlyArray<Feed> = Array.from({ length: options.feeds }, (_, index) => ({
      url: `http://127.0.0.1:${port}/feed-${index}.xml`,
      name: `Poll bench ${index}`
    }))
    const settings = ConfigProvider.layerAdd(
      ConfigProvider.fromEnvRecord({ REDIS_URL: options.redisUrl, REDIS_PREFIX: options.prefix, LOG_LEVEL: "Error" }),
      { asPrimary: true }
    )
    const pipeline = makePipelineLayer(
      { minPollIntervalSeconds: 1, maxPollIntervalSeconds: 1, perHostConcurrency: 100 },
      { allowPrivate: true }
    )
    return yield* Effect.gen(function* () {
      const { counters } = yield* Metrics
      const done = () => counters.pollsNotModified + counters.pollsOk + counters.pollsFailed
      const waitFor = (polls: number) =>
        Effect.gen(function* () {
          const deadline = Date.now() + 300_000
          while (done() < polls) {
            if (Date.now() > deadline) return yield* Effect.die(new Error(`poll bench: ${done()} of ${polls} polls`))
            yield* Effect.sleep(50)
          }
        })
      yield* (yield* FeedScheduler).sync(feeds)
      // Every feed asked once; the polls still in flight then finish within the next second.
      yield* Effect.promise(() => primed)
      yield* waitFor(done() + 200)

      const before = { polls: done(), notModified: counters.pollsNotModified, cpuMs: processCpuMs() }
      const redisBefore = yield* Effect.promise(() => options.meter.read())
      const started = performance.now()
      yield* waitFor(before.polls + options.polls)
      const redisAfter = yield* Effect.promise(() => options.meter.read())
      const cpuMs = processCpuMs() - before.cpuMs
      const seconds = (performance.now() - started) / 1000
      const polls = done() - before.polls
      const redis = costBetween(redisBefore, redisAfter)
      return {
        feeds: options.feeds,
        polls,
        notModified: counters.pollsNotModified - before.notModified,
        seconds,
        processCpuMs: cpuMs,
        redisCpuMs: redis.cpuMs,
        redisCommands: redis.commands,
        redisCommandsByName: topCommandsPer(redis, polls)
      } satisfies PollCostResult
    }).pipe(
      Effect.provide(PollWorker.layer.pipe(Layer.provideMerge(pipeline))),
      Effect.provide(LoggingLive),
      Effect.provide(settings)
    )
  }).pipe(Effect.scoped)
