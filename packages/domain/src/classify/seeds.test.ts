import { existsSync, readFileSync } from "node:fs"
import { dirname, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { classify } from "./classify.ts"

/**
 * The shared dev set of five real wire reports (with labels) sits beside the checkout, outside the
 * project: read it from there, never copy it in. Without it these checks are skipped.
 */
const sharedDirectory = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../../shared")
const seedsFile = resolve(sharedDirectory, "dev-set/seeds.jsonl")
const present = existsSync(seedsFile)
if (!present) console.warn(`seeds.test.ts: skipping the seed checks, ${seedsFile} is absent`)

interface Seed {
  readonly id: string
  readonly title: string
  readonly text: string
  readonly published: string
  readonly label: {
    readonly relevant: boolean
    readonly eventTypes: ReadonlyArray<string>
    readonly sectors: ReadonlyArray<string>
    readonly actors: ReadonlyArray<string>
    readonly occurredOn?: string
    readonly amounts?: ReadonlyArray<{
      readonly value: number
      readonly currency?: string
      readonly measure?: string
      readonly year?: number
    }>
  }
}

const seeds: ReadonlyArray<Seed> = present
  ? readFileSync(seedsFile, "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line) as Seed)
  : []

const sectorF1 = (got: ReadonlyArray<string>, expected: ReadonlyArray<string>): number => {
  const truePositives = got.filter((sector) => expected.includes(sector)).length
  return got.length + expected.length === 0 ? 1 : (2 * truePositives) / (got.length + expected.length)
}

describe.skipIf(!present)("the shared seed reports", () => {
  it("has the five seeds to check", () => {
    expect(seeds.length).toBeGreaterThanOrEqual(5)
  })

  for (const seed of seeds) {
    describe(seed.id, () => {
      const result = classify({ id: seed.id, title: seed.title, text: seed.text, published: seed.published })

      it("is relevant, with a primary type the label accepts", () => {
        expect(result.relevant).toBe(seed.label.relevant)
        expect(seed.label.eventTypes).toContain(result.eventType)
      })

      it("finds the labelled sectors with F1 of at least 0.8", () => {
        expect(sectorF1(result.sectors, seed.label.sectors), `got ${result.sectors.join(", ")}`).toBeGreaterThanOrEqual(
          0.8
        )
      })

      it("dates the development to the labelled day", () => {
        if (seed.label.occurredOn !== undefined) expect(result.occurredOn).toBe(seed.label.occurredOn)
      })

      it("names the labelled actors", () => {
        const names = result.actors.map((actor) => actor.name.toLowerCase())
        for (const actor of seed.label.actors) expect(names, actor).toContain(actor.toLowerCase())
      })

      it("extracts the labelled amounts", () => {
        for (const amount of seed.label.amounts ?? []) {
          expect(result.amounts).toEqual(
            expect.arrayContaining([
              expect.objectContaining({
                value: amount.value,
                currency: amount.currency,
                measure: amount.measure,
                year: amount.year
              })
            ])
          )
        }
      })
    })
  }
})
