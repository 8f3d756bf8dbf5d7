import { indiaItaly } from "./india-italy.ts"
import { checkedProfile, type PairProfile, type SideProfile } from "./pair-profile.ts"

/**
 * The pair this build watches, and its knowledge pack. Knowledge is compiled to patterns when the
 * modules load, so the pair is chosen here, once, rather than passed at run time; every module
 * reads `pairProfile` and `pairKnowledge`. Tests swap this module for another pair
 * (testing/france-japan.ts) to show that nothing else names the pair.
 */

// A re-export, so a bundle that never reads the knowledge pack leaves the dictionaries out.
export { indiaItalyKnowledge as pairKnowledge } from "./india-italy-knowledge.ts"

/** The codes of the two sides ("IN" | "IT"): the values `Country` gives them. */
export type SideCode = (typeof indiaItaly.sides)[number]["code"]

export interface ActiveSide extends SideProfile {
  readonly code: SideCode
}

export interface ActiveProfile extends Omit<PairProfile, "sides"> {
  readonly sides: readonly [ActiveSide, ActiveSide]
}

export const pairProfile: ActiveProfile = checkedProfile(indiaItaly)
