import { queueNames } from "@india-italy/domain"
import {
  makeNotifierLayer,
  measureAlertLatency,
  newEventNotice,
  Redis as NotifierRedis,
  sampleEvent,
  startFakeSlack,
  SubscriptionStore,
  type FakeSlack,
  type FakeSlackCall
} from "@india-italy/notifier"
import {
  ClassifyConsumerLive,
  LoggingLive,
  makePipelineLayer,
  Metrics,
  Poller,
  Redis,
  startFeedServer
} from "@india-italy/worker"
import { Queue } from "bullmq"
import { ConfigProvider, Effect, Layer } from "effect"
import { renderRss } from "../demo/demo-feed-xml.ts"
import type { DemoStory } from "../demo/demo-stories.ts"
import { waitUntilQueuesIdle } from "../queue-idle.ts"
import { generateStories } from "./bench-stories.ts"
import { costBetween, topCommandsPer, type openRedisMeter, type RedisCost } from "./redis-meter.ts"

export interface PipelineBenchOptions {
  readonly redisUrl: string
  readonly prefix: string
  readonly items: number
  /** Items run through first and not timed, so the pipeline is measured with a warm JIT, as the baseline is. */
  readonly warmupItems: number
  readonly feeds: number
  readonly latencyRounds: number
  /** Reads the benchmark's own Redis: what the timed run cost it. */
  readonly meter: Awaited<ReturnType<typeof openRedisMeter>>
}

export interface PipelineBenchResult {
  readonly items: number
  readonly seconds: number
  readonly itemsPerSecond: number
  readonly slackRequests: number
  /** Queues an item passes through after the poll: classify, notices, deliveries. */
  readonly queueHops: number
  readonly latencyMs: { readonly p50: number; readonly p99: number; readonly max: number; readonly rounds: number }
  readonly notifierLatencyMs: {
    readonly p50: number
    readonly p99: number
    readonly max: number
    readonly rounds: number
    readonly missing: number
  }
  readonly peakRssMb: number
  /** What the timed run cost Redis, the benchmark's own queue-idle checks taken out. */
  readonly redis: { readonly commands: number; readonly cpuMs: number; readonly byName: Record<string, number> }
  /** CPU of this process (worker, notifier, feed and Slack servers) over the timed run. */
  readonly processCpuMs: number
}

const percentile = (sorted: ReadonlyArray<number>, fraction: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))] ?? Number.NaN

/** Redis commands one idle check issues (the least of three rounds of ten, so nothing else is in it). */
const commandsPerIdleCheck = async (
  meter: PipelineBenchOptions["meter"],
  check: () => Promise<unknown>
): Promise<number> => {
  let least = Number.POSITIVE_INFINITY
  for (let round = 0; round < 3; round++) {
    const before = await meter.read()
    for (let index = 0; index < 10; index++) await check()
    least = Math.min(least, costBetween(before, await meter.read()).commands / 10)
  }
  return least
}

/** A run's cost with the benchmark's idle checks taken out of the total (the per-name split keeps them). */
const withoutChecks = (cost: RedisCost, checks: number, commandsPerCheck: number): RedisCost => ({
  ...cost,
  commands: cost.commands - checks * commandsPerCheck
})

const feedXml = (name: string, stories: ReadonlyArray<DemoStory>) => renderRss({ name, path: "", stories })

/**
 * Items through every stage — local feed server → fetch → parse → normalise → classify queue →
 * cluster → notices queue → route → deliveries queue → local Slack server — in one process on one
 * Redis, and the latency from a poll to the Slack request for the item it found.
 * Slack's 1 message/s/channel pacing is set to 0 here: the figure is the pipeline's, not Slack's quota.
 */
export const measurePipeline = (options: PipelineBenchOptions) =>
  Effect.gen(function* () {
    const fakeSlack: FakeSlack = yield* Effect.acquireRelease(
      Effect.promise(() => startFakeSlack({ token: "xoxb-bench" })),
      (slack) => Effect.promise(() => slack.close())
    )
    const perFeed = Math.ceil(options.items / options.feeds)
    const stories = generateStories(options.items, new Date(), options.prefix)
    const feedBodies = new Map<string, string>()
    for (let feed = 0; feed < options.feeds; feed++) {
      feedBodies.set(
        `/bench-${feed}.xml`,
        feedXml(`Bench wire ${feed}`, stories.slice(feed * perFeed, (feed + 1) * perFeed))
      )
    }
    // Dated years before the timed stories, so none of them joins a timed development.
    const warmupBody = feedXml(
      "Warm-up wire",
      generateStories(options.warmupItems, new Date(Date.UTC(2008, 0, 1)), `${options.prefix}-warmup`)
    )
    let latencyStories: Array<DemoStory> = []
    const server = yield* Effect.acquireRelease(
      Effect.promise(() =>
        startFeedServer({
          ...Object.fromEntries(
            [...feedBodies].map(([path, body]) => [
              path,
              (_request, response) => void response.writeHead(200, { "content-type": "application/rss+xml" }).end(body)
            ])
          ),
          "/warmup.xml": (_request, response) =>
            void response.writeHead(200, { "content-type": "application/rss+xml" }).end(warmupBody),
          "/latency.xml": (_request, response) =>
            void response
              .writeHead(200, { "content-type": "application/rss+xml" })
              .end(feedXml("Latency wire", latencyStories))
        })
      ),
      (feedServer) => Effect.promise(() => feedServer.close())
    )

    const settings = ConfigProvider.layerAdd(
      ConfigProvider.fromEnvRecord({
        REDIS_URL: options.redisUrl,
        REDIS_PREFIX: options.prefix,
        SLACK_BOT_TOKEN: fakeSlack.token,
        SLACK_API_URL: fakeSlack.url,
        CHANNEL_INTERVAL_MS: "0",
        LOG_LEVEL: "Error"
      }),
      { asPrimary: true }
    )
    const worker = ClassifyConsumerLive.pipe(
      Layer.provideMerge(makePipelineLayer({ alertMaxAgeHours: 0 }, { allowPrivate: true }))
    )
    const notifier = makeNotifierLayer({ digests: false, slashCommands: false }).pipe(
      Layer.provideMerge(NotifierRedis.layer)
    )

    // process.memoryUsage.rss() reads the same figure without the heap statistics memoryUsage()
    // gathers: sampled every 25 ms inside the timed run, those cost the pipeline about 1% of its CPU.
    let peakRss = process.memoryUsage.rss()
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 25)

    const result = yield* Effect.gen(function* () {
      const { client, prefix } = yield* Redis
      const queues = [queueNames.classify, queueNames.notices, queueNames.deliveries].map(
        (name) => new Queue(name, { connection: client, prefix })
      )
      const store = yield* SubscriptionStore
      yield* store.add({ channel: "CBENCH0001", sectors: "all" })
      const poller = yield* Poller
      const idle = { budgetMs: 300_000, quietChecks: 2, pauseMs: { busy: 20, quiet: 20 } }
      const checkQueues = () =>
        Promise.all(queues.map((queue) => queue.getJobCounts("waiting", "active", "delayed", "prioritized")))

      if (options.warmupItems > 0) {
        yield* poller.pollFeed({ url: server.url("/warmup.xml"), name: "/warmup.xml" }, { force: true })
        yield* waitUntilQueuesIdle(queues, { what: "the benchmark's warm-up", ...idle })
      }
      // The idle checks below are the benchmark's, not the pipeline's: their Redis commands are
      // counted here, on idle queues (the least of three rounds), and taken out of the run's.
      const commandsPerCheck = yield* Effect.promise(() => commandsPerIdleCheck(options.meter, checkQueues))
      let idleChecks = 0
      const slackRequestsBefore = fakeSlack.calls.length
      const redisBefore = yield* Effect.promise(() => options.meter.read())
      const cpuBefore = process.cpuUsage()
      const started = performance.now()
      yield* Effect.forEach(
        [...feedBodies.keys()],
        (path) => poller.pollFeed({ url: server.url(path), name: path }, { force: true }),
        { concurrency: "unbounded", discard: true }
      )
      yield* waitUntilQueuesIdle(queues, {
        what: "the benchmark's queues",
        ...idle,
        onCheck: (counts) => {
          idleChecks++
          if (process.env.BENCH_VERBOSE === "true") {
            const perQueue = counts.map((count, index) => [
              queues[index]!.name,
              count.waiting,
              count.active,
              count.delayed
            ])
            process.stderr.write(`${JSON.stringify(perQueue)}\n`)
          }
        }
      })
      const seconds = (performance.now() - started) / 1000
      const cpu = process.cpuUsage(cpuBefore)
      const redisCost = withoutChecks(
        costBetween(redisBefore, yield* Effect.promise(() => options.meter.read())),
        idleChecks,
        commandsPerCheck
      )
      const slackRequests = fakeSlack.calls.length - slackRequestsBefore
      if (process.env.BENCH_VERBOSE === "true") {
        const posts = fakeSlack.calls.filter((call) => call.method === "chat.postMessage")
        const breakdown = {
          topLevel: posts.filter((call) => call.body.thread_ts === undefined).length,
          replies: posts.filter((call) => call.body.thread_ts !== undefined).length,
          updates: fakeSlack.calls.filter((call) => call.method === "chat.update").length
        }
        const counters = (yield* Metrics).snapshot()
        const failedDeliveries = yield* Effect.promise(() => queues[2]!.getFailed())
        const summary = {
          breakdown,
          relevant: counters.itemsRelevant,
          created: counters.eventsCreated,
          joined: counters.sourcesAdded,
          failed: failedDeliveries.map((job) => job.failedReason).slice(0, 5),
          latency: counters.stageLatency
        }
        process.stderr.write(`${JSON.stringify(summary)}\n`)
      }

      // Latency: one new development per round; poll, then wait for its Slack request.
      const samples: Array<number> = []
      // Dated years before the throughput run's stories, so each round is a development of its own.
      const fresh = generateStories(
        options.latencyRounds * 8,
        new Date(Date.UTC(2012, 0, 1)),
        `${options.prefix}-latency`
      ).filter((_, index) => index % 2 === 0 && Math.floor(index / 2) % 4 !== 3)
      for (const story of fresh.slice(0, options.latencyRounds)) {
        const marker = story.guid
        latencyStories = [{ ...story, title: `${story.title} (${marker})` }, ...latencyStories].slice(0, 20)
        const polledAt = Date.now()
        yield* poller.pollFeed({ url: server.url("/latency.xml"), name: "Latency wire" }, { force: true })
        const carriesMarker = (call: FakeSlackCall) =>
          call.method === "chat.postMessage" && JSON.stringify(call.body).includes(marker)
        yield* Effect.promise(() => fakeSlack.waitFor((calls) => calls.some(carriesMarker), 10_000))
        const arrival = fakeSlack.calls.find(carriesMarker)
        samples.push((arrival?.at ?? Date.now()) - polledAt)
      }
      // The notifier alone: a notice entering its queue → the Slack request for its alert.
      const notifierLatency = yield* Effect.promise(() =>
        measureAlertLatency({
          noticesQueue: queues[1]!,
          fakeSlack,
          notices: Array.from({ length: options.latencyRounds }, (_, index) =>
            newEventNotice(sampleEvent(`${options.prefix}-notice-${index}`))
          ),
          spacingMs: 25
        })
      )
      const notifierSorted = [...notifierLatency.samples].sort((a, b) => a - b)
      yield* Effect.promise(() => Promise.all(queues.map((queue) => queue.close())))
      const sorted = [...samples].sort((a, b) => a - b)
      return {
        items: stories.length,
        seconds,
        redis: {
          commands: redisCost.commands,
          cpuMs: redisCost.cpuMs,
          byName: topCommandsPer(redisCost, stories.length)
        },
        processCpuMs: (cpu.user + cpu.system) / 1000,
        itemsPerSecond: stories.length / seconds,
        slackRequests,
        queueHops: queues.length,
        latencyMs: {
          p50: percentile(sorted, 0.5),
          p99: percentile(sorted, 0.99),
          max: sorted.at(-1) ?? Number.NaN,
          rounds: samples.length
        },
        notifierLatencyMs: {
          p50: percentile(notifierSorted, 0.5),
          p99: percentile(notifierSorted, 0.99),
          max: notifierSorted.at(-1) ?? Number.NaN,
          rounds: notifierSorted.length,
          missing: notifierLatency.missing
        }
      }
    }).pipe(
      Effect.provide(Layer.mergeAll(worker, notifier)),
      Effect.provide(LoggingLive),
      Effect.provide(settings),
      Effect.ensuring(Effect.sync(() => clearInterval(sampler)))
    )

    return { ...result, peakRssMb: Math.round(peakRss / 1048576) } satisfies PipelineBenchResult
  })
