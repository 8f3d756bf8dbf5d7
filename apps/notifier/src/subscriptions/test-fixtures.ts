import type { BilateralEvent, ClassifiedItem, EventNotice, Subscription } from "@india-italy/domain"

/** For tests only: well-formed domain values with just the fields a test cares about changed. */
export const classifiedItem = (overrides: Partial<ClassifiedItem> = {}): ClassifiedItem => ({
  id: "item-1",
  title: "India and Italy sign defence co-production MoU",
  url: "https://news.example/india-italy-defence",
  published: "2026-03-02T09:00:00Z",
  source: "Example Wire",
  relevant: true,
  eventType: "agreement_signed",
  eventTypes: ["agreement_signed"],
  sectors: ["defence"],
  actors: [],
  places: [],
  amounts: [],
  status: "happened",
  confidence: 0.8,
  evidence: [],
  ...overrides
})

export const bilateralEvent = (
  id: string,
  overrides: Partial<ClassifiedItem> = {},
  event: Partial<BilateralEvent> = {}
): BilateralEvent => {
  const classification = classifiedItem({ id: `${id}-item`, ...overrides })
  return {
    id,
    revision: 1,
    classification,
    sources: [
      {
        itemId: classification.id,
        title: classification.title,
        outlet: "Example Wire",
        ...(classification.url === undefined ? {} : { url: classification.url })
      }
    ],
    firstSeen: "2026-03-02T09:00:00.000Z",
    updatedAt: "2026-03-02T09:00:00.000Z",
    ...event
  }
}

export const newEventNotice = (event: BilateralEvent, alert = true): EventNotice => ({
  kind: "new_event",
  event,
  alert
})

export const subscription = (overrides: Partial<Subscription> = {}): Subscription => ({
  id: "sub-test0001",
  channel: "C0123ABCD",
  sectors: "all",
  createdAt: "2026-01-01T00:00:00.000Z",
  ...overrides
})
