import { readdirSync, readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { interviewGates } from "./event-type-scoring.ts"
import { domesticProcedureGate, euTradeDealGate, originGate, summitTripGate } from "./relevance.ts"
import { gatedTest, holdsGateWords, type WordGate } from "./word-gate.ts"

const gates: ReadonlyArray<readonly [string, WordGate]> = [
  ["interview framing", interviewGates[0]!],
  ["interview aside", interviewGates[1]!],
  ["summit trip", summitTripGate],
  ["domestic procedure", domesticProcedureGate],
  ["origin", originGate],
  ["EU trade deal", euTradeDealGate]
]

// One text per way each expression can match, in the cases news writes them.
const matching: Record<string, ReadonlyArray<string>> = {
  "interview framing": ["In an INTERVIEW, he said", "a joint Op-Ed by the ministers", "an OPED", "Q & A: envoy"],
  "interview aside": ["Speaking to WION's Sidhant Sibal", "speaking with our diplomatic correspondent"],
  "summit trip": [
    "arrived in Rome to ATTEND the G20 Summit",
    "in Italy for the G-7",
    "taking part in the\nCOP 28",
    "participating in the UN General Assembly"
  ],
  "domestic procedure": [
    "was granted BAIL",
    "in judicial custody",
    "the CBI filed a chargesheet",
    "a Charge Sheet",
    "the Enforcement Directorate's money laundering case",
    "a special court under PMLA",
    "the Central Bureau of Investigation"
  ],
  origin: ["Italian-born Sonia Gandhi", "born in Italy", "her Italian roots", "foreign origin", "daughter-in-law"],
  "EU trade deal": [
    "the EU-India FTA",
    "the European Union – India free trade talks",
    "a free trade agreement between the European Union and India",
    "the trade pact between the EU and India"
  ]
}

const evalDirectory = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "eval")
/** Every headline, text and paragraph of the labelled sets: real wording the gates must never rule out. */
const evalTexts = (): Array<string> => {
  const files = [
    ...readdirSync(evalDirectory).filter((file) => file.endsWith(".jsonl")),
    ...readdirSync(join(evalDirectory, "real"))
      .filter((file) => file.endsWith(".jsonl"))
      .map((file) => join("real", file))
  ]
  const texts: Array<string> = []
  for (const file of files)
    for (const line of readFileSync(join(evalDirectory, file), "utf8").split("\n")) {
      if (line.trim() === "") continue
      const item = JSON.parse(line) as { title?: string; text?: string }
      for (const field of [item.title ?? "", item.text ?? ""]) texts.push(field, ...field.split(/\n+/))
    }
  return texts
}

describe("word gates", () => {
  it("let through every way their expressions match, in any case", () => {
    for (const [name, gate] of gates)
      for (const text of matching[name]!) {
        expect(gate.pattern.test(text), `${name}: ${text}`).toBe(true)
        expect(holdsGateWords(gate, text.toLowerCase()), `${name}: ${text}`).toBe(true)
      }
  })

  it("give the expression's own answer on every labelled report", () => {
    const texts = evalTexts()
    expect(texts.length).toBeGreaterThan(1000)
    for (const [name, gate] of gates)
      for (const text of texts) {
        const expected = gate.pattern.test(text)
        if (gatedTest(gate, text, text.toLowerCase()) !== expected) expect.fail(`${name} disagrees on: ${text}`)
      }
  })

  it("rule out a text without the words, whatever the expression", () => {
    const gate: WordGate = { pattern: /./, allOf: [["bilateral"], ["summit"]] }
    expect(gatedTest(gate, "a bilateral meeting", "a bilateral meeting")).toBe(false)
    expect(gatedTest(gate, "a bilateral summit", "a bilateral summit")).toBe(true)
  })
})
