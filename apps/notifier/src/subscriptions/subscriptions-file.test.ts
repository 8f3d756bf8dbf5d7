import { mkdtemp, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { ConfigProvider, Effect, Layer, ManagedRuntime } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { Redis } from "@india-italy/runtime"
import { deleteKeysUnder, testRedisLayer, uniquePrefix } from "./redis-test-support.ts"
import { SubscriptionStore } from "./subscription-store.ts"
import { parseSubscriptionsFile, SubscriptionsFileLayer, syncSubscriptionsFile } from "./subscriptions-file.ts"

const yamlFile = `# subscriptions kept in git
subscriptions:
  - channel: C0FILE001
    sectors: [defence, space]
    types: military_exercise, defence_industry
    minConfidence: 0.6
  - channel: C0FILE002
    sectors: defense
  - id: rome-desk
    channel: C0FILE003
    sectors: all
    digest: weekly@mon@08:00
    tz: Europe/Rome
  - channel: "#general"
    sectors: all
`

describe("parseSubscriptionsFile", () => {
  it("loads the valid entries and reports each invalid one with its index and line", () => {
    const parsed = parseSubscriptionsFile(yamlFile, "subscriptions.yaml")
    expect(parsed.entries.map((entry) => entry.index)).toEqual([0, 2])
    expect(parsed.entries[1]?.id).toBe("rome-desk")
    expect(parsed.entries[0]?.id).toMatch(/^sub-[a-z2-9]{8}$/)
    expect(parsed.problems).toEqual([
      {
        index: 1,
        line: 7,
        message: expect.stringMatching(
          /^subscription #2 \(line 7\): unknown sector "defense"; valid sectors: trade, investment, defence/
        )
      },
      {
        index: 3,
        line: 14,
        message: expect.stringContaining(`subscription #4 (line 14): channel must be a Slack channel id`)
      }
    ])
  })

  it("reads JSON too, and reports an unknown field instead of ignoring it", () => {
    const json = JSON.stringify(
      [
        { channel: "C0FILE004", sectors: ["trade"] },
        { channel: "C0FILE005", sector: ["trade"] }
      ],
      null,
      2
    )
    const parsed = parseSubscriptionsFile(json, "subscriptions.json")
    expect(parsed.entries).toHaveLength(1)
    expect(parsed.problems).toEqual([
      { index: 1, line: 8, message: expect.stringContaining(`subscription #2 (line 8): unknown field "sector"`) }
    ])
  })

  it("lists the same subscription once", () => {
    const parsed = parseSubscriptionsFile(
      "- { channel: C0FILE006, sectors: [trade, defence] }\n- { channel: C0FILE006, sectors: [defence, trade] }\n",
      "s.yaml"
    )
    expect(parsed.entries).toHaveLength(1)
    expect(parsed.problems).toEqual([
      { index: 1, line: 2, message: expect.stringContaining("same subscription as #1") }
    ])
  })

  it("rejects a duplicate key naming the file, the key and its line, and loads nothing", () => {
    const parsed = parseSubscriptionsFile(
      "- channel: C0FILE010\n  sectors: [trade]\n  sectors: [defence]\n",
      "team/subs.yaml"
    )
    expect(parsed.entries).toEqual([])
    expect(parsed.problems).toEqual([
      { line: 3, message: expect.stringMatching(/team\/subs\.yaml.*duplicate key "sectors"/) }
    ])
  })

  it("rejects a duplicate key at the top of the file too", () => {
    const parsed = parseSubscriptionsFile(
      "subscriptions: []\nsubscriptions:\n  - { channel: C0FILE011, sectors: all }\n",
      "s.yaml"
    )
    expect(parsed.entries).toEqual([])
    expect(parsed.problems[0]?.message).toContain(`duplicate key "subscriptions"`)
  })

  it("refuses a file far larger than any subscriptions file, or nested deeper than one, naming the file", () => {
    const huge = parseSubscriptionsFile(
      `# ${"x".repeat(300 * 1024)}\n- { channel: C0FILE012, sectors: all }\n`,
      "huge.yaml"
    )
    expect(huge.entries).toEqual([])
    expect(huge.problems[0]?.message).toMatch(/^huge\.yaml: .*at most 262144/)
    const deep = parseSubscriptionsFile(`- ${"[".repeat(40_000)}`, "deep.yaml")
    expect(deep.entries).toEqual([])
    expect(deep.problems[0]?.message).toMatch(/^deep\.yaml: brackets nested more than 32 deep/)
  })

  it("reports at most 20 syntax errors of a file full of them, and how many more", () => {
    const parsed = parseSubscriptionsFile("]".repeat(5_000), "brackets.yaml")
    expect(parsed.problems).toHaveLength(21)
    expect(parsed.problems.at(-1)?.message).toBe("brackets.yaml: and 4980 more errors")
  })

  it("reports a syntax error with its line and loads nothing", () => {
    const parsed = parseSubscriptionsFile("subscriptions:\n  - channel: C0FILE007\n    sectors: [trade\n", "s.yaml")
    expect(parsed.entries).toEqual([])
    expect(parsed.problems[0]?.message).toContain("YAML syntax error")
  })
})

describe("syncSubscriptionsFile", () => {
  const prefix = uniquePrefix("subscriptions-file")
  let directory: string
  let runtime: ManagedRuntime.ManagedRuntime<SubscriptionStore | Redis, unknown>
  const listed = () =>
    runtime.runPromise(
      Effect.gen(function* () {
        return yield* (yield* SubscriptionStore).list()
      })
    )

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), "subscriptions-file-"))
    runtime = ManagedRuntime.make(SubscriptionStore.layer.pipe(Layer.provideMerge(testRedisLayer(prefix))))
  })

  afterAll(async () => {
    await runtime.dispose()
    await deleteKeysUnder(prefix)
    await rm(directory, { recursive: true, force: true })
  })

  it("syncs idempotently: a second load changes nothing and duplicates nothing", async () => {
    const path = join(directory, "subscriptions.yaml")
    await writeFile(path, yamlFile)
    const first = await runtime.runPromise(syncSubscriptionsFile(path))
    expect(first.created).toHaveLength(2)
    expect(first.problems).toHaveLength(2)
    const afterFirst = await listed()
    expect(afterFirst.map((s) => s.channel).sort()).toEqual(["C0FILE001", "C0FILE003"])

    const second = await runtime.runPromise(syncSubscriptionsFile(path))
    expect(second).toMatchObject({ created: [], updated: [], removed: [] })
    expect(second.unchanged).toHaveLength(2)
    expect(await listed()).toEqual(afterFirst)
  })

  it("updates edited entries in place and removes entries deleted from the file, leaving CLI subscriptions alone", async () => {
    const path = join(directory, "edited.yaml")
    const fromCli = await runtime.runPromise(
      Effect.gen(function* () {
        return yield* (yield* SubscriptionStore).add({ channel: "C0CLI0001", sectors: ["health"] })
      })
    )
    await writeFile(
      path,
      "- id: rome-desk\n  channel: C0FILE003\n  sectors: [trade]\n  digest: daily@07:30\n  tz: Europe/Rome\n"
    )
    const report = await runtime.runPromise(syncSubscriptionsFile(path))
    expect(report.updated).toEqual(["rome-desk"])
    expect(report.removed).toHaveLength(1)
    const now = await listed()
    expect(now.map((s) => s.id).sort()).toEqual([fromCli.id, "rome-desk"].sort())
    expect(now.find((s) => s.id === "rome-desk")).toMatchObject({
      sectors: ["trade"],
      digest: { every: "daily", at: "07:30", tz: "Europe/Rome" }
    })
  })

  it("does not remove anything when the whole file is unreadable", async () => {
    const path = join(directory, "broken.yaml")
    await writeFile(path, "subscriptions: [\n")
    const before = await listed()
    const report = await runtime.runPromise(syncSubscriptionsFile(path))
    expect(report.removed).toEqual([])
    expect(report.problems).toHaveLength(1)
    expect(await listed()).toEqual(before)
  })

  const syncThen = async (path: string, valid: string, replacement: string) => {
    await writeFile(path, valid)
    const loaded = await runtime.runPromise(syncSubscriptionsFile(path))
    expect(loaded.created.length + loaded.unchanged.length).toBeGreaterThan(0)
    const before = await listed()
    await writeFile(path, replacement)
    const report = await runtime.runPromise(syncSubscriptionsFile(path))
    return { before, report, after: await listed() }
  }
  const twoValid =
    "- { id: keep-a, channel: C0KEEP001, sectors: [trade] }\n- { id: keep-b, channel: C0KEEP002, sectors: all }\n"

  it.each([
    ["empty", ""],
    ["only a comment", "# nothing here yet\n"],
    ["an empty list", "subscriptions: []\n"]
  ])("a file that is %s changes nothing and says why, naming the file", async (_name, replacement) => {
    const path = join(directory, "emptied.yaml")
    const { before, report, after } = await syncThen(path, twoValid, replacement)
    expect(before.map((s) => s.id)).toEqual(expect.arrayContaining(["keep-a", "keep-b"]))
    expect(after).toEqual(before)
    expect(report).toMatchObject({ created: [], updated: [], removed: [] })
    expect(report.refused).toContain(path)
    expect(report.refused).toContain("lists no subscriptions")
  })

  it("a file whose entries are all invalid changes nothing and says why, naming the file", async () => {
    const path = join(directory, "all-invalid.yaml")
    const replacement =
      "- { id: keep-a, channel: '#general', sectors: [trade] }\n- { channel: C0KEEP003, sectors: [defense] }\n"
    const { before, report, after } = await syncThen(path, twoValid, replacement)
    expect(after).toEqual(before)
    expect(report.removed).toEqual([])
    expect(report.problems).toHaveLength(2)
    expect(report.refused).toContain(path)
    expect(report.refused).toContain("none of its 2 entries is valid")
  })

  it("a file with a duplicate key changes nothing", async () => {
    const path = join(directory, "duplicate-key.yaml")
    const { before, report, after } = await syncThen(
      path,
      twoValid,
      "- id: keep-a\n  channel: C0KEEP001\n  channel: C0KEEP009\n  sectors: all\n"
    )
    expect(after).toEqual(before)
    expect(report.removed).toEqual([])
    expect(report.refused).toContain(path)
  })

  it("a valid file still replaces what the file manages", async () => {
    const path = join(directory, "replaced.yaml")
    const { report, after } = await syncThen(path, twoValid, "- { id: keep-b, channel: C0KEEP002, sectors: all }\n")
    expect(report.refused).toBeUndefined()
    expect(report.removed).toContain("keep-a")
    expect(after.map((s) => s.id)).not.toContain("keep-a")
    expect(after.map((s) => s.id)).toContain("keep-b")
  })

  it("loads SUBSCRIPTIONS_FILE at start and fails naming the variable when the file is missing", async () => {
    const path = join(directory, "at-start.json")
    await writeFile(path, JSON.stringify({ subscriptions: [{ id: "ops-all", channel: "C0FILE009", sectors: "all" }] }))
    const withFile = (file: string) =>
      SubscriptionsFileLayer.pipe(
        Layer.provide(ConfigProvider.layer(ConfigProvider.fromEnvRecord({ SUBSCRIPTIONS_FILE: file })))
      )
    await runtime.runPromise(Effect.scoped(Layer.build(withFile(path))))
    expect((await listed()).map((s) => s.id)).toContain("ops-all")

    const exit = await runtime.runPromiseExit(Effect.scoped(Layer.build(withFile(join(directory, "missing.yaml")))))
    expect(exit._tag).toBe("Failure")
    expect(String(exit._tag === "Failure" ? exit.cause : "")).toContain("SUBSCRIPTIONS_FILE")
  })
})
