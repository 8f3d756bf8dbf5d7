import { readdirSync, readFileSync } from "node:fs"
import { join, relative } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { sourceLiterals } from "../testing/source-literals.ts"
import { pairProfile } from "./active-profile.ts"
import { escapeForPattern } from "./side-patterns.ts"

/**
 * The pair is named in one place: the profile (this folder) and its knowledge pack (knowledge/).
 * This scan reads the literals (strings, templates, regular expressions; not comments) of every
 * source file of the apps and packages and fails on one that names the pair in another way.
 */

const repository = fileURLToPath(new URL("../../../../", import.meta.url))

/** Folders and files whose business is to name the pair, or to tell stories about it. */
const exempt: ReadonlyArray<readonly [RegExp, string]> = [
  [/^packages\/domain\/src\/profile\//, "the pair profile"],
  [/^packages\/domain\/src\/knowledge\//, "the pair's knowledge pack: actors, places, countries, the Italian pack"],
  [/\.test\.ts$|\.properties\.ts$|\/testing\/|\/test-support\/|fixtures\.ts$/, "tests and their sample reports"],
  [
    /^apps\/system\/src\/(?:demo\/demo-stories|bench\/bench-stories|bench\/history-events)\.ts$/,
    "the demo's and bench's sample reports"
  ],
  [/^packages\/domain\/scripts\/bench\.ts$/, "the classifier bench's sample reports"]
]

/** Literals that contain a pair word without naming the pair as the product's configuration. */
const allowed: ReadonlyArray<readonly [string, RegExp, string]> = [
  // The workspace's npm scope is the repository's name, not configuration.
  ["*", /@india-italy\/[a-z-]+/g, "package names"],
  ["packages/domain/src/classify/sector-lexicon.ts", /india-middle east-europe economic corridor/g, "IMEC's full name"],
  // PostgreSQL's text-search configuration for the Italian language; the web CLI's help says so.
  ["packages/event-store/src/", /'italian'/g, "a PostgreSQL text-search language"],
  ["apps/web/src/cli/events-args.ts", /English and Italian/g, "the search's languages"]
]

/** The pair's words, from the shipped profile: names, adjectives, capitals, offices, enclaves, command, product. */
const pairWords = (): { readonly anyCase: RegExp; readonly exact: RegExp } => {
  const words = new Set<string>()
  for (const side of pairProfile.sides) {
    for (const text of [side.name.en, side.name.it, side.adjective.en, side.demonym.en, ...side.alsoKnownAs])
      words.add(text)
    words.add(side.capital.en)
    words.add(side.capital.it)
    words.add(side.foreignMinistry.metonym)
  }
  for (const enclave of pairProfile.enclaves) words.add(enclave.name)
  words.add(pairProfile.slack.command.replace(/^\//, ""))
  words.add(pairProfile.product.name)
  const codes = pairProfile.sides.map((side) => escapeForPattern(side.code)).join("|")
  const prefixes = pairProfile.sides.map((side) => escapeForPattern(side.shipPrefix.prefix)).join("|")
  return {
    anyCase: new RegExp(String.raw`\b(?:${[...words].map(escapeForPattern).join("|")})\b`, "i"),
    // Codes and ship prefixes as written: "IN" as a whole literal, "INS" as a word.
    exact: new RegExp(String.raw`^(?:${codes})$|\b(?:${prefixes})\b`)
  }
}

const sourceFiles = (folder: string): Array<string> =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === "node_modules" || entry.name === "dist") return []
    const path = join(folder, entry.name)
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith(".ts") ? [path] : []
  })

const scanned = (): Array<string> =>
  ["apps", "packages"]
    .flatMap((top) => readdirSync(join(repository, top)).map((name) => join(repository, top, name)))
    .flatMap((project) => ["src", "scripts"].flatMap((folder) => safeSourceFiles(join(project, folder))))
    .map((path) => relative(repository, path))
    .filter((path) => !exempt.some(([pattern]) => pattern.test(path)))

const safeSourceFiles = (folder: string): Array<string> => {
  try {
    return sourceFiles(folder)
  } catch {
    return []
  }
}

const namings = (path: string): Array<string> => {
  const { anyCase, exact } = pairWords()
  const found: Array<string> = []
  for (const literal of sourceLiterals(readFileSync(join(repository, path), "utf8"))) {
    let text = literal
    for (const [where, pattern] of allowed)
      if (where === "*" || path.startsWith(where)) text = text.replace(pattern, "")
    if (anyCase.test(text) || exact.test(text)) found.push(`${path}: ${JSON.stringify(literal.slice(0, 120))}`)
  }
  return found
}

describe("the pair is named only by its profile", () => {
  it("finds no literal naming the pair in the apps' and packages' code outside the profile and its knowledge", () => {
    const files = scanned()
    // The scan reads the code it claims to: the renderers, the classifier, the slash command.
    expect(files).toEqual(
      expect.arrayContaining([
        "apps/notifier/src/slack/render-alert.ts",
        "packages/domain/src/classify/entities.ts",
        "apps/notifier/src/slash-command/handle-command.ts"
      ])
    )
    expect(files.flatMap(namings)).toEqual([])
  })

  it("catches the literals it looks for, and not the pair in comments or identifiers", () => {
    const { anyCase, exact } = pairWords()
    const literals = sourceLiterals(
      [
        "// India in a comment",
        "const india = 1 /* Italy */",
        // biome-ignore lint/suspicious/noTemplateCurlyInString: source text for the scanner
        'const side = country === "IN" ? `Indian ${x ? "x" : `y`}` : "other"',
        "const ship = /(?:INS|ITS) [A-Z]/",
        "const command = '/indiaitaly'",
        "const ratio = a / b / c"
      ].join("\n")
    )
    expect(literals).toEqual(["IN", "Indian ", "x", "y", "", "other", "(?:INS|ITS) [A-Z]", "/indiaitaly"])
    const hits = literals.filter((literal) => anyCase.test(literal) || exact.test(literal))
    expect(hits).toEqual(["IN", "Indian ", "(?:INS|ITS) [A-Z]", "/indiaitaly"])
  })
})
