import { pairProfile } from "../profile/active-profile.ts"
import { escapeForPattern } from "../profile/side-patterns.ts"
import type { SectorId } from "../sector.ts"
import type { LexiconEntry } from "./gated-patterns.ts"
import { oneOf, wordOf } from "./term-list.ts"

/** The sides' industrial campaigns ("Make in India"), from the pair profile. */
const industrialCampaigns = pairProfile.sides
  .flatMap((side) => side.industrialCampaigns)
  .map((campaign) => escapeForPattern(campaign.toLowerCase()))

/**
 * Money put into a plant in words other than "invest": "plans to spend $38 million to build a scooter plant", "will
 * pump 30 million euros into its brake plant", "has earmarked 30 million euros for a second plant".
 */
export const moneyIntoPlant =
  "(?:spend|spends|spent|spending|pump|pumps|pumped|pumping|earmark(?:s|ed|ing)?|set(?:s|ting)? aside) " +
  "(?:rs\\.? ?|€|\\$|usd |inr |eur )?\\d[\\d,.]*[^.;]{0,50}?" +
  "\\b(?:plants?|factory|factories|facility|facilities|units?|capacity|expansion)"

/** A plant built at a stated cost: "will build a brake disc plant in Pune at a cost of 30 million euros". */
export const plantAtACost =
  "(?:build|builds|building|set up|sets up) (?:a |an |its |the )?(?:first |new |second |third )?(?:[\\w-]+ ){0,2}?" +
  "(?:plants?|factory|factories|facility) [^.;]{0,60}?at a cost of"

/**
 * The word "defence", not where a deal leaves defence out ("excluding its defence business", "the non-defence
 * business of Iveco"): the sector word and the defence context of the type rules both read it so.
 */
export const defenceWord =
  "defen[cs]e(?<!\\bnon-defen[cs]e)(?<!\\b(?:excluding|except|without|other than|apart from|minus) " +
  "(?:its |the |their )?defen[cs]e)"

/** What a company builds to make things: "a new plant", "its new brake components factory". */
export const plantWords = ["plant", "factory", "manufacturing (?:facility|unit|plant)"]

/** What a firm wins: "a contract", "the tender", "three lots of the metro". */
const awardedThings = ["contracts?", "tenders?", "projects?", "orders?", "lots"]

/**
 * The words that put a report in a sector, matched case-insensitively. A sector is given when its
 * cues in the report's own (non-background) sentences reach a weight of 1: one clear term
 * ("semiconductors", "critical minerals") is enough; vague ones ("start-ups", "sea") need company.
 * Bare "technology" says too little to count alone, but is an area in a list of areas. "Security"
 * and "manufacturing" count alone: real reports write "security and defence policy" and "defence
 * manufacturing" where they mean the sector, and their labellers tag it (eval/real); "food
 * security" and the like are set aside in code. Within a list an earlier term wins at one position,
 * so a compound comes before the word it starts with.
 */
export const sectorPatterns: ReadonlyArray<LexiconEntry<SectorId>> = [
  {
    id: "trade",
    pattern: wordOf([
      // Not a "trade union", a workers' union ("the Flai CGIL trade union").
      "trade(?! unions?)",
      "trading",
      "exports?",
      "imports?",
      "market access",
      "tariffs?",
      "free trade agreement",
      "fta",
      "commerce",
      "commercial ties",
      "economic ties",
      "economic cooperation",
      "economic partnership",
      // "Bilateral political and economic relations": the economy between two countries is their trade.
      "(?:economic|commercial|business) relations?",
      "business ties",
      "traded",
      "exporters?",
      "importers?"
    ])
  },
  {
    id: "investment",
    pattern: wordOf([
      "invest",
      "investment",
      "investments",
      "investors?",
      "investing",
      "invested",
      "fdi",
      "venture capital funds?",
      "sovereign fund",
      "acquisition",
      "acquisitions",
      "acquires",
      "acquired",
      "acquire",
      "takeover",
      "takes over",
      // A holding of a size is a shareholding ("a majority stake", "a 51% stake"); so is buying a company.
      "(?:majority|controlling|minority|\\d+(?:\\.\\d+)?(?: per ?cent|%)) stakes?",
      "(?:bought|buys|to buy) (?:an? |the )?(?:[\\w-]+ ){0,3}?" +
        "(?:company|firm|group|maker|designer|business|unit|division)",
      // Not "at stake" or "the stakes were high": what may be lost, no shareholding.
      "(?<!\\bat )stakes?(?! (?:were|are|is|was|remain|could be) (?:very |too )?high\\b)",
      "controlling share",
      // A plant built or opened in the other country is an investment there, whatever the figure.
      `new (?:\\w+ ){0,2}?${oneOf([...plantWords, "production (?:facility|unit|site)"])}`,
      "factories",
      "greenfield",
      moneyIntoPlant,
      plantAtACost,
      "capex",
      "(?:manufacturing|production) capacity",
      "joint ventures?",
      "jv",
      // The climate for investors, as ministers pitch it.
      "ease of doing business",
      "business opportunities",
      // Firms established in the other country: "the strong presence of Italian enterprises in the state".
      "presence of (?:\\w+ )?(?:companies|firms|enterprises)",
      "(?:companies|firms|enterprises) (?:operating|present|active) in",
      // Owning part of a company, or a company owned abroad: "majority shareholder", "its Indian subsidiary".
      "shareholders?",
      "shareholding",
      "subsidiar(?:y|ies)",
      // Money lent for projects in the other country, often backed by the lender's export credit agency.
      "export credit",
      "credit lines?",
      "lines? of credit",
      "loans?",
      "financing (?:facility|facilities|deal|package)",
      // A firm winning a civil contract in the other country invests there to carry it out ("won a
      // 99-million-dollar contract", "bagged the project"); a defence contract is a sale (see civilOnlyTerms).
      `(?:won|wins|winning|bagged|bags|secured|secures),? (?:[^\\s.;]+ ){0,6}?${oneOf(awardedThings)}`,
      "(?:contracts?|tenders?) (?:awarded|win)"
    ])
  },
  {
    id: "defence",
    pattern: wordOf([
      defenceWord,
      "military",
      "armed forces",
      "navy",
      "navies",
      "naval",
      "army",
      "air force",
      "warships?",
      "frigates?",
      "submarines?",
      "fighter jets?",
      "helicopters?",
      "choppers?",
      "missiles?",
      "torpedo(?:es)?",
      // Warships by role and the arms of electronic war ("two fleet support ships", "an aircraft carrier").
      "fleet (?:support ships?|tankers?)",
      "aircraft carriers?",
      "electronic warfare",
      "armaments?",
      "military-to-military",
      "interoperability"
    ])
  },
  {
    id: "security_counterterrorism",
    pattern: wordOf([
      "terror\\w*",
      "counter-?terror\\w*",
      "terror financing",
      "financing of terrorism",
      "extremism",
      "radicali[sz]ation",
      "organi[sz]ed crime",
      "drug trafficking",
      "narcotics",
      "intelligence sharing",
      "security cooperation",
      "security coordination",
      // Not the guards at an event, a state's interests, the UN's council or the defence establishment ("local
      // security personnel", "vital to its security interests", "the Security Council", "defence and security
      // sources").
      "security(?! (?:personnel|guards?|staff|arrangements|checks?|cordon|clearance|council|interests?|" +
        "establishment|sources|officials said)\\b)(?<!\\b(?:food|energy|job|social|health|water|data) security)",
      // Separatists who attack one side's missions and memorials abroad; patrols against piracy.
      "khalistan\\w*",
      "separatists?",
      "vandali[sz](?:ed|ation|ing|m)",
      "anti-?piracy"
    ])
  },
  {
    id: "space",
    pattern: wordOf([
      // "space science", "a research satellite": space's own science, not academic research.
      "space sciences?",
      "research satellites?",
      // Not room made for something ("create a space inside his house-museum", "a space for dialogue", "a safe
      // space"), nor an exhibition's area.
      "space(?! (?:inside|within|for|where|dedicated|devoted|reserved|to (?:display|show|host|meet))\\b)" +
        "(?<!\\b(?:safe|exhibition|display|open|public|office|retail|event|gallery|green|shared) space)",
      "isro",
      "satellites?",
      "launch vehicles?",
      "earth observation",
      "spaceflight",
      "astronauts?",
      "lunar",
      // India's crewed spaceflight programme.
      "gaganyaan"
    ])
  },
  {
    id: "technology_ai",
    pattern: wordOf([
      "artificial intelligence",
      // Not Air India's flight code ("AI137", "flight AI 123", "departed by AI flight from Milan"), nor the code as
      // the airline's name ("… (AI)" after it, "AI will fly", "a codeshare with AI"). "Artificial intelligence
      // (AI)" is read from its full name.
      "ai(?!\\s?\\d|\\s(?:flights?|planes?|aircraft|jets?|will (?:fly|operate|launch|resume)|operates|flies)\\b)" +
        "(?<!\\(ai)(?<!\\bcode-?share (?:with|partner) ai)",
      "critical and emerging technolog\\w+",
      "emerging technolog\\w+",
      "critical technolog\\w+",
      "quantum",
      "science and technology",
      "s&t",
      "machine learning",
      "high technology",
      "hi-tech",
      // Bare "technology" is weak alone (a firm's "refrigeration technologies") but an area in a list (below).
      "information technology",
      "technolog(?:y|ies|ical)"
    ])
  },
  { id: "semiconductors", pattern: "\\b(?:semiconductors?|chips?|chipmaking|fabs?|chip design)\\b" },
  {
    id: "digital",
    pattern: wordOf([
      // Bare "digital" is weak; its compounds are the sector itself and must come before it in the alternation.
      "digital (?:public infrastructure|transformation|economy|payments?|technolog(?:y|ies)|cooperation|services)",
      "digitali[sz]ation",
      "it (?:sector|services|industry)",
      // Information and communication technologies, the EU's and Italy's name for the sector ("ICT", Italian "TIC").
      "information and communications? technolog(?:y|ies)",
      "ict",
      "digital",
      "cyber\\w*",
      "telecom\\w*",
      "5g",
      "6g",
      "data protection",
      // India's Unified Payments Interface.
      "upi",
      // Not a sensation online ("breaks the internet", "an internet frenzy").
      "(?<!\\bbr(?:eak|eaks|oke|eaking) the )internet(?! (?:frenzy|sensation|memes?|users went))"
    ])
  },
  {
    id: "energy_climate",
    pattern: wordOf([
      "energy-(?:saving|efficient)",
      // Not a person's vigour wished or praised ("health and energy", "positive energy", "his boundless energy").
      "energy(?<!\\b(?:positive|boundless|tremendous|youthful|renewed|her|his) energy)" +
        "(?<!\\bwish(?:ed|es|ing)? (?:[\\w'’-]+ ){0,3}?(?:good )?health and energy)",
      // Not a treaty "automatically renewable" or "renewable for five years": a term of its validity.
      "(?<!\\b(?:automatically|tacitly|is|are|be|and) )renewables?(?! (?:for|by|every|upon|on|at)\\b)",
      "solar",
      "wind power",
      "green hydrogen",
      "hydrogen",
      "hydropower",
      "hydroelectric",
      "nuclear power",
      "climate",
      "decarboni[sz]ation",
      "emissions",
      "oil and gas",
      "lng",
      "natural gas",
      "energy transition",
      "biofuels?",
      "net zero",
      "net-zero",
      // Oil as an industry (olive oil is food, matched first), and the green economy as a goal.
      "oil",
      "crude",
      "petrochemicals?",
      "green technolog(?:y|ies)",
      "clean technolog(?:y|ies)",
      "refiner(?:y|ies)",
      "refining",
      "hydrocarbons?",
      "green economy",
      "green transition",
      // The power sector as reports name its plants and machines.
      "power (?:plants?|stations?|projects?|generation|sector|equipment|transmission|grid)",
      "thermal power",
      "gas turbines?",
      // A wind farm or project (bare "solar", above, already covers a solar park or farm).
      "wind (?:farms?|projects?|parks?|turbines?|energy)",
      "boilers?",
      "drilling rigs?",
      "offshore (?:rigs?|platforms?|drilling)"
    ])
  },
  {
    id: "critical_minerals",
    // "Critical raw materials" is the EU's and Italy's name for the same ("materie prime critiche").
    pattern:
      "\\b(?:critical minerals?|rare earths?|rare-earth\\w*|lithium|mining|minerals supply|" +
      "(?:critical|strategic) raw materials?)\\b"
  },
  {
    id: "maritime_ports",
    pattern: wordOf([
      "maritime",
      "ports?",
      "shipping",
      "shipbuilding",
      "shipyards?",
      "ship repair",
      "seaports?",
      "sea lanes",
      "coast guard",
      "indo-pacific",
      "mediterranean",
      "search[- ]and[- ]rescue",
      "fishermen",
      "fishing vessel",
      "fishing boat",
      "oil tanker",
      "merchant vessel",
      "high seas",
      "territorial waters",
      "law of the sea",
      // The UN Convention on the Law of the Sea.
      "unclos"
    ])
  },
  {
    id: "connectivity_infrastructure",
    pattern: wordOf([
      // The India-Middle East-Europe Economic Corridor.
      "imec",
      "india-middle east-europe economic corridor",
      "economic corridor",
      "connectivity",
      // Not another sector's own facilities: "healthcare infrastructure", "research infrastructure", "pilot training
      // infrastructure", "digital infrastructure", "cold-chain infrastructure".
      "(?<!\\b(?:health ?care|health|medical|hospital|research|laboratory|lab|scientific|training|educational|" +
        "education|school|digital|data|cloud|cold[- ]chain|storage|cultural|sports?|financial|payments?|knowledge|" +
        "startup|sporting|museum|judicial|prison) )" +
        "infrastructure",
      "railways?",
      "rail",
      // Not "metro" alone: "metro cities" are India's large cities, "Metro" a newspaper's section.
      "metro (?:rail|lines?|projects?|networks?|corridors?|coaches|trains)",
      // Not "the road ahead", "a road map": the way forward, not a road.
      // Nor a "road-show", a firm's or an agency's tour of presentations.
      "roads?(?! (?:ahead|map))(?!-?show)",
      "highways?",
      "tunnels?",
      "logistics",
      "transport",
      "corridor",
      "flights?",
      "direct flights",
      // Ports linked by a regular service: "a weekly container service to Indian ports".
      "container (?:lines?|services?|shipping)",
      "shipping (?:lines?|services?|routes?)",
      // A route opened is the news of connectivity, however weak "flight" is alone: "the inaugural flight".
      "(?:new|inaugural|maiden) (?:air )?(?:flights?|routes?)",
      "air connectivity",
      "codeshare",
      "airlines?",
      "air routes?",
      // Getting about, not migrating: "smart mobility", "electric mobility".
      "(?:smart|urban|electric|e-|sustainable|green|future|shared|last-mile) ?mobility"
    ])
  },
  {
    id: "migration_mobility",
    pattern: wordOf([
      "migration",
      "mobility",
      "migrants?",
      // Students' and workers' visas are mobility, not travellers' (see alsoSectors: "visas" alone is tourism too).
      "(?:study|student|students'|work|employment|job-seeker) visas?",
      "visas?",
      "skilled workers?",
      "workers",
      "professionals",
      "recruit\\w*",
      "workforce",
      "irregular migration",
      "legal migration",
      "labour mobility",
      "work permits?"
    ])
  },
  {
    id: "education_research",
    pattern: wordOf([
      "education",
      "universit(?:y|ies)",
      "scholarships?",
      // Not inside an agency's name: the Indian Space Research Organisation, the Defence Research and Development
      // Organisation.
      "research(?! (?:and development )?organi[sz]ation)",
      "researchers",
      "academic",
      "academia",
      "students?",
      "scientific",
      "scientists?",
      "science",
      "higher education",
      // Where teaching and research happen, and who does it.
      "educational",
      "schools?",
      "campus(?:es)?",
      "faculty",
      "professors?",
      "laborator(?:y|ies)",
      "institutes? of technology",
      "training (?:centres?|centers?|institutes?)"
    ])
  },
  {
    id: "culture_tourism",
    pattern: wordOf([
      "cultur(?:e|al)",
      "tourism",
      "tourists?",
      "heritage",
      "people-to-people",
      "diaspora",
      "cultural exchange",
      "yoga",
      "museums?",
      "arts?",
      "memorials?",
      "commemorat\\w+",
      "war graves",
      "films?",
      "cinema",
      "audiovisual",
      // The arts as reports name them: who makes them and how they are shown.
      "artists?",
      "painters?",
      "paintings?",
      "screenings?",
      "books?",
      "literature",
      "literary",
      "music",
      "musicians?",
      "concerts?",
      "dance",
      "theatre",
      // Stolen temple idols and antiquities returned to India; a leader's statue honoured or vandalised abroad.
      "idols?",
      "statues?",
      "sculptures?",
      "bust of",
      "antiquities",
      "artefacts?",
      "archaeolog\\w+",
      "excavations?",
      "diwali"
    ])
  },
  {
    id: "health",
    pattern: wordOf([
      // Not a defendant's or a traveller's own ("stay extended on health grounds"), nor a person's wished or
      // praised ("wished Meloni good health", "in good health").
      "health(?! grounds)(?<!\\b(?:good|excellent|sound) health)(?<!\\bwish(?:ed|es|ing)? (?:[\\w'’-]+ ){0,3}?health)",
      "healthcare",
      "pharma\\w*",
      "medical",
      "medicines?",
      "vaccines?",
      "hospitals?",
      "life sciences",
      "nurses",
      "doctors",
      "biotech\\w*",
      "biomedical",
      // Aid in an epidemic: "20 ventilators", "oxygen concentrators", "an oxygen generation plant".
      "ventilators?",
      "oxygen (?:concentrators?|cylinders?|generation plants?|plants?|generators?|production)",
      // The pandemic's remedies: "doses of Covishield", "test kits", "PPE kits". Not the pandemic named alone ("the
      // coronavirus outbreak"): the time of a consular or a trade story as often as health news (a figure fell).
      "vaccinations?",
      "covishield",
      "covaxin",
      "test kits",
      "ppe",
      "protective equipment"
    ])
  },
  {
    id: "agriculture_food",
    pattern: wordOf([
      "agricultur\\w*",
      // Not Agrigento, a Sicilian city (a dateline's "AGRIGENTO –").
      "agri-?(?!gent)\\w*",
      "agro-?\\w*",
      "food[- ]processing",
      "food security",
      "food",
      "food and beverages?",
      "food products",
      "food producers",
      "food fair",
      "olive oil",
      "cheese",
      // Not a wind or solar farm.
      // Nor pharmacy in Italian names left unglossed ("Farmindustria", "Chiesi Farmaceutici").
      "(?<!(?:wind|solar) )farm(?!ac|indus)\\w*",
      "dairy",
      "fisheries",
      "crops?",
      // What the two trade and promote as food: wine above all, coffee, confectionery, produce, the cuisine itself.
      "wines?",
      "winemakers?",
      "wineries",
      "prosecco",
      "coffee",
      "chocolates?",
      "confectionery",
      "truffles?",
      "fruits? and vegetables",
      "spices",
      "cuisine",
      "nutrition"
    ])
  },
  {
    id: "automotive_manufacturing",
    pattern: wordOf([
      "automotive",
      "automobiles?",
      "automakers?",
      "carmakers?",
      "cars",
      "vehicles?",
      "auto components?",
      "advanced manufacturing",
      "manufacturing",
      "manufacturers?",
      "co-production",
      "co-produce",
      "industrial cooperation",
      "industrial collaboration",
      "machine tools",
      "machinery",
      "industrial automation",
      "electric vehicles?",
      "evs?",
      "two-wheelers?",
      "three-wheelers?",
      "steel",
      "steelmakers?",
      "steel plants?",
      "textiles?",
      "leather",
      "shipbuilding",
      "design and engineering",
      // Manufacturing as reports write it: the campaign, the units, the industry's own development.
      ...industrialCampaigns,
      "production units?",
      "manufacturing units?",
      "machines",
      "industrial (?:development|transformation|projects?|sectors?|hubs?|production|units?|parks?|clusters?|base)",
      // Where things are made and how much: the factory, its lines, its capacity. Not an oxygen plant sent as aid.
      "factory",
      "factories",
      "(?<!oxygen )production plants?",
      "production (?:facility|facilities|lines?)",
      "production capacity",
      "assembly lines?",
      "tool rooms?",
      "tractors?"
    ])
  },
  {
    id: "startups_innovation",
    pattern: wordOf([
      // Start-ups listed among participants (see participantStartups), matched as one phrase.
      "(?:companies|firms|psus|msmes|smes|industries),? and start-?ups",
      "innovation",
      "innovations",
      "start-?ups?",
      "start-up ecosystems?",
      "incubat\\w+",
      "entrepreneurs?\\w*",
      "unicorns?"
    ])
  },
  {
    id: "legal_justice",
    pattern: wordOf([
      "extradit\\w*",
      "mutual legal assistance",
      "judicial cooperation",
      // Not "the ball is in Italy's court": an idiom of whose move it is.
      "(?<![’']s )courts?",
      "arbitration",
      "arbitral",
      "tribunal",
      "legal dispute",
      "lawsuit",
      // Criminal proceedings against one side's nationals or firms in the other's courts (the marines' case).
      // Not "clinical trials" or "trial production"; not a consulate's "jurisdiction" over its region.
      "trial (?:of|court|against)",
      "(?:stand|face|faces|facing|murder|criminal) trial",
      "charged with",
      "charges? of",
      "accused of",
      "bail",
      "prosecution",
      "murder",
      "homicide",
      "(?:case|cases) against",
      // Not the rules-based order a joint statement commits to ("respect for international law", "in accordance with
      // international law"): boilerplate, no legal matter between the two.
      "international law(?<!\\b(?:respect for|respecting|respect of|accordance with|adherence to|based on|" +
        "upholding|uphold|principles of|rooted in|consistent with) international law)"
    ])
  }
]

/** Terms matched for one sector that count for another too ("naval" is defence and maritime). Keys lowercased. */
export const alsoSectors: ReadonlyMap<string, ReadonlyArray<readonly [SectorId, number]>> = new Map([
  ["naval", [["maritime_ports", 1]]],
  // Visas are mostly travellers' (a visa centre opened, visas issued): tourism as well as mobility.
  ["visa", [["culture_tourism", 1]]],
  ["visas", [["culture_tourism", 1]]],
  // Export credit insures or finances the lender's exports: trade as well as investment.
  ["export credit", [["trade", 1]]],
  // The IT sector is India's software industry: technology as much as digital services.
  ["it sector", [["technology_ai", 1]]],
  ["it services", [["technology_ai", 1]]],
  ["it industry", [["technology_ai", 1]]],
  // Science and technology cooperation is run by science ministries with universities and research institutes:
  // research as much as technology ("the India-Italy Joint Committee on Science and Technology").
  ["science and technology", [["education_research", 1]]],
  ["s&t", [["education_research", 1]]],
  ["navy", [["maritime_ports", 0.75]]],
  ["navies", [["maritime_ports", 0.75]]],
  ["warship", [["maritime_ports", 0.75]]],
  ["warships", [["maritime_ports", 0.75]]],
  ["submarines", [["maritime_ports", 0.5]]],
  ["submarine", [["maritime_ports", 0.5]]]
] as Array<[string, ReadonlyArray<readonly [SectorId, number]>]>)

/**
 * Terms of another sector that end in a word of where things are made count for manufacturing too: "a new brake
 * components factory" is an investment and a factory. Matched against the lowercased term.
 */
export const alsoSectorsByEnding: ReadonlyArray<readonly [RegExp, SectorId, number]> = [
  [
    /\b(?:factory|factories|(?:production|manufacturing) (?:facility|unit|site|plant|capacity))$/,
    "automotive_manufacturing",
    1
  ]
]

/** Start-ups listed among the participants of something else ("companies and start-ups") barely count. */
export const participantStartups = /\band start-?ups$/i

/**
 * Weights for terms that are weak on their own. Keys are lowercased matched text; any term
 * not listed weighs 1.
 */
export const weakTerms: ReadonlyMap<string, number> = new Map([
  ["research", 0.5],
  ["student", 0.5],
  ["workers", 0.75],
  ["professionals", 0.5],
  ["recruit", 0.5],
  ["recruiting", 0.5],
  ["recruitment", 0.5],
  ["recruited", 0.5],
  ["food", 0.5],
  ["navy", 0.75],
  ["navies", 0.75],
  ["flight", 0.75],
  ["airline", 0.75],
  ["airlines", 0.75],
  ["rail", 0.5],
  ["road", 0.5],
  ["roads", 0.5],
  ["transport", 0.5],
  ["corridor", 0.5],
  ["connectivity", 0.5],
  ["logistics", 0.5],
  ["port", 0.5],
  ["ports", 0.75],
  ["naval", 1],
  // Regions named as the stage of a relationship ("the Indo-Mediterranean era") are geopolitics, not shipping.
  ["mediterranean", 0.3],
  ["indo-pacific", 0.3],
  ["digital", 0.5],
  ["internet", 0.5],
  ["data", 0.5],
  ["art", 0.5],
  ["arts", 0.5],
  ["heritage", 0.5],
  ["culture", 0.75],
  ["museum", 0.5],
  ["museums", 0.5],
  ["chip", 0.5],
  ["chips", 0.5],
  ["fab", 0.5],
  ["fabs", 0.5],
  ["mining", 0.5],
  ["lithium", 0.75],
  ["farm", 0.5],
  ["farmers", 0.5],
  ["crops", 0.5],
  ["evs", 0.5],
  ["ev", 0.5],
  ["commerce", 0.5],
  ["import", 0.5],
  ["export", 0.5],
  ["workforce", 0.5],
  ["courts", 0.75],
  ["court", 0.75],
  ["hydrogen", 0.75],
  ["climate", 0.75],
  ["emissions", 0.5],
  // A product's quality ("energy-saving looms"), a space mission's subject ("solar observation") or
  // a rescue drill is not energy or maritime news on its own.
  ["energy-saving", 0.5],
  ["energy-efficient", 0.5],
  ["solar", 0.75],
  ["search and rescue", 0.5],
  ["search-and-rescue", 0.5],
  ["tunnel", 0.5],
  ["tunnels", 0.5],
  ["excavation", 0.75],
  ["excavations", 0.75],
  // "From an innovation standpoint", "technological innovation for decarbonisation", "Italian entrepreneurs": a
  // quality or the people of any business, not start-ups, unless a list of areas or a start-up word backs them.
  ["innovation", 0.75],
  ["innovations", 0.75],
  ["entrepreneurs", 0.75],
  ["entrepreneur", 0.75],
  ["medical", 0.75],
  ["doctors", 0.5],
  ["hospitals", 0.5],
  ["hospital", 0.5],
  // A car, a vehicle or a bolt of cloth named in passing is not an industrial development.
  ["cars", 0.75],
  ["vehicle", 0.75],
  ["vehicles", 0.75],
  ["textile", 0.75],
  ["leather", 0.75],
  ["manufacturers", 0.75],
  ["manufacturer", 0.75],
  ["stake", 0.75],
  ["jv", 0.75],
  ["acquire", 0.75],
  ["scientists", 0.75],
  ["scientist", 0.75],
  ["oil", 0.75],
  // Biotechnology is often a department's or a research field's name: health when listed with other areas.
  ["biotechnology", 0.75],
  ["biomedical", 0.75],
  ["business opportunities", 0.5],
  ["technology", 0.4],
  ["technologies", 0.4],
  ["technological", 0.4]
])

/**
 * A weak word named as one of a list of areas next to another sector's term ("cooperation in trade,
 * investment and technology", "ports, logistics and connectivity", "culture, education and other
 * areas") is that area: the list says what the two work on. This is what may stand between the two
 * terms; "knowledge and technology sharing" or "products and technologies" is no list of areas.
 */
export const listSeparator = /^(?:,\s*|,?\s+(?:and|&)\s+)$/
/**
 * A sector's word inside the name of an office or a body ("Minister of Agriculture", "Director General
 * for Cultural Promotion", "DG Acquisitions") says who someone is, not what the two work on: such a term
 * counts for OFFICE_NAME_FACTOR. Case-sensitive: names are capitalised. A joint commission is left out: the
 * two sides' own body is named for what they work on together. So is a chamber of commerce: trade is all it
 * does, and a report of its forum, mission or agreement is a trade report (the real reports' labels say so).
 */
export const officeNameBefore = new RegExp(
  String.raw`\b(?:[Mm]inisters?|Ministry|Department|Dept\.?|Secretary|Director[- ]General|DG|Directorate)\s` +
    // "Union minister for Agriculture", "Minister of State for Education".
    String.raw`(?:(?:of\s)?State\s)?(?:(?:of|for)\s)?(?:(?:the\s)?[A-Z][\w&-]*,?\s(?:and\s|&\s)?){0,4}$`
)
/** The same with the office's word after the field: "the state's Biotechnology department", "Commerce Ministry". */
export const officeNameAfter = /^\s+(?:department|ministry|dept\b|directorate|committees?)/i
export const OFFICE_NAME_FACTOR = 0.3
/** Weak terms that a list does not lift: regions ("the Mediterranean, the Middle East and the Indo-Pacific"). */
export const notLiftedByList: ReadonlySet<string> = new Set([
  "mediterranean",
  "indo-pacific",
  // "food, families and a better quality of life": food is a pleasure named with others as often as a sector.
  "food"
])

// Checked in code after a match rather than as look-arounds inside the lexicon: a look-behind in
// one entry slows the matching of every entry.
/** "one strategic space", "incubation space", "fiscal space": room, not outer space. */
export const roomBeforeSpace = new RegExp(
  `\\b${oneOf([
    "strategic",
    "incubation",
    "office",
    "policy",
    "fiscal",
    "political",
    "public",
    "safe",
    "open",
    "shared",
    "common",
    "breathing",
    "living",
    "working",
    "exhibition",
    // "expand the factory space", "physical and emotional space", "create space for dialogue".
    "factory",
    "floor",
    "physical",
    "emotional",
    "creative",
    "create",
    "creating",
    "retail",
    "parking",
    "diplomatic",
    "cyber",
    "information",
    "co-working",
    "coworking",
    "digital",
    "economic",
    "civic",
    "event",
    // A market segment: "the electric cargo space", "the three-wheeler space", "the civil helicopter space".
    "cargo",
    "two-wheeler",
    "three-wheeler",
    "helicopter",
    "ev",
    "premium",
    "luxury",
    "consumer",
    "automotive",
    "mobility",
    "fintech",
    "e-commerce",
    "payments",
    "storage",
    "warehouse",
    "headroom"
  ])} $`,
  "i"
)
/**
 * "food security", "energy security": another sector's security, not the security sector. "Maritime
 * security" is the navies' business (defence and maritime), as the real reports' labels mostly have it.
 */
export const otherSectorsSecurity = new RegExp(
  String.raw`\b(?:aerospace,? defen[cs]e,? (?:and|&)|food|energy|maritime|social|job|health|water|data|cyber` +
    "|supply[- ]chain|economic|nuclear|financial|information|network|port|border|airport|job|tenure) $",
  "i"
)
/** Words of industrial cooperation that, in a sentence about defence, are the defence industry's own. */
export const defenceIndustryTerms: ReadonlySet<string> = new Set([
  "industrial cooperation",
  "industrial collaboration",
  "co-production",
  "co-produce"
])
/**
 * Investment terms that do not count in a sentence about defence: an arms maker's contract or its
 * subsidiary ("WASS, a subsidiary of Finmeccanica") is a sale of arms, which the labels put in defence only; arms
 * acquired ("the Navy acquired two fleet tankers", "the Defence Acquisition Council") are bought, not invested in.
 */
export const civilOnlyTerms = /^(?:subsidiar|won\b|wins\b|winning\b|bag|secure|contract|tender|acqui)/i
/**
 * A sentence of aid or evacuation carried by the armed forces ("a C-130 of the Italian Air Force carrying oxygen
 * concentrators", "an IAF aircraft to evacuate nationals"): the forces are the carrier, not defence cooperation.
 */
export const aidCarriedContext = new RegExp(
  String.raw`\b(?:aid|relief|humanitarian|ventilators?|oxygen|medical (?:supplies|equipment|aid)|medicines|` +
    String.raw`evacuat\w+|stranded)\b`,
  "i"
)
/** Tourists as the victims of an attack or an accident ("killed 26 tourists"): no tourism. */
export const touristTerm = /^tourists?$/i
export const victimsBeforeTourists = new RegExp(
  String.raw`\b(?:killed|killing|kills|injured|wounded|attacked|targeted|kidnapped|abducted|murdered|shot|victims?)` +
    String.raw`\b(?: \S+){0,3} $`,
  "i"
)
/** "co-production", "co-produce": in a sentence about films, a film made together (culture), not a factory's. */
export const coProductionTerm = /^co-produc/i
/** Words that make a sentence about films: there "co-production" is cinema's, as in a co-production treaty. */
export const screenContext = /\b(?:films?|movies?|cinemas?|audiovisual|film-?makers?|screen(?:ing|ed)?)\b/i
/** "defence manufacturing", "defence industrial cooperation": the defence sector's own industry. */
export const defenceBeforeManufacturing = /\bdefen[cs]e $/i
/** "the defence's argument", "defence lawyers": the accused's side in court, not the armed forces. */
export const courtroomAfterDefence =
  /^(?:(?:'s|’s)\s|\s+(?:lawyers?|counsel|attorneys?|argued|argues|contended|contends|submitted)\b)/
