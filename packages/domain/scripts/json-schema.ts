import { Schema } from "effect"
import { BilateralEvent, ClassifiedItem, EventNotice, NoticeBatch } from "../src/event.ts"
import { pairProfile } from "../src/profile/active-profile.ts"
import { AlertRecord, ArchiveBatch, ArchiveJob, HistoryEventDetail, HistoryPage } from "../src/history.ts"
import { Subscription } from "../src/subscription.ts"
import { WireItem } from "../src/wire-item.ts"

/** The documents other (non-TypeScript) apps validate, by the file name they are published under. */
export const publishedSchemas = {
  "classified-item": ClassifiedItem,
  "wire-item": WireItem,
  "bilateral-event": BilateralEvent,
  "event-notice": EventNotice,
  "notice-batch": NoticeBatch,
  subscription: Subscription,
  "archive-job": ArchiveJob,
  "archive-batch": ArchiveBatch,
  "alert-record": AlertRecord,
  "history-page": HistoryPage,
  "history-event": HistoryEventDetail
} as const

export type PublishedSchemaName = keyof typeof publishedSchemas

/**
 * A standalone draft 2020-12 document: Effect returns the root schema and its definitions
 * separately, while validators expect one object with `$schema` and `$defs`.
 */
export const jsonSchemaFor = (name: PublishedSchemaName): Record<string, unknown> => {
  const document = Schema.toJsonSchemaDocument(publishedSchemas[name])
  const definitions = document.definitions
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: `https://${pairProfile.product.slug}-monitor.local/json-schema/${name}.schema.json`,
    title: name,
    ...document.schema,
    ...(Object.keys(definitions).length === 0 ? {} : { $defs: definitions })
  }
}
