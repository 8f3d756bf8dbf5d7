import { spawn, type ChildProcess } from "node:child_process"
import { join } from "node:path"

export const packageDir = new URL("../../", import.meta.url).pathname

const tsxArgs = (script: string, args: ReadonlyArray<string>) => [
  join(packageDir, "node_modules/tsx/dist/cli.mjs"),
  "--conditions=@india-italy/source",
  join(packageDir, script),
  ...args
]

/** Starts a worker entry point as a real process, the way the package scripts do. */
export const spawnScript = (script: string, args: ReadonlyArray<string>, env: Record<string, string>): ChildProcess =>
  spawn(process.execPath, tsxArgs(script, args), {
    cwd: packageDir,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"]
  })

/** Runs a worker CLI to completion and collects its output. */
export const runCli = (script: string, args: ReadonlyArray<string>, env: Record<string, string>) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawnScript(script, args, env)
    let stdout = ""
    let stderr = ""
    child.stdout?.on("data", (chunk) => (stdout += chunk))
    child.stderr?.on("data", (chunk) => (stderr += chunk))
    const timer = setTimeout(() => child.kill("SIGKILL"), 45_000)
    child.on("error", reject)
    child.on("close", (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
