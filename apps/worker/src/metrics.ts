import { Instruments } from "@india-italy/ops"
import { Context, Layer } from "effect"

/**
 * Plain counters of one pipeline, cheap enough to bump on every item, read by tests and the bench
 * through `snapshot()`. Every update also goes to the process's Effect metrics (packages/ops
 * Instruments), which /metrics exposes: counters by outcome and reason, latency histograms.
 */
export interface StageLatency {
  count: number
  totalMs: number
  maxMs: number
}

export interface WorkerCounters {
  pollsStarted: number
  pollsOk: number
  pollsNotModified: number
  pollsFailed: number
  pollsSkipped: number
  itemsPolled: number
  itemsNew: number
  itemsEdited: number
  itemsClassified: number
  itemsRelevant: number
  itemsNotRelevant: number
  eventsCreated: number
  sourcesAdded: number
  eventsUpdated: number
  noticesQueued: number
  opsNoticesQueued: number
  failuresByReason: Record<string, number>
  stageLatency: Record<string, StageLatency>
}

export const makeCounters = (): WorkerCounters => ({
  pollsStarted: 0,
  pollsOk: 0,
  pollsNotModified: 0,
  pollsFailed: 0,
  pollsSkipped: 0,
  itemsPolled: 0,
  itemsNew: 0,
  itemsEdited: 0,
  itemsClassified: 0,
  itemsRelevant: 0,
  itemsNotRelevant: 0,
  eventsCreated: 0,
  sourcesAdded: 0,
  eventsUpdated: 0,
  noticesQueued: 0,
  opsNoticesQueued: 0,
  failuresByReason: {},
  stageLatency: {}
})

export const recordFailure = (counters: WorkerCounters, reason: string) => {
  counters.failuresByReason[reason] = (counters.failuresByReason[reason] ?? 0) + 1
  Instruments.count(Instruments.failures, { app: "worker", reason })
}

type CountKey = { [K in keyof WorkerCounters]: WorkerCounters[K] extends number ? K : never }[keyof WorkerCounters]

/** Where each count goes among the exported metrics (pollsStarted and itemsNotRelevant are derived). */
const exported: Partial<Record<CountKey, (by: number) => void>> = {
  pollsOk: (by) => Instruments.count(Instruments.feedPolls, { outcome: "ok" }, by),
  pollsNotModified: (by) => Instruments.count(Instruments.feedPolls, { outcome: "not_modified" }, by),
  pollsFailed: (by) => Instruments.count(Instruments.feedPolls, { outcome: "error" }, by),
  pollsSkipped: (by) => Instruments.count(Instruments.feedPolls, { outcome: "skipped" }, by),
  itemsPolled: (by) => Instruments.count(Instruments.itemsPolled, {}, by),
  itemsNew: (by) => Instruments.count(Instruments.itemsNew, {}, by),
  itemsEdited: (by) => Instruments.count(Instruments.itemsEdited, {}, by),
  itemsClassified: (by) => Instruments.count(Instruments.itemsClassified, {}, by),
  itemsRelevant: (by) => Instruments.count(Instruments.itemsRelevant, {}, by),
  eventsCreated: (by) => {
    Instruments.count(Instruments.eventsCreated, {}, by)
    Instruments.count(Instruments.clusterDecisions, { decision: "create" }, by)
  },
  sourcesAdded: (by) => Instruments.count(Instruments.clusterDecisions, { decision: "join" }, by),
  eventsUpdated: (by) => Instruments.count(Instruments.clusterDecisions, { decision: "update" }, by),
  noticesQueued: (by) => Instruments.count(Instruments.noticesQueued, { kind: "event" }, by),
  opsNoticesQueued: (by) => Instruments.count(Instruments.noticesQueued, { kind: "ops" }, by)
}

/** Adds `by` to one of the pipeline's counts, and to the metric it is exported as. */
export const record = (counters: WorkerCounters, key: CountKey, by = 1) => {
  counters[key] += by
  exported[key]?.(by)
}

export const recordLatency = (counters: WorkerCounters, stage: string, ms: number) => {
  Instruments.observeStage(stage, ms)
  const latency = (counters.stageLatency[stage] ??= { count: 0, totalMs: 0, maxMs: 0 })
  latency.count++
  latency.totalMs += ms
  latency.maxMs = Math.max(latency.maxMs, ms)
}

export class Metrics extends Context.Service<
  Metrics,
  { readonly counters: WorkerCounters; readonly snapshot: () => WorkerCounters }
>()("worker/Metrics") {
  static readonly layer = Layer.sync(Metrics, () => {
    const counters = makeCounters()
    return Metrics.of({ counters, snapshot: () => structuredClone(counters) })
  })
}
