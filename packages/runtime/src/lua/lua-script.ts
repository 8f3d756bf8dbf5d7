import { createHash } from "node:crypto"
import { readFileSync } from "node:fs"
import { basename, dirname, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { Schema } from "effect"

/** A `.lua` file that cannot be read, or whose includes go round in a circle. */
export class LuaScriptError extends Schema.TaggedError<LuaScriptError>()("LuaScriptError", {
  path: Schema.String,
  reason: Schema.String
}) {
  override get message(): string {
    return `Lua script ${this.path}: ${this.reason}`
  }
}

/** A Lua script read from its file once, with its includes in place. */
export interface LuaScript {
  /** The file it was read from, for messages. */
  readonly path: string
  readonly source: string
  readonly sha1: string
  /** The name it is defined under on a connection: by content, so two scripts never share one. */
  readonly command: string
}

// `-- include: redis-now.lua` on a line of its own stands for that file's text (path relative to the including file).
const includeLine = /^--\s*include:\s*(\S+\.lua)\s*$/

const readWithIncludes = (path: string, including: ReadonlyArray<string>): string => {
  if (including.includes(path)) {
    throw new LuaScriptError({
      path,
      reason: `includes itself through ${including.map((p) => basename(p)).join(" → ")}`
    })
  }
  let text: string
  try {
    text = readFileSync(path, "utf8")
  } catch (error) {
    throw new LuaScriptError({ path, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? error})` })
  }
  return text
    .split("\n")
    .map((line) => {
      const include = includeLine.exec(line.trim())?.[1]
      return include === undefined ? line : readWithIncludes(resolve(dirname(path), include), [...including, path])
    })
    .join("\n")
}

/**
 * Reads `relativePath` (next to the module at `moduleUrl`, i.e. `import.meta.url`) once, when the
 * module loads. Call it at a module's top level: a missing file then stops the process at start,
 * naming the file, instead of failing the first job that needs the script. The build copies
 * `.lua` files beside the compiled JavaScript, so the same call works from src/ and from dist/.
 */
export const loadLuaScript = (moduleUrl: string | URL, relativePath: string): LuaScript => {
  const path = fileURLToPath(new URL(relativePath, moduleUrl))
  const source = readWithIncludes(path, [])
  const sha1 = createHash("sha1").update(source).digest("hex")
  return { path, source, sha1, command: `lua_${basename(path, ".lua").replace(/\W/g, "_")}_${sha1.slice(0, 12)}` }
}
