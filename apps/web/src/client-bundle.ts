import { fileURLToPath } from "node:url"
import { build } from "esbuild"
import { Effect, Schema } from "effect"

export class ClientBundleError extends Schema.TaggedError<ClientBundleError>()("ClientBundleError", {
  reason: Schema.String
}) {
  override get message() {
    return `the timeline page's script did not build: ${this.reason}`
  }
}

// esbuild bundles the page's script from its TypeScript source, whether the server runs from src/ (tsx,
// tests) or from dist/ (pnpm start; tsc leaves the browser code to esbuild).
const entryPoint = fileURLToPath(
  new URL(import.meta.url.endsWith(".ts") ? "./client/app.ts" : "../src/client/app.ts", import.meta.url)
)

/**
 * The page's script: src/client/app.ts and the parts of the domain package it uses (labels,
 * taxonomy), bundled by esbuild into one ES module when the server starts. The domain package
 * has no side effects, so the classifier and its dictionaries are left out of the bundle.
 */
export const buildClientBundle = Effect.tryPromise({
  try: async () => {
    const result = await build({
      entryPoints: [entryPoint],
      bundle: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      minify: true,
      write: false,
      conditions: ["@india-italy/source"],
      logLevel: "silent"
    })
    const output = result.outputFiles[0]
    if (output === undefined) throw new Error("esbuild produced no output")
    return output.text
  },
  catch: (error) => new ClientBundleError({ reason: error instanceof Error ? error.message : String(error) })
})
