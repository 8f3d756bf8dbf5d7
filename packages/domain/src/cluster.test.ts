import { describe, expect, it } from "vitest"
import type { Actor } from "./actor.ts"
import { bestMatch, sameDevelopment, similarity } from "./cluster.ts"
import type { ClassifiedItem } from "./event.ts"

const person = (name: string, country: "IN" | "IT"): Actor => ({ name, kind: "person", country })
const modi = person("Narendra Modi", "IN")
const meloni = person("Giorgia Meloni", "IT")
const goyal = person("Piyush Goyal", "IN")
const urso = person("Adolfo Urso", "IT")
const rajnath = person("Rajnath Singh", "IN")
const crosetto = person("Guido Crosetto", "IT")

const evidence = (tag: string, text: string) => ({ tag, text, field: "text" as const, start: 0, end: text.length })

const report = (fields: Partial<ClassifiedItem> & Pick<ClassifiedItem, "id" | "title">): ClassifiedItem => ({
  relevant: true,
  eventType: "leader_meeting",
  eventTypes: ["leader_meeting"],
  sectors: [],
  actors: [],
  places: [],
  amounts: [],
  status: "happened",
  confidence: 0.8,
  evidence: [],
  ...fields
})

const romeSummitWire = report({
  id: "wire-a",
  title: "Modi, Meloni raise ties to special strategic partnership in Rome",
  source: "Wire A",
  eventType: "partnership_upgrade",
  eventTypes: ["partnership_upgrade", "leader_meeting", "joint_statement"],
  sectors: ["defence", "trade", "technology_ai"],
  actors: [modi, meloni],
  places: [{ name: "Rome", country: "IT" }],
  occurredOn: "2026-05-20",
  occurredPrecision: "day",
  amounts: [{ value: 2e10, currency: "EUR", measure: "trade_target", year: 2029, text: "€20 billion by 2029" }],
  evidence: [evidence("eventType:partnership_upgrade", "elevated the relationship to a Special Strategic Partnership")]
})

const romeSummitDaily = report({
  id: "daily-b",
  title: "India and Italy sign up to €20-bn trade goal as Meloni hosts Modi",
  source: "Daily B",
  eventType: "leader_meeting",
  eventTypes: ["leader_meeting", "partnership_upgrade", "trade_investment_figure"],
  sectors: ["trade", "defence", "maritime_ports"],
  actors: [meloni, modi, person("Antonio Tajani", "IT")],
  places: [{ name: "Rome", country: "IT" }],
  occurredOn: "2026-05-21",
  occurredPrecision: "day",
  amounts: [{ value: 2e10, currency: "EUR", measure: "trade_target", year: 2029, text: "20 billion euros" }],
  evidence: [evidence("eventType:partnership_upgrade", "special strategic partnership between Rome and New Delhi")]
})

const defenceSeminar = report({
  id: "seminar",
  title: "Rajnath, Crosetto open defence industry seminar with Modi and Meloni present",
  eventType: "defence_industry",
  eventTypes: ["defence_industry", "business_forum"],
  sectors: ["defence"],
  actors: [modi, meloni, rajnath, crosetto],
  places: [{ name: "Rome", country: "IT" }],
  occurredOn: "2026-05-20",
  occurredPrecision: "day",
  evidence: [evidence("eventType:defence_industry", "co-production of naval systems and submarines")]
})

const tradeForum = report({
  id: "forum",
  title: "Goyal and Urso address India-Italy business forum attended by Modi and Meloni",
  eventType: "business_forum",
  eventTypes: ["business_forum", "trade_investment_figure"],
  sectors: ["trade", "investment", "automotive_manufacturing"],
  actors: [modi, meloni, goyal, urso],
  places: [{ name: "Rome", country: "IT" }],
  occurredOn: "2026-05-20",
  occurredPrecision: "day",
  evidence: [evidence("eventType:business_forum", "CEO forum on machinery, food processing and textiles")]
})

describe("sameDevelopment", () => {
  it("joins the same summit reported by two outlets in different words and a day apart", () => {
    expect(sameDevelopment(romeSummitWire, romeSummitDaily)).toBe(true)
  })

  it("is symmetric", () => {
    expect(similarity(romeSummitWire, romeSummitDaily).score).toBeCloseTo(
      similarity(romeSummitDaily, romeSummitWire).score,
      10
    )
    expect(sameDevelopment(defenceSeminar, tradeForum)).toBe(sameDevelopment(tradeForum, defenceSeminar))
  })

  it("keeps a defence seminar and a trade forum apart although both were the same day with the same leaders", () => {
    expect(sameDevelopment(defenceSeminar, tradeForum)).toBe(false)
    expect(similarity(defenceSeminar, tradeForum).what).toBeLessThan(0.5)
  })

  it("keeps two leaders' meetings a month apart apart", () => {
    const juneMeeting = { ...romeSummitWire, id: "june", occurredOn: "2026-06-19" }
    const verdict = similarity(romeSummitWire, juneMeeting)
    expect(verdict.veto).toMatch(/30 days apart/)
    expect(sameDevelopment(romeSummitWire, juneMeeting)).toBe(false)
  })

  it("allows two days of reporting lag but not three", () => {
    expect(sameDevelopment(romeSummitWire, { ...romeSummitWire, id: "late", occurredOn: "2026-05-22" })).toBe(true)
    expect(sameDevelopment(romeSummitWire, { ...romeSummitWire, id: "later", occurredOn: "2026-05-23" })).toBe(false)
  })

  it("never joins a report that is not about India and Italy", () => {
    const distractor = { ...romeSummitDaily, id: "france", relevant: false, eventType: "not_relevant" as const }
    expect(sameDevelopment(romeSummitWire, distractor)).toBe(false)
    expect(similarity(romeSummitWire, distractor).veto).toMatch(/not an India–Italy development/)
  })

  it("keeps two business forums on the same day in different cities with different people apart", () => {
    const mumbaiForum = report({
      id: "mumbai",
      title: "Italian machinery makers meet Indian buyers in Mumbai",
      eventType: "business_forum",
      eventTypes: ["business_forum"],
      sectors: ["automotive_manufacturing"],
      actors: [person("Antonio Bartoli", "IT")],
      places: [{ name: "Mumbai", country: "IN" }],
      occurredOn: "2026-05-20",
      occurredPrecision: "day"
    })
    expect(sameDevelopment(tradeForum, mumbaiForum)).toBe(false)
  })

  it("matches month-precise reports of the same month when the rest agrees", () => {
    const monthly = { ...romeSummitDaily, id: "monthly", occurredOn: "2026-05-01", occurredPrecision: "month" as const }
    expect(sameDevelopment(romeSummitWire, monthly)).toBe(true)
    expect(sameDevelopment(romeSummitWire, { ...monthly, occurredOn: "2026-07-01" })).toBe(false)
    // a day in January is not "next month" (February), even 18 days apart
    const january = { ...romeSummitWire, id: "january", occurredOn: "2026-01-14" }
    expect(similarity(january, { ...monthly, occurredOn: "2026-02-01" }).veto).toBe("different months")
  })
})

describe("similarity", () => {
  it("explains itself: shared actors, the shared amount and the date", () => {
    const verdict = similarity(romeSummitWire, romeSummitDaily)
    const details = verdict.reasons.map((reason) => `${reason.signal}: ${reason.detail}`).join("\n")
    expect(details).toContain("Narendra Modi")
    expect(details).toContain("same amount 20000000000|EUR")
    expect(details).toContain("1 day(s) apart")
    expect(verdict.veto).toBeUndefined()
  })

  it("names the mismatch when the kinds of event are unrelated", () => {
    const exercise = {
      ...defenceSeminar,
      id: "exercise",
      eventType: "military_exercise" as const,
      eventTypes: ["military_exercise" as const]
    }
    const figure = {
      ...tradeForum,
      id: "figure",
      eventType: "trade_investment_figure" as const,
      eventTypes: ["trade_investment_figure" as const]
    }
    expect(similarity(exercise, figure).veto).toMatch(
      /military_exercise \(defence\) vs trade_investment_figure \(economic\)/
    )
  })

  it("scores 20,000 pairs well within two seconds (pure, no I/O)", () => {
    const started = performance.now()
    for (let index = 0; index < 20_000; index++) similarity(romeSummitWire, romeSummitDaily)
    expect(performance.now() - started).toBeLessThan(2_000)
  })
})

describe("bestMatch", () => {
  const events = [
    { id: "evt-seminar", classification: defenceSeminar },
    { id: "evt-forum", classification: tradeForum },
    { id: "evt-summit", classification: romeSummitWire }
  ]

  it("finds the event a new report of the summit belongs to", () => {
    expect(bestMatch(romeSummitDaily, events, (event) => event.classification)?.candidate.id).toBe("evt-summit")
  })

  it("returns nothing when no event is close enough", () => {
    const navalExercise = report({
      id: "exercise",
      title: "Italian frigate exercises with INS Tabar off Kochi",
      eventType: "military_exercise",
      eventTypes: ["military_exercise"],
      sectors: ["defence", "maritime_ports"],
      places: [{ name: "Kochi", country: "IN" }],
      occurredOn: "2026-05-20",
      occurredPrecision: "day"
    })
    expect(bestMatch(navalExercise, events, (event) => event.classification)).toBeUndefined()
  })
})
