import { spawn, spawnSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { beforeAll, describe, expect, it } from "vitest"

const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url))
const commands = [
  "start",
  "demo",
  "bench",
  "poll-once",
  "feeds",
  "classify",
  "eval",
  "subscribe",
  "subscriptions",
  "unsubscribe",
  "feedback",
  "web"
]

const pnpmOptions = { cwd: repoRoot, env: { ...process.env, LOG_LEVEL: "Warn" } }

/** Runs a root script the way an operator types it: `pnpm -s NAME ARGS`, from the repository root. */
const pnpm = (...args: Array<string>) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn("pnpm", ["-s", ...args], { ...pnpmOptions, timeout: 240_000 })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (chunk) => (stdout += chunk))
    child.stderr.on("data", (chunk) => (stderr += chunk))
    child.once("error", reject)
    child.once("close", (status) => resolve({ status, stdout, stderr }))
  })

// Each command is a process of its own, mostly Node starting up: they run a few at a time.
describe.concurrent("every root command follows the operator conventions through pnpm", () => {
  beforeAll(() => {
    // The first run compiles what is stale (pnpm build); the commands below then start from dist/.
    const build = spawnSync("pnpm", ["-s", "build", "--output-logs=errors-only"], { ...pnpmOptions, encoding: "utf8" })
    expect(build.status, build.stderr).toBe(0)
  }, 300_000)

  it.each(commands)("pnpm -s %s --help prints usage, flags and an example on stdout and exits 0", async (command) => {
    const run = await pnpm(command, "--help")
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(new RegExp(`USAGE\\s+${command}`))
    expect(run.stdout).toContain("FLAGS")
    expect(run.stdout).toMatch(/EXAMPLES\s+#/)
  })

  it.each(commands)("pnpm -s %s --bogus exits 2 with a line naming --bogus, and nothing on stdout", async (command) => {
    const run = await pnpm(command, "--bogus")
    expect(run.status).toBe(2)
    expect(run.stdout).toBe("")
    expect(run.stderr).toContain(`${command}: Unrecognized flag: --bogus`)
  })

  it("pnpm -s unsubscribe with no id says what it expects and exits 2", async () => {
    const run = await pnpm("unsubscribe")
    expect(run.status).toBe(2)
    expect(run.stderr).toContain("the id of the subscription to remove is required (e.g. pnpm unsubscribe sub-")
  })

  it("pnpm -s bench --items 0 names the option and the expected form, exit 2", async () => {
    const run = await pnpm("bench", "--items", "0")
    expect(run.status).toBe(2)
    expect(run.stderr).toContain("--items must be a positive whole number, got 0")
  })
})
