import type { BilateralEvent, EventTypeId, SectorId } from "@india-italy/domain"
import type { FeedbackRecord } from "./feedback-answer.ts"
import type { AnsweredEvent } from "./feedback-store.ts"

/**
 * Subscribers' answers as labelled test cases, in the format of packages/domain/eval:
 * `{id, title, text, url, source, published, language, label: {relevant, eventType, eventTypes,
 * sectors, actors, places, occurredOn, status, notes}}`. Pure.
 *
 * The label starts from the event's classification and is corrected by the answers, the latest
 * deciding: "Not relevant" makes it not relevant; a type chosen in "Wrong type or sector" becomes
 * the primary type (the old primary leaves the list); sectors chosen there replace the tagged
 * sectors (several picks add up). An answer given before a later "Not relevant", or a "Not
 * relevant" before a later correction, is overruled. "Mute this development" says nothing about
 * the classification and alone makes no test case.
 */

export interface EvalLine {
  readonly id: string
  readonly title: string
  readonly text: string
  readonly url?: string
  readonly source?: string
  readonly published?: string
  readonly language?: string
  readonly label: {
    readonly relevant: boolean
    readonly eventType: EventTypeId
    readonly eventTypes: ReadonlyArray<EventTypeId>
    readonly sectors: ReadonlyArray<SectorId>
    readonly actors: ReadonlyArray<string>
    readonly places: ReadonlyArray<string>
    readonly occurredOn?: string
    readonly status?: BilateralEvent["classification"]["status"]
    readonly notes: string
  }
}

const describeAnswer = (answer: FeedbackRecord): string => {
  const what =
    answer.answer.kind === "wrong_type"
      ? `type ${answer.answer.eventType}`
      : answer.answer.kind === "wrong_sector"
        ? `sector ${answer.answer.sector}`
        : answer.answer.kind.replace("_", " ")
  return `${what} (${answer.user} in ${answer.channel}, revision ${answer.revision}, ${answer.at})`
}

/** The label the answers make of the classification; undefined when no answer is about it. */
export const correctedLabel = (
  event: BilateralEvent,
  answers: ReadonlyArray<FeedbackRecord>
): EvalLine["label"] | undefined => {
  const labelling = [...answers]
    .filter((answer) => answer.answer.kind !== "mute")
    .sort((a, b) => a.at.localeCompare(b.at))
  if (labelling.length === 0) return undefined
  const item = event.classification
  const lastDismissal = labelling.map((answer) => answer.answer.kind).lastIndexOf("not_relevant")
  const notes = `from subscribers' answers: ${labelling.map(describeAnswer).join("; ")}`
  if (lastDismissal === labelling.length - 1) {
    return { relevant: false, eventType: "not_relevant", eventTypes: [], sectors: [], actors: [], places: [], notes }
  }
  const standing = labelling.slice(lastDismissal + 1)
  let eventType: EventTypeId = item.eventType === "not_relevant" ? "other_bilateral" : item.eventType
  const chosenSectors: Array<SectorId> = []
  for (const { answer } of standing) {
    if (answer.kind === "wrong_type") eventType = answer.eventType
    if (answer.kind === "wrong_sector" && !chosenSectors.includes(answer.sector)) chosenSectors.push(answer.sector)
  }
  const replaced = eventType !== item.eventType ? item.eventType : undefined
  return {
    relevant: true,
    eventType,
    eventTypes: [
      ...new Set([eventType, ...item.eventTypes.filter((type) => type !== replaced && type !== "not_relevant")])
    ],
    sectors: chosenSectors.length > 0 ? chosenSectors : [...item.sectors],
    actors: item.actors.map((actor) => actor.name),
    places: item.places.map((place) => place.name),
    ...(item.occurredOn === undefined ? {} : { occurredOn: item.occurredOn }),
    status: item.status,
    notes
  }
}

/** One eval line per answered event whose answers say something about its classification. */
export const evalLinesOf = (answered: ReadonlyArray<AnsweredEvent>): ReadonlyArray<EvalLine> =>
  answered.flatMap(({ event, answers }) => {
    const label = correctedLabel(event, answers)
    if (label === undefined) return []
    const item = event.classification
    const line: EvalLine = {
      id: `feedback-${event.id}`,
      title: item.title,
      text: item.excerpt ?? "",
      ...(item.url === undefined ? {} : { url: item.url }),
      ...(item.source === undefined ? {} : { source: item.source }),
      ...(item.published === undefined ? {} : { published: item.published }),
      ...(item.language === undefined ? {} : { language: item.language }),
      label
    }
    return [line]
  })
