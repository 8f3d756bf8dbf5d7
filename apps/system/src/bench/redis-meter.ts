import { Redis as IORedis } from "ioredis"

/**
 * What one Redis server has done so far, read from its own counters: commands by name (`INFO
 * commandstats`, which also counts the commands a Lua script calls) and the CPU time of the server
 * process (`INFO cpu`, user + system). Two readings around a run give what the run cost Redis, from
 * every process that talked to it — so the Redis must be the benchmark's own.
 */
export interface RedisReading {
  readonly commands: ReadonlyMap<string, number>
  readonly cpuMs: number
}

/** The difference between two readings; the meter's own INFO calls are left out. */
export interface RedisCost {
  readonly commands: number
  readonly byCommand: ReadonlyMap<string, number>
  readonly cpuMs: number
}

/** `cmdstat_hset:calls=12,usec=…` → ["hset", 12]; linear patterns over one line each. */
const commandstatLine = /^cmdstat_([^:]+):calls=(\d+),/

export const parseCommandstats = (info: string): ReadonlyMap<string, number> => {
  const counts = new Map<string, number>()
  for (const line of info.split("\n")) {
    const match = commandstatLine.exec(line.trim())
    if (match !== null) counts.set(match[1]!, Number(match[2]))
  }
  return counts
}

/** used_cpu_sys + used_cpu_user of the server process, in milliseconds. */
export const parseCpuMs = (info: string): number => {
  let seconds = 0
  for (const line of info.split("\n")) {
    const [name, value] = line.trim().split(":")
    if (name === "used_cpu_sys" || name === "used_cpu_user") seconds += Number(value)
  }
  return seconds * 1000
}

export const readRedis = async (client: IORedis): Promise<RedisReading> => {
  const [commandstats, cpu] = await Promise.all([client.info("commandstats"), client.info("cpu")])
  return { commands: parseCommandstats(commandstats), cpuMs: parseCpuMs(cpu) }
}

/** From `before` to `after`, without the INFO commands the readings themselves issued. */
export const costBetween = (before: RedisReading, after: RedisReading): RedisCost => {
  const byCommand = new Map<string, number>()
  let commands = 0
  for (const [name, calls] of after.commands) {
    if (name === "info") continue
    const delta = calls - (before.commands.get(name) ?? 0)
    if (delta <= 0) continue
    byCommand.set(name, delta)
    commands += delta
  }
  return { commands, byCommand, cpuMs: after.cpuMs - before.cpuMs }
}

/** The commands that made up most of a cost, per unit (item or poll), largest first. */
export const topCommandsPer = (
  cost: RedisCost,
  units: number,
  top = Number(process.env.BENCH_TOP_COMMANDS ?? 12)
): Record<string, number> =>
  Object.fromEntries(
    [...cost.byCommand]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, calls]) => [name, +(calls / units).toFixed(2)])
  )

/** A meter on a connection of its own: two `read()`s give what happened in between (`costBetween`). */
export const openRedisMeter = async (redisUrl: string) => {
  const client = new IORedis(redisUrl, { maxRetriesPerRequest: 3 })
  return {
    read: () => readRedis(client),
    close: () =>
      client.quit().then(
        () => undefined,
        () => client.disconnect()
      )
  }
}
