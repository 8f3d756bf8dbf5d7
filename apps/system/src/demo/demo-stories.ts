/**
 * The demo's wire items: written for this project in its own words from the public facts of the
 * developments the product was conceived from (the original reports stay in ../shared). Two
 * outlets cover partly the same developments, so the demo shows one alert per development with
 * follow-ups as thread replies, and two reports that are not about India–Italy at all. Wire B is
 * bilingual, as Agenzia Nova and ANSA are: it also carries, in Italian and in the manner of an
 * Italian agency, the report of Meloni's 2023 visit that Wire A has in English (the same public
 * facts, written for this project too). Its feed declares no language, so the classifier detects it.
 */
export interface DemoStory {
  readonly guid: string
  readonly title: string
  readonly body: string
  /** ISO date-time of publication; the development's date is resolved against it. */
  readonly published: string
  readonly link: string
}

export interface DemoFeed {
  readonly name: string
  readonly path: string
  readonly stories: ReadonlyArray<DemoStory>
}

export const demoFeeds: ReadonlyArray<DemoFeed> = [
  {
    name: "Demo Wire A",
    path: "/wire-a.xml",
    stories: [
      {
        guid: "wire-a-2023-0302-meloni-delhi",
        title: "India, Italy sign defence pact as Meloni makes first visit to New Delhi",
        published: "2023-03-02T15:10:00Z",
        link: "https://wire-a.example/2023/03/02/meloni-delhi-defence-pact",
        body: [
          "New Delhi, March 2: India and Italy on Thursday signed a memorandum of understanding on defence " +
            "cooperation during the official visit of Italian Prime Minister Giorgia Meloni to New Delhi, and " +
            "raised their ties to a strategic partnership.",
          "The two governments also signed a declaration of intent on migration and mobility. Foreign " +
            "Secretary Vinay Kwatra told reporters that defence firms of both countries can now pursue joint " +
            "production and design.",
          "Bilateral trade stands at about $15 billion, Kwatra said. Commerce and Industry Minister Piyush " +
            "Goyal will chair a CEO roundtable with his Italian counterpart."
        ].join("\n\n")
      },
      {
        guid: "wire-a-2026-0227-rome-seminar",
        title: "India-Italy defence industry seminar held in Rome",
        published: "2026-02-27T18:30:00Z",
        link: "https://wire-a.example/2026/02/27/rome-defence-industry-seminar",
        body: [
          "Rome, Feb 27: Defence Production Secretary Sanjeev Kumar met General Luciano Portolano, Chief of " +
            "the Italian Defence Staff, on Friday and both sides agreed to raise industrial collaboration in " +
            "defence.",
          "Kumar addressed the India-Italy Defence Industry Seminar, where defence public sector units, " +
            "companies and start-ups from both countries took part under the banner of SIDM and AIAD, with B2B " +
            "and B2G meetings on co-production and supply chains.",
          "On Thursday he held talks with Under Secretary of State for Defence Matteo Perego di Cremnago and " +
            "National Armaments Director Admiral Giacinto Ottaviani."
        ].join("\n\n")
      },
      {
        guid: "wire-a-2026-0520-special-strategic",
        title: "India and Italy elevate ties to Special Strategic Partnership, eye €20 billion trade by 2029",
        published: "2026-05-20T16:00:00Z",
        link: "https://wire-a.example/2026/05/20/special-strategic-partnership?utm_source=rss&utm_medium=feed",
        body: [
          "Rome, May 20: Prime Minister Narendra Modi and Prime Minister Giorgia Meloni on Wednesday upgraded " +
            "India-Italy relations to a Special Strategic Partnership after talks in Rome.",
          "In a joint statement, the leaders set a target of €20 billion in bilateral trade by 2029 and agreed " +
            "to widen cooperation in defence, artificial intelligence, critical minerals, maritime security in " +
            "the Indo-Pacific and countering the financing of terrorism.",
          "More than 800 Italian companies operate in India, officials said."
        ].join("\n\n")
      },
      {
        guid: "wire-a-2026-0414-fincantieri-cochin",
        title: "Fincantieri and Cochin Shipyard team up to build vessels in India",
        published: "2026-04-14T11:00:00Z",
        link: "https://wire-a.example/2026/04/14/fincantieri-cochin-shipyard",
        body: [
          "Kochi, Apr 14: Italian shipbuilder Fincantieri and Cochin Shipyard on Tuesday signed a memorandum " +
            "of understanding to design and build naval and commercial vessels together in India, the " +
            "companies said.",
          "The agreement, signed in Kochi in the presence of Indian and Italian officials, covers technology " +
            "transfer for cruise ships and naval auxiliaries and joint bids for Indian Navy programmes."
        ].join("\n\n")
      },
      {
        guid: "wire-a-sport-hockey",
        title: "India beat Italy 5-1 in women's hockey qualifier",
        published: "2026-05-19T12:00:00Z",
        link: "https://wire-a.example/sport/hockey-india-italy",
        body:
          "India's women's hockey team beat Italy 5-1 on Tuesday to reach the semi-finals of the " +
          "qualifying tournament, with two goals from the captain in the second quarter."
      }
    ]
  },
  {
    name: "Demo Wire B",
    path: "/wire-b.rss",
    stories: [
      {
        guid: "wire-b-2026-0520-rome-upgrade",
        title: "Modi, Meloni raise India-Italy ties to 'Special Strategic Partnership'",
        published: "2026-05-20T17:45:00Z",
        link: "https://wire-b.example/world/modi-meloni-special-strategic-partnership",
        body: [
          "ROME (May 20) - India and Italy on Wednesday elevated their relationship to a Special Strategic " +
            "Partnership as Narendra Modi held talks with Giorgia Meloni in the Italian capital.",
          "The two sides aim for bilateral trade of 20 billion euros by 2029, the joint statement said, and " +
            "will expand defence and technology cooperation."
        ].join("\n\n")
      },
      {
        guid: "wire-b-2026-0227-defence-secretary-rome",
        title: "Defence Production Secretary in Rome for industry talks with Italy",
        published: "2026-02-27T20:05:00Z",
        link: "https://wire-b.example/defence/secretary-rome-industry-talks",
        body:
          "Rome, Feb 27: Sanjeev Kumar, India's Defence Production Secretary, opened the India-Italy " +
          "Defence Industry Seminar in Rome on Friday after meeting Italian defence chief General Luciano " +
          "Portolano; Indian and Italian defence makers held B2B meetings on joint production."
      },
      {
        guid: "wire-b-2024-1118-rio-action-plan",
        title: "India, Italy adopt Joint Strategic Action Plan 2025-29 at G20 in Rio",
        published: "2024-11-19T06:30:00Z",
        link: "https://wire-b.example/diplomacy/rio-joint-strategic-action-plan",
        body: [
          "Rio de Janeiro, Nov 19: Prime Minister Narendra Modi and Italian Prime Minister Giorgia Meloni met " +
            "on Monday on the sidelines of the G20 summit and announced a Joint Strategic Action Plan for " +
            "2025-29.",
          "The plan covers a defence industrial roadmap, an MoU between SIDM and AIAD, cooperation between " +
            "ISRO and the Italian Space Agency, semiconductors and automotive manufacturing, and legal " +
            "pathways for skilled workers and health professionals.",
          "Last month the two navies exercised together off Goa."
        ].join("\n\n")
      },
      {
        guid: "wire-b-2023-0302-meloni-nuova-delhi-it",
        title: "Meloni a Nuova Delhi, Italia e India firmano un'intesa sulla difesa e diventano partner strategici",
        published: "2023-03-02T16:40:00Z",
        link: "https://wire-b.example/it/2023/03/02/meloni-nuova-delhi-intesa-difesa",
        body: [
          "NUOVA DELHI (2 marzo) - Italia e India hanno firmato oggi un memorandum d'intesa sulla cooperazione " +
            "nel settore della difesa, nel giorno della prima visita ufficiale della presidente del Consiglio " +
            "Giorgia Meloni a Nuova Delhi, e hanno elevato i rapporti tra i due Paesi a partenariato " +
            "strategico.",
          "È stata firmata anche una dichiarazione d'intenti su migrazione e mobilità. Il segretario agli " +
            "Esteri indiano Vinay Kwatra ha spiegato ai giornalisti che le industrie della difesa dei due " +
            "Paesi potranno ora puntare su coproduzione e progettazione comune.",
          "L'interscambio commerciale tra Italia e India vale circa 15 miliardi di dollari. Il ministro del " +
            "Commercio e dell'Industria Piyush Goyal presiederà una tavola rotonda con gli amministratori " +
            "delegati delle aziende italiane e indiane."
        ].join("\n\n")
      },
      {
        guid: "wire-b-italy-china",
        title: "Italy and China discuss trade at Beijing forum",
        published: "2026-05-18T09:00:00Z",
        link: "https://wire-b.example/world/italy-china-trade-forum",
        body:
          "Beijing, May 18: Italian and Chinese officials met at a business forum in Beijing on Monday to " +
          "discuss market access for Italian food exports and electric vehicle investment."
      }
    ]
  }
]

/** The demo's subscriptions, as a user would add them with `pnpm subscribe`: two by sector, one by actor. */
export const demoSubscriptions: ReadonlyArray<{
  readonly channel: string
  readonly sectors: ReadonlyArray<string>
  readonly actors?: ReadonlyArray<string>
}> = [
  { channel: "CDEFENCE01", sectors: ["defence"] },
  { channel: "CTRADE0001", sectors: ["trade", "investment"] },
  { channel: "CFINCANT01", sectors: [], actors: ["Fincantieri"] }
]

/** What a demo subscription follows, in a line: "defence", "actors Fincantieri". */
export const describeDemoSubscription = (subscription: (typeof demoSubscriptions)[number]): string =>
  [
    ...subscription.sectors,
    ...(subscription.actors === undefined ? [] : [`actors ${subscription.actors.join(", ")}`])
  ].join(", ")
