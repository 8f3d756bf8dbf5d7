import { spawn } from "node:child_process"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

const fixture = fileURLToPath(new URL("../test-support/shutdown-fixture.ts", import.meta.url))
const packageDir = fileURLToPath(new URL("../..", import.meta.url))

interface Ended {
  readonly code: number | null
  readonly stderr: string
  readonly afterSignalMs: number
}

/** Starts the fixture, sends SIGTERM once it is ready, and reports how and when it ended. */
const terminate = (env: Record<string, string>): Promise<Ended> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", fixture], {
      cwd: packageDir,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"]
    })
    let stderr = ""
    let signalledAt = 0
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.on("data", (chunk: Buffer) => {
      if (signalledAt === 0 && chunk.toString().includes("ready")) {
        signalledAt = Date.now()
        child.kill("SIGTERM")
      }
    })
    const guard = setTimeout(() => {
      child.kill("SIGKILL")
      reject(new Error(`fixture still running; stderr: ${stderr}`))
    }, 25_000)
    child.on("exit", (code) => {
      clearTimeout(guard)
      resolve({ code, stderr, afterSignalMs: Date.now() - signalledAt })
    })
  })

describe("shutdownDeadline", () => {
  it("lets a clean close end the process on SIGTERM, without a word", async () => {
    const ended = await terminate({ HANG_ON_CLOSE: "0", FIXTURE_SHUTDOWN_TIMEOUT_MS: "0" })
    expect(ended.code).toBe(0)
    expect(ended.stderr).not.toContain("exiting anyway")
  })

  it("ends a process whose close hangs after SIGTERM, with code 1 and one line naming the app and the bound", async () => {
    const ended = await terminate({ HANG_ON_CLOSE: "1", FIXTURE_SHUTDOWN_TIMEOUT_MS: "1000" })
    expect(ended.code).toBe(1)
    expect(ended.stderr).toContain("fixture: shutdown after SIGTERM took longer than 6000 ms; exiting anyway")
    // The bound is the app's shutdown timeout plus the 5 s close margin.
    expect(ended.afterSignalMs).toBeGreaterThanOrEqual(6_000)
    expect(ended.afterSignalMs).toBeLessThan(12_000)
  })
})
