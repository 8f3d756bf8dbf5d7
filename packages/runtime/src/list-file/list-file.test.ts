import { mkdtemp, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Effect, Exit } from "effect"
import { describe, expect, it } from "vitest"
import { readListDocument, readListFileText } from "./list-file.ts"

const shape = { listKey: "things", maxChars: 10_000 }

describe("readListDocument", () => {
  it("gives each entry its index, its line and its fields with their lines, from a list or a `things:` map", () => {
    const text = "things:\n  - name: one\n    size: 3\n  - just a string\n  - name: three\n"
    const document = readListDocument(text, "things.yaml", shape)
    expect(document.unusable).toBe(false)
    expect(document.problems).toEqual([])
    expect(document.entries.map(({ index, line }) => ({ index, line }))).toEqual([
      { index: 0, line: 2 },
      { index: 1, line: 4 },
      { index: 2, line: 5 }
    ])
    const [first, second] = document.entries
    expect(first?.fields?.keys).toEqual([
      { key: "name", line: 2 },
      { key: "size", line: 3 }
    ])
    expect(first?.fields?.get("size")).toBe(3)
    expect(first?.fields?.lineOf("size")).toBe(3)
    expect(first?.fields?.toJSON()).toEqual({ name: "one", size: 3 })
    // Not a map: the caller reports it as a bad entry, the others still load.
    expect(second?.fields).toBeUndefined()
    expect(readListDocument("- name: a\n", "list.yaml", shape).entries).toHaveLength(1)
  })

  it("reads JSON with positions too, and calls its syntax errors JSON errors", () => {
    expect(readListDocument('[{"name": "a"},\n {"name": "b"}]', "x.json", shape).entries[1]?.line).toBe(2)
    const broken = readListDocument('[{"name": "a"},\n {"name": ]', "x.json", shape)
    expect(broken.unusable).toBe(true)
    expect(broken.problems[0]?.message).toMatch(/^JSON syntax error/)
  })

  it("names a key given twice and its line", () => {
    const document = readListDocument("- name: a\n  name: b\n", "t.yaml", shape)
    expect(document.unusable).toBe(true)
    expect(document.problems).toEqual([{ line: 2, message: 'duplicate key "name" (line 2); each key may appear once' }])
  })

  it("refuses a root that is no list, and reads an empty file as an empty list", () => {
    const scalar = readListDocument("just text\n", "t.yaml", shape)
    expect(scalar.unusable).toBe(true)
    expect(scalar.problems[0]?.message).toBe("expected a list of things, or a map with a `things:` list")
    expect(readListDocument("", "t.yaml", shape)).toEqual({ entries: [], problems: [], unusable: false })
  })

  it("refuses text over the size cap or nested too deep before parsing, and caps the errors it lists", () => {
    expect(readListDocument("#".repeat(10_001), "t.yaml", shape).problems[0]?.message).toBe(
      "the file has 10001 characters; a things file may have at most 10000"
    )
    expect(readListDocument(`- ${"[".repeat(33)}`, "t.yaml", shape).problems[0]?.message).toBe(
      "brackets nested more than 32 deep (line 1)"
    )
    const noisy = readListDocument("]".repeat(500), "t.yaml", shape)
    expect(noisy.problems).toHaveLength(21)
    expect(noisy.problems.at(-1)?.message).toBe("and 480 more errors")
  })
})

describe("readListFileText", () => {
  it("fails naming the file and the system's reason when it cannot be read", async () => {
    const directory = await mkdtemp(join(tmpdir(), "runtime-list-"))
    try {
      const present = join(directory, "things.yaml")
      await writeFile(present, "- name: a\n")
      expect(await Effect.runPromise(readListFileText(present))).toBe("- name: a\n")
      const exit = await Effect.runPromiseExit(readListFileText(join(directory, "missing.yaml")))
      expect(Exit.isFailure(exit) && String(exit.cause)).toMatch(/cannot read .*missing\.yaml: ENOENT/)
    } finally {
      await rm(directory, { recursive: true, force: true })
    }
  })
})
