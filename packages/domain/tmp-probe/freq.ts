import { readFileSync } from "node:fs"
import { glossText } from "../src/classify/language/gloss.ts"
import { languagePacks } from "../src/classify/language/packs.ts"
const pack = languagePacks.get("it")!
const counts = new Map<string, number>()
for (const line of readFileSync("/tmp/dev-all.jsonl", "utf8").split("\n")) {
  if (!line) continue
  const d = JSON.parse(line)
  if (d.language !== "it") continue
  const g = glossText(pack, `${d.title ?? ""}\n${d.text ?? ""}`).text
  const seen = new Set<string>()
  for (let i = 0; i < 3; i++) {}
  const words = g.toLowerCase().match(/[a-zàèéìòù']+(?: [a-zàèéìòù']+)?/g) ?? []
  for (const w of g.toLowerCase().match(/\p{L}+/gu) ?? []) seen.add(w)
  const toks = g.toLowerCase().match(/\p{L}+/gu) ?? []
  for (let i = 0; i + 1 < toks.length; i++) seen.add(`${toks[i]} ${toks[i + 1]}`)
  for (const w of seen) counts.set(w, (counts.get(w) ?? 0) + 1)
}
console.log([...counts].filter(([w, c]) => c >= Number(process.argv[2] ?? 8)).sort((a, b) => b[1] - a[1]).map(([w, c]) => `${c} ${w}`).join("\n"))
