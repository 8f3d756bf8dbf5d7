import { execFileSync } from "node:child_process"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"

const packageDirectory = join(dirname(fileURLToPath(import.meta.url)), "..")

describe("bench (spawned, small run)", () => {
  it("prints one JSON line with the classifier's and the keyword baseline's throughput", () => {
    const output = execFileSync(
      join(packageDirectory, "node_modules", ".bin", "tsx"),
      ["--conditions=@india-italy/source", "scripts/bench.ts"],
      {
        cwd: packageDirectory,
        encoding: "utf8",
        env: { ...process.env, BENCH_ITEMS: "300", BENCH_MS: "100" }
      }
    )
    const lines = output.trim().split("\n")
    expect(lines).toHaveLength(1)
    const figures = JSON.parse(lines[0]!)
    expect(figures).toMatchObject({ name: "classifier", items: 300 })
    expect(figures.itemsPerSecond).toBeGreaterThan(0)
    expect(figures.baselineItemsPerSecond).toBeGreaterThan(0)
    // The ratio is the median of the rounds' own ratios: inside their spread, near the ratio of the medians.
    expect(figures.rounds).toBe(7)
    const [least, greatest] = figures.ratioSpread
    expect(least).toBeLessThanOrEqual(figures.ratio)
    expect(figures.ratio).toBeLessThanOrEqual(greatest)
    const ofMedians = figures.itemsPerSecond / figures.baselineItemsPerSecond
    expect(figures.ratio / ofMedians).toBeGreaterThan(0.5)
    expect(figures.ratio / ofMedians).toBeLessThan(2)
    expect(figures.averageChars).toBeGreaterThan(100)
    // Both printed figures are rounded, so their product matches only to within a fraction of a percent.
    expect(Math.abs(figures.charsPerSecond / (figures.itemsPerSecond * figures.averageChars) - 1)).toBeLessThan(0.01)
  }, 60_000)
})
