import { defineConfig } from "vitest/config"

export default defineConfig({
  resolve: { conditions: ["@india-italy/source"] },
  ssr: { resolve: { conditions: ["@india-italy/source"] } },
  test: { include: ["src/**/*.test.ts", "scripts/**/*.test.ts"] }
})
