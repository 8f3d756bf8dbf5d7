import type { Country } from "../actor.ts"
import type { ActorEntry } from "../knowledge/actors.ts"
import type { PlaceEntry } from "../knowledge/places.ts"
import { checkedProfile, type KnowledgePack, type PairProfile } from "../profile/pair-profile.ts"

/**
 * A second pair, for tests only: France and Japan, with a handful of made-up office holders and a
 * few real places. Tests put it in place of the shipped profile (profile/active-profile.ts) to
 * show that the classifier, the alerts and the slash command read the pair from the profile, and
 * that nothing else names India or Italy. The people are invented: this is not a dictionary.
 */

// `Country` is typed from the shipped profile's codes; under this profile its values are these.
const FR = "FR" as Country
const JP = "JP" as Country

export const franceJapan: PairProfile = checkedProfile({
  product: { name: "France–Japan Watch", slug: "france-japan", userAgent: "FranceJapanWatch" },
  sides: [
    {
      code: FR,
      name: { en: "France", it: "Francia" },
      adjective: { en: "French", it: "francese" },
      demonym: { en: "French", it: "francesi" },
      alsoKnownAs: [],
      combiningForm: "Franco",
      capital: { en: "Paris", it: "Parigi" },
      visitDestinations: ["Paris", "Marseille"],
      headOfGovernment: { en: "Prime Minister", it: "Primo ministro" },
      foreignMinistry: { name: "Ministry for Europe and Foreign Affairs", metonym: "Quai d'Orsay" },
      industrialCampaigns: [],
      officeTitles: [],
      shipPrefix: { prefix: "FS", maxNameWords: 2 },
      timeZone: "Europe/Paris",
      commonWords: ["france", "french", "paris"]
    },
    {
      code: JP,
      name: { en: "Japan", it: "Giappone" },
      adjective: { en: "Japanese", it: "giapponese" },
      demonym: { en: "Japanese", it: "giapponesi" },
      alsoKnownAs: ["Nippon"],
      combiningForm: "Japano",
      capital: { en: "Tokyo", it: "Tokyo" },
      visitDestinations: ["Tokyo", "Osaka"],
      headOfGovernment: { en: "Prime Minister", it: "Primo ministro" },
      foreignMinistry: { name: "Ministry of Foreign Affairs of Japan", metonym: "Kasumigaseki" },
      industrialCampaigns: [],
      officeTitles: [],
      shipPrefix: { prefix: "JS", maxNameWords: 1 },
      ownCurrency: "JPY",
      timeZone: "Asia/Tokyo",
      commonWords: ["japan", "japanese", "tokyo"]
    }
  ],
  enclaves: [{ name: "Monaco", within: FR, names: ["Monaco", "Monegasque"], placesTakeNoSide: true }],
  politics: {
    originSide: JP,
    legalRequestsTo: FR,
    blocTradeDeals: { bloc: ["EU", "European Union"], partnerSide: JP }
  },
  slack: { command: "/francejapan", helpExamples: { actor: "Naval Group", keyword: "hydrogen", place: "Marseille" } }
})

const minister = (name: string, country: Country, title: string, aliases: ReadonlyArray<string>): ActorEntry => ({
  name,
  kind: "person",
  country,
  aliases: [name, ...aliases],
  offices: [{ title, country, level: "minister", from: "2020-01-01" }]
})

const actors: ReadonlyArray<ActorEntry> = [
  minister("Claire Dubois", FR, "Minister for Europe and Foreign Affairs of France", ["Dubois"]),
  minister("Kenji Sato", JP, "Minister for Foreign Affairs of Japan", []),
  { name: "Naval Group", kind: "organisation", country: FR, aliases: ["Naval Group"], defenceIndustry: true },
  {
    name: "Mitsubishi Heavy Industries",
    kind: "organisation",
    country: JP,
    aliases: ["Mitsubishi Heavy Industries", "MHI"],
    defenceIndustry: true
  }
]

const places: ReadonlyArray<PlaceEntry> = [
  { name: "Paris", country: FR, capital: true },
  { name: "Marseille", country: FR },
  { name: "Toulon", country: FR },
  { name: "Tokyo", country: JP, capital: true },
  { name: "Osaka", country: JP },
  { name: "Yokosuka", country: JP }
]

export const franceJapanKnowledge: KnowledgePack = {
  actors,
  places,
  // India and Italy are third countries here.
  otherCountries: [
    { id: "India", names: ["India", "Indian"] },
    { id: "Italy", names: ["Italy", "Italian"] },
    { id: "China", names: ["China", "Chinese"] },
    { id: "United States", names: ["United States", "US", "American"] }
  ],
  languagePacks: []
}
