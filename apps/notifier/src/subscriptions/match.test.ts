import { describe, expect, it } from "vitest"
import { digestSubscribers, matchesSubscription, realtimeSubscribers } from "./match.ts"
import { classifiedItem, subscription } from "./test-fixtures.ts"

describe("matchesSubscription", () => {
  const defence = subscription({ sectors: ["defence", "space"] })

  it("routes an item to a subscriber of one of its sectors", () => {
    expect(matchesSubscription(defence, classifiedItem({ sectors: ["trade", "space"] }))).toBe(true)
  })

  it("does not route an item in other sectors", () => {
    expect(matchesSubscription(defence, classifiedItem({ sectors: ["trade", "investment"] }))).toBe(false)
  })

  it("gives an all-sectors subscriber every relevant item, even one without sectors", () => {
    expect(matchesSubscription(subscription({ sectors: "all" }), classifiedItem({ sectors: [] }))).toBe(true)
  })

  it("never routes an item that is not relevant", () => {
    expect(matchesSubscription(subscription({ sectors: "all" }), classifiedItem({ relevant: false, eventType: "not_relevant", eventTypes: [] }))).toBe(false)
    expect(matchesSubscription(subscription({ sectors: "all" }), classifiedItem({ relevant: false }))).toBe(false)
  })

  it("filters by event type, counting secondary types", () => {
    const exercises = subscription({ sectors: "all", eventTypes: ["military_exercise"] })
    expect(matchesSubscription(exercises, classifiedItem({ eventType: "military_exercise", eventTypes: ["military_exercise"] }))).toBe(true)
    expect(matchesSubscription(exercises, classifiedItem({ eventType: "leader_meeting", eventTypes: ["leader_meeting", "military_exercise"] }))).toBe(true)
    expect(matchesSubscription(exercises, classifiedItem({ eventType: "agreement_signed", eventTypes: ["agreement_signed"] }))).toBe(false)
  })

  it("holds back items below the minimum confidence and lets the threshold itself through", () => {
    const confident = subscription({ sectors: "all", minConfidence: 0.6 })
    expect(matchesSubscription(confident, classifiedItem({ confidence: 0.59 }))).toBe(false)
    expect(matchesSubscription(confident, classifiedItem({ confidence: 0.6 }))).toBe(true)
  })
})

describe("realtimeSubscribers and digestSubscribers", () => {
  it("split the matching subscribers by delivery mode and leave out the rest", () => {
    const live = subscription({ id: "sub-live", sectors: ["defence"] })
    const daily = subscription({ id: "sub-daily", sectors: ["defence"], digest: { every: "daily", at: "08:00", tz: "UTC" } })
    const trade = subscription({ id: "sub-trade", sectors: ["trade"] })
    const item = classifiedItem({ sectors: ["defence"] })
    expect(realtimeSubscribers([live, daily, trade], item).map((s) => s.id)).toEqual(["sub-live"])
    expect(digestSubscribers([live, daily, trade], item).map((s) => s.id)).toEqual(["sub-daily"])
  })
})
