import type { Redis as IORedis } from "ioredis"

/** How long a connection may take to say goodbye before it is dropped. */
export const defaultQuitMs = 2_000

/**
 * Closes one connection within `withinMs`, whatever Redis does. QUIT lets replies still on their
 * way arrive; but a Redis that stopped answering never answers QUIT either, and a connection that
 * is not up would wait for a reconnect that may never come, so those are dropped at once and a
 * QUIT past the bound is cut off.
 */
export const quitWithin = async (connection: IORedis, withinMs: number = defaultQuitMs): Promise<void> => {
  if (connection.status !== "ready") {
    connection.disconnect()
    return
  }
  let timer: NodeJS.Timeout | undefined
  const bound = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, withinMs)
  })
  await Promise.race([connection.quit().catch(() => undefined), bound])
  clearTimeout(timer)
  connection.disconnect()
}
