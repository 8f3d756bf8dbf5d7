/**
 * Files labelled real reports into the real development set:
 * `tsx scripts/split-real-set.ts [--batch N] RAW.jsonl …` checks every line (a labelled eval item with
 * url, source and language, a text of at most 150 words), drops repeated URLs, and writes
 * eval/real/<language>-dev.jsonl and eval/real/<language>-heldout.jsonl (batch 1), or
 * <language>-dev-N.jsonl and <language>-heldout-N.jsonl for a later batch N, leaving the files of
 * earlier batches as they are: a frozen held-out part stays frozen, and a later batch's held-out part
 * is a fresh measure. Which part a report goes to is decided by its development (isHeldOutDevelopment),
 * so reports of one development land on the same side in every batch; a URL already filed in an
 * earlier batch is skipped.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
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

/** The URLs already filed in the set's other files: a later batch never files a report twice. */
const filedUrls = (realDirectory: string, except: ReadonlySet<string>): Set<string> => {
  const urls = new Set<string>()
  if (!existsSync(realDirectory)) return urls
  for (const file of readdirSync(realDirectory)) {
    if (!file.endsWith(".jsonl") || except.has(file)) continue
    for (const item of parseEvalLines(readFileSync(join(realDirectory, file), "utf8")).items)
      if (item.url !== undefined) urls.add(item.url)
  }
  return urls
}

const partFile = (language: string, heldOut: boolean, batch: number): string =>
  `${language}-${heldOut ? "heldout" : "dev"}${batch === 1 ? "" : `-${batch}`}.jsonl`

const main = (args: ReadonlyArray<string>): void => {
  const batchFlag = args.indexOf("--batch")
  const batch = batchFlag < 0 ? 1 : Number(args[batchFlag + 1])
  if (!Number.isInteger(batch) || batch < 1)
    throw new Error(`--batch takes a whole number from 1, got ${args[batchFlag + 1]}`)
  const files = batchFlag < 0 ? args : args.filter((_, index) => index !== batchFlag && index !== batchFlag + 1)
  const realDirectory = join(dirname(fileURLToPath(import.meta.url)), "..", "eval", "real")
  const filed = new Map<string, Array<EvalItem>>()
  const ownFiles = new Set(
    ["en", "it"].flatMap((language) => [partFile(language, false, batch), partFile(language, true, batch)])
  )
  const seenUrls = filedUrls(realDirectory, ownFiles)
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
      const part = partFile(item.language!, isHeldOutDevelopment(item.label.development!), batch)
      filed.set(part, [...(filed.get(part) ?? []), item])
    }
  }
  mkdirSync(realDirectory, { recursive: true })
  for (const [part, items] of filed) {
    writeFileSync(join(realDirectory, part), items.map((item) => JSON.stringify(item)).join("\n") + "\n")
    process.stdout.write(`${part}: ${items.length} reports\n`)
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main(process.argv.slice(2))
