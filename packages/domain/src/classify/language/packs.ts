import { pairKnowledge } from "../../profile/active-profile.ts"
import { compilePack, type CompiledPack } from "./gloss.ts"

/**
 * The language packs the classifier reads, compiled once at load, by language code. English needs
 * no pack: it is the language the rules are written in. Adding a language is adding its pack to the
 * pair's knowledge pack (profile/india-italy-knowledge.ts).
 */
export const languagePacks: ReadonlyMap<string, CompiledPack> = new Map(
  pairKnowledge.languagePacks.map((pack) => [pack.code, compilePack(pack)])
)

/** The language the classifier's rules are written in. */
export const rulesLanguage = "en"
