import { pairKnowledge } from "../profile/active-profile.ts"

/**
 * Names as people type them, resolved to the dictionary's canonical names: what a subscription to
 * an actor or a place stores, so it compares equal with what the classifier writes on an item.
 */

/**
 * Lower case, accents and punctuation dropped, runs of space collapsed:
 * "Sérgio  Mattarella." → "sergio mattarella".
 */
export const foldName = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()

export type NameLookup =
  | { readonly _tag: "Found"; readonly name: string }
  | { readonly _tag: "Unknown"; readonly suggestion?: string }

interface NameIndex {
  readonly byFolded: ReadonlyMap<string, string>
  readonly folded: ReadonlyArray<readonly [string, string]>
}

const indexOf = (
  entries: ReadonlyArray<{ readonly name: string; readonly aliases?: ReadonlyArray<string> | undefined }>
): NameIndex => {
  const byFolded = new Map<string, string>()
  for (const entry of entries) {
    for (const alias of [entry.name, ...(entry.aliases ?? [])]) {
      const key = foldName(alias)
      // The first entry to claim a spelling keeps it, as the dictionary's order decides elsewhere.
      if (key !== "" && !byFolded.has(key)) byFolded.set(key, entry.name)
    }
  }
  return { byFolded, folded: [...byFolded] }
}

let actorIndex: NameIndex | undefined
let placeIndex: NameIndex | undefined
// The dictionaries of the pair profile's knowledge pack.
const actors = () => (actorIndex ??= indexOf(pairKnowledge.actors))
const places = () => (placeIndex ??= indexOf(pairKnowledge.places))

/** Edit distance, stopping early once it passes `limit` (names here are short and bounded). */
const distance = (a: string, b: string, limit: number): number => {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
      current.push(value)
      if (value < best) best = value
    }
    if (best > limit) return limit + 1
    previous = current
  }
  return previous[b.length] ?? limit + 1
}

/** Longest name considered: anything longer is no name in the dictionary, and is not compared. */
const maxLookupChars = 120

const lookup = (index: NameIndex, typed: string): NameLookup => {
  const key = foldName(typed.slice(0, maxLookupChars))
  const found = index.byFolded.get(key)
  if (found !== undefined) return { _tag: "Found", name: found }
  if (key === "") return { _tag: "Unknown" }
  // A near spelling ("Fincantiery"), or a name that contains what was typed ("Meloni" → a full name).
  const limit = Math.max(1, Math.floor(key.length / 4))
  let best: { name: string; score: number } | undefined
  for (const [alias, name] of index.folded) {
    const score = alias.includes(key) && key.length >= 3 ? 0.5 : distance(key, alias, limit)
    if (score <= limit && (best === undefined || score < best.score)) best = { name, score }
  }
  return best === undefined ? { _tag: "Unknown" } : { _tag: "Unknown", suggestion: best.name }
}

/** An actor of the dictionary by its name or an alias, case- and accent-insensitive. */
export const lookupActor = (typed: string): NameLookup => lookup(actors(), typed)

/** A place of the dictionary by its name or an alias, case- and accent-insensitive. */
export const lookupPlace = (typed: string): NameLookup => lookup(places(), typed)
