import { glossText } from "./gloss.ts"
import { languagePacks } from "./packs.ts"

/**
 * Text of a report in the words of the rules' language, for comparing reports across languages
 * (clustering): a pack's language is glossed; any other text is returned as it is.
 */
export const inRulesLanguage = (text: string, language: string | undefined): string => {
  const pack = language === undefined ? undefined : languagePacks.get(language)
  return pack === undefined ? text : glossText(pack, text).text
}

/** Every pack's function words: never content, whichever language a report is in. */
export const packStopWords: ReadonlyArray<string> = [...languagePacks.values()].flatMap(
  (compiled) => compiled.pack.stopWords
)
