import { Schema } from "effect"
import type { ActorEntry } from "../knowledge/actors.ts"
import type { CountryEntry } from "../knowledge/countries.ts"
import type { LanguagePack } from "../knowledge/packs/pack.ts"
import type { PlaceEntry } from "../knowledge/places.ts"

/**
 * A pair profile: the two countries the monitor watches, as data. The classifier, the clustering,
 * the Slack wording, the slash command and the pages read the pair from here and from the
 * knowledge pack the profile points at; nothing else names the two countries. A second pair is a
 * second profile (see profile/active-profile.ts for how one is chosen).
 */

/** A word or phrase as English and Italian write it: the languages the product reads and writes. */
export const InLanguages = Schema.Struct({ en: Schema.String, it: Schema.String })
export type InLanguages = typeof InLanguages.Type

/** A title of office of one side only, matched as written ("President of the Italian Senate"). */
export const OfficeTitle = Schema.Struct({
  title: Schema.String,
  level: Schema.Literals(["leader", "minister", "official"])
})
export type OfficeTitle = typeof OfficeTitle.Type

/** One of the two countries. */
export const SideProfile = Schema.Struct({
  /** ISO 3166-1 alpha-2, the side's value of `Country` on actors and places ("IN"). */
  code: Schema.String,
  name: InLanguages,
  /** "Indian"; before a title of office it says whose the office is ("Indian Prime Minister"). */
  adjective: InLanguages,
  /** The people ("Indians"). */
  demonym: InLanguages,
  /** Other names reports use for the country ("Bharat", "Italia" in English copy). */
  alsoKnownAs: Schema.Array(Schema.String),
  /**
   * Those of them that are also given names: before a capitalised word they start a person's name
   * ("Bharat Raj Paudyal"), not the country. Companies so named are actors ("Bharat Electronics").
   */
  alsoGivenNames: Schema.optional(Schema.Array(Schema.String)),
  /** The combining form of compounds ("Indo" in "Indo-Italian"): a side only before a hyphen. */
  combiningForm: Schema.String,
  /** The capital, and how the other language writes it (its exonym: "Nuova Delhi"). */
  capital: InLanguages,
  /** Where a visit to the country goes, besides the country itself: its capital and main cities. */
  visitDestinations: Schema.Array(Schema.String),
  headOfGovernment: InLanguages,
  foreignMinistry: Schema.Struct({
    name: Schema.String,
    /** What reports call it by its building ("South Block", "Farnesina"); an alias in the actor dictionary. */
    metonym: Schema.String
  }),
  /** Its industrial campaigns ("Make in India"): named in a report, a sign of co-production. */
  industrialCampaigns: Schema.Array(Schema.String),
  /** Titles of office that belong to this side only. */
  officeTitles: Schema.Array(OfficeTitle),
  /** Its navy's ship prefix ("INS Trikand"), and how many words a ship's name runs to after it. */
  shipPrefix: Schema.Struct({ prefix: Schema.String, maxNameWords: Schema.Int }),
  /** A currency only this side uses (ISO 4217): money in it puts the side in the sentence. */
  ownCurrency: Schema.optional(Schema.String),
  /** IANA time zone, for examples of digest times. */
  timeZone: Schema.String,
  /** Words every report about the pair repeats: no evidence that two reports tell the same development. */
  commonWords: Schema.Array(Schema.String)
})
export type SideProfile = typeof SideProfile.Type

/**
 * A country inside one of the two (the Holy See, San Marino in Italy): never that side. With
 * `placesTakeNoSide`, a report that names it is held to be about it wherever it happens: the
 * surrounding side's places, and that side named as a venue, take no side.
 */
export const Enclave = Schema.Struct({
  name: Schema.String,
  /** The code of the side it lies within. */
  within: Schema.String,
  /** How reports name it (and, for the Holy See, its sovereign). */
  names: Schema.Array(Schema.String),
  placesTakeNoSide: Schema.Boolean
})
export type Enclave = typeof Enclave.Type

export const PairProfileData = Schema.Struct({
  product: Schema.Struct({
    name: Schema.String,
    /** The pair in lowercase words joined by hyphens, for file names and URNs ("india-italy-events.csv"). */
    slug: Schema.String,
    /** The HTTP User-Agent product token. */
    userAgent: Schema.String
  }),
  sides: Schema.Tuple([SideProfile, SideProfile]),
  enclaves: Schema.Array(Enclave),
  /** Rules of relevance that hold for one side only, from the pair's history (side codes). */
  politics: Schema.Struct({
    /** Whose origin is a topic of the other side's domestic politics ("Italian-born", "Italian roots"). */
    originSide: Schema.String,
    /** The side the other's courts and agencies ask for extradition or legal assistance. */
    legalRequestsTo: Schema.String,
    /**
     * A trade bloc one side belongs to, and the other side, whose trade deals with that bloc are the
     * bloc's story, not the pair's ("the EU–India FTA" is about the European Union and India).
     */
    blocTradeDeals: Schema.optional(Schema.Struct({ bloc: Schema.Array(Schema.String), partnerSide: Schema.String }))
  }),
  slack: Schema.Struct({
    /** The slash command as the Slack app registers it. */
    command: Schema.String,
    /** Names of the knowledge pack the slash command's help gives as examples. */
    helpExamples: Schema.Struct({ actor: Schema.String, keyword: Schema.String, place: Schema.String })
  })
})
export type PairProfileData = typeof PairProfileData.Type

/** What the classifier knows of the pair's world: the knowledge pack chosen with the profile. */
export interface KnowledgePack {
  readonly actors: ReadonlyArray<ActorEntry>
  readonly places: ReadonlyArray<PlaceEntry>
  /** Third countries, counted so a roll-call of nations is not read as a bilateral report. */
  readonly otherCountries: ReadonlyArray<CountryEntry>
  /** Languages besides English that reports about the pair come in. */
  readonly languagePacks: ReadonlyArray<LanguagePack>
}

export type PairProfile = PairProfileData

/** Checks a profile's data against the schema at load: a malformed profile fails naming the path. */
export const checkedProfile = <P extends PairProfile>(profile: P): P => {
  Schema.decodeUnknownSync(PairProfileData)(profile, { errors: "all" })
  return profile
}
