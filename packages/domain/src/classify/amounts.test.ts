import { describe, expect, it } from "vitest"
import type { Amount } from "../event.ts"
import { findAmounts, type AmountMention } from "./amounts.ts"
import { readWords } from "./gated-patterns.ts"

const amountsIn = (text: string): Array<Amount> => {
  const out: Array<AmountMention> = []
  findAmounts("text", text, readWords(text), () => [0, text.length], out)
  return out.map((mention) => mention.amount)
}

describe("findAmounts", () => {
  it("reads a scale hyphenated to its number", () => {
    expect(amountsIn("The firm won a Rs 450-crore order for rail coaches.")).toMatchObject([
      { value: 450e7, currency: "INR", measure: "contract_value" }
    ])
    expect(amountsIn("They signed a $2-billion deal for turbines.")).toMatchObject([{ value: 2e9, currency: "USD" }])
  })

  it("reads a currency named before a scaled number, as Indian official English writes it, but not 'Euro 2024'", () => {
    expect(amountsIn("Bilateral trade stood at Euros 9.52 billion in 2019.")).toMatchObject([
      { value: 9.52e9, currency: "EUR", measure: "trade_volume" }
    ])
    expect(amountsIn("The ministry sanctioned Rupees 500 crore for the corridor.")).toMatchObject([
      { value: 500e7, currency: "INR" }
    ])
    expect(amountsIn("Italy won Euro 2020 at Wembley.")).toEqual([])
  })

  it("does not take a sum a tribunal or court awards for a business figure", () => {
    expect(
      amountsIn("The tribunal ordered the port authority to pay the contractor Rs 210 crore in compensation.")
    ).toMatchObject([{ value: 210e7, measure: "other" }])
    expect(amountsIn("A court in Milan awarded damages of €3 million to the supplier.")).toMatchObject([
      { measure: "other" }
    ])
  })

  it("reads a trade target in euros with its year", () => {
    expect(amountsIn("The leaders want two-way trade to reach €20 billion by 2029.")).toEqual([
      { value: 20e9, currency: "EUR", measure: "trade_target", year: 2029, text: "€20 billion" }
    ])
  })

  it("reads a trade volume in dollars", () => {
    expect(amountsIn("Bilateral trade stood at $15 billion last year.")).toMatchObject([
      { value: 15e9, currency: "USD", measure: "trade_volume" }
    ])
  })

  it("reads crore and lakh crore in rupees", () => {
    expect(amountsIn("The ministry placed an order worth Rs 1,200 crore for radars.")).toMatchObject([
      { value: 1.2e10, currency: "INR", measure: "contract_value" }
    ])
    expect(amountsIn("Investment of ₹2 lakh crore is planned.")).toMatchObject([
      { value: 2e12, currency: "INR", measure: "investment" }
    ])
    expect(amountsIn("A fund of 5 lakh rupees was set up for scholarships.")).toMatchObject([
      { value: 5e5, currency: "INR" }
    ])
  })

  it("reads money a company commits or pledges as investment, in a Title Case headline too", () => {
    expect(amountsIn("Italian Renewables Developer Commits Rs 10,000 Crore To Rajasthan Solar Park")).toMatchObject([
      { value: 1e11, currency: "INR", measure: "investment" }
    ])
    expect(amountsIn("Italian firms pledged $2 billion for new plants in Gujarat.")).toMatchObject([
      { value: 2e9, currency: "USD", measure: "investment" }
    ])
  })

  it("reads a project's worth as a contract value, but trade worth as trade", () => {
    expect(amountsIn("They agreed co-production of radars worth Rs 900 crore.")).toMatchObject([
      { value: 9e9, currency: "INR", measure: "contract_value" }
    ])
    expect(amountsIn("Two-way trade worth $12 billion was recorded.")).toMatchObject([
      { value: 12e9, currency: "USD", measure: "trade_volume" }
    ])
  })

  it("reads a currency code with an abbreviated scale", () => {
    expect(amountsIn("Exports reached USD 14.25 bn in the year.")).toMatchObject([
      { value: 14.25e9, currency: "USD", measure: "trade_volume" }
    ])
  })

  it("reads amounts written in words", () => {
    expect(amountsIn("They aim for fifteen billion dollars in trade.")).toMatchObject([
      { value: 15e9, currency: "USD", measure: "trade_target" }
    ])
    expect(amountsIn("A deal of twenty-five million euros was agreed.")).toMatchObject([
      { value: 25e6, currency: "EUR" }
    ])
  })

  it("counts companies but not a dateline day or a year", () => {
    expect(amountsIn("More than 700 Italian companies operate in India.")).toMatchObject([
      { value: 700, measure: "company_count" }
    ])
    expect(amountsIn("Rome, Dec 12 Italian companies are upbeat.")).toEqual([])
    expect(amountsIn("In 2024 companies grew.")).toEqual([])
  })
})
