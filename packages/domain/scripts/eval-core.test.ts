import { describe, expect, it } from "vitest"
import type { ClassifiedItem } from "../src/event.ts"
import { actorNamesMatch, formatFigures, parseEvalLines, score, type EvalItem } from "./eval-core.ts"

const labelled = (id: string, label: Partial<EvalItem["label"]>): EvalItem => ({
  id,
  title: "",
  text: "",
  label: {
    relevant: true,
    eventType: "leader_meeting",
    eventTypes: ["leader_meeting"],
    sectors: [],
    actors: [],
    places: [],
    ...label
  }
})

const answer = (id: string, fields: Partial<ClassifiedItem>): ClassifiedItem => ({
  id,
  title: "",
  relevant: true,
  eventType: "leader_meeting",
  eventTypes: [],
  sectors: [],
  actors: [],
  places: [],
  amounts: [],
  status: "happened",
  confidence: 0.5,
  evidence: [],
  ...fields
})

describe("score", () => {
  const predictions = [
    // right on everything
    {
      item: labelled("a", { sectors: ["defence", "trade"], occurredOn: "2025-01-10", actors: ["Narendra Modi"] }),
      predicted: answer("a", {
        sectors: ["defence", "trade"],
        occurredOn: "2025-01-10",
        actors: [{ name: "Narendra Modi", kind: "person", country: "IN" }]
      })
    },
    // wrong type but in the acceptable set, same family; one sector missing, one extra; date off by one
    {
      item: labelled("b", {
        eventType: "official_visit",
        eventTypes: ["official_visit", "ministerial_dialogue"],
        sectors: ["space", "health"],
        occurredOn: "2025-02-01"
      }),
      predicted: answer("b", {
        eventType: "ministerial_dialogue",
        sectors: ["space", "energy_climate"],
        occurredOn: "2025-02-02"
      })
    },
    // missed a relevant report
    {
      item: labelled("c", { eventType: "military_exercise", eventTypes: ["military_exercise"], sectors: ["defence"] }),
      predicted: answer("c", { relevant: false, eventType: "not_relevant" })
    },
    // a distractor wrongly called relevant, with a sector
    {
      item: labelled("d", { relevant: false, eventType: "not_relevant", eventTypes: [] }),
      predicted: answer("d", { eventType: "business_forum", sectors: ["trade"] })
    },
    // a distractor rightly rejected
    {
      item: labelled("e", { relevant: false, eventType: "not_relevant", eventTypes: [] }),
      predicted: answer("e", { relevant: false, eventType: "not_relevant" })
    }
  ]
  const { figures, mistakes } = score(predictions)

  it("counts relevance as a binary decision", () => {
    expect(figures.relevance).toMatchObject({
      truePositives: 2,
      falsePositives: 1,
      falseNegatives: 1,
      trueNegatives: 1
    })
    expect(figures.relevance.distractorsRejected).toEqual({ correct: 1, total: 2, rate: 0.5 })
    expect(figures.relevance.precision).toBeCloseTo(2 / 3)
    expect(figures.relevance.recall).toBeCloseTo(2 / 3)
    expect(figures.relevance.f1).toBeCloseTo(2 / 3)
  })

  it("scores event types over the reports labelled relevant only", () => {
    expect(figures.labelledRelevant).toBe(3)
    expect(figures.primaryEventType).toEqual({ correct: 1, total: 3, rate: 1 / 3 })
    expect(figures.eventFamily.correct).toBe(2)
    expect(figures.primaryInAcceptableSet.correct).toBe(2)
  })

  it("breaks primary accuracy down by labelled type, with what each was mistaken for", () => {
    expect(figures.byEventType.leader_meeting).toEqual({ correct: 1, total: 1, rate: 1, confusedWith: {} })
    expect(figures.byEventType.official_visit).toEqual({
      correct: 0,
      total: 1,
      rate: 0,
      confusedWith: { ministerial_dialogue: 1 }
    })
    expect(figures.byEventType.military_exercise?.confusedWith).toEqual({ not_relevant: 1 })
  })

  it("micro-averages sectors and counts a distractor's sectors as false positives", () => {
    expect(figures.sectors).toMatchObject({ truePositives: 3, falsePositives: 2, falseNegatives: 2 })
    expect(figures.sectors.precision).toBeCloseTo(3 / 5)
  })

  it("requires the exact day for occurredOn, among labelled dates", () => {
    expect(figures.occurredOnExactDay).toEqual({ correct: 1, total: 2, rate: 0.5 })
  })

  it("lists what each wrong item got wrong, and nothing for a perfect one", () => {
    expect(mistakes.map((mistake) => mistake.id)).toEqual(["b", "c", "d"])
    const b = mistakes.find((mistake) => mistake.id === "b")!.problems
    expect(b).toContain("sectors missing: health")
    expect(b).toContain("sectors extra: energy_climate")
    expect(b).toContain("occurredOn: expected 2025-02-01, got 2025-02-02")
    expect(b.some((problem) => problem.startsWith("eventType: expected official_visit"))).toBe(true)
  })

  it("compares status where the annotator recorded it", () => {
    const { figures: statusFigures, mistakes: statusMistakes } = score([
      { item: labelled("p", { status: "announced" }), predicted: answer("p", { status: "happened" }) },
      { item: labelled("q", { status: "happened" }), predicted: answer("q", { status: "happened" }) },
      { item: labelled("r", {}), predicted: answer("r", { status: "background" }) }
    ])
    expect(statusFigures.status).toEqual({ correct: 1, total: 2, rate: 0.5 })
    expect(statusMistakes).toEqual([{ id: "p", problems: ["status: expected announced, got happened"] }])
  })

  it("reports n/a rather than 100% when there is nothing to score", () => {
    const onlyDistractors = score([
      {
        item: labelled("x", { relevant: false, eventType: "not_relevant", eventTypes: [] }),
        predicted: answer("x", { relevant: false, eventType: "not_relevant" })
      }
    ])
    expect(onlyDistractors.figures.primaryEventType.rate).toBeNull()
    expect(onlyDistractors.figures.relevance.recall).toBeNull()
    expect(onlyDistractors.figures.relevance.distractorsRejected.rate).toBe(1)
    expect(formatFigures("x", onlyDistractors.figures)).toMatch(/primary event type\s+n\/a/)
  })

  it("formats figures for people", () => {
    const text = formatFigures("demo", figures)
    expect(text).toContain("demo: 5 items, 3 labelled relevant")
    expect(text).toMatch(/occurredOn exact day\s+50\.0%\s+\(1\/2\)/)
  })
})

describe("parseEvalLines", () => {
  it("keeps good lines and reports bad ones with their line number and id", () => {
    const good = JSON.stringify(labelled("ok", {}))
    const badType = JSON.stringify({
      ...labelled("bad", {}),
      label: { ...labelled("bad", {}).label, eventType: "summit" }
    })
    const { items, errors } = parseEvalLines([good, "", "{nope", badType].join("\n"))
    expect(items.map((item) => item.id)).toEqual(["ok"])
    expect(errors).toHaveLength(2)
    expect(errors[0]).toMatchObject({ line: 3 })
    expect(errors[1]).toMatchObject({ line: 4, id: "bad" })
    expect(errors[1]!.reason).toContain('["label"]["eventType"]')
  })
})

describe("actorNamesMatch", () => {
  it("accepts the same actor written differently", () => {
    expect(actorNamesMatch("Vinay Kwatra", "Vinay Mohan Kwatra")).toBe(true)
    expect(actorNamesMatch("Bharat Electronics Ltd", "BEL")).toBe(true)
    expect(actorNamesMatch("Indian Space Research Organisation", "ISRO")).toBe(true)
    expect(actorNamesMatch("National Highways Authority of India", "NHAI")).toBe(true)
    expect(actorNamesMatch("giorgia meloni", "Giorgia Meloni")).toBe(true)
  })

  it("refuses different people who share a surname, and a bare surname", () => {
    expect(actorNamesMatch("Rajnath Singh", "Jitendra Singh")).toBe(false)
    expect(actorNamesMatch("Singh", "Rajnath Singh")).toBe(false)
    expect(actorNamesMatch("Indian Navy", "Italian Navy")).toBe(false)
  })
})
