import type { WorkerCounters } from "@india-italy/worker"
import type { MetricSample } from "./health-server.ts"

const counter = (name: string, help: string, value: number, labels?: Record<string, string>): MetricSample => ({
  name,
  help,
  type: "counter",
  value,
  ...(labels === undefined ? {} : { labels })
})

/** The worker's in-process counters as Prometheus samples (names follow Prometheus conventions). */
export const workerSamples = (counters: WorkerCounters): ReadonlyArray<MetricSample> => [
  counter("feed_polls_total", "Feed polls by outcome.", counters.pollsOk, { outcome: "ok" }),
  counter("feed_polls_total", "Feed polls by outcome.", counters.pollsNotModified, { outcome: "not_modified" }),
  counter("feed_polls_total", "Feed polls by outcome.", counters.pollsFailed, { outcome: "error" }),
  counter("feed_polls_total", "Feed polls by outcome.", counters.pollsSkipped, { outcome: "skipped" }),
  counter("items_polled_total", "Items seen in fetched feeds.", counters.itemsPolled),
  counter("items_new_total", "Items not seen before.", counters.itemsNew),
  counter("items_edited_total", "Items seen before whose content changed.", counters.itemsEdited),
  counter("items_classified_total", "Items classified.", counters.itemsClassified),
  counter("items_relevant_total", "Items classified as India–Italy relevant.", counters.itemsRelevant),
  counter("events_created_total", "New developments (clusters).", counters.eventsCreated),
  counter("event_sources_added_total", "Reports that joined an existing development.", counters.sourcesAdded),
  counter("notices_queued_total", "Event notices handed to the notifier.", counters.noticesQueued),
  counter("ops_notices_queued_total", "Feed-failure notices handed to the notifier.", counters.opsNoticesQueued),
  ...Object.entries(counters.failuresByReason).map(([reason, value]) =>
    counter("worker_failures_total", "Worker failures by reason.", value, { reason })
  ),
  ...Object.entries(counters.stageLatency).flatMap(([stage, latency]): ReadonlyArray<MetricSample> => [
    { name: "stage_latency_ms_sum", help: "Total time spent in each stage (ms).", type: "counter", labels: { stage }, value: latency.totalMs },
    { name: "stage_latency_ms_count", help: "Runs of each stage.", type: "counter", labels: { stage }, value: latency.count },
    { name: "stage_latency_ms_max", help: "Slowest run of each stage since start (ms).", type: "gauge", labels: { stage }, value: latency.maxMs }
  ])
]
