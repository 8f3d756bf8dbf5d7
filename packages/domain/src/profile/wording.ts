import { pairProfile, type SideCode } from "./active-profile.ts"
import type { InLanguages, SideProfile } from "./pair-profile.ts"

/** How the product names the pair and its sides, in the languages it writes. */

export type Language = keyof InLanguages

export type { SideCode }

/** The two sides' codes ("IN", "IT"), in the profile's order. */
export const sideCodes: readonly [SideCode, SideCode] = [pairProfile.sides[0].code, pairProfile.sides[1].code]

export const sideProfile = (code: string): SideProfile | undefined =>
  pairProfile.sides.find((side) => side.code === code)

/** "India" for "IN"; "" for anything that is not one of the two. */
export const countryName = (code: string, language: Language = "en"): string => sideProfile(code)?.name[language] ?? ""

/** The side that is not `code` ("IT" for "IN"). */
export const otherSide = (code: SideCode): SideCode => (code === sideCodes[0] ? sideCodes[1] : sideCodes[0])

/** "India–Italy", as in "India–Italy relations". */
export const pairLabel = (language: Language = "en"): string =>
  `${pairProfile.sides[0].name[language]}–${pairProfile.sides[1].name[language]}`

/** "India and Italy". */
export const bothSides = (language: Language = "en"): string =>
  `${pairProfile.sides[0].name[language]} ${language === "it" ? "e" : "and"} ${pairProfile.sides[1].name[language]}`

/** "an India–Italy", "a France–Japan" (by the first letter: good enough for country names). */
export const aPairLabel = (): string => `${/^[AEIOU]/.test(pairLabel()) ? "an" : "a"} ${pairLabel()}`
