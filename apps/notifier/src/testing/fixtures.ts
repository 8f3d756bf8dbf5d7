import type { BilateralEvent, ClassifiedItem, EventNotice, Source } from "@india-italy/domain"

/**
 * Well-formed domain values for the notifier's own tests and the lead's benchmark. The wording is
 * made up for these tests (not taken from any report).
 */
export const sampleClassification = (overrides: Partial<ClassifiedItem> = {}): ClassifiedItem => ({
  id: "item-defence-1",
  title: "India and Italy agree to co-produce naval systems",
  url: "https://wire.example/india-italy-naval",
  published: "2026-03-02T09:15:00Z",
  source: "Example Wire",
  relevant: true,
  eventType: "defence_industry",
  eventTypes: ["defence_industry", "agreement_signed"],
  sectors: ["defence", "maritime_ports"],
  actors: [
    { name: "Rajnath Singh", kind: "person", country: "IN", office: "Minister of Defence of India" },
    { name: "Guido Crosetto", kind: "person", country: "IT", office: "Minister of Defence of Italy" }
  ],
  places: [{ name: "New Delhi", country: "IN" }],
  occurredOn: "2026-03-01",
  occurredPrecision: "day",
  amounts: [{ value: 20e9, currency: "EUR", measure: "trade_target", year: 2029, text: "€20 billion by 2029" }],
  status: "happened",
  confidence: 0.86,
  evidence: [
    {
      tag: "eventType:defence_industry",
      text: "agree to co-produce naval systems",
      field: "title",
      start: 20,
      end: 53
    },
    { tag: "sector:defence", text: "naval systems", field: "title", start: 40, end: 53 },
    { tag: "sector:maritime_ports", text: "naval", field: "title", start: 40, end: 45 }
  ],
  ...overrides
})

export const sampleSource = (overrides: Partial<Source> = {}): Source => ({
  itemId: "item-defence-1",
  title: "India and Italy agree to co-produce naval systems",
  url: "https://wire.example/india-italy-naval",
  outlet: "Example Wire",
  published: "2026-03-02T09:15:00Z",
  ...overrides
})

export const sampleEvent = (
  id: string,
  classification: Partial<ClassifiedItem> = {},
  event: Partial<BilateralEvent> = {}
): BilateralEvent => {
  const item = sampleClassification({ id: `${id}-item`, ...classification })
  return {
    id,
    revision: 1,
    classification: item,
    sources: [
      sampleSource({ itemId: item.id, title: item.title, ...(item.url !== undefined ? { url: item.url } : {}) })
    ],
    firstSeen: "2026-03-02T09:16:00.000Z",
    updatedAt: "2026-03-02T09:16:00.000Z",
    ...event
  }
}

export const newEventNotice = (event: BilateralEvent, alert = true): EventNotice => ({
  kind: "new_event",
  event,
  alert
})

/** The same event one revision later with `source` joined, as the worker announces it. */
export const sourceAddedNotice = (event: BilateralEvent, source: Source): EventNotice => ({
  kind: "source_added",
  event: { ...event, revision: event.revision + 1, sources: [...event.sources, source] },
  addedSource: source,
  alert: true
})

/**
 * The same event one revision later, its report edited (`title` is the corrected headline), as the
 * worker announces it.
 */
export const eventUpdatedNotice = (event: BilateralEvent, title: string): EventNotice => ({
  kind: "event_updated",
  event: {
    ...event,
    revision: event.revision + 1,
    classification: { ...event.classification, title },
    sources: event.sources.map((source, index) => (index === 0 ? { ...source, title } : source))
  },
  alert: false
})
