/**
 * `pnpm subscribe --channel C… --sectors defence,space|all [--types x,y] [--min-confidence 0.6]
 * [--digest daily@08:00|weekly@mon@08:00 --tz Asia/Kolkata]` — adds a subscription and prints it
 * as JSON on stdout.
 */
import { runCommand } from "@india-italy/ops"
import { subscribeCommand } from "./commands.ts"

runCommand(subscribeCommand, { name: "subscribe" })
