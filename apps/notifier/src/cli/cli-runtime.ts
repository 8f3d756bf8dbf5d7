import { UsageError } from "@india-italy/ops"
import { Effect, Layer, Logger } from "effect"
import { Redis } from "@india-italy/runtime"
import { type InvalidSubscription, SubscriptionStore } from "../subscriptions/subscription-store.ts"

// Logs (e.g. a stored entry that no longer validates) go to stderr: stdout is for the result, often JSON.
const StderrLogging = Logger.layer([Logger.withConsoleError(Logger.formatLogFmt)])

/**
 * A subscription command's handler, against the store in REDIS_URL/REDIS_PREFIX. An invalid
 * subscription is the person's mistake (exit 2, every problem listed); an unreachable Redis is
 * not (exit 1, and the message says where it looked).
 */
export const withSubscriptionStore = <A>(
  program: Effect.Effect<A, UsageError | InvalidSubscription, SubscriptionStore>
) =>
  program.pipe(
    Effect.catchTag("InvalidSubscription", (error) =>
      Effect.fail(
        new UsageError({
          reason: ["invalid subscription", ...error.problems.map((problem) => `  - ${problem}`)].join("\n")
        })
      )
    ),
    Effect.provide(SubscriptionStore.layer.pipe(Layer.provideMerge(Redis.layer))),
    Effect.catchDefect((defect) =>
      Effect.fail(
        new Error(
          `failed: ${defect instanceof Error ? defect.message : String(defect)} (is Redis running at REDIS_URL?)`
        )
      )
    ),
    Effect.provide(StderrLogging)
  )
