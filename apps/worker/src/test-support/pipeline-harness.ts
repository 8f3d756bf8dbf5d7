import { randomUUID } from "node:crypto"
import { ConfigProvider, Layer, ManagedRuntime, type Effect } from "effect"
import { LoggingLive } from "@india-italy/runtime"
import { deleteKeysUnder, redisUrl } from "@india-italy/runtime/testing"
import type { WorkerSettings } from "../config.ts"
import type { FetchPolicy } from "../fetch/fetch-policy.ts"
import { ClassifyConsumerLive, ConsumersLive, makePipelineLayer } from "../worker-layer.ts"

export { redisUrl }

export const uniquePrefix = (area: string) => `test-worker-${area}-${randomUUID().slice(0, 8)}`

/** The env every test process sees: its own prefix, loopback feeds allowed, quiet logs. */
export const testEnv = (prefix: string, extra: Record<string, string> = {}): Record<string, string> => ({
  REDIS_URL: redisUrl,
  REDIS_PREFIX: prefix,
  FEEDS_ALLOW_PRIVATE: "true",
  LOG_LEVEL: "Error",
  ...extra
})

export const testFetchPolicy: Partial<FetchPolicy> = {
  allowPrivate: true,
  connectTimeoutMs: 1_000,
  totalTimeoutMs: 1_500
}

/**
 * One worker "process" in a test: the pipeline services (and optionally the classify consumer)
 * over real Redis under `prefix`. Two harnesses on one prefix are two workers sharing the work.
 */
export const startPipeline = (options: {
  readonly prefix: string
  readonly settings?: Partial<WorkerSettings>
  /** Which queue consumers run: the classify one (default), both, or none. */
  readonly consumers?: boolean | "all"
  readonly env?: Record<string, string>
}) => {
  const provider = ConfigProvider.layer(ConfigProvider.fromEnvRecord(testEnv(options.prefix, options.env)))
  const pipeline = makePipelineLayer({ shutdownTimeoutMs: 2_000, ...options.settings }, testFetchPolicy)
  const consumers =
    options.consumers === "all" ? ConsumersLive : options.consumers === false ? undefined : ClassifyConsumerLive
  const layer = (consumers === undefined ? pipeline : consumers.pipe(Layer.provideMerge(pipeline))).pipe(
    Layer.provideMerge(LoggingLive),
    Layer.provide(provider)
  )
  const runtime = ManagedRuntime.make(layer)
  return {
    run: <A, E>(effect: Effect.Effect<A, E, Layer.Success<typeof layer>>) => runtime.runPromise(effect),
    dispose: () => runtime.dispose()
  }
}

/** Deletes every key under the prefix (queues included): tests leave Redis as they found it. */
export const deletePrefix = (prefix: string): Promise<number> => deleteKeysUnder(prefix)

/** Polls a condition instead of sleeping a fixed time. */
export const eventually = async <A>(check: () => Promise<A | undefined>, timeoutMs = 10_000): Promise<A> => {
  const deadline = Date.now() + timeoutMs
  let pause = 10
  while (true) {
    const value = await check()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, pause))
    pause = Math.min(100, pause * 2)
  }
}
