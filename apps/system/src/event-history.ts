import { Archiver, EventStoreLive } from "@india-italy/event-store"
import { WebServer } from "@india-italy/web"
import { Layer } from "effect"

/**
 * The event store (PostgreSQL when DATABASE_URL is set, else PGlite in EVENTS_DB_DIR, migrated
 * at start) and its writer, the consumer of the `archive` queue: what `pnpm demo` runs.
 */
export const EventWriterLive = Archiver.layer.pipe(Layer.provideMerge(EventStoreLive))

/** The history side of `pnpm start`: the writer, plus the history API and timeline on WEB_HOST:WEB_PORT. */
export const EventHistoryLive = Layer.mergeAll(Archiver.layer, WebServer.layer).pipe(Layer.provideMerge(EventStoreLive))
