/**
 * `pnpm -s classify < items.jsonl`: one JSON line in → one classification line out, streamed,
 * so it works on a pipe of any length. stdout carries only classifications; anything wrong with
 * a line goes to stderr as a JSON error naming the id (or line number), and the rest still run.
 */
import { once } from "node:events"
import { createInterface } from "node:readline"
import { runCommand } from "@india-italy/ops"
import { Effect } from "effect"
import { Command } from "effect/cli"
import { classifyLine } from "./classify-line.ts"

// A closed reader downstream (`| head`) is a normal way to stop, not a failure.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0)
  throw error
})

const stdinUnreadable = (error: unknown): void => {
  process.stderr.write(
    `${JSON.stringify({ error: "stdin_unreadable", reason: error instanceof Error ? error.message : String(error) })}\n`
  )
  process.exitCode = 1
}

// readline does not pass on errors from its input, so a failing read is caught on stdin itself.
process.stdin.on("error", (error) => {
  stdinUnreadable(error)
  process.stdin.destroy()
})

const main = async (): Promise<void> => {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity })
  let lineNumber = 0
  for await (const line of lines) {
    lineNumber++
    const result = classifyLine(line, lineNumber)
    if (result === undefined) continue
    if ("failure" in result) {
      process.stderr.write(`${JSON.stringify(result.failure)}\n`)
      continue
    }
    if (!process.stdout.write(`${result.output}\n`)) await once(process.stdout, "drain")
  }
}

const classifyCommand = Command.make("classify", {}, () => Effect.promise(() => main().catch(stdinUnreadable))).pipe(
  Command.withDescription(
    "Reads JSON lines {id, title, text, url?, published?, source?, language?} on stdin and writes one " +
      "classification per line on stdout: {id, relevant, eventType, eventTypes, sectors, actors, …}. " +
      "A malformed line gives an error line on stderr and the rest still run. " +
      "Reads the first 1,000 title and 20,000 text characters of an item."
  ),
  Command.withExamples([
    { command: "pnpm -s classify < items.jsonl > classified.jsonl", description: "classify a file of items" }
  ])
)

runCommand(classifyCommand, { name: "classify" })
