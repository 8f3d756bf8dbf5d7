export { Redis, redisConfig } from "./redis/redis.ts"
export { defaultQuitMs, quitWithin } from "./redis/bounded-quit.ts"
export { redactRedisUrl } from "./redis/redis-url.ts"
export { deleteIfHeld, LockTimeoutError, withRedisLock } from "./redis/redis-lock.ts"
export {
  checkRedisAtStart,
  defaultStartupCheckMs,
  pingRedis,
  RedisEvictionCheck,
  redisStartupCheck,
  RedisUnreachable,
  warnIfRedisEvicts
} from "./redis/startup-check.ts"
export { loadLuaScript, LuaScriptError, type LuaScript } from "./lua/lua-script.ts"
export { defineLua, queueLua, runLua } from "./lua/run-lua.ts"
export { scopedQueue, queueCloseMs } from "./queue/scoped-queue.ts"
export { closeWorkerWithin, scopedWorker, type ScopedWorkerOptions } from "./queue/scoped-worker.ts"
export { jobIdPart } from "./queue/job-id.ts"
export {
  armShutdownDeadline,
  closeMarginMs,
  shutdownDeadline,
  type ShutdownDeadlineOptions
} from "./shutdown/shutdown-deadline.ts"
export {
  ListFileUnreadable,
  readListDocument,
  readListFileText,
  type EntryFields,
  type ListDocument,
  type ListEntry,
  type ListFileProblem,
  type ListFileShape
} from "./list-file/list-file.ts"
export { choiceSetting, LoggingLive, loggingConfig, loggingLayer, type LogFormat } from "./logging/logging.ts"
export { freePort } from "./net/free-port.ts"
