import { describe, expect, it } from "vitest"
import { findDates, referenceDay, type DateMention } from "./dates.ts"
import { readWords } from "./gated-patterns.ts"

const datesIn = (text: string, published: string): Array<DateMention> => {
  const out: Array<DateMention> = []
  findDates("text", text, readWords(text), referenceDay(published), () => 0, out)
  return out
}
const only = (text: string, published: string): DateMention => {
  const found = datesIn(text, published)
  expect(found, text).toHaveLength(1)
  return found[0]!
}

describe("findDates", () => {
  it("dates a span of days by its first day ('from 4 to 6 May', '4-6 May')", () => {
    expect(only("The minister will visit India from 4 to 6 May.", "2022-04-20").date).toBe("2022-05-04")
    expect(only("The fair will run 12-14 March in Mumbai.", "2022-02-20").date).toBe("2022-03-12")
  })
  it("resolves a weekday to the same day when the report is published on that weekday", () => {
    // 2025-03-09 is a Sunday.
    expect(only("The ministers spoke on Sunday about ports.", "2025-03-09").date).toBe("2025-03-09")
  })

  it("resolves a weekday to the previous one when published the day after", () => {
    // 2025-03-10 is a Monday: "on Sunday" is the day before.
    const mention = only("The ministers spoke on Sunday about ports.", "2025-03-10T06:00:00Z")
    expect(mention.date).toBe("2025-03-09")
    expect(mention.precision).toBe("day")
    expect(mention.relative).toBe(true)
  })

  it("looks forward for a weekday in a sentence about the future", () => {
    // Published Wednesday 2025-03-12; the visit is next Monday.
    expect(only("The minister will visit the shipyard on Monday.", "2025-03-12").date).toBe("2025-03-17")
  })

  it("looks forward for a weekday after a trip told in the present in the body, or after 'starting'", () => {
    // Published Sunday 2024-11-24: "begins … on Tuesday" is the coming Tuesday, not the last one.
    expect(only("Minister Adolfo Urso begins a three-day visit to India on Tuesday.", "2024-11-24").date).toBe(
      "2024-11-26"
    )
    expect(only("Antonio Tajani arrives in New Delhi on Monday for talks.", "2025-04-05").date).toBe("2025-04-07")
    expect(only("Rajnath Singh embarks on a four-day visit starting Monday.", "2023-10-08").date).toBe("2023-10-09")
    expect(only("The fair, starting Monday, drew record crowds.", "2023-10-08").date).toBe("2023-10-09")
    // Told in the past, it is the last one.
    expect(only("Antonio Tajani arrived in New Delhi on Monday for talks.", "2025-04-09").date).toBe("2025-04-07")
    expect(only("Tajani arrives in Delhi, where he was received on Monday.", "2025-04-09").date).toBe("2025-04-07")
  })

  it("reads a headline's present as the day's news, not a plan", () => {
    const found: Array<DateMention> = []
    const title = "Modi arrives in Rome on Friday for the G20"
    findDates("title", title, readWords(title), referenceDay("2021-10-30"), () => 0, found)
    expect(found[0]?.date).toBe("2021-10-29")
  })

  it("resolves last month, yesterday and last December against the publication day", () => {
    expect(only("A naval drill took place last month.", "2025-01-15")).toMatchObject({
      date: "2024-12-01",
      precision: "month"
    })
    expect(only("The envoy arrived yesterday.", "2025-03-01").date).toBe("2025-02-28")
    expect(only("Last December the two sides met.", "2026-02-10")).toMatchObject({
      date: "2025-12-01",
      precision: "month"
    })
  })

  it("reads written-out dates with and without a year", () => {
    expect(only("Talks were held on November 18, 2024 in Brazil.", "2024-11-19").date).toBe("2024-11-18")
    expect(only("Talks were held on Feb 27 in Rome.", "2026-02-28").date).toBe("2026-02-27")
    expect(only("Talks were held on 3 March 2023.", "2023-03-05").date).toBe("2023-03-03")
  })

  it("puts a month-day without a year in the previous year when it would otherwise lie in the future", () => {
    expect(only("The agreement was signed on December 30.", "2025-01-04").date).toBe("2024-12-30")
  })

  it("marks the dateline of a wire report and the date of a statement", () => {
    const found = datesIn("Milan, Mar 4 (PTI) The minister said on Tuesday that talks went well.", "2025-03-04")
    expect(found[0]).toMatchObject({ dateline: true, date: "2025-03-04" })
    expect(found[1]).toMatchObject({ ofStatement: true, date: "2025-03-04" })
  })

  it("takes a two-city dateline for a dateline, and the weekday after it for the news", () => {
    const found = datesIn(
      "NEW DELHI/ROME, October 16 (Reuters) - The two governments agreed on Tuesday to extend the programme.",
      "2024-10-16"
    )
    expect(found[0]).toMatchObject({ dateline: true, date: "2024-10-16" })
    expect(found[1]).toMatchObject({ dateline: false, date: "2024-10-15" })
  })

  it("takes ANI's bracketed country and a hyphenated place for a dateline, so the weekday after it dates the news", () => {
    const ani = datesIn(
      "New Delhi [India], July 8 (ANI): Prime Minister Modi on Tuesday spoke to Meloni.",
      "2026-07-08"
    )
    expect(ani[0]).toMatchObject({ dateline: true, date: "2026-07-08" })
    expect(ani[1]).toMatchObject({ dateline: false, date: "2026-07-07" })
    const abroad = datesIn("Evian-les-Bains (France), Jun 16 (PTI) The leaders met here on Monday.", "2026-06-16")
    expect(abroad[0]).toMatchObject({ dateline: true, date: "2026-06-16" })
    expect(abroad[1]).toMatchObject({ dateline: false, date: "2026-06-15" })
    expect(datesIn("Reggio di Calabria, May 3 (ANSA) - Talks ended.", "2026-05-03")[0]).toMatchObject({
      dateline: true
    })
  })

  it("marks the date of a filing or statement as when something was said", () => {
    const found = datesIn(
      "The company said in a stock exchange filing on 21 April that the licence runs for ten years.",
      "2026-04-22"
    )
    expect(found[0]).toMatchObject({ ofStatement: true, date: "2026-04-21" })
    expect(datesIn("The licence was signed on 20 April in New Delhi.", "2026-04-22")[0]).toMatchObject({
      ofStatement: false
    })
  })

  it("reads a bare month as the most recent one and a year after 'in'", () => {
    expect(only("They last met in June at a summit.", "2025-11-23")).toMatchObject({
      date: "2025-06-01",
      precision: "month"
    })
    expect(only("They last met in September.", "2025-02-01")).toMatchObject({ date: "2024-09-01", precision: "month" })
    expect(only("Ties were upgraded in 2023.", "2025-11-23")).toMatchObject({ date: "2023-01-01", precision: "year" })
  })

  it("accepts February 29 only in leap years, and no day past the end of its month", () => {
    expect(only("They met on February 29, 2024.", "2024-03-01").date).toBe("2024-02-29")
    expect(only("They met on 29 February 2000.", "2000-03-01").date).toBe("2000-02-29")
    expect(datesIn("They met on February 29, 2023.", "2023-03-01")).toHaveLength(0)
    expect(datesIn("They met on 29 February 1900.", "1900-03-01")).toHaveLength(0)
    expect(datesIn("They met on April 31, 2024.", "2024-05-01")).toHaveLength(0)
    expect(only("They met on Dec 31, 2024.", "2025-01-01").date).toBe("2024-12-31")
  })

  it("resolves nothing relative without a publication day, but still reads full dates", () => {
    expect(datesIn("They met on Sunday.", "not a date")).toHaveLength(0)
    expect(only("They met on May 20, 2026.", "not a date").date).toBe("2026-05-20")
  })
})
