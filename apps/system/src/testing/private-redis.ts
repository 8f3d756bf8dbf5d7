import { spawn, spawnSync, type ChildProcess } from "node:child_process"
import { Redis as IORedis } from "ioredis"
import { waitFor } from "./processes.ts"

/** True when a `redis-server` binary is on PATH (tests that own a Redis skip without one). */
export const redisServerAvailable = (): boolean =>
  spawnSync("redis-server", ["--version"], { stdio: "ignore" }).status === 0

export interface PrivateRedis {
  readonly url: string
  readonly port: number
  /** Whether the server is running right now. */
  readonly running: () => boolean
  /** SIGKILL: the process dies without a chance to write anything more (a crash, not a shutdown). */
  readonly crash: () => Promise<void>
  /** Starts the server again on the same port and data directory; resolves once it answers PING. */
  readonly start: () => Promise<void>
  readonly stop: () => Promise<void>
}

/**
 * A redis-server owned by one test, on `port`, with its data in `dir`. It keeps an append-only
 * file fsynced on every write (`appendfsync always`) and no RDB snapshots: every write Redis
 * acknowledged survives a crash, so after a restart the queues, the seen-item sets and the
 * delivery ledger are as the processes left them — the same durability production Redis for
 * BullMQ must be configured with. Without it, a restart would be a wipe, a different fault.
 */
export const startPrivateRedis = async (port: number, dir: string): Promise<PrivateRedis> => {
  let child: ChildProcess | undefined
  let exited: Promise<void> = Promise.resolve()
  const url = `redis://127.0.0.1:${port}`
  const ping = async () => {
    const client = new IORedis(url, {
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
      connectTimeout: 500
    })
    client.on("error", () => undefined)
    try {
      await client.connect()
      return (await client.ping()) === "PONG"
    } catch {
      return false
    } finally {
      client.disconnect()
    }
  }
  const start = async () => {
    child = spawn(
      "redis-server",
      [
        "--port",
        String(port),
        "--bind",
        "127.0.0.1",
        "--save",
        "",
        "--appendonly",
        "yes",
        "--appendfsync",
        "always",
        "--dir",
        dir,
        "--maxmemory-policy",
        "noeviction"
      ],
      { stdio: "ignore" }
    )
    const current = child
    exited = new Promise((resolve) => current.once("exit", () => resolve()))
    await waitFor(`redis-server on port ${port} to answer`, ping, 10_000, 50)
  }
  const running = () => child !== undefined && child.exitCode === null && child.signalCode === null
  const crash = async () => {
    if (!running()) return
    child!.kill("SIGKILL")
    await exited
  }
  const stop = async () => {
    if (!running()) return
    child!.kill("SIGTERM")
    const timer = setTimeout(() => child?.kill("SIGKILL"), 5_000)
    await exited
    clearTimeout(timer)
  }
  await start()
  return { url, port, running, crash, start, stop }
}
