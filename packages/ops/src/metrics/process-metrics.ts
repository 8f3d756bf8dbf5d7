import { collectDefaultMetrics, register } from "prom-client"

let collecting = false

/**
 * Effect has no process metrics: prom-client's default collectors add resident memory, heap
 * (nodejs_heap_*), event-loop lag (nodejs_eventloop_lag_*), CPU seconds, handles and GC. Started
 * once per process, however many servers ask.
 */
export const collectProcessMetrics = (): void => {
  if (collecting) return
  collecting = true
  collectDefaultMetrics({ eventLoopMonitoringPrecision: 20 })
}

export const processMetricsText = (): Promise<string> => register.metrics()
