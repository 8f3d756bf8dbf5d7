/**
 * Writes dist/json-schema/<name>.schema.json (or <directory>/<name>.schema.json when a directory
 * is given) for every published document type, so apps in other languages validate the same
 * JSON the TypeScript packages exchange.
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { jsonSchemaFor, publishedSchemas, type PublishedSchemaName } from "./json-schema.ts"

const outputDirectory = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "json-schema")
mkdirSync(outputDirectory, { recursive: true })

for (const name of Object.keys(publishedSchemas) as Array<PublishedSchemaName>) {
  const file = join(outputDirectory, `${name}.schema.json`)
  writeFileSync(file, `${JSON.stringify(jsonSchemaFor(name), null, 2)}\n`)
  process.stdout.write(`wrote ${file}\n`)
}
