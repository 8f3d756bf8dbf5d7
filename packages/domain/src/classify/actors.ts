import type { Actor, Country, Place } from "../actor.ts"
import { officeOn, type OfficeLevel } from "../knowledge/actors.ts"
import { sideCodes } from "../profile/wording.ts"
import type { Mention } from "./entities.ts"

/**
 * Actors and places of a report, from the entity mentions: each known actor once, with the office
 * held on the day of the development; each place once. Also the rank of who is meeting, which
 * tells a leaders' meeting from a ministerial one.
 */

export interface Found<A> {
  readonly value: A
  readonly mention: Mention
}

const levelRank: Record<OfficeLevel, number> = { official: 1, minister: 2, leader: 3 }

/** The highest level among the mentions of a sentence: 3 leader, 2 minister, 1 official, 0 none. */
export const highestLevel = (mentions: ReadonlyArray<Mention>, date: string | undefined): number => {
  let best = 0
  for (const mention of mentions) {
    if (mention.kind === "role") best = Math.max(best, levelRank[mention.level])
    else if (mention.kind === "actor" && mention.entry.kind === "person" && mention.namesGovernment !== true) {
      const held = officeOn(mention.entry, date)
      if (held !== undefined) best = Math.max(best, levelRank[held.level])
    }
  }
  return best
}

/**
 * The rank of a meeting between the two sides named in `mentions`: the lower of each side's highest
 * rank, since a meeting is only as high as its lesser party (a foreign minister calling on a
 * president is a ministerial call, an ambassador calling on a chief minister an official one); the
 * highest rank of the one side whose ranks are known; 0 when no rank names its side ("both leaders",
 * "the President" — see highestLevel for those).
 */
export const meetingLevel = (mentions: ReadonlyArray<Mention>, date: string | undefined): number => {
  let first = 0
  let second = 0
  for (const mention of mentions) {
    if (mention.side !== sideCodes[0] && mention.side !== sideCodes[1]) continue
    let level = 0
    if (mention.kind === "role") level = levelRank[mention.level]
    else if (mention.kind === "actor" && mention.entry.kind === "person" && mention.namesGovernment !== true) {
      const held = officeOn(mention.entry, date)
      if (held !== undefined) level = levelRank[held.level]
    }
    if (mention.side === sideCodes[0]) first = Math.max(first, level)
    else second = Math.max(second, level)
  }
  return first > 0 && second > 0 ? Math.min(first, second) : Math.max(first, second)
}

export const collectActors = (mentions: ReadonlyArray<Mention>, date: string | undefined): Array<Found<Actor>> => {
  const seen = new Set<string>()
  const actors: Array<Found<Actor>> = []
  for (const mention of mentions) {
    if (mention.kind !== "actor" || seen.has(mention.entry.name)) continue
    seen.add(mention.entry.name)
    const entry = mention.entry
    const held = entry.kind === "person" ? officeOn(entry, date) : undefined
    // Built by assignment, in the schema's key order: object spreads are slow on this hot path.
    const value: { -readonly [K in keyof Actor]: Actor[K] } = {
      name: entry.name,
      kind: entry.kind,
      country: entry.country
    }
    if (held !== undefined) {
      value.office = held.title
      value.officeFrom = held.from
      if (held.to !== undefined) value.officeTo = held.to
    }
    actors.push({ value, mention })
  }
  return actors
}

export const collectPlaces = (mentions: ReadonlyArray<Mention>): Array<Found<Place>> => {
  const seen = new Set<string>()
  const places: Array<Found<Place>> = []
  for (const mention of mentions) {
    if (mention.kind !== "place" || seen.has(mention.entry.name)) continue
    seen.add(mention.entry.name)
    places.push({ value: { name: mention.entry.name, country: mention.entry.country as Country }, mention })
  }
  return places
}
