import { Context, Layer } from "effect"

/**
 * Plain counters of one worker process, cheap enough to bump on every item. The lead exposes
 * `snapshot()` on /metrics; latencies are kept as count + sum + max per stage (ms), which is what
 * a Prometheus summary without quantiles needs.
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
}

export const recordLatency = (counters: WorkerCounters, stage: string, ms: number) => {
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
