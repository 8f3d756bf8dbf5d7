import { execFileSync } from "node:child_process"
import { mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { Ajv2020 } from "ajv/dist/2020.js"
import { describe, expect, it } from "vitest"
import { classify } from "../src/classify/classify.ts"
import type { WireItem } from "../src/wire-item.ts"
import { jsonSchemaFor, publishedSchemas, type PublishedSchemaName } from "./json-schema.ts"

const visitReport: WireItem = {
  id: "json-schema-visit",
  title: "Tajani meets Jaishankar in New Delhi, signs research pact",
  text:
    "New Delhi, March 4 Italian Foreign Minister Antonio Tajani held talks with External Affairs Minister " +
    "S. Jaishankar on Tuesday and the two sides signed a memorandum of understanding on joint research in " +
    "green hydrogen. India and Italy also reviewed progress on the Joint Strategic Action Plan 2025-29.",
  published: "2025-03-04",
  source: "test wire",
  url: "https://example.test/visit"
}

const compile = (name: PublishedSchemaName) =>
  new Ajv2020({ allErrors: true, strict: false }).compile(jsonSchemaFor(name))

describe("write-json-schema script", () => {
  it("writes one file per published type, and the written classified-item schema accepts classify() output", () => {
    const packageDirectory = join(dirname(fileURLToPath(import.meta.url)), "..")
    const directory = mkdtempSync(join(tmpdir(), "test-domain-json-schema-"))
    try {
      execFileSync(
        join(packageDirectory, "node_modules", ".bin", "tsx"),
        ["--conditions=@india-italy/source", "scripts/write-json-schema.ts", directory],
        { cwd: packageDirectory }
      )
      for (const name of Object.keys(publishedSchemas)) {
        expect(JSON.parse(readFileSync(join(directory, `${name}.schema.json`), "utf8")).title).toBe(name)
      }
      const written = JSON.parse(readFileSync(join(directory, "classified-item.schema.json"), "utf8"))
      const validate = new Ajv2020({ allErrors: true, strict: false }).compile(written)
      expect(validate(JSON.parse(JSON.stringify(classify(visitReport)))), JSON.stringify(validate.errors)).toBe(true)
      expect(validate({ id: "x" })).toBe(false)
    } finally {
      rmSync(directory, { recursive: true, force: true })
    }
  }, 30_000)
})

describe("published JSON Schemas", () => {
  it("produces a draft 2020-12 document for every published type", () => {
    for (const name of Object.keys(publishedSchemas) as Array<PublishedSchemaName>) {
      const document = jsonSchemaFor(name)
      expect(document.$schema).toBe("https://json-schema.org/draft/2020-12/schema")
      expect(document.type).toBe("object")
    }
  })

  it("accepts what classify() returns once it has been through JSON", () => {
    const validate = compile("classified-item")
    const document = JSON.parse(JSON.stringify(classify(visitReport)))
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true)
  })

  it("accepts the wire item the classifier read", () => {
    const validate = compile("wire-item")
    expect(validate(visitReport), JSON.stringify(validate.errors)).toBe(true)
  })

  it("rejects a classified item whose event type is outside the vocabulary", () => {
    const validate = compile("classified-item")
    const document = { ...JSON.parse(JSON.stringify(classify(visitReport))), eventType: "naval_battle" }
    expect(validate(document)).toBe(false)
    expect(validate.errors?.some((error) => error.instancePath === "/eventType")).toBe(true)
  })

  it("rejects a subscription with an unknown sector", () => {
    const validate = compile("subscription")
    expect(validate({ id: "s1", channel: "C0123", sectors: ["fashion"], createdAt: "2026-01-01T00:00:00Z" })).toBe(
      false
    )
    expect(validate({ id: "s1", channel: "C0123", sectors: ["defence"], createdAt: "2026-01-01T00:00:00Z" })).toBe(true)
  })

  it("validates an event notice wrapping a classified report", () => {
    const validate = compile("event-notice")
    const classification = JSON.parse(JSON.stringify(classify(visitReport)))
    const notice = {
      kind: "new_event",
      alert: true,
      event: {
        id: "evt-1",
        revision: 1,
        classification,
        sources: [{ itemId: visitReport.id, title: visitReport.title, url: visitReport.url }],
        firstSeen: "2025-03-04T10:00:00Z",
        updatedAt: "2025-03-04T10:00:00Z"
      }
    }
    expect(validate(notice), JSON.stringify(validate.errors)).toBe(true)
    expect(validate({ ...notice, kind: "deleted" })).toBe(false)
  })
})
