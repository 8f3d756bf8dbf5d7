import { italian } from "../../knowledge/packs/it.ts"
import { compilePack, type CompiledPack } from "./gloss.ts"

/**
 * The language packs the classifier reads, compiled once at load, by language code. English needs
 * no pack: it is the language the rules are written in. Adding a language is adding its pack here.
 */
export const languagePacks: ReadonlyMap<string, CompiledPack> = new Map(
  [italian].map((pack) => [pack.code, compilePack(pack)])
)

/** The language the classifier's rules are written in. */
export const rulesLanguage = "en"
