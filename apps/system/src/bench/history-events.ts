import {
  eventTypeIds,
  sectorIds,
  type ArchiveJob,
  type BilateralEvent,
  type ClassifiedItem,
  type EventTypeId,
  type SectorId
} from "@india-italy/domain"

/** A small deterministic generator (mulberry32): the same store every run. */
export const seededRandom = (seed: number) => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

const actors = [
  "Giorgia Meloni",
  "Narendra Modi",
  "Antonio Tajani",
  "S. Jaishankar",
  "Piyush Goyal",
  "Guido Crosetto",
  "Rajnath Singh",
  "Adolfo Urso",
  "Fincantieri",
  "Leonardo",
  "ISRO",
  "Italian Space Agency"
]
const places = ["New Delhi", "Rome", "Mumbai", "Milan", "Goa", "Naples", "Bengaluru", "Trieste", "Chennai", "Genoa"]
const englishTopics = [
  "defence pact",
  "naval exercise",
  "trade target",
  "green hydrogen partnership",
  "semiconductor fab",
  "space cooperation",
  "migration and mobility declaration",
  "start-up bridge",
  "railway corridor",
  "pharmaceutical investment",
  "critical minerals supply",
  "cyber security dialogue"
]
const italianTopics = [
  "accordo sulla difesa",
  "esercitazione navale",
  "obiettivo commerciale",
  "partenariato sull'idrogeno verde",
  "cooperazione spaziale",
  "dichiarazione sulla mobilità",
  "corridoio ferroviario",
  "investimento farmaceutico",
  "minerali critici",
  "dialogo sulla sicurezza informatica"
]
const outlets = ["Wire A", "Wire B", "Agenzia C", "Daily D", "Gazzetta E"]

const pick = <T>(random: () => number, list: ReadonlyArray<T>): T => list[Math.floor(random() * list.length)]!
const types = eventTypeIds.filter((type) => type !== "not_relevant") as ReadonlyArray<EventTypeId>

/** Words the search queries of the benchmark look for (each matches a share of the store). */
export const benchSearchTerms = [
  "hydrogen",
  "naval exercise",
  "semiconductor",
  "accordo difesa",
  "mobilità",
  "railway",
  "minerals",
  "pharmaceutical"
]

const report = (
  random: () => number,
  id: string,
  day: string,
  italian: boolean,
  sectors: ReadonlyArray<SectorId>,
  eventType: EventTypeId
): { item: ClassifiedItem; text: string } => {
  const who = [pick(random, actors), pick(random, actors)]
  const where = pick(random, places)
  const title = italian
    ? `Italia e India: ${pick(random, italianTopics)} firmato a ${where}`
    : `India and Italy agree ${pick(random, englishTopics)} in ${where}`
  const text = italian
    ? `${who[0]} e ${who[1]} hanno discusso a ${where} di ${pick(random, italianTopics)} e di ` +
      `${pick(random, italianTopics)}. Il governo ha annunciato nuovi passi per il partenariato strategico.`
    : `${who[0]} and ${who[1]} met in ${where} to discuss the ${pick(random, englishTopics)} and the ` +
      `${pick(random, englishTopics)}. Officials said further steps of the strategic partnership would follow.`
  return {
    text,
    item: {
      id,
      title,
      url: `https://news.example/${id}`,
      published: `${day}T09:00:00.000Z`,
      source: pick(random, outlets),
      relevant: true,
      eventType,
      eventTypes: [eventType],
      sectors: [...sectors],
      actors: who.map((name) => ({ name, kind: "person" as const, country: "IT" as const })),
      places: [{ name: where, country: "other" as const }],
      occurredOn: day,
      occurredPrecision: "day",
      amounts: [],
      status: "happened",
      confidence: 0.7 + random() * 0.3,
      evidence: [
        { tag: `eventType:${eventType}`, text: title.slice(0, 20), field: "title", start: 0, end: 20 },
        ...sectors.map((sector) => ({
          tag: `sector:${sector}`,
          text: sector,
          field: "text" as const,
          start: 0,
          end: sector.length
        }))
      ]
    }
  }
}

/**
 * The benchmark's store: `count` developments over five years, each reported by one to three
 * outlets (a third in Italian), one to three sectors each: the archive jobs the worker would send.
 */
export function* benchJobs(count: number, seed = 17): Generator<ArchiveJob> {
  const random = seededRandom(seed)
  const start = Date.parse("2021-01-01")
  for (let index = 0; index < count; index++) {
    const day = new Date(start + Math.floor(random() * 5 * 365) * 86_400_000).toISOString().slice(0, 10)
    const sectors = [...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(random, sectorIds)))]
    const eventType = pick(random, types)
    const reportCount = 1 + Math.floor(random() * 3)
    const reports = Array.from({ length: reportCount }, (_, n) =>
      report(random, `bench-${index}-${n}`, day, random() < 0.33, sectors, eventType)
    )
    const founder = reports[0]!.item
    const seenAt = `${day}T12:00:00.000Z`
    const sources = reports.map(({ item }) => ({
      itemId: item.id,
      title: item.title,
      url: item.url!,
      outlet: item.source!,
      published: item.published!
    }))
    for (let revision = 1; revision <= reportCount; revision++) {
      const event: BilateralEvent = {
        id: `evt-bench-${index}`,
        revision,
        classification: founder,
        sources: sources.slice(0, revision),
        firstSeen: seenAt,
        updatedAt: seenAt
      }
      const { item, text } = reports[revision - 1]!
      yield {
        notice:
          revision === 1
            ? { kind: "new_event", event, alert: true }
            : { kind: "source_added", event, addedSource: sources[revision - 1]!, alert: true },
        seenAt,
        report: { item, text, language: item.title.startsWith("Italia") ? "it" : "en" }
      }
    }
  }
}
