import { readdirSync, readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { inOpening, type OpeningCue } from "./opening-cue.ts"
import { interviewFramingCue } from "./event-type-scoring.ts"
import { domesticProcedureCue, originCue, summitTripCue } from "./relevance.ts"

const cues: Record<string, OpeningCue> = { summitTripCue, originCue, domesticProcedureCue, interviewFramingCue }

// Every labelled report's headline and text, and phrases written to hit each alternative of each pattern.
const evalDirectory = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "eval")
const reports = [evalDirectory, join(evalDirectory, "real")].flatMap((directory) =>
  readdirSync(directory)
    .filter((file) => file.endsWith(".jsonl"))
    .flatMap((file) => readFileSync(join(directory, file), "utf8").split("\n"))
    .filter((line) => line.startsWith("{"))
    .flatMap((line) => {
      const { title, text } = JSON.parse(line) as { title: string; text: string }
      return [title, text]
    })
)
const phrases = [
  "Modi arrived to attend the G-20 summit",
  "in Rome for the COP 26",
  "taking part in the UN General Assembly",
  "Italian-born leader",
  "her foreign roots",
  "the daughter-in-law of",
  "born in Italy",
  "granted BAIL by a special court",
  "remanded in judicial custody",
  "the Central Bureau of Investigation filed a charge sheet",
  "In an INTERVIEW with",
  "a joint op-ed",
  "Q & A: the ambassador"
]

describe("opening cues", () => {
  it("agree with their patterns: a cue's words are in every match", () => {
    for (const [name, cue] of Object.entries(cues)) {
      for (const text of [...phrases, ...reports]) {
        const expected = cue.pattern.test(text)
        if (inOpening(cue, text, text.toLowerCase()) !== expected) expect.fail(`${name} disagrees on: ${text}`)
      }
    }
  })

  it("match the phrases written for them", () => {
    expect(phrases.filter((phrase) => Object.values(cues).some((cue) => cue.pattern.test(phrase)))).toEqual(phrases)
  })
})
