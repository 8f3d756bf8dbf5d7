/**
 * `pnpm subscribe --channel C… --sectors defence,space|all [--types x,y] [--min-confidence 0.6]
 * [--digest daily@08:00|weekly@mon@08:00 --tz Asia/Kolkata]` — adds a subscription and prints it
 * as JSON on stdout.
 */
import { Console, Effect } from "effect"
import { SubscriptionStore } from "../subscriptions/subscription-store.ts"
import { orUsage, runSubscriptionCommand, scriptArguments } from "./cli-runtime.ts"
import { describeSubscription } from "./format.ts"
import { parseSubscribeArgs, subscribeUsage } from "./parse-args.ts"

runSubscriptionCommand(
  "subscribe",
  Effect.gen(function* () {
    const input = yield* orUsage(parseSubscribeArgs(scriptArguments()), subscribeUsage)
    const store = yield* SubscriptionStore
    const subscription = yield* store.add(input)
    yield* Console.log(JSON.stringify(subscription, null, 2))
    yield* Console.error(`subscribed ${subscription.channel}: ${describeSubscription(subscription)} (id ${subscription.id})`)
  })
)
