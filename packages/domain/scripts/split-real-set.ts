/**
 * Files labelled real reports into the real development set: `tsx scripts/split-real-set.ts RAW.jsonl …`
 * checks every line (a labelled eval item with url, source and language, a text of at most 150 words),
 * drops repeated URLs, and writes eval/real/<language>-dev.jsonl and eval/real/<language>-heldout.jsonl.
 * Which part a report goes to is decided by its development (isHeldOutDevelopment), so a re-run with
 * more raw files never moves a report that was already filed.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { isHeldOutDevelopment, parseEvalLines, type EvalItem } from "./eval-core.ts"

export const maxWords = 150

const wordCount = (text: string): number => text.split(/\s+/).filter((word) => word !== "").length

/** Why a labelled real report cannot be filed, or undefined when it can. */
export const realItemProblem = (item: EvalItem): string | undefined => {
  if (item.url === undefined || !/^https?:\/\//.test(item.url)) return "no http(s) url"
  if (item.source === undefined || item.source.trim() === "") return "no outlet (source)"
  if (item.language === undefined) return "no language"
  if (item.label.development === undefined || item.label.development === "") return "no development slug"
  const words = wordCount(item.text)
  if (words > maxWords) return `text of ${words} words (at most ${maxWords})`
  return undefined
}

const main = (files: ReadonlyArray<string>): void => {
  const realDirectory = join(dirname(fileURLToPath(import.meta.url)), "..", "eval", "real")
  const filed = new Map<string, Array<EvalItem>>()
  const seenUrls = new Set<string>()
  for (const file of files) {
    const { items, errors } = parseEvalLines(readFileSync(file, "utf8"))
    for (const error of errors) process.stderr.write(`${file} line ${error.line}: ${error.reason}\n`)
    for (const item of items) {
      const problem = realItemProblem(item)
      if (problem !== undefined) {
        process.stderr.write(`${file} ${item.id}: ${problem}; not filed\n`)
        continue
      }
      if (seenUrls.has(item.url!)) continue
      seenUrls.add(item.url!)
      const part = `${item.language}-${isHeldOutDevelopment(item.label.development!) ? "heldout" : "dev"}`
      filed.set(part, [...(filed.get(part) ?? []), item])
    }
  }
  mkdirSync(realDirectory, { recursive: true })
  for (const [part, items] of filed) {
    writeFileSync(join(realDirectory, `${part}.jsonl`), items.map((item) => JSON.stringify(item)).join("\n") + "\n")
    process.stdout.write(`${part}: ${items.length} reports\n`)
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2))
