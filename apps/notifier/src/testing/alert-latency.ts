import type { EventNotice } from "@india-italy/domain"
import type { Queue } from "bullmq"
import { jobIdPart } from "@india-italy/runtime"
import { alertKey } from "../delivery/delivery-job.ts"
import type { FakeSlack, FakeSlackCall } from "./fake-slack-server.ts"

export interface AlertLatency {
  /** Milliseconds from adding each notice to the queue to its first chat.postMessage reaching the fake Slack. */
  readonly samples: ReadonlyArray<number>
  readonly p50: number
  readonly p95: number
  readonly max: number
  /** Notices whose alert did not arrive within the timeout. */
  readonly missing: number
}

const percentile = (sorted: ReadonlyArray<number>, fraction: number): number => {
  if (sorted.length === 0) return Number.NaN
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))
  return sorted[index] ?? Number.NaN
}

const deliveryKeyOf = (call: FakeSlackCall): string | undefined => {
  const metadata = call.body.metadata as { event_payload?: { delivery_key?: unknown } } | undefined
  const key = metadata?.event_payload?.delivery_key
  return typeof key === "string" ? key : undefined
}

/**
 * For the benchmark: time from a notice entering the notices queue to the Slack HTTP request for
 * its alert reaching the fake server. A running notifier must consume `noticesQueue` and have
 * subscriptions that match the notices, with the fake server as SLACK_API_URL. Slack allows one
 * message per second per channel, so notices for one channel queue behind each other: spread
 * them over channels or set `spacingMs` ≥ the channel interval to measure latency, not pacing.
 */
export const measureAlertLatency = async (options: {
  readonly noticesQueue: Queue
  readonly fakeSlack: FakeSlack
  readonly notices: ReadonlyArray<EventNotice>
  readonly spacingMs?: number
  readonly timeoutMs?: number
}): Promise<AlertLatency> => {
  const added = new Map<string, number>()
  for (const notice of options.notices) {
    // An alert key starts with this, whatever the channel.
    const prefix = alertKey(notice.event.id, notice.event.revision, "").slice(0, -1) + "-"
    added.set(prefix, Date.now())
    await options.noticesQueue.add("notice", notice, {
      jobId: `latency-${jobIdPart(notice.event.id)}-r${notice.event.revision}-${Date.now()}`
    })
    if ((options.spacingMs ?? 0) > 0) await new Promise((resolve) => setTimeout(resolve, options.spacingMs))
  }
  const arrivals = new Map<string, number>()
  const deadline = Date.now() + (options.timeoutMs ?? 30_000)
  while (arrivals.size < added.size && Date.now() < deadline) {
    for (const call of options.fakeSlack.calls) {
      if (call.method !== "chat.postMessage" || call.status !== 200 || call.error !== undefined) continue
      const key = deliveryKeyOf(call)
      if (key === undefined) continue
      for (const prefix of added.keys()) {
        if (key.startsWith(prefix) && !arrivals.has(prefix)) arrivals.set(prefix, call.at)
      }
    }
    if (arrivals.size < added.size) await new Promise((resolve) => setTimeout(resolve, 5))
  }
  const samples = [...arrivals].map(([prefix, at]) => at - (added.get(prefix) ?? at))
  const sorted = [...samples].sort((a, b) => a - b)
  return {
    samples,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    max: sorted.at(-1) ?? Number.NaN,
    missing: added.size - arrivals.size
  }
}
