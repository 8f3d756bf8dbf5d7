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
    expect(
      matchesSubscription(
        subscription({ sectors: "all" }),
        classifiedItem({ relevant: false, eventType: "not_relevant", eventTypes: [] })
      )
    ).toBe(false)
    expect(matchesSubscription(subscription({ sectors: "all" }), classifiedItem({ relevant: false }))).toBe(false)
  })

  it("filters by event type, counting secondary types", () => {
    const exercises = subscription({ sectors: "all", eventTypes: ["military_exercise"] })
    expect(
      matchesSubscription(
        exercises,
        classifiedItem({ eventType: "military_exercise", eventTypes: ["military_exercise"] })
      )
    ).toBe(true)
    expect(
      matchesSubscription(
        exercises,
        classifiedItem({ eventType: "leader_meeting", eventTypes: ["leader_meeting", "military_exercise"] })
      )
    ).toBe(true)
    expect(
      matchesSubscription(
        exercises,
        classifiedItem({ eventType: "agreement_signed", eventTypes: ["agreement_signed"] })
      )
    ).toBe(false)
  })

  it("holds back items below the minimum confidence and lets the threshold itself through", () => {
    const confident = subscription({ sectors: "all", minConfidence: 0.6 })
    expect(matchesSubscription(confident, classifiedItem({ confidence: 0.59 }))).toBe(false)
    expect(matchesSubscription(confident, classifiedItem({ confidence: 0.6 }))).toBe(true)
  })
})

describe("subscriptions beyond sectors: any criterion matches", () => {
  const fincantieri = { name: "Fincantieri", kind: "organisation", country: "IT" } as const
  const meloni = { name: "Giorgia Meloni", kind: "person", country: "IT" } as const

  it("routes an item naming a followed actor, whatever its sectors, and nothing else", () => {
    const follower = subscription({ sectors: [], actors: ["Fincantieri"] })
    expect(matchesSubscription(follower, classifiedItem({ sectors: ["trade"], actors: [fincantieri] }))).toBe(true)
    expect(matchesSubscription(follower, classifiedItem({ sectors: ["defence"], actors: [meloni] }))).toBe(false)
  })

  it("matches when a sector OR an actor OR a place OR a keyword matches", () => {
    const mixed = subscription({
      sectors: ["space"],
      actors: ["Giorgia Meloni"],
      places: ["Goa"],
      keywords: ["idrogeno verde"]
    })
    expect(matchesSubscription(mixed, classifiedItem({ sectors: ["space"] }))).toBe(true)
    expect(matchesSubscription(mixed, classifiedItem({ sectors: ["trade"], actors: [meloni] }))).toBe(true)
    expect(
      matchesSubscription(mixed, classifiedItem({ sectors: ["trade"], places: [{ name: "Goa", country: "IN" }] }))
    ).toBe(true)
    expect(
      matchesSubscription(
        mixed,
        classifiedItem({ sectors: ["trade"], excerpt: "Accordo sull'idrogeno verde firmato a Roma." })
      )
    ).toBe(true)
    expect(matchesSubscription(mixed, classifiedItem({ sectors: ["trade"], excerpt: "Nothing of the kind." }))).toBe(
      false
    )
  })

  it("matches keywords as whole words in the headline or text, ignoring case and accents", () => {
    const keywords = subscription({ sectors: [], keywords: ["citta", "AI"] })
    expect(
      matchesSubscription(
        keywords,
        classifiedItem({ title: "Nuova intesa", excerpt: "La CITTÀ di Milano ospita il forum." })
      )
    ).toBe(true)
    expect(
      matchesSubscription(keywords, classifiedItem({ title: "India and Italy talk AI safety", excerpt: "" }))
    ).toBe(true)
    // "ai" is not a word of "Italia" or "said".
    expect(
      matchesSubscription(keywords, classifiedItem({ title: "Italia e India", excerpt: "Officials said so." }))
    ).toBe(false)
  })

  it("still filters criteria matches by event type and confidence", () => {
    const follower = subscription({
      sectors: [],
      actors: ["Fincantieri"],
      eventTypes: ["military_exercise"],
      minConfidence: 0.5
    })
    expect(
      matchesSubscription(
        follower,
        classifiedItem({ actors: [fincantieri], eventType: "agreement_signed", eventTypes: ["agreement_signed"] })
      )
    ).toBe(false)
    expect(
      matchesSubscription(
        follower,
        classifiedItem({
          actors: [fincantieri],
          eventType: "military_exercise",
          eventTypes: ["military_exercise"],
          confidence: 0.4
        })
      )
    ).toBe(false)
    expect(
      matchesSubscription(
        follower,
        classifiedItem({ actors: [fincantieri], eventType: "military_exercise", eventTypes: ["military_exercise"] })
      )
    ).toBe(true)
  })

  it("matches nothing with no criterion at all", () => {
    expect(matchesSubscription(subscription({ sectors: [] }), classifiedItem({ sectors: ["defence"] }))).toBe(false)
  })
})

describe("realtimeSubscribers and digestSubscribers", () => {
  it("split the matching subscribers by delivery mode and leave out the rest", () => {
    const live = subscription({ id: "sub-live", sectors: ["defence"] })
    const daily = subscription({
      id: "sub-daily",
      sectors: ["defence"],
      digest: { every: "daily", at: "08:00", tz: "UTC" }
    })
    const trade = subscription({ id: "sub-trade", sectors: ["trade"] })
    const item = classifiedItem({ sectors: ["defence"] })
    expect(realtimeSubscribers([live, daily, trade], item).map((s) => s.id)).toEqual(["sub-live"])
    expect(digestSubscribers([live, daily, trade], item).map((s) => s.id)).toEqual(["sub-daily"])
  })
})
