import { createHash, randomBytes } from "node:crypto"
import {
  eventTypeIds,
  isEventTypeId,
  isSectorId,
  lookupActor,
  lookupPlace,
  pairProfile,
  sectorIds,
  subscriptionLimits,
  Subscription,
  type Digest,
  type EventTypeId,
  type SectorId
} from "@india-italy/domain"
import { Result, Schema } from "effect"

/** The two sides' time zones and UTC: '"Asia/Kolkata", "Europe/Rome" or "UTC"'. */
const exampleTimeZones = `${pairProfile.sides.map((side) => JSON.stringify(side.timeZone)).join(", ")} or "UTC"`

/**
 * What a person asks for, before validation: the CLI, the slash command and the subscriptions
 * file all produce this loose shape, and `validateSubscriptionInput` turns it into the fields of
 * a `Subscription` or into every problem at once, phrased for the person who typed it.
 */
export interface SubscriptionInput {
  /** Slack channel id (C…, G…), or a user id (U…) / DM id (D…) for direct messages. */
  readonly channel: string
  /** Sector ids, or "all"; may be empty when actors, keywords or places are given. */
  readonly sectors: "all" | ReadonlyArray<string>
  /** Actor names or aliases of the actor dictionary, stored under their canonical names. */
  readonly actors?: ReadonlyArray<string> | undefined
  /** Words or phrases looked for in headline and text. */
  readonly keywords?: ReadonlyArray<string> | undefined
  /** Place names or aliases of the place dictionary. */
  readonly places?: ReadonlyArray<string> | undefined
  readonly eventTypes?: ReadonlyArray<string> | undefined
  readonly minConfidence?: number | undefined
  /** "daily@08:00", "weekly@mon@08:00", or the structured form; absent means real time. */
  readonly digest?: string | DigestInput | undefined
  /** IANA time zone of the digest; default UTC. */
  readonly tz?: string | undefined
  /** An explicit id (subscriptions file); otherwise the store makes one up. */
  readonly id?: string | undefined
}

export interface DigestInput {
  readonly every: string
  readonly at: string
  readonly tz?: string | undefined
  readonly weekday?: number | string | undefined
}

/** A subscription could not be created; `problems` lists every reason, each on its own. */
export class InvalidSubscription extends Schema.TaggedError<InvalidSubscription>()("InvalidSubscription", {
  input: Schema.String,
  problems: Schema.Array(Schema.String)
}) {
  override get message() {
    return `invalid subscription: ${this.problems.join("; ")}`
  }
}

/** The validated fields of a Subscription, everything but id and createdAt. */
export type SubscriptionFields = Omit<Subscription, "id" | "createdAt">

export const defaultTimeZone = "UTC"

const channelPattern = /^[CGUD][A-Z0-9]{2,}$/
const idPattern = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/
const timePattern = /^(\d{1,2}):(\d{2})$/

export const weekdayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const

/** 0 = Sunday … 6 = Saturday from "mon", "Monday", "1"; undefined when it is none of those. */
export const parseWeekday = (value: string | number): number | undefined => {
  if (typeof value === "number") return Number.isInteger(value) && value >= 0 && value <= 6 ? value : undefined
  const text = value.trim().toLowerCase()
  if (/^[0-6]$/.test(text)) return Number(text)
  const index = weekdayNames.findIndex(
    (name) => text.length >= 3 && name === text.slice(0, 3) && fullWeekday(name).startsWith(text)
  )
  return index === -1 ? undefined : index
}

const fullWeekday = (short: string): string =>
  ({ sun: "sunday", mon: "monday", tue: "tuesday", wed: "wednesday", thu: "thursday", fri: "friday", sat: "saturday" })[
    short
  ] ?? short

/** True when `Intl` knows the zone (it throws a RangeError for unknown ones). */
export const isValidTimeZone = (tz: string): boolean => {
  if (tz.trim() === "") return false
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz })
    return true
  } catch {
    return false
  }
}

const digestForm = `expected "daily@HH:MM" or "weekly@<weekday>@HH:MM", e.g. "daily@08:00" or "weekly@mon@08:00"`

/** "8:00" → "08:00"; undefined when it is not a time of day. */
const normaliseTime = (text: string): string | undefined => {
  const match = timePattern.exec(text.trim())
  if (match === null) return undefined
  const hours = Number(match[1])
  const minutes = Number(match[2])
  if (hours > 23 || minutes > 59) return undefined
  return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`
}

/** The schedule of a digest from its spec, or what is wrong with it. Time zone is checked separately. */
export const parseDigestSpec = (spec: string | DigestInput, tz: string): Result.Result<Digest, string> => {
  const parts =
    typeof spec === "string"
      ? spec
          .trim()
          .toLowerCase()
          .split("@")
          .map((part) => part.trim())
      : [
          String(spec.every).toLowerCase(),
          ...(spec.weekday === undefined ? [] : [String(spec.weekday)]),
          String(spec.at)
        ]
  const shown = JSON.stringify(spec)
  const [every, ...rest] = parts
  if (every === "daily") {
    if (rest.length !== 1) return Result.fail(`bad digest ${shown}: ${digestForm}`)
    const at = normaliseTime(rest[0] ?? "")
    if (at === undefined)
      return Result.fail(`bad digest ${shown}: "${rest[0]}" is not a time of day (HH:MM, 00:00–23:59)`)
    return Result.succeed({ every: "daily", at, tz })
  }
  if (every === "weekly") {
    if (rest.length !== 2) return Result.fail(`bad digest ${shown}: ${digestForm}`)
    const weekday = parseWeekday(rest[0] ?? "")
    if (weekday === undefined) {
      return Result.fail(`bad digest ${shown}: "${rest[0]}" is not a weekday (one of ${weekdayNames.join(", ")})`)
    }
    const at = normaliseTime(rest[1] ?? "")
    if (at === undefined)
      return Result.fail(`bad digest ${shown}: "${rest[1]}" is not a time of day (HH:MM, 00:00–23:59)`)
    return Result.succeed({ every: "weekly", at, tz, weekday })
  }
  return Result.fail(`bad digest ${shown}: ${digestForm}`)
}

/** "daily@08:00 Asia/Kolkata", "weekly@mon@08:00 UTC": how a digest is shown back to people. */
export const formatDigest = (digest: Digest): string =>
  digest.every === "weekly"
    ? `weekly@${weekdayNames[digest.weekday ?? 1]}@${digest.at} ${digest.tz}`
    : `daily@${digest.at} ${digest.tz}`

const uniq = <A>(values: ReadonlyArray<A>): Array<A> => [...new Set(values)]

/** Splits "Giorgia Meloni, Fincantieri" at commas only: names and phrases keep their spaces. */
export const splitNames = (value: string): Array<string> =>
  value
    .split(",")
    .map((part) => part.replace(/\s+/g, " ").trim())
    .filter((part) => part !== "")

/** Splits "a,b c" style lists that arrive as one string from a shell or a YAML scalar. */
export const splitList = (value: string): Array<string> =>
  value
    .split(/[\s,]+/)
    .map((part) => part.trim())
    .filter((part) => part !== "")

/**
 * Checks everything a person can get wrong and reports all of it at once: unknown sector or type
 * names come back with the list of valid ones, so the next attempt can succeed.
 */
export const validateSubscriptionInput = (
  input: SubscriptionInput
): Result.Result<SubscriptionFields, InvalidSubscription> => {
  const problems: Array<string> = []

  const channel = typeof input.channel === "string" ? input.channel.trim() : ""
  if (!channelPattern.test(channel)) {
    problems.push(
      "channel must be a Slack channel id such as C0123ABCD (or a user id U… for direct messages), " +
        `got ${JSON.stringify(input.channel ?? "")}`
    )
  }

  const criteria = validateCriteria(input, problems)
  // What was typed counts, so an unknown actor is reported as that, not as "sectors are required".
  const hasOtherCriteria = [input.actors, input.keywords, input.places].some(
    (list) => list !== undefined && list.length > 0
  )
  let sectors: "all" | Array<SectorId> = "all"
  const rawSectors = input.sectors
  if (
    rawSectors === "all" ||
    (Array.isArray(rawSectors) && rawSectors.length === 1 && rawSectors[0]?.trim().toLowerCase() === "all")
  ) {
    sectors = "all"
  } else if ((!Array.isArray(rawSectors) || rawSectors.length === 0) && hasOtherCriteria) {
    sectors = []
  } else if (!Array.isArray(rawSectors) || rawSectors.length === 0) {
    problems.push(
      `sectors are required: list one or more of ${validSectorList()}, or "all" (or follow actors, keywords or places)`
    )
  } else {
    const names = uniq(rawSectors.map((name) => String(name).trim().toLowerCase()).filter((name) => name !== ""))
    const unknown = names.filter((name) => !isSectorId(name))
    if (unknown.includes("all")) problems.push(`"all" cannot be combined with named sectors`)
    const unknownNames = unknown.filter((name) => name !== "all")
    if (unknownNames.length > 0) {
      const quoted = unknownNames.map((name) => JSON.stringify(name)).join(", ")
      problems.push(
        `unknown sector${unknownNames.length > 1 ? "s" : ""} ${quoted}; valid sectors: ${validSectorList()}`
      )
    }
    if (names.length === 0 && !hasOtherCriteria)
      problems.push(`sectors are required: list one or more of ${validSectorList()}, or "all"`)
    sectors = names.filter(isSectorId)
  }

  let eventTypes: Array<EventTypeId> | undefined
  if (input.eventTypes !== undefined) {
    const names = uniq(input.eventTypes.map((name) => String(name).trim().toLowerCase()).filter((name) => name !== ""))
    const unknown = names.filter((name) => !isEventTypeId(name) || name === "not_relevant")
    if (unknown.length > 0) {
      const quoted = unknown.map((name) => JSON.stringify(name)).join(", ")
      problems.push(
        `unknown event type${unknown.length > 1 ? "s" : ""} ${quoted}; valid event types: ${validEventTypeList()}`
      )
    }
    eventTypes = names.filter(isEventTypeId)
    if (eventTypes.length === 0) eventTypes = undefined
  }

  const minConfidence = input.minConfidence
  if (
    minConfidence !== undefined &&
    (typeof minConfidence !== "number" || !Number.isFinite(minConfidence) || minConfidence < 0 || minConfidence > 1)
  ) {
    // JSON.stringify(NaN) is "null": show what was given, not what JSON makes of it.
    const shown = typeof minConfidence === "number" ? String(minConfidence) : JSON.stringify(minConfidence)
    problems.push(`minimum confidence must be a number from 0 to 1 (e.g. 0.6), got ${shown}`)
  }

  let digest: Digest | undefined
  const structuredTz = typeof input.digest === "object" ? input.digest.tz : undefined
  const tz = (input.tz ?? structuredTz ?? defaultTimeZone).trim()
  if (input.tz !== undefined && input.digest === undefined) {
    problems.push(`a time zone only applies to a digest: add --digest daily@HH:MM (or weekly@<weekday>@HH:MM)`)
  }
  if (input.digest !== undefined) {
    const timeZoneValid = isValidTimeZone(tz)
    if (!timeZoneValid) {
      problems.push(`unknown time zone ${JSON.stringify(tz)}: expected an IANA time zone such as ${exampleTimeZones}`)
    }
    const parsed = parseDigestSpec(input.digest, tz)
    if (Result.isFailure(parsed)) problems.push(parsed.failure)
    else if (timeZoneValid) digest = parsed.success
  }

  if (input.id !== undefined && !idPattern.test(input.id)) {
    problems.push(`id must be 1–64 letters, digits, "-" or "_", got ${JSON.stringify(input.id)}`)
  }

  if (problems.length > 0) return Result.fail(new InvalidSubscription({ input: describeInput(input), problems }))
  return Result.succeed({
    channel,
    sectors: sectors === "all" ? "all" : [...sectors].sort(bySectorOrder),
    ...(eventTypes === undefined ? {} : { eventTypes: [...eventTypes].sort(byEventTypeOrder) }),
    ...(minConfidence === undefined ? {} : { minConfidence }),
    ...(digest === undefined ? {} : { digest }),
    ...criteria
  })
}

interface Criteria {
  readonly actors?: Array<string>
  readonly keywords?: Array<string>
  readonly places?: Array<string>
}

/** Names resolved through a dictionary; an unknown one is a problem, with the nearest name when there is one. */
const resolveNames = (
  what: "actor" | "place",
  typed: ReadonlyArray<string> | undefined,
  lookup: typeof lookupActor,
  problems: Array<string>
): Array<string> | undefined => {
  if (typed === undefined) return undefined
  const names = uniq(typed.map((name) => String(name).trim()).filter((name) => name !== ""))
  if (names.length > subscriptionLimits.maxNames) {
    problems.push(`at most ${subscriptionLimits.maxNames} ${what}s per subscription, got ${names.length}`)
    return undefined
  }
  const resolved: Array<string> = []
  for (const name of names) {
    const found = lookup(name)
    if (found._tag === "Found") {
      resolved.push(found.name)
      continue
    }
    const shown = JSON.stringify(name.slice(0, 60))
    const hint =
      found.suggestion === undefined
        ? `names come from the ${what} dictionary of packages/domain`
        : `did you mean "${found.suggestion}"?`
    problems.push(`unknown ${what} ${shown}; ${hint}`)
  }
  const unique = uniq(resolved)
  return unique.length === 0 ? undefined : unique
}

const validateKeywords = (
  typed: ReadonlyArray<string> | undefined,
  problems: Array<string>
): Array<string> | undefined => {
  if (typed === undefined) return undefined
  const keywords = uniq(
    typed.map((keyword) => String(keyword).replace(/\s+/g, " ").trim()).filter((keyword) => keyword !== "")
  )
  const tooLong = keywords.filter((keyword) => keyword.length > subscriptionLimits.maxKeywordChars)
  if (tooLong.length > 0) {
    const shown = tooLong.map((keyword) => JSON.stringify(`${keyword.slice(0, 30)}…`)).join(", ")
    problems.push(`keywords are at most ${subscriptionLimits.maxKeywordChars} characters each: ${shown}`)
  }
  if (keywords.length > subscriptionLimits.maxKeywords) {
    problems.push(`at most ${subscriptionLimits.maxKeywords} keywords per subscription, got ${keywords.length}`)
  }
  const wordless = keywords.filter((keyword) => !/[\p{L}\p{N}]/u.test(keyword))
  if (wordless.length > 0) {
    const quoted = wordless.map((keyword) => JSON.stringify(keyword.slice(0, 30))).join(", ")
    problems.push(`a keyword needs a letter or digit, got ${quoted}`)
  }
  return keywords.length === 0 ? undefined : keywords
}

const validateCriteria = (input: SubscriptionInput, problems: Array<string>): Criteria => {
  const actors = resolveNames("actor", input.actors, lookupActor, problems)
  const keywords = validateKeywords(input.keywords, problems)
  const places = resolveNames("place", input.places, lookupPlace, problems)
  return {
    ...(actors === undefined ? {} : { actors }),
    ...(keywords === undefined ? {} : { keywords }),
    ...(places === undefined ? {} : { places })
  }
}

const validSectorList = () => sectorOrder.join(", ")
const validEventTypeList = () => eventTypeIds.filter((id) => id !== "not_relevant").join(", ")

const sectorOrder: ReadonlyArray<string> = sectorIds
const bySectorOrder = (a: string, b: string) => sectorOrder.indexOf(a) - sectorOrder.indexOf(b)
const byEventTypeOrder = (a: string, b: string) =>
  eventTypeIds.indexOf(a as EventTypeId) - eventTypeIds.indexOf(b as EventTypeId)

const describeInput = (input: SubscriptionInput): string => {
  try {
    return JSON.stringify(input)
  } catch {
    return String(input)
  }
}

/** "sub-" and 8 lowercase letters or digits: short enough to type into `/indiaitaly unsubscribe`. */
export const newSubscriptionId = (): string => {
  const alphabet = "abcdefghijkmnpqrstuvwxyz23456789"
  const bytes = randomBytes(8)
  let id = "sub-"
  for (const byte of bytes) id += alphabet[byte % alphabet.length]
  return id
}

/**
 * A stable id for a subscriptions-file entry that names none: the same content gives the same id
 * on every load and in every process, so re-loading the file never duplicates it.
 */
export const contentSubscriptionId = (fields: SubscriptionFields): string => {
  const base = [
    fields.channel,
    fields.sectors,
    fields.eventTypes ?? null,
    fields.minConfidence ?? null,
    fields.digest ?? null
  ]
  // Appended only when present, so subscriptions that follow sectors alone keep the ids they had.
  const beyondSectors =
    fields.actors === undefined && fields.keywords === undefined && fields.places === undefined
      ? []
      : [fields.actors ?? null, fields.keywords ?? null, fields.places ?? null]
  const canonical = JSON.stringify([...base, ...beyondSectors])
  const alphabet = "abcdefghijkmnpqrstuvwxyz23456789"
  const digest = createHash("sha256").update(canonical).digest()
  let id = "sub-"
  for (let index = 0; index < 8; index++) id += alphabet[(digest[index] ?? 0) % alphabet.length]
  return id
}

/** Same content, same meaning: used to leave unchanged file entries (and their createdAt) alone. */
export const sameSubscriptionFields = (a: SubscriptionFields, b: SubscriptionFields): boolean =>
  contentSubscriptionId(a) === contentSubscriptionId(b)

/** Validated on write and on read: a stored entry must still be a Subscription. */
export const decodeSubscription = Schema.decodeUnknownResult(Subscription)
