/** `pnpm subscriptions [--json]` — lists every subscription as a table, or as a JSON array. */
import { Console, Effect } from "effect"
import { SubscriptionStore } from "../subscriptions/subscription-store.ts"
import { orUsage, runSubscriptionCommand, scriptArguments } from "./cli-runtime.ts"
import { renderSubscriptionsTable } from "./format.ts"
import { parseSubscriptionsArgs, subscriptionsUsage } from "./parse-args.ts"

runSubscriptionCommand(
  "subscriptions",
  Effect.gen(function* () {
    const { json } = yield* orUsage(parseSubscriptionsArgs(scriptArguments()), subscriptionsUsage)
    const store = yield* SubscriptionStore
    const subscriptions = yield* store.list()
    yield* Console.log(json ? JSON.stringify(subscriptions, null, 2) : renderSubscriptionsTable(subscriptions))
  })
)
