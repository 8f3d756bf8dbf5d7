import type { Actor, ClassifiedItem, EventTypeId } from "@india-italy/domain"
import { describe, expect, it } from "vitest"
import { classifiedItem } from "../subscriptions/test-fixtures.ts"
import { describeWhatHappened, figurePhrase, whenPhrase } from "./what-happened.ts"

const modi: Actor = { name: "Narendra Modi", kind: "person", country: "IN", office: "Prime Minister of India" }
const meloni: Actor = { name: "Giorgia Meloni", kind: "person", country: "IT", office: "Prime Minister of Italy" }
const fincantieri: Actor = { name: "Fincantieri", kind: "organisation", country: "IT" }
const mazagon: Actor = { name: "Mazagon Dock Shipbuilders", kind: "organisation", country: "IN" }
const rome = { name: "Rome", country: "IT" } as const
const delhi = { name: "New Delhi", country: "IN" } as const

const item = (eventType: EventTypeId, overrides: Partial<ClassifiedItem> = {}): ClassifiedItem =>
  classifiedItem({
    eventType,
    eventTypes: [eventType],
    sectors: [],
    actors: [modi, meloni],
    places: [rome],
    occurredOn: "2026-05-20",
    occurredPrecision: "day",
    // A headline the sentence must never repeat.
    title: "HEADLINE WORDS THAT MUST NOT APPEAR",
    ...overrides
  })

describe("describeWhatHappened", () => {
  it("composes the leaders' meeting and upgrade of the brief, with the figure", () => {
    const sentence = describeWhatHappened(
      item("partnership_upgrade", {
        eventTypes: ["partnership_upgrade", "leader_meeting", "trade_investment_figure"],
        evidence: [
          {
            tag: "eventType:partnership_upgrade",
            text: "to a Special Strategic Partnership",
            field: "text",
            start: 0,
            end: 10
          }
        ],
        amounts: [{ value: 20e9, currency: "EUR", measure: "trade_target", year: 2029, text: "€20 billion by 2029" }]
      })
    )
    expect(sentence).toBe(
      "Narendra Modi and Giorgia Meloni met in Rome on 20 May 2026 and upgraded ties to a Special Strategic Partnership; " +
        "€20 billion trade target by 2029."
    )
  })

  it("keeps the figure's clause when the figure is all there is to say", () => {
    const amounts = [{ value: 800, measure: "company_count", text: "800" }] as const
    expect(describeWhatHappened(item("trade_investment_figure", { amounts: [...amounts] }))).toBe(
      "Narendra Modi and Giorgia Meloni set out trade and investment figures in Rome on 20 May 2026; 800 companies."
    )
  })

  it.each([
    ["leader_meeting", "Narendra Modi and Giorgia Meloni met in Rome on 20 May 2026."],
    ["ministerial_dialogue", "Narendra Modi and Giorgia Meloni held talks in Rome on 20 May 2026."],
    ["joint_statement", "Narendra Modi and Giorgia Meloni adopted a joint statement in Rome on 20 May 2026."],
    ["partnership_upgrade", "Narendra Modi and Giorgia Meloni upgraded ties to a higher level in Rome on 20 May 2026."],
    ["military_exercise", "Narendra Modi and Giorgia Meloni held a joint military exercise in Rome on 20 May 2026."],
    [
      "trade_investment_figure",
      "Narendra Modi and Giorgia Meloni set out trade and investment figures in Rome on 20 May 2026."
    ],
    ["business_forum", "Narendra Modi and Giorgia Meloni took part in a business forum in Rome on 20 May 2026."],
    ["legal_dispute", "Narendra Modi and Giorgia Meloni were parties to a legal dispute in Rome on 20 May 2026."],
    ["statement_remark", "Narendra Modi and Giorgia Meloni spoke about India–Italy relations in Rome on 20 May 2026."],
    ["other_bilateral", "Narendra Modi and Giorgia Meloni took a bilateral step in Rome on 20 May 2026."]
  ] as const)("says what a %s is, with who, where and when", (type, expected) => {
    expect(describeWhatHappened(item(type))).toBe(expected)
  })

  it("names the visitor, the place visited and the host of an official visit", () => {
    const sentence = describeWhatHappened(
      item("agreement_signed", {
        eventTypes: ["agreement_signed", "official_visit"],
        places: [delhi],
        sectors: ["defence", "migration_mobility"],
        occurredOn: "2023-03-02",
        amounts: [{ value: 15e9, currency: "USD", measure: "trade_volume", text: "$15 billion" }]
      })
    )
    expect(sentence).toBe(
      "Giorgia Meloni visited New Delhi on 2 March 2023 and met Narendra Modi and signed an agreement with India on defence " +
        "and migration & mobility; bilateral trade of $15 billion."
    )
  })

  it("has organisations act when no person is named, and a lone one act with the other side", () => {
    expect(describeWhatHappened(item("defence_industry", { actors: [fincantieri, mazagon], places: [] }))).toBe(
      "Mazagon Dock Shipbuilders and Fincantieri advanced defence-industrial cooperation on 20 May 2026."
    )
    expect(
      describeWhatHappened(item("agreement_signed", { actors: [fincantieri], places: [], sectors: ["maritime_ports"] }))
    ).toBe("Fincantieri signed an agreement with India on maritime & ports on 20 May 2026.")
  })

  it("falls back to the two countries, and says what is only announced as a plan", () => {
    expect(
      describeWhatHappened(
        item("official_visit", {
          actors: [],
          places: [],
          occurredOn: "2026-06-01",
          occurredPrecision: "month",
          status: "announced"
        })
      )
    ).toBe("India and Italy announced plans to make an official visit in June 2026.")
  })

  it("says nothing about an item that is not relevant", () => {
    expect(describeWhatHappened(item("not_relevant", { relevant: false, eventTypes: [] }))).toBeUndefined()
  })
})

describe("whenPhrase and figurePhrase", () => {
  it("word dates by precision and figures by what they measure", () => {
    expect(whenPhrase("2026-01-01", "year")).toBe("in 2026")
    expect(whenPhrase("not a date", "day")).toBe("")
    expect(figurePhrase({ value: 800, measure: "company_count", text: "" })).toBe("800 companies")
    expect(figurePhrase({ value: 5e8, currency: "INR", measure: "investment_target", year: 2030, text: "" })).toBe(
      "₹500 million investment target by 2030"
    )
  })
})
