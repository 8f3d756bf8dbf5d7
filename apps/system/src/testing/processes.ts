import { spawn, spawnSync, type ChildProcess } from "node:child_process"
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"

const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url))

export interface RunningProcess {
  readonly child: ChildProcess
  readonly output: () => string
  readonly exited: Promise<number | null>
  /** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
  readonly stop: (graceMs?: number) => Promise<number | null>
}

const eventStorePackage = fileURLToPath(new URL("../../../../packages/event-store/", import.meta.url))
let storeTemplate: string | undefined

/**
 * An event store folder of the process's own, copied from a template made once per test file:
 * a new PGlite folder runs initdb, seconds of CPU that would slow every start and block the
 * process's event loop meanwhile.
 */
const freshStoreDir = (): string => {
  if (storeTemplate === undefined || !existsSync(join(storeTemplate, "PG_VERSION"))) {
    const template = mkdtempSync(join(tmpdir(), "iim-events-template-"))
    const script = [
      `import { PGlite } from "@electric-sql/pglite"`,
      `const db = new PGlite(${JSON.stringify(template)})`,
      "await db.waitReady",
      "await db.close()"
    ].join("\n")
    const made = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      cwd: eventStorePackage,
      encoding: "utf8",
      timeout: 120_000
    })
    if (made.status !== 0) throw new Error(`could not make an event store template: ${made.stderr}`)
    storeTemplate = template
    process.once("exit", () => rmSync(template, { recursive: true, force: true }))
  }
  const dir = mkdtempSync(join(tmpdir(), "iim-events-"))
  cpSync(storeTemplate, dir, { recursive: true })
  return dir
}

/** The test's environment without DATABASE_URL: a spawned product never writes to a developer's own database. */
const inherited = (): NodeJS.ProcessEnv => {
  const { DATABASE_URL: _ignored, ...rest } = process.env
  return rest
}

/**
 * Runs one of the project's TypeScript entry points (path from the repository root) as a real
 * process. Node itself loads tsx (`--import tsx`), rather than the tsx launcher, so the pid is the
 * program's own and a signal sent to it (SIGKILL included) reaches the program, not a wrapper.
 */
export const runEntryPoint = (
  entryPoint: string,
  env: Record<string, string>,
  args: ReadonlyArray<string> = []
): RunningProcess => {
  const ownStore = env.EVENTS_DB_DIR === undefined && env.DATABASE_URL === undefined ? freshStoreDir() : undefined
  const store = ownStore === undefined ? {} : { EVENTS_DB_DIR: ownStore }
  const child = spawn(
    process.execPath,
    ["--conditions=@india-italy/source", "--import", "tsx", `${repoRoot}${entryPoint}`, ...args],
    {
      cwd: repoRoot,
      // A store and a web port of the process's own unless the test names them: never the project's .data or :8080.
      env: { ...inherited(), LOG_LEVEL: "Warn", WEB_PORT: "0", ...store, ...env },
      stdio: ["ignore", "pipe", "pipe"]
    }
  )
  let output = ""
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)))
  if (ownStore !== undefined) void exited.then(() => rmSync(ownStore, { recursive: true, force: true }))
  const stop = async (graceMs = 10_000) => {
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode
    child.kill("SIGTERM")
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs)
    const code = await exited
    clearTimeout(timer)
    return code
  }
  return { child, output: () => output, exited, stop }
}

/**
 * Polls `check` until it returns true or `timeoutMs` passes; fails with `what` so a timeout says what
 * never happened.
 */
export const waitFor = async (
  what: string,
  check: () => boolean | Promise<boolean>,
  timeoutMs = 30_000,
  intervalMs = 50
): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for: ${what}`)
}
