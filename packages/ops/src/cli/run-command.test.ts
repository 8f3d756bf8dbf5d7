import { spawnSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

const packageRoot = fileURLToPath(new URL("../..", import.meta.url))
const tsx = fileURLToPath(new URL("../../../../node_modules/.bin/tsx", import.meta.url))

const greet = (...args: Array<string>) =>
  spawnSync(tsx, ["--conditions=@india-italy/source", "src/testing/fixture-command.ts", ...args], {
    cwd: packageRoot,
    encoding: "utf8",
    timeout: 60_000
  })

describe("runCommand", () => {
  it("runs the handler with the parsed flags and exits 0", () => {
    const run = greet("--name", "Asha", "--times", "2")
    expect(run.stdout).toBe("hello Asha\nhello Asha\n")
    expect(run.status).toBe(0)
  })

  it("--help prints description, usage, flags with their defaults and the example on stdout, exit 0", () => {
    const run = greet("--help")
    expect(run.status).toBe(0)
    expect(run.stdout).toContain("Greets someone.")
    expect(run.stdout).toMatch(/USAGE\s+greet \[flags\]/)
    expect(run.stdout).toMatch(/--times integer\s+How many greetings \(default: 1\)\./)
    expect(run.stdout).toContain("pnpm greet --name Asha --times 2")
  })

  it.each([
    [["--bogus"], "Unrecognized flag: --bogus"],
    [["--times", "many"], `--times: "many"`],
    [["--fail", "maybe"], "--fail"]
  ])("%j: one line on stderr naming it, nothing on stdout, exit 2", (args, named) => {
    const run = greet(...args)
    expect(run.status).toBe(2)
    expect(run.stdout).toBe("")
    const lines = run.stderr.trim().split("\n")
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^greet: /)
    expect(lines[0]).toContain(named)
  })

  it("a UsageError from the handler exits 2, any other failure 1, each as one line naming the command", () => {
    const usage = greet("--fail", "usage")
    expect(usage.status).toBe(2)
    expect(usage.stderr).toBe("greet: no such greeting\n")
    const runtime = greet("--fail", "runtime")
    expect(runtime.status).toBe(1)
    expect(runtime.stderr).toBe("greet: the greeting service is down\n")
  })

  it("drops the -- that pnpm may pass before the arguments", () => {
    expect(greet("--", "--name", "Ravi").stdout).toBe("hello Ravi\n")
  })
})
