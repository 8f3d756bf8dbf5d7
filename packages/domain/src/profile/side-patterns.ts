import type { SideProfile } from "./pair-profile.ts"

/**
 * The profile's names compiled into what the classifier matches: the words that name a side, and
 * the patterns built from them. Each is built once, when the classifier's modules load.
 */

/** A literal string as a regular-expression source. */
export const escapeForPattern = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

const either = (words: ReadonlyArray<string>): string => words.map(escapeForPattern).join("|")

/** Every word that names a side in English copy: "India", "Indian", "Indians", "Bharat", "Indo". */
export const sideNames = (side: SideProfile): ReadonlyArray<string> => [
  side.name.en,
  side.adjective.en,
  side.demonym.en,
  ...side.alsoKnownAs,
  side.combiningForm
]

/**
 * Whose a title of office is, from the words just before it: "Indian Prime Minister", "India's
 * Foreign Secretary", "Indian External Affairs Minister" (the adjective, then a capitalised word,
 * then up to one more). Tested against at most the 24 characters before the title.
 */
export const titleOwnerPatterns = (side: SideProfile): { readonly written: RegExp; readonly shouted: RegExp } => {
  const adjective = escapeForPattern(side.adjective.en)
  const name = escapeForPattern(side.name.en)
  return {
    written: new RegExp(String.raw`\b(?:${adjective}|${name}'s|${adjective} [A-Z]\w+|${name})\s+(?:\w+\s+)?$`),
    shouted: new RegExp(
      String.raw`\b(?:${adjective.toUpperCase()}|${name.toUpperCase()}'S|${name.toUpperCase()})\s+(?:\w+\s+)?$`
    )
  }
}

/** "India-Italy", "Indo-Italian", "Italy/India", "Italo-Indian": one word naming both sides. */
export const compoundSource = (first: SideProfile, second: SideProfile): string => {
  const half = (left: SideProfile, right: SideProfile): string => {
    const leftWord = either([left.name.en, left.combiningForm])
    const rightWord = either([right.name.en, right.adjective.en])
    return String.raw`\b(?:${leftWord})\s*[-–—‑/]\s*(?:${rightWord})\b`
  }
  return `${half(first, second)}|${half(second, first)}`
}
