import * as NodeRuntime from "@effect/platform-node/NodeRuntime"
import { EventStoreLive } from "@india-italy/event-store"
import { Layer } from "effect"
import { WebServer } from "./web-server.ts"

/** `pnpm web`: the history API and the timeline page over the event store, nothing else. */
NodeRuntime.runMain(Layer.launch(WebServer.layer.pipe(Layer.provide(EventStoreLive))))
