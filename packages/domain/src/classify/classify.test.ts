import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { ClassifiedItem } from "../event.ts"
import type { WireItem } from "../wire-item.ts"
import { classify } from "./classify.ts"

const item = (text: string, extra: Partial<WireItem> = {}): WireItem => ({
  id: "t",
  title: "",
  text,
  published: "2025-06-11",
  ...extra
})
const decode = Schema.decodeUnknownSync(ClassifiedItem)

describe("classify: relevance", () => {
  it("finds a report relevant from its actors when the country names are missing", () => {
    const result = classify(
      item(
        "Giorgia Meloni held talks with Foreign Secretary Vikram Misri on Tuesday about defence production and the mobility of nurses.\n\n" +
          "Misri told reporters the two governments would sign a memorandum on skilled workers soon."
      )
    )
    expect(result.relevant).toBe(true)
    expect(result.actors.map((actor) => actor.name)).toEqual(expect.arrayContaining(["Giorgia Meloni", "Vikram Misri"]))
  })

  it("counts money in rupees as India's side, so an Italian firm's award against an unknown Indian body is a bilateral legal dispute", () => {
    const result = classify(
      item(
        "The bridge over the river was meant to open in 2021. The work went in 2016 to an Italian engineering group and a Pune partner.\n\n" +
          "An arbitral tribunal has now told the state road agency to pay the group about Rs 310 crore for delays and unpaid bills, the partner said in a filing on Monday.",
        { title: "Italian builder wins Rs 310-crore arbitral award against state road agency" }
      )
    )
    expect(result.relevant).toBe(true)
    expect(result.eventType).toBe("legal_dispute")
    expect(result.amounts?.map((amount) => amount.measure)).not.toContain("contract_value")
  })

  it("reads the names in a headline written in capitals", () => {
    const shouted = classify(
      item(
        "The two leaders spoke by phone on Monday and agreed to expand co-production of naval systems, officials said.",
        { title: "MELONI, MODI AGREE TO DEEPEN DEFENCE TIES" }
      )
    )
    expect(shouted.relevant).toBe(true)
    expect(shouted.actors.map((actor) => actor.name)).toEqual(
      expect.arrayContaining(["Giorgia Meloni", "Narendra Modi"])
    )
    // The evidence quotes the headline as written.
    expect(shouted.evidence?.some((span) => span.field === "title" && span.text === "MELONI")).toBe(true)
  })

  const distractors: ReadonlyArray<readonly [string, WireItem]> = [
    [
      "India–France",
      item(
        "India and France signed a roadmap on jet engines in Paris on Monday, the defence ministry said. The French minister praised the partnership.",
        { title: "India, France agree jet engine roadmap" }
      )
    ],
    [
      "Italy–China",
      item(
        "Italy and China agreed to expand trade in machinery, the Italian foreign minister said in Beijing. Chinese officials welcomed the investment plans.",
        { title: "Italy, China to boost trade" }
      )
    ],
    [
      "an India v Italy hockey match",
      item(
        "India beat Italy 5-1 in their hockey match on Sunday, with the striker scoring twice in the first half. The coach praised the squad before the tournament final.",
        { title: "India thrash Italy in hockey" }
      )
    ],
    [
      "sportspeople of an individual sport training in the other country",
      item(
        // Run together as a page's paragraphs often are ("competitions.The"), which reads as one long sentence.
        "India's elite men and women boxers will travel to Italy and France for 52 days for their overseas training and participation in international competitions.The trip has been sanctioned by the government at a cost of Rs 1.3 crore. Ten male and six women boxers will travel.",
        { title: "Indian boxers to travel to Italy and France for training and competition" }
      )
    ],
    [
      "a G20 roll-call",
      item(
        "Leaders of India, Italy, France, Germany, Japan, Brazil and Canada attended the G20 session on climate finance, the host said on Saturday.",
        { title: "G20 leaders gather" }
      )
    ],
    [
      "an Italian restaurant in Delhi",
      item(
        "A new Italian restaurant opened in Delhi's Khan Market this week, with a chef from Naples serving pizza and handmade pasta. The menu also includes gelato.",
        { title: "Italian trattoria opens in Delhi" }
      )
    ],
    [
      "nationals caught up in an accident abroad",
      item(
        "Two Indian and three Italian tourists were among a dozen people hurt in an avalanche in the Alps on Sunday, Swiss police said. Rescuers flew the injured to hospital.",
        { title: "Indian and Italian tourists hurt in avalanche" }
      )
    ],
    [
      "an Italy–China report with India in its last line",
      item(
        "Italy and China signed six agreements in Beijing on Monday during the Italian leader's visit, covering cars and tourism. Analysts said Italy was balancing its ties with China and India.",
        { title: "Italy, China sign pacts in Beijing" }
      )
    ],
    [
      "an Indian delegation at the Holy See, with pilgrims in Rome",
      item(
        "VATICAN CITY, Jun 8 - An Indian government delegation led by a minister of state attended a canonisation by the Pope at St Peter's Square on Sunday, with thousands of pilgrims who travelled to Rome from India. The minister later met the Holy See's secretary for relations with states, India's foreign ministry said.",
        { title: "Indian delegation at Vatican canonisation" }
      )
    ],
    [
      "an India–Pakistan exchange at a UN food agency in Rome",
      item(
        "ROME, Oct 14 - India on Tuesday rejected remarks by Pakistan at a meeting of the Food and Agriculture Organization here, with an Indian diplomat at the Permanent Mission to the UN agencies in Rome saying Pakistan had no credibility on water security.",
        { title: "India rejects Pakistan's remarks at FAO meet in Rome" }
      )
    ],
    [
      "Italy–Japan ties",
      item(
        "Italy and Japan upgraded their ties to a strategic partnership, with both citing the Indo-Pacific. The Japanese Prime Minister met Meloni in Rome.",
        { title: "Italy, Japan upgrade ties" }
      )
    ]
  ]
  for (const [name, distractor] of distractors) {
    it(`rejects ${name}`, () => {
      const result = classify(distractor)
      expect(result.relevant).toBe(false)
      expect(result.eventType).toBe("not_relevant")
      expect(result.sectors).toEqual([])
    })
  }
})

describe("classify: upgrades", () => {
  it("takes a sector's ties raised to a named strategic partnership for an upgrade", () => {
    const result = classify(
      item(
        'NEW DELHI, Jun 11 - India and Italy on Wednesday elevated their science ties to a "Strategic Research Partnership", with the two ministers agreeing to meet every year, officials said.',
        { title: "India, Italy elevate science ties to 'Strategic Research Partnership'" }
      )
    )
    expect(result.eventType).toBe("partnership_upgrade")
  })
})

describe("classify: the main news of a headline", () => {
  it("takes the signing for the news when the visit is only the headline's 'as' clause", () => {
    const result = classify(
      item(
        "ROME, June 11 (PTI) - India and Italy on Wednesday signed an agreement that will let Italian hospitals recruit Indian nurses.\n\n" +
          "The agreement was signed by External Affairs Minister S. Jaishankar and the Italian health minister on the first day of Jaishankar's two-day visit to Rome.\n\n" +
          "Jaishankar later held talks with Foreign Minister Antonio Tajani.",
        { title: "India, Italy sign nurses pact as Jaishankar visits Rome" }
      )
    )
    expect(result.eventType).toBe("agreement_signed")
    expect(result.eventTypes).toContain("official_visit")
  })

  it("takes the roadmap adopted for the news when the joint commission is only where it happened", () => {
    const result = classify(
      item(
        "ROME, Apr 15 - India and Italy on Tuesday adopted a three-year roadmap to expand trade and investment at a meeting of their Joint Commission for Economic Cooperation, " +
          "co-chaired by Commerce and Industry Minister Piyush Goyal and Foreign Minister Antonio Tajani.",
        { title: "India, Italy adopt trade roadmap at joint commission in Rome" }
      )
    )
    expect(result.eventType).toBe("joint_statement")
    expect(result.eventTypes).toContain("ministerial_dialogue")
  })

  it("takes a regional president leading a mission to the other country for a visit", () => {
    const result = classify(
      item(
        "MUMBAI, Jun 11 - A delegation from Italy's Lombardy region, led by its president, arrived on Tuesday and met Maharashtra's chief minister, officials said.",
        { title: "Lombardy president leads industry mission to Maharashtra, meets chief minister" }
      )
    )
    expect(result.eventType).toBe("official_visit")
  })
})

describe("classify: remarks", () => {
  it("takes a report under a quoted headline, with nothing concrete happening, for a remark", () => {
    const result = classify(
      item(
        "ROME, Aug 16 - India's relations with Italy have never been stronger, Ambassador Vani Rao said on Saturday at the embassy's Independence Day celebrations, attended by hundreds of members of the Indian community.",
        { title: "'India-Italy ties have never been stronger': envoy at Independence Day event in Rome" }
      )
    )
    expect(result.eventType).toBe("statement_remark")
  })

  it("still takes a signing reported under a quoted headline for the signing", () => {
    const result = classify(
      item(
        "NEW DELHI, Jun 11 - India and Italy on Wednesday signed a memorandum of understanding on defence cooperation, and the two ministers said it opened a new chapter.",
        { title: "'A new chapter': India, Italy sign defence MoU" }
      )
    )
    expect(result.eventType).toBe("agreement_signed")
  })
})

describe("classify: opinion", () => {
  it("takes a commentary on a minister's remarks for a remark, not for the exercise it recommends", () => {
    const result = classify(
      item(
        "Italian Defence Minister Guido Crosetto told a Senate committee on Wednesday that India was central to Italy's Indo-Pacific policy and that he wanted Italian warships to train with the Indian Navy more often.\n\n" +
          "New Delhi should take him at his word and propose a standing annual naval exercise with Italy.",
        { title: "Commentary: Crosetto's India remarks deserve an answer" }
      )
    )
    expect(result.relevant).toBe(true)
    expect(result.eventType).toBe("statement_remark")
  })
})

describe("classify: Rome and the Holy See", () => {
  it("takes a meeting with the Pope at a summit in Italy for India–Holy See, and keeps one with Meloni there India–Italy", () => {
    const pope = classify(
      item(
        "Fasano, June 14 (PTI) Prime Minister Narendra Modi met Pope Francis on the sidelines of the G7 summit in southern Italy on Friday and invited him to India, the Ministry of External Affairs said.",
        { title: "Modi meets Pope Francis at G7" }
      )
    )
    expect(pope.relevant).toBe(false)
    const meloni = classify(
      item(
        "Fasano, June 14 (PTI) Prime Minister Narendra Modi held talks with Italian Prime Minister Giorgia Meloni on the sidelines of the G7 summit in southern Italy on Friday. He also met Pope Francis, the Ministry of External Affairs said.",
        { title: "Modi meets Meloni, Pope Francis at G7" }
      )
    )
    expect(meloni.relevant).toBe(true)
  })

  it("still finds Italy in a report about the Holy See when Italy is named another way", () => {
    const result = classify(
      item(
        "ROME, Jun 14 - Prime Minister Narendra Modi met Italian Prime Minister Giorgia Meloni in Rome on Saturday and discussed defence and trade, a day after an audience with the Pope at the Vatican.",
        { title: "Modi meets Meloni in Rome after papal audience" }
      )
    )
    expect(result.relevant).toBe(true)
    expect(result.eventType).toBe("leader_meeting")
  })
})

describe("classify: what is not a development", () => {
  it("does not take a visit someone only hopes for or is invited to for a visit", () => {
    const result = classify(
      item(
        "Italian Defence Minister Guido Crosetto said in an interview on Tuesday that India was a natural partner for Italy's defence industry.\n\n" +
          "Crosetto said he hoped to visit New Delhi once the budget season was over, and that Rajnath Singh had been invited to visit Rome.",
        { title: "Crosetto calls India a natural partner" }
      )
    )
    expect(result.relevant).toBe(true)
    expect(result.eventType).not.toBe("official_visit")
    expect(result.eventTypes).not.toContain("official_visit")
  })

  it("does not take pilgrims or tourists travelling between the two countries for an official visit", () => {
    const result = classify(
      item(
        "Thousands of pilgrims who had travelled to Rome from India filled St Peter's Square on Sunday for the canonisation of a nun from Kerala.\n\n" +
          "Families visiting Italy for the first time said the ceremony was the journey of a lifetime.",
        { title: "Indian pilgrims throng Rome for canonisation" }
      )
    )
    expect(result.relevant).toBe(false)
  })

  it("reads an agreement named by its signing as the setting of another development, not a new signing", () => {
    const result = classify(
      item(
        "Italy on Monday raised the quota of work permits for Indian nurses under the mobility agreement signed in 2023 with India, the labour ministry said.",
        { title: "Italy raises work permits for Indian nurses" }
      )
    )
    expect(result.relevant).toBe(true)
    expect(result.eventType).toBe("other_bilateral")
  })

  it("takes a call that reviews an action plan for the call, not for a new joint statement", () => {
    const result = classify(
      item(
        "Prime Minister Narendra Modi spoke by telephone with Giorgia Meloni on Tuesday and reviewed progress under the Joint Strategic Action Plan, the Prime Minister's Office said.",
        { title: "Modi, Meloni speak by phone, review action plan" }
      )
    )
    expect(result.eventType).toBe("leader_meeting")
  })

  it("ranks a meeting by who takes part, not by the government a minister serves in", () => {
    const result = classify(
      item(
        "Labour Minister Mansukh Mandaviya and Marina Calderone, Minister of Labour in the Meloni government, held a video conference on Wednesday on a social security agreement, the ministry said.",
        { title: "Labour ministers discuss social security pact" }
      )
    )
    expect(result.eventType).toBe("ministerial_dialogue")
  })

  it("takes a minister's written reply in parliament for a remark", () => {
    const result = classify(
      item(
        "About 1.6 lakh Indians live in Italy, the government told Parliament on Thursday.\n\n" +
          "In a written reply in the Rajya Sabha, the Minister of State for External Affairs said the embassy in Rome had held outreach camps for workers.\n\n" +
          '"The welfare of Indian workers abroad is a high priority," the minister said, adding that the mobility agreement signed in November 2023 provided legal pathways.',
        { title: "1.6 lakh Indians live in Italy, government tells Parliament" }
      )
    )
    expect(result.eventType).toBe("statement_remark")
  })

  it("counts money put into making arms as defence-industrial cooperation", () => {
    const result = classify(
      item(
        "An Indian drone maker and an Italian electronics firm on Wednesday signed up to invest Rs 240 crore in a joint venture in Hyderabad to make loitering munitions, " +
          "India's trade ministry said, after talks between Indian and Italian officials.",
        { title: "India, Italy firms to invest Rs 240 crore in loitering munitions" }
      )
    )
    expect(result.eventType).toBe("defence_industry")
  })

  it("takes shipyards agreeing to co-design warships for a defence-industrial tie-up, not a plain signing", () => {
    const result = classify(
      item(
        "MUMBAI, Jun 11 - Mazagon Dock Shipbuilders on Wednesday signed a memorandum of understanding with Italy's Fincantieri to jointly design fleet support ships for the Indian Navy, the company said.",
        { title: "Mazagon Dock, Fincantieri Sign MoU to Co-Design Navy Support Ships" }
      )
    )
    expect(result.eventType).toBe("defence_industry")
  })

  it("takes two companies teaming up on military equipment for a defence-industrial tie-up, not a plain signing", () => {
    const result = classify(
      item(
        "PUNE, Jun 11 - An Indian avionics maker said on Wednesday it had signed a teaming agreement with a Milan-based radar company to build " +
          "airborne radars for the Indian Navy's helicopters, with most of the work done in India.",
        { title: "Indian Avionics Maker, Italian Radar Firm Team Up To Build Navy Helicopter Radars" }
      )
    )
    expect(result.eventType).toBe("defence_industry")
    expect(result.eventTypes).toContain("agreement_signed")
  })
})

describe("classify: types, dates and background", () => {
  const report = item(
    "Rome, Jun 11 (ANSA) India and Italy on Wednesday signed a memorandum of understanding on green hydrogen during the visit of Minister Piyush Goyal to Rome.\n\n" +
      "Goyal also held talks with Adolfo Urso and addressed an India-Italy business forum attended by 200 executives.\n\n" +
      "Bilateral trade stood at $14 billion, and the ministers set a target of €20 billion by 2029.\n\n" +
      "Last year, the two countries previously held a joint naval exercise and cooperated on space and tourism.",
    { title: "India, Italy sign hydrogen pact as Goyal visits Rome", published: "2025-06-11T15:00:00Z" }
  )
  const result = classify(report)

  it("reports several developments: the signing and the visit lead, the figures follow", () => {
    expect(["agreement_signed", "official_visit"]).toContain(result.eventType)
    expect(result.eventTypes).toEqual(
      expect.arrayContaining(["agreement_signed", "official_visit", "trade_investment_figure"])
    )
  })

  it("keeps the background paragraph out of sectors and date", () => {
    expect(result.sectors).toEqual(expect.arrayContaining(["energy_climate", "trade"]))
    expect(result.sectors).not.toContain("space")
    expect(result.sectors).not.toContain("culture_tourism")
    expect(result.occurredOn).toBe("2025-06-11")
    expect(result.occurredPrecision).toBe("day")
    expect(result.status).toBe("happened")
  })

  it("extracts the figures with what they measure", () => {
    expect(result.amounts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ value: 14e9, currency: "USD", measure: "trade_volume" }),
        expect.objectContaining({ value: 20e9, currency: "EUR", measure: "trade_target", year: 2029 })
      ])
    )
  })

  it("gives every tag evidence whose offsets point at its text", () => {
    expect(decode(result)).toBeTruthy()
    const tags = new Set(result.evidence.map((evidence) => evidence.tag))
    for (const tag of [
      "relevance",
      "eventType:agreement_signed",
      "sector:energy_climate",
      "actor:Piyush Goyal",
      "occurredOn",
      "amount"
    ])
      expect(tags, tag).toContain(tag)
    for (const evidence of result.evidence) {
      const field = evidence.field === "title" ? report.title : report.text
      expect(field.slice(evidence.start, evidence.end)).toBe(evidence.text)
    }
  })

  it("dates a meeting by its own day, not by the day it was talked about", () => {
    // Published on Monday 2025-06-09; the leaders met on Saturday, he spoke on Sunday.
    const spoken = classify(
      item(
        "New Delhi, Jun 9 Prime Minister Narendra Modi said on Sunday that ties with Italy were growing.\n\n" +
          "Earlier, on Saturday, Modi had met Italian Prime Minister Giorgia Meloni on the sidelines of a summit, and the two leaders discussed defence and space.\n\n" +
          "Modi had last met Meloni in March, when they reviewed trade.",
        { published: "2025-06-09" }
      )
    )
    expect(spoken.eventType).toBe("leader_meeting")
    expect(spoken.occurredOn).toBe("2025-06-07")
  })

  it("says a planned visit is announced", () => {
    const planned = classify(
      item(
        "Italian Defence Minister Guido Crosetto will visit New Delhi next week for talks with Rajnath Singh on submarines, officials said.",
        {
          title: "Crosetto to visit India next week"
        }
      )
    )
    expect(planned.relevant).toBe(true)
    expect(planned.eventType).toBe("official_visit")
    expect(planned.status).toBe("announced")
    expect(planned.evidence.some((evidence) => evidence.tag === "status")).toBe(true)
    // Nothing dates the visit itself: the publication day is not its date.
    expect(planned.occurredOn).toBeUndefined()
  })

  it("does not date a planned exercise by the day it was announced", () => {
    const drill = classify(
      item(
        "Indian and Italian warships will hold a joint naval exercise in the Tyrrhenian Sea next week, the Indian Navy said on Wednesday.",
        { published: "2025-06-11" }
      )
    )
    expect(drill.eventType).toBe("military_exercise")
    expect(drill.status).toBe("announced")
    expect(drill.occurredOn).toBeUndefined()
  })

  it("lists a figure given in both headline and text once", () => {
    const order = classify(
      item(
        "The Indian Navy placed an order worth $1.2 billion with Italy's Leonardo for helicopters, the ministry said on Monday.",
        {
          title: "Leonardo wins $1.2 billion Indian Navy helicopter order",
          published: "2025-01-20"
        }
      )
    )
    expect(order.eventType).toBe("defence_industry")
    expect(order.amounts).toEqual([
      expect.objectContaining({ value: 1.2e9, currency: "USD", measure: "contract_value" })
    ])
  })

  it("does not alert on a report about something else whose only India–Italy line is an old event, but shows that line", () => {
    const old = classify(
      item(
        "Italy and Egypt held talks on gas supplies in Cairo on Monday, Egyptian officials said.\n\n" +
          "In 2023, Italy previously signed a defence agreement with India during a visit by Giorgia Meloni to New Delhi.",
        { title: "Italy and Egypt discuss gas" }
      )
    )
    expect(old.relevant).toBe(false)
    expect(old.evidence).toEqual([
      expect.objectContaining({ tag: "relevance", text: expect.stringContaining("In 2023, Italy previously signed") })
    ])
  })

  it("recognises a phone call between leaders and the office held on the day", () => {
    const call = classify(
      item("Prime Minister Narendra Modi spoke to Mario Draghi by phone on Tuesday about vaccines and climate.", {
        published: "2021-05-12"
      })
    )
    expect(call.eventType).toBe("leader_meeting")
    const draghi = call.actors.find((actor) => actor.name === "Mario Draghi")
    expect(draghi).toMatchObject({ country: "IT", officeFrom: "2021-02-13", officeTo: "2022-10-22" })
  })
})

describe("classify: odd input", () => {
  it("returns a valid item for empty text, no date, a bad date and a very long report", () => {
    const long = "India and Italy discussed trade and defence cooperation in Rome on Monday. ".repeat(2000)
    for (const input of [
      item(""),
      item("Hello.", { published: undefined }),
      item("Modi met Meloni on Sunday.", { published: "yesterday-ish" }),
      item(long)
    ]) {
      expect(() => decode(classify(input))).not.toThrow()
    }
  })

  it("reads capitals standing for their governments", () => {
    const result = classify(
      item(
        "New Delhi and Rome on Friday agreed a roadmap for defence industrial cooperation and space research, officials from both capitals said.\n\nThe Italian ambassador and Indian officials will meet again in July."
      )
    )
    expect(result.relevant).toBe(true)
    expect(result.eventType).toBe("joint_statement")
    expect(result.sectors).toEqual(expect.arrayContaining(["defence", "space"]))
  })

  it("does not take a report about a third country for an India–Italy report because of one passing line", () => {
    const result = classify(
      item(
        "Italy and China signed agreements on electric vehicles and tourism in Beijing on Monday. Chinese and Italian officials praised the talks.\n\n" +
          "The Chinese premier and the Italian president also discussed ports and rail links.\n\n" +
          "Chinese state media said the visit would boost exports of Italian wine to China.\n\n" +
          "Italy has also been courting India as a trade partner.",
        { title: "Italy and China sign deals in Beijing" }
      )
    )
    expect(result.relevant).toBe(false)
  })

  it("does not treat the Indian Ocean as the Indian side", () => {
    const result = classify(
      item(
        "Italian warships sailed through the Indian Ocean on their way to Japan for a joint exercise with the Japanese navy.",
        { title: "Italian navy heads to Japan" }
      )
    )
    expect(result.relevant).toBe(false)
  })
})

describe("classify: returns of cultural objects", () => {
  it("takes a stolen statue handed back to India for the news, not the prosecution that found it", () => {
    const result = classify(
      item(
        "Italian police handed back a 12th-century bronze statue of Vishnu to the Indian embassy in Rome on Thursday.\n\n" +
          "The statue, stolen from a temple in Tamil Nadu, was seized from a dealer in Milan on the orders of a prosecutor after a court confirmed its origin.",
        { title: "Italy returns stolen Vishnu bronze to India" }
      )
    )
    expect(result.relevant).toBe(true)
    expect(result.eventType).toBe("other_bilateral")
  })

  it("takes a return announced in a post on X for the return, not for a remark", () => {
    const result = classify(
      item(
        "In a post on X on Friday, the Indian embassy in Rome said Italian police had handed back a stolen 11th-century stone idol of Ganesha to India.\n\n" +
          '"Grateful to our Italian friends for returning this treasure," the embassy wrote.',
        { title: "Italy hands back stolen Ganesha idol to India" }
      )
    )
    expect(result.relevant).toBe(true)
    expect(result.eventType).toBe("other_bilateral")
  })

  it("keeps a court case over a smuggled statue a legal dispute when nothing has been returned", () => {
    const result = classify(
      item(
        "A court in Milan on Thursday began hearing India's request to recover a bronze statue of Vishnu that prosecutors say was smuggled out of Tamil Nadu. The Italian dealer who holds it contests the claim.",
        { title: "Milan court hears India's claim to smuggled Vishnu bronze" }
      )
    )
    expect(result.eventType).toBe("legal_dispute")
  })
})

describe("classify: what is still to come", () => {
  it("dates a contingent's departure for an exercise by the exercise, and calls it announced", () => {
    const result = classify(
      item(
        "An Indian Navy frigate left Mumbai today for the Mediterranean to take part in a bilateral naval exercise with the Italian Navy. The exercise will be held off Taranto from 18 June to 25 June.",
        { title: "Indian frigate departs for maiden naval exercise with Italy", published: "2025-06-11" }
      )
    )
    expect(result.eventType).toBe("military_exercise")
    expect(result.status).toBe("announced")
    expect(result.occurredOn).toBe("2025-06-18")
  })
})

describe("classify: a headline's plans", () => {
  it("reads a headline's 'to fly' as announced, and dates it by the day inside the month the lead gives", () => {
    const result = classify(
      item(
        "Italian Air Force Eurofighters will fly to India next month for the first bilateral air exercise with the Indian Air Force, the Italian Defence Ministry confirmed on Tuesday.\n\n" +
          "Six aircraft will train with the Indian Air Force at Jodhpur from 14 July for about two weeks.",
        { title: "Italian Eurofighters to fly in first bilateral exercise with IAF", published: "2025-06-10" }
      )
    )
    expect(result.eventType).toBe("military_exercise")
    expect(result.status).toBe("announced")
    expect(result.occurredOn).toBe("2025-07-14")
  })
})

describe("classify: what is worked under", () => {
  it("does not take a measure taken under the action plan for the plan's adoption", () => {
    const result = classify(
      item(
        "The Embassy of Italy in New Delhi said on Tuesday that Italian government scholarships for Indian students would double to 120 next year, in line with the commitment of both governments under the Joint Strategic Action Plan.",
        { title: "Italy doubles scholarships for Indian students" }
      )
    )
    expect(result.relevant).toBe(true)
    expect(result.eventType).toBe("other_bilateral")
  })
})

describe("classify: sectors", () => {
  it("does not take the goods a trade figure is made of for sectors of cooperation", () => {
    const result = classify(
      item(
        "New Delhi, June 10 (PTI) India's exports to Italy rose 6% to USD 8.1 billion in 2025-26, the commerce ministry said on Tuesday.\n\n" +
          "Imports from Italy were flat at USD 6.3 billion, led by machinery, pharmaceutical ingredients and processed food.",
        { title: "India's trade with Italy grows to USD 14.4 billion" }
      )
    )
    expect(result.relevant).toBe(true)
    expect(result.sectors).toContain("trade")
    expect(result.sectors).not.toContain("automotive_manufacturing")
    expect(result.sectors).not.toContain("health")
  })

  it("reads 'space' as outer space only when it is not room of some kind", () => {
    const room = classify(
      item(
        "Defence Minister Guido Crosetto said in New Delhi on Monday that the Mediterranean and the Indian Ocean were one strategic space, and Indian start-ups would get incubation space in Turin under the new programme.",
        { title: "Crosetto in New Delhi" }
      )
    )
    expect(room.relevant).toBe(true)
    expect(room.sectors).not.toContain("space")
    const outer = classify(
      item(
        "ISRO and the Italian Space Agency agreed on Monday in Rome to build a joint space payload, India and Italy said.",
        { title: "India, Italy agree on space payload" }
      )
    )
    expect(outer.sectors).toContain("space")
  })

  it("takes a port call's goodwill programme as part of the call, not a culture development", () => {
    const result = classify(
      item(
        "The Indian Navy frigate INS Tabar arrived in Genoa on Sunday for a four-day port call and will hold a passage exercise with the Italian Navy on departure.\n\n" +
          "During the visit the crew will host a yoga session on deck, play a friendly cricket match with Italian sailors and lay a wreath at the war cemetery, a cultural programme the navy said would strengthen people-to-people ties.",
        { title: "INS Tabar in Genoa for port call, exercise with Italian Navy" }
      )
    )
    expect(result.eventType).toBe("military_exercise")
    expect(result.sectors).toContain("defence")
    expect(result.sectors).not.toContain("culture_tourism")
  })

  it("does not take the defence in a courtroom for the armed forces", () => {
    const result = classify(
      item(
        "A court in Milan on Friday approved India's request to extradite a businessman wanted for bank fraud, rejecting the defence's argument that prison conditions in India were inhuman. Defence lawyers said they would appeal to Italy's Court of Cassation.",
        { title: "Italian court clears extradition of fraud suspect to India" }
      )
    )
    expect(result.eventType).toBe("legal_dispute")
    expect(result.sectors).not.toContain("defence")
  })

  it("does not add up the sectors of companies named in a list into a sector of the news", () => {
    const result = classify(
      item(
        "Commerce Minister Piyush Goyal and Foreign Minister Antonio Tajani co-chaired the Joint Commission for Economic Cooperation in Rome on Tuesday and held a roundtable with chief executives of companies including Leonardo, Fincantieri, Pirelli and Ferrero on trade and investment.",
        { title: "Goyal, Tajani co-chair economic commission in Rome" }
      )
    )
    expect(result.sectors).toEqual(expect.arrayContaining(["trade", "investment"]))
    expect(result.sectors).not.toContain("defence")
  })

  it("reads the share a kind of goods made up of trade as what trade was made of", () => {
    const result = classify(
      item(
        "Italian exports to India reached €5.2 billion in 2025, the Italian Trade Agency said on Thursday. Machinery made up almost half of the total, followed by chemicals.",
        { title: "Italy's exports to India hit record €5.2 billion" }
      )
    )
    expect(result.sectors).toContain("trade")
    expect(result.sectors).not.toContain("automotive_manufacturing")
  })

  it("takes what a state's MoUs with companies are worth for investment, whether or not the word is used", () => {
    const result = classify(
      item(
        "Gujarat Chief Minister Bhupendra Patel met Italian business leaders in Milan on Monday, where the state signed memoranda of understanding worth Rs 2,100 crore with four Italian companies making pumps and valves.",
        { title: "Gujarat signs MoUs with Italian firms in Milan" }
      )
    )
    expect(result.amounts?.[0]?.measure).toBe("investment")
    expect(result.sectors).toContain("investment")
  })

  it("still tags the fields that talks were mainly about", () => {
    const result = classify(
      item(
        "Foreign Minister Antonio Tajani met External Affairs Minister S. Jaishankar in Rome on Monday. Their talks focused mainly on defence production and pharmaceutical supply chains, officials said.",
        { title: "Tajani, Jaishankar hold talks in Rome" }
      )
    )
    expect(result.sectors).toEqual(expect.arrayContaining(["defence", "health"]))
  })
})

describe("classify: warships", () => {
  it("names warships by their navy's prefix, on the right side, and ends a name where a Title Case headline goes on", () => {
    const result = classify(
      item(
        "The Indian Navy frigate INS Tabar and the Italian frigate ITS Luigi Rizzo held a passage exercise in the Tyrrhenian Sea on Monday after the Indian ship's port call at La Spezia, the navy said.",
        { title: "INS Tabar Concludes Port Call, Exercises With ITS Luigi Rizzo" }
      )
    )
    expect(result.relevant).toBe(true)
    expect(result.actors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "INS Tabar", country: "IN" }),
        expect.objectContaining({ name: "ITS Luigi Rizzo", country: "IT" })
      ])
    )
    expect(result.actors.map((actor) => actor.name)).not.toContain("INS Tabar Concludes")
  })

  it("does not take Italy's ITS technical academies for a ship", () => {
    const result = classify(
      item(
        "Italy's ITS Academies will train 300 Indian technicians in mechatronics under a skills agreement signed in New Delhi on Monday by the education ministers of India and Italy.",
        { title: "India, Italy sign skills pact" }
      )
    )
    expect(result.relevant).toBe(true)
    expect(result.actors.some((actor) => actor.name.startsWith("ITS "))).toBe(false)
  })
})
