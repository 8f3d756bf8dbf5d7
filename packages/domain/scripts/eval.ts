/**
 * `pnpm eval`: scores classify() on the shared dev set (when this checkout sits beside
 * /work/shared) and on every labelled file in eval/*.jsonl. `--json` prints the figures as JSON.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { basename, dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { classify } from "../src/classify/classify.ts"
import type { ClassifiedItem } from "../src/event.ts"
import { formatFigures, formatMistakes, parseEvalLines, score, type EvalItem } from "./eval-core.ts"

const packageDirectory = join(dirname(fileURLToPath(import.meta.url)), "..")
const seedsFile = join(packageDirectory, "..", "..", "..", "shared", "dev-set", "seeds.jsonl")
const evalDirectory = join(packageDirectory, "eval")
const asJson = process.argv.includes("--json")

interface DataSet {
  readonly name: string
  readonly items: ReadonlyArray<EvalItem>
}

const notes: Array<string> = []
const dataSets: Array<DataSet> = []

const load = (name: string, file: string): void => {
  const { items, errors } = parseEvalLines(readFileSync(file, "utf8"))
  for (const error of errors) notes.push(`${name} line ${error.line}${error.id === undefined ? "" : ` (${error.id})`} skipped: ${error.reason}`)
  dataSets.push({ name, items })
}

if (existsSync(seedsFile)) load("seeds (shared dev set)", seedsFile)
else notes.push(`shared dev set absent (looked for ${seedsFile}): scoring eval/*.jsonl only`)

const evalFiles = existsSync(evalDirectory) ? readdirSync(evalDirectory).filter((file) => file.endsWith(".jsonl")).sort() : []
if (evalFiles.length === 0) notes.push(`no eval/*.jsonl files in ${evalDirectory}`)
for (const file of evalFiles) load(`eval/${basename(file)}`, join(evalDirectory, file))

/** A classifier that throws on one item must not hide the figures for the rest: score it as a miss. */
const classifyForEvaluation = (item: EvalItem): ClassifiedItem => {
  const wireItem = {
    id: item.id,
    title: item.title,
    text: item.text,
    ...(item.published === undefined ? {} : { published: item.published }),
    ...(item.source === undefined ? {} : { source: item.source }),
    ...(item.url === undefined ? {} : { url: item.url })
  }
  try {
    return classify(wireItem)
  } catch (error) {
    notes.push(`classify() threw on ${item.id}: ${error instanceof Error ? error.message : String(error)} (scored as not relevant)`)
    return { ...wireItem, relevant: false, eventType: "not_relevant", eventTypes: [], sectors: [], actors: [], places: [], amounts: [], status: "happened", confidence: 0, evidence: [] }
  }
}


const predictions = dataSets.map((dataSet) => dataSet.items.map((item) => ({ item, predicted: classifyForEvaluation(item) })))
const results = dataSets.map((dataSet, index) => ({ name: dataSet.name, ...score(predictions[index]!) }))
const combined = score(predictions.flat())

if (asJson) {
  process.stdout.write(
    `${JSON.stringify(
      {
        notes,
        dataSets: Object.fromEntries(results.map((result) => [result.name, result.figures])),
        combined: combined.figures,
        mistakes: Object.fromEntries(results.map((result) => [result.name, result.mistakes]))
      },
      null,
      2
    )}\n`
  )
} else {
  const lines: Array<string> = []
  for (const note of notes) lines.push(`note: ${note}`)
  for (const result of results) {
    lines.push("", formatFigures(result.name, result.figures))
  }
  if (results.length > 1) lines.push("", formatFigures("combined", combined.figures))
  for (const result of results) {
    lines.push("", `${result.name}: ${result.mistakes.length} item(s) with differences`)
    if (result.mistakes.length > 0) lines.push(formatMistakes(result.mistakes))
  }
  process.stdout.write(`${lines.join("\n")}\n`)
}
