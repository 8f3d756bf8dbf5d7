import { Context, Effect, Metric } from "effect"

/**
 * The product's metrics, as Effect metrics in the process's default registry: the worker and the
 * notifier record into the same instruments, so `pnpm start` (both in one process) serves one set
 * and each app run alone serves its own. Names follow Prometheus conventions (unit suffix, _total).
 */

/** Seconds, from 1 ms to 2 minutes: a fetch, a classification and a poll-to-Slack all fit. */
const latencyBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120]

/**
 * Time per stage: fetch, parse, classify, cluster, deliver (one Slack call and its bookkeeping),
 * classify_queue_wait, poll_to_notice (worker's share) and poll_to_slack (from the poll that found
 * a report to its alert in Slack), notice_to_slack (the notifier's share).
 */
export const stageDuration = Metric.histogram("stage_duration_seconds", {
  description: "Time spent in each pipeline stage, in seconds.",
  boundaries: latencyBoundaries
})

export const feedPolls = Metric.counter("feed_polls_total", {
  description: "Feed polls by outcome.",
  incremental: true
})
export const itemsPolled = Metric.counter("items_polled_total", {
  description: "Items seen in fetched feeds.",
  incremental: true
})
export const itemsNew = Metric.counter("items_new_total", { description: "Items not seen before.", incremental: true })
export const itemsEdited = Metric.counter("items_edited_total", {
  description: "Items seen before whose content changed.",
  incremental: true
})
export const itemsClassified = Metric.counter("items_classified_total", {
  description: "Items classified, by relevance.",
  incremental: true
})
export const itemsRelevant = Metric.counter("items_relevant_total", {
  description: "Items classified as relevant to the monitored pair of countries.",
  incremental: true
})
export const clusterDecisions = Metric.counter("cluster_decisions_total", {
  description: "Cluster stage outcomes: create (a new development), join, update.",
  incremental: true
})
export const eventsCreated = Metric.counter("events_created_total", {
  description: "New developments.",
  incremental: true
})
export const noticesQueued = Metric.counter("notices_queued_total", {
  description: "Notices handed to the notifier, by kind (event, ops).",
  incremental: true
})
export const failures = Metric.counter("failures_total", {
  description: "Failures by app and reason (a feed's fetch error kind, a stage's error tag).",
  incremental: true
})
export const deliveries = Metric.counter("deliveries_total", {
  description: "Slack deliveries by kind (alert, reply, update, message) and outcome.",
  incremental: true
})
export const queueJobs = Metric.gauge("queue_jobs", { description: "Jobs in each pipeline queue by state." })
export const feedsByStatus = Metric.gauge("feeds", {
  description: "Listed feeds by health status (ok, failing, gone, new)."
})

/** The default registry: every update and every exposition in this process use the same one. */
const defaultContext = Context.empty()

type Attributes = Readonly<Record<string, string>>

/** Adds to a counter from plain code (a BullMQ processor, a hot loop) without running an Effect. */
export const count = (counter: Metric.Counter<number>, attributes: Attributes = {}, by = 1): void => {
  if (by > 0) Metric.withAttributes(counter, attributes).updateUnsafe(by, defaultContext)
}

/** Records a stage's duration, given in milliseconds. */
export const observeStage = (stage: string, milliseconds: number): void => {
  Metric.withAttributes(stageDuration, { stage }).updateUnsafe(Math.max(0, milliseconds) / 1000, defaultContext)
}

export const setGauge = (gauge: Metric.Gauge<number>, attributes: Attributes, value: number): void => {
  Metric.withAttributes(gauge, attributes).updateUnsafe(value, defaultContext)
}

/**
 * Makes each stage's histogram appear on /metrics from the start (with zero counts), so that
 * dashboards and alerts see the series before the first item or delivery.
 */
export const registerStages = (stages: ReadonlyArray<string>): void => {
  for (const stage of stages) Effect.runSync(Metric.value(Metric.withAttributes(stageDuration, { stage })))
  // Counters too, as one unlabelled series at 0: "no failures yet" reads as 0, not as a missing series.
  const counters = [feedPolls, itemsPolled, itemsNew, itemsEdited, itemsClassified, itemsRelevant, clusterDecisions]
  for (const counter of [...counters, eventsCreated, noticesQueued, failures, deliveries])
    Effect.runSync(Metric.value(counter))
}

export const workerStages = ["fetch", "parse", "classify", "cluster", "classify_queue_wait", "poll_to_notice"] as const
export const notifierStages = ["deliver", "notice_to_slack", "poll_to_slack"] as const
