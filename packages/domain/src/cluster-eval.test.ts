import { existsSync, readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { parseEvalLines, type EvalItem } from "../scripts/eval-core.ts"
import { classify } from "./classify/classify.ts"
import { sameDevelopment } from "./cluster.ts"
import type { ClassifiedItem } from "./event.ts"

/**
 * Clustering judged on the annotators' labels rather than on the classifier's output, so these
 * tests measure the clustering rule alone: distinct developments in the eval set stay apart,
 * and the reports that really are about one development join.
 */
const packageDirectory = join(dirname(fileURLToPath(import.meta.url)), "..")
const seedsFile = join(packageDirectory, "..", "..", "..", "shared", "dev-set", "seeds.jsonl")

const fromLabel = (item: EvalItem): ClassifiedItem => ({
  id: item.id,
  title: item.title,
  ...(item.published === undefined ? {} : { published: item.published }),
  relevant: item.label.relevant,
  eventType: item.label.eventType,
  eventTypes: item.label.eventTypes,
  sectors: item.label.sectors,
  actors: item.label.actors.map((name) => ({ name, kind: "person" as const, country: "other" as const })),
  places: item.label.places.map((name) => ({ name, country: "other" as const })),
  ...(item.label.occurredOn === undefined || item.label.occurredOn === null
    ? {}
    : { occurredOn: item.label.occurredOn, occurredPrecision: "day" as const }),
  amounts: (item.label.amounts ?? []).map((amount) => ({
    value: amount.value,
    ...(amount.currency === undefined || amount.currency === null ? {} : { currency: amount.currency }),
    measure: "other" as const,
    text: String(amount.value)
  })),
  status: item.label.status ?? "happened",
  confidence: 1,
  evidence: [{ tag: "relevance", text: item.text, field: "text", start: 0, end: item.text.length }]
})

const load = (file: string): Array<ClassifiedItem> => parseEvalLines(readFileSync(file, "utf8")).items.map(fromLabel)

const classifyLabelled = (file: string): Array<ClassifiedItem> =>
  parseEvalLines(readFileSync(file, "utf8")).items.map(({ label: _label, ...item }) => classify(item))

/** Every pair in the eval set that really is one development (see the first test). */
const knownSameDevelopment = new Set([
  "ev-upgrade-2026-followup + ev-upgrade-preview-2026",
  "ev-upgrade-2026-followup + ev-upgrade-2026-nocountry",
  "ev-upgrade-2026-nocountry + ev-upgrade-preview-2026",
  "ev-dialogue-jcec + ev-visit-goyal-preview",
  "ev-forum-milan + ev-visit-goyal-preview"
])

const sameDevelopmentPairs = (items: ReadonlyArray<ClassifiedItem>): Array<string> => {
  const pairs: Array<string> = []
  for (let first = 0; first < items.length; first++) {
    for (let second = first + 1; second < items.length; second++) {
      if (sameDevelopment(items[first]!, items[second]!))
        pairs.push([items[first]!.id, items[second]!.id].sort().join(" + "))
    }
  }
  return pairs.sort()
}

describe("clustering the labelled eval set", () => {
  const relevant = load(join(packageDirectory, "eval", "bilateral.jsonl"))

  it("joins only the reports that are about one development", () => {
    expect(sameDevelopmentPairs(relevant)).toEqual(
      [
        // the 2026 upgrade: a preview, a same-day report naming neither country, and a follow-up
        "ev-upgrade-2026-followup + ev-upgrade-preview-2026",
        "ev-upgrade-2026-followup + ev-upgrade-2026-nocountry",
        "ev-upgrade-2026-nocountry + ev-upgrade-preview-2026",
        // Goyal's announced trip, whose programme was the Joint Commission and the Milan forum
        "ev-dialogue-jcec + ev-visit-goyal-preview",
        "ev-forum-milan + ev-visit-goyal-preview"
      ].sort()
    )
  })

  it("never joins a distractor to anything", () => {
    const distractors = load(join(packageDirectory, "eval", "distractors.jsonl"))
    for (const distractor of distractors)
      for (const report of relevant) expect(sameDevelopment(distractor, report), distractor.id).toBe(false)
  })

  it("joins no two different developments when it clusters what classify() says about the eval set", () => {
    const classified = [
      ...classifyLabelled(join(packageDirectory, "eval", "bilateral.jsonl")),
      ...classifyLabelled(join(packageDirectory, "eval", "distractors.jsonl"))
    ]
    const falseJoins = sameDevelopmentPairs(classified).filter((pair) => !knownSameDevelopment.has(pair))
    expect(falseJoins).toEqual([])
  })

  it.skipIf(!existsSync(seedsFile))(
    "joins our own reports of the 2023 and 2026 upgrades to the shared seeds of the same events (skipped when ../shared is absent)",
    () => {
      const seeds = load(seedsFile)
      const byId = new Map([...seeds, ...relevant].map((item) => [item.id, item]))
      expect(sameDevelopment(byId.get("ev-upgrade-2023")!, byId.get("seed-002")!)).toBe(true)
      expect(sameDevelopment(byId.get("ev-upgrade-2026-followup")!, byId.get("seed-004")!)).toBe(true)
      expect(sameDevelopment(byId.get("ev-upgrade-2026-nocountry")!, byId.get("seed-004")!)).toBe(true)
      expect(sameDevelopment(byId.get("ev-upgrade-2023")!, byId.get("seed-004")!)).toBe(false)
    }
  )
})
