import { defineConfig } from "vitest/config"

export default defineConfig({
  resolve: { conditions: ["@india-italy/source"] },
  ssr: { resolve: { conditions: ["@india-italy/source"] } },
  test: {
    include: ["src/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Integration tests share one Redis and spawn processes; two cores do not pay for parallel files.
    fileParallelism: false
  }
})
