import { actorEntries } from "../knowledge/actors.ts"
import { otherCountries } from "../knowledge/countries.ts"
import { italian } from "../knowledge/packs/it.ts"
import { placeEntries } from "../knowledge/places.ts"
import type { KnowledgePack } from "./pair-profile.ts"

/**
 * What the classifier knows of India and Italy's world: the actor and place dictionaries, the
 * third countries, and the Italian language pack. A module of its own so that code which only
 * names the pair (the web page's script) does not carry the dictionaries.
 */
export const indiaItalyKnowledge: KnowledgePack = {
  actors: actorEntries,
  places: placeEntries,
  otherCountries,
  languagePacks: [italian]
}
