#!/usr/bin/env node
// Copies the files a package reads at run time but tsc does not emit (Lua scripts, the worker's
// default feed list) from its source folder to its dist folder, at the same relative paths, so
// the compiled modules find them beside themselves as the source modules do:
// `node ../../scripts/copy-assets.mjs src dist` in a package's build script.
import { cpSync, readdirSync } from "node:fs"
import { join } from "node:path"

const assetExtensions = [".lua", ".yaml"]
const [from, to] = process.argv.slice(2)
if (from === undefined || to === undefined) {
  process.stderr.write("usage: node scripts/copy-assets.mjs SOURCE_DIR DIST_DIR\n")
  process.exit(2)
}

let copied = 0
const copy = (directory) => {
  for (const entry of readdirSync(join(from, directory), { withFileTypes: true })) {
    const path = join(directory, entry.name)
    if (entry.isDirectory()) copy(path)
    else if (assetExtensions.some((extension) => entry.name.endsWith(extension))) {
      cpSync(join(from, path), join(to, path))
      copied += 1
    }
  }
}
copy("")
process.stderr.write(`copied ${copied} asset file(s) from ${from} to ${to}\n`)
