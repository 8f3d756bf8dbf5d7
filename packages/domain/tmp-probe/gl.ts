import { readFileSync } from "node:fs"
import { glossText } from "../src/classify/language/gloss.ts"
import { languagePacks } from "../src/classify/language/packs.ts"
const ids = process.argv.slice(2)
const pack = languagePacks.get("it")!
for (const file of ["/tmp/dev-all.jsonl"]) for (const line of readFileSync(file, "utf8").split("\n")) {
  if (!line) continue
  const d = JSON.parse(line)
  if (!ids.includes(d.id)) continue
  console.log(d.id, "\nTITLE:", glossText(pack, d.title ?? "").text, "\nTEXT:", glossText(pack, d.text ?? "").text.slice(0, 1200), "\n")
}
