/**
 * `pnpm eval`: scores classify() on the shared dev set (when this checkout sits beside
 * /work/shared), on the real published reports in eval/real/*.jsonl — the only figures that
 * measure accuracy — and on the synthetic regression files in eval/*.jsonl. `--json` prints the
 * figures as JSON. The mistakes of a held-out file (a name containing "heldout") are not printed
 * unless `--show-heldout` is given: they are read once, at the end of a round of changes, never
 * tuned on.
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
const realDirectory = join(evalDirectory, "real")
const asJson = process.argv.includes("--json")
const showHeldOut = process.argv.includes("--show-heldout")

type DataSetKind = "seeds" | "real" | "synthetic"

interface DataSet {
  readonly name: string
  readonly kind: DataSetKind
  readonly items: ReadonlyArray<EvalItem>
}

const notes: Array<string> = []
const dataSets: Array<DataSet> = []

const load = (name: string, kind: DataSetKind, file: string): void => {
  const { items, errors } = parseEvalLines(readFileSync(file, "utf8"))
  for (const error of errors) notes.push(`${name} line ${error.line}${error.id === undefined ? "" : ` (${error.id})`} skipped: ${error.reason}`)
  dataSets.push({ name, kind, items })
}

const jsonlFiles = (directory: string): Array<string> =>
  existsSync(directory) ? readdirSync(directory).filter((file) => file.endsWith(".jsonl")).sort() : []

if (existsSync(seedsFile)) load("seeds (shared dev set)", "seeds", seedsFile)
else notes.push(`shared dev set absent (looked for ${seedsFile}): scoring eval/*.jsonl only`)

const realFiles = jsonlFiles(realDirectory)
if (realFiles.length === 0) notes.push(`no real sets in ${realDirectory}`)
for (const file of realFiles) load(`eval/real/${basename(file)}`, "real", join(realDirectory, file))

const evalFiles = jsonlFiles(evalDirectory)
if (evalFiles.length === 0) notes.push(`no eval/*.jsonl files in ${evalDirectory}`)
for (const file of evalFiles) load(`eval/${basename(file)}`, "synthetic", join(evalDirectory, file))

const isHeldOut = (name: string): boolean => name.includes("heldout")

/** A classifier that throws on one item must not hide the figures for the rest: score it as a miss. */
const classifyForEvaluation = (item: EvalItem): ClassifiedItem => {
  const wireItem = {
    id: item.id,
    title: item.title,
    text: item.text,
    ...(item.published === undefined ? {} : { published: item.published }),
    ...(item.source === undefined ? {} : { source: item.source }),
    ...(item.url === undefined ? {} : { url: item.url }),
    ...(item.language === undefined ? {} : { language: item.language })
  }
  try {
    return classify(wireItem)
  } catch (error) {
    notes.push(`classify() threw on ${item.id}: ${error instanceof Error ? error.message : String(error)} (scored as not relevant)`)
    return { ...wireItem, relevant: false, eventType: "not_relevant", eventTypes: [], sectors: [], actors: [], places: [], amounts: [], status: "happened", confidence: 0, evidence: [] }
  }
}


const predictions = dataSets.map((dataSet) => dataSet.items.map((item) => ({ item, predicted: classifyForEvaluation(item) })))
const results = dataSets.map((dataSet, index) => ({ name: dataSet.name, kind: dataSet.kind, ...score(predictions[index]!) }))
const combined = score(predictions.flat())
const realCombined = score(predictions.filter((_, index) => dataSets[index]!.kind === "real").flat())
const shownMistakes = results.filter((result) => showHeldOut || !isHeldOut(result.name))
const hiddenMistakes = results.filter((result) => !showHeldOut && isHeldOut(result.name))

if (asJson) {
  process.stdout.write(
    `${JSON.stringify(
      {
        notes,
        dataSets: Object.fromEntries(results.map((result) => [result.name, result.figures])),
        kinds: Object.fromEntries(results.map((result) => [result.name, result.kind])),
        realCombined: realCombined.figures,
        combined: combined.figures,
        mistakes: Object.fromEntries(shownMistakes.map((result) => [result.name, result.mistakes]))
      },
      null,
      2
    )}\n`
  )
} else {
  const lines: Array<string> = []
  for (const note of notes) lines.push(`note: ${note}`)
  const heading: Record<DataSetKind, string> = {
    seeds: "== the shared seeds ==",
    real: "== real published reports (accuracy) ==",
    synthetic: "== synthetic regression files (written for the project: not a measure of accuracy) =="
  }
  for (const kind of ["seeds", "real", "synthetic"] as const) {
    const ofKind = results.filter((result) => result.kind === kind)
    if (ofKind.length === 0) continue
    lines.push("", heading[kind])
    for (const result of ofKind) lines.push("", formatFigures(result.name, result.figures))
  }
  if (realCombined.figures.items > 0) lines.push("", formatFigures("all real sets", realCombined.figures))
  for (const result of shownMistakes) {
    lines.push("", `${result.name}: ${result.mistakes.length} item(s) with differences`)
    if (result.mistakes.length > 0) lines.push(formatMistakes(result.mistakes))
  }
  for (const result of hiddenMistakes) {
    lines.push("", `${result.name}: ${result.mistakes.length} item(s) with differences (held out: --show-heldout prints them)`)
  }
  process.stdout.write(`${lines.join("\n")}\n`)
}
