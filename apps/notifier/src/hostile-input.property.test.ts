import { spawn } from "node:child_process"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { hostileInputReaders } from "./testing/hostile-input-readers.ts"

const packageRoot = fileURLToPath(new URL("..", import.meta.url))
/** A reader stuck in backtracking never returns: the child is killed past this. */
const hardTimeoutMs = 25_000

interface CheckResult {
  readonly reader: string
  readonly ok: boolean
  readonly failure?: string
  readonly worstRatio?: number
}

/** Runs testing/linear-time-check.ts for one reader in its own process, bounded by hardTimeoutMs. */
const runCheck = (reader: string): Promise<CheckResult> =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--conditions=@india-italy/source", "--import", "tsx", "src/testing/linear-time-check.ts", reader],
      {
        cwd: packageRoot,
        env: { PATH: process.env["PATH"] ?? "" },
        stdio: ["ignore", "pipe", "pipe"]
      }
    )
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => child.kill("SIGKILL"), hardTimeoutMs)
    child.on("error", reject)
    child.on("close", (code, signal) => {
      clearTimeout(timer)
      const line = stdout.trim().split("\n").at(-1) ?? ""
      try {
        resolve(JSON.parse(line) as CheckResult)
      } catch {
        resolve({
          reader,
          ok: false,
          failure: `exited ${code ?? signal} without a result${signal === "SIGKILL" ? ` (killed after ${hardTimeoutMs} ms: not linear)` : ""}; stderr: ${stderr.slice(0, 1_000)}`
        })
      }
    })
  })

describe("hostile input: every reader of outside text returns on any input, in time linear in its length", () => {
  it.each(Object.keys(hostileInputReaders))(
    "%s",
    async (reader) => {
      const result = await runCheck(reader)
      expect(result.failure).toBeUndefined()
      expect(result.ok).toBe(true)
    },
    hardTimeoutMs + 5_000
  )
})
