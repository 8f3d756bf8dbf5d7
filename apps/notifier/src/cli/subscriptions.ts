/** `pnpm subscriptions [--json]` — lists every subscription as a table, or as a JSON array. */
import { runCommand } from "@india-italy/ops"
import { subscriptionsCommand } from "./commands.ts"

runCommand(subscriptionsCommand, { name: "subscriptions" })
