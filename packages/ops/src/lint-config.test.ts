import { spawnSync } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, describe, expect, it } from "vitest"

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url))
const biome = join(repoRoot, "node_modules/.bin/biome")
const dir = mkdtempSync(join(tmpdir(), "biome-"))

afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Lints one file with the repository's own configuration, as `pnpm lint` does for the tree. */
const lint = (name: string, source: string) => {
  const file = join(dir, name)
  writeFileSync(file, source)
  return spawnSync(biome, ["lint", `--config-path=${join(repoRoot, "biome.jsonc")}`, file], { encoding: "utf8" })
}

describe("the Biome configuration (pnpm lint)", () => {
  it("fails on a planted debugger statement, naming the rule", () => {
    const run = lint("planted.ts", "export const f = () => {\n  debugger\n  return 1\n}\n")
    expect(run.status).toBe(1)
    expect(run.stdout + run.stderr).toContain("lint/suspicious/noDebugger")
  })

  it("passes code written in the house style (non-null assertion after a checked index, env by key)", () => {
    const run = lint(
      "house-style.ts",
      'const xs = [1, 2]\nexport const first = xs[0]!\nexport const home = process.env["HOME"]\n'
    )
    expect(run.status, run.stdout + run.stderr).toBe(0)
  })
})
