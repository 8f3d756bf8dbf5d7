import { execFileSync } from "node:child_process"
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

const packageDir = fileURLToPath(new URL("..", import.meta.url))
const work = mkdtempSync(join(tmpdir(), "domain-pack-"))
let tarball = ""
let files: ReadonlyArray<string> = []

afterAll(() => rmSync(work, { recursive: true, force: true }))

/** The README's example, exactly as written (the first ```js block). */
const readmeExample = (): string => {
  const example = /```js\n([\s\S]*?)```/.exec(readFileSync(join(packageDir, "README.md"), "utf8"))?.[1]
  if (example === undefined) throw new Error("README.md has no ```js example")
  return example
}

describe("pnpm --filter @india-italy/domain pack", () => {
  beforeAll(() => {
    // prepack builds first, so the tarball never carries a stale or missing dist/.
    execFileSync("pnpm", ["pack", "--pack-destination", work], { cwd: packageDir, stdio: "pipe" })
    tarball = join(work, readdirSync(work).find((name) => name.endsWith(".tgz")) ?? "missing.tgz")
    files = execFileSync("tar", ["tzf", tarball], { encoding: "utf8" }).trim().split("\n")
  }, 180_000)

  it("holds compiled ESM with types, the JSON Schemas, README and LICENSE, and no tests, sources or eval data", () => {
    expect(files).toEqual(
      expect.arrayContaining([
        "package/dist/index.js",
        "package/dist/index.d.ts",
        "package/README.md",
        "package/LICENSE"
      ])
    )
    expect(files).toContain("package/dist/json-schema/bilateral-event.schema.json")
    expect(
      files.filter((file) => /\.test\.|\.properties\.|\/eval\/|\/src\/|\/scripts\/|\/testing\//.test(file))
    ).toEqual([])
  })

  it("declares effect as a peer dependency, not a dependency, and exports only what it ships", () => {
    const manifest = JSON.parse(execFileSync("tar", ["xzOf", tarball, "package/package.json"], { encoding: "utf8" }))
    expect(manifest.peerDependencies).toEqual({ effect: expect.stringMatching(/^\^4\./) })
    expect(manifest.dependencies?.effect).toBeUndefined()
    expect(manifest.license).toBe("MIT")
    expect(JSON.stringify(manifest.exports)).not.toContain("src/")
  })

  it("installs with npm into an empty folder, where the README example runs as written", () => {
    const app = join(work, "app")
    mkdirSync(app)
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "example-app", private: true, type: "module" }))
    // npm installs the peer (effect) from the registry by itself.
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", tarball], {
      cwd: app,
      stdio: "pipe",
      timeout: 180_000
    })
    writeFileSync(join(app, "example.mjs"), readmeExample())
    const output = execFileSync(process.execPath, ["example.mjs"], { cwd: app, encoding: "utf8" })
    expect(output).toMatch(/^C0DEFENCE1: agreement_signed defence,/)
  }, 240_000)
})
