import { randomUUID } from "node:crypto"
import { mkdtemp, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { classify } from "@india-italy/domain"
import type { Queue } from "bullmq"
import { afterEach } from "vitest"
import type { FakeSlack, FakeSlackCall } from "@india-italy/notifier"
import { startFeedServer } from "@india-italy/worker"
import { renderRss } from "../demo/demo-feed-xml.ts"
import type { DemoStory } from "../demo/demo-stories.ts"
import { processTree } from "./process-memory.ts"
import { runEntryPoint, type RunningProcess } from "./processes.ts"

/**
 * Shared pieces of the system's end-to-end and fault tests: real worker and notifier processes,
 * a real feed server, a private key prefix per test and a way to read what reached the fake Slack.
 */

export const defaultRedisUrl = process.env["REDIS_URL"] ?? "redis://127.0.0.1:6379"

/**
 * Items the classify queue has finished: each job carries one poll's batch of items (a job queued
 * by an earlier version, one item).
 */
export const classifiedItems = async (classify: Queue): Promise<number> => {
  const done = await classify.getJobs(["completed"])
  return done.reduce((sum, job) => sum + (Array.isArray(job.data?.items) ? job.data.items.length : 1), 0)
}

export const uniquePrefix = (area: string) => `test-system-${area}-${randomUUID().slice(0, 8)}`

/**
 * What a test must undo (servers, processes, temp folders, Redis keys), run after each test in
 * reverse order; one failing cleanup does not stop the rest.
 */
export const cleanupAfterEach = (): Array<() => Promise<void>> => {
  const cleanups: Array<() => Promise<void>> = []
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined)
  })
  return cleanups
}

export { deleteKeys, memoryUsageByArea, memoryUsageUnder } from "../redis-keys.ts"
export { freePort } from "@india-italy/runtime"

export interface TempDir {
  readonly path: string
  readonly writeJson: (name: string, value: unknown) => Promise<string>
  readonly remove: () => Promise<void>
}

export const makeTempDir = async (area: string): Promise<TempDir> => {
  const path = await mkdtemp(join(tmpdir(), `india-italy-${area}-`))
  return {
    path,
    writeJson: async (name, value) => {
      const file = join(path, name)
      await writeFile(file, JSON.stringify(value, null, 2))
      return file
    },
    remove: () => rm(path, { recursive: true, force: true })
  }
}

/**
 * An RSS feed on a real HTTP server whose stories a test can add to while the pipeline runs
 * (push onto `stories`); every request renders the current list.
 */
export const startStoryFeed = async (name: string, initial: ReadonlyArray<DemoStory> = []) => {
  const stories: Array<DemoStory> = [...initial]
  const server = await startFeedServer({
    "/feed.xml": (_request, response) => {
      response.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8" })
      response.end(renderRss({ name, path: "/feed.xml", stories }))
    }
  })
  return { url: server.url("/feed.xml"), stories, requests: server.requests, close: server.close }
}

/** Which of `stories` the classifier itself calls relevant: the items the pipeline must not lose. */
export const relevantStories = (stories: ReadonlyArray<DemoStory>): ReadonlyArray<DemoStory> =>
  stories.filter(
    (story) =>
      classify({ id: story.guid, title: story.title, text: story.body, url: story.link, published: story.published })
        .relevant
  )

/** Settings that make a worker process poll loopback feeds every second and alert on any item age. */
export const workerEnv = (options: {
  redisUrl: string
  prefix: string
  feedsFile: string
  extra?: Record<string, string>
}) => ({
  REDIS_URL: options.redisUrl,
  REDIS_PREFIX: options.prefix,
  FEEDS_FILE: options.feedsFile,
  FEEDS_ALLOW_PRIVATE: "true",
  ALERT_MAX_AGE_HOURS: "0",
  POLL_TICK_SECONDS: "1",
  MIN_POLL_INTERVAL_SECONDS: "1",
  MAX_POLL_INTERVAL_SECONDS: "2",
  SHUTDOWN_TIMEOUT_MS: "2000",
  LOG_LEVEL: "Warn",
  ...options.extra
})

/** Settings for a notifier process posting to the fake Slack, no pacing, quick retries. */
export const notifierEnv = (options: {
  redisUrl: string
  prefix: string
  slack: FakeSlack
  subscriptionsFile: string
  extra?: Record<string, string>
}) => ({
  REDIS_URL: options.redisUrl,
  REDIS_PREFIX: options.prefix,
  SLACK_BOT_TOKEN: options.slack.token,
  SLACK_API_URL: options.slack.url,
  SUBSCRIPTIONS_FILE: options.subscriptionsFile,
  // Nothing from the developer's shell may switch on the slash-command server or ops posts.
  SLACK_SIGNING_SECRET: "",
  OPS_CHANNEL: "",
  CHANNEL_INTERVAL_MS: "0",
  DELIVERY_BACKOFF_MS: "100",
  SLACK_TIMEOUT_MS: "2000",
  POSTING_CLAIM_MS: "5000",
  NOTIFIER_SHUTDOWN_TIMEOUT_MS: "2000",
  LOG_LEVEL: "Warn",
  ...options.extra
})

export const startWorkerProcess = (env: Record<string, string>): RunningProcess =>
  runEntryPoint("apps/worker/src/main.ts", env)
export const startNotifierProcess = (env: Record<string, string>): RunningProcess =>
  runEntryPoint("apps/notifier/src/main.ts", env)

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * SIGKILLs the program, not just its launcher: runEntryPoint starts tsx, which runs the program in
 * a child node process, and a SIGKILL cannot be relayed — killing only tsx would leave the
 * program running as an orphan (and a "killed" worker still finishing its jobs).
 */
export const killTree = async (running: RunningProcess): Promise<void> => {
  const pids = processTree(running.child.pid!)
  for (const pid of [...pids].reverse()) {
    try {
      process.kill(pid, "SIGKILL")
    } catch {
      // already gone
    }
  }
  await running.exited
  const deadline = Date.now() + 5_000
  while (pids.some(isAlive) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20))
}

/** Stops every process (SIGTERM, then SIGKILL of the whole tree after a short grace), ignoring ones already gone. */
export const stopAll = async (processes: ReadonlyArray<RunningProcess>, graceMs = 5_000) => {
  await Promise.all(
    processes.map(async (running) => {
      const pids = running.child.pid === undefined ? [] : processTree(running.child.pid)
      await running.stop(graceMs).catch(() => null)
      const deadline = Date.now() + graceMs
      while (pids.some(isAlive) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50))
      for (const pid of pids.filter(isAlive)) process.kill(pid, "SIGKILL")
    })
  )
}

/** A delivery key (from the message metadata) names the event and channel: alert-<event>-r<n>-<channel>. */
const deliveryKeyPattern = /^(alert|reply|update)-(.+)-r(\d+)-([^-]+)$/

export interface SlackPost {
  readonly call: FakeSlackCall
  readonly kind: string
  readonly eventId: string
  readonly channel: string
  readonly deliveryKey: string
  readonly topLevel: boolean
}

const deliveryKeyOf = (call: FakeSlackCall): string | undefined => {
  const metadata = call.body["metadata"] as { event_payload?: { delivery_key?: unknown } } | undefined
  const key = metadata?.event_payload?.delivery_key
  return typeof key === "string" ? key : undefined
}

/** Every chat.postMessage Slack accepted, with the event and kind read from its delivery key. */
export const acceptedPosts = (slack: FakeSlack): ReadonlyArray<SlackPost> =>
  slack.successful("chat.postMessage").flatMap((call) => {
    const deliveryKey = deliveryKeyOf(call)
    const match = deliveryKey === undefined ? null : deliveryKeyPattern.exec(deliveryKey)
    if (deliveryKey === undefined || match === null) return []
    return [
      {
        call,
        kind: match[1]!,
        eventId: match[2]!,
        channel: match[4]!,
        deliveryKey,
        topLevel: call.body["thread_ts"] === undefined
      }
    ]
  })

/** How many top-level alerts each (event, channel) got; the guarantee is exactly one. */
export const topLevelAlertCounts = (slack: FakeSlack): Map<string, number> => {
  const counts = new Map<string, number>()
  for (const post of acceptedPosts(slack)) {
    if (!post.topLevel) continue
    const key = `${post.eventId} in ${post.channel}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/** Delivery keys Slack accepted more than once: a post made twice. */
export const duplicatedDeliveries = (slack: FakeSlack): ReadonlyArray<string> => {
  const seen = new Map<string, number>()
  for (const post of acceptedPosts(slack)) seen.set(post.deliveryKey, (seen.get(post.deliveryKey) ?? 0) + 1)
  return [...seen].filter(([, count]) => count > 1).map(([key, count]) => `${key} ×${count}`)
}

/** Stories whose link appears in no message posted to `channel` (alert or thread reply): lost items. */
export const missingStories = (
  slack: FakeSlack,
  channel: string,
  stories: ReadonlyArray<DemoStory>
): ReadonlyArray<string> => {
  const all = [...slack.successful("chat.postMessage", channel), ...slack.successful("chat.update", channel)]
    .map((call) => JSON.stringify(call.body))
    .join("\n")
  return stories.filter((story) => !all.includes(story.link)).map((story) => story.guid)
}

/** Generates `count` distinct, unmistakably India–Italy stories (one per development), dated `now`. */
export const makeStories = (
  prefix: string,
  from: number,
  count: number,
  now: Date = new Date()
): ReadonlyArray<DemoStory> => {
  const topics = [
    (n: number) => ({
      title: `India and Italy sign MoU on space cooperation, agreement number ${n}`,
      body:
        `New Delhi: India and Italy on Tuesday signed a memorandum of understanding on space cooperation ` +
        `(agreement ${n}) during talks between External Affairs Minister S. Jaishankar and Italian Foreign ` +
        `Minister Antonio Tajani in New Delhi.`
    }),
    (n: number) => ({
      title: `Indian and Italian navies begin joint exercise off Goa, drill ${n}`,
      body:
        `Goa: Warships of the Indian Navy and the Italian Navy began a joint naval exercise (drill ${n}) ` +
        `off Goa on Wednesday, practising anti-submarine warfare and air defence, India's Ministry of ` +
        `Defence said.`
    })
  ]
  return Array.from({ length: count }, (_, offset) => {
    const n = from + offset
    const story = topics[n % topics.length]!(n)
    // Each development is a week apart so the clusterer keeps them apart.
    const published = new Date(now.getTime() - n * 7 * 24 * 3_600_000)
    return {
      guid: `${prefix}-${n}`,
      title: story.title,
      body: story.body,
      published: published.toISOString(),
      link: `https://wire.example/${prefix}/${n}`
    }
  })
}
