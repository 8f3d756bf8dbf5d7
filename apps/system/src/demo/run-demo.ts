import { queueNames } from "@india-italy/domain"
import { makeNotifierLayer, Redis as NotifierRedis, SlackSender, SubscriptionStore } from "@india-italy/notifier"
import { EventStore, storeSettings, describeStore } from "@india-italy/event-store"
import { ClassifyConsumerLive, makePipelineLayer, Poller, Redis } from "@india-italy/worker"
import { Queue } from "bullmq"
import { Console, Effect, Layer } from "effect"
import { EventWriterLive } from "../event-history.ts"
import { waitUntilQueuesIdle } from "../queue-idle.ts"
import { deleteKeys } from "../redis-keys.ts"
import { serveDemoFeeds } from "./demo-feed-server.ts"
import { demoFeeds, demoSubscriptions, describeDemoSubscription } from "./demo-stories.ts"

/** Waits until every pipeline queue of the demo has drained. */
const waitUntilDrained = Effect.gen(function* () {
  const { client, prefix } = yield* Redis
  const queues = Object.values(queueNames).map((name) => new Queue(name, { connection: client, prefix }))
  yield* waitUntilQueuesIdle(queues, {
    what: "the demo's queues",
    budgetMs: 60_000,
    quietChecks: 3,
    pauseMs: { busy: 100, quiet: 300 }
  })
  yield* Effect.promise(() => Promise.all(queues.map((queue) => queue.close())))
})

/** Removes everything the demo wrote under its private key prefix. */
const removeDemoKeys = Effect.gen(function* () {
  const { url, prefix } = yield* Redis.config
  yield* Effect.promise(() => deleteKeys(url, `${prefix}:`))
})

const runDemo = Effect.scoped(
  Effect.gen(function* () {
    const { urlOf } = yield* serveDemoFeeds(demoFeeds)
    const store = yield* SubscriptionStore
    for (const subscription of demoSubscriptions) {
      yield* store.add({
        channel: subscription.channel,
        sectors: [...subscription.sectors],
        ...(subscription.actors === undefined ? {} : { actors: [...subscription.actors] })
      })
    }
    const subscriptionList = demoSubscriptions.map((s) => `${s.channel} → ${describeDemoSubscription(s)}`).join("; ")
    yield* Console.error(`demo: serving ${demoFeeds.length} feeds; subscriptions: ${subscriptionList}\n`)
    const poller = yield* Poller
    for (const feed of demoFeeds) {
      const outcome = yield* poller.pollFeed({ url: urlOf(feed), name: feed.name }, { force: true })
      yield* Console.error(
        `demo: polled ${feed.name}: ${outcome.status}, ${outcome.items} items, ${outcome.newItems} new`
      )
    }
    yield* waitUntilDrained
    const { events } = yield* (yield* EventStore).counts()
    const eventStore = describeStore(yield* storeSettings)
    yield* Console.error(
      `\ndemo: queues drained; the event store (${eventStore}) holds ${events} events: \`pnpm web\` shows them`
    )
    yield* Console.error("demo: done")
  })
)

/**
 * The demo's own world: a private key prefix (so it never touches a running product's data),
 * loopback feeds allowed, no alert-age limit (the stories are from the archive), alerts to the
 * console whatever SLACK_BOT_TOKEN says. Its events stay in the event store (EVENTS_DB_DIR or
 * DATABASE_URL), so `pnpm web` shows them afterwards.
 */
export const makeDemoLayer = () => {
  const worker = ClassifyConsumerLive.pipe(
    Layer.provideMerge(makePipelineLayer({ alertMaxAgeHours: 0 }, { allowPrivate: true }))
  )
  const notifier = makeNotifierLayer({
    sender: SlackSender.console(),
    digests: false,
    slashCommands: false
  }).pipe(Layer.provide(NotifierRedis.layer))
  return { worker, notifier, history: EventWriterLive }
}

export { removeDemoKeys, runDemo, waitUntilDrained }
