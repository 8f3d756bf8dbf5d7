#!/usr/bin/env node
// Runs a command of the product from its compiled JavaScript: `node scripts/launch.mjs apps/worker cli/poll-once
// --feeds feeds.yaml` runs apps/worker/dist/cli/poll-once.js with `--feeds feeds.yaml`. When a package's
// dist/ is missing or older than its src/ (a fresh clone, a pull), it runs `pnpm build` first, with the
// build's output on stderr so stdout stays the command's. The command runs in this same process, so its
// exit code and its signal handling are its own (pnpm passes the code of a root script through unchanged;
// `pnpm --filter … run` would turn every failure into 1).
import { spawnSync } from "node:child_process"
import { existsSync, readdirSync, statSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..")
const [packageDir, entry, ...args] = process.argv.slice(2)
if (packageDir === undefined || entry === undefined) {
  process.stderr.write("usage: node scripts/launch.mjs PACKAGE_DIR ENTRY [ARGS…] (e.g. apps/worker cli/poll-once)\n")
  process.exit(2)
}

/** The newest modification time of the files under `directory` (0 when it does not exist). */
const newestMtime = (directory) => {
  if (!existsSync(directory)) return 0
  let newest = 0
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name)
    const mtime = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs
    if (mtime > newest) newest = mtime
  }
  return newest
}

/** Every workspace package with a src/ to compile: apps/* and packages/*. */
const buildablePackages = () =>
  ["apps", "packages"].flatMap((group) =>
    readdirSync(join(root, group), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(root, group, entry.name, "tsconfig.build.json")))
      .map((entry) => join(root, group, entry.name))
  )

const isStale = (directory) => {
  const dist = join(directory, "dist")
  if (!existsSync(dist)) return true
  const sources = Math.max(newestMtime(join(directory, "src")), statSync(join(directory, "package.json")).mtimeMs)
  return sources > newestMtime(dist)
}

const stale = buildablePackages().filter(isStale)
if (stale.length > 0) {
  const names = stale.map((directory) => directory.slice(root.length + 1)).join(", ")
  process.stderr.write(`compiling first (dist/ missing or older than src/ in ${names}): pnpm build\n`)
  const build = spawnSync("pnpm", ["-s", "build", "--output-logs=errors-only"], {
    cwd: root,
    stdio: ["ignore", process.stderr, process.stderr],
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" }
  })
  if (build.status !== 0) {
    process.stderr.write(
      `pnpm build failed (exit ${build.status ?? build.signal}): fix the errors above, then run the command again\n`
    )
    process.exit(1)
  }
}

const script = join(root, packageDir, "dist", `${entry}.js`)
if (!existsSync(script)) {
  process.stderr.write(`no compiled entry point ${script}: is "${entry}" a file under ${packageDir}/src?\n`)
  process.exit(2)
}
// The command reads its arguments from process.argv, as when started with `node dist/….js ARGS`.
process.argv = [process.argv[0], script, ...args]
await import(pathToFileURL(script).href)
