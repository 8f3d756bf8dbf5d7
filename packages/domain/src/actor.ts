import { Schema } from "effect"
import { pairProfile } from "./profile/active-profile.ts"

/** The pair profile's two sides ("IN", "IT"); everything else (EU, third countries, multilaterals) is "other". */
export const Country = Schema.Literals([pairProfile.sides[0].code, pairProfile.sides[1].code, "other"])
export type Country = typeof Country.Type

export const ActorKind = Schema.Literals(["person", "organisation"])
export type ActorKind = typeof ActorKind.Type

/** An office held by a person, with its dates (ISO dates; `to` absent while in office). */
export const Office = Schema.Struct({
  title: Schema.String,
  country: Country,
  from: Schema.String,
  to: Schema.optional(Schema.String)
})
export type Office = typeof Office.Type

/** An actor as it appears on a classified item: who, which side, and the office held at the time. */
export const Actor = Schema.Struct({
  name: Schema.String,
  kind: ActorKind,
  country: Country,
  office: Schema.optional(Schema.String),
  officeFrom: Schema.optional(Schema.String),
  officeTo: Schema.optional(Schema.String)
})
export type Actor = typeof Actor.Type

export const Place = Schema.Struct({
  name: Schema.String,
  country: Country
})
export type Place = typeof Place.Type
