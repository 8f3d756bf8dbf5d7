/** `pnpm unsubscribe ID` — removes a subscription (and whatever its digest had buffered). */
import { Console, Effect } from "effect"
import { SubscriptionStore } from "../subscriptions/subscription-store.ts"
import { orUsage, runSubscriptionCommand, scriptArguments, UsageError } from "./cli-runtime.ts"
import { parseUnsubscribeArgs, unsubscribeUsage } from "./parse-args.ts"

runSubscriptionCommand(
  "unsubscribe",
  Effect.gen(function* () {
    const { id } = yield* orUsage(parseUnsubscribeArgs(scriptArguments()), unsubscribeUsage)
    const store = yield* SubscriptionStore
    const removed = yield* store.remove(id)
    if (!removed) return yield* Effect.fail(new UsageError({ reason: `no subscription with id ${JSON.stringify(id)} (see pnpm subscriptions)` }))
    yield* Console.log(`removed ${id}`)
  })
)
