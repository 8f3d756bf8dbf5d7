import { EventStoreLive } from "@india-italy/event-store"
import { runCommand } from "@india-italy/ops"
import { Layer } from "effect"
import { Command } from "effect/cli"
import { WebServer } from "./web-server.ts"

/** `pnpm web`: the history API and the timeline page over the event store, nothing else. */
const webCommand = Command.make("web", {}, () =>
  Layer.launch(WebServer.layer.pipe(Layer.provide(EventStoreLive)))
).pipe(
  Command.withDescription(
    "Serves the timeline page and the history API (/api/events, .csv, /feeds/events.atom) over the event store on " +
      "WEB_HOST:WEB_PORT (default 127.0.0.1:8080): PostgreSQL when DATABASE_URL is set, else PGlite in EVENTS_DB_DIR."
  ),
  Command.withExamples([
    { command: "pnpm web", description: "after pnpm demo: the demo's developments at http://127.0.0.1:8080/" }
  ])
)

runCommand(webCommand, { name: "web", exitWhenDone: false })
