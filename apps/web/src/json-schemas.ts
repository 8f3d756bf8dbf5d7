import {
  AlertRecord,
  ArchiveBatch,
  ArchiveJob,
  BilateralEvent,
  HistoryEventDetail,
  HistoryPage
} from "@india-italy/domain"
import { Schema } from "effect"

/** The history API's documents, served at /api/schema/<name>.schema.json for non-TypeScript clients. */
const schemas = {
  "history-page": HistoryPage,
  "history-event": HistoryEventDetail,
  "bilateral-event": BilateralEvent,
  "archive-job": ArchiveJob,
  "archive-batch": ArchiveBatch,
  "alert-record": AlertRecord
} as const

export const publishedSchemaNames = Object.keys(schemas) as ReadonlyArray<keyof typeof schemas>

/** A standalone draft 2020-12 document (the domain package's scripts publish the same ones as files). */
export const jsonSchemaFor = (name: keyof typeof schemas): Record<string, unknown> => {
  const document = Schema.toJsonSchemaDocument(schemas[name])
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `/api/schema/${name}.schema.json`,
    title: name,
    ...document.schema,
    ...(Object.keys(document.definitions).length === 0 ? {} : { $defs: document.definitions })
  }
}
