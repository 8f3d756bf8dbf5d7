import { spawn, type ChildProcess } from "node:child_process"
import { fileURLToPath } from "node:url"

const packageRoot = fileURLToPath(new URL("../..", import.meta.url))

export interface NotifierProcess {
  readonly child: ChildProcess
  /** Everything written to stdout and stderr so far. */
  readonly output: () => string
  /** What it wrote to stdout alone (console-sink messages), and to stderr alone (logs). */
  readonly stdout: () => string
  readonly stderr: () => string
  readonly exited: Promise<{ readonly code: number | null; readonly signal: NodeJS.Signals | null }>
  /** Resolves when the output contains `text`; rejects after `timeoutMs` with the output so far. */
  readonly waitForOutput: (text: string, timeoutMs?: number) => Promise<void>
  /** SIGKILL if still running (for cleanup). */
  readonly kill: () => void
}

/**
 * The notifier as its own operating-system process (src/main.ts under tsx), for tests that kill
 * a process or read what it prints. Only `env` and PATH are passed on, so nothing from the
 * developer's shell (a real Slack token) leaks in.
 */
export const spawnNotifierProcess = (env: Record<string, string>): NotifierProcess => {
  const chunks: Array<string> = []
  const stdoutChunks: Array<string> = []
  const stderrChunks: Array<string> = []
  const child = spawn(process.execPath, ["--conditions=@india-italy/source", "--import", "tsx", "src/main.ts"], {
    cwd: packageRoot,
    env: { PATH: process.env["PATH"] ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"]
  })
  child.stdout?.on("data", (chunk: Buffer) => {
    chunks.push(chunk.toString())
    stdoutChunks.push(chunk.toString())
  })
  child.stderr?.on("data", (chunk: Buffer) => {
    chunks.push(chunk.toString())
    stderrChunks.push(chunk.toString())
  })
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal }))
  )
  const output = () => chunks.join("")
  return {
    child,
    output,
    stdout: () => stdoutChunks.join(""),
    stderr: () => stderrChunks.join(""),
    exited,
    waitForOutput: async (text, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs
      while (!output().includes(text)) {
        if (Date.now() > deadline)
          throw new Error(`notifier process never printed ${JSON.stringify(text)}; output:\n${output()}`)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    },
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL")
    }
  }
}
