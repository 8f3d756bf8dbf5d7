import type {
  ArchiveJob,
  BilateralEvent,
  ClassifiedItem,
  EventNotice,
  EventTypeId,
  SectorId
} from "@india-italy/domain"

export interface ReportSpec {
  readonly id: string
  readonly title: string
  readonly text?: string
  readonly language?: string
  readonly outlet?: string
  readonly url?: string
  readonly published?: string
  readonly eventType?: EventTypeId
  readonly sectors?: ReadonlyArray<SectorId>
  readonly actors?: ReadonlyArray<string>
  readonly places?: ReadonlyArray<string>
  readonly occurredOn?: string
}

/** A classified report as the classifier would give it, with evidence for its type and each sector. */
export const classifiedReport = (spec: ReportSpec): ClassifiedItem => {
  const eventType = spec.eventType ?? "agreement_signed"
  const sectors = spec.sectors ?? []
  return {
    id: spec.id,
    title: spec.title,
    ...(spec.url === undefined ? {} : { url: spec.url }),
    published: spec.published ?? `${spec.occurredOn ?? "2025-03-02"}T10:00:00.000Z`,
    ...(spec.outlet === undefined ? {} : { source: spec.outlet }),
    relevant: true,
    eventType,
    eventTypes: [eventType],
    sectors: [...sectors],
    actors: (spec.actors ?? []).map((name) => ({ name, kind: "person" as const, country: "IT" as const })),
    places: (spec.places ?? []).map((name) => ({ name, country: "IN" as const })),
    ...(spec.occurredOn === undefined ? {} : { occurredOn: spec.occurredOn, occurredPrecision: "day" as const }),
    amounts: [],
    status: "happened",
    confidence: 0.8,
    evidence: [
      {
        tag: `eventType:${eventType}`,
        text: spec.title.slice(0, 12),
        field: "title",
        start: 0,
        end: Math.min(12, spec.title.length)
      },
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

const sourceOf = (item: ClassifiedItem) => ({
  itemId: item.id,
  title: item.title,
  ...(item.url === undefined ? {} : { url: item.url }),
  ...(item.source === undefined ? {} : { outlet: item.source }),
  ...(item.published === undefined ? {} : { published: item.published })
})

/**
 * The archive jobs of one development as the worker would send them: revision 1 founds the
 * event from the first report, each later report joins it (source_added).
 */
export const developmentJobs = (
  eventId: string,
  reports: ReadonlyArray<ReportSpec>,
  seenFrom = "2025-03-02T12:00:00.000Z"
) => {
  const items = reports.map(classifiedReport)
  const founder = items[0]!
  const jobs: Array<ArchiveJob> = []
  items.forEach((item, index) => {
    const seenAt = new Date(Date.parse(seenFrom) + index * 60_000).toISOString()
    const event: BilateralEvent = {
      id: eventId,
      revision: index + 1,
      classification: founder,
      sources: items.slice(0, index + 1).map(sourceOf),
      firstSeen: seenFrom,
      updatedAt: seenAt
    }
    const notice: EventNotice =
      index === 0
        ? { kind: "new_event", event, alert: true }
        : { kind: "source_added", event, addedSource: sourceOf(item), alert: true }
    const spec = reports[index]!
    jobs.push({
      notice,
      seenAt,
      report: {
        item,
        ...(spec.text === undefined ? {} : { text: spec.text }),
        ...(spec.language === undefined ? {} : { language: spec.language })
      }
    })
  })
  return jobs
}

/** Four developments in two languages and several sectors, reported by one to three outlets. */
export const sampleDevelopments = (): ReadonlyArray<ReadonlyArray<ArchiveJob>> => [
  developmentJobs("evt-defence-pact", [
    {
      id: "a1",
      title: "India, Italy sign defence pact as Meloni visits New Delhi",
      text: "The two governments signed a defence cooperation agreement covering co-production of equipment.",
      language: "en",
      outlet: "Wire A",
      url: "https://wire-a.example/defence-pact",
      eventType: "agreement_signed",
      sectors: ["defence"],
      actors: ["Giorgia Meloni", "Narendra Modi"],
      places: ["New Delhi"],
      occurredOn: "2025-03-02"
    },
    {
      id: "a2",
      title: "Italia e India firmano un accordo sulla difesa",
      text: "Gli accordi firmati a Nuova Delhi riguardano la difesa.",
      language: "it",
      outlet: "Agenzia B",
      url: "https://agenzia-b.example/difesa"
    }
  ]),
  developmentJobs(
    "evt-trade-target",
    [
      {
        id: "b1",
        title: "India and Italy set €20 billion trade target by 2029",
        text: "Bilateral trade should reach twenty billion euros, ministers said at the business forum.",
        language: "en",
        outlet: "Wire A",
        url: "https://wire-a.example/trade-target",
        eventType: "trade_investment_figure",
        sectors: ["trade", "investment"],
        actors: ["Piyush Goyal"],
        places: ["Rome"],
        occurredOn: "2025-04-10"
      }
    ],
    "2025-04-10T09:00:00.000Z"
  ),
  developmentJobs(
    "evt-naval-exercise",
    [
      {
        id: "c1",
        title: "Navies of India and Italy hold joint exercise off Goa",
        text: "Warships of both navies drilled together off the coast of Goa.",
        language: "en",
        outlet: "Wire C",
        url: "https://wire-c.example/exercise",
        eventType: "military_exercise",
        sectors: ["defence", "maritime_ports"],
        places: ["Goa"],
        occurredOn: "2025-04-10"
      }
    ],
    "2025-04-10T15:00:00.000Z"
  ),
  developmentJobs(
    "evt-migration",
    [
      {
        id: "d1",
        title: "Dichiarazione su migrazione e mobilità tra Italia e India",
        text: "La dichiarazione sulla mobilità dei lavoratori e degli studenti è stata adottata a Roma.",
        language: "it",
        outlet: "Agenzia B",
        url: "https://agenzia-b.example/mobilita",
        eventType: "joint_statement",
        sectors: ["migration_mobility"],
        actors: ["Antonio Tajani"],
        places: ["Roma"],
        occurredOn: "2025-05-20"
      }
    ],
    "2025-05-20T08:00:00.000Z"
  )
]
