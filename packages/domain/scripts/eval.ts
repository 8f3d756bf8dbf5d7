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
import { makeProgress, runCommand } from "@india-italy/ops"
import { Effect } from "effect"
import { Command, Flag } from "effect/cli"
import { formatFigures, formatMistakes, parseEvalLines, score, type EvalItem } from "./eval-core.ts"

const packageDirectory = join(dirname(fileURLToPath(import.meta.url)), "..")
const seedsFile = join(packageDirectory, "..", "..", "..", "shared", "dev-set", "seeds.jsonl")
const evalDirectory = join(packageDirectory, "eval")
const realDirectory = join(evalDirectory, "real")

type DataSetKind = "seeds" | "real" | "synthetic"

interface DataSet {
  readonly name: string
  readonly kind: DataSetKind
  readonly items: ReadonlyArray<EvalItem>
}

interface EvalOptions {
  readonly asJson: boolean
  readonly showHeldOut: boolean
}

const jsonlFiles = (directory: string): Array<string> =>
  existsSync(directory)
    ? readdirSync(directory)
        .filter((file) => file.endsWith(".jsonl"))
        .sort()
    : []

const isHeldOut = (name: string): boolean => name.includes("heldout")

/** Every data set there is; what is missing or skipped goes into `notes`. */
const loadDataSets = (notes: Array<string>): Array<DataSet> => {
  const dataSets: Array<DataSet> = []
  const load = (name: string, kind: DataSetKind, file: string): void => {
    const { items, errors } = parseEvalLines(readFileSync(file, "utf8"))
    for (const error of errors)
      notes.push(`${name} line ${error.line}${error.id === undefined ? "" : ` (${error.id})`} skipped: ${error.reason}`)
    dataSets.push({ name, kind, items })
  }
  if (existsSync(seedsFile)) load("seeds (shared dev set)", "seeds", seedsFile)
  else notes.push(`shared dev set absent (looked for ${seedsFile}): scoring eval/*.jsonl only`)

  const realFiles = jsonlFiles(realDirectory)
  if (realFiles.length === 0) notes.push(`no real sets in ${realDirectory}`)
  for (const file of realFiles) load(`eval/real/${basename(file)}`, "real", join(realDirectory, file))

  const evalFiles = jsonlFiles(evalDirectory)
  if (evalFiles.length === 0) notes.push(`no eval/*.jsonl files in ${evalDirectory}`)
  for (const file of evalFiles) load(`eval/${basename(file)}`, "synthetic", join(evalDirectory, file))
  return dataSets
}

/** A classifier that throws on one item must not hide the figures for the rest: score it as a miss. */
const classifyForEvaluation = (item: EvalItem, notes: Array<string>): ClassifiedItem => {
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
    const message = error instanceof Error ? error.message : String(error)
    notes.push(`classify() threw on ${item.id}: ${message} (scored as not relevant)`)
    return {
      ...wireItem,
      relevant: false,
      eventType: "not_relevant",
      eventTypes: [],
      sectors: [],
      actors: [],
      places: [],
      amounts: [],
      status: "happened",
      confidence: 0,
      evidence: []
    }
  }
}

type Scored = ReturnType<typeof score>
type DataSetResult = Scored & { readonly name: string; readonly kind: DataSetKind }

interface Report {
  readonly notes: ReadonlyArray<string>
  readonly results: ReadonlyArray<DataSetResult>
  readonly combined: Scored
  readonly realCombined: Scored
  readonly shownMistakes: ReadonlyArray<DataSetResult>
  readonly hiddenMistakes: ReadonlyArray<DataSetResult>
}

const formatJson = (report: Report): string =>
  JSON.stringify(
    {
      notes: report.notes,
      dataSets: Object.fromEntries(report.results.map((result) => [result.name, result.figures])),
      kinds: Object.fromEntries(report.results.map((result) => [result.name, result.kind])),
      realCombined: report.realCombined.figures,
      combined: report.combined.figures,
      mistakes: Object.fromEntries(report.shownMistakes.map((result) => [result.name, result.mistakes]))
    },
    null,
    2
  )

const headings: Record<DataSetKind, string> = {
  seeds: "== the shared seeds ==",
  real: "== real published reports (accuracy) ==",
  synthetic: "== synthetic regression files (written for the project: not a measure of accuracy) =="
}

const formatText = (report: Report): string => {
  const lines: Array<string> = report.notes.map((note) => `note: ${note}`)
  for (const kind of ["seeds", "real", "synthetic"] as const) {
    const ofKind = report.results.filter((result) => result.kind === kind)
    if (ofKind.length === 0) continue
    lines.push("", headings[kind])
    for (const result of ofKind) lines.push("", formatFigures(result.name, result.figures))
  }
  if (report.realCombined.figures.items > 0) lines.push("", formatFigures("all real sets", report.realCombined.figures))
  for (const result of report.shownMistakes) {
    lines.push("", `${result.name}: ${result.mistakes.length} item(s) with differences`)
    if (result.mistakes.length > 0) lines.push(formatMistakes(result.mistakes))
  }
  for (const result of report.hiddenMistakes) {
    lines.push(
      "",
      `${result.name}: ${result.mistakes.length} item(s) with differences (held out: --show-heldout prints them)`
    )
  }
  return lines.join("\n")
}

const evaluate = ({ asJson, showHeldOut }: EvalOptions): void => {
  const notes: Array<string> = []
  const dataSets = loadDataSets(notes)
  const total = dataSets.reduce((sum, dataSet) => sum + dataSet.items.length, 0)
  const progress = makeProgress({ label: "eval", total, unit: "items" })
  const predictions = dataSets.map((dataSet) =>
    dataSet.items.map((item) => {
      const predicted = classifyForEvaluation(item, notes)
      progress.advance()
      return { item, predicted }
    })
  )
  progress.done()
  const results = dataSets.map((dataSet, index) => ({
    name: dataSet.name,
    kind: dataSet.kind,
    ...score(predictions[index]!)
  }))
  const report: Report = {
    notes,
    results,
    combined: score(predictions.flat()),
    realCombined: score(predictions.filter((_, index) => dataSets[index]!.kind === "real").flat()),
    shownMistakes: results.filter((result) => showHeldOut || !isHeldOut(result.name)),
    hiddenMistakes: results.filter((result) => !showHeldOut && isHeldOut(result.name))
  }
  process.stdout.write(`${asJson ? formatJson(report) : formatText(report)}\n`)
}

const evalCommand = Command.make(
  "eval",
  {
    asJson: Flag.Boolean("json").pipe(
      Flag.withDescription("Print the figures as JSON (default: text)."),
      Flag.withDefault(false)
    ),
    showHeldOut: Flag.Boolean("show-heldout").pipe(
      Flag.withDescription("Also print the mistakes on held-out files (default: only their figures)."),
      Flag.withDefault(false)
    )
  },
  (options) => Effect.sync(() => evaluate(options))
).pipe(
  Command.withDescription(
    "Scores classify() on the shared dev set (when ../shared is present), on the real published reports in " +
      "eval/real/*.jsonl and on the synthetic regression files in eval/*.jsonl, with a per-item diff of what it " +
      "got wrong."
  ),
  Command.withExamples([
    { command: "pnpm -s eval --json | jq .realCombined", description: "the combined figures on real reports" }
  ])
)

runCommand(evalCommand, { name: "eval" })
