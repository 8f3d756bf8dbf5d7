import { defineConfig } from "vitest/config"

export default defineConfig({
  resolve: { conditions: ["@india-italy/source"] },
  ssr: { resolve: { conditions: ["@india-italy/source"] } },
  test: {
    include: ["src/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // PGlite is memory-hungry and the machine has two cores: one file at a time.
    fileParallelism: false
  }
})
