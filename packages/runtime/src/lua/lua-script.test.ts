import { Redis as IORedis } from "ioredis"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { deleteKeysUnder, redisUrl, uniquePrefix } from "../testing.ts"
import { loadLuaScript } from "./lua-script.ts"
import { defineLua, queueLua, runLua } from "./run-lua.ts"

const prefix = uniquePrefix("lua")
let client: IORedis

beforeAll(() => {
  client = new IORedis(redisUrl)
})
afterAll(async () => {
  await deleteKeysUnder(prefix)
  await client.quit()
})

describe("loadLuaScript", () => {
  it("reads a .lua file next to the module, with its includes in place", () => {
    const script = loadLuaScript(import.meta.url, "./test-scripts/counter.lua")
    expect(script.source).toContain('local suffix = "included"')
    expect(script.source).not.toContain("-- include:")
    expect(script.sha1).toMatch(/^[0-9a-f]{40}$/)
    expect(script.command).toMatch(/^lua_counter_[0-9a-f]{12}$/)
  })

  it("fails at load naming a file that is not there", () => {
    expect(() => loadLuaScript(import.meta.url, "./test-scripts/missing.lua")).toThrow(
      /Lua script .*test-scripts\/missing\.lua: cannot be read \(ENOENT\)/
    )
  })

  it("refuses includes that go round in a circle, naming the files", () => {
    expect(() => loadLuaScript(import.meta.url, "./test-scripts/loop-a.lua")).toThrow(
      /includes itself through loop-a\.lua → loop-b\.lua/
    )
  })
})

describe("runLua", () => {
  const counter = loadLuaScript(import.meta.url, "./test-scripts/counter.lua")

  it("runs the script by its SHA, sending the source again after Redis lost it (SCRIPT FLUSH)", async () => {
    const key = `${prefix}:counter`
    expect(await runLua(client, counter, [key], [2])).toEqual([2, "included"])
    expect(await client.script("EXISTS", counter.sha1)).toEqual([1])
    // Another connection flushes the script cache, as a Redis restart would; our call must still work.
    const other = new IORedis(redisUrl)
    await other.script("FLUSH")
    await other.quit()
    expect(await runLua(client, counter, [key], [3])).toEqual([5, "included"])
  })

  it("queues the script on a pipeline made after defineLua, and says so when it was not defined", async () => {
    const key = `${prefix}:piped`
    defineLua(client, counter)
    const pipeline = client.pipeline()
    queueLua(pipeline, counter, [key], [1])
    queueLua(pipeline, counter, [key], [1])
    const replies = (await pipeline.exec())?.map(([error, reply]) => (error === null ? reply : error))
    expect(replies).toEqual([
      [1, "included"],
      [2, "included"]
    ])
    const fresh = new IORedis(redisUrl)
    expect(() => queueLua(fresh.pipeline(), counter, [key], [1])).toThrow(/call defineLua first/)
    await fresh.quit()
  })
})
