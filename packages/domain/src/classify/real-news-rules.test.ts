import { describe, expect, it } from "vitest"
import type { WireItem } from "../wire-item.ts"
import { classify } from "./classify.ts"
import { eventPatterns } from "./event-patterns.ts"
import { compileLexicon, countGated, readWords, scanLexicon } from "./gated-patterns.ts"
import { lifestylePattern } from "./relevance.ts"

/**
 * Rules found on real published reports (eval/real), each written as a general rule about how such
 * news is worded and tested here on short sentences written for the test, not on the reports.
 */
const item = (title: string, text: string): WireItem => ({ id: "t", title, text, published: "2025-06-11" })
/** An Italian report with no headline, as agency copy often comes. */
const italianItem = (text: string, published = "2025-06-11"): WireItem => ({
  id: "t",
  title: "",
  text,
  published,
  language: "it"
})

describe("relevance rules learnt from real reports", () => {
  it("leaves out a leader in the other country only to attend a multilateral summit", () => {
    const arrival = classify(
      item(
        "",
        "Prime Minister Narendra Modi on Friday arrived in Rome to attend the G20 Summit, where leaders will discuss climate change and health."
      )
    )
    expect(arrival.relevant).toBe(false)
  })

  it("leaves out an EU–India trade deal in which Italy is one member state among many", () => {
    const deal = classify(
      item(
        "",
        "The trade agreement between the European Union and India will cut duties on Italian wine and cheese. " +
          "Trade in food between Italy and India stood at 450 million euros last year, Italy's farm minister said."
      )
    )
    expect(deal.relevant).toBe(false)
    const meeting = classify(
      item(
        "",
        "Italy's foreign minister met India's commerce minister in New Delhi to discuss the free trade agreement " +
          "between the European Union and India."
      )
    )
    expect(meeting.relevant).toBe(true)
  })

  it("keeps a summit trip that includes a bilateral meeting with the host", () => {
    const trip = classify(
      item(
        "",
        "Prime Minister Narendra Modi on Friday arrived in Rome to attend the G20 Summit. He will also hold a bilateral meeting with his Italian counterpart Mario Draghi on trade and defence."
      )
    )
    expect(trip.relevant).toBe(true)
  })

  it("does not take 'bilateral' said of meetings with a roll-call of other countries as a bilateral cue", () => {
    const preparations = classify(
      item(
        "",
        "Commerce Minister Piyush Goyal said the ministry is preparing for Prime Minister Narendra Modi's visit to Rome, Italy, to attend the G20 summit. Multilateral and bilateral meetings were held with the EU, the UK, Germany and France."
      )
    )
    expect(preparations.relevant).toBe(false)
  })

  it("treats the host of a multilateral gathering as its venue, not as a party", () => {
    const aside = classify(
      item(
        "",
        "In a meeting during the G20 summit held in India, Italian Prime Minister Giorgia Meloni told Chinese Premier Li Qiang that Italy would leave the Belt and Road investment pact."
      )
    )
    expect(aside.relevant).toBe(false)
  })

  it("leaves out domestic politics in which Italy is someone's origin", () => {
    const jibe = classify(
      item(
        "",
        "Sonia Gandhi hit back at Prime Minister Narendra Modi at an election rally, saying: 'I was born in Italy and I am not ashamed of it.' Modi had attacked her Italian connection over a defence deal."
      )
    )
    expect(jibe.relevant).toBe(false)
    const agents = classify(
      item(
        "Chief Minister aims 'Italian agents' jibe at Congress",
        "The Chief Minister said the opposition party was run by Italian agents, and that references to Italy had " +
          "shaped India's politics for decades, at a rally in Lucknow on Sunday."
      )
    )
    expect(agents.relevant).toBe(false)
  })

  it("leaves out a domestic bail hearing in which neither state acts, but keeps a request sent to the other state", () => {
    const bail = classify(
      item(
        "",
        "The Delhi High Court on Tuesday granted bail to a British consultant in the money laundering case over a helicopter deal with the Italian firm AgustaWestland, probed by the Enforcement Directorate."
      )
    )
    expect(bail.relevant).toBe(false)
    const rogatory = classify(
      item(
        "",
        "A special court in Delhi on Wednesday allowed the Enforcement Directorate to send a letter rogatory to Italy seeking bank records in the helicopter bribery case."
      )
    )
    expect(rogatory.relevant).toBe(true)
    expect(rogatory.eventType).toBe("legal_dispute")
  })

  it("does not take an extradition from a third country for one between the two", () => {
    const bail = classify(
      item(
        "",
        "A Delhi court on Wednesday reserved order on the bail application of a British middleman in the AgustaWestland helicopter deal, who was extradited to India from Dubai last year."
      )
    )
    expect(bail.relevant).toBe(false)
    const request = classify(
      item(
        "",
        "A Delhi court on Wednesday allowed the CBI to seek the extradition of two executives from Italy in the AgustaWestland helicopter case."
      )
    )
    expect(request.relevant).toBe(true)
  })

  it("takes a government or its cabinet approving a bilateral agreement as a party acting", () => {
    const approved = classify(
      item(
        "",
        "Italy will welcome more Indian workers under the recently approved India-Italy Migration and Mobility Agreement, given the green light by the Indian cabinet on Wednesday."
      )
    )
    expect(approved.relevant).toBe(true)
    expect(approved.eventType).toBe("agreement_signed")
  })

  it("reads a lower-case dateline as the start of the lead, not a cut-off fragment", () => {
    const dateline = classify(
      item(
        "",
        "kolkata: Italy has identified West Bengal as a prospective Indian state for trade in leather and textiles, and the Italian Ambassador held talks with the state's finance minister on Monday.\n\nA delegation of experts will follow in November, officials said."
      )
    )
    expect(dateline.relevant).toBe(true)
  })

  it("takes a standfirst as the headline when the report has none, and the paragraph after it as the lead", () => {
    const standfirst = classify(
      item(
        "",
        "Training and design among areas of cooperation\n\nCochin Shipyard Limited and Fincantieri of Italy have signed a memorandum of understanding for cooperation in shipbuilding and ship repair.\n\nThe agreement supports the Make in India vision of the government, according to a release."
      )
    )
    expect(standfirst.relevant).toBe(true)
    expect(standfirst.eventType).toBe("agreement_signed")
  })

  it("takes a state's consulate acting as the state acting, and a recovered idol as a return", () => {
    const idol = classify(
      item(
        "",
        "The Indian consulate in Milan on Friday said a stone idol smuggled out of India two decades ago has been recovered.\n\nIt is learnt that the sculpture had surfaced in the art market before being located in Milan, the consulate said."
      )
    )
    expect(idol.relevant).toBe(true)
    expect(idol.eventType).toBe("other_bilateral")
  })

  it("knows an Italian company by its name when no country is written", () => {
    const deal = classify(
      item(
        "Mahindra buys Pininfarina",
        "Mahindra & Mahindra and Tech Mahindra will acquire a controlling stake of 76 per cent in Pininfarina from its parent company."
      )
    )
    expect(deal.relevant).toBe(true)
    expect(deal.eventType).toBe("trade_investment_figure")
    expect(deal.sectors).toContain("investment")
  })
})

describe("event-type rules learnt from real reports", () => {
  it("takes an interview with an envoy as a remark, whatever developments it recalls", () => {
    const interview = classify(
      item(
        "",
        "India and Italy signed a defence agreement last year and upgraded ties to a strategic partnership, Italy's ambassador Vincenzo de Luca said in an interview. Trade between India and Italy is growing, he added."
      )
    )
    expect(interview.eventType).toBe("statement_remark")
  })

  it("takes a cabinet's ratification of an agreement as the agreement concluded", () => {
    const ratified = classify(
      item(
        "",
        "The Union Cabinet on Wednesday approved the ratification of the migration and mobility agreement between India and Italy, the Ministry of External Affairs said."
      )
    )
    expect(ratified.relevant).toBe(true)
    expect(ratified.eventType).toBe("agreement_signed")
  })

  it("does not take a forum held after an earlier signing for a signing", () => {
    const forum = classify(
      item(
        "",
        "Foreign Minister Antonio Tajani addressed the Italy-India Business, Science and Technology Forum in New Delhi today, after the signing of the strategic action plan by both governments last year."
      )
    )
    expect(forum.eventType).toBe("business_forum")
  })
})

describe("more event-type rules learnt from real reports", () => {
  it("takes a ship's stay in port as a port call, whatever the words", () => {
    const stopover = classify(
      item(
        "Italian Navy training ship leaves Mumbai after six-day stopover",
        "The Italian Navy's training ship left Mumbai after a six-day stopover, her first call on any port in India, to strengthen India-Italy ties."
      )
    )
    expect(stopover.eventType).toBe("military_exercise")
    const docking = classify(
      item(
        "",
        "Shipping Minister Sarbananda Sonowal welcomed the Italian Navy vessel's first docking at Mumbai, a celebration of the partnership between India and Italy."
      )
    )
    expect(docking.eventType).toBe("military_exercise")
  })

  it("takes a signing announced for later as a planned agreement", () => {
    const planned = classify(
      item(
        "India, Italy to sign defence pact in May",
        "India and Italy plan to sign a defence agreement next month to smoothen the path for Italian defence firms, officials said."
      )
    )
    expect(planned.eventType).toBe("agreement_signed")
    expect(planned.status).toBe("announced")
  })

  it("takes a consulate opened or an initiative joined as a development of its own", () => {
    const consulate = classify(
      item(
        "Italy opens consulate in Bengaluru",
        "Italy's ambassador opened the new Consulate General of Italy in Bengaluru on Saturday. Ties were elevated to a strategic partnership last year, he recalled."
      )
    )
    expect(consulate.eventType).toBe("other_bilateral")
    const initiative = classify(
      item(
        "",
        "Italy has joined India's Indo-Pacific Oceans Initiative, taking the lead on its science and technology pillar, the Ministry of External Affairs said."
      )
    )
    expect(initiative.eventType).toBe("other_bilateral")
  })

  it("counts areas an agreement covers for less than the agreement", () => {
    const pact = classify(
      item(
        "",
        "India and Italy signed a defence cooperation agreement in Rome in domains such as research, training and industrial cooperation, including co-development, co-production and joint ventures."
      )
    )
    expect(pact.eventType).toBe("agreement_signed")
  })

  it("takes a headline that names a joint document as the document", () => {
    const plan = classify(
      item(
        "Italy-India Joint Strategic Action Plan 2025-2029",
        "Prime Minister Narendra Modi and Prime Minister Giorgia Meloni decided during their meeting in Rio to agree to: maintain meetings between ministers; hold yearly foreign office consultations; intensify political dialogue."
      )
    )
    expect(plan.eventType).toBe("joint_statement")
  })
})

describe("rules learnt from the second batch of real reports", () => {
  it("takes a flight route between the two opened or resumed as a development", () => {
    const route = classify(
      item(
        "",
        "Air Italy on Friday commenced its direct flights to Milan from Mumbai, its second route to India after New Delhi."
      )
    )
    expect(route.relevant).toBe(true)
    expect(route.eventType).toBe("other_bilateral")
  })

  it("leaves out a brand's products and dealerships in the other country", () => {
    const dealers = classify(
      item(
        "Piaggio India opens 100th dealership",
        "Piaggio Vehicles, the Indian arm of Italy's Piaggio, opened its 100th dealership in India and launched new scooters priced at Rs 1.2 lakh ex-showroom, with bookings open."
      )
    )
    expect(dealers.relevant).toBe(false)
  })
})

describe("sector rules learnt from real reports", () => {
  it("counts security named as an area of cooperation, but not food or energy security", () => {
    const security = classify(
      item(
        "",
        "Defence Minister Rajnath Singh and Guido Crosetto held talks in Rome on security and defence policy between India and Italy."
      )
    )
    expect(security.sectors).toContain("security_counterterrorism")
    const food = classify(
      item(
        "",
        "Italy and India signed an agreement in Rome on agriculture and food security, Minister Lollobrigida said."
      )
    )
    expect(food.sectors).not.toContain("security_counterterrorism")
  })

  it("counts industrial cooperation about defence as defence alone, and elsewhere as manufacturing", () => {
    const defence = classify(
      item(
        "",
        "The Joint Defence Committee of India and Italy met in Rome to review industrial cooperation between the armed forces' suppliers."
      )
    )
    expect(defence.sectors).not.toContain("automotive_manufacturing")
    const civil = classify(
      item("", "Piyush Goyal and Adolfo Urso agreed in Rome to deepen industrial cooperation between India and Italy.")
    )
    expect(civil.sectors).toContain("automotive_manufacturing")
  })

  it("counts the law of the sea as maritime, and a region named as the relationship's stage as little", () => {
    const sea = classify(
      item(
        "",
        "The arbitral tribunal held that Italy breached the United Nations Convention on the Law of the Sea in its dispute with India over the Enrica Lexie."
      )
    )
    expect(sea.sectors).toContain("maritime_ports")
    const stage = classify(
      item(
        "",
        "Narendra Modi and Giorgia Meloni said in a joint op-ed that India and Italy share a vision for the Indo-Mediterranean, from the Indo-Pacific to the Mediterranean."
      )
    )
    expect(stage.sectors).not.toContain("maritime_ports")
  })

  it("counts manufacturing as a sector, but defence manufacturing as defence alone", () => {
    const manufacturing = classify(
      item("", "Piyush Goyal met Italian ministers in Rome to discuss manufacturing between India and Italy.")
    )
    expect(manufacturing.sectors).toContain("automotive_manufacturing")
    const defence = classify(
      item("", "Rajnath Singh and Guido Crosetto discussed defence manufacturing between India and Italy in Rome.")
    )
    expect(defence.sectors).not.toContain("automotive_manufacturing")
    expect(defence.sectors).toContain("defence")
  })
})

describe("sector rules from how real reports list and name areas", () => {
  it("counts a weak word named in a list of areas, but not the same word beside a non-area", () => {
    const listed = classify(
      item(
        "",
        "Narendra Modi and Giorgia Meloni met in Rome and discussed cooperation in trade, investment and technology."
      )
    )
    expect(listed.sectors).toContain("technology_ai")
    const product = classify(
      item(
        "",
        "Italian Ambassador Antonio Bartoli met Karnataka ministers in Bengaluru, where Italian firms showed their products and technologies."
      )
    )
    expect(product.sectors).not.toContain("technology_ai")
  })

  it("reads Make in India and production units as manufacturing", () => {
    const units = classify(
      item(
        "",
        "The Punjab Governor met the Italian Ambassador in Chandigarh and asked Italian firms to join Make in India and set up production units in the state."
      )
    )
    expect(units.sectors).toContain("automotive_manufacturing")
  })

  it("reads smart or electric mobility as transport, not migration", () => {
    const transport = classify(
      item(
        "",
        "The Italian Ambassador met the Gujarat Chief Minister in Gandhinagar to discuss cooperation between Italy and Gujarat in ports and smart mobility."
      )
    )
    expect(transport.sectors).not.toContain("migration_mobility")
    expect(transport.sectors).toContain("connectivity_infrastructure")
  })

  it("leaves maritime security to the navies, not to counter-terrorism", () => {
    const passage = classify(
      item(
        "",
        "Italian Navy frigate ITS Carabiniere and INS Tabar held a passage exercise off Goa, showing India and Italy's commitment to maritime security."
      )
    )
    expect(passage.sectors).not.toContain("security_counterterrorism")
    expect(passage.sectors).toContain("maritime_ports")
  })

  it("does not take a sector from the name of an office or a body", () => {
    const delegation = classify(
      item(
        "",
        "Italy's Minister of Agriculture led a delegation to New Delhi, where India and Italy held talks on space cooperation."
      )
    )
    expect(delegation.sectors).not.toContain("agriculture_food")
    const talks = classify(
      item("", "India and Italy agreed in Rome to expand cooperation in agriculture and space, the two ministers said.")
    )
    expect(talks.sectors).toContain("agriculture_food")
  })

  it("reads space science and a research satellite as space, not academic research", () => {
    const space = classify(
      item(
        "",
        "ISRO and the Italian Space Agency agreed to explore cooperation between India and Italy in earth observation and space science."
      )
    )
    expect(space.sectors).toContain("space")
    expect(space.sectors).not.toContain("education_research")
  })

  it("reads digital transformation as digital, though bare 'digital' is weak", () => {
    const digital = classify(
      item(
        "",
        "Piyush Goyal and Antonio Tajani agreed in Brescia that India and Italy will make joint efforts in skill development and digital transformation."
      )
    )
    expect(digital.sectors).toContain("digital")
  })

  it("reads biotechnology listed among areas as health, but not a biotechnology department's name", () => {
    const listed = classify(
      item(
        "",
        "India and Italy signed an agreement in New Delhi on cooperation in quantum technology, artificial intelligence and biotechnology."
      )
    )
    expect(listed.sectors).toContain("health")
    const office = classify(
      item(
        "",
        "The Italian Consulate in Bengaluru and Karnataka's Information Technology and Biotechnology department will launch an India-Italy innovation hub for start-ups."
      )
    )
    expect(office.sectors).not.toContain("health")
  })

  it("reads green technologies as energy and agro-business as agriculture", () => {
    const offer = classify(
      item(
        "",
        "Italian Ambassador Daniele Mancini met the Gujarat Chief Minister, and Italian companies offered green technologies and agro-business partnerships."
      )
    )
    expect(offer.sectors).toContain("energy_climate")
    expect(offer.sectors).toContain("agriculture_food")
    expect(offer.sectors).not.toContain("technology_ai")
  })

  it("reads the presence of firms of one country in the other as investment", () => {
    const presence = classify(
      item(
        "",
        "The Italian Ambassador met the Chief Minister of Maharashtra in Mumbai and discussed the strong presence of Italian enterprises in the state."
      )
    )
    expect(presence.sectors).toContain("investment")
  })

  it("reads refineries, petrochemicals and oil blocks as energy", () => {
    const plant = classify(
      item(
        "",
        "Italian engineering firm Maire Tecnimont won a contract from Indian Oil to build a petrochemical plant at its refinery in India."
      )
    )
    expect(plant.sectors).toContain("energy_climate")
  })
})

describe("rules for who meets whom", () => {
  it("takes a meeting to be only as high as its lesser party", () => {
    const call = classify(
      item(
        "",
        "Italian Defence Minister Guido Crosetto called on Indian President Droupadi Murmu in New Delhi on Monday and discussed defence ties between India and Italy."
      )
    )
    expect(call.eventType).toBe("ministerial_dialogue")
    const leaders = classify(
      item(
        "",
        "Prime Minister Narendra Modi met Italian Prime Minister Giorgia Meloni in New Delhi on Monday and discussed defence ties between India and Italy."
      )
    )
    expect(leaders.eventType).toBe("leader_meeting")
  })

  it("does not let 'both leaders' lift a meeting of ministers to a leaders' meeting", () => {
    const ministers = classify(
      item(
        "",
        "Commerce Minister Piyush Goyal and Italy's Foreign Minister Antonio Tajani discussed trade in New Delhi on Monday. The meeting of both leaders was their first this year."
      )
    )
    expect(ministers.eventType).toBe("ministerial_dialogue")
  })
})

describe("company deals and invitations, from the second batch", () => {
  it("takes two companies forming a joint venture as an agreement between them", () => {
    const venture = classify(
      item(
        "",
        "Italy's Brembo and India's Bharat Forge on Monday announced the formation of a joint venture to make brake systems near Pune."
      )
    )
    expect(venture.relevant).toBe(true)
    expect(venture.eventType).toBe("agreement_signed")
  })

  it("takes investors invited to invest as a remark, not an investment made", () => {
    const invitation = classify(
      item(
        "Gujarat invites Italian firms",
        "Gujarat's Chief Minister on Friday invited Italian companies to invest in the state's new textile park, telling the Italian Consul General that the state offered land and power."
      )
    )
    expect(invitation.eventType).not.toBe("trade_investment_figure")
  })

  it("takes a chief minister interacting with a visiting minister as a meeting", () => {
    const interaction = classify(
      item(
        "",
        "Karnataka assured Italy of support for its companies on Friday.\n\nThe Chief Minister was interacting with Italy's Minister of Enterprises Adolfo Urso in Bengaluru."
      )
    )
    expect(["ministerial_dialogue", "official_visit"]).toContain(interaction.eventType)
  })
})

describe("remarks, from the second batch", () => {
  it("takes a lead that is someone of standing speaking, with nothing concrete reported, as a remark", () => {
    const remark = classify(
      item(
        "",
        "Italian Senator Marco Rossi has termed India a 'perfect partner' for Italy in the IT sector and in trade. The senator, a member of the India-Italy parliamentary friendship group, pointed to the personal rapport between Prime Minister Narendra Modi and Giorgia Meloni."
      )
    )
    expect(remark.eventType).toBe("statement_remark")
  })

  it("keeps a development attributed to unnamed officials as a development", () => {
    const dig = classify(
      item(
        "",
        "Archaeologists from India and Italy's University of Padua began digging at a Harappan site in Gujarat on Saturday, officials said."
      )
    )
    expect(dig.eventType).toBe("other_bilateral")
  })
})

describe("interviews, from the second batch", () => {
  it("takes a piece framed as an outlet's own interview as a remark, whatever visit it recalls", () => {
    const aside = classify(
      item(
        "",
        "Italy's ambassador to India Antonio Bartoli sees India as Italy's partner of choice in the Indo-Pacific.\n\nSpeaking to The Hindu's diplomatic editor, he recalled the official visit of Italy's Foreign Minister to New Delhi and his talks with Commerce Minister Piyush Goyal last month."
      )
    )
    expect(aside.eventType).toBe("statement_remark")
  })

  it("lets an exclusive interview announced in the lead outweigh the delegation visit it is about", () => {
    const interview = classify(
      item(
        "",
        "In an exclusive interview, the president of the Italian Trade Agency talks about the Italian business delegation that visited India this week. The delegation of 60 companies held meetings with Indian ministers to boost trade between India and Italy."
      )
    )
    expect(interview.eventType).toBe("statement_remark")
  })
})

describe("what leads, from the second batch", () => {
  it("takes companies pledging investments after a meeting as investment news, not the meeting", () => {
    const pledge = classify(
      item(
        "",
        "Italian companies pledged substantial new investments in India after a meeting with Commerce Minister Piyush Goyal in Milan."
      )
    )
    expect(pledge.eventType).toBe("trade_investment_figure")
  })
})

describe("words found misread on new real reports outside the eval files", () => {
  const read = (text: string) => classify({ id: "t", title: "", text, published: "2024-06-11" })

  it("reads the power sector's plants and a wind farm as energy, not farming", () => {
    const wind = read(
      "Italy's Enel Green Power will invest Rs 500 crore in a 285 MW wind farm in Gujarat, India, the Italian company said."
    )
    expect(wind.sectors).toContain("energy_climate")
    expect(wind.sectors).not.toContain("agriculture_food")
  })

  it("reads an agreement that came into force as concluded", () => {
    const inForce = read(
      "The Migration and Mobility Agreement between India and Italy came into force on Monday, the Ministry of " +
        "External Affairs said."
    )
    expect(inForce.eventType).toBe("agreement_signed")
  })

  it("reads an outlet's exclusive as an interview, and 'the road ahead' as no road", () => {
    const exclusive = read(
      "Italy's Ambassador to India Antonio Bartoli spoke exclusively to Asian Lite on the road ahead for India-Italy " +
        "relations."
    )
    expect(exclusive.eventType).toBe("statement_remark")
    const ahead = read(
      "Italy's Foreign Minister Antonio Tajani and External Affairs Minister S Jaishankar discussed the road ahead for " +
        "the partnership between India and Italy and agreed on a road map for the road ahead."
    )
    expect(ahead.sectors).not.toContain("connectivity_infrastructure")
  })

  it("reads factories being opened as investment news, in English and Italian", () => {
    const opening = read(
      "Italian firms from Emilia are opening factories in India, from farm machinery to mechatronics, the Italian " +
        "trade agency said."
    )
    expect(opening.eventType).toBe("trade_investment_figure")
    const aprendo = classify(
      italianItem(
        "Le aziende emiliane stanno aprendo fabbriche in India, dalla meccatronica alla ceramica, secondo l'Agenzia ICE.",
        "2024-06-11"
      )
    )
    expect(aprendo.eventType).toBe("trade_investment_figure")
  })

  it("reads a counted thing supplied or built for a buyer of the other side as a contract", () => {
    const plant = read("Italy's Saipem will construct a 700 MW power plant for an Indian utility in Gujarat.")
    expect(plant.relevant).toBe(true)
    expect(plant.eventType).toBe("trade_investment_figure")
  })

  it("reads another company's plant inaugurated as investment news, and a factory's floor space as no space", () => {
    const plant = read("Italy's Tecnimont inaugurated GAIL's first green hydrogen plant in Madhya Pradesh, India.")
    expect(plant.eventType).toBe("trade_investment_figure")
    const floor = read(
      "Italian tile machinery maker Sacmi will expand the factory space of its Indian unit, the Italian company said."
    )
    expect(floor.sectors).not.toContain("space")
    const morbi = read(
      "Ceramic makers in Morbi import about 300 crore rupees worth of parts every year from Italy, the Italian trade " +
        "agency said."
    )
    expect(morbi.relevant).toBe(true)
  })

  it("reads 'the two prime ministers' in lower case as leaders at a virtual summit", () => {
    const summit = classify(
      item(
        "India, Italy to give new direction to defence ties at virtual summit",
        "India and Italy held a virtual summit on Friday. The two prime ministers welcomed the progress in defence " +
          "cooperation and agreed to expand trade."
      )
    )
    expect(summit.eventType).toBe("leader_meeting")
  })

  it("reads a signing 'about two years ago' as background to the centre opened today", () => {
    const opened = classify({
      id: "t",
      title: "",
      text:
        "The Italian Ambassador to India opened a training centre for Indian technicians in Pune on Monday.\n\n" +
        "The agreement between the Indian and Italian partners to set up the centre was signed about two years ago.",
      published: "2024-05-02"
    })
    expect(opened.eventType).not.toBe("agreement_signed")
  })

  it("reads an upgrade that came before ('weeks after the two countries elevated their ties') as the setting", () => {
    const meeting = classify(
      item(
        "Goyal meets Italian minister Urso in Rome",
        "Commerce and Industry Minister Piyush Goyal met Italy's Minister of Enterprises Adolfo Urso in Rome on " +
          "Thursday, weeks after the two countries elevated their ties to a strategic partnership."
      )
    )
    expect(meeting.eventType).toBe("ministerial_dialogue")
  })

  it("reads a visit in a relative clause about the visitor as the frame of the talks", () => {
    const talks = classify(
      item(
        "Meloni, Modi hold talks",
        "Italian Prime Minister Giorgia Meloni, who arrived in New Delhi on Thursday on a visit to India, held talks " +
          "with Prime Minister Narendra Modi."
      )
    )
    expect(talks.eventType).toBe("leader_meeting")
  })

  it("reads an agreement that 'may' be finalized as a signing still to come", () => {
    const hedged = classify(
      item(
        "India, Italy may finalize migration & mobility agreement",
        "India and Italy may finalize a migration and mobility agreement when External Affairs Minister S Jaishankar " +
          "travels to Rome in November, officials said."
      )
    )
    expect(hedged.eventType).toBe("agreement_signed")
    expect(hedged.status).toBe("announced")
    const month = classify(item("", "India and Italy signed a migration and mobility agreement in Rome in May."))
    expect(month.status).not.toBe("announced")
  })

  it("reads a lead of speech after a wire's dateline as what was said", () => {
    const speech = classify({
      id: "t",
      title: "",
      text:
        "New Delhi, May 2 (PTI) Italy's Ambassador to India said India and Italy should sign a defence pact soon to " +
        "deepen their cooperation.",
      published: "2024-05-02"
    })
    expect(speech.eventType).toBe("statement_remark")
  })

  it("reads a business arm sold as investment news", () => {
    const sale = read(
      "Italy's Enel Group will sell its Indian renewable energy arm to Indian investors, the Italian utility said."
    )
    expect(sale.eventType).toBe("trade_investment_figure")
  })

  it("does not read Air India's flight code as AI, nor the Lok Sabha elections as a minister's answer", () => {
    const flight = read(
      "The Indian Ambassador to Italy welcomed passengers of the first Air India flight AI 123 from Delhi to Rome, " +
        "opening the new route between India and Italy."
    )
    expect(flight.sectors).not.toContain("technology_ai")
    const elections = read(
      "Italian Prime Minister Giorgia Meloni congratulated Narendra Modi on his victory in the Lok Sabha elections."
    )
    const cues = (elections.evidence ?? []).filter((e) => e.tag.startsWith("eventType")).map((e) => e.text)
    expect(cues).not.toContain("Lok Sabha")
  })
})

describe("a technology summit", () => {
  it("reads a technology summit as a business forum", () => {
    const summit = classify(
      item(
        "",
        "A large delegation from Trentino took part in the India-Italy technology summit in New Delhi, where the " +
          "university presented its joint research programme with Indian institutes."
      )
    )
    expect(summit.eventType).toBe("business_forum")
  })
})

describe("an office opened in the other's country", () => {
  it("reads a public body's office opened in the other country as a development of its own", () => {
    const office = classify(
      item(
        "",
        "The Port Authority of Venice inaugurated its own office in Mumbai, at the Indo-Italian Chamber of Commerce."
      )
    )
    expect(office.relevant).toBe(true)
    expect(office.eventType).toBe("other_bilateral")
  })
})

describe("a meeting someone mentions", () => {
  it("reads talks mentioned or cited in a leader's closing remarks as the remark", () => {
    const closing = classify(
      item(
        "Meloni closes G7 Summit, mentions talks with PM Modi",
        "Italian Prime Minister Giorgia Meloni on Saturday officially closed the G7 Summit in Apulia, and told " +
          "reporters that with Mr Modi she had explored opportunities to strengthen the strategic partnership " +
          "between Italy and India."
      )
    )
    expect(closing.eventType).toBe("statement_remark")
  })
})

describe("a domestic case against a person of the other nationality", () => {
  it("leaves out one side's prosecution of a businessman, but not a request made to the other state", () => {
    const closed = classify(
      item(
        "",
        "The government on Tuesday told the Supreme Court that it has decided to close all cases against fugitive " +
          "Italian businessman Ottavio Quattrocchi, accused of receiving kickbacks in an Indian arms deal."
      )
    )
    expect(closed.relevant).toBe(false)
    const refused = classify(
      item(
        "",
        "Italy has rejected India's request to extradite businessman Carlo Gerosa, accused of receiving kickbacks in " +
          "the AgustaWestland helicopter deal, the Italian government told New Delhi."
      )
    )
    expect(refused.relevant).toBe(true)
    expect(refused.eventType).toBe("legal_dispute")
  })
})

describe("drills and training with the other side's forces", () => {
  it("reads training carried out with the other's navy as an exercise", () => {
    const training = classify(
      item("", "The Italian frigate Fasan carried out two days of training in the Arabian Sea with the Indian Navy.")
    )
    expect(training.eventType).toBe("military_exercise")
    const drills = classify(
      item("", "Italian Air Force jets conducted drills over the Mediterranean with the Indian Air Force.")
    )
    expect(drills.eventType).toBe("military_exercise")
  })
})

describe("the marines case and a page's stamp", () => {
  it("makes a state a party when its servicemen are tried in the other's courts", () => {
    const trial = classify({
      id: "t",
      title: "",
      text:
        "The Supreme Court today ruled that a special court should be set up to try the case of two Italian marines " +
        "accused of killing two Indian fishermen off the Kerala coast.",
      published: "2013-01-18"
    })
    expect(trial.relevant).toBe(true)
    expect(trial.eventType).toBe("legal_dispute")
  })

  it("reads no date of the report from the page's 'Updated' stamp", () => {
    const hearing = classify({
      id: "t",
      title: "Apex court to decide the fate of Italian marines tomorrow",
      text:
        "DPA Updated - December 07, 2021 at 01:12 AM.\n\nThe Supreme Court is to hold on Monday a decisive hearing " +
        "on a murder case that has poisoned the relations between New Delhi and the Italian Government.\n\nThe " +
        "dispute dates back to February 15, 2012 when Italian marines allegedly killed two Indian fishermen.",
      published: ""
    })
    expect(hearing.relevant).toBe(true)
    expect(hearing.status).not.toBe("background")
  })
})

describe("a trade figure's period is not the day of the news", () => {
  const dated = (text: string, published: string) => classify({ id: "t", title: "", text, published })

  it("reads a figure for last year as news, and one from long ago as history", () => {
    const lastYear = dated(
      "Bilateral trade between India and Italy stood at 14.9 billion euros in 2022, according to Istat.",
      "2023-10-11"
    )
    expect(lastYear.relevant).toBe(true)
    expect(lastYear.eventType).toBe("trade_investment_figure")
    const history = dated("In 2010, bilateral trade between India and Italy stood at 8 billion euros.", "2023-10-11")
    expect(history.status).toBe("background")
  })

  it("reads exports moving by a share over last year as a figure, in English and Italian", () => {
    const english = dated("Italian exports to India grew by 12.2% in 2023, according to Istat.", "2024-03-11")
    expect(english.eventType).toBe("trade_investment_figure")
    const italian = dated(
      "Le esportazioni italiane verso l'India sono cresciute del 12,2% nel 2023, secondo l'Istat.",
      "2024-03-11"
    )
    expect(italian.relevant).toBe(true)
    expect(italian.eventType).toBe("trade_investment_figure")
  })
})

describe("what leads: a headline's signing over the lead's visit", () => {
  it("reads 'signed 6 agreements' in the headline as the signing, though the lead opens the visit", () => {
    const signing = classify(
      item(
        "India and Italy signed 6 agreements, security among the topics",
        "Italian Prime Minister Paolo Gentiloni began his visit to India and met Prime Minister Narendra Modi in New Delhi."
      )
    )
    expect(signing.eventType).toBe("agreement_signed")
    const sealed = classify(item("", "India and Italy sealed a defence cooperation agreement in Rome on Monday."))
    expect(sealed.eventType).toBe("agreement_signed")
    const acquisition = classify(
      item("", "India's Lupin signed an agreement to acquire five brands from Italy's Menarini for 1.3 billion rupees.")
    )
    expect(acquisition.eventType).toBe("trade_investment_figure")
  })
})

describe("what leads, from the third batch", () => {
  it("takes an Italian company winning an Indian tender as investment news, not a signed agreement", () => {
    const tender = classify(
      item(
        "Italian utility wins wind power tender in India",
        "The Italian energy group has won a 300MW wind tender in Gujarat and will sign a 25-year power purchase deal with the state."
      )
    )
    expect(tender.eventType).toBe("trade_investment_figure")
  })

  it("takes a film festival an embassy stages in the other country as a cultural event, not a trade fair", () => {
    const festival = classify(
      item(
        "",
        "The Embassy of India in Rome is hosting a festival of Indian films this week. The exhibition also shows posters of classic Indian cinema to Italian audiences."
      )
    )
    expect(festival.eventType).toBe("other_bilateral")
  })

  it("takes an agreement to acquire a company of the other country as investment news, not an agreement", () => {
    const purchase = classify(
      item(
        "",
        "Indian drugmaker Cipla has signed an agreement to acquire three brands from an Italian pharmaceutical group based in Milan, Italy."
      )
    )
    expect(purchase.eventType).toBe("trade_investment_figure")
  })

  it("reads exports to the other country rising by a percentage as a trade figure", () => {
    const exports = classify(
      item("", "Italian machinery exports to India rose by 18% in the first half of the year, trade data showed.")
    )
    expect(exports.relevant).toBe(true)
    expect(exports.eventType).toBe("trade_investment_figure")
  })

  it("reads a food and wine fair or exposition as a business forum", () => {
    const fair = classify(
      item(
        "",
        "Forty Italian producers took part in the first Italian wine exposition in India, held at a food and wine fair in Mumbai organised by the Italian Trade Agency."
      )
    )
    expect(fair.eventType).toBe("business_forum")
  })

  it("reads a contract or project won, its value written with hyphens, as investment news", () => {
    const contract = classify(
      item(
        "",
        "A consortium led by Italy's Ansaldo STS won a 99-million-dollar contract to improve signalling on Indian Railways, the company said."
      )
    )
    expect(contract.eventType).toBe("trade_investment_figure")
    const project = classify(
      item(
        "",
        "The Reliance Infrastructure-Astaldi (Italy) consortium has bagged the project for a sea link in Mumbai and signed an agreement with the state road corporation for the Rs 7,000 crore work."
      )
    )
    expect(project.eventType).toBe("trade_investment_figure")
  })

  it("reads packages or lots of works won as a contract won, and a metro rail project as infrastructure", () => {
    const packages = classify(
      item(
        "",
        "Italy's Ghella has won two packages of the Mumbai metro rail project, India's Mumbai Metropolitan Region Development Authority said."
      )
    )
    expect(packages.relevant).toBe(true)
    expect(packages.eventType).toBe("trade_investment_figure")
    expect(packages.sectors).toContain("connectivity_infrastructure")
  })

  it("reads a ministers' call about a court case as the call: the case is its topic", () => {
    const call = classify(
      item(
        "Italy FM calls Krishna over firing",
        "The shooting of two Indian fishermen by guards on an Italian ship prompted a call between the two foreign ministers. Mr Terzi spoke to Mr Krishna on Saturday about the incident involving the guards on board the Enrica Lexie."
      )
    )
    expect(call.eventType).toBe("ministerial_dialogue")
    expect(call.eventTypes).toContain("legal_dispute")
  })

  it("reads a warship built for the other's navy launched at its yard as defence industry, not its guests' meeting", () => {
    const launch = classify(
      item(
        "Second Indian fleet tanker launched in Italy",
        "Fincantieri has launched the second of the two Indian Navy fleet tankers at a ceremony in Genoa. India's ambassador in Rome was the chief guest, and Indian Navy and Italian Navy officials were present."
      )
    )
    expect(launch.relevant).toBe(true)
    expect(launch.eventType).toBe("defence_industry")
  })

  it("reads an envoy recalled or ties downgraded as the development, not the case or talks it is about", () => {
    const recall = classify(
      item(
        "Italy recalls envoy",
        "Italy on Tuesday recalled its ambassador in New Delhi for consultations over the trial of its two marines in India's Supreme Court."
      )
    )
    expect(recall.relevant).toBe(true)
    expect(recall.eventType).toBe("other_bilateral")
    const downgrade = classify(
      item(
        "",
        "India is downgrading its diplomatic ties with Italy after Rome refused to send back the two marines to face trial in the Supreme Court."
      )
    )
    expect(downgrade.eventType).toBe("other_bilateral")
  })

  it("counts a country's adjective before a trade word and a company's name as that side: a firm no one lists", () => {
    const deal = classify(
      item(
        "Italian roaster buys café chain",
        "Italian coffee roaster Caffè Rossi has acquired the café chain Bean Street for Rs 300 crore from Pune-based Sahyadri Holdings, the companies said on Friday."
      )
    )
    expect(deal.relevant).toBe(true)
    expect(deal.eventType).toBe("trade_investment_figure")
    // Without a company named after it, the same adjective is still cuisine.
    const cafe = classify(
      item(
        "Italian coffee in Pune",
        "Italian coffee and pastries are the draw at a new café in Pune, which opened on Friday."
      )
    )
    expect(cafe.relevant).toBe(false)
  })

  it("reads a company head's or executives' visit as business, and a minister's as a visit", () => {
    const chairman = classify(
      item(
        "Fiat chairman in India",
        "Fiat Group Chairman Luca di Montezemolo arrived in India on Monday for a three-day visit, meeting Tata Motors executives in Mumbai."
      )
    )
    expect(chairman.relevant).toBe(true)
    expect(chairman.eventType).toBe("business_forum")
    const minister = classify(
      item(
        "Italian minister in India",
        "Italy's Minister of Enterprises Adolfo Urso arrived in India on Monday for a three-day visit, meeting Tata Motors executives in Mumbai."
      )
    )
    expect(minister.eventType).toBe("official_visit")
    const mission = classify(
      item(
        "",
        "A business mission of 40 Italian companies visited Mumbai and Pune this week to meet Indian buyers, the Italian Trade Agency said."
      )
    )
    expect(mission.eventType).toBe("business_forum")
  })

  it("keeps an international tribunal's order in a case between the two, custody and all, as a legal dispute", () => {
    const order = classify(
      item(
        "",
        "An arbitral tribunal in The Hague ruled that the Italian sailor may stay in Italy during the arbitration, though he remains in judicial custody under India's Supreme Court."
      )
    )
    expect(order.relevant).toBe(true)
    expect(order.eventType).toBe("legal_dispute")
  })

  it("takes a leaders' meeting as the news when a leader praises the other for joining an alliance there", () => {
    const talks = classify(
      item(
        "",
        "Prime Minister Narendra Modi on Monday held talks with Italian Prime Minister Giorgia Meloni, where he appreciated Italy joining the International Solar Alliance."
      )
    )
    expect(talks.eventType).toBe("leader_meeting")
  })

  it("reads one side becoming the latest entrant in the other's initiative as joining it", () => {
    const entrant = classify(
      item(
        "",
        "Italy is the latest entrant in India’s maritime connectivity initiative. The partnership was raised during Prime Minister Meloni's visit to New Delhi last year."
      )
    )
    expect(entrant.eventType).toBe("other_bilateral")
  })

  it("reads the visit of a navy's ship, welcomed by a minister, as a port call rather than an official visit", () => {
    const call = classify(
      item(
        "",
        "“The visit of the Italian naval training vessel is a proud moment for India and Italy,” said the Minister of Ports at Kochi."
      )
    )
    expect(call.eventType).toBe("military_exercise")
  })

  it("does not take an agency's president, named by its acronym, for a head of state in a meeting", () => {
    const agencies = classify(
      item(
        "",
        "At a bilateral meeting in Bengaluru, DST Secretary Abhay Karandikar and CNR President Maria Chiara Carrozza agreed to expand India–Italy research cooperation."
      )
    )
    expect(agencies.eventType).toBe("ministerial_dialogue")
  })

  it("keeps a leaders' meeting on a summit's sidelines the news when the report recalls the leader's visits", () => {
    const sidelines = classify(
      item(
        "",
        "Prime Minister Narendra Modi held a bilateral meeting with Prime Minister Giorgia Meloni on the sidelines of the G20 Summit in New Delhi. This is the second visit of Prime Minister Meloni to India, following her State visit in March, during which she visited Mumbai. Meloni is visiting Bengaluru next."
      )
    )
    expect(sidelines.eventType).toBe("leader_meeting")
  })

  it("does not end a sentence at 'H.E.' before a name, as government press releases write it", () => {
    const honorific = classify(
      item(
        "",
        "Prime Minister Narendra Modi held a bilateral meeting with H.E. Ms. Giorgia Meloni, Prime Minister of Italy, on the sidelines of the G20 Summit in New Delhi."
      )
    )
    expect(honorific.relevant).toBe(true)
    expect(honorific.eventType).toBe("leader_meeting")
  })

  it("does not end a sentence at 'M/s.' before a firm's name", () => {
    const messrs = classify(
      item(
        "",
        "Goa Shipyard Limited and M/s. Fincantieri of Italy have signed a memorandum of understanding for cooperation in ship design and repair."
      )
    )
    expect(messrs.relevant).toBe(true)
    expect(messrs.eventTypes).toContain("agreement_signed")
  })

  it("knows Magneti Marelli as an Italian company, so its joint venture with an Indian firm is bilateral", () => {
    const venture = classify(
      item(
        "",
        "Magneti Marelli and Pune-based Sansera Engineering have signed an agreement to form a joint venture in India."
      )
    )
    expect(venture.relevant).toBe(true)
    expect(venture.eventType).toBe("agreement_signed")
  })
})

describe("remarks: a report whose news is someone saying something", () => {
  it("types a lead that is an envoy's view of what could happen as a remark, not by the figures it names", () => {
    const view = classify(
      item(
        "",
        "Italian companies could do much more in India's renewable energy sector, " +
          "Italy's ambassador Antonio Bartoli said on Monday. " +
          "Italian firms have invested over $3 billion in India so far, he noted."
      )
    )
    expect(view.relevant).toBe(true)
    expect(view.eventType).toBe("statement_remark")
  })

  it("keeps a development the lead reports as done its own type, even when someone is quoted telling it", () => {
    const pacts = classify(
      item(
        "",
        "India and Italy signed three agreements that could open new markets for the defence industry, " +
          "Italy's ambassador Antonio Bartoli said on Monday."
      )
    )
    expect(pacts.relevant).toBe(true)
    expect(pacts.eventType).toBe("agreement_signed")
  })
})

describe("consular stories are not relations between the two", () => {
  it("leaves out an airline evacuating one side's nationals stranded in the other's country", () => {
    const evacuation = classify(
      item(
        "Special Air India flight to evacuate Indians from Rome",
        "A special Air India flight will take off for Rome on Saturday to evacuate Indian nationals, including " +
          "students stranded in Italy. The flight will return to Delhi on Sunday."
      )
    )
    expect(evacuation.relevant).toBe(false)
  })

  it("leaves out tourists killed in a road accident, with the embassy's condolences", () => {
    const accident = classify(
      item(
        "Indian couple killed in road accident in Italy",
        "A couple from Nagpur died in a road accident near Grosseto on the last day of their holiday in Italy. " +
          "The Indian Embassy in Italy conveyed its condolences and is in touch with the family."
      )
    )
    expect(accident.relevant).toBe(false)
  })

  it("keeps a state-to-state case even when people were killed", () => {
    const marines = classify(
      item(
        "India and Italy take marines case to arbitration",
        "Italy and India agreed to refer the case of the two Italian marines accused of killing two Indian " +
          "fishermen to an international arbitral tribunal, the foreign ministry said."
      )
    )
    expect(marines.relevant).toBe(true)
    expect(marines.eventType).toBe("legal_dispute")
  })
})

describe("aid, export credit, contract awards and conversations with the press", () => {
  it("types aid sent by one side to the other as an 'other' development, not trade", () => {
    const aid = classify(
      item(
        "COVID aid from Italy arrives in India",
        "A flight from Italy carrying an oxygen generating plant and 20 ventilators arrived in India on Monday, the " +
          "Italian embassy in New Delhi said."
      )
    )
    expect(aid.relevant).toBe(true)
    expect(aid.eventType).toBe("other_bilateral")
  })

  it("does not read a worker left 'without medical assistance' as aid", () => {
    const story = classify(
      item(
        "",
        "Italian police arrested the employer of an Indian farm worker who was left without medical assistance " +
          "after an accident near Rome; he died two days later."
      )
    )
    expect(story.eventType).not.toBe("other_bilateral")
  })

  it("types an export-credit line for firms going to the other country as investment news", () => {
    const credit = classify(
      item(
        "SACE and SIMEST open a credit line for Italian firms in India",
        "Italy's export credit agency SACE and SIMEST announced a 500 million euro credit line for Italian " +
          "companies investing in India, during the Italian minister's mission to New Delhi."
      )
    )
    expect(credit.eventType).toBe("trade_investment_figure")
  })

  it("types a conversation with a newspaper as a remark, whatever it touches on", () => {
    const remark = classify(
      item(
        "Jaishankar discusses global collaborations and strategic partnerships",
        "In a candid discussion with Italy's newspaper Corriere della Sera, External Affairs Minister S Jaishankar " +
          "shed light on the ties between India and Italy, China and the European Union."
      )
    )
    expect(remark.eventType).toBe("statement_remark")
  })
})

describe("summit trips and the marines row", () => {
  it("leaves out a leader heading to the other country to join a summit's discussions with many leaders", () => {
    const trip = classify(
      item(
        "PM heads for Italy Tuesday for the G8 summit",
        "Prime Minister Manmohan Singh will be heading for the Italian town of L'Aquila on Tuesday to join " +
          "discussions with leaders of the world's most industrialised nations at their annual G-8 summit."
      )
    )
    expect(trip.relevant).toBe(false)
  })

  it("keeps the two leaders' own talks held during a summit trip", () => {
    const talks = classify(
      item(
        "",
        "Prime Minister Narendra Modi, in Rome for the G20 summit, held talks with Italian Prime Minister Mario " +
          "Draghi on trade and clean energy."
      )
    )
    expect(talks.relevant).toBe(true)
    expect(talks.eventType).toBe("leader_meeting")
  })

  it("types an advisory issued in the marines row as part of the legal dispute", () => {
    const advisory = classify(
      item(
        "Marines row: Italy advises its nationals in India to remain cautious",
        "In the wake of the diplomatic standoff between New Delhi and Rome over the two marines, the Italian " +
          "government has advised its citizens in India to remain cautious."
      )
    )
    expect(advisory.eventType).toBe("legal_dispute")
  })
})

describe("passive 'met' and kidnapped tourists", () => {
  it("does not read 'demands to be met' as a meeting, and leaves out tourists kidnapped by rebels", () => {
    const kidnap = classify(
      item(
        "Italy 'hopeful' India Maoists will free two tourists",
        "Italian Consul General Joel Melchiori is hopeful that two Italians kidnapped on Saturday in the Indian " +
          "state of Orissa would be released, but worried that a deadline for the rebels' demands to be met had passed."
      )
    )
    expect(kidnap.relevant).toBe(false)
  })
})

describe("a lead that opens on a quotation", () => {
  it("is a remark when a speaker of standing is named after the quotation, in the next sentence too", () => {
    const remark = classify(
      item(
        "",
        "“Between India and Italy there is much in common. We are more than nations.” This was said by the Italian " +
          "ambassador to India, Antonio Bartoli, at the ANSA business forum in Mumbai."
      )
    )
    expect(remark.eventType).toBe("statement_remark")
  })

  it("leads with the act when the quotation reports one the two sides completed", () => {
    const signing = classify(
      item(
        "",
        "“We signed six agreements today in defence and energy,” Italian Prime Minister Giorgia Meloni said after " +
          "talks with Narendra Modi in New Delhi."
      )
    )
    expect(signing.eventType).toBe("agreement_signed")
  })
})

describe("a signing that could happen", () => {
  it("is not the news of a visit whose cooperation could be sealed by a memorandum", () => {
    const visit = classify(
      item(
        "Indian state minister visits Italian SME confederation",
        "An Indian delegation led by Uttar Pradesh's minister for small industries visited Confapi in Rome to meet " +
          "its president. The visit may lead to the signing of a memorandum of understanding between them."
      )
    )
    expect(visit.eventType).not.toBe("agreement_signed")
  })
})

describe("an envoy's trip inside the country he is posted to", () => {
  it("is a meeting with its authorities, not an official visit between the two", () => {
    const tour = classify(
      item(
        "",
        "India's Ambassador to Italy Anil Wadhwa paid an institutional visit to Lecce this morning, where he was " +
          "received by the mayor to discuss cooperation in trade and tourism between the two countries."
      )
    )
    expect(tour.eventType).toBe("ministerial_dialogue")
  })

  it("keeps a minister's visit, even with the ambassador beside him, an official visit", () => {
    const visit = classify(
      item(
        "",
        "Italy's Foreign Minister Antonio Tajani, accompanied by Ambassador Antonio Bartoli, paid an official visit " +
          "to New Delhi on Monday for talks with External Affairs Minister S. Jaishankar."
      )
    )
    expect(visit.eventTypes).toContain("official_visit")
    expect(visit.eventType).not.toBe("leader_meeting")
  })
})

describe("one side's rocket and the other's satellite", () => {
  it("reads a launch of the other side's satellite as space cooperation", () => {
    const launch = classify(
      item(
        "India places Italian satellite in orbit",
        "India's space agency ISRO yesterday placed an Italian satellite in orbit on its Polar Satellite Launch " +
          "Vehicle, in its first commercial space mission."
      )
    )
    expect(launch.relevant).toBe(true)
    expect(launch.eventType).toBe("other_bilateral")
    expect(launch.sectors).toContain("space")
  })
})

describe("wire copy hard-wrapped at a fixed width", () => {
  it("reads a sentence broken across lines as one sentence naming both sides", () => {
    const wrapped = classify(
      item(
        "",
        "ROME, May 4 Italian brake maker Freni Alpini\n" +
          "said on Tuesday it has opened a new brake components plant in\n" +
          "Chennai, India, its first outside Europe, with an investment of\n" +
          "20 million euros.\n" +
          "The plant will employ 300 people."
      )
    )
    expect(wrapped.relevant).toBe(true)
    expect(wrapped.eventType).toBe("trade_investment_figure")
  })
})

describe("company deals, from the fifth batch", () => {
  it("reads a company adding capacity in the other country as an investment", () => {
    const capacity = classify(
      item(
        "",
        "Italian valve maker Rubinetti Srl is adding new manufacturing capacity in India to raise its Indian " +
          "revenues, the company said on Monday."
      )
    )
    expect(capacity.relevant).toBe(true)
    expect(capacity.eventType).toBe("trade_investment_figure")
  })

  it("reads two companies that joined hands as a deal between them", () => {
    const tieUp = classify(
      item(
        "Indian scooter maker joins hands with Italian design house",
        "India's Ganga Motors today joined hands with Italy's Studio Rondine to manufacture scooters for the " +
          "Indian market."
      )
    )
    expect(tieUp.relevant).toBe(true)
    expect(tieUp.eventType).toBe("agreement_signed")
  })

  it("reads a company eyeing stakes in the other's market as investment intent, not a wish", () => {
    const eyeing = classify(
      item(
        "",
        "Italy-headquartered engineering major Costruzioni Nord is eyeing minority stakes in Indian solar projects " +
          "and plans to expand its footprint in the country."
      )
    )
    expect(eyeing.relevant).toBe(true)
    expect(eyeing.eventTypes).toContain("trade_investment_figure")
  })
})

describe("consular services and schools opened in the other country", () => {
  it("reads an Italy-only visa application centre opened in India as a bilateral service", () => {
    const visas = classify(
      item(
        "Italian visa centre opened",
        "The Consulate General of Italy in Kolkata and a visa services firm have opened a new Italy Visa Application " +
          "Centre at Park Street. The consul general said the centre will cut waiting times for Indian travellers."
      )
    )
    expect(visas.relevant).toBe(true)
    expect(visas.eventType).toBe("other_bilateral")
    // Found as an opening, not left as the type of a report with no cue.
    expect(visas.evidence?.some((span) => span.tag === "eventType:other_bilateral" && span.field === "text")).toBe(true)
  })

  it("reads one side's school opening a campus in the other's country as a development", () => {
    const campus = classify(
      item(
        "",
        "On Friday one of Italy's oldest design schools inaugurated its first campus in India, in Bengaluru, " +
          "where Indian students will take its degree courses."
      )
    )
    expect(campus.relevant).toBe(true)
  })
})

describe("one state blocking or backing the other's bid", () => {
  it("reads a veto of the other's application to a multilateral body as an act between the two", () => {
    const veto = classify(
      item(
        "",
        "Italy has blocked India's application to join the Missile Technology Control Regime in protest at the " +
          "arrest of two Italian marines, diplomats said."
      )
    )
    expect(veto.relevant).toBe(true)
    expect(veto.eventType).toBe("other_bilateral")
  })

  it("does not read a group opposing more permanent membership as a bilateral act", () => {
    const reform = classify(
      item(
        "",
        "India has voiced its opposition to Security Council reforms put forward by a group led by Italy, which " +
          "opposes expanding permanent membership, as do Argentina, Canada, Colombia and Turkey."
      )
    )
    expect(reform.eventTypes).not.toContain("other_bilateral")
  })
})

describe("near misses from the fifth batch", () => {
  it("reads 'an Italian woman' thrown at a politician as a jibe at her origin", () => {
    const jibe = classify(
      item(
        "",
        "A Union minister on Sunday attacked the opposition leader. Without naming her, he said that earlier an " +
          "'Italian' woman used to insult Prime Minister Narendra Modi at rallies in Gujarat."
      )
    )
    expect(jibe.relevant).toBe(false)
  })

  it("reads students stuck abroad, with their embassy asked for help, as a consular story", () => {
    const stuck = classify(
      item(
        "Two Pune students stuck in Italy",
        "Two students from Pune are stranded in Italy after flights were cancelled, and their parents have urged " +
          "the Indian embassy in Rome to help them return."
      )
    )
    expect(stuck.relevant).toBe(false)
  })
})

describe("a brand selling in the other country", () => {
  it("counts a product unveiled, a store and a brand as lifestyle words", () => {
    const text = "Italian luxury brand Casa Bella unveiled its latest collection at its first store in Mumbai."
    expect(countGated(lifestylePattern, text, readWords(text))).toBe(3)
  })
})

describe("a plant opened in the other country", () => {
  it("tags the investment sector for a new plant, whatever the figure", () => {
    const plant = classify(
      item("", "Italian valve maker Rubinetti Srl opened a new valve plant in Pune, India, on Monday.")
    )
    expect(plant.relevant).toBe(true)
    expect(plant.sectors).toContain("investment")
  })
})

describe("the Italian Navy's training ship", () => {
  it("reads the Amerigo Vespucci in an Indian port as the Italian Navy there", () => {
    const call = classify(
      item("", "The Amerigo Vespucci docked in Mumbai on Thursday for a five-day port call, her first in India.")
    )
    expect(call.relevant).toBe(true)
    expect(call.actors.map((actor) => actor.name)).toContain("Italian Navy")
  })
})

describe("court cases with the states as parties, from the sixth batch", () => {
  it("keeps a bail hearing of the other state's sailors when the report calls the case a diplomatic row", () => {
    const bail = classify(
      item(
        "",
        "An Indian court granted bail on Wednesday to two Italian sailors charged with killing two fishermen, in a " +
          "case that has caused a diplomatic row between Rome and New Delhi."
      )
    )
    expect(bail.relevant).toBe(true)
    expect(bail.eventType).toBe("legal_dispute")
  })

  it("keeps a bail order that follows the other state's own plea before the court", () => {
    const plea = classify(
      item(
        "",
        "The Kerala high court on Wednesday granted bail to two Italian sailors charged with killing two " +
          "fishermen, a day after it turned down Italy's plea to quash the case."
      )
    )
    expect(plea.relevant).toBe(true)
  })

  it("does not read a company's name as a court case: a joint venture signed is an agreement", () => {
    const venture = classify(
      item(
        "",
        "AgustaWestland and Tata Sons have signed a shareholders' agreement to form a joint venture in Hyderabad " +
          "that will assemble AW119 helicopters for India and export markets."
      )
    )
    expect(venture.eventTypes).not.toContain("legal_dispute")
  })
})

describe("a lead that speaks of 'the two countries'", () => {
  it("puts the pair at the centre when the lead names one side and the report the other", () => {
    const partnership = classify(
      item(
        "",
        "State-owned Grid Finance Corporation on Friday said it has become the first government firm to partner " +
          "SACE, an Italian export credit agency, to boost the cooperation between the two countries.\n\n" +
          "The partnership will support Indian renewable energy projects that buy Italian equipment."
      )
    )
    expect(partnership.relevant).toBe(true)
  })
})

describe("companies the dictionary knows by their short names", () => {
  it("knows Marelli as the Italian parts maker and Motherson as the Indian one", () => {
    const venture = classify(
      item(
        "",
        "Motherson and Marelli have extended their lighting joint venture in India and will invest in a new tool " +
          "room in Noida."
      )
    )
    expect(venture.relevant).toBe(true)
  })
})

describe("a country's other name that is also a given name", () => {
  it("reads 'Bharat' before a capitalised name as a person, not India, and alone as India", () => {
    const thirdCountry = classify(
      item(
        "Malta and Italy sign consultations mechanism",
        "Foreign Secretary Bharat Kumar Shrestha and the Ambassador of Italy to Malta signed a memorandum " +
          "on regular consultations between the two foreign ministries."
      )
    )
    expect(thirdCountry.relevant).toBe(false)
    const country = classify(
      item(
        "",
        "Bharat and Italy signed a memorandum on regular consultations between the two foreign ministries in Rome."
      )
    )
    expect(country.relevant).toBe(true)
  })
})

describe("a national day marked by one side's mission in the other country", () => {
  it("leaves out the embassy's reception, and keeps a head of state's message to the other on the day", () => {
    const reception = classify(
      item(
        "",
        "Guests gathered on Tuesday for the Indian Independence Day reception at the residence of the Indian " +
          "ambassador in Rome, where the ambassador thanked Italy's foreign ministry officials for coming."
      )
    )
    expect(reception.relevant).toBe(false)
    const message = classify(
      item(
        "",
        "Italy's President Sergio Mattarella sent a message to India's President on Republic Day, saying the two " +
          "countries share a commitment to peace and to closer trade and defence cooperation."
      )
    )
    expect(message.relevant).toBe(true)
    const ties = classify(
      item(
        "'India-Italy ties have never been stronger': envoy at Independence Day celebrations in Rome",
        "India's relations with Italy have never been stronger, the Indian ambassador said at the embassy's " +
          "Independence Day celebrations, citing defence and space cooperation."
      )
    )
    expect(ties.relevant).toBe(true)
  })

  it("reads an Italian report of the consulate's national day reception the same way", () => {
    const reception = classify({
      ...item(
        "",
        "In occasione della Festa della Repubblica indiana, il Console Generale dell'India a Milano ha offerto un " +
          "ricevimento agli ospiti italiani e al ministero degli Esteri."
      ),
      language: "it"
    })
    expect(reception.relevant).toBe(false)
  })
})

describe("a company's stake, subsidiary, loan or civil contract in the other country", () => {
  const sectorsOf = (text: string) => classify(item("", text)).sectors

  it("tags the investment sector for owning, lending and winning civil contracts", () => {
    const owner =
      "Italian insurer Generali became the majority shareholder of its Indian joint venture with Future Group."
    expect(sectorsOf(owner)).toContain("investment")
    const lender = "Italy's export credit agency SACE backs a loan to Indian power company Tata Power."
    expect(sectorsOf(lender)).toEqual(expect.arrayContaining(["investment", "trade"]))
    const contractor = "Italy's Ansaldo won a 99-million-dollar contract to improve signalling on Indian Railways."
    expect(sectorsOf(contractor)).toContain("investment")
  })

  it("leaves investment out of an arms maker's contract or subsidiary, and out of terror financing", () => {
    const arms = sectorsOf(
      "WASS, a subsidiary of Italian defence group Leonardo, won the contract to supply torpedoes to the Indian Navy."
    )
    expect(arms).toContain("defence")
    expect(arms).not.toContain("investment")
    const terror = "India and Italy agreed to counter the financing of terrorism at their joint working group in Rome."
    expect(sectorsOf(terror)).not.toContain("investment")
  })

  it("reads the same in Italian: a majority shareholder, and rifles as arms", () => {
    const owner = "L'italiana Generali diventa azionista di maggioranza della joint venture indiana con Future Group."
    expect(sectorsOf(owner)).toContain("investment")
    const rifles =
      "La Beretta si aggiudica l'appalto per i fucili dell'esercito indiano, una filiale italiana li produrrà."
    expect(sectorsOf(rifles)).toContain("defence")
    expect(sectorsOf(rifles)).not.toContain("investment")
  })
})

describe("the economy between the two, and the chambers that work on it", () => {
  const sectorsOf = (text: string) => classify(item("", text)).sectors

  it("reads 'economic relations' as trade", () => {
    const visit =
      "Italian Prime Minister Paolo Gentiloni will visit India on October 30 to strengthen bilateral political and " +
      "economic relations with Prime Minister Narendra Modi."
    expect(sectorsOf(visit)).toContain("trade")
  })

  it("counts a chamber of commerce's name as trade, as a ministry's name does not", () => {
    const seminar =
      "The Indo-Italian Chamber of Commerce and Industry held a seminar with Italian companies in Chennai, India, on Tuesday."
    expect(sectorsOf(seminar)).toContain("trade")
  })
})

describe("a company's short name that is also a word of a longer name", () => {
  it("reads 'Generali' as the insurer, except in 'Stati Generali'", () => {
    const deal = classify(
      item(
        "",
        "Generali signed agreements to become the majority shareholder in its joint ventures in India with Future Group."
      )
    )
    expect(deal.relevant).toBe(true)
    expect(deal.actors.map((actor) => actor.name)).toContain("Assicurazioni Generali")
    const conference = classify(
      item(
        "",
        "Agli Stati Generali dell'export a Roma il ministro Antonio Tajani ha incontrato il ministro indiano Piyush Goyal."
      )
    )
    expect(conference.relevant).toBe(true)
    expect(conference.actors.map((actor) => actor.name)).not.toContain("Assicurazioni Generali")
  })
})

describe("'thanks to' says why, not who was thanked", () => {
  const remarkCues = (text: string) => {
    const lexicon = compileLexicon(eventPatterns, "i")
    const found: Array<string> = []
    scanLexicon(lexicon, text, readWords(text), (entry, start, end) => {
      if (lexicon.ids[entry] === "statement_remark") found.push(text.slice(start, end))
    })
    return found
  }

  it("reads 'thanked' as a remark, and 'thanks (largely) to' as none", () => {
    expect(remarkCues("Modi thanked Meloni for her support.")).toEqual(["thanked"])
    expect(remarkCues("Sales grew, thanks largely to the model range and thanks to demand.")).toEqual([])
  })
})

describe("criminal proceedings against one side's nationals in the other's courts", () => {
  it("tags legal and justice for a trial, a murder charge or bail, in English and Italian", () => {
    const english = classify(
      item(
        "",
        "India and Italy failed to resolve their differences over the trial of two Italian marines despite talks " +
          "between their foreign ministers in New Delhi."
      )
    )
    expect(english.sectors).toContain("legal_justice")
    const italian = classify(
      item(
        "",
        "India e Italia non hanno risolto le divergenze sul processo ai due marò italiani accusati di omicidio, " +
          "nonostante i colloqui tra i ministri degli Esteri a New Delhi."
      )
    )
    expect(italian.sectors).toContain("legal_justice")
  })

  it("does not read field trials or trial production as a court case", () => {
    const research = classify(
      item(
        "",
        "The Italian agriculture research council CREA and India's ICAR signed an agreement on joint field trials " +
          "of new wheat varieties in New Delhi."
      )
    )
    expect(research.relevant).toBe(true)
    expect(research.sectors).not.toContain("legal_justice")
  })
})

describe("statues and visas are culture and tourism", () => {
  it("tags culture and tourism for a leader's statue abroad and for a visa centre", () => {
    const statue = classify(
      item(
        "",
        "The Indian embassy in Rome asked Italian authorities to act after a statue of Mahatma Gandhi was vandalised in Brindisi."
      )
    )
    expect(statue.relevant).toBe(true)
    expect(statue.sectors).toContain("culture_tourism")
    const visas = classify(
      item(
        "",
        "The Consulate General of Italy in Bengaluru opened a new visa application centre for Indian travellers on Monday."
      )
    )
    expect(visas.sectors).toEqual(expect.arrayContaining(["migration_mobility", "culture_tourism"]))
  })
})

describe("investment as Italian reports word it, and credit for the other country's buyers", () => {
  const sectorsOf = (title: string, text: string) => classify(item(title, text)).sectors

  it("reads lots of a public work won, a new production plant and a line of credit as investment", () => {
    const lots = sectorsOf(
      "Astaldi si aggiudica tre lotti della metropolitana di Mumbai",
      "Il gruppo italiano Astaldi si è aggiudicato, in raggruppamento di imprese, tre lotti della metropolitana di " +
        "Mumbai, in India, su incarico del governo indiano del Maharashtra."
    )
    expect(lots).toContain("investment")
    const plant = sectorsOf(
      "",
      "Piaggio costruirà un nuovo impianto di produzione a Pune, in India, annuncia il ministro italiano Emma Bonino."
    )
    expect(plant).toContain("investment")
    const credit = sectorsOf(
      "",
      "Italy's export agency SACE opened a line of credit for Indian buyers of Italian machinery, the Italian " +
        "embassy in New Delhi said."
    )
    expect(credit).toContain("investment")
  })
})

describe("the other side's firms known by name", () => {
  it("reads an Italian contractor and an Indian state refiner as the two sides", () => {
    const contract = classify(
      item(
        "Saipem wins refinery contract from HPCL",
        "Saipem has won a 500 million dollar contract from HPCL to expand the Visakh refinery, the company said on Monday."
      )
    )
    expect(contract.relevant).toBe(true)
    expect(contract.actors.map((actor) => actor.name)).toEqual(
      expect.arrayContaining(["Saipem", "Hindustan Petroleum"])
    )
  })
})

describe("office holders of the 2000s and early 2010s", () => {
  it("knows the foreign ministers of the marines' case by name, with their offices on the day", () => {
    const talks = classify({
      id: "t",
      title: "",
      text: "Giulio Terzi met S.M. Krishna in New Delhi on Tuesday to discuss the case of the two marines.",
      published: "2012-02-28"
    })
    expect(talks.relevant).toBe(true)
    expect(talks.eventType).toBe("ministerial_dialogue")
    expect(talks.actors.map((actor) => actor.name)).toEqual(
      expect.arrayContaining(["Giulio Terzi di Sant'Agata", "S. M. Krishna"])
    )
  })

  it("leaves out a prime minister leaving to take part in discussions with a summit's leaders", () => {
    const trip = classify({
      id: "t",
      title: "Manmohan leaves for Italy",
      text:
        "Prime Minister Manmohan Singh will leave for the Italian town of L'Aquila on Tuesday to participate in " +
        "discussions with leaders of G-8 nations.",
      published: "2009-07-06"
    })
    expect(trip.relevant).toBe(false)
  })
})

describe("where things are made: factories, their lines and their capacity", () => {
  const sectorsOf = (title: string, text: string) => classify(item(title, text)).sectors

  it("tags manufacturing for a factory visited, an assembly line and tractors rolled out, in English and Italian", () => {
    const factory = sectorsOf(
      "",
      "The Italian Foreign Minister and the Indian Ambassador in Italy visited the Titagarh Firema factory in " +
        "Caserta, Italy, on Saturday."
    )
    expect(factory).toContain("automotive_manufacturing")
    const tractors = sectorsOf(
      "New Holland Fiat India rolls out 250,000th tractor",
      "The Italian-owned New Holland Fiat India rolled out its 250,000th tractor from the assembly line of its " +
        "Greater Noida facility in India."
    )
    expect(tractors).toContain("automotive_manufacturing")
    const stabilimento = sectorsOf(
      "Un altro stabilimento per crescere nel mercato indiano",
      "Inaugurato ieri a Pune, in India, il nuovo stabilimento indiano del gruppo italiano Brembo."
    )
    expect(stabilimento).toContain("automotive_manufacturing")
  })

  it("reads a plant's foundation stone laid, or a holding raised to a share, as investment news", () => {
    const foundation = classify(
      item(
        "",
        "Italy's Carraro laid the foundation stone of a new production unit in Pune, India, in the presence of the " +
          "Italian Consul General in Mumbai."
      )
    )
    expect(foundation.eventType).toBe("trade_investment_figure")
    const stake = classify(
      item("", "Italy's Generali raised its holding to 74% in its joint venture with India's Future Group.")
    )
    expect(stake.eventType).toBe("trade_investment_figure")
  })

  it("reads a new factory as an investment and as manufacturing, in English and Italian", () => {
    const english = sectorsOf(
      "",
      "Italian company Rossini opened a new factory in Pune, India, in the presence of the Italian ambassador to India."
    )
    expect(english).toEqual(expect.arrayContaining(["investment", "automotive_manufacturing"]))
    const italian = sectorsOf(
      "",
      "L'ambasciatore d'Italia in India ha inaugurato a Pune il nuovo stabilimento dell'azienda italiana Rossini."
    )
    expect(italian).toEqual(expect.arrayContaining(["investment", "automotive_manufacturing"]))
    const capacity = sectorsOf(
      "",
      "Italy's Carraro will expand production capacity at its plant in Pune, India, the Italian Ambassador to India said."
    )
    expect(capacity).toEqual(expect.arrayContaining(["investment", "automotive_manufacturing"]))
  })

  it("does not read an oxygen production plant sent as aid as manufacturing", () => {
    const aid = sectorsOf(
      "COVID-19: India receives oxygen production plant, 20 ventilators from Italy",
      "A flight from Italy brought an oxygen production plant and 20 ventilators to New Delhi on Monday."
    )
    expect(aid).not.toContain("automotive_manufacturing")
  })
})

describe("the Union government as Indian papers name it", () => {
  it("reads 'the Centre' as the Government of India, but not a centre's own name", () => {
    const plea = classify(
      item(
        "Italian Marines case: SC says case will be closed only when Italy compensates fishermen's families",
        "The Supreme Court has told the Centre that the case against Italian Marines will be closed only when " +
          "adequate compensation is paid to the families of the fishermen."
      )
    )
    expect(plea.relevant).toBe(true)
    expect(plea.eventType).toBe("legal_dispute")
    expect(plea.actors.map((actor) => actor.name)).toContain("Government of India")
    const thinkTank = classify(
      item("", "A fellow at the Centre for Policy Research said Italian exports to India rose last year.")
    )
    expect(thinkTank.actors.map((actor) => actor.name)).not.toContain("Government of India")
  })
})

describe("a visit as the frame of a meeting", () => {
  it("leads with the meeting when the visit only says where the minister was", () => {
    const framed = classify(
      item(
        "",
        "Senior Italian Minister Adolfo Urso, currently on a visit to India, met Union Minister of State Jitendra " +
          "Singh to strengthen bilateral cooperation between India and Italy in space."
      )
    )
    expect(framed.eventType).toBe("ministerial_dialogue")
    const visiting = classify(
      item(
        "",
        "External Affairs Minister S. Jaishankar on Friday held bilateral talks with the visiting Italian Foreign " +
          "Minister Luigi Di Maio in New Delhi."
      )
    )
    expect(visiting.eventType).toBe("ministerial_dialogue")
    const ongoing = classify(
      item(
        "",
        "During his ongoing visit to India, Italy's Minister of Enterprises Adolfo Urso met Union Minister of State " +
          "for Science and Technology Jitendra Singh in New Delhi today."
      )
    )
    expect(ongoing.eventType).toBe("ministerial_dialogue")
  })

  it("still leads with an official visit, however it is introduced", () => {
    const official = classify(
      item(
        "",
        "During his official visit to India, Italian Foreign Minister Antonio Tajani will also travel to Mumbai, the " +
          "Farnesina said."
      )
    )
    expect(official.eventType).toBe("official_visit")
  })
})

describe("a holding sold or taken over is investment news", () => {
  it("reads a stake sold, and control taken, as investment news in English and Italian", () => {
    const sold = classify(
      item(
        "",
        "Mahindra & Mahindra has sold the 70 percent stake it had in the Italian firm Engines Engineering to its " +
          "founder."
      )
    )
    expect(sold.eventType).toBe("trade_investment_figure")
    const ceduto = classify(
      item(
        "",
        "Telecom Italia ha ceduto le quote detenute nel gruppo indiano Bharti Enterprises allo stesso gruppo Bharti, " +
          "incassando 121 milioni di dollari."
      )
    )
    expect(ceduto.eventType).toBe("trade_investment_figure")
  })
})

describe("an art show is culture, not a trade fair", () => {
  it("reads an envoy's exhibition in a gallery, or an artist's solo exhibition, as a cultural event", () => {
    const gallery = classify(
      item(
        "Italian ambassador to India inaugurates exhibition",
        "Italian Ambassador to India Lorenzo Angeloni today inaugurated an exhibition at the National Gallery of " +
          "Modern Art to commemorate 70 years of Indo-Italian bilateral ties."
      )
    )
    expect(gallery.eventType).toBe("other_bilateral")
    const solo = classify(
      item(
        "",
        "The Italian Embassy's Cultural Centre opened the solo exhibition of an Italian artist in New Delhi on " +
          "Sunday, with India's culture minister."
      )
    )
    expect(solo.eventType).toBe("other_bilateral")
  })

  it("still reads an exhibition of machinery as business", () => {
    const fair = classify(
      item(
        "",
        "Italian Trade Agency opened an exhibition of Italian machinery makers in Mumbai with Indian buyers on " +
          "Monday, the Italian embassy said."
      )
    )
    expect(fair.eventType).toBe("business_forum")
  })
})

describe("a first name that is also a company's", () => {
  it("does not read Leonardo da Vinci's airport or a film director as the defence group", () => {
    const landed = classify(
      item(
        "",
        "Italian Prime Minister Giorgia Meloni received Prime Minister Narendra Modi at Leonardo da Vinci airport " +
          "in Rome on Friday for bilateral talks."
      )
    )
    expect(landed.actors.map((actor) => actor.name)).not.toContain("Leonardo")
    const films = classify(
      item(
        "Film festival showcasing Italian movies across Indian cities",
        "The Italian embassy's film festival in India shows Ariaferma by Leonardo di Costanzo in Mumbai and Kolkata."
      )
    )
    expect(films.actors.map((actor) => actor.name)).not.toContain("Leonardo")
  })
})

describe("a route opened is connectivity", () => {
  it("tags connectivity for an inaugural flight or a new route between the two, in English and Italian", () => {
    const inaugural = classify(
      item(
        "",
        "ITA Airways operated its inaugural flight from Rome to New Delhi on Saturday, with the Indian ambassador to " +
          "Italy on board."
      )
    )
    expect(inaugural.sectors).toContain("connectivity_infrastructure")
    const rotta = classify(
      item(
        "",
        "Con la nuova rotta Roma - New Delhi, Ita Airways intende intensificare la relazione tra Italia e India, ha " +
          "detto l'ambasciatrice indiana in Italia."
      )
    )
    expect(rotta.sectors).toContain("connectivity_infrastructure")
  })
})

describe("food as the two trade it: wine, coffee, confectionery", () => {
  it("tags agriculture and food for wine and coffee, in English and Italian", () => {
    const wine = classify(
      item(
        "",
        "Italian wine producers presented their labels to Indian importers at Vinitaly's roadshow in New Delhi, " +
          "organised with the Italian embassy."
      )
    )
    expect(wine.sectors).toContain("agriculture_food")
    const caffe = classify(
      item(
        "",
        "L'italiana Lavazza ha firmato oggi a Mumbai un contratto con l'indiana Sterling Infotech per l'acquisto di " +
          "Barista, seconda catena di caffè dell'India."
      )
    )
    expect(caffe.sectors).toContain("agriculture_food")
  })

  it("reads a company's results as company news, however much of its products it names", () => {
    const results = classify(
      item(
        "Ferrero India posts a 17% decline in profit",
        "Italian chocolate maker Ferrero India has reported a 17% decline in profit and slipped into losses during " +
          "FY17-18. This is the company's worst performance since it entered India a decade ago.\n\nFerrero, the " +
          "maker of Kinder Joy chocolates and Nutella chocolate-hazelnut spread, has posted revenues of Rs 1538 " +
          "crore, with net loss of Rs 89.6 crore during the year to March 2018."
      )
    )
    expect(results.relevant).toBe(false)
  })

  it("leaves out a minister meeting their own community abroad; the other side's business community is met", () => {
    const diaspora = classify(
      item(
        "",
        "India's Home Minister, in Rome to attend a religious ceremony at the Vatican, met the Indian community on " +
          "Sunday at a reception hosted by India's Ambassador to Italy, and spoke of the government's welfare schemes " +
          "for community members abroad."
      )
    )
    expect(diaspora.relevant).toBe(false)
    const business = classify(
      item(
        "",
        "India's Commerce Minister met the Italian business community in Milan on Sunday and invited Italian " +
          "companies to invest in India's manufacturing corridors."
      )
    )
    expect(business.relevant).toBe(true)
    expect(business.eventTypes).toContain("ministerial_dialogue")
  })

  it("leaves out a brand selling its products in the other country, unless a government takes part", () => {
    const launch =
      "The Italian brand's new scooter will reach India by October, the head of Piaggio Vehicles said. The lockdown " +
      "stopped work in India and also in Italy, where the group designs its two-wheelers; the launch is now planned " +
      "for the festive season, when customers buy most."
    expect(classify(item("", launch)).relevant).toBe(false)
    const withEnvoy = classify(item("", `${launch} The Italian Ambassador to India will attend the launch.`))
    expect(withEnvoy.relevant).toBe(true)
  })
})

describe("the arts as reports name them", () => {
  it("tags culture for a book presented and artists' works shown, in English and Italian", () => {
    const book = classify(
      item(
        "",
        "L'ambasciatrice dell'India in Italia ha presentato al Senato il libro sull'Ambasciata d'Italia in India, " +
          "alla presenza del ministro degli Esteri."
      )
    )
    expect(book.sectors).toContain("culture_tourism")
    const artists = classify(
      item(
        "",
        "The Consulate General of Italy in Kolkata showed paintings by two Italian artists to West Bengal's chief " +
          "minister on Friday."
      )
    )
    expect(artists.sectors).toContain("culture_tourism")
  })
})

describe("where teaching and research happen", () => {
  it("tags education and research for a school, a training centre or a laboratory visited", () => {
    const school = classify(
      item(
        "Istituto Marangoni to Open in Mumbai",
        "The Italian fashion and design school Istituto Marangoni will open its first school in India in Mumbai next " +
          "year, the Italian institute said in Milan."
      )
    )
    expect(school.sectors).toContain("education_research")
    const laboratory = classify(
      item(
        "",
        "An Indian delegation led by the Ambassador to Italy visited the Frascati National Laboratories of the Italian " +
          "institute for nuclear physics on Tuesday."
      )
    )
    expect(laboratory.sectors).toContain("education_research")
  })
})

describe("separatists who attack one side's missions abroad", () => {
  it("tags security for a statue vandalised by Khalistani separatists and an anti-piracy patrol", () => {
    const vandalised = classify(
      item(
        "MEA slams vandalisation of Gandhi statue by Khalistani separatists in Italy",
        "India has taken up with Italian authorities the vandalisation of a statue of Mahatma Gandhi in Brindisi, " +
          "the Ministry of External Affairs said."
      )
    )
    expect(vandalised.sectors).toContain("security_counterterrorism")
    const patrol = classify(
      item(
        "",
        "The Italian frigate Virginio Fasan, on anti-piracy patrol in the Gulf of Aden, trained with the Indian " +
          "frigate INS Trishul on Wednesday."
      )
    )
    expect(patrol.sectors).toContain("security_counterterrorism")
  })
})

describe("science and technology cooperation is research as well as technology", () => {
  it("tags education and research, and technology, for a science and technology agreement", () => {
    const science = classify(
      item(
        "",
        "India and Italy agreed to expand their science and technology cooperation when the two foreign ministers " +
          "met in New Delhi on Friday."
      )
    )
    expect(science.sectors).toEqual(expect.arrayContaining(["education_research", "technology_ai"]))
  })
})

describe("a headline that opens with a quotation", () => {
  it("reads a quoted headline followed by a dash as a remark", () => {
    const dashed = classify(
      item(
        "‘Italy selects only the best students’- Stefania Costanza, Consul General of Italy in Mumbai",
        "There are about 5,000 Indian students studying in Italy, in private and public universities. Of the 5,500 " +
          "student visas issued for Indian students, 75 per cent were issued from the Mumbai office."
      )
    )
    expect(dashed.eventType).toBe("statement_remark")
  })
})

describe("ports linked by a regular service", () => {
  it("tags connectivity for a container line or service between the two, in English and Italian", () => {
    const line = classify(
      item(
        "",
        "Il memorandum tra il porto di Venezia e il Jawaharlal Nehru Port Trust rafforza i due scali, già collegati " +
          "dalla linea container Alto Adriatico-India."
      )
    )
    expect(line.sectors).toContain("connectivity_infrastructure")
    const service = classify(
      item(
        "",
        "Italy and India are now linked by a weekly container service between Genoa and Mumbai, the Italian embassy " +
          "in New Delhi said on Monday."
      )
    )
    expect(service.sectors).toContain("connectivity_infrastructure")
  })
})

describe("universities of both sides known by name", () => {
  it("reads a memorandum between an Indian and an Italian university as an agreement between the two sides", () => {
    const mou = classify(
      item(
        "MoU signed with University of Milan",
        "Amrita Vishwa Vidyapeetham has signed a Memorandum of Understanding with the Università degli Studi di " +
          "Milano covering research and student and staff exchanges between the universities."
      )
    )
    expect(mou.relevant).toBe(true)
    expect(mou.eventType).toBe("agreement_signed")
    expect(mou.actors.map((actor) => actor.name)).toEqual(
      expect.arrayContaining(["Amrita Vishwa Vidyapeetham", "University of Milan"])
    )
  })
})

describe("the two states' cultural arms", () => {
  it("knows the Italian Cultural Institute and the ICCR as the two sides", () => {
    const chair = classify(
      item(
        "",
        "L'accordo con l'ICCR e l'istituzione della cattedra di studi indiani all'Università degli Studi di Bergamo " +
          "sono stati presentati all'Istituto Italiano di Cultura di New Delhi."
      )
    )
    expect(chair.actors.map((actor) => actor.name)).toEqual(
      expect.arrayContaining(["Indian Council for Cultural Relations", "University of Bergamo"])
    )
  })
})

describe("one government taking a matter up with the other", () => {
  it("reads a matter taken up with the other side's authorities as bilateral, even ahead of a summit trip", () => {
    const taken = classify(
      item(
        "MEA slams vandalisation of Gandhi statue by Khalistani separatists in Italy",
        "The Ministry of External Affairs said on Wednesday that it has raised the issue of the vandalisation of a " +
          "statue of Mahatma Gandhi in Italy, just ahead of Prime Minister Narendra Modi's visit to the country for " +
          'the G7 Summit. "We have taken it up with the Italian authorities," the Foreign Secretary said.'
      )
    )
    expect(taken.relevant).toBe(true)
  })
})

describe("a film co-production", () => {
  it("reads a co-production of films as culture, not manufacturing; engines made together stay manufacturing", () => {
    const films = classify(
      item(
        "Italy and India near film pact",
        "Italy is close to signing a co-production agreement with India that will bring Indian crews to shoot " +
          "movies in Italy, the head of the Italian film department said."
      )
    )
    expect(films.sectors).toContain("culture_tourism")
    expect(films.sectors).not.toContain("automotive_manufacturing")
    const tractors = classify(
      item(
        "Italian and Indian firms agree engine co-production",
        "An Italian firm and India's Tata Motors signed an agreement in New Delhi on Monday for the co-production " +
          "of engines in Pune."
      )
    )
    expect(tractors.sectors).toContain("automotive_manufacturing")
  })
})

describe("a call in the Indian press's words", () => {
  it("reads 'held telephonic conversation with' as a call between the leaders", () => {
    const call = classify(
      item(
        "",
        "Prime Minister Narendra Modi on Tuesday held telephonic conversation with his Italian counterpart Giorgia " +
          "Meloni. PM Modi thanked Prime Minister Meloni and reiterated India's commitment to the partnership."
      )
    )
    expect(call.eventType).toBe("leader_meeting")
  })
})

describe("business people paired or seated together", () => {
  it("reads business matching and a roundtable with companies as a business forum", () => {
    const matching = classify(
      item("", "An India-Italy business matching event brought together 40 Italian firms and Indian buyers in Pune.")
    )
    expect(matching.eventTypes).toContain("business_forum")
    const roundtable = classify(
      item("", "The Italian ambassador held a roundtable with Indian industrialists in Chennai on Italian investment.")
    )
    expect(roundtable.eventTypes).toContain("business_forum")
  })
})

describe("a company sale decided, offered or bid for", () => {
  it("reads a sale decided and a binding offer for the other side's company as investment news", () => {
    const sale = classify(
      item(
        "",
        "Italy's Lavazza has decided to sell Barista Coffee to India's Turnaround Group, the company said on Monday."
      )
    )
    expect(sale.eventType).toBe("trade_investment_figure")
    const offer = classify(
      item("", "Italy's Lucchini has received a binding offer from India's JSW Steel for its core assets in Piombino.")
    )
    expect(offer.eventType).toBe("trade_investment_figure")
  })
})

describe("the two leaders' bilateral summit", () => {
  it("reads a 'Virtual Bilateral Summit' between the two prime ministers as their meeting", () => {
    const summit = classify(
      item(
        "",
        "A Virtual Bilateral Summit would be held between Prime Minister Narendra Modi and Prime Minister of Italy " +
          "Giuseppe Conte on November 6, said the MEA."
      )
    )
    expect(summit.eventType).toBe("leader_meeting")
    expect(summit.status).toBe("announced")
  })
})

describe("a swipe at a rival's family trip", () => {
  it("reads a swipe at a politician who flew to the other country to see his grandmother as domestic politics", () => {
    const swipe = classify(
      item(
        "",
        "Home Minister Amit Shah took a swipe at Rahul Gandhi, who flew to Italy to visit his 93-year-old grandmother."
      )
    )
    expect(swipe.relevant).toBe(false)
  })
})

describe("a market segment called a space, and shared mobility", () => {
  it("reads 'the electric cargo space' as a market, not outer space, and shared mobility as transport", () => {
    const market = classify(
      item(
        "",
        "Italy's Piaggio will invest 50 million euros in India to lead the electric cargo space and the three-wheeler " +
          "space, and in shared mobility, the Italian ambassador said on Monday."
      )
    )
    expect(market.relevant).toBe(true)
    expect(market.sectors).not.toContain("space")
    expect(market.sectors).not.toContain("migration_mobility")
  })
})

describe("a state's trade commissioner", () => {
  it("reads the Italian Trade Commissioner as an official acting for Italy", () => {
    const remark = classify(
      item("", "Italian firms may invest more in India, the Italian Trade Commissioner in Mumbai said.")
    )
    expect(remark.relevant).toBe(true)
  })
})

describe("any agreement between the bloc and the partner", () => {
  it("reads the EU–India partnership agreement, not only its FTA, as the bloc's deal, in English and Italian", () => {
    const english = classify(
      item(
        "",
        "The partnership agreement between the European Union and India, signed in New Delhi, opens the Indian " +
          "market to European and Italian wine, Italian producers said."
      )
    )
    expect(english.relevant).toBe(false)
    const italian = classify(
      italianItem(
        "L'accordo di partenariato tra Unione Europea e India, siglato a Nuova Delhi, apre il mercato al vino italiano.",
        "2026-02-01"
      )
    )
    expect(italian.relevant).toBe(false)
  })
})

describe("a flight that is no visit", () => {
  it("reads an airline flying to the other country, or a flight to bring nationals home, as no official visit", () => {
    const evacuation = classify(
      item(
        "",
        "Air India will fly to Milan to bring back stranded Indians after the Italian government cleared the flight, " +
          "the Indian Embassy in Rome said."
      )
    )
    expect(evacuation.relevant).toBe(true)
    expect(evacuation.eventTypes).not.toContain("official_visit")
    const trip = classify(
      item("", "Italian Foreign Minister Antonio Tajani flies to India for talks with Prime Minister Narendra Modi.")
    )
    expect(trip.eventTypes).toContain("official_visit")
  })
})

describe("a capacity won in an auction", () => {
  it("reads 'wins 285MW' and 'won the right to sign' a supply contract as a contract won, not a signing to come", () => {
    const won = classify(
      item(
        "Enel wins 285MW in India",
        "Italy's Enel Green Power has won the right to sign a 25-year energy supply contract with the Solar Energy " +
          "Corporation of India for its 285MW project in Rajasthan."
      )
    )
    expect(won.eventType).toBe("trade_investment_figure")
  })
})

describe("an exhibition of art, not a trade fair", () => {
  it("reads an exhibition of paintings, one made with a museum, or one at a cultural institute as a cultural event", () => {
    for (const text of [
      "The Embassy of India in Rome inaugurated an exhibition of Indian paintings at the Italian Parliament on Monday.",
      "Italy's Museum of Oriental Arts in Turin proposes an exhibition in collaboration with Bihar Museum, the Italian " +
        "ambassador said in Patna.",
      "A Caravaggio exhibition opened at the Italian Cultural Institute in New Delhi, the Italian ambassador said."
    ])
      expect(classify(item("", text)).eventType).toBe("other_bilateral")
  })
})

describe("a plan reviewed since its adoption", () => {
  it("reads a review of progress since a plan's adoption as the leaders' meeting, the plan as its setting", () => {
    const review = classify(
      item(
        "",
        "Prime Minister Narendra Modi met Italian Prime Minister Mario Draghi in Rome and reviewed the progress made " +
          "since the adoption of the 2020-25 Action Plan a year ago."
      )
    )
    expect(review.eventType).toBe("leader_meeting")
  })
})

describe("medical aid named by its equipment", () => {
  it("reads ventilators and an oxygen plant sent by one side to the other as health", () => {
    const aid = classify(
      item("", "Italy sent an oxygen generation plant and 20 ventilators to India on Monday, the Italian embassy said.")
    )
    expect(aid.sectors).toContain("health")
  })
})

describe("aid carried by the armed forces", () => {
  it("reads an air force aircraft carrying aid as the carrier, not defence cooperation", () => {
    const aid = classify(
      item(
        "",
        "A C-130 aircraft of the Italian Air Force carrying oxygen concentrators and medical equipment landed in New " +
          "Delhi on Monday, the Italian embassy in India said."
      )
    )
    expect(aid.relevant).toBe(true)
    expect(aid.sectors).toContain("health")
    expect(aid.sectors).not.toContain("defence")
  })
})

describe("the other state answering in a case", () => {
  it("reads the other side's authorities refusing a request, or its envoy's undertaking, as that state acting", () => {
    const refused = classify(
      item(
        "",
        "Italian authorities had turned down the CBI's request to share certified documents in the AgustaWestland " +
          "bribery case, and CBI officials on Thursday met Italian foreign affairs officials in Rome."
      )
    )
    expect(refused.relevant).toBe(true)
    const undertaking = classify(
      item(
        "",
        "The Supreme Court extended the bail of Italian marine Massimiliano Latorre by three months after an " +
          "undertaking by the Italian ambassador that he will return to India."
      )
    )
    expect(undertaking.relevant).toBe(true)
    expect(undertaking.eventType).toBe("legal_dispute")
  })
})

describe("a court that is an idiom, and partners by decision", () => {
  it("reads 'the ball is in India's court' as no court, and 'decided to become strategic partners' as an upgrade", () => {
    const idiom = classify(
      item(
        "",
        "Meloni in Modi's court: the ball is now in India's court on the defence pact, the Italian prime minister " +
          "said in New Delhi."
      )
    )
    expect(idiom.eventTypes).not.toContain("legal_dispute")
    expect(idiom.sectors).not.toContain("legal_justice")
    const partners = classify(
      item(
        "",
        "We decided to become strategic partners, Italian Prime Minister Giorgia Meloni said after talks with Prime " +
          "Minister Narendra Modi in New Delhi."
      )
    )
    expect(partners.eventType).toBe("partnership_upgrade")
  })
})

describe("a bribe paid to win a contract", () => {
  it("reads 'kickbacks paid to win a helicopter contract' as the case's subject, not a contract won", () => {
    const request = classify(
      item(
        "",
        "The CBI sent a letter rogatory to Italy seeking details of kickbacks paid to win a helicopter contract in India."
      )
    )
    expect(request.eventType).toBe("legal_dispute")
    expect(request.eventTypes).not.toContain("trade_investment_figure")
  })
})

describe("a warning in words", () => {
  it("reads a leader who warned the other side as a remark, in English and Italian", () => {
    const english = classify(
      item("", "Indian Prime Minister Manmohan Singh warned Italy of consequences in Parliament in New Delhi.")
    )
    expect(english.eventType).toBe("statement_remark")
    const italian = classify(
      italianItem(
        "Il premier indiano Manmohan Singh minaccia conseguenze e avverte l'Italia in Parlamento a Nuova Delhi.",
        "2013-03-14"
      )
    )
    expect(italian.eventType).toBe("statement_remark")
  })
})

describe("a date that names a document", () => {
  it("reads 'the MoU signed in 2023' as the document's name, so the sentence stays the news, in English and Italian", () => {
    const met = classify(
      item(
        "",
        "The India-Italy Joint Working Group, set up under the memorandum of understanding signed in 2023, met in Rome."
      )
    )
    expect(met.relevant).toBe(true)
    expect(met.eventType).toBe("ministerial_dialogue")
    const riunito = classify(
      italianItem(
        "Si è riunito a Roma il Gruppo di lavoro congiunto Italia-India previsto dal memorandum d'intesa firmato a " +
          "Nuova Delhi nel 2023.",
        "2025-06-11"
      )
    )
    expect(riunito.relevant).toBe(true)
  })
})

describe("the bloc's agreement named before the pair", () => {
  it("reads 'Accordo Ue-India' in an Italian headline as the bloc's deal, Italy the beneficiary", () => {
    const deal = classify(
      italianItem(
        "Accordo Ue-India, un'occasione per l'agroalimentare italiano. Von der Leyen, Costa e Modi hanno siglato " +
          "l'intesa a Nuova Delhi.",
        "2026-02-01"
      )
    )
    expect(deal.relevant).toBe(false)
  })
})

describe("medical aid given or denied to a person", () => {
  it("reads 'instead of providing medical aid' as no aid sent between the two", () => {
    const worker = classify(
      item(
        "",
        "Indian worker Satnam Singh died in Latina after his employer, instead of providing medical aid, dumped him on " +
          "the road; the Indian embassy in Rome is in touch with Italian authorities."
      )
    )
    expect(worker.evidence.some((span) => span.tag.startsWith("eventType") && span.text === "medical aid")).toBe(false)
  })
})

describe("words to the press on the sidelines", () => {
  it("reads 'talking to PTI on the sidelines of' an event as an interview's setting, not a meeting", () => {
    const remark = classify(
      item(
        "",
        "Talking to PTI on the sidelines of a puppet show, the Italian Consul General in Kolkata said Naples and " +
          "Kolkata will be twinned, with the West Bengal government."
      )
    )
    expect(remark.eventTypes).not.toContain("ministerial_dialogue")
    const met = classify(
      item("", "Prime Minister Modi met Italian Prime Minister Meloni on the sidelines of the G7 summit in Apulia.")
    )
    expect(met.eventType).toBe("leader_meeting")
  })
})

describe("interacting with one's own community abroad", () => {
  it("reads 'interacted with the Indian community in Milan' as no meeting with the other side, as 'met' is read", () => {
    const community = classify(
      item(
        "",
        "Odisha Chief Minister Naveen Patnaik interacted with the Indian community in Milan, the Indian consulate in " +
          "Milan said on Monday."
      )
    )
    expect(community.eventTypes).not.toContain("ministerial_dialogue")
  })
})

describe("tourists as victims", () => {
  it("reads 'the attack that killed 26 tourists' as no tourism", () => {
    const talks = classify(
      item(
        "",
        "Italian Foreign Minister Antonio Tajani held talks with External Affairs Minister S Jaishankar in New Delhi on " +
          "counter-terrorism after the attack that killed 26 tourists in Pahalgam."
      )
    )
    expect(talks.sectors).toContain("security_counterterrorism")
    expect(talks.sectors).not.toContain("culture_tourism")
  })
})

describe("the bloc's deal with the partner named first", () => {
  it("reads 'India-EU FTA' as the bloc's deal, as 'EU-India FTA' is", () => {
    expect(
      classify(item("", "India-EU FTA in sight as Italian envoy says Italy backs the deal with India.")).relevant
    ).toBe(false)
  })
})

describe("'signs' as a noun", () => {
  it("reads signs carried by marchers and signs of recovery as no signing, and a headline's 'signs' as one", () => {
    const recovery = classify(
      item("", "Trade between India and Italy showed signs of recovery, the Italian ambassador said.")
    )
    expect(recovery.eventTypes).not.toContain("agreement_signed")
    expect(classify(item("India signs defence pact with Italy", "")).eventType).toBe("agreement_signed")
  })
})

describe("a joint venture written as JV", () => {
  it("reads 'announced an equal JV with' an Italian label as a joint venture formed", () => {
    const venture = classify(
      item(
        "",
        "Reliance Brands, India's retail arm of Reliance Industries, has announced an equal JV with Italian luxury " +
          "label Paul & Shark to open stores in India."
      )
    )
    expect(venture.eventType).toBe("agreement_signed")
  })
})

describe("a ship arriving", () => {
  it("reads a warship that arrived in the other's port as a port call, and a minister's arrival still as a visit", () => {
    const frigate = classify(
      item(
        "",
        "The Indian Navy frigate INS Tabar arrived in Naples on Monday for a three-day port call, the Indian embassy " +
          "in Rome said."
      )
    )
    expect(frigate.eventType).toBe("military_exercise")
    const minister = classify(
      item("", "Italian Foreign Minister Antonio Tajani arrived in New Delhi on Monday for talks with Jaishankar.")
    )
    expect(minister.eventType).toBe("official_visit")
  })
})

describe("sums seized, fined or paid as bribes", () => {
  it("reads 'seized assets worth 475,000 euros' as no trade or investment figure", () => {
    const seized = classify(
      item(
        "",
        "Italian police arrested two Indian nationals for enslaving 33 Indian farm labourers in Verona and seized " +
          "assets worth 475,000 euros, the Carabinieri said."
      )
    )
    expect(seized.eventTypes).not.toContain("trade_investment_figure")
  })
})

describe("a minister addressing a UN agency's organ", () => {
  it("reads a minister who addressed a session of the FAO Council in Rome as there for the many, the venue alone", () => {
    const session = classify(
      item(
        "",
        "Union Agriculture Minister Narendra Singh Tomar addressed the 171st session of the FAO Council in Rome, Italy, on Monday."
      )
    )
    expect(session.relevant).toBe(false)
  })
})

describe("a ship visiting and a minister leaving for the other country", () => {
  it("reads a training ship that visits a port as a port call, and 'leaves for Rome' as the start of a visit", () => {
    const ship = classify(
      item(
        "",
        "The Italian Navy's sail training ship and a Vice-Admiral visit Mumbai this week to boost naval ties with the " +
          "Indian Navy."
      )
    )
    expect(ship.eventType).toBe("military_exercise")
    const leaving = classify(
      item(
        "",
        "External Affairs Minister Sushma Swaraj leaves for Rome on Saturday for talks with the Italian government."
      )
    )
    expect(leaving.eventType).toBe("official_visit")
  })
})

describe("a merchant ship's stay in port", () => {
  it("reads a tanker or a freighter that docked as no port call, and a frigate that docked as one", () => {
    const tanker = classify(
      item(
        "Italian marines held in Kerala",
        "The Italian oil tanker Enrica Lexie docked in Kochi on Sunday, where Kerala police arrested two Italian " +
          "marines over the deaths of two fishermen."
      )
    )
    expect(tanker.eventTypes).not.toContain("military_exercise")
    const frigate = classify(
      item(
        "Italian frigate in Mumbai",
        "The Italian Navy frigate ITS Carabiniere docked in Mumbai on Sunday and was welcomed by the Indian Navy."
      )
    )
    expect(frigate.eventType).toBe("military_exercise")
  })
})

describe("page furniture, headline tenses and explainers' subheads", () => {
  it("keeps a one-sentence lead before an 'Advertisement' or 'Also Read' line as the lead", () => {
    for (const furniture of ["Advertisement", "Also Read | Taylor Swift Announces New Album Release Date"]) {
      const result = classify(
        item(
          "",
          `Defence Minister Rajnath Singh and Italian Defence Minister Guido Crosetto signed an agreement on defence ` +
            `cooperation between India and Italy.\n\n${furniture}\n\nSingh is on a two-nation visit that will also ` +
            "take him to France."
        )
      )
      expect(result.eventType).toBe("agreement_signed")
    }
  })
  it("reads a headline's present tense 'sign' or 'ink' with what is signed as a signing, not 'to sign'", () => {
    const signed = classify(
      item("India, Italy ink 6 pacts", "The two foreign ministers met in Rome on Tuesday and reviewed the ties.")
    )
    expect(signed.eventType).toBe("agreement_signed")
    expect(signed.status).toBe("happened")
    const toSign = classify(
      item("India, Italy to sign defence pact", "The two defence ministers will meet in Rome on Tuesday.")
    )
    expect(toSign.status).not.toBe("happened")
  })
  it("reads an explainer's 'What is the News?' as a subhead, not a question put in an interview", () => {
    const result = classify(
      item(
        "India, Italy ink agreement to boost defence cooperation",
        "What is the News?\n\nIndia and Italy have signed an agreement to boost defence cooperation in Rome.\n\n" +
          "What are the key highlights?\n\nThe agreement covers defence industry and research."
      )
    )
    expect(result.eventType).toBe("agreement_signed")
  })
})

describe("visitors, plants and arms bought", () => {
  it("reads officials to whom a report is attributed as its source, not as the official visitors", () => {
    const result = classify(
      item(
        "",
        "Health officials said an Indian tourist visiting relatives in Italy had spread the disease after returning " +
          "to Kerala."
      )
    )
    expect(result.eventTypes).not.toContain("official_visit")
  })
  it("reads money spent, pumped or earmarked for a plant, and a plant built at a cost, as investment", () => {
    for (const text of [
      "Italy's Piaggio plans to spend $38 million to build a scooter plant in India.",
      "Italy's Brembo has earmarked 30 million euros for a second plant in Pune.",
      "Italian firm Brembo will build a brake disc plant in Pune at a cost of 30 million euros."
    ]) {
      const result = classify(item("", text))
      expect(result.eventType).toBe("trade_investment_figure")
      expect(result.sectors).toContain("investment")
    }
  })
  it("reads arms bought or acquired by a state's forces as defence procurement, not investment", () => {
    const bought = classify(item("", "The Indian Air Force will buy 12 AW101 helicopters from Italy's AgustaWestland."))
    expect(bought.eventType).toBe("defence_industry")
    const acquired = classify(item("", "The Indian Navy has acquired two fleet tankers built by Italy's Fincantieri."))
    expect(acquired.eventType).toBe("defence_industry")
    expect(acquired.sectors).not.toContain("investment")
  })
})

describe("business people's events and one country's economy", () => {
  it("reads a dialogue of CEOs as a business forum, and business leaders as no heads of government", () => {
    const dialogue = classify(
      item(
        "",
        "The first India-Italy High Level Dialogue on Economic Relations brought together 60 CEOs from both " +
          "countries in Milan."
      )
    )
    expect(dialogue.eventType).toBe("business_forum")
    const leaders = classify(
      item("", "Business leaders from India and Italy met in Milan on Tuesday to discuss investment.")
    )
    expect(leaders.eventType).not.toBe("leader_meeting")
  })
  it("reads a 'road-show' as no road, and one country's GDP as no figure between the two", () => {
    const show = classify(
      item("", "The Italian Trade Agency held a road-show in Mumbai for Italian machinery makers and Indian buyers.")
    )
    expect(show.sectors).not.toContain("connectivity_infrastructure")
    const speech = classify(
      item(
        "",
        "Speaking at the India-Italy Business Forum in Milan, Commerce Minister Piyush Goyal said India's GDP would " +
          "reach $30 trillion by 2047."
      )
    )
    expect(speech.eventType).toBe("business_forum")
  })
  it("reads a virtual summit of the two countries as the leaders' meeting", () => {
    const summit = classify(
      item("", "India and Italy held a virtual summit on Friday and agreed to expand defence ties.")
    )
    expect(summit.eventType).toBe("leader_meeting")
  })
})

describe("other sectors' infrastructure and pacts not signed", () => {
  it("reads healthcare, research or training infrastructure as no transport infrastructure", () => {
    const result = classify(
      item(
        "",
        "Italy and India signed an agreement in Rome on Tuesday to build healthcare infrastructure and pilot training " +
          "infrastructure in Kerala."
      )
    )
    expect(result.sectors).not.toContain("connectivity_infrastructure")
    const port = classify(
      item("", "Italy and India signed an agreement in Rome on Tuesday to build port infrastructure in Kerala.")
    )
    expect(port.sectors).toContain("connectivity_infrastructure")
  })
  it("reads a pact discussed, proposed or negotiated as no signing", () => {
    const result = classify(
      item("India, Italy discuss proposed defence pact", "The two defence ministers met in Rome on Tuesday.")
    )
    expect(result.eventType).not.toBe("agreement_signed")
  })
})

describe("subsidiaries, headlines of deals to come and acts that are no agreement", () => {
  it("reads JSW Steel Italy as the Indian group's arm", () => {
    const result = classify(
      item(
        "",
        "JSW Steel Italy has signed a memorandum of understanding with the Italian government to restart production " +
          "at Piombino."
      )
    )
    expect(result.relevant).toBe(true)
    expect(result.eventType).toBe("agreement_signed")
  })
  it("reads a headline's 'to acquire', 'to invest' or 'to supply' as a deal still to come", () => {
    const result = classify(
      item("Tata Motors to acquire Italian firm Iveco for 3.8 billion euros", "The deal was announced in Mumbai.")
    )
    expect(result.eventType).toBe("trade_investment_figure")
    expect(result.status).toBe("announced")
  })
  it("reads a decree, an order or a law signed as no agreement", () => {
    const result = classify(
      item(
        "",
        "Italy's health minister said he had signed a new decree banning entry to Italy for people who had been in " +
          "India."
      )
    )
    expect(result.eventTypes).not.toContain("agreement_signed")
  })
  it("reads gang leaders as no leaders of a state, and a trade union as no trade", () => {
    const gang = classify(
      item("", "Two Indian gang leaders were arrested in Italy's Verona province for exploiting Indian farm workers.")
    )
    expect(gang.eventTypes).not.toContain("leader_meeting")
    const union = classify(
      item(
        "",
        "Italian Labour Minister Marina Calderone met the Indian ambassador in Rome with the Flai CGIL trade union " +
          "to discuss Indian farm workers."
      )
    )
    expect(union.sectors).not.toContain("trade")
  })
  it("reads critical raw materials as critical minerals", () => {
    const result = classify(
      item(
        "",
        "Italian Enterprise Minister Adolfo Urso met Indian Commerce Minister Piyush Goyal in Rome on Tuesday; they " +
          "agreed to cooperate on critical raw materials and space."
      )
    )
    expect(result.sectors).toContain("critical_minerals")
  })
})

describe("drills and meetings that date the news", () => {
  it("reads drills between two navies, war games and ships sailing together as an exercise", () => {
    for (const text of [
      "The historic maiden drills between the Italian Navy, led by the carrier Cavour, and the Indian Navy began off Goa.",
      "INS Surat and ITS Caio Duilio sailed together off Kochi on Monday, practising air defence."
    ]) {
      expect(classify(item("", text)).eventType).toBe("military_exercise")
    }
  })
  it("reads a meeting months before as the setting of the meeting reported", () => {
    const result = classify(
      item(
        "",
        "India and Italy held their 10th Joint Defence Committee meeting in Rome on Tuesday, months after Modi's " +
          "meeting with Meloni in Dubai."
      )
    )
    expect(result.eventType).toBe("ministerial_dialogue")
  })
})

describe("bilateral meetings with no one of the pair named", () => {
  it("reads 'several bilateral meetings are planned' at a summit as the summit's, and the pair's talks as theirs", () => {
    const anyone = classify(
      item(
        "Modi arrives in Rome for G20 summit",
        "Prime Minister Narendra Modi arrived in Rome on Friday for the G20 summit. Several bilateral meetings are " +
          "planned on the sidelines."
      )
    )
    expect(anyone.relevant).toBe(false)
    const pair = classify(
      item(
        "Modi arrives in Rome for G20 summit",
        "Prime Minister Narendra Modi arrived in Rome on Friday for the G20 summit. Modi and Draghi will hold " +
          "bilateral talks on the sidelines."
      )
    )
    expect(pair.relevant).toBe(true)
  })
})

describe("company deals, named dialogues and words to the press", () => {
  it("reads a company that 'has entered into an agreement' with the other side's as a signing", () => {
    const deal = classify(
      item("", "Danieli has entered into an agreement with India's JSW Steel to supply a rolling mill in Karnataka.")
    )
    expect(deal.eventType).toBe("agreement_signed")
  })
  it("reads a dialogue named for its field ('the 2nd Consular Dialogue') as the officials' dialogue", () => {
    const consular = classify(
      item("", "Senior officials of India and Italy held the 2nd Consular Dialogue in New Delhi on Tuesday.")
    )
    expect(consular.relevant).toBe(true)
    expect(consular.eventType).toBe("ministerial_dialogue")
  })
  it("reads an envoy who 'spoke to reporters' as making a remark, not holding talks", () => {
    const remark = classify(
      item("", "The Italian ambassador spoke to reporters in Mumbai about visas for Indian students going to Italy.")
    )
    expect(remark.eventType).not.toBe("ministerial_dialogue")
    const talks = classify(item("", "Italian Foreign Minister Antonio Tajani spoke to Indian minister S. Jaishankar."))
    expect(talks.eventType).toBe("ministerial_dialogue")
  })
  it("reads students' and workers' visas as mobility, not travellers'", () => {
    const visas = classify(
      item("", "Italy and India discussed study visas for Indian students, the Italian consulate said in Mumbai.")
    )
    expect(visas.sectors).toContain("migration_mobility")
    expect(visas.sectors).not.toContain("culture_tourism")
  })
  it("reads 'Research' inside the Indian Space Research Organisation's name as no research cooperation", () => {
    const launch = classify(
      item(
        "",
        "The Indian Space Research Organisation will launch an Italian satellite next month, the Indian Space " +
          "Research Organisation said."
      )
    )
    expect(launch.sectors).toContain("space")
    expect(launch.sectors).not.toContain("education_research")
  })
})

describe("where a wire report was filed", () => {
  it("reads the dateline's place ('Rome, June 5 (Reuters) -', 'Rome [Italy], June 5 (ANI):') as no party", () => {
    for (const dateline of ["Rome, June 5 (Reuters) - ", "Rome [Italy], June 5 (ANI): ", "Milan, Mar 4 (PTI) "]) {
      const elsewhere = classify(
        item("", `${dateline}Indian minister Piyush Goyal met the German chancellor in Berlin to discuss trade.`)
      )
      expect(elsewhere.relevant).toBe(false)
    }
    const pair = classify(
      item("", "Rome, June 11 (PTI) India and Italy on Wednesday signed an agreement on the mobility of workers.")
    )
    expect(pair.relevant).toBe(true)
    const italian = classify(
      italianItem(
        "Roma, 2 apr. (Adnkronos) – Il ministro indiano Goyal ha incontrato a Berlino il cancelliere tedesco."
      )
    )
    expect(italian.relevant).toBe(false)
  })
})

describe("words of another sense: a treaty's term, a defendant's health, a business audience", () => {
  it("reads a pact 'automatically renewable' and a stay 'on health grounds' as no energy and no health", () => {
    const pact = classify(
      item("", "The pact, spanning five years and automatically renewable, was signed by India and Italy in Rome.")
    )
    expect(pact.sectors).not.toContain("energy_climate")
    const power = classify(item("", "India and Italy signed a pact on renewable energy in Rome on Monday."))
    expect(power.sectors).toContain("energy_climate")
    const stay = classify(
      item("", "The Indian court extended the Italian marine's stay in Italy on health grounds, his lawyer said.")
    )
    expect(stay.sectors).not.toContain("health")
  })
  it("reads a minister who addressed a business session in the other country as no summit trip", () => {
    const session = classify(
      item(
        "",
        "Indian minister Piyush Goyal addressed a CEOs Business Interactive session in Rome with Italian industry " +
          "leaders on investment."
      )
    )
    expect(session.relevant).toBe(true)
    const council = classify(
      item("", "Indian minister Piyush Goyal addressed the 171st session of the FAO Council in Rome on food security.")
    )
    expect(council.relevant).toBe(false)
  })
})

describe("trade-promotion workshops and a summit's other guests", () => {
  it("reads a trade agency's workshop for importers as a business event, and a yoga workshop as none", () => {
    const workshop = classify(
      item("", "The Italian Trade Agency organised a workshop on Italian food and wine in Mumbai for Indian importers.")
    )
    expect(workshop.eventType).toBe("business_forum")
    const yoga = classify(
      item("", "An Indian yoga teacher held a workshop in Rome for Italian students of meditation on Sunday.")
    )
    expect(yoga.eventType).not.toBe("business_forum")
  })
  it("reads bilateral meetings with 'counterparts from other participating' states as the gathering's", () => {
    const speakers = classify(
      item(
        "",
        "Lok Sabha Speaker Om Birla left for Rome to attend the G20 Parliamentary Speakers Summit. Mr Birla will " +
          "also hold bilateral meetings with his counterparts from other participating Parliaments."
      )
    )
    expect(speakers.relevant).toBe(false)
  })
})

describe("evacuation flights and stakes", () => {
  it("reads a special flight bringing back stranded nationals as a consular story", () => {
    const flight = classify(
      item("", "An Air India special flight brought back 263 Indian students stranded in Rome, the embassy said.")
    )
    expect(flight.relevant).toBe(false)
    // Both governments acting ("the Italian government cleared the flight" the Indian Embassy sent) is relations.
    const cleared = classify(
      item(
        "",
        "An Air India special flight brought back stranded Indians after the Italian government cleared it, the " +
          "Indian Embassy in Rome said."
      )
    )
    expect(cleared.relevant).toBe(true)
  })
  it("reads 'at stake' and 'sporting infrastructure' as no investment and no transport", () => {
    const stakes = classify(
      item(
        "India, Italy sign sports pact",
        "India and Italy signed a sports pact in Rome. Tajani said there is too much at stake, and that the elite " +
          "sporting infrastructure of both countries would gain."
      )
    )
    expect(stakes.sectors).not.toContain("investment")
    expect(stakes.sectors).not.toContain("connectivity_infrastructure")
  })
})

describe("the bloc's trade deal inside a bilateral report", () => {
  it("reads a signing hoped for the EU-India deal as no India-Italy signing", () => {
    const talks = classify(
      item(
        "",
        "Tajani met Indian minister Goyal in Rome and backed the EU-India free trade agreement, which they hope to see " +
          "signed within the year."
      )
    )
    expect(talks.relevant).toBe(true)
    expect(talks.eventType).not.toBe("agreement_signed")
    expect(talks.eventTypes).toContain("ministerial_dialogue")
  })
})

describe("a court's verdict on one person", () => {
  it("reads a domestic court ruling on a national of the other side as no dispute between the two", () => {
    const kirpan = classify(
      item(
        "",
        "The Italian High Cassation Court on Monday ruled against a Sikh Indian migrant who wanted to carry a kirpan " +
          "in public."
      )
    )
    expect(kirpan.relevant).toBe(false)
    const marines = classify(
      item("", "Italy's Supreme Court of Cassation rejected India's request to extradite the two Italian marines.")
    )
    expect(marines.relevant).toBe(true)
  })
})

describe("the fourteenth round's English readings", () => {
  it("reads 'innovation' said of a deal and an office's title as no start-up and no farming news", () => {
    const mou = classify(
      item(
        "Cochin Shipyard, Fincantieri sign MoU",
        "Cochin Shipyard and Italy's Fincantieri signed an MoU on Tuesday to build green vessels in India. From an " +
          "innovation standpoint, the agreement will kick-start a new chapter, the yard said."
      )
    )
    expect(mou.sectors).toContain("maritime_ports")
    expect(mou.sectors).not.toContain("startups_innovation")
    const plant = classify(
      item(
        "Piaggio opens Baramati plant",
        "Piaggio opened its new plant at Baramati in Maharashtra, attended by Sharad Pawar, Union minister for " +
          "Agriculture and Cooperation, and Italian officials."
      )
    )
    expect(plant.sectors).not.toContain("agriculture_food")
  })
  it("dates a deed done by the report, not by a later milestone in another sentence", () => {
    const venture = classify(
      item(
        "",
        "AgustaWestland and Tata Sons have signed a Shareholders Agreement to set up a joint venture in Hyderabad. " +
          "The joint venture will roll out the first AW119 helicopter from its Indian plant in 2027."
      )
    )
    expect(venture.status).toBe("happened")
    expect(venture.occurredOn).toBe("2025-06-11")
    // A deed told in the present ("partner to build") is no deed done: the later date still dates it.
    const partners = classify(
      item(
        "",
        "Italy's Fincantieri and India's Cochin Shipyard partner to build green vessels in India. The first hull will " +
          "be delivered in 2027."
      )
    )
    expect(partners.occurredOn).toBe("2027-01-01")
  })
  it("reads a headline's trip 'for G20 Summit', without its article, as a trip for the gathering", () => {
    const trip = classify(
      item(
        "Modi arrives in Rome for G20 Summit",
        "Prime Minister Narendra Modi arrived in Rome on Friday. He was received at the airport by Italian officials."
      )
    )
    expect(trip.relevant).toBe(false)
  })
  it("reads a hyphenated tie-up between companies as a deal concluded", () => {
    const tieUp = classify(
      item(
        "",
        "Italian defence firm Elettronica has tied-up with India's Bharat Electronics for electronic warfare systems " +
          "for the Indian Navy, the companies said."
      )
    )
    expect(tieUp.eventTypes).toContain("agreement_signed")
  })
  it("reads a museum's exhibition or a Biennale's pavilion as no business event, a fair's pavilion as one", () => {
    const show = classify(
      item(
        "",
        "A new exhibition at Delhi's Humayun's Tomb Museum of Italian paintings was inaugurated by Italy's foreign " +
          "minister and India's culture minister."
      )
    )
    expect(show.eventType).toBe("other_bilateral")
    const fair = classify(
      item(
        "",
        "The Italian pavilion at the Aahar food fair in New Delhi hosted 40 Italian exhibitors meeting Indian " +
          "importers, the Italian Trade Agency said."
      )
    )
    expect(fair.eventType).toBe("business_forum")
  })
  it("reads the pandemic's remedies as health ('doses of Covishield', 'an oxygen production system')", () => {
    const aid = classify(
      item(
        "Italy sends oxygen production system to India",
        "Italy is to send a team of medical experts with an oxygen production system to COVID-ravaged India, Premier " +
          "Mario Draghi said, after talks with Narendra Modi on vaccinations."
      )
    )
    expect(aid.sectors).toContain("health")
  })
  it("reads a company bought or a majority stake taken as investment", () => {
    for (const text of [
      "India's Mahindra and Mahindra is to buy Italian car designer Pininfarina, the companies said on Monday.",
      "India's Mahindra has agreed to take a majority stake in Italian car designer Pininfarina, the companies said."
    ])
      expect(classify(item("", text)).sectors).toContain("investment")
  })
  it("reads a G20 ministers' meeting or working group held in one country as its venue only", () => {
    for (const text of [
      "Italian Culture Minister Gennaro Sangiuliano led the Italian delegation at the G20 Culture Ministers' Meeting " +
        "in Varanasi, where he also held a series of bilateral meetings.",
      "Italy's ambassador attended the G20 working group meeting in Chennai on climate finance, where she met " +
        "delegations from several countries."
    ])
      expect(classify(item("", text)).relevant).toBe(false)
  })
  it("reads Air India's 'AI flight' as no artificial intelligence", () => {
    const flight = classify(
      item(
        "",
        "The Indian embassy said 211 students and 7 compassionate cases departed by AI flight from Milan to Delhi, " +
          "after the Italian government cleared the evacuation."
      )
    )
    expect(flight.sectors).not.toContain("technology_ai")
  })
  it("reads a headline's signing as the news and the body's 'on an official visit' as its occasion", () => {
    const pact = classify(
      item(
        "India, Italy sign migration and mobility agreement",
        "External Affairs Minister S Jaishankar, on an official visit to Rome, met Italian Foreign Minister Antonio " +
          "Tajani on Thursday. The two ministers discussed the Indo-Pacific and West Asia."
      )
    )
    expect(pact.eventType).toBe("agreement_signed")
    expect(pact.eventTypes).toContain("official_visit")
    // A signing still to come in the headline leaves the visit the news.
    const toCome = classify(
      item(
        "India, Italy to sign migration and mobility agreement",
        "External Affairs Minister S Jaishankar, on an official visit to Rome, met Italian Foreign Minister Antonio " +
          "Tajani on Thursday."
      )
    )
    expect(toCome.eventType).not.toBe("agreement_signed")
  })
  it("reads a 'chopper deal' as defence", () => {
    const deal = classify(
      item("India cancels VVIP chopper deal with Italy's AgustaWestland", "India on Wednesday cancelled the deal.")
    )
    expect(deal.sectors).toContain("defence")
  })
  it("reads a meeting 'to implement initiatives outlined in' a plan as no new plan", () => {
    const review = classify(
      item(
        "",
        "Prime Minister Narendra Modi and Italy's Deputy Prime Minister Antonio Tajani met in New Delhi to implement " +
          "key initiatives outlined in the Joint Strategic Action Plan."
      )
    )
    expect(review.eventType).not.toBe("joint_statement")
  })
  it("reads a lower-case 'ai' and 'broke the internet' as no technology", () => {
    const post = classify(
      item(
        "",
        "Meloni wrote: auguri al popolo indiano, e in particolare ai molti indiani che vivono in Italia, as she met " +
          "Modi. Her selfie with Modi broke the internet, and the internet frenzy grew."
      )
    )
    expect(post.sectors).not.toContain("technology_ai")
    expect(post.sectors).not.toContain("digital")
  })
  it("reads nationals' journey home ('263 Indian students … arrived in Delhi') as no visit of a state", () => {
    const students = classify(
      item(
        "263 Indian students evacuated from Rome arrive in Delhi",
        "A special Air India flight carrying 263 Indian students from Rome arrived in Delhi on Sunday morning. The " +
          "students had been stuck in Italy due to the lockdown."
      )
    )
    expect(students.relevant).toBe(false)
    // An office holder travelling with them still makes a visit.
    const minister = classify(
      item(
        "",
        "Foreign Minister Antonio Tajani arrived in New Delhi on Sunday with a delegation of Italian students for " +
          "talks with Jaishankar."
      )
    )
    expect(minister.eventTypes).toContain("official_visit")
  })
  it("reads 'on a visit to Italy' in a report of the Holy See as the venue, not a party", () => {
    const pope = classify(
      item(
        "",
        "The Prime Minister Narendra Modi, currently on a visit to Italy, called on Pope Francis in the Vatican City " +
          "and invited him to visit India."
      )
    )
    expect(pope.relevant).toBe(false)
  })
  it("reads a mission's advisory to its own nationals as a consular story", () => {
    const advisory = classify(
      item(
        "COVID-19: Embassy issues advisory for Indians in Italy",
        "The Indian Embassy in Italy has issued an advisory asking all Indians residing in the country to take due " +
          "precautions in view of the coronavirus outbreak. The embassy said Indian nationals should follow the " +
          "guidelines of the Italian health authorities."
      )
    )
    expect(advisory.relevant).toBe(false)
  })
  it("reads the two countries deciding together as the states acting, with no office holder named", () => {
    const agreed = classify(item("", "India and Italy decided to set up a joint working group on space cooperation."))
    expect(agreed.relevant).toBe(true)
    const headline = classify(
      item("India, Italy agree to boost cooperation in green hydrogen", "The two sides will work on clean energy.")
    )
    expect(headline.relevant).toBe(true)
    // Nationals of the two, not the states: still no one acting for either side.
    const tourists = classify(item("", "Indian and Italian tourists were injured in a bus crash near the border."))
    expect(tourists.relevant).toBe(false)
  })
  it("reads a host receiving 'his Italian counterpart' as a meeting", () => {
    const hosted = classify(
      item("", "Prime Minister Narendra Modi hosted his Italian counterpart Giorgia Meloni at Hyderabad House.")
    )
    expect(hosted.eventType).toBe("leader_meeting")
    const received = classify(
      item("", "External Affairs Minister S Jaishankar received his Italian counterpart Antonio Tajani in New Delhi.")
    )
    expect(received.eventType).toBe("ministerial_dialogue")
  })
  it("reads a sum invested with its currency left unsaid ('will invest 40 million in') as an investment", () => {
    const invest = classify(
      item("", "The Indian group JSW will invest 40 million in the Italian steelworks at Piombino, it said on Monday.")
    )
    expect(invest.eventType).toBe("trade_investment_figure")
  })
  it("reads a meeting in the present 'this evening' or 'stasera' as still to come, and one that 'met' as done", () => {
    const tonight = classify(
      item("", "Foreign Minister Antonio Tajani meets Indian Foreign Minister S. Jaishankar this evening in Rome.")
    )
    expect(tonight.status).toBe("announced")
    const met = classify(
      item("", "Foreign Minister Antonio Tajani met Indian Foreign Minister S. Jaishankar this evening in Rome.")
    )
    expect(met.status).toBe("happened")
    const stasera = classify(
      italianItem(
        "Il ministro Antonio Tajani incontra stasera a Villa Madama il ministro degli Esteri indiano Jaishankar."
      )
    )
    expect(stasera.status).toBe("announced")
  })
  it("reads a warship that 'called at Mumbai' or a 'call at an Indian port' as a port call", () => {
    const called = classify(
      item("", "The Italian Navy frigate ITS Antonio Marceglia called at Mumbai on Tuesday, the Indian Navy said.")
    )
    expect(called.eventType).toBe("military_exercise")
    const call = classify(
      item(
        "",
        "The Italian Navy training ship Amerigo Vespucci departed Mumbai. This marked its first-ever call at an " +
          "Indian port."
      )
    )
    expect(call.eventType).toBe("military_exercise")
  })
  it("reads a company that 'landed', 'clinched' or 'secured' a cooperation agreement as having signed it", () => {
    for (const verb of ["landed", "clinched", "secured"]) {
      const deal = classify(
        item("", `Italian shipbuilder Fincantieri has ${verb} a cooperation agreement with India's Cochin Shipyard.`)
      )
      expect(deal.eventType).toBe("agreement_signed")
    }
  })
  it("reads a forum named for the pair and a minister's session with chief executives as a business event", () => {
    const forum = classify(
      item("", "Ministers from India and Italy attended the India-Italy Forum organised by FICCI in New Delhi.")
    )
    expect(forum.eventType).toBe("business_forum")
    const session = classify(
      item("", "Piyush Goyal addressed the CEOs Business Interactive session in Rome with Italy's Antonio Tajani.")
    )
    expect(session.eventType).toBe("business_forum")
  })
  it("reads hosting a leader 'for talks' as a meeting", () => {
    const hosted = classify(
      item("", "Prime Minister Narendra Modi hosted Italian Prime Minister Giorgia Meloni for talks in New Delhi.")
    )
    expect(hosted.eventType).toBe("leader_meeting")
  })
  it("reads Italy's highest court by its Italian name ('the Cassazione') as Italy's", () => {
    const ruling = classify(
      item(
        "",
        "The Cassazione on Monday rejected a request to extradite a Sikh man to India, citing the risk of torture."
      )
    )
    expect(ruling.relevant).toBe(true)
    expect(ruling.eventType).toBe("legal_dispute")
  })
  it("reads an envoy who 'left for home' after being 'recalled for consultations' as a recall, no trip or talks", () => {
    const recall = classify(
      item(
        "",
        "After the Supreme Court refused the pleas of the two Italian marines, accused of killing two Indian fishermen " +
          "off Kerala, Italian Ambassador Daniele Mancini left for home on Saturday after being recalled for consultations."
      )
    )
    expect(recall.eventType).toBe("legal_dispute")
  })
  it("reads a cabinet's approval of 'the signing of' an agreement as a signing still to come", () => {
    const approval = classify(
      item(
        "",
        "The Union Cabinet approved the signing of an MoU between India and Italy on cooperation in agriculture."
      )
    )
    expect(approval.eventType).toBe("agreement_signed")
    expect(approval.status).toBe("announced")
  })
  it("dates a deed by the report, not by the end of what follows it ('delivery by the end of 2010')", () => {
    const order = classify({
      ...item(
        "",
        "Italian shipbuilder Fincantieri has received an order for a fleet tanker from the Indian Navy. The vessel " +
          "will be readied for delivery by the end of 2010."
      ),
      published: "2008-11-03"
    })
    expect(order.status).toBe("happened")
    expect(order.occurredOn).toBe("2008-11-03")
    const stay = classify(
      italianItem(
        "L'ambasciatore d'Italia ha accolto il pattugliatore Morosini della Marina militare al suo arrivo al porto di " +
          "Mumbai. La visita della nave si concluderà il 13 agosto.",
        "2023-08-11"
      )
    )
    expect(stay.status).toBe("happened")
    expect(stay.occurredOn).toBe("2023-08-11")
  })
  it("reads a company that 'reached' or 'struck' an agreement as having concluded it", () => {
    const reached = classify(
      item("", "Italy's Enel reached an agreement with India's Adani group for solar energy projects in India.")
    )
    expect(reached.eventType).toBe("agreement_signed")
  })
  it("reads exercises an agreement 'provides for' as its content, and 'the navies of India and Italy' as the two", () => {
    const agreement = classify(
      item("", "India and Italy signed a defence agreement that provides for joint exercises.")
    )
    expect(agreement.eventType).toBe("agreement_signed")
    const navies = classify(item("", "The navies of India and Italy held joint exercises in the Arabian Sea."))
    expect(navies.relevant).toBe(true)
    expect(navies.eventType).toBe("military_exercise")
  })
  it("reads India's Union Cabinet and houses of Parliament by name as India", () => {
    const cabinet = classify(item("", "The Union Cabinet cleared an MoU with Italy on cooperation in agriculture."))
    expect(cabinet.relevant).toBe(true)
    expect(cabinet.actors.map((actor) => actor.name)).toContain("Union Cabinet")
    const speaker = classify(item("", "The Lok Sabha Speaker met an Italian parliamentary delegation."))
    expect(speaker.relevant).toBe(true)
  })
  it("reads a state barring or freeing a defence supplier ('blacklisted Leonardo', 'cancels all orders') as defence", () => {
    for (const text of ["India has blacklisted Leonardo.", "India cancels all orders of Leonardo."]) {
      const ban = classify(item("", text))
      expect(ban.relevant).toBe(true)
      expect(ban.eventType).toBe("defence_industry")
    }
    // Not a ban on goods of no defence maker.
    expect(classify(item("", "India lifted its ban on Italian pasta imports.")).eventType).not.toBe("defence_industry")
  })
  it("reads a plan someone speaks of as what they said, and counterparts who 'convened' or 'agreed' as having met", () => {
    const remark = classify(
      item(
        "",
        "Italian Minister Adolfo Urso on Saturday said the five-year strategic action plan unveiled by Prime Minister " +
          "Narendra Modi and Giorgia Meloni will lead to improved ties between the two nations."
      )
    )
    expect(remark.eventType).toBe("statement_remark")
    const convened = classify(
      item(
        "",
        "Prime Minister Narendra Modi and Italy's Foreign Minister Antonio Tajani convened in New Delhi on Wednesday."
      )
    )
    expect(convened.eventType).toBe("ministerial_dialogue")
    const agreed = classify(
      item(
        "",
        "Prime Minister Narendra Modi and his Italian counterpart Giorgia Meloni on Thursday agreed to expand " +
          "cooperation in renewable energy."
      )
    )
    expect(agreed.eventType).toBe("leader_meeting")
  })
  it("reads a signing denied ('have not signed any treaty') as no signing, and one 'not yet signed' as to come", () => {
    const denied = classify(
      item("", "Italy and India have not signed any treaty on criminal matters, the minister said.")
    )
    expect(denied.eventType).not.toBe("agreement_signed")
    const pending = classify(
      item("", "India and Italy have not yet signed the migration and mobility agreement, officials said.")
    )
    expect(pending.eventType).toBe("agreement_signed")
    expect(pending.status).toBe("announced")
  })
  it("reads a fair a sentence opens on ('On the occasion of EIMA, the fair in Bologna, …') as the meeting's setting", () => {
    const meeting = classify(
      item(
        "",
        "On the occasion of EIMA, the international agricultural machinery exhibition in Bologna, the Emilia-Romagna " +
          "Region met the institutional delegation of the Indian state of Punjab."
      )
    )
    expect(meeting.eventType).toBe("ministerial_dialogue")
    expect(meeting.eventTypes).toContain("business_forum")
  })
  it("reads a year in a clause recalling how a party came there ('which it bought in 2007') as no date of the news", () => {
    const sale = classify({
      ...item(
        "",
        "Turin-based Lavazza said it had decided to sell Barista, which it bought in 2007, to an Indian group."
      ),
      published: "2024-05-10"
    })
    expect(sale.relevant).toBe(true)
    expect(sale.status).toBe("happened")
    expect(sale.occurredOn).toBe("2024-05-10")
  })
  it("reads a day that opens a sentence told in the future ('On 20 February a delegation will meet…') as to come", () => {
    const meeting = classify({
      ...item("", "On 20 February a delegation of the Indian Embassy will meet the Italian companies of the district."),
      published: "2025-02-10"
    })
    expect(meeting.status).toBe("announced")
    expect(meeting.occurredOn).toBe("2025-02-20")
    // Reported speech ("would") tells a past plan: the day stays in the past.
    const reported = classify({
      ...item(
        "",
        "On 20 February the Indian Embassy said a delegation would meet the Italian companies of the district."
      ),
      published: "2025-03-10"
    })
    expect(reported.status).not.toBe("announced")
  })
  it("reads a conference named a dialogue, or the Group of 20 written out, as a gathering the host only houses", () => {
    for (const text of [
      "Addressing the 10th edition of the Rome Mediterranean Dialogue, External Affairs Minister S Jaishankar said in " +
        "Rome that India's ties with the Gulf were growing.",
      "External Affairs Minister S Jaishankar is set to participate in the Group of 20 (G20) Foreign Ministers' meet " +
        "in Italy."
    ])
      expect(classify(item("", text)).relevant).toBe(false)
  })
  it("reads shares offloaded ('will offload 27.73 lakh shares') as a stake sale", () => {
    const sale = classify(
      item(
        "",
        "Italy's FILA will offload 27.73 lakh shares of Indian pencil maker Doms Industries, worth Rs 800 crore."
      )
    )
    expect(sale.eventType).toBe("trade_investment_figure")
    expect(sale.status).toBe("announced")
  })
  it("reads a firm's 'latest results' or word to its analysts on the other country as a market, no development", () => {
    const results = classify(
      item(
        "",
        "Italian automaker Piaggio has indicated in its latest results that India continues to be a stable market " +
          "for its two-wheeler operations. Its chief executive told analysts that margins in India are growing."
      )
    )
    expect(results.relevant).toBe(false)
  })
  it("reads tie-ups a government wants to promote as none made yet", () => {
    const aim = classify(
      item("", "India is looking to promote domestic pharma companies' tie-ups with bulk drug makers in Italy.")
    )
    expect(aim.eventType).not.toBe("agreement_signed")
    expect(classify(item("", "Sun Pharma has announced tie-ups with Italian drug makers.")).eventType).toBe(
      "agreement_signed"
    )
  })
})

describe("the sixteenth round's English readings", () => {
  it("reads a meeting told in a clause after what came of it as done, though the outcome is to come", () => {
    // Published Wednesday 2025-06-11: the Friday of the meeting is the last one.
    const decided = classify(
      item(
        "",
        "India and Italy will develop partnerships in green hydrogen and biofuels, a decision taken after External " +
          "Affairs Minister S Jaishankar met his visiting Italian counterpart Luigi Di Maio on Friday."
      )
    )
    expect(decided.status).toBe("happened")
    expect(decided.occurredOn).toBe("2025-06-06")
    // A meeting still ahead in the same shape stays ahead.
    const ahead = classify(
      item(
        "",
        "Jaishankar will meet his Italian counterpart Luigi Di Maio on Friday, after the G7 summit ends in Rome."
      )
    )
    expect(ahead.status).toBe("announced")
  })

  it("reads a partnership that becomes strategic, or is launched or sealed as one, as the upgrade", () => {
    for (const text of [
      "India and Italy become strategic partners as Meloni meets Modi in New Delhi.",
      "Meloni and Modi launched a strategic partnership between Italy and India in New Delhi."
    ])
      expect(classify(item("", text)).eventType, text).toBe("partnership_upgrade")
    for (const text of [
      "Italia e India sono da oggi partner strategici: lo hanno annunciato Meloni e Modi a Nuova Delhi.",
      "Il rapporto tra Italia e India diventa strategico: Meloni e Modi a Nuova Delhi.",
      "Meloni e Modi suggellano il partenariato strategico tra Italia e India."
    ])
      expect(classify(italianItem(text)).eventType, text).toBe("partnership_upgrade")
  })

  it("reads a leader there for 'this year's' summit as the summit's guest, not a visit", () => {
    const trip = classify(
      item(
        "",
        "Prime Minister Narendra Modi will travel to Italy next week to attend this year's G7 Summit in Apulia, " +
          "hosted by Giorgia Meloni."
      )
    )
    expect(trip.relevant).toBe(false)
  })

  it("reads a networking event and a buyer-seller meet as business events", () => {
    for (const text of [
      "The Italian Trade Agency organised a buyer-seller meet in New Delhi for Italian machinery makers and Indian " +
        "importers.",
      "The Consulate General of Italy in Mumbai hosted a networking event for Italian and Indian food companies."
    ])
      expect(classify(item("", text)).eventType, text).toBe("business_forum")
  })

  it("reads health and energy wished to a person as no sector, and a pact on them as both", () => {
    const wishes = classify(
      item(
        "",
        "Prime Minister Modi wished Giorgia Meloni good health and energy on her birthday, hailing India-Italy ties " +
          "and her positive energy."
      )
    )
    expect(wishes.sectors).not.toContain("health")
    expect(wishes.sectors).not.toContain("energy_climate")
    expect(classify(item("", "India and Italy signed an MoU on health and energy cooperation.")).sectors).toEqual(
      expect.arrayContaining(["health", "energy_climate"])
    )
  })

  it("reads an arrival with its time between verb and place as the visit, in both languages", () => {
    const english = classify(item("", "Italian Foreign Minister Antonio Tajani arrived yesterday in New Delhi."))
    expect(english.eventType).toBe("official_visit")
    expect(english.occurredOn).toBe("2025-06-10")
    const italian = classify(italianItem("Il ministro degli Esteri Antonio Tajani è arrivato ieri a Nuova Delhi."))
    expect(italian.eventType).toBe("official_visit")
    expect(italian.occurredOn).toBe("2025-06-10")
  })

  it("reads the bloc's deal in an Italian headline joining 'Ue e India' as the bloc's, not the pair's", () => {
    const deal = classify({
      ...italianItem("Il ministro Lollobrigida ha detto che l'accordo aprirà il mercato indiano ai vini italiani."),
      title: "Accordo UE e India, Lollobrigida: vantaggi per il vino italiano"
    })
    expect(deal.relevant).toBe(false)
  })

  it("reads a venture or a mission that 'vedrà' a presence as no talks", () => {
    const venture = classify(
      italianItem(
        "Il ministro Urso ha annunciato a Nuova Delhi una joint venture tra l'italiana Carraro e l'indiana Bhavani, " +
          "che vedrà la presenza del gruppo Carraro con una quota del 49%."
      )
    )
    expect(venture.eventTypes).not.toContain("ministerial_dialogue")
    const talks = classify(italianItem("Il ministro Tajani vedrà domani a Nuova Delhi il ministro Jaishankar."))
    expect(talks.eventType).toBe("ministerial_dialogue")
  })

  it("reads the side's adjective inside the defence industry's name and a ship 'giunta nel porto' in Italian", () => {
    const industry = classify(
      italianItem("L'industria italiana della difesa guarda all'India e alla Marina indiana per nuove commesse.")
    )
    expect(industry.eventType).toBe("defence_industry")
    const ship = classify(
      italianItem(
        "Cerimonia a bordo della nave scuola della Marina Militare Amerigo Vespucci, giunta nel porto di Mumbai, con " +
          "le autorità indiane e l'ambasciatore d'Italia."
      )
    )
    expect(ship.eventType).toBe("military_exercise")
  })

  it("reads the two's trade as it stands, told after a lead that reports a meeting or a visit, as its backdrop", () => {
    const meeting = classify(
      item(
        "",
        "Italian Foreign Minister Antonio Tajani, on a visit to New Delhi, met Commerce Minister Piyush Goyal on " +
          "Monday and discussed cooperation in clean energy. Bilateral trade reached 14 billion euros last year."
      )
    )
    expect(meeting.eventType).toBe("ministerial_dialogue")
    expect(meeting.eventTypes).toContain("trade_investment_figure")
    // Trade that moved is news of its own.
    const moved = classify(
      item(
        "",
        "Italian Foreign Minister Antonio Tajani met Commerce Minister Piyush Goyal on Monday. Bilateral trade rose " +
          "by 20 per cent to a record 14 billion euros last year, the highest ever, and Italian exports to India doubled."
      )
    )
    expect(moved.eventTypes).toContain("trade_investment_figure")
  })

  it("reads an occasion ahead that a sentence opens on as what the news prepares for, not its date or status", () => {
    const event = classify(
      italianItem(
        "In vista della Giornata italiana dello Spazio, che si celebra il 16 dicembre, l'Ambasciata d'Italia a " +
          "Nuova Delhi ha organizzato un incontro online tra l'Agenzia Spaziale Italiana e l'Isro.",
        "2021-12-15"
      )
    )
    expect(event.status).toBe("happened")
    expect(event.occurredOn).toBe("2021-12-15")
    const ship = classify(
      italianItem(
        "In vista della visita del premier prevista il mese prossimo, l'ambasciatore d'Italia ha accolto il " +
          "pattugliatore Morosini al suo arrivo al porto di Mumbai.",
        "2023-08-11"
      )
    )
    expect(ship.eventType).toBe("military_exercise")
    expect(ship.status).toBe("happened")
  })

  it("reads the traveller's next leg, after a lead of talks held, as the rest of the trip, not the news", () => {
    const talks = classify(
      item(
        "",
        "Italian Foreign Minister Antonio Tajani held talks with External Affairs Minister S Jaishankar in New Delhi " +
          "on Wednesday and reviewed cooperation in trade and defence. Tajani will travel to Mumbai on Thursday to " +
          "attend a business forum."
      )
    )
    expect(talks.eventType).toBe("ministerial_dialogue")
    expect(talks.status).toBe("happened")
    expect(talks.occurredOn).toBe("2025-06-11")
  })

  it("reads companies that teamed up, partnered or entered into a collaboration as concluding a deal", () => {
    for (const text of [
      "Italian electric motor component maker EuroGroup Laminations has entered into a technical collaboration with " +
        "India's Kumar Precision Stampings to make stators and rotors for electric vehicles in India.",
      "Italian electric motor component maker EuroGroup Laminations has teamed up with India's Kumar Precision " +
        "Stampings to make stators and rotors for electric vehicles in India."
    ])
      expect(classify(item("", text)).eventType, text).toBe("agreement_signed")
  })

  it("reads calling on someone to do something as urging, not a call paid", () => {
    const urged = classify(
      item(
        "",
        "India's embassy in Rome sought a full inquiry into the death of an Indian farm worker. Italian Prime " +
          "Minister Giorgia Meloni called on employers to respect the law."
      )
    )
    expect(urged.eventTypes).not.toContain("leader_meeting")
    const paid = classify(
      item("", "Italian Prime Minister Giorgia Meloni called on President Droupadi Murmu in Delhi.")
    )
    expect(paid.eventType).toBe("leader_meeting")
  })

  it("reads 'the first Prime Minister to visit' as a record of a visit made, not a plan", () => {
    const record = classify(
      item(
        "",
        "Prime Minister Narendra Modi welcomed Giorgia Meloni in New Delhi on Thursday. Meloni is the first Italian " +
          "Prime Minister to visit India in almost five years."
      )
    )
    expect(record.status).toBe("happened")
  })

  it("reads a pact the two are 'to forge', 'to ink' or 'poised to formalise' as still to come", () => {
    for (const [title, text] of [
      [
        "Italy and India to forge closer defence ties with key MoU",
        "The Italian Ambassador said the two countries are working on the agreement."
      ],
      ["India, Italy to ink defence pact", "The Italian Ambassador said the two countries are working on the text."]
    ] as const)
      expect(classify(item(title, text)).status, title).toBe("announced")
  })

  it("reads an Italian signing denied, a headline's 'alla corte di' and naval supply ships as the press means them", () => {
    const notYet = classify(
      italianItem("India e Italia non hanno ancora firmato il memorandum sulla difesa, ha detto il ministro Crosetto.")
    )
    expect(notYet.status).toBe("announced")
    const courting = classify(
      italianItem("Meloni alla corte di Modi: accordi su difesa ed energia firmati a Nuova Delhi.")
    )
    expect(courting.eventTypes).not.toContain("legal_dispute")
    const ships = classify(italianItem("Fincantieri venderà due navi rifornitrici all'India."))
    expect(ships.sectors).toContain("defence")
    expect(classify(item("", "Fincantieri will sell two fleet support ships to India.")).sectors).toContain("defence")
  })

  it("reads an Italian takeover in hearsay as reported done, and one 'sul punto di' as to come", () => {
    const done = classify(
      italianItem("L'indiana Motherson avrebbe acquisito l'italiana Marelli per 2 miliardi di euro.")
    )
    expect(done.eventType).toBe("trade_investment_figure")
    expect(done.status).toBe("happened")
    const toCome = classify(italianItem("L'indiana Motherson sarebbe sul punto di acquisire l'italiana Marelli."))
    expect(toCome.status).toBe("announced")
  })

  it("reads an Italian fair's area someone runs and a country's reach abroad as no space and no film", () => {
    const fair = classify(
      italianItem(
        "Alla fiera alimentare di Mumbai le aziende italiane sono ospitate nello spazio curato dall'Agenzia ICE."
      )
    )
    expect(fair.sectors).not.toContain("space")
    const reach = classify(
      italianItem(
        "Tajani ha incontrato Jaishankar a Nuova Delhi e ha parlato della proiezione internazionale dell'India."
      )
    )
    expect(reach.sectors).not.toContain("culture_tourism")
  })

  it("reads Italian 'i corti' as short films and 'le corti' as courts", () => {
    const films = classify(
      italianItem(
        "Al festival di Firenze saranno proiettati i corti di giovani registi indiani, con l'ambasciatore d'Italia."
      )
    )
    expect(films.eventTypes).not.toContain("legal_dispute")
    const courts = classify(italianItem("Le corti indiane hanno respinto il ricorso dell'Italia sui marò."))
    expect(courts.eventType).toBe("legal_dispute")
  })

  it("reads Italian words of blame ('ha criticato', 'ha deplorato', 'ha definito inaccettabile') as remarks", () => {
    const blame = classify(
      italianItem("Il ministro degli Esteri Antonio Tajani ha criticato la decisione dell'India sul caso dei marò.")
    )
    expect(blame.eventType).toBe("statement_remark")
  })

  it("reads a recall or a summons threatened or weighed as still to come", () => {
    for (const text of [
      "Italy may recall its ambassador to India over the marines case, a government source said.",
      "Italy is considering recalling its ambassador from New Delhi over the marines case."
    ])
      expect(classify(item("", text)).status, text).toBe("announced")
  })

  it("reads Italian 'si è trattato di', 'è stato trattato' as no treaty", () => {
    const death = classify(
      italianItem("Un turista italiano è morto a Nuova Delhi. Secondo la polizia si è trattato di un omicidio.")
    )
    expect(death.relevant).toBe(false)
    const treaty = classify(italianItem("Italia e India hanno firmato un trattato di estradizione."))
    expect(treaty.eventType).toBe("agreement_signed")
  })

  it("reads 'la Regione Marche' as Italy's region, and 'le marche italiane' as brands", () => {
    const mission = classify(
      italianItem("Si è chiusa con successo la missione in India della Regione Marche, guidata dal presidente.")
    )
    expect(mission.relevant).toBe(true)
    expect(mission.eventType).toBe("official_visit")
  })

  it("reads room made for something as no space sector, and a space agreement as one", () => {
    const room = classify(
      item(
        "",
        "The Italian consul general helped create a space inside the Tagore house-museum in Kolkata for Italian " +
          "art, with the Indian culture ministry."
      )
    )
    expect(room.sectors).not.toContain("space")
    expect(classify(item("", "India and Italy signed a space cooperation agreement in Rome.")).sectors).toContain(
      "space"
    )
  })

  it("reads Air India's code as the airline's name, not artificial intelligence", () => {
    const flights = classify(
      item(
        "",
        "Air India (AI) will launch nonstop flights between Delhi and Milan, and AI will fly three times a week with a " +
          "codeshare with ITA Airways, the Italian carrier said."
      )
    )
    expect(flights.sectors).not.toContain("technology_ai")
    expect(classify(item("", "India and Italy agreed to cooperate on AI and quantum technologies.")).sectors).toContain(
      "technology_ai"
    )
  })

  it("reads an Italian summit host's welcome to the leaders as a group as no meeting of two", () => {
    const welcome = classify(
      italianItem(
        "Il premier Modi ha ricevuto i capi di Stato e di governo, tra cui Giorgia Meloni, al Bharat Mandapam per il G20."
      )
    )
    expect(welcome.eventTypes).not.toContain("leader_meeting")
  })

  it("reads an Italian festival's 'incontri' and one body's 'piano d'azione' as no meeting and no joint plan", () => {
    const festival = classify(
      italianItem(
        "Al River to River di Firenze, sostenuto dall'ambasciata indiana e dalla Regione Toscana, sei giorni di film, " +
          "ospiti e incontri tematici."
      )
    )
    expect(festival.eventTypes).not.toContain("ministerial_dialogue")
    const plan = classify(
      italianItem(
        "Il console generale d'Italia a Mumbai ha presentato un piano d'azione a 360 gradi per la cultura italiana in " +
          "India."
      )
    )
    expect(plan.eventTypes).not.toContain("joint_statement")
  })

  it("reads a leader who attended, took part in or spoke at the other country's summit as its guest", () => {
    for (const text of [
      "Prime Minister Narendra Modi took part in the G7 summit in Apulia, Italy, hosted by Giorgia Meloni.",
      "Speaking at an outreach session of the G7 summit in Apulia, Italy, Prime Minister Narendra Modi called for a " +
        "human-centric approach to AI."
    ])
      expect(classify(item("PM Modi attended G7 Outreach Summit in Italy", text)).relevant, text).toBe(false)
  })

  it("reads an Italian meeting denied ('non ha incontrato') as no meeting", () => {
    const denied = classify(
      italianItem("Il ministro Tajani non ha incontrato Jaishankar a Nuova Delhi, nonostante le richieste.")
    )
    expect(denied.eventTypes).not.toContain("ministerial_dialogue")
  })

  it("reads a fair named for its goods as a business event, and goods' exports as the exporter's trade", () => {
    const fair = classify(
      item(
        "",
        "Italy's biggest furniture fair held a presentation for Indian buyers in Mumbai, with the Italian Trade Agency."
      )
    )
    expect(fair.eventType).toBe("business_forum")
    const wine = classify(
      item("", "Italian wine exports to India rose 30% to 40 million euros in 2024, ISTAT data showed.")
    )
    expect(wine.relevant).toBe(true)
    expect(wine.eventType).toBe("trade_investment_figure")
    const cuisine = classify(
      item("", "Italian cuisine is popular in India, and Italian restaurants are opening in Mumbai.")
    )
    expect(cuisine.relevant).toBe(false)
  })

  it("reads defence a deal leaves out ('excluding its defence business', 'non-defence') as no defence", () => {
    const deal = classify(
      item(
        "",
        "Tata Motors will acquire Iveco, excluding its defence business, for 3.8 billion euros, the companies said."
      )
    )
    expect(deal.eventType).toBe("trade_investment_figure")
    expect(deal.sectors).not.toContain("defence")
    expect(classify(item("", "Leonardo and Adani signed a defence pact.")).sectors).toContain("defence")
  })

  it("reads a round-up's other items ('In other decisions, …') as lending no sector or amount", () => {
    const cabinet = classify(
      item(
        "",
        "The Union Cabinet approved the signing of an agreement on migration and mobility between India and Italy.\n\n" +
          "In other decisions, the Cabinet approved road projects in Bihar and Tripura worth Rs 2,486 crore to improve " +
          "connectivity."
      )
    )
    expect(cabinet.sectors).toEqual(["migration_mobility"])
    expect(cabinet.amounts ?? []).toEqual([])
  })

  it("reads when a framework began ('the Partnership launched in March') as no date of the news", () => {
    for (const report of [
      item(
        "",
        "Meloni spoke to Modi by phone on Thursday. In the context of the Strategic Partnership launched in March, the " +
          "two leaders discussed the energy transition, space and defence."
      ),
      italianItem(
        "La premier Meloni ha sentito oggi il primo ministro Modi. Nel contesto del Partenariato Strategico avviato a " +
          "inizio marzo, i due Capi di Governo hanno discusso di transizione energetica, spazio e difesa."
      )
    ])
      expect(classify({ ...report, published: "2023-06-15" }).sectors).toEqual(
        expect.arrayContaining(["energy_climate", "space", "defence"])
      )
  })

  it("reads a hearing adjourned to a later date as an adjournment done, not dated by that date", () => {
    for (const report of [
      item("", "India's Supreme Court adjourned the hearing on the Italian marines case to July 2019."),
      italianItem("La Corte suprema indiana ha rinviato al luglio 2019 l'udienza sui marò, chiesta dall'Italia.")
    ]) {
      const adjourned = classify({ ...report, published: "2018-11-20" })
      expect(adjourned.status).toBe("happened")
      expect(adjourned.occurredOn).toBe("2018-11-20")
    }
  })

  it("reads an Italian work 'firmato dal' its author as written, not signed", () => {
    const film = classify(
      italianItem(
        "Al River to River di Firenze il thriller indiano firmato dal cineasta Anurag Kashyap ha vinto il premio del " +
          "pubblico, con l'ambasciatore d'Italia."
      )
    )
    expect(film.eventTypes).not.toContain("agreement_signed")
    const pact = classify(italianItem("Il memorandum tra Italia e India è stato firmato dai due ministri a Roma."))
    expect(pact.eventType).toBe("agreement_signed")
  })

  it("reads an Italian education fair or book fair as no trade fair", () => {
    const fair = classify(
      italianItem(
        "Trenta università italiane partecipano alla fiera dell'istruzione superiore di Nuova Delhi, con l'ambasciata " +
          "d'Italia e il ministero dell'Istruzione indiano."
      )
    )
    expect(fair.sectors).not.toContain("trade")
    expect(fair.eventType).not.toBe("business_forum")
  })

  it("knows the Italian trade agency by its former name and its local office", () => {
    const seminar = classify(
      item(
        "",
        "The Italian Institute for Foreign Trade organised a seminar on Italian machinery for Indian manufacturers in " +
          "Chennai."
      )
    )
    expect(seminar.actors.map((actor) => actor.name)).toContain("Italian Trade Agency")
  })

  it("reads event guards, a state's interests, the Security Council and energy security as no counter-terrorism", () => {
    const guards = classify(item("", "Local security personnel guarded the venue as Meloni met Modi in New Delhi."))
    expect(guards.sectors).not.toContain("security_counterterrorism")
    const energy = classify(item("", "Meloni and Modi discussed energy security and green hydrogen in New Delhi."))
    expect(energy.sectors).not.toContain("security_counterterrorism")
    const cooperation = classify(
      item("", "India and Italy agreed to deepen security cooperation and counter-terrorism ties.")
    )
    expect(cooperation.sectors).toContain("security_counterterrorism")
  })

  it("reads a joint statement's 'respect for international law' as no legal sector", () => {
    const statement = classify(
      item(
        "",
        "India and Italy reaffirmed their commitment to a rules-based order and respect for international law, and " +
          "signed an MoU on renewable energy."
      )
    )
    expect(statement.sectors).not.toContain("legal_justice")
  })

  it("reads an exhibition put on for culture as no business event", () => {
    const show = classify(
      item(
        "",
        "The Italian Consulate and the Indian Council for Cultural Relations opened an exhibition on Italian design " +
          "in Mumbai."
      )
    )
    expect(show.eventType).toBe("other_bilateral")
  })
})
