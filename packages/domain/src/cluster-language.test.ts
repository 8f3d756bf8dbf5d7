import { readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { parseEvalLines, type EvalItem } from "../scripts/eval-core.ts"
import { classify } from "./classify/classify.ts"
import { inRulesLanguage } from "./classify/language/rules-language.ts"
import { sameDevelopment, similarity } from "./cluster.ts"
import type { ClassifiedItem } from "./event.ts"

/**
 * One development reported in English by one outlet and in Italian by another is one event: real
 * reports from eval/real of Rajnath Singh's visit to Rome (9 October 2023), classified as they come.
 */
const realDirectory = join(dirname(fileURLToPath(import.meta.url)), "..", "eval", "real")
const realItem = (file: string, id: string): EvalItem => {
  const item = parseEvalLines(readFileSync(join(realDirectory, file), "utf8")).items.find(
    (candidate) => candidate.id === id
  )
  if (item === undefined) throw new Error(`${id} is not in eval/real/${file}`)
  return item
}
const classified = (item: EvalItem): ClassifiedItem => classify(item)
const textReason = (a: ClassifiedItem, b: ClassifiedItem): number =>
  similarity(a, b).reasons.find((reason) => reason.signal === "text")?.score ?? 0

describe("clustering across languages", () => {
  const english = classified(realItem("en-dev.jsonl", "en-a-rajnath-rome-defence-agreement-hindu"))
  const italian = classified(realItem("it-dev.jsonl", "it-a-2023-10-singh-arrivo-nova"))
  const englishPreview = classified(realItem("en-dev.jsonl", "en-a-rajnath-to-visit-italy-sputnik"))
  const italianTalks = classified(realItem("it-dev.jsonl", "it-a-2023-10-crosetto-singh-nova"))

  it("joins an English and an Italian report of the Rome defence agreement", () => {
    expect(english.language).toBe("en")
    expect(italian.language).toBe("it")
    expect(sameDevelopment(english, italian)).toBe(true)
    expect(sameDevelopment(englishPreview, italianTalks)).toBe(true)
  })

  it("compares the Italian report's words through the pack, not as foreign words", () => {
    const asIfUnread: ClassifiedItem = { ...italian, language: "und" }
    expect(textReason(english, italian)).toBeGreaterThan(textReason(english, asIfUnread))
    expect(inRulesLanguage("firmato l'accordo sulla difesa", "it")).toBe("signed the agreement sulla defence")
  })

  it("keeps a different development of the same month apart", () => {
    const consulate = classified(realItem("en-dev.jsonl", "en-b-bengaluru-consulate-opens-dh"))
    expect(sameDevelopment(consulate, italian)).toBe(false)
  })
})
