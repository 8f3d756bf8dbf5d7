/** `pnpm unsubscribe ID` — removes a subscription (and whatever its digest had buffered). */
import { runCommand } from "@india-italy/ops"
import { unsubscribeCommand } from "./commands.ts"

runCommand(unsubscribeCommand, { name: "unsubscribe" })
