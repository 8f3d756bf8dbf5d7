import {
  eventTypeIds,
  isEventTypeId,
  isSectorId,
  sectorIds,
  type EventTypeId,
  type SectorId
} from "@india-italy/domain"
import { Result, Schema } from "effect"

/** A query parameter that does not parse: which one, what it was, what is expected. */
export class BadFilterError extends Schema.TaggedError<BadFilterError>()("BadFilterError", {
  parameter: Schema.String,
  value: Schema.String,
  expected: Schema.String
}) {
  override get message() {
    return `bad ${this.parameter} "${this.value.slice(0, 80)}": expected ${this.expected}`
  }
}

/** Where the previous page stopped: the last event's day, first-seen time and id. */
export interface Cursor {
  readonly eventDate: string
  readonly firstSeen: string
  readonly id: string
}

export interface EventFilters {
  readonly sectors: ReadonlyArray<SectorId>
  readonly types: ReadonlyArray<EventTypeId>
  readonly from?: string
  readonly to?: string
  readonly actor?: string
  readonly place?: string
  readonly lang?: string
  readonly q?: string
  readonly limit: number
  readonly cursor?: Cursor
}

export const defaultLimit = 50
export const maxLimit = 500
const maxTextChars = 200

export const encodeCursor = (cursor: Cursor): string =>
  Buffer.from(JSON.stringify([cursor.eventDate, cursor.firstSeen, cursor.id])).toString("base64url")

export const decodeCursor = (raw: string): Cursor | undefined => {
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"))
    if (!Array.isArray(value) || value.length !== 3 || !value.every((part) => typeof part === "string"))
      return undefined
    const [eventDate, firstSeen, id] = value as [string, string, string]
    return isDay(eventDate) ? { eventDate, firstSeen, id } : undefined
  } catch {
    return undefined
  }
}

const isDay = (value: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))

/** Splits "a,b" into ids, each checked against the vocabulary. */
const parseIds = <Id extends string>(
  parameter: string,
  raw: string | undefined,
  valid: (value: string) => value is Id,
  all: ReadonlyArray<string>
) => {
  const ids: Array<Id> = []
  if (raw === undefined || raw.trim() === "") return Result.succeed(ids)
  for (const part of raw
    .split(",")
    .map((value) => value.trim())
    .filter((value) => value !== "")) {
    if (!valid(part))
      return Result.fail(
        new BadFilterError({ parameter, value: part, expected: `one or more of ${all.join(", ")} (comma-separated)` })
      )
    ids.push(part)
  }
  return Result.succeed(ids)
}

const parseText = (parameter: string, raw: string | undefined) => {
  const value = raw?.trim()
  if (value === undefined || value === "") return Result.succeed(undefined)
  if (value.length > maxTextChars)
    return Result.fail(new BadFilterError({ parameter, value, expected: `at most ${maxTextChars} characters` }))
  return Result.succeed(value)
}

const parseDay = (parameter: string, raw: string | undefined) => {
  const value = raw?.trim()
  if (value === undefined || value === "") return Result.succeed(undefined)
  return isDay(value)
    ? Result.succeed(value)
    : Result.fail(new BadFilterError({ parameter, value, expected: "a date YYYY-MM-DD" }))
}

const parseLimit = (raw: string | undefined) => {
  const value = raw?.trim()
  if (value === undefined || value === "") return Result.succeed(defaultLimit)
  const limit = /^\d{1,6}$/.test(value) ? Number(value) : Number.NaN
  return limit >= 1 && limit <= maxLimit
    ? Result.succeed(limit)
    : Result.fail(new BadFilterError({ parameter: "limit", value, expected: `a whole number from 1 to ${maxLimit}` }))
}

const parseLang = (raw: string | undefined) => {
  const value = raw?.trim().toLowerCase()
  if (value === undefined || value === "") return Result.succeed(undefined)
  return /^[a-z]{2,3}(-[a-z0-9]{2,8})?$/.test(value)
    ? Result.succeed(value)
    : Result.fail(new BadFilterError({ parameter: "lang", value, expected: "a language code such as en or it" }))
}

/**
 * The filters of a history query from named text parameters (a URL's query or a command's
 * flags). Every bad parameter gives a BadFilterError naming it and the form expected.
 */
export const parseEventFilters = (
  params: (name: string) => string | undefined
): Result.Result<EventFilters, BadFilterError> =>
  Result.gen(function* () {
    const sectors = yield* parseIds("sector", params("sector"), isSectorId, sectorIds)
    const types = yield* parseIds("type", params("type"), isEventTypeId, eventTypeIds)
    const from = yield* parseDay("from", params("from"))
    const to = yield* parseDay("to", params("to"))
    if (from !== undefined && to !== undefined && from > to) {
      return yield* Result.fail(
        new BadFilterError({ parameter: "to", value: to, expected: `a date on or after from (${from})` })
      )
    }
    const actor = yield* parseText("actor", params("actor"))
    const place = yield* parseText("place", params("place"))
    const lang = yield* parseLang(params("lang"))
    const q = yield* parseText("q", params("q"))
    const limit = yield* parseLimit(params("limit"))
    const rawCursor = params("cursor")?.trim()
    const cursor = rawCursor === undefined || rawCursor === "" ? undefined : decodeCursor(rawCursor)
    if (rawCursor !== undefined && rawCursor !== "" && cursor === undefined) {
      return yield* Result.fail(
        new BadFilterError({ parameter: "cursor", value: rawCursor, expected: "a nextCursor from a previous page" })
      )
    }
    return { sectors, types, from, to, actor, place, lang, q, limit, cursor }
  })

/** The filters as URL query parameters (for links to the next page and to other formats). */
export const filtersToSearchParams = (filters: EventFilters): URLSearchParams => {
  const params = new URLSearchParams()
  if (filters.sectors.length > 0) params.set("sector", filters.sectors.join(","))
  if (filters.types.length > 0) params.set("type", filters.types.join(","))
  for (const name of ["from", "to", "actor", "place", "lang", "q"] as const) {
    const value = filters[name]
    if (value !== undefined) params.set(name, value)
  }
  if (filters.limit !== defaultLimit) params.set("limit", String(filters.limit))
  return params
}
