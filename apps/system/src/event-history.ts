import { Archiver, EventStoreLive } from "@india-italy/event-store"
import { Layer } from "effect"

/**
 * The history side of `pnpm start` and `pnpm demo`: the event store (PostgreSQL when
 * DATABASE_URL is set, else PGlite in EVENTS_DB_DIR, migrated at start) and its writer, the
 * consumer of the `archive` queue.
 */
export const EventWriterLive = Archiver.layer.pipe(Layer.provideMerge(EventStoreLive))

export const EventHistoryLive = EventWriterLive
