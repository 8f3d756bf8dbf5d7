import type { ChainableCommander, Redis as IORedis } from "ioredis"
import type { LuaScript } from "./lua-script.ts"

type LuaArgument = string | number
type ScriptCommand<Reply> = (numberOfKeys: number, ...keysAndArgs: Array<LuaArgument>) => Reply

const commandOf = <Reply>(target: IORedis | ChainableCommander, script: LuaScript): ScriptCommand<Reply> | undefined =>
  (target as unknown as Record<string, ScriptCommand<Reply> | undefined>)[script.command]

/**
 * Defines `script` as a command of `client` (ioredis sends it with EVALSHA, and its source only
 * when Redis does not hold it yet: after a restart or SCRIPT FLUSH). Idempotent. Pipelines and
 * transactions made from the client afterwards know the command too.
 */
export const defineLua = (client: IORedis, script: LuaScript): void => {
  if (commandOf(client, script) === undefined) client.defineCommand(script.command, { lua: script.source })
}

/** Runs `script` on `client` with its keys and arguments; the reply is what the script returns. */
export const runLua = (
  client: IORedis,
  script: LuaScript,
  keys: ReadonlyArray<string>,
  args: ReadonlyArray<LuaArgument> = []
): Promise<unknown> => {
  defineLua(client, script)
  return commandOf<Promise<unknown>>(client, script)!.call(client, keys.length, ...keys, ...args)
}

/**
 * Queues `script` on a pipeline or transaction. The script must have been defined on the client
 * (`defineLua`) before the pipeline was made: ioredis copies a client's scripts when it makes one.
 */
export const queueLua = (
  pipeline: ChainableCommander,
  script: LuaScript,
  keys: ReadonlyArray<string>,
  args: ReadonlyArray<LuaArgument> = []
): ChainableCommander => {
  const command = commandOf<ChainableCommander>(pipeline, script)
  if (command === undefined) {
    throw new Error(`Lua script ${script.path} is not defined on this pipeline's client: call defineLua first`)
  }
  return command.call(pipeline, keys.length, ...keys, ...args)
}
