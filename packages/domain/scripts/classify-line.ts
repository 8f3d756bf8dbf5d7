import { Schema } from "effect"
import { classify } from "../src/classify/classify.ts"
import type { ClassifiedItem } from "../src/event.ts"
import { WireItem } from "../src/wire-item.ts"

/**
 * The pure core of `pnpm classify`: one input line in, one output document or one error out.
 * Kept apart from the stdin/stdout plumbing so the rules (what is an error, what is printed)
 * are testable without spawning a process.
 */

/** What `pnpm classify` prints for one item: actor and place names first, the details beside them. */
export const toOutputLine = (item: ClassifiedItem) => ({
  id: item.id,
  relevant: item.relevant,
  eventType: item.eventType,
  eventTypes: item.eventTypes,
  sectors: item.sectors,
  actors: item.actors.map((actor) => actor.name),
  actorDetails: item.actors,
  confidence: item.confidence,
  ...(item.occurredOn === undefined ? {} : { occurredOn: item.occurredOn }),
  ...(item.occurredPrecision === undefined ? {} : { occurredPrecision: item.occurredPrecision }),
  ...(item.amounts.length === 0 ? {} : { amounts: item.amounts }),
  places: item.places.map((place) => place.name),
  placeDetails: item.places,
  status: item.status,
  ...(item.language === undefined ? {} : { language: item.language }),
  ...(item.evidence.length === 0 ? {} : { evidence: item.evidence })
})

export interface LineError {
  readonly error: "invalid_json" | "invalid_item" | "classifier_failed"
  readonly line: number
  readonly id?: string
  readonly reason: string
}

export type LineResult = { readonly output: string } | { readonly failure: LineError } | undefined

const decodeWireItem = Schema.decodeUnknownSync(WireItem)

/**
 * JSON writers say "absent" with null as often as by leaving a key out (`"url": null` for a feed
 * item without a link): a null optional field is treated as absent. Headlines are often missing
 * from wire text dumps, so a missing or null title is an empty one.
 */
const withoutNulls = (parsed: unknown): unknown => {
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return parsed
  const present = Object.entries(parsed).filter(([key, value]) => value !== null || key === "id" || key === "text")
  const item: Record<string, unknown> = Object.fromEntries(present)
  if (item["title"] === undefined) item["title"] = ""
  return item
}

/** Classifies one JSON line; `undefined` for a blank line, which is not an item. */
export const classifyLine = (line: string, lineNumber: number): LineResult => {
  if (line.trim() === "") return undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(line)
  } catch (error) {
    return { failure: { error: "invalid_json", line: lineNumber, reason: (error as Error).message } }
  }
  const id =
    typeof parsed === "object" && parsed !== null && "id" in parsed ? (parsed as { id: unknown }).id : undefined
  const named = typeof id === "string" || typeof id === "number" ? { id: String(id) } : {}
  const withTitle = withoutNulls(parsed)
  let item: WireItem
  try {
    item = decodeWireItem(withTitle, { errors: "all" })
  } catch (error) {
    // The decoder's own explanation ("Expected string at ["text"]"), on one line.
    const reason = String((error as Error).message)
      .replace(/\s*\n\s*/g, " ")
      .trim()
    return { failure: { error: "invalid_item", line: lineNumber, ...named, reason } }
  }
  try {
    return { output: JSON.stringify(toOutputLine(classify(item))) }
  } catch (error) {
    return {
      failure: {
        error: "classifier_failed",
        line: lineNumber,
        ...named,
        reason: (error as Error).message ?? String(error)
      }
    }
  }
}
