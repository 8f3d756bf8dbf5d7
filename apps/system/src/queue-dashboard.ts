import type { Server } from "node:http"
import { createBullBoard } from "@bull-board/api"
import { BullMQAdapter } from "@bull-board/api/bullMQAdapter"
import { ExpressAdapter } from "@bull-board/express"
import { queueNames } from "@india-italy/domain"
import { Queue } from "bullmq"
import { Config, Effect, Layer } from "effect"
import express from "express"
import type { Redis as IORedis } from "ioredis"

export const QueueDashboardConfig = Config.all({
  enabled: Config.Boolean("QUEUE_DASHBOARD").pipe(Config.withDefault(false)),
  port: Config.Port("QUEUE_DASHBOARD_PORT").pipe(Config.withDefault(9465))
})

/**
 * bull-board over every pipeline queue, behind QUEUE_DASHBOARD=true. It can retry and delete
 * jobs, so it listens on loopback only: reach it through an SSH tunnel or an authenticating proxy.
 */
export const QueueDashboardLayer = (redis: IORedis, prefix: string) =>
  Layer.effectDiscard(
    Effect.gen(function* () {
      const { enabled, port } = yield* QueueDashboardConfig
      if (!enabled) return
      const queues = Object.values(queueNames).map((name) => new Queue(name, { connection: redis, prefix }))
      const serverAdapter = new ExpressAdapter()
      serverAdapter.setBasePath("/")
      createBullBoard({ queues: queues.map((queue) => new BullMQAdapter(queue)), serverAdapter })
      const app = express()
      app.use("/", serverAdapter.getRouter())
      yield* Effect.acquireRelease(
        Effect.callback<Server, never>((resume) => {
          const server = app.listen(port, "127.0.0.1", () => resume(Effect.succeed(server)))
        }),
        (server) =>
          Effect.promise(async () => {
            await new Promise<void>((resolve) => server.close(() => resolve()))
            await Promise.allSettled(queues.map((queue) => queue.close()))
          })
      )
      yield* Effect.logInfo(`queue dashboard on http://127.0.0.1:${port}/`)
    })
  )
