import type { Country } from "../actor.ts"
import type { SectorId } from "../sector.ts"

/**
 * The actor dictionary: people and organisations that matter to India–Italy relations, as data.
 *
 * - `name` is the canonical name written on classified items. People get their full name;
 *   organisations get the name wire reports use most (an acronym when the acronym is the
 *   usual name, e.g. ISRO, AIAD, HAL; the full name when the acronym is obscure, e.g. SIDM).
 * - `aliases` are matched case-sensitively as whole words. A surname is an alias only when it
 *   is distinctive in this domain ("Meloni", "Kwatra"); common surnames ("Singh", "Kumar")
 *   never are, so those people are found by full name only (and by its spellings with initials).
 * - An alias names one actor wherever it appears, so an acronym or a bare ministry name that means
 *   different things in different reports ("ASI", "IIT", "CNR", "Ministry of Defence") is no
 *   one's alias; the spelled-out or country-qualified forms are.
 * - `offices` carry dates so the classifier can say which office a person held on the day
 *   of the development. `level` says whose meeting it is: a "leader" (head of state or
 *   government) makes a meeting a leaders' meeting, anyone else a ministerial dialogue.
 * - Dates are the day of taking or leaving office. Where only the month is publicly
 *   certain, the first of the month is used and the entry says so. A person's offices never
 *   overlap: two portfolios held at once are one office naming both.
 */

export type OfficeLevel = "leader" | "minister" | "official"

export interface KnownOffice {
  readonly title: string
  readonly country: Country
  readonly level: OfficeLevel
  readonly from: string
  readonly to?: string
}

export interface ActorEntry {
  readonly name: string
  readonly kind: "person" | "organisation"
  readonly country: Country
  readonly aliases: ReadonlyArray<string>
  readonly offices?: ReadonlyArray<KnownOffice>
  /** Sectors an organisation's mention hints at (a weak signal, never enough on its own). */
  readonly sectors?: ReadonlyArray<SectorId>
  /** A defence manufacturer or defence-industry body: its mention hints at defence-industrial cooperation. */
  readonly defenceIndustry?: boolean
  /** A ministry, agency, armed service or mission of a state: the state itself acting. */
  readonly government?: boolean
  /** A chamber of commerce, business association, trade agency or trade fair: its meetings are business forums. */
  readonly businessBody?: boolean
  /** Words that, just before an alias, make it an ordinary word of a longer name ("Stati Generali"). */
  readonly notAfter?: ReadonlyArray<string>
  /** Words that, just after an alias, make it part of another name ("the Centre for Policy Research"). */
  readonly notBefore?: ReadonlyArray<string>
}

const asGovernment = (entry: ActorEntry): ActorEntry => ({ ...entry, government: true })

const person = (
  name: string,
  country: Country,
  aliases: ReadonlyArray<string>,
  offices: ReadonlyArray<KnownOffice>
): ActorEntry => ({
  name,
  kind: "person",
  country,
  aliases: [name, ...aliases],
  offices
})

const organisation = (
  name: string,
  country: Country,
  aliases: ReadonlyArray<string>,
  extra: {
    readonly sectors?: ReadonlyArray<SectorId>
    readonly defenceIndustry?: boolean
    readonly businessBody?: boolean
    readonly notAfter?: ReadonlyArray<string>
    readonly notBefore?: ReadonlyArray<string>
  } = {}
): ActorEntry => ({ name, kind: "organisation", country, aliases: [name, ...aliases], ...extra })

/**
 * Universities by their names and aliases. A state university's Italian name comes as Italian reports write it
 * and as the Italian pack glosses it: "Università degli Studi di Bergamo" and "University of Bergamo" beside
 * "Università di Bergamo".
 */
const universities = (
  country: Country,
  entries: ReadonlyArray<readonly [name: string, aliases: ReadonlyArray<string>]>
): ReadonlyArray<ActorEntry> =>
  entries.map(([name, aliases]) =>
    organisation(
      name,
      country,
      [
        ...new Set(
          aliases.flatMap((alias) =>
            alias.startsWith("Università di ")
              ? [
                  alias,
                  alias.replace("Università di ", "Università degli Studi di "),
                  alias.replace("Università di ", "University of ")
                ]
              : [alias]
          )
        )
      ],
      { sectors: ["education_research"] }
    )
  )

const asBusinessBody = (entry: ActorEntry): ActorEntry => ({ ...entry, businessBody: true })

const office = (title: string, country: Country, level: OfficeLevel, from: string, to?: string): KnownOffice =>
  to === undefined ? { title, country, level, from } : { title, country, level, from, to }

/** The ways wire reports write a name with initials: "C. R. Patil", "C.R. Patil", "C R Patil", "CR Patil". */
const initialled = (initials: string, rest: string): ReadonlyArray<string> => {
  const letters = initials.replace(/[^A-Z]/g, "").split("")
  return [
    ...new Set([
      `${letters.join(". ")}. ${rest}`,
      `${letters.join(".")}. ${rest}`,
      `${letters.join(" ")} ${rest}`,
      `${letters.join("")} ${rest}`
    ])
  ]
}

// ── India: heads of state and government ─────────────────────────────────────────────
const indianLeaders: ReadonlyArray<ActorEntry> = [
  person(
    "Narendra Modi",
    "IN",
    ["Modi", "Narendra Damodardas Modi"],
    [
      office("Chief Minister of Gujarat", "IN", "minister", "2001-10-07", "2014-05-22"),
      office("Prime Minister of India", "IN", "leader", "2014-05-26")
    ]
  ),
  // Defence, External Affairs (with Finance from January 2009, when the Prime Minister fell ill), Finance, President.
  person(
    "Pranab Mukherjee",
    "IN",
    [],
    [
      office("Minister of Defence", "IN", "minister", "2004-05-22", "2006-10-24"),
      office("Minister of External Affairs", "IN", "minister", "2006-10-24", "2009-01-24"),
      office("Minister of External Affairs and of Finance", "IN", "minister", "2009-01-24", "2009-05-22"),
      office("Minister of Finance", "IN", "minister", "2009-05-22", "2012-06-26"),
      office("President of India", "IN", "leader", "2012-07-25", "2017-07-25")
    ]
  ),
  person(
    "Ram Nath Kovind",
    "IN",
    ["Kovind"],
    [office("President of India", "IN", "leader", "2017-07-25", "2022-07-25")]
  ),
  person("Droupadi Murmu", "IN", ["Murmu"], [office("President of India", "IN", "leader", "2022-07-25")]),
  person(
    "Venkaiah Naidu",
    "IN",
    ["M. Venkaiah Naidu"],
    [office("Vice President of India", "IN", "minister", "2017-08-11", "2022-08-10")]
  ),
  person(
    "Jagdeep Dhankhar",
    "IN",
    ["Dhankhar"],
    [office("Vice President of India", "IN", "minister", "2022-08-11", "2025-07-21")]
  ),
  person(
    "C. P. Radhakrishnan",
    "IN",
    [...initialled("C. P.", "Radhakrishnan")],
    [office("Vice President of India", "IN", "minister", "2025-09-12")]
  )
]

// ── India: Union ministers ───────────────────────────────────────────────────────────
// Portfolios were allocated the day after the swearing-in: 31 May 2019 and 10 June 2024, the
// dates used here (the 7 July 2021 reshuffle named portfolios the same day). A minister who held
// two portfolios at once has one office naming both, so the office on any day is never ambiguous.
const indianMinisters: ReadonlyArray<ActorEntry> = [
  person(
    "Sushma Swaraj",
    "IN",
    ["Swaraj"],
    [office("Minister of External Affairs", "IN", "minister", "2014-05-26", "2019-05-30")]
  ),
  person(
    "S. Jaishankar",
    "IN",
    ["Subrahmanyam Jaishankar", "S Jaishankar", "Jaishankar"],
    [
      office("Foreign Secretary of India", "IN", "official", "2015-01-29", "2018-01-28"),
      office("Minister of External Affairs", "IN", "minister", "2019-05-30")
    ]
  ),
  // Finance throughout 2014–2019, Defence as well for two spells (Piyush Goyal stood in at Finance in 2018 and 2019).
  person(
    "Arun Jaitley",
    "IN",
    ["Jaitley"],
    [
      office("Minister of Finance and of Defence", "IN", "minister", "2014-05-26", "2014-11-09"),
      office("Minister of Finance", "IN", "minister", "2014-11-09", "2017-03-13"),
      office("Minister of Finance and of Defence", "IN", "minister", "2017-03-13", "2017-09-03"),
      office("Minister of Finance", "IN", "minister", "2017-09-03", "2019-05-30")
    ]
  ),
  person(
    "Manohar Parrikar",
    "IN",
    ["Parrikar"],
    [
      office("Minister of Defence", "IN", "minister", "2014-11-09", "2017-03-13"),
      office("Chief Minister of Goa", "IN", "minister", "2017-03-14", "2019-03-17")
    ]
  ),
  person(
    "Nirmala Sitharaman",
    "IN",
    ["Sitharaman"],
    [
      office("Minister of Commerce and Industry", "IN", "minister", "2014-05-26", "2017-09-03"),
      office("Minister of Defence", "IN", "minister", "2017-09-03", "2019-05-30"),
      office("Minister of Finance", "IN", "minister", "2019-05-31")
    ]
  ),
  person(
    "Rajnath Singh",
    "IN",
    [],
    [
      office("Minister of Home Affairs", "IN", "minister", "2014-05-26", "2019-05-30"),
      office("Minister of Defence", "IN", "minister", "2019-05-31")
    ]
  ),
  person(
    "Suresh Prabhu",
    "IN",
    [],
    [office("Minister of Commerce and Industry", "IN", "minister", "2017-09-03", "2019-05-30")]
  ),
  person(
    "Piyush Goyal",
    "IN",
    ["Goyal"],
    [
      office(
        "Minister of State (Independent Charge) for Power, Coal and New and Renewable Energy",
        "IN",
        "minister",
        "2014-05-26",
        "2017-09-03"
      ),
      office("Minister of Railways and of Coal", "IN", "minister", "2017-09-03", "2019-05-31"),
      office("Minister of Railways and of Commerce and Industry", "IN", "minister", "2019-05-31", "2021-07-07"),
      office("Minister of Commerce and Industry", "IN", "minister", "2021-07-07")
    ]
  ),
  person("Amit Shah", "IN", [], [office("Minister of Home Affairs", "IN", "minister", "2019-05-30")]),
  person(
    "Nitin Gadkari",
    "IN",
    ["Gadkari"],
    [
      office("Minister of Road Transport and Highways and of Shipping", "IN", "minister", "2014-05-26", "2019-05-31"),
      office(
        "Minister of Road Transport and Highways and of Micro, Small and Medium Enterprises",
        "IN",
        "minister",
        "2019-05-31",
        "2021-07-07"
      ),
      office("Minister of Road Transport and Highways", "IN", "minister", "2021-07-07")
    ]
  ),
  person(
    "J. P. Nadda",
    "IN",
    ["Jagat Prakash Nadda", ...initialled("J. P.", "Nadda"), "Nadda"],
    [
      office("Minister of Health and Family Welfare", "IN", "minister", "2014-11-09", "2019-05-30"),
      office("Minister of Health and Family Welfare and of Chemicals and Fertilizers", "IN", "minister", "2024-06-10")
    ]
  ),
  // "Chouhan" alone is a common surname.
  person(
    "Shivraj Singh Chouhan",
    "IN",
    ["Shivraj Chouhan", "Shivraj Singh Chauhan"],
    [
      office("Chief Minister of Madhya Pradesh", "IN", "minister", "2020-03-23", "2023-12-13"),
      office("Minister of Agriculture and Farmers Welfare and of Rural Development", "IN", "minister", "2024-06-10")
    ]
  ),
  person(
    "Manohar Lal Khattar",
    "IN",
    ["Khattar"],
    [
      office("Chief Minister of Haryana", "IN", "minister", "2014-10-26", "2024-03-12"),
      office("Minister of Housing and Urban Affairs and of Power", "IN", "minister", "2024-06-10")
    ]
  ),
  person(
    "H. D. Kumaraswamy",
    "IN",
    [...initialled("H. D.", "Kumaraswamy")],
    [
      office("Chief Minister of Karnataka", "IN", "minister", "2018-05-23", "2019-07-23"),
      office("Minister of Heavy Industries and of Steel", "IN", "minister", "2024-06-10")
    ]
  ),
  person(
    "Dharmendra Pradhan",
    "IN",
    [],
    [
      office("Minister of Petroleum and Natural Gas", "IN", "minister", "2014-05-26", "2019-05-31"),
      office("Minister of Petroleum and Natural Gas and of Steel", "IN", "minister", "2019-05-31", "2021-07-07"),
      office("Minister of Education", "IN", "minister", "2021-07-07")
    ]
  ),
  person(
    "Jitan Ram Manjhi",
    "IN",
    [],
    [office("Minister of Micro, Small and Medium Enterprises", "IN", "minister", "2024-06-10")]
  ),
  person(
    "Rajiv Ranjan Singh",
    "IN",
    ["Lalan Singh", "Lallan Singh", "Rajiv Ranjan (Lalan) Singh"],
    [
      office(
        "Minister of Panchayati Raj and of Fisheries, Animal Husbandry and Dairying",
        "IN",
        "minister",
        "2024-06-10"
      )
    ]
  ),
  person(
    "Sarbananda Sonowal",
    "IN",
    ["Sonowal"],
    [office("Minister of Ports, Shipping and Waterways", "IN", "minister", "2021-07-07")]
  ),
  person(
    "Virendra Kumar",
    "IN",
    ["Virendra Kumar Khatik"],
    [office("Minister of Social Justice and Empowerment", "IN", "minister", "2021-07-07")]
  ),
  person(
    "Ram Mohan Naidu",
    "IN",
    ["Kinjarapu Ram Mohan Naidu", ...initialled("K.", "Ram Mohan Naidu"), "Rammohan Naidu"],
    [office("Minister of Civil Aviation", "IN", "minister", "2024-06-10")]
  ),
  person(
    "Pralhad Joshi",
    "IN",
    ["Pralhad Venkatesh Joshi"],
    [
      office("Minister of Parliamentary Affairs, of Coal and of Mines", "IN", "minister", "2019-05-31", "2024-06-10"),
      office(
        "Minister of Consumer Affairs, Food and Public Distribution and of New and Renewable Energy",
        "IN",
        "minister",
        "2024-06-10"
      )
    ]
  ),
  person(
    "Jual Oram",
    "IN",
    [],
    [
      office("Minister of Tribal Affairs", "IN", "minister", "2014-05-26", "2019-05-30"),
      office("Minister of Tribal Affairs", "IN", "minister", "2024-06-10")
    ]
  ),
  person(
    "Giriraj Singh",
    "IN",
    [],
    [
      office("Minister of Fisheries, Animal Husbandry and Dairying", "IN", "minister", "2019-05-31", "2021-07-07"),
      office("Minister of Rural Development and of Panchayati Raj", "IN", "minister", "2021-07-07", "2024-06-10"),
      office("Minister of Textiles", "IN", "minister", "2024-06-10")
    ]
  ),
  person(
    "Ashwini Vaishnaw",
    "IN",
    ["Vaishnaw"],
    [
      office(
        "Minister of Railways, of Communications and of Electronics and Information Technology",
        "IN",
        "minister",
        "2021-07-07",
        "2024-06-10"
      ),
      office(
        "Minister of Railways, of Information and Broadcasting and of Electronics and Information Technology",
        "IN",
        "minister",
        "2024-06-10"
      )
    ]
  ),
  person(
    "Jyotiraditya Scindia",
    "IN",
    ["Scindia"],
    [
      office("Minister of Civil Aviation", "IN", "minister", "2021-07-07", "2022-07-07"),
      office("Minister of Civil Aviation and of Steel", "IN", "minister", "2022-07-07", "2024-06-10"),
      office("Minister of Communications and of Development of North Eastern Region", "IN", "minister", "2024-06-10")
    ]
  ),
  person(
    "Bhupender Yadav",
    "IN",
    ["Bhupendra Yadav"],
    [
      office(
        "Minister of Environment, Forest and Climate Change and of Labour and Employment",
        "IN",
        "minister",
        "2021-07-07",
        "2024-06-10"
      ),
      office("Minister of Environment, Forest and Climate Change", "IN", "minister", "2024-06-10")
    ]
  ),
  person(
    "Gajendra Singh Shekhawat",
    "IN",
    [],
    [
      office("Minister of Jal Shakti", "IN", "minister", "2019-05-31", "2024-06-10"),
      office("Minister of Culture and of Tourism", "IN", "minister", "2024-06-10")
    ]
  ),
  person(
    "Annpurna Devi",
    "IN",
    ["Annapurna Devi"],
    [office("Minister of Women and Child Development", "IN", "minister", "2024-06-10")]
  ),
  // Food Processing Industries was an additional charge from Pashupati Kumar Paras's resignation until the
  // 2024 government.
  person(
    "Kiren Rijiju",
    "IN",
    ["Rijiju"],
    [
      office(
        "Minister of State (Independent Charge) for Youth Affairs and Sports",
        "IN",
        "minister",
        "2019-05-31",
        "2021-07-07"
      ),
      office("Minister of Law and Justice", "IN", "minister", "2021-07-07", "2023-05-18"),
      office("Minister of Earth Sciences", "IN", "minister", "2023-05-18", "2024-03-20"),
      office(
        "Minister of Earth Sciences and of Food Processing Industries",
        "IN",
        "minister",
        "2024-03-20",
        "2024-06-10"
      ),
      office("Minister of Parliamentary Affairs and of Minority Affairs", "IN", "minister", "2024-06-10")
    ]
  ),
  person(
    "Hardeep Singh Puri",
    "IN",
    ["Hardeep Puri"],
    [
      office(
        "Minister of State (Independent Charge) for Civil Aviation and for Housing and Urban Affairs, " +
          "and Minister of State for Commerce and Industry",
        "IN",
        "minister",
        "2019-05-31",
        "2021-07-07"
      ),
      office(
        "Minister of Petroleum and Natural Gas and of Housing and Urban Affairs",
        "IN",
        "minister",
        "2021-07-07",
        "2024-06-10"
      ),
      office("Minister of Petroleum and Natural Gas", "IN", "minister", "2024-06-10")
    ]
  ),
  person(
    "Mansukh Mandaviya",
    "IN",
    ["Mandaviya"],
    [
      office(
        "Minister of State (Independent Charge) for Ports, Shipping and Waterways",
        "IN",
        "minister",
        "2019-05-31",
        "2021-07-07"
      ),
      office(
        "Minister of Health and Family Welfare and of Chemicals and Fertilizers",
        "IN",
        "minister",
        "2021-07-07",
        "2024-06-10"
      ),
      office("Minister of Labour and Employment and of Youth Affairs and Sports", "IN", "minister", "2024-06-10")
    ]
  ),
  person(
    "G. Kishan Reddy",
    "IN",
    ["Kishan Reddy", "G Kishan Reddy"],
    [
      office("Minister of Culture and Tourism", "IN", "minister", "2021-07-07", "2024-06-10"),
      office("Minister of Coal and Mines", "IN", "minister", "2024-06-10")
    ]
  ),
  // "Paswan" alone would also name his father, Ram Vilas Paswan, a minister until 2020.
  person("Chirag Paswan", "IN", [], [office("Minister of Food Processing Industries", "IN", "minister", "2024-06-10")]),
  person(
    "C. R. Patil",
    "IN",
    ["Chandrakant Raghunath Patil", ...initialled("C. R.", "Patil")],
    [office("Minister of Jal Shakti", "IN", "minister", "2024-06-10")]
  ),
  // Ministers of State with independent charge since June 2024.
  person(
    "Rao Inderjit Singh",
    "IN",
    ["Inderjit Singh Rao"],
    [
      office(
        "Minister of State (Independent Charge) for Statistics and Programme Implementation and for Planning",
        "IN",
        "minister",
        "2019-05-31"
      )
    ]
  ),
  person(
    "Jitendra Singh",
    "IN",
    [],
    [office("Minister of State for Science and Technology", "IN", "minister", "2021-07-07")]
  ),
  person(
    "Arjun Ram Meghwal",
    "IN",
    [],
    [office("Minister of State (Independent Charge) for Law and Justice", "IN", "minister", "2023-05-18")]
  ),
  person(
    "Prataprao Jadhav",
    "IN",
    ["Prataprao Ganpatrao Jadhav"],
    [office("Minister of State (Independent Charge) for AYUSH", "IN", "minister", "2024-06-10")]
  ),
  person(
    "Jayant Chaudhary",
    "IN",
    [],
    [
      office(
        "Minister of State (Independent Charge) for Skill Development and Entrepreneurship",
        "IN",
        "minister",
        "2024-06-10"
      )
    ]
  ),
  // Holders of economic and security portfolios between 2019 and 2024 who left the government.
  person(
    "Ravi Shankar Prasad",
    "IN",
    [],
    [
      office(
        "Minister of Law and Justice and of Electronics and Information Technology",
        "IN",
        "minister",
        "2016-07-05",
        "2019-05-31"
      ),
      office(
        "Minister of Law and Justice, of Communications and of Electronics and Information Technology",
        "IN",
        "minister",
        "2019-05-31",
        "2021-07-07"
      )
    ]
  ),
  // "Harsh Vardhan" alone; the foreign secretary is matched by his longer full name first.
  person(
    "Harsh Vardhan",
    "IN",
    [],
    [
      office("Minister of Science and Technology", "IN", "minister", "2014-11-09", "2019-05-31"),
      office(
        "Minister of Health and Family Welfare and of Science and Technology",
        "IN",
        "minister",
        "2019-05-31",
        "2021-07-07"
      )
    ]
  ),
  // Human Resource Development was renamed Education in July 2020.
  person(
    "Ramesh Pokhriyal",
    "IN",
    ["Ramesh Pokhriyal Nishank", "Ramesh Pokhriyal 'Nishank'", "Pokhriyal"],
    [
      office(
        "Minister of Education (Human Resource Development until 2020)",
        "IN",
        "minister",
        "2019-05-31",
        "2021-07-07"
      )
    ]
  ),
  // Not "R. K. Singh": reports write the Defence Secretary Rajesh Kumar Singh that way too.
  person(
    "Raj Kumar Singh",
    "IN",
    [],
    [
      office(
        "Minister of State (Independent Charge) for Power and New and Renewable Energy",
        "IN",
        "minister",
        "2017-09-03",
        "2021-07-07"
      ),
      office("Minister of Power and of New and Renewable Energy", "IN", "minister", "2021-07-07", "2024-06-10")
    ]
  ),
  person(
    "Narendra Singh Tomar",
    "IN",
    ["Narendra Tomar"],
    [
      office("Minister of Agriculture and Farmers Welfare", "IN", "minister", "2019-05-31", "2020-09-18"),
      office(
        "Minister of Agriculture and Farmers Welfare and of Food Processing Industries",
        "IN",
        "minister",
        "2020-09-18",
        "2021-07-07"
      ),
      office("Minister of Agriculture and Farmers Welfare", "IN", "minister", "2021-07-07", "2023-12-07")
    ]
  ),
  person(
    "Arjun Munda",
    "IN",
    [],
    [
      office("Minister of Tribal Affairs", "IN", "minister", "2019-05-31", "2023-12-07"),
      office(
        "Minister of Agriculture and Farmers Welfare and of Tribal Affairs",
        "IN",
        "minister",
        "2023-12-07",
        "2024-06-10"
      )
    ]
  ),
  person(
    "Harsimrat Kaur Badal",
    "IN",
    [],
    [office("Minister of Food Processing Industries", "IN", "minister", "2014-05-26", "2020-09-18")]
  ),
  person(
    "Pashupati Kumar Paras",
    "IN",
    ["Pashupati Paras"],
    [office("Minister of Food Processing Industries", "IN", "minister", "2021-07-07", "2024-03-19")]
  ),
  person(
    "Narayan Rane",
    "IN",
    [],
    [office("Minister of Micro, Small and Medium Enterprises", "IN", "minister", "2021-07-07", "2024-06-10")]
  ),
  person(
    "Santosh Gangwar",
    "IN",
    ["Santosh Kumar Gangwar"],
    [
      office(
        "Minister of State (Independent Charge) for Labour and Employment",
        "IN",
        "minister",
        "2017-09-03",
        "2021-07-07"
      )
    ]
  ),
  person(
    "Prahlad Singh Patel",
    "IN",
    ["Prahlad Patel"],
    [
      office(
        "Minister of State (Independent Charge) for Culture and Tourism",
        "IN",
        "minister",
        "2019-05-31",
        "2021-07-07"
      )
    ]
  ),
  // Ministers of State for External Affairs, Defence and Commerce (junior ministers who often lead delegations).
  person(
    "V. Muraleedharan",
    "IN",
    ["V Muraleedharan"],
    [office("Minister of State for External Affairs", "IN", "minister", "2019-05-31", "2024-06-10")]
  ),
  person(
    "Meenakashi Lekhi",
    "IN",
    ["Meenakshi Lekhi"],
    [office("Minister of State for External Affairs and Culture", "IN", "minister", "2021-07-07", "2024-06-10")]
  ),
  person(
    "Rajkumar Ranjan Singh",
    "IN",
    [],
    [office("Minister of State for External Affairs and Education", "IN", "minister", "2021-07-07", "2024-06-10")]
  ),
  person(
    "Kirti Vardhan Singh",
    "IN",
    [],
    [office("Minister of State for External Affairs", "IN", "minister", "2024-06-10")]
  ),
  // Only the full name: "Margherita" alone is an Italian name and word.
  person(
    "Pabitra Margherita",
    "IN",
    [],
    [office("Minister of State for External Affairs", "IN", "minister", "2024-06-10")]
  ),
  person(
    "Shripad Naik",
    "IN",
    ["Shripad Yesso Naik"],
    [office("Minister of State for Defence", "IN", "minister", "2019-05-31", "2021-07-07")]
  ),
  person(
    "Ajay Bhatt",
    "IN",
    [],
    [office("Minister of State for Defence", "IN", "minister", "2021-07-07", "2024-06-10")]
  ),
  person("Sanjay Seth", "IN", [], [office("Minister of State for Defence", "IN", "minister", "2024-06-10")]),
  person(
    "Som Parkash",
    "IN",
    ["Som Prakash"],
    [office("Minister of State for Commerce and Industry", "IN", "minister", "2019-05-31", "2024-06-10")]
  ),
  person(
    "Anupriya Patel",
    "IN",
    [],
    [office("Minister of State for Commerce and Industry", "IN", "minister", "2021-07-07", "2024-06-10")]
  ),
  person(
    "Jitin Prasada",
    "IN",
    [],
    [
      office(
        "Minister of State for Commerce and Industry and for Electronics and Information Technology",
        "IN",
        "minister",
        "2024-06-10"
      )
    ]
  ),
  person("Ajit Doval", "IN", ["Doval"], [office("National Security Adviser of India", "IN", "official", "2014-05-30")]),
  person("Om Birla", "IN", ["Birla"], [office("Speaker of the Lok Sabha", "IN", "minister", "2019-06-19")]),
  person("V. Narayanan", "IN", ["V Narayanan"], [office("Chairman of ISRO", "IN", "official", "2025-01-14")])
]

// ── India: chief ministers of the states that deal most with Italy ───────────────────
// A state's head of government meets visiting delegations but is not a "leader" in the
// sense of a leaders' meeting, which is between heads of state or government.
const indianChiefMinisters: ReadonlyArray<ActorEntry> = [
  person(
    "Vijay Rupani",
    "IN",
    ["Rupani"],
    [office("Chief Minister of Gujarat", "IN", "minister", "2016-08-07", "2021-09-13")]
  ),
  person(
    "Bhupendra Patel",
    "IN",
    ["Bhupendrabhai Patel"],
    [office("Chief Minister of Gujarat", "IN", "minister", "2021-09-13")]
  ),
  // Chief Minister twice in 2019 (a three-day term that November), deputy to Eknath Shinde from 2022,
  // chief minister again from December 2024.
  person(
    "Devendra Fadnavis",
    "IN",
    ["Fadnavis"],
    [
      office("Chief Minister of Maharashtra", "IN", "minister", "2014-10-31", "2019-11-12"),
      office("Chief Minister of Maharashtra", "IN", "minister", "2019-11-23", "2019-11-28"),
      office("Deputy Chief Minister of Maharashtra", "IN", "minister", "2022-06-30", "2024-12-05"),
      office("Chief Minister of Maharashtra", "IN", "minister", "2024-12-05")
    ]
  ),
  person(
    "Uddhav Thackeray",
    "IN",
    ["Uddhav Balasaheb Thackeray"],
    [office("Chief Minister of Maharashtra", "IN", "minister", "2019-11-28", "2022-06-30")]
  ),
  person(
    "Eknath Shinde",
    "IN",
    [],
    [
      office("Chief Minister of Maharashtra", "IN", "minister", "2022-06-30", "2024-12-05"),
      office("Deputy Chief Minister of Maharashtra", "IN", "minister", "2024-12-05")
    ]
  ),
  person(
    "Edappadi K. Palaniswami",
    "IN",
    ["Edappadi K Palaniswami", "Edappadi Palaniswami", "Edappadi K. Palaniswamy"],
    [office("Chief Minister of Tamil Nadu", "IN", "minister", "2017-02-16", "2021-05-07")]
  ),
  // Never "Stalin" alone.
  person(
    "M. K. Stalin",
    "IN",
    [...initialled("M. K.", "Stalin")],
    [office("Chief Minister of Tamil Nadu", "IN", "minister", "2021-05-07")]
  ),
  person(
    "B. S. Yediyurappa",
    "IN",
    [...initialled("B. S.", "Yediyurappa"), "Yediyurappa"],
    [office("Chief Minister of Karnataka", "IN", "minister", "2019-07-26", "2021-07-28")]
  ),
  person(
    "Basavaraj Bommai",
    "IN",
    ["Bommai"],
    [office("Chief Minister of Karnataka", "IN", "minister", "2021-07-28", "2023-05-20")]
  ),
  person(
    "Siddaramaiah",
    "IN",
    [],
    [
      office("Chief Minister of Karnataka", "IN", "minister", "2013-05-13", "2018-05-17"),
      office("Chief Minister of Karnataka", "IN", "minister", "2023-05-20")
    ]
  ),
  person(
    "Yogi Adityanath",
    "IN",
    ["Adityanath"],
    [office("Chief Minister of Uttar Pradesh", "IN", "minister", "2017-03-19")]
  ),
  person(
    "K. Chandrashekar Rao",
    "IN",
    [...initialled("K.", "Chandrashekar Rao"), "K. Chandrasekhar Rao", "KCR"],
    [office("Chief Minister of Telangana", "IN", "minister", "2014-06-02", "2023-12-07")]
  ),
  person(
    "Revanth Reddy",
    "IN",
    ["Anumula Revanth Reddy", ...initialled("A.", "Revanth Reddy")],
    [office("Chief Minister of Telangana", "IN", "minister", "2023-12-07")]
  ),
  person(
    "N. Chandrababu Naidu",
    "IN",
    [...initialled("N.", "Chandrababu Naidu"), "Chandrababu Naidu", "Chandrababu"],
    [
      office("Chief Minister of Andhra Pradesh", "IN", "minister", "2014-06-08", "2019-05-30"),
      office("Chief Minister of Andhra Pradesh", "IN", "minister", "2024-06-12")
    ]
  ),
  person(
    "Y. S. Jagan Mohan Reddy",
    "IN",
    [...initialled("Y. S.", "Jagan Mohan Reddy"), "Jagan Mohan Reddy"],
    [office("Chief Minister of Andhra Pradesh", "IN", "minister", "2019-05-30", "2024-06-12")]
  ),
  person("Pinarayi Vijayan", "IN", ["Pinarayi"], [office("Chief Minister of Kerala", "IN", "minister", "2016-05-25")]),
  person("Pramod Sawant", "IN", [], [office("Chief Minister of Goa", "IN", "minister", "2019-03-19")]),
  person(
    "Arvind Kejriwal",
    "IN",
    ["Kejriwal"],
    [office("Chief Minister of Delhi", "IN", "minister", "2015-02-14", "2024-09-21")]
  ),
  person(
    "Atishi",
    "IN",
    ["Atishi Marlena"],
    [office("Chief Minister of Delhi", "IN", "minister", "2024-09-21", "2025-02-20")]
  ),
  person("Rekha Gupta", "IN", [], [office("Chief Minister of Delhi", "IN", "minister", "2025-02-20")]),
  person("Mamata Banerjee", "IN", [], [office("Chief Minister of West Bengal", "IN", "minister", "2011-05-20")]),
  person(
    "Amarinder Singh",
    "IN",
    ["Captain Amarinder Singh"],
    [office("Chief Minister of Punjab", "IN", "minister", "2017-03-16", "2021-09-20")]
  ),
  person(
    "Charanjit Singh Channi",
    "IN",
    [],
    [office("Chief Minister of Punjab", "IN", "minister", "2021-09-20", "2022-03-16")]
  ),
  person("Bhagwant Mann", "IN", [], [office("Chief Minister of Punjab", "IN", "minister", "2022-03-16")]),
  person(
    "Nayab Singh Saini",
    "IN",
    ["Nayab Saini"],
    [office("Chief Minister of Haryana", "IN", "minister", "2024-03-12")]
  ),
  person(
    "Naveen Patnaik",
    "IN",
    [],
    [office("Chief Minister of Odisha", "IN", "minister", "2000-03-05", "2024-06-12")]
  ),
  person(
    "Mohan Charan Majhi",
    "IN",
    ["Mohan Majhi"],
    [office("Chief Minister of Odisha", "IN", "minister", "2024-06-12")]
  )
]

// ── India: secretaries, service chiefs, ambassadors to Italy ─────────────────────────
const indianOfficials: ReadonlyArray<ActorEntry> = [
  person(
    "Vijay Gokhale",
    "IN",
    ["Gokhale"],
    [office("Foreign Secretary of India", "IN", "official", "2018-01-29", "2020-01-28")]
  ),
  person(
    "Harsh Vardhan Shringla",
    "IN",
    ["Shringla"],
    [office("Foreign Secretary of India", "IN", "official", "2020-01-29", "2022-04-30")]
  ),
  person(
    "Vinay Kwatra",
    "IN",
    ["Vinay Mohan Kwatra", "Kwatra"],
    [office("Foreign Secretary of India", "IN", "official", "2022-05-01", "2024-07-14")]
  ),
  person("Vikram Misri", "IN", ["Misri"], [office("Foreign Secretary of India", "IN", "official", "2024-07-15")]),
  // The voice of most MEA readouts and briefings on Italy. Spokesperson from January 2024; month-level date.
  // "Jaiswal" alone is a common surname, so it is no alias.
  person(
    "Randhir Jaiswal",
    "IN",
    [],
    [office("Official Spokesperson, Ministry of External Affairs of India", "IN", "official", "2024-01-01")]
  ),
  person(
    "Rajiv Gauba",
    "IN",
    ["Gauba"],
    [
      office("Home Secretary of India", "IN", "official", "2017-08-31", "2019-08-23"),
      office("Cabinet Secretary of India", "IN", "official", "2019-08-30", "2024-08-30")
    ]
  ),
  person(
    "Ajay Kumar Bhalla",
    "IN",
    ["Ajay Bhalla"],
    [office("Home Secretary of India", "IN", "official", "2019-08-23", "2024-08-22")]
  ),
  person("Govind Mohan", "IN", [], [office("Home Secretary of India", "IN", "official", "2024-08-22")]),
  // Defence Secretary from May 2017; month-level date.
  person(
    "Sanjay Mitra",
    "IN",
    [],
    [office("Defence Secretary of India", "IN", "official", "2017-05-01", "2019-08-23")]
  ),
  person("Ajay Kumar", "IN", [], [office("Defence Secretary of India", "IN", "official", "2019-08-23", "2022-10-31")]),
  person(
    "Giridhar Aramane",
    "IN",
    ["Aramane"],
    [office("Defence Secretary of India", "IN", "official", "2022-11-01", "2024-10-31")]
  ),
  person("Rajesh Kumar Singh", "IN", [], [office("Defence Secretary of India", "IN", "official", "2024-11-01")]),
  // Secretary (Defence Production) from 2024; month-level date.
  person(
    "Sanjeev Kumar",
    "IN",
    [],
    [office("Secretary (Defence Production), Ministry of Defence", "IN", "official", "2024-01-01")]
  ),
  // Commerce Secretary from July 2018; month-level date.
  person(
    "Anup Wadhawan",
    "IN",
    [],
    [office("Commerce Secretary of India", "IN", "official", "2018-07-01", "2021-07-01")]
  ),
  person(
    "B. V. R. Subrahmanyam",
    "IN",
    [...initialled("B. V. R.", "Subrahmanyam")],
    [office("Commerce Secretary of India", "IN", "official", "2021-07-01", "2022-10-01")]
  ),
  person(
    "Sunil Barthwal",
    "IN",
    ["Barthwal"],
    [office("Commerce Secretary of India", "IN", "official", "2022-10-01", "2025-10-01")]
  ),
  person(
    "Rajesh Agrawal",
    "IN",
    ["Rajesh Agarwal"],
    [office("Commerce Secretary of India", "IN", "official", "2025-10-01")]
  ),
  // Chiefs of Defence Staff and of the three services since 2014.
  person(
    "Bipin Rawat",
    "IN",
    [],
    [
      office("Chief of the Army Staff of India", "IN", "official", "2016-12-31", "2019-12-31"),
      office("Chief of Defence Staff of India", "IN", "official", "2020-01-01", "2021-12-08")
    ]
  ),
  person("Anil Chauhan", "IN", [], [office("Chief of Defence Staff of India", "IN", "official", "2022-09-30")]),
  person(
    "Bikram Singh",
    "IN",
    [],
    [office("Chief of the Army Staff of India", "IN", "official", "2012-05-31", "2014-07-31")]
  ),
  person(
    "Dalbir Singh Suhag",
    "IN",
    [],
    [office("Chief of the Army Staff of India", "IN", "official", "2014-07-31", "2016-12-31")]
  ),
  person(
    "Manoj Mukund Naravane",
    "IN",
    [...initialled("M. M.", "Naravane"), "Naravane"],
    [office("Chief of the Army Staff of India", "IN", "official", "2019-12-31", "2022-04-30")]
  ),
  person(
    "Manoj Pande",
    "IN",
    [],
    [office("Chief of the Army Staff of India", "IN", "official", "2022-04-30", "2024-06-30")]
  ),
  person("Upendra Dwivedi", "IN", [], [office("Chief of the Army Staff of India", "IN", "official", "2024-06-30")]),
  person(
    "Robin K. Dhowan",
    "IN",
    ["Robin Dhowan", ...initialled("R. K.", "Dhowan"), "Dhowan"],
    [office("Chief of the Naval Staff of India", "IN", "official", "2014-04-17", "2016-05-31")]
  ),
  person(
    "Sunil Lanba",
    "IN",
    ["Lanba"],
    [office("Chief of the Naval Staff of India", "IN", "official", "2016-05-31", "2019-05-31")]
  ),
  person(
    "Karambir Singh",
    "IN",
    [],
    [office("Chief of the Naval Staff of India", "IN", "official", "2019-05-31", "2021-11-30")]
  ),
  person(
    "R. Hari Kumar",
    "IN",
    ["R Hari Kumar", "Hari Kumar"],
    [office("Chief of the Naval Staff of India", "IN", "official", "2021-11-30", "2024-04-30")]
  ),
  person(
    "Dinesh Kumar Tripathi",
    "IN",
    ["Dinesh K Tripathi", "Dinesh K. Tripathi"],
    [office("Chief of the Naval Staff of India", "IN", "official", "2024-04-30")]
  ),
  person(
    "Arup Raha",
    "IN",
    [],
    [office("Chief of the Air Staff of India", "IN", "official", "2013-12-31", "2016-12-31")]
  ),
  person(
    "Birender Singh Dhanoa",
    "IN",
    [...initialled("B. S.", "Dhanoa"), "Dhanoa"],
    [office("Chief of the Air Staff of India", "IN", "official", "2016-12-31", "2019-09-30")]
  ),
  person(
    "Rakesh Kumar Singh Bhadauria",
    "IN",
    [...initialled("R. K. S.", "Bhadauria")],
    [office("Chief of the Air Staff of India", "IN", "official", "2019-09-30", "2021-09-30")]
  ),
  person(
    "Vivek Ram Chaudhari",
    "IN",
    ["V R Chaudhari", "V.R. Chaudhari"],
    [office("Chief of the Air Staff of India", "IN", "official", "2021-09-30", "2024-09-30")]
  ),
  person(
    "Amar Preet Singh",
    "IN",
    ["A P Singh", "A.P. Singh"],
    [office("Chief of the Air Staff of India", "IN", "official", "2024-09-30")]
  ),
  // Ambassadors of India to Italy; start and end months are approximate (first of the month).
  person(
    "Anil Wadhwa",
    "IN",
    [],
    [office("Ambassador of India to Italy", "IN", "official", "2014-06-01", "2017-01-31")]
  ),
  person(
    "Reenat Sandhu",
    "IN",
    [],
    [office("Ambassador of India to Italy", "IN", "official", "2017-02-01", "2021-01-31")]
  ),
  person(
    "Neena Malhotra",
    "IN",
    [],
    [office("Ambassador of India to Italy", "IN", "official", "2021-02-01", "2024-04-30")]
  ),
  person("Vani Rao", "IN", [], [office("Ambassador of India to Italy", "IN", "official", "2024-05-01")])
]

// ── Italy: heads of state and government ─────────────────────────────────────────────
const italianLeaders: ReadonlyArray<ActorEntry> = [
  person(
    "Giorgia Meloni",
    "IT",
    ["Meloni"],
    [office("President of the Council of Ministers (Prime Minister) of Italy", "IT", "leader", "2022-10-22")]
  ),
  person(
    "Mario Draghi",
    "IT",
    ["Draghi"],
    [
      office(
        "President of the Council of Ministers (Prime Minister) of Italy",
        "IT",
        "leader",
        "2021-02-13",
        "2022-10-22"
      )
    ]
  ),
  person(
    "Giuseppe Conte",
    "IT",
    ["Conte"],
    [
      office(
        "President of the Council of Ministers (Prime Minister) of Italy",
        "IT",
        "leader",
        "2018-06-01",
        "2021-02-13"
      )
    ]
  ),
  person(
    "Paolo Gentiloni",
    "IT",
    ["Gentiloni"],
    [
      office("Minister of Foreign Affairs of Italy", "IT", "minister", "2014-10-31", "2016-12-12"),
      office(
        "President of the Council of Ministers (Prime Minister) of Italy",
        "IT",
        "leader",
        "2016-12-12",
        "2018-06-01"
      )
    ]
  ),
  person(
    "Matteo Renzi",
    "IT",
    ["Renzi"],
    [
      office(
        "President of the Council of Ministers (Prime Minister) of Italy",
        "IT",
        "leader",
        "2014-02-22",
        "2016-12-12"
      )
    ]
  ),
  person(
    "Sergio Mattarella",
    "IT",
    ["Mattarella"],
    [office("President of the Italian Republic", "IT", "leader", "2015-02-03")]
  ),
  person(
    "Giorgio Napolitano",
    "IT",
    ["Napolitano"],
    [office("President of the Italian Republic", "IT", "leader", "2006-05-15", "2015-01-14")]
  )
]

// ── Italy: ministers ─────────────────────────────────────────────────────────────────
// The Meloni government was sworn in on 22 October 2022; its undersecretaries on 2 November.
const italianMinisters: ReadonlyArray<ActorEntry> = [
  person(
    "Federica Mogherini",
    "IT",
    ["Mogherini"],
    [office("Minister of Foreign Affairs of Italy", "IT", "minister", "2014-02-22", "2014-10-31")]
  ),
  person(
    "Angelino Alfano",
    "IT",
    ["Alfano"],
    [office("Minister of Foreign Affairs of Italy", "IT", "minister", "2016-12-12", "2018-06-01")]
  ),
  person(
    "Enzo Moavero Milanesi",
    "IT",
    ["Moavero Milanesi", "Moavero"],
    [office("Minister of Foreign Affairs of Italy", "IT", "minister", "2018-06-01", "2019-09-05")]
  ),
  person(
    "Luigi Di Maio",
    "IT",
    ["Di Maio"],
    [
      office("Minister of Economic Development of Italy", "IT", "minister", "2018-06-01", "2019-09-05"),
      office("Minister of Foreign Affairs of Italy", "IT", "minister", "2019-09-05", "2022-10-22")
    ]
  ),
  person(
    "Antonio Tajani",
    "IT",
    ["Tajani"],
    [office("Deputy Prime Minister and Minister of Foreign Affairs of Italy", "IT", "minister", "2022-10-22")]
  ),
  person(
    "Roberta Pinotti",
    "IT",
    ["Pinotti"],
    [office("Minister of Defence of Italy", "IT", "minister", "2014-02-22", "2018-06-01")]
  ),
  person(
    "Elisabetta Trenta",
    "IT",
    [],
    [office("Minister of Defence of Italy", "IT", "minister", "2018-06-01", "2019-09-05")]
  ),
  person(
    "Lorenzo Guerini",
    "IT",
    ["Guerini"],
    [office("Minister of Defence of Italy", "IT", "minister", "2019-09-05", "2022-10-22")]
  ),
  person(
    "Guido Crosetto",
    "IT",
    ["Crosetto"],
    [office("Minister of Defence of Italy", "IT", "minister", "2022-10-22")]
  ),
  person(
    "Federica Guidi",
    "IT",
    [],
    [office("Minister of Economic Development of Italy", "IT", "minister", "2014-02-22", "2016-04-05")]
  ),
  person(
    "Carlo Calenda",
    "IT",
    ["Calenda"],
    [office("Minister of Economic Development of Italy", "IT", "minister", "2016-05-10", "2018-06-01")]
  ),
  person(
    "Stefano Patuanelli",
    "IT",
    ["Patuanelli"],
    [office("Minister of Economic Development of Italy", "IT", "minister", "2019-09-05", "2021-02-13")]
  ),
  person(
    "Giancarlo Giorgetti",
    "IT",
    ["Giorgetti"],
    [
      office("Minister of Economic Development of Italy", "IT", "minister", "2021-02-13", "2022-10-22"),
      office("Minister of Economy and Finance of Italy", "IT", "minister", "2022-10-22")
    ]
  ),
  person(
    "Adolfo Urso",
    "IT",
    ["Urso"],
    [office("Minister of Enterprises and Made in Italy", "IT", "minister", "2022-10-22")]
  ),
  person(
    "Matteo Salvini",
    "IT",
    ["Salvini"],
    [
      office(
        "Deputy Prime Minister and Minister of Infrastructure and Transport of Italy",
        "IT",
        "minister",
        "2022-10-22"
      )
    ]
  ),
  person(
    "Matteo Piantedosi",
    "IT",
    ["Piantedosi"],
    [office("Minister of the Interior of Italy", "IT", "minister", "2022-10-22")]
  ),
  person(
    "Anna Maria Bernini",
    "IT",
    [],
    [office("Minister of University and Research of Italy", "IT", "minister", "2022-10-22")]
  ),
  person(
    "Francesco Lollobrigida",
    "IT",
    ["Lollobrigida"],
    [office("Minister of Agriculture, Food Sovereignty and Forests of Italy", "IT", "minister", "2022-10-22")]
  ),
  person(
    "Gilberto Pichetto Fratin",
    "IT",
    ["Pichetto Fratin"],
    [office("Minister of the Environment and Energy Security of Italy", "IT", "minister", "2022-10-22")]
  ),
  person("Carlo Nordio", "IT", ["Nordio"], [office("Minister of Justice of Italy", "IT", "minister", "2022-10-22")]),
  person(
    "Orazio Schillaci",
    "IT",
    ["Schillaci"],
    [office("Minister of Health of Italy", "IT", "minister", "2022-10-22")]
  ),
  person(
    "Giuseppe Valditara",
    "IT",
    ["Valditara"],
    [office("Minister of Education and Merit of Italy", "IT", "minister", "2022-10-22")]
  ),
  // "Calderone" alone is also an Italian word (a cauldron).
  person(
    "Marina Elvira Calderone",
    "IT",
    ["Marina Calderone"],
    [office("Minister of Labour and Social Policies of Italy", "IT", "minister", "2022-10-22")]
  ),
  person(
    "Gennaro Sangiuliano",
    "IT",
    ["Sangiuliano"],
    [office("Minister of Culture of Italy", "IT", "minister", "2022-10-22", "2024-09-06")]
  ),
  person("Alessandro Giuli", "IT", ["Giuli"], [office("Minister of Culture of Italy", "IT", "minister", "2024-09-06")]),
  // Still in office when this list was last checked (early 2026), through a no-confidence vote in February 2025.
  person(
    "Daniela Santanchè",
    "IT",
    ["Daniela Santanché", "Santanchè", "Santanché"],
    [office("Minister of Tourism of Italy", "IT", "minister", "2022-10-22")]
  ),
  // Left on taking office as Executive Vice-President of the European Commission on 1 December 2024.
  person(
    "Raffaele Fitto",
    "IT",
    ["Fitto"],
    [
      office(
        "Minister for European Affairs, the South, Cohesion Policy and the PNRR of Italy",
        "IT",
        "minister",
        "2022-10-22",
        "2024-12-01"
      )
    ]
  ),
  // "Foti" alone is a common Italian-American and Greek surname.
  person(
    "Tommaso Foti",
    "IT",
    [],
    [
      office(
        "Minister for European Affairs, the South, Cohesion Policy and the PNRR of Italy",
        "IT",
        "minister",
        "2024-12-02"
      )
    ]
  ),
  person(
    "Nello Musumeci",
    "IT",
    ["Sebastiano Musumeci", "Musumeci"],
    [
      // President of Sicily from November 2017 to October 2022; month-level dates.
      office("President of the Region of Sicily", "IT", "minister", "2017-11-01", "2022-10-01"),
      office("Minister for Civil Protection and Sea Policies of Italy", "IT", "minister", "2022-10-22")
    ]
  ),
  person(
    "Andrea Abodi",
    "IT",
    ["Abodi"],
    [office("Minister for Sport and Youth of Italy", "IT", "minister", "2022-10-22")]
  ),
  person(
    "Eugenia Roccella",
    "IT",
    ["Roccella"],
    [office("Minister for Family, Birth Rate and Equal Opportunities of Italy", "IT", "minister", "2022-10-22")]
  ),
  person(
    "Maria Elisabetta Alberti Casellati",
    "IT",
    ["Maria Elisabetta Casellati", "Elisabetta Casellati", "Casellati"],
    [
      office("President of the Senate of Italy", "IT", "minister", "2018-03-24", "2022-10-13"),
      office(
        "Minister for Institutional Reforms and Regulatory Simplification of Italy",
        "IT",
        "minister",
        "2022-10-22"
      )
    ]
  ),
  // "Locatelli", "Zangrillo" and "Ciriani" alone also name relatives or others in public life.
  person(
    "Alessandra Locatelli",
    "IT",
    [],
    [office("Minister for Disabilities of Italy", "IT", "minister", "2022-10-22")]
  ),
  person(
    "Paolo Zangrillo",
    "IT",
    [],
    [office("Minister for Public Administration of Italy", "IT", "minister", "2022-10-22")]
  ),
  person(
    "Luca Ciriani",
    "IT",
    [],
    [office("Minister for Relations with Parliament of Italy", "IT", "minister", "2022-10-22")]
  ),
  person(
    "Roberto Calderoli",
    "IT",
    ["Calderoli"],
    [office("Minister for Regional Affairs and Autonomies of Italy", "IT", "minister", "2022-10-22")]
  ),
  person(
    "Alfredo Mantovano",
    "IT",
    ["Mantovano"],
    [
      office(
        "Under Secretary of State to the Presidency of the Council of Ministers of Italy",
        "IT",
        "official",
        "2022-10-23"
      )
    ]
  ),
  person(
    "Edmondo Cirielli",
    "IT",
    ["Cirielli"],
    [office("Deputy Minister of Foreign Affairs of Italy", "IT", "minister", "2022-11-02")]
  ),
  person(
    "Maria Tripodi",
    "IT",
    [],
    [office("Under Secretary of State for Foreign Affairs of Italy", "IT", "official", "2022-11-02")]
  ),
  person(
    "Giorgio Silli",
    "IT",
    [],
    [office("Under Secretary of State for Foreign Affairs of Italy", "IT", "official", "2022-11-02")]
  ),
  person(
    "Valentino Valentini",
    "IT",
    [],
    [office("Deputy Minister of Enterprises and Made in Italy", "IT", "minister", "2022-11-02")]
  ),
  person(
    "Ignazio La Russa",
    "IT",
    ["La Russa"],
    [
      office("Minister of Defence of Italy", "IT", "minister", "2008-05-08", "2011-11-16"),
      office("President of the Senate of Italy", "IT", "minister", "2022-10-13")
    ]
  ),
  person(
    "Teodoro Valente",
    "IT",
    ["Valente"],
    [office("President of the Italian Space Agency", "IT", "official", "2023-05-01")]
  ),
  person(
    "Matteo Perego di Cremnago",
    "IT",
    ["Perego di Cremnago", "Perego"],
    [office("Under Secretary of State for Defence of Italy", "IT", "official", "2022-11-02")]
  ),
  person(
    "Isabella Rauti",
    "IT",
    [],
    [office("Under Secretary of State for Defence of Italy", "IT", "official", "2022-11-02")]
  ),
  // Ministers of the Renzi, Gentiloni, Conte and Draghi governments in portfolios that sign with India (transport,
  // culture, agriculture, education, health, environment). Surnames that are also Italian words or common names
  // (Speranza, Costa, Manfredi, Fedeli, Giannini) are not aliases.
  person(
    "Graziano Delrio",
    "IT",
    ["Delrio"],
    [office("Minister of Infrastructure and Transport of Italy", "IT", "minister", "2015-04-02", "2018-06-01")]
  ),
  person(
    "Danilo Toninelli",
    "IT",
    ["Toninelli"],
    [office("Minister of Infrastructure and Transport of Italy", "IT", "minister", "2018-06-01", "2019-09-05")]
  ),
  person(
    "Paola De Micheli",
    "IT",
    [],
    [office("Minister of Infrastructure and Transport of Italy", "IT", "minister", "2019-09-05", "2021-02-13")]
  ),
  person(
    "Enrico Giovannini",
    "IT",
    [],
    [
      office(
        "Minister of Sustainable Infrastructure and Mobility of Italy",
        "IT",
        "minister",
        "2021-02-13",
        "2022-10-22"
      )
    ]
  ),
  person(
    "Dario Franceschini",
    "IT",
    ["Franceschini"],
    [
      office("Minister of Culture of Italy", "IT", "minister", "2014-02-22", "2018-06-01"),
      office("Minister of Culture of Italy", "IT", "minister", "2019-09-05", "2022-10-22")
    ]
  ),
  person(
    "Alberto Bonisoli",
    "IT",
    ["Bonisoli"],
    [office("Minister of Culture of Italy", "IT", "minister", "2018-06-01", "2019-09-05")]
  ),
  person(
    "Gian Marco Centinaio",
    "IT",
    ["Centinaio"],
    [office("Minister of Agriculture and Tourism of Italy", "IT", "minister", "2018-06-01", "2019-09-05")]
  ),
  person(
    "Teresa Bellanova",
    "IT",
    ["Bellanova"],
    [office("Minister of Agriculture of Italy", "IT", "minister", "2019-09-05", "2021-01-14")]
  ),
  person(
    "Stefania Giannini",
    "IT",
    [],
    [office("Minister of Education, Universities and Research of Italy", "IT", "minister", "2014-02-22", "2016-12-12")]
  ),
  person(
    "Valeria Fedeli",
    "IT",
    [],
    [office("Minister of Education, Universities and Research of Italy", "IT", "minister", "2016-12-12", "2018-06-01")]
  ),
  person(
    "Marco Bussetti",
    "IT",
    ["Bussetti"],
    [office("Minister of Education, Universities and Research of Italy", "IT", "minister", "2018-06-01", "2019-09-05")]
  ),
  person(
    "Gaetano Manfredi",
    "IT",
    [],
    [office("Minister of Universities and Research of Italy", "IT", "minister", "2020-01-10", "2021-02-13")]
  ),
  person(
    "Maria Cristina Messa",
    "IT",
    [],
    [office("Minister of Universities and Research of Italy", "IT", "minister", "2021-02-13", "2022-10-22")]
  ),
  person(
    "Roberto Speranza",
    "IT",
    [],
    [office("Minister of Health of Italy", "IT", "minister", "2019-09-05", "2022-10-22")]
  ),
  person(
    "Sergio Costa",
    "IT",
    [],
    [office("Minister of the Environment of Italy", "IT", "minister", "2018-06-01", "2021-02-13")]
  ),
  person(
    "Roberto Cingolani",
    "IT",
    ["Cingolani"],
    [office("Minister of Ecological Transition of Italy", "IT", "minister", "2021-02-13", "2022-10-22")]
  )
]

// ── Italy: presidents of the regions that deal most with India ───────────────────────
// Regional presidents take office when the court of appeal proclaims them. Where only the
// month is certain, the first of the month is used. Campania's Vincenzo De Luca (2015–2025)
// is left out: the ambassador to India of the same name owns that name in this dictionary.
const italianRegionalPresidents: ReadonlyArray<ActorEntry> = [
  // Lombardy; "Fontana" alone would also be Lorenzo Fontana, President of the Chamber of Deputies.
  person("Attilio Fontana", "IT", [], [office("President of Lombardy", "IT", "minister", "2018-03-01")]),
  // Presidents before the current ones, from the 2000s on (dates are the month they took or left office, the first of
  // the month): regions' missions to India and Indian investors' plants (Piombino) made them parties.
  person(
    "Roberto Formigoni",
    "IT",
    ["Formigoni"],
    [office("President of Lombardy", "IT", "minister", "1995-05-01", "2013-03-01")]
  ),
  person(
    "Roberto Maroni",
    "IT",
    ["Maroni"],
    [office("President of Lombardy", "IT", "minister", "2013-03-01", "2018-03-01")]
  ),
  person("Giancarlo Galan", "IT", [], [office("President of Veneto", "IT", "minister", "1995-05-01", "2010-04-01")]),
  person(
    "Vasco Errani",
    "IT",
    ["Errani"],
    [office("President of Emilia-Romagna", "IT", "minister", "1999-03-01", "2014-07-01")]
  ),
  person(
    "Mercedes Bresso",
    "IT",
    ["Bresso"],
    [office("President of Piedmont", "IT", "minister", "2005-04-01", "2010-04-01")]
  ),
  person("Roberto Cota", "IT", [], [office("President of Piedmont", "IT", "minister", "2010-04-01", "2014-06-01")]),
  person(
    "Renata Polverini",
    "IT",
    ["Polverini"],
    [office("President of Lazio", "IT", "minister", "2010-04-01", "2013-03-01")]
  ),
  person(
    "Stefano Caldoro",
    "IT",
    ["Caldoro"],
    [office("President of Campania", "IT", "minister", "2010-04-01", "2015-06-01")]
  ),
  person(
    "Nichi Vendola",
    "IT",
    ["Vendola"],
    [office("President of Apulia", "IT", "minister", "2005-04-01", "2015-06-01")]
  ),
  person("Enrico Rossi", "IT", [], [office("President of Tuscany", "IT", "minister", "2010-04-01", "2020-10-01")]),
  person(
    "Claudio Burlando",
    "IT",
    ["Burlando"],
    [office("President of Liguria", "IT", "minister", "2005-04-01", "2015-06-01")]
  ),
  person("Giovanni Toti", "IT", [], [office("President of Liguria", "IT", "minister", "2015-06-01", "2024-07-01")]),
  person(
    "Renzo Tondo",
    "IT",
    [],
    [office("President of Friuli Venezia Giulia", "IT", "minister", "2008-04-01", "2013-04-01")]
  ),
  person(
    "Debora Serracchiani",
    "IT",
    ["Serracchiani"],
    [office("President of Friuli Venezia Giulia", "IT", "minister", "2013-04-01", "2018-05-01")]
  ),
  person("Luca Zaia", "IT", ["Zaia"], [office("President of Veneto", "IT", "minister", "2010-04-01", "2025-12-05")]),
  // "Stefani" alone is too common a name outside Italian politics.
  person("Alberto Stefani", "IT", [], [office("President of Veneto", "IT", "minister", "2025-12-05")]),
  // Resigned on entering the European Parliament (effective 11 July 2024); the vice-president acted until December.
  person(
    "Stefano Bonaccini",
    "IT",
    ["Bonaccini"],
    [office("President of Emilia-Romagna", "IT", "minister", "2014-12-01", "2024-07-11")]
  ),
  person(
    "Michele de Pascale",
    "IT",
    ["Michele De Pascale"],
    [office("President of Emilia-Romagna", "IT", "minister", "2024-12-01")]
  ),
  person(
    "Sergio Chiamparino",
    "IT",
    ["Chiamparino"],
    [office("President of Piedmont", "IT", "minister", "2014-06-01", "2019-06-01")]
  ),
  // "Cirio" alone is a food brand.
  person("Alberto Cirio", "IT", [], [office("President of Piedmont", "IT", "minister", "2019-06-01")]),
  // Elected to the Chamber in September 2022, he signed his resignation on 11 November 2022.
  person("Nicola Zingaretti", "IT", [], [office("President of Lazio", "IT", "minister", "2013-03-01", "2022-11-11")]),
  person("Francesco Rocca", "IT", [], [office("President of Lazio", "IT", "minister", "2023-03-02")]),
  person("Roberto Fico", "IT", [], [office("President of Campania", "IT", "minister", "2025-12-09")]),
  person("Michele Emiliano", "IT", [], [office("President of Apulia", "IT", "minister", "2015-06-01", "2026-01-07")]),
  person("Antonio Decaro", "IT", ["Decaro"], [office("President of Apulia", "IT", "minister", "2026-01-07")]),
  person(
    "Renato Schifani",
    "IT",
    ["Schifani"],
    [office("President of the Region of Sicily", "IT", "minister", "2022-10-01")]
  ),
  person("Eugenio Giani", "IT", [], [office("President of Tuscany", "IT", "minister", "2020-10-01")]),
  person(
    "Massimiliano Fedriga",
    "IT",
    ["Fedriga"],
    [office("President of Friuli Venezia Giulia", "IT", "minister", "2018-05-01")]
  )
]

// ── Italy: diplomats, chiefs of defence and of the services, armaments directors ────
const italianOfficials: ReadonlyArray<ActorEntry> = [
  // Secretaries-General of the Farnesina, the foreign ministry's most senior diplomat.
  person(
    "Elisabetta Belloni",
    "IT",
    ["Belloni"],
    [
      office(
        "Secretary-General of the Italian Ministry of Foreign Affairs",
        "IT",
        "official",
        "2016-05-05",
        "2021-05-12"
      )
    ]
  ),
  person(
    "Ettore Sequi",
    "IT",
    ["Ettore Francesco Sequi", "Sequi"],
    [
      office(
        "Secretary-General of the Italian Ministry of Foreign Affairs",
        "IT",
        "official",
        "2021-05-12",
        "2023-03-06"
      )
    ]
  ),
  person(
    "Riccardo Guariglia",
    "IT",
    ["Guariglia"],
    [office("Secretary-General of the Italian Ministry of Foreign Affairs", "IT", "official", "2023-03-06")]
  ),
  person(
    "Luigi Binelli Mantelli",
    "IT",
    ["Binelli Mantelli"],
    [office("Chief of the Defence Staff of Italy", "IT", "official", "2013-01-31", "2015-02-28")]
  ),
  person(
    "Claudio Graziano",
    "IT",
    [],
    [office("Chief of the Defence Staff of Italy", "IT", "official", "2015-02-28", "2018-11-05")]
  ),
  person(
    "Enzo Vecciarelli",
    "IT",
    ["Vecciarelli"],
    [
      office("Chief of Staff of the Italian Air Force", "IT", "official", "2016-03-30", "2018-10-31"),
      office("Chief of the Defence Staff of Italy", "IT", "official", "2018-11-05", "2021-11-05")
    ]
  ),
  person(
    "Giuseppe Cavo Dragone",
    "IT",
    ["Cavo Dragone"],
    [
      office("Chief of Staff of the Italian Navy", "IT", "official", "2019-06-21", "2021-11-04"),
      office("Chief of the Defence Staff of Italy", "IT", "official", "2021-11-05", "2024-11-08")
    ]
  ),
  person(
    "Luciano Portolano",
    "IT",
    ["Portolano"],
    [office("Chief of the Defence Staff of Italy", "IT", "official", "2024-11-08")]
  ),
  // National Armaments Director from 2025; month-level date.
  person(
    "Giacinto Ottaviani",
    "IT",
    ["Ottaviani"],
    [office("National Armaments Director of Italy", "IT", "official", "2025-01-01")]
  ),
  // Chiefs of staff of the army (Errico's start is month-level), navy and air force since 2014.
  person(
    "Danilo Errico",
    "IT",
    [],
    [office("Chief of Staff of the Italian Army", "IT", "official", "2015-02-01", "2018-02-27")]
  ),
  person(
    "Salvatore Farina",
    "IT",
    [],
    [office("Chief of Staff of the Italian Army", "IT", "official", "2018-02-27", "2021-02-26")]
  ),
  person(
    "Pietro Serino",
    "IT",
    [],
    [office("Chief of Staff of the Italian Army", "IT", "official", "2021-02-26", "2024-02-27")]
  ),
  person("Carmine Masiello", "IT", [], [office("Chief of Staff of the Italian Army", "IT", "official", "2024-02-27")]),
  person(
    "Giuseppe De Giorgi",
    "IT",
    [],
    [office("Chief of Staff of the Italian Navy", "IT", "official", "2013-01-28", "2016-06-22")]
  ),
  person(
    "Valter Girardelli",
    "IT",
    [],
    [office("Chief of Staff of the Italian Navy", "IT", "official", "2016-06-22", "2019-06-21")]
  ),
  person(
    "Enrico Credendino",
    "IT",
    ["Credendino"],
    [office("Chief of Staff of the Italian Navy", "IT", "official", "2021-11-04", "2025-11-06")]
  ),
  person(
    "Giuseppe Berutti Bergotto",
    "IT",
    ["Berutti Bergotto"],
    [office("Chief of Staff of the Italian Navy", "IT", "official", "2025-11-06")]
  ),
  person(
    "Pasquale Preziosa",
    "IT",
    [],
    [office("Chief of Staff of the Italian Air Force", "IT", "official", "2013-02-25", "2016-03-30")]
  ),
  person(
    "Alberto Rosso",
    "IT",
    [],
    [office("Chief of Staff of the Italian Air Force", "IT", "official", "2018-10-31", "2021-10-28")]
  ),
  person(
    "Luca Goretti",
    "IT",
    [],
    [office("Chief of Staff of the Italian Air Force", "IT", "official", "2021-10-28", "2025-05-15")]
  ),
  person(
    "Antonio Conserva",
    "IT",
    [],
    [office("Chief of Staff of the Italian Air Force", "IT", "official", "2025-05-15")]
  ),
  // Ambassadors of Italy to India. Angeloni arrived in New Delhi on 4 March 2015; later dates are month-level.
  person(
    "Daniele Mancini",
    "IT",
    [],
    [office("Ambassador of Italy to India", "IT", "official", "2013-01-03", "2015-03-03")]
  ),
  person(
    "Lorenzo Angeloni",
    "IT",
    ["Enzo Angeloni", "Angeloni"],
    [office("Ambassador of Italy to India", "IT", "official", "2015-03-04", "2019-01-31")]
  ),
  person(
    "Vincenzo de Luca",
    "IT",
    ["Vincenzo De Luca"],
    [office("Ambassador of Italy to India", "IT", "official", "2019-02-01", "2023-09-30")]
  ),
  person("Antonio Bartoli", "IT", [], [office("Ambassador of Italy to India", "IT", "official", "2023-10-01")])
]

// ── India: government, armed services, research and space ──────────────────────────
// A ministry's bare name is an alias only when no other country's ministry has it: "Ministry of
// Defence" alone is as often Britain's, so it is matched only with "Indian" or "India's" before it.
const indianGovernment: ReadonlyArray<ActorEntry> = [
  // India's cultural agency abroad, under the MEA: Indian studies chairs, festivals, scholarships.
  organisation("Indian Council for Cultural Relations", "IN", ["ICCR"], { sectors: ["culture_tourism"] }),
  // Indian papers call the Union government "the Centre" ("the Supreme Court directed the Centre to deposit").
  organisation("Government of India", "IN", ["Union government", "Union Government", "the Centre", "The Centre"], {
    notBefore: ["for", "of", "at", "court"]
  }),
  // India's cabinet and houses of Parliament by their own names: no other state has them, so they put India in a
  // sentence that never says "India" (a Cabinet digest, a press release on a Speaker's meeting).
  organisation("Union Cabinet", "IN", ["Union cabinet"]),
  organisation("Lok Sabha", "IN", []),
  organisation("Rajya Sabha", "IN", []),
  // South Block houses the MEA (and the defence ministry and the PMO), and stands for Indian foreign policy in reports.
  organisation("Ministry of External Affairs", "IN", [
    "MEA",
    "Indian Ministry of External Affairs",
    "India's Ministry of External Affairs",
    "External Affairs Ministry",
    "South Block"
  ]),
  organisation(
    "Indian Ministry of Defence",
    "IN",
    [
      "India's Ministry of Defence",
      "Ministry of Defence of India",
      "Indian Defence Ministry",
      "India's Defence Ministry",
      "Indian defence ministry",
      "India's defence ministry",
      "Raksha Mantralaya"
    ],
    { sectors: ["defence"] }
  ),
  // North Block, shared with the home ministry, stands for the finance ministry in reports.
  organisation("Indian Ministry of Finance", "IN", [
    "India's Ministry of Finance",
    "Indian Finance Ministry",
    "India's Finance Ministry",
    "India's finance ministry",
    "North Block"
  ]),
  organisation("Indian Ministry of Home Affairs", "IN", [
    "India's Ministry of Home Affairs",
    "Union Home Ministry",
    "Union Ministry of Home Affairs",
    "Indian Home Ministry",
    "India's Home Ministry"
  ]),
  // Qatar and Kuwait also have a "Ministry of Commerce and Industry".
  organisation(
    "Indian Ministry of Commerce and Industry",
    "IN",
    [
      "India's Ministry of Commerce and Industry",
      "Union Ministry of Commerce and Industry",
      "Ministry of Commerce and Industry of India",
      "Indian Commerce Ministry",
      "India's Commerce Ministry",
      "Indian commerce ministry",
      "India's commerce ministry"
    ],
    { sectors: ["trade"] }
  ),
  // Renamed from the Department of Industrial Policy and Promotion (DIPP) in January 2019.
  organisation(
    "DPIIT",
    "IN",
    [
      "Department for Promotion of Industry and Internal Trade",
      "DIPP",
      "Department of Industrial Policy and Promotion"
    ],
    { sectors: ["investment"] }
  ),
  organisation("Ministry of Electronics and Information Technology", "IN", ["MeitY"], { sectors: ["digital"] }),
  organisation("Ministry of New and Renewable Energy", "IN", ["MNRE"], { sectors: ["energy_climate"] }),
  organisation("Ministry of Petroleum and Natural Gas", "IN", [], { sectors: ["energy_climate"] }),
  organisation("Ministry of Ports, Shipping and Waterways", "IN", [], { sectors: ["maritime_ports"] }),
  organisation("Ministry of Food Processing Industries", "IN", [], { sectors: ["agriculture_food"] }),
  organisation("Ministry of Micro, Small and Medium Enterprises", "IN", ["MSME Ministry"]),
  organisation("NITI Aayog", "IN", []),
  organisation("Indian Navy", "IN", [], { sectors: ["defence", "maritime_ports"] }),
  organisation("Indian Army", "IN", [], { sectors: ["defence"] }),
  organisation("Indian Air Force", "IN", ["IAF"], { sectors: ["defence"] }),
  organisation("Indian Coast Guard", "IN", [], { sectors: ["maritime_ports"] }),
  organisation("ISRO", "IN", ["Indian Space Research Organisation", "Indian Space Research Organization"], {
    sectors: ["space"]
  }),
  organisation(
    "IN-SPACe",
    "IN",
    [
      "Indian National Space Promotion and Authorisation Centre",
      "Indian National Space Promotion and Authorization Centre"
    ],
    { sectors: ["space"] }
  ),
  organisation("NewSpace India Limited", "IN", ["NSIL"], { sectors: ["space"] }),
  organisation(
    "DRDO",
    "IN",
    ["Defence Research and Development Organisation", "Defence Research and Development Organization"],
    { sectors: ["defence"], defenceIndustry: true }
  ),
  organisation("ICAR", "IN", ["Indian Council of Agricultural Research"], { sectors: ["agriculture_food"] }),
  // Spelled out: South Africa's and Ghana's CSIR are the Council "for" Scientific and Industrial Research.
  organisation(
    "Council of Scientific and Industrial Research",
    "IN",
    ["Council of Scientific & Industrial Research", "India's CSIR"],
    { sectors: ["education_research"] }
  ),
  // "DST" is also daylight saving time, and the Philippines has a Department of Science and Technology too.
  organisation("Indian Department of Science and Technology", "IN", ["India's Department of Science and Technology"], {
    sectors: ["technology_ai"]
  }),
  // "DBT" alone is also India's direct benefit transfers.
  organisation("Department of Biotechnology", "IN", ["India's Department of Biotechnology"], { sectors: ["health"] }),
  organisation("Indian Institute of Science", "IN", ["IISc"], { sectors: ["education_research"] }),
  organisation("Indian Institute of Astrophysics", "IN", [], { sectors: ["space"] }),
  // Each IIT by its city: a bare "IIT" is also Genoa's Italian Institute of Technology.
  ...["Bombay", "Delhi", "Madras", "Kanpur", "Kharagpur", "Roorkee", "Guwahati", "Hyderabad"].map((city) =>
    organisation(
      `IIT ${city}`,
      "IN",
      [`IIT-${city}`, `Indian Institute of Technology ${city}`, `Indian Institute of Technology, ${city}`],
      { sectors: ["education_research"] }
    )
  ),
  organisation("University of Delhi", "IN", ["Delhi University"], { sectors: ["education_research"] }),
  organisation("Jawaharlal Nehru University", "IN", ["JNU"], { sectors: ["education_research"] }),
  // Universities that sign with Italian ones, by the names their agreements use.
  ...universities("IN", [
    ["Amrita Vishwa Vidyapeetham", ["Amrita University"]],
    ["Pondicherry University", []],
    ["Anna University", []],
    ["University of Madras", ["Madras University"]],
    ["University of Mumbai", ["Mumbai University"]],
    ["University of Calcutta", ["Calcutta University"]],
    ["Jadavpur University", []],
    ["Visva-Bharati University", ["Visva-Bharati", "Visva Bharati"]],
    ["Banaras Hindu University", ["BHU"]],
    ["Aligarh Muslim University", []],
    ["Jamia Millia Islamia", []],
    ["University of Hyderabad", ["Hyderabad Central University"]],
    ["Osmania University", []],
    ["Panjab University", []],
    ["Savitribai Phule Pune University", ["University of Pune", "Pune University"]],
    ["Manipal Academy of Higher Education", ["Manipal University"]],
    ["Christ University", []],
    ["Symbiosis International University", ["Symbiosis International"]],
    ["Ashoka University", []],
    ["O.P. Jindal Global University", ["O. P. Jindal Global University", "Jindal Global University"]],
    ["Amity University", []],
    ["SRM Institute of Science and Technology", ["SRM University"]],
    ["Vellore Institute of Technology", []],
    ["Cochin University of Science and Technology", ["CUSAT"]],
    ["National Institute of Design", []]
  ]),
  // Spelled out only: a bare "ASI" is the Italian Space Agency in space news, this survey in heritage
  // news and an assistant sub-inspector in Indian police news, so it is no one's alias (see the ASI test).
  organisation("Archaeological Survey of India", "IN", [], { sectors: ["culture_tourism"] }),
  organisation("Embassy of India in Italy", "IN", [
    "Indian Embassy in Italy",
    "Indian Embassy in Rome",
    "Embassy of India, Rome"
  ]),
  organisation("Central Bureau of Investigation", "IN", ["CBI"], { sectors: ["legal_justice"] }),
  organisation("Enforcement Directorate", "IN", [], { sectors: ["legal_justice"] }),
  organisation("Supreme Court of India", "IN", ["Indian Supreme Court"], { sectors: ["legal_justice"] }),
  organisation("Delhi High Court", "IN", [], { sectors: ["legal_justice"] }),
  organisation("National Highways Authority of India", "IN", ["NHAI"], { sectors: ["connectivity_infrastructure"] })
]

// ── India: companies and business bodies ────────────────────────────────────────────
const indianBusiness: ReadonlyArray<ActorEntry> = [
  organisation("Society of Indian Defence Manufacturers", "IN", ["SIDM"], {
    sectors: ["defence"],
    defenceIndustry: true
  }),
  organisation("HAL", "IN", ["Hindustan Aeronautics Limited", "Hindustan Aeronautics"], {
    sectors: ["defence"],
    defenceIndustry: true
  }),
  organisation("BEL", "IN", ["Bharat Electronics Limited", "Bharat Electronics"], {
    sectors: ["defence"],
    defenceIndustry: true
  }),
  organisation("Bharat Dynamics Ltd", "IN", ["Bharat Dynamics Limited", "Bharat Dynamics", "BDL"], {
    sectors: ["defence"],
    defenceIndustry: true
  }),
  organisation(
    "Mazagon Dock Shipbuilders",
    "IN",
    [
      "Mazagon Dock Shipbuilders Limited",
      "Mazagon Dock Shipbuilders Ltd",
      "Mazagon Dock Ltd",
      "Mazagon Dock Limited",
      "Mazagon Dock",
      "MDL"
    ],
    {
      sectors: ["defence", "maritime_ports"],
      defenceIndustry: true
    }
  ),
  organisation(
    "Garden Reach Shipbuilders & Engineers",
    "IN",
    ["Garden Reach Shipbuilders and Engineers", "Garden Reach Shipbuilders", "GRSE"],
    {
      sectors: ["defence", "maritime_ports"],
      defenceIndustry: true
    }
  ),
  organisation("Goa Shipyard", "IN", ["Goa Shipyard Limited", "Goa Shipyard Ltd"], {
    sectors: ["defence", "maritime_ports"],
    defenceIndustry: true
  }),
  // Not a defence maker here although it built the navy's carrier: most of its Italian business is merchant
  // and cruise ships.
  organisation("Cochin Shipyard", "IN", ["Cochin Shipyard Ltd", "Cochin Shipyard Limited"], {
    sectors: ["maritime_ports"]
  }),
  organisation("L&T Defence", "IN", ["Larsen & Toubro Defence", "L&T Precision Engineering & Systems"], {
    sectors: ["defence"],
    defenceIndustry: true
  }),
  organisation("Tata Advanced Systems", "IN", ["Tata Advanced Systems Limited", "Tata Advanced Systems Ltd", "TASL"], {
    sectors: ["defence"],
    defenceIndustry: true
  }),
  // Bharat Forge makes car parts as well as artillery; Kalyani Strategic Systems is the group's defence arm.
  organisation("Bharat Forge", "IN", ["Bharat Forge Ltd", "Bharat Forge Limited"], {
    sectors: ["automotive_manufacturing"],
    defenceIndustry: true
  }),
  organisation("Kalyani Strategic Systems", "IN", ["Kalyani Strategic Systems Limited", "KSSL"], {
    sectors: ["defence"],
    defenceIndustry: true
  }),
  organisation("Adani Defence & Aerospace", "IN", ["Adani Defence and Aerospace", "Adani Defence"], {
    sectors: ["defence"],
    defenceIndustry: true
  }),
  organisation("Invest India", "IN", [], { sectors: ["investment"] }),
  asBusinessBody(organisation("CII", "IN", ["Confederation of Indian Industry"])),
  asBusinessBody(
    organisation("FICCI", "IN", [
      "Federation of Indian Chambers of Commerce and Industry",
      "Federation of Indian Chambers of Commerce & Industry"
    ])
  ),
  asBusinessBody(organisation("ASSOCHAM", "IN", ["Associated Chambers of Commerce and Industry of India"])),
  asBusinessBody(
    organisation(
      "Federation of Indian Export Organisations",
      "IN",
      ["Federation of Indian Export Organizations", "FIEO"],
      { sectors: ["trade"] }
    )
  ),
  asBusinessBody(
    organisation("EEPC India", "IN", ["Engineering Export Promotion Council", "EEPC"], { sectors: ["trade"] })
  ),
  // Not "Exim Bank" alone: the United States and China have theirs.
  organisation(
    "Export-Import Bank of India",
    "IN",
    ["India Exim Bank", "India EXIM Bank", "Exim Bank of India", "EXIM Bank of India"],
    { sectors: ["trade"] }
  ),
  organisation("Tata Group", "IN", ["Tata"]),
  organisation("Larsen & Toubro", "IN", ["L&T"]),
  organisation("Mahindra", "IN", ["Mahindra & Mahindra", "Tech Mahindra", "Mahindra Group"], {
    sectors: ["automotive_manufacturing"]
  }),
  organisation("Tata Motors", "IN", [], { sectors: ["automotive_manufacturing"] }),
  // Indian companies that buy, sell or build in Italy; reports from Indian outlets name them without the country.
  organisation("Aurobindo Pharma", "IN", ["Aurobindo Pharma Ltd", "Aurobindo"], { sectors: ["health"] }),
  organisation("Lupin", "IN", ["Lupin Ltd", "Lupin Limited"], { sectors: ["health"] }),
  organisation("Sun Pharma", "IN", ["Sun Pharmaceutical Industries", "Sun Pharmaceutical"], { sectors: ["health"] }),
  organisation("Dr. Reddy's Laboratories", "IN", ["Dr Reddy's Laboratories", "Dr. Reddy's", "Dr Reddy's"], {
    sectors: ["health"]
  }),
  organisation("Glenmark", "IN", ["Glenmark Pharmaceuticals"], { sectors: ["health"] }),
  organisation("Zydus", "IN", ["Zydus Cadila", "Zydus Lifesciences"], { sectors: ["health"] }),
  organisation("Sterlite Technologies", "IN", ["Sterlite Tech", "STL"], { sectors: ["digital"] }),
  organisation("Infosys", "IN", [], { sectors: ["digital"] }),
  organisation("Wipro", "IN", [], { sectors: ["digital"] }),
  organisation("Tata Consultancy Services", "IN", ["TCS"], { sectors: ["digital"] }),
  organisation("HCLTech", "IN", ["HCL Technologies"], { sectors: ["digital"] }),
  organisation("Hero MotoCorp", "IN", [], { sectors: ["automotive_manufacturing"] }),
  // The Hero group's scooter maker of the 2000s, apart from Hero Honda (later Hero MotoCorp).
  organisation("Hero Motors", "IN", [], { sectors: ["automotive_manufacturing"] }),
  // The auto-components maker that bought Italian die-casters and brake makers (Fonpresmetal, Grimeca, Adler).
  organisation("Endurance Technologies", "IN", [], { sectors: ["automotive_manufacturing"] }),
  // Kishore Biyani's retail group, Generali's partner in two Indian insurers.
  organisation("Future Group", "IN", [], {}),
  organisation("Power Finance Corporation", "IN", [], { sectors: ["energy_climate"] }),
  organisation("Reliance Infrastructure", "IN", ["RInfra"], { sectors: ["connectivity_infrastructure"] }),
  organisation("Trivitron Healthcare", "IN", ["Trivitron"], { sectors: ["health"] }),
  organisation("Bajaj Auto", "IN", [], { sectors: ["automotive_manufacturing"] }),
  organisation("TVS Motor", "IN", ["TVS Motor Company"], { sectors: ["automotive_manufacturing"] }),
  organisation(
    "Samvardhana Motherson",
    "IN",
    ["SamvardhanaMotherson", "Motherson Sumi", "Motherson Group", "Motherson"],
    {
      sectors: ["automotive_manufacturing"]
    }
  ),
  organisation("Sona Comstar", "IN", ["Sona BLW"], { sectors: ["automotive_manufacturing"] }),
  organisation("Ashok Leyland", "IN", [], { sectors: ["automotive_manufacturing"] }),
  organisation("Hinduja Group", "IN", [], { sectors: ["investment"] }),
  organisation("Godrej", "IN", ["Godrej Group", "Godrej & Boyce"], {}),
  organisation("Cipla", "IN", [], { sectors: ["health"] }),
  organisation("Vedanta", "IN", ["Vedanta Resources"], { sectors: ["critical_minerals"] }),
  organisation("Welspun", "IN", [], {}),
  organisation("Suzlon", "IN", ["Suzlon Energy"], { sectors: ["energy_climate"] }),
  organisation("GAIL", "IN", ["GAIL (India)"], { sectors: ["energy_climate"] }),
  organisation("Coal India", "IN", [], { sectors: ["energy_climate"] }),
  organisation("Minda Industries", "IN", ["Uno Minda", "Spark Minda"], { sectors: ["automotive_manufacturing"] }),
  organisation("Titagarh Rail Systems", "IN", ["Titagarh Wagons", "Titagarh"], {
    sectors: ["connectivity_infrastructure"]
  }),
  organisation("Steel Authority of India", "IN", ["SAIL"], { sectors: ["automotive_manufacturing"] }),
  organisation("Jindal Steel", "IN", ["Jindal Steel & Power", "Jindal Steel and Power"], {
    sectors: ["automotive_manufacturing"]
  }),
  organisation("Reliance Industries", "IN", [], { sectors: ["energy_climate"] }),
  organisation("ONGC", "IN", ["Oil and Natural Gas Corporation"], { sectors: ["energy_climate"] }),
  organisation("NTPC", "IN", [], { sectors: ["energy_climate"] }),
  // Indian institutions by the names their kind carries everywhere in the country.
  organisation("National Institute of Technology", "IN", [], { sectors: ["education_research"] }),
  organisation("Indian Institute of Science", "IN", ["IISc"], { sectors: ["education_research"] }),
  organisation("Indian Institute of Management", "IN", [], { sectors: ["education_research"] }),
  organisation("All India Institute of Medical Sciences", "IN", ["AIIMS"], { sectors: ["health"] }),
  // "JSW Steel Italy", the Indian group's Italian arm at Piombino, acts for its Indian owner.
  organisation("JSW Steel", "IN", ["JSW", "JSW Group", "JSW Steel Italy"], { sectors: ["automotive_manufacturing"] }),
  organisation("Adani Group", "IN", ["Adani"]),
  organisation("Air India", "IN", [], { sectors: ["connectivity_infrastructure"] }),
  organisation("Startup India", "IN", [], { sectors: ["startups_innovation"] }),
  organisation("State Bank of India", "IN", ["SBI"]),
  organisation("Indian Oil Corporation", "IN", ["IndianOil", "Indian Oil"], { sectors: ["energy_climate"] }),
  organisation("Bharat Heavy Electricals Ltd", "IN", [
    "BHEL",
    "Bharat Heavy Electricals",
    "Bharat Heavy Electricals Limited"
  ]),
  // India's listed majors and state enterprises that deal with Italian firms (buyers, partners, targets).
  organisation("Tata Steel", "IN", [], { sectors: ["automotive_manufacturing"] }),
  organisation("Hindalco Industries", "IN", ["Hindalco"], { sectors: ["automotive_manufacturing"] }),
  organisation("UltraTech Cement", "IN", [], { sectors: ["automotive_manufacturing"] }),
  organisation("Zuari Cement", "IN", ["Zuari Cements", "Zuari Industries"], { sectors: ["automotive_manufacturing"] }),
  organisation("Essar Group", "IN", ["Essar"], { sectors: ["energy_climate"] }),
  organisation("Bharat Petroleum", "IN", ["BPCL", "Bharat Petroleum Corporation"], { sectors: ["energy_climate"] }),
  organisation("Hindustan Petroleum", "IN", ["HPCL", "Hindustan Petroleum Corporation"], {
    sectors: ["energy_climate"]
  }),
  organisation("Power Grid Corporation of India", "IN", ["Power Grid Corporation", "POWERGRID"], {
    sectors: ["energy_climate"]
  }),
  organisation("Indian Railways", "IN", [], { sectors: ["connectivity_infrastructure"] }),
  organisation("RITES", "IN", ["RITES Ltd"], { sectors: ["connectivity_infrastructure"] }),
  organisation("IRCON International", "IN", ["IRCON"], { sectors: ["connectivity_infrastructure"] }),
  organisation("Shipping Corporation of India", "IN", [], { sectors: ["maritime_ports"] }),
  organisation("Bharti Airtel", "IN", ["Airtel", "Bharti Enterprises"], { sectors: ["digital"] }),
  organisation("ICICI Bank", "IN", ["ICICI"], { sectors: ["investment"] }),
  organisation("HDFC Bank", "IN", ["HDFC"], { sectors: ["investment"] }),
  organisation("Biocon", "IN", [], { sectors: ["health"] }),
  organisation("IndiGo", "IN", ["InterGlobe Aviation"], { sectors: ["connectivity_infrastructure"] }),
  // Indian industrial, engineering, pharmaceutical, energy and IT groups that buy from, partner with or invest in
  // Italian firms. Consumer brands stay out, as on the Italian side; names that are also words are written in full
  // ("Escorts Kubota", "Torrent Pharma").
  organisation("Tata Power", "IN", [], { sectors: ["energy_climate"] }),
  organisation("Tata Technologies", "IN", [], { sectors: ["technology_ai"] }),
  organisation("Tata Projects", "IN", [], { sectors: ["connectivity_infrastructure"] }),
  organisation("Tata Chemicals", "IN", [], { sectors: ["automotive_manufacturing"] }),
  organisation("Tata AutoComp Systems", "IN", ["Tata AutoComp"], { sectors: ["automotive_manufacturing"] }),
  organisation("Tata Elxsi", "IN", [], { sectors: ["technology_ai"] }),
  organisation("Kirloskar Group", "IN", ["Kirloskar", "Kirloskar Brothers", "Kirloskar Oil Engines"], {
    sectors: ["automotive_manufacturing"]
  }),
  organisation("Thermax", "IN", [], { sectors: ["energy_climate"] }),
  organisation("Bharat Biotech", "IN", [], { sectors: ["health"] }),
  organisation("Serum Institute of India", "IN", [], { sectors: ["health"] }),
  organisation("Wockhardt", "IN", [], { sectors: ["health"] }),
  organisation("Alkem Laboratories", "IN", ["Alkem"], { sectors: ["health"] }),
  organisation("Intas Pharmaceuticals", "IN", ["Intas"], { sectors: ["health"] }),
  organisation("Natco Pharma", "IN", [], { sectors: ["health"] }),
  organisation("Torrent Pharmaceuticals", "IN", ["Torrent Pharma"], { sectors: ["health"] }),
  organisation("Piramal Group", "IN", ["Piramal", "Piramal Pharma", "Piramal Enterprises"], { sectors: ["health"] }),
  organisation("Jubilant Pharmova", "IN", ["Jubilant Life Sciences"], { sectors: ["health"] }),
  organisation("KPIT Technologies", "IN", ["KPIT"], { sectors: ["technology_ai"] }),
  organisation("LTIMindtree", "IN", [], { sectors: ["digital"] }),
  organisation("Persistent Systems", "IN", [], { sectors: ["digital"] }),
  organisation("Cyient", "IN", [], { sectors: ["technology_ai"] }),
  organisation("BEML", "IN", ["BEML Limited", "Bharat Earth Movers"], { sectors: ["automotive_manufacturing"] }),
  organisation("Apollo Tyres", "IN", [], { sectors: ["automotive_manufacturing"] }),
  organisation("CEAT", "IN", ["CEAT Tyres"], { sectors: ["automotive_manufacturing"] }),
  organisation("Amara Raja", "IN", ["Amara Raja Energy & Mobility", "Amara Raja Batteries"], {
    sectors: ["automotive_manufacturing"]
  }),
  organisation("Escorts Kubota", "IN", ["Escorts Limited"], { sectors: ["agriculture_food"] }),
  organisation("Sonalika Tractors", "IN", ["Sonalika", "International Tractors Limited"], {
    sectors: ["agriculture_food"]
  }),
  organisation("Eicher Motors", "IN", [], { sectors: ["automotive_manufacturing"] }),
  organisation("Sundram Fasteners", "IN", [], { sectors: ["automotive_manufacturing"] }),
  organisation("Lucas TVS", "IN", [], { sectors: ["automotive_manufacturing"] }),
  organisation("Varroc Engineering", "IN", ["Varroc"], { sectors: ["automotive_manufacturing"] }),
  organisation("Sansera Engineering", "IN", [], { sectors: ["automotive_manufacturing"] }),
  organisation("Suprajit Engineering", "IN", ["Suprajit"], { sectors: ["automotive_manufacturing"] }),
  organisation("Greaves Cotton", "IN", [], { sectors: ["automotive_manufacturing"] }),
  organisation("Triveni Turbine", "IN", ["Triveni Engineering"], { sectors: ["energy_climate"] }),
  organisation("ISGEC Heavy Engineering", "IN", ["ISGEC"], { sectors: ["automotive_manufacturing"] }),
  organisation("Praj Industries", "IN", [], { sectors: ["energy_climate"] }),
  organisation("ReNew Power", "IN", ["ReNew Energy Global", "ReNew"], { sectors: ["energy_climate"] }),
  organisation("Greenko", "IN", [], { sectors: ["energy_climate"] }),
  organisation("Azure Power", "IN", [], { sectors: ["energy_climate"] }),
  organisation("Adani Green Energy", "IN", ["Adani Green"], { sectors: ["energy_climate"] }),
  organisation("NHPC", "IN", [], { sectors: ["energy_climate"] }),
  organisation("SJVN", "IN", [], { sectors: ["energy_climate"] }),
  organisation("NLC India", "IN", ["Neyveli Lignite Corporation"], { sectors: ["energy_climate"] }),
  organisation("Oil India", "IN", ["Oil India Limited"], { sectors: ["energy_climate"] }),
  organisation("Petronet LNG", "IN", ["Petronet"], { sectors: ["energy_climate"] }),
  organisation("Engineers India", "IN", ["Engineers India Limited"], { sectors: ["energy_climate"] }),
  organisation("Delhi Metro Rail Corporation", "IN", ["DMRC", "Delhi Metro"], {
    sectors: ["connectivity_infrastructure"]
  })
]

// ── Italy: government, armed services, research and space ───────────────────────────
const italianGovernment: ReadonlyArray<ActorEntry> = [
  // The foreign ministry's cultural institutes abroad (New Delhi, Mumbai): the Italian state's cultural arm.
  organisation(
    "Italian Cultural Institute",
    "IT",
    ["Istituto Italiano di Cultura", "Italian Institute of Culture", "Italian Embassy Cultural Centre"],
    { sectors: ["culture_tourism"] }
  ),
  // Palazzo Chigi, the Prime Minister's seat, stands for the Italian government in reports.
  organisation("Palazzo Chigi", "IT", ["Presidency of the Council of Ministers"]),
  // The Quirinale stands for the Presidency of the Republic; Villa Madama is the government's venue for state guests.
  organisation("Quirinale", "IT", ["Quirinal Palace", "Palazzo del Quirinale"]),
  organisation("Villa Madama", "IT", []),
  // Not "Ministry of Foreign Affairs and International Cooperation" alone: that was also the UAE's ministry's name.
  organisation("Farnesina", "IT", [
    "Italian Ministry of Foreign Affairs",
    "Italian Foreign Ministry",
    "Italy's Foreign Ministry",
    "Italy's foreign ministry",
    "Italian Ministry of Foreign Affairs and International Cooperation",
    "Italy's Ministry of Foreign Affairs and International Cooperation",
    "Ministero degli Affari Esteri e della Cooperazione Internazionale",
    "MAECI"
  ]),
  // Palazzo Baracchini is the defence ministry's seat in Rome.
  organisation(
    "Italian Ministry of Defence",
    "IT",
    [
      "Italy's Ministry of Defence",
      "Italian Defence Ministry",
      "Italy's Defence Ministry",
      "Italian defence ministry",
      "Italy's defence ministry",
      "Ministero della Difesa",
      "Palazzo Baracchini"
    ],
    { sectors: ["defence"] }
  ),
  // Several countries have a "Ministry of Economy and Finance"; only the Italian forms are aliases.
  organisation("Italian Ministry of Economy and Finance", "IT", [
    "Italy's Ministry of Economy and Finance",
    "Italian Economy Ministry",
    "Italy's Economy Ministry",
    "Ministero dell'Economia e delle Finanze"
  ]),
  // The Ministry of Economic Development (MISE) until it was renamed in November 2022.
  organisation("MIMIT", "IT", [
    "Ministry of Enterprises and Made in Italy",
    "Italian Ministry of Enterprises and Made in Italy",
    "Ministero delle Imprese e del Made in Italy",
    "Mimit",
    "Italian Ministry of Economic Development",
    "Italy's Ministry of Economic Development"
  ]),
  organisation(
    "Italian Ministry of Agriculture, Food Sovereignty and Forests",
    "IT",
    ["Ministry of Agriculture, Food Sovereignty and Forests", "MASAF"],
    { sectors: ["agriculture_food"] }
  ),
  // The Viminale palace stands for the interior ministry.
  organisation("Italian Ministry of the Interior", "IT", [
    "Italy's Interior Ministry",
    "Italian Interior Ministry",
    "Viminale"
  ]),
  // The Navy's sail training ship sails under the Navy's name: her port calls are the Navy's ("Nave Amerigo Vespucci").
  organisation("Italian Navy", "IT", ["Marina Militare", "Marina Militare Italiana", "Amerigo Vespucci"], {
    sectors: ["defence", "maritime_ports"]
  }),
  organisation("Italian Army", "IT", ["Esercito Italiano", "Esercito"], { sectors: ["defence"] }),
  organisation("Italian Air Force", "IT", ["Aeronautica Militare", "Aeronautica Militare Italiana"], {
    sectors: ["defence"]
  }),
  organisation("Carabinieri", "IT", ["Arma dei Carabinieri"]),
  organisation("Guardia di Finanza", "IT", []),
  // Italy's Parliament and cabinet by their Italian names and buildings, as ratification laws, hearings and dossiers
  // name them ("la Camera dei deputati ha approvato la ratifica", "la commissione Esteri del Senato"). Not another
  // country's senate or the EU's councils of ministers.
  organisation("Italian Parliament", "IT", ["Parlamento italiano", "Italian parliament"]),
  organisation("Chamber of Deputies of Italy", "IT", ["Camera dei deputati", "Camera dei Deputati", "Montecitorio"]),
  organisation("Senate of Italy", "IT", ["Senato della Repubblica", "Senato", "Palazzo Madama", "Italian Senate"], {
    notBefore: ["americano", "statunitense", "Usa", "USA", "degli Stati Uniti", "francese", "australiano", "Ue"]
  }),
  organisation("Council of Ministers of Italy", "IT", ["Consiglio dei ministri", "Consiglio dei Ministri"], {
    notBefore: ["Ue", "UE", "europeo", "dell'Ue", "dell'UE", "dell’Ue", "degli Esteri", "della Ue"]
  }),
  // Italy's highest court by its Italian names, as English reports quote it ("Cassazione penale — Extradition to India
  // impossible"). Not the bare "Court of Cassation": France, Belgium and Egypt have one too.
  organisation(
    "Corte di Cassazione",
    "IT",
    ["Cassazione", "Corte Suprema di Cassazione", "Italian Court of Cassation"],
    {
      sectors: ["legal_justice"]
    }
  ),
  // "ASI" alone is no one's alias (see the Archaeological Survey of India); it stays the space agency where
  // its title follows.
  organisation(
    "Italian Space Agency",
    "IT",
    ["Agenzia Spaziale Italiana", "Italian space agency", "ASI President", "ASI chief", "ASI Director General"],
    { sectors: ["space"] }
  ),
  // CNR spelled out: the acronym alone is also China National Radio.
  organisation(
    "National Research Council of Italy",
    "IT",
    [
      "Consiglio Nazionale delle Ricerche",
      "Italian National Research Council",
      "Italy's National Research Council",
      "Italy's CNR"
    ],
    {
      sectors: ["education_research"]
    }
  ),
  organisation(
    "ENEA",
    "IT",
    ["Italian National Agency for New Technologies, Energy and Sustainable Economic Development"],
    { sectors: ["energy_climate"] }
  ),
  organisation(
    "INFN",
    "IT",
    [
      "Istituto Nazionale di Fisica Nucleare",
      "National Institute for Nuclear Physics",
      "Italian National Institute for Nuclear Physics"
    ],
    { sectors: ["education_research"] }
  ),
  organisation(
    "INAF",
    "IT",
    [
      "Istituto Nazionale di Astrofisica",
      "National Institute for Astrophysics",
      "Italian National Institute for Astrophysics"
    ],
    { sectors: ["space"] }
  ),
  // Spelled out: "CREA" alone is also the Centre for Research on Energy and Clean Air, much quoted on India's
  // coal and oil.
  organisation(
    "Council for Agricultural Research and Economics",
    "IT",
    [
      "Council for Agricultural Research and Agricultural Economy Analysis",
      "Consiglio per la ricerca in agricoltura e l'analisi dell'economia agraria",
      "Italy's CREA",
      "Italian CREA"
    ],
    { sectors: ["agriculture_food"] }
  ),
  // Genoa's institute, also "IIT" in Italian reports; never the bare acronym (see the Indian Institutes of Technology).
  organisation("Italian Institute of Technology", "IT", ["Istituto Italiano di Tecnologia"], {
    sectors: ["technology_ai"]
  }),
  organisation(
    "Sapienza University of Rome",
    "IT",
    ["Sapienza University", "Sapienza Università di Roma", "La Sapienza", "Sapienza"],
    { sectors: ["education_research"] }
  ),
  organisation(
    "Politecnico di Milano",
    "IT",
    ["Polytechnic University of Milan", "Politecnico of Milan", "PoliMi", "Polimi"],
    { sectors: ["education_research"] }
  ),
  organisation("Politecnico di Torino", "IT", ["Polytechnic University of Turin", "Politecnico of Turin", "PoliTo"], {
    sectors: ["education_research"]
  }),
  organisation("Bocconi University", "IT", ["Università Bocconi", "Bocconi"], { sectors: ["education_research"] }),
  // Universities that sign with Indian ones, by their English and Italian names.
  ...universities("IT", [
    [
      "University of Milan",
      ["Università degli Studi di Milano", "Università di Milano", "Università Statale di Milano"]
    ],
    ["University of Milano-Bicocca", ["Università di Milano-Bicocca", "Milano-Bicocca"]],
    ["University of Bologna", ["Università di Bologna", "Alma Mater Studiorum", "UniBo", "Unibo"]],
    ["University of Padua", ["University of Padova", "Università di Padova", "Università degli Studi di Padova"]],
    ["University of Florence", ["Università di Firenze", "Università degli Studi di Firenze"]],
    ["University of Pisa", ["Università di Pisa"]],
    // Pisa's two schools of advanced studies.
    ["Sant'Anna School of Advanced Studies", ["Scuola Superiore Sant'Anna", "Scuola Superiore Sant’Anna"]],
    ["Scuola Normale Superiore", []],
    ["University of Naples Federico II", ["Università di Napoli Federico II", "Federico II University"]],
    ["University of Naples L'Orientale", ["Università di Napoli L'Orientale", "L'Orientale"]],
    ["University of Turin", ["Università di Torino", "Università degli Studi di Torino"]],
    ["University of Genoa", ["Università di Genova"]],
    ["University of Trento", ["Università di Trento"]],
    ["University of Pavia", ["Università di Pavia"]],
    ["University of Modena and Reggio Emilia", ["Università di Modena e Reggio Emilia", "Unimore"]],
    ["University of Calabria", ["Università della Calabria", "Unical"]],
    ["University of Messina", ["Università di Messina"]],
    ["University of Palermo", ["Università di Palermo"]],
    ["University of Catania", ["Università di Catania"]],
    ["University of Bari", ["Università di Bari", "Università degli Studi di Bari"]],
    ["University of Siena", ["Università di Siena"]],
    ["University of Perugia", ["Università di Perugia"]],
    ["University of Verona", ["Università di Verona"]],
    ["University of Trieste", ["Università di Trieste"]],
    ["University of Bergamo", ["Università di Bergamo"]],
    ["University of Brescia", ["Università di Brescia"]],
    ["University of Parma", ["Università di Parma"]],
    ["University of Rome Tor Vergata", ["Università di Roma Tor Vergata", "Tor Vergata University"]],
    ["Roma Tre University", ["Università Roma Tre", "Università degli Studi Roma Tre"]],
    ["Università Cattolica del Sacro Cuore", ["Catholic University of the Sacred Heart", "Università Cattolica"]],
    ["Luiss University", ["Luiss Guido Carli", "LUISS"]],
    ["SISSA", ["International School for Advanced Studies"]]
  ]),
  organisation(
    "Ca' Foscari University of Venice",
    "IT",
    [
      "Ca’ Foscari University of Venice",
      "Ca' Foscari University",
      "Ca’ Foscari University",
      "Ca' Foscari",
      "Ca’ Foscari"
    ],
    {
      sectors: ["education_research"]
    }
  ),
  // Italy's state restoration school, called the ISCR from 2007 to 2019.
  organisation(
    "Central Institute for Restoration",
    "IT",
    [
      "Istituto Centrale per il Restauro",
      "Istituto Superiore per la Conservazione ed il Restauro",
      "ISCR",
      "Italian Central Institute for Restoration"
    ],
    { sectors: ["culture_tourism"] }
  ),
  organisation("Embassy of Italy in India", "IT", [
    "Italian Embassy in New Delhi",
    "Italian Embassy in India",
    "Embassy of Italy in New Delhi"
  ])
]

// ── Italy: companies and business bodies ────────────────────────────────────────────
const italianBusiness: ReadonlyArray<ActorEntry> = [
  // AIAD: Federazione Aziende Italiane per l'Aerospazio, la Difesa e la Sicurezza; wire reports translate it
  // several ways.
  organisation(
    "AIAD",
    "IT",
    [
      "Italian Industries Federation for Aerospace, Defence and Security",
      "Italian Industries Federation for Aerospace, Defence, and Security",
      "Italian Industries Federation of Aerospace, Defence and Security",
      "Industries Federation for Aerospace, Defence, and Security",
      "Industries Federation for Aerospace, Defence and Security"
    ],
    { sectors: ["defence"], defenceIndustry: true }
  ),
  // Not the painter, Rome's airport named after him, or a film director ("Ariaferma by Leonardo di Costanzo").
  organisation("Leonardo", "IT", ["Leonardo S.p.A.", "Leonardo SpA", "Finmeccanica"], {
    sectors: ["defence"],
    defenceIndustry: true,
    notBefore: ["da", "Da", "di", "Di", "DiCaprio"]
  }),
  // Leonardo's helicopter division since 2016, and the maker in the VVIP helicopter case.
  organisation("AgustaWestland", "IT", ["Agusta Westland", "Leonardo Helicopters", "Agusta"], {
    sectors: ["defence"],
    defenceIndustry: true
  }),
  // Naval guns, now part of Leonardo; licensed to India's BHEL.
  organisation("OTO Melara", "IT", ["Oto Melara"], { sectors: ["defence"], defenceIndustry: true }),
  // Whitehead Alenia Sistemi Subacquei, the torpedo maker, now part of Leonardo.
  organisation("WASS", "IT", ["Whitehead Alenia Sistemi Subacquei"], { sectors: ["defence"], defenceIndustry: true }),
  // Companies' own releases and agency copy write some names in capitals ("il gruppo ENEL", "FINCANTIERI").
  organisation("Fincantieri", "IT", ["FINCANTIERI"], { sectors: ["defence", "maritime_ports"], defenceIndustry: true }),
  organisation("MBDA Italia", "IT", [], { sectors: ["defence"], defenceIndustry: true }),
  // Not India's "ministro dell'Elettronica" (its Ministry of Electronics and IT in Italian; glossed "Minister of the").
  organisation("Elettronica", "IT", ["Elettronica SpA"], {
    sectors: ["defence"],
    defenceIndustry: true,
    notAfter: ["Minister of the", "Ministry of the", "Minister of", "Ministry of", "Minister for", "Ministry for"],
    // "Ministero dell'Elettronica e dell'Informatica", "… e della Tecnologia dell'Informazione".
    notBefore: ["e of the", "e della", "e dell'", "e dell’", "and Information", "and IT"]
  }),
  organisation("Iveco Defence Vehicles", "IT", ["IDV"], { sectors: ["defence"], defenceIndustry: true }),
  organisation("Iveco", "IT", ["Iveco Group"], { sectors: ["automotive_manufacturing"] }),
  organisation("Beretta", "IT", ["Fabbrica d'Armi Pietro Beretta", "Beretta Holding"], {
    sectors: ["defence"],
    defenceIndustry: true
  }),
  // Vega launchers and missile propulsion.
  organisation("Avio", "IT", ["Avio SpA", "Avio S.p.A."], { sectors: ["space"], defenceIndustry: true }),
  // The German group's Italian subsidiary (Rome), on the Italian side.
  organisation("Rheinmetall Italia", "IT", [], { sectors: ["defence"], defenceIndustry: true }),
  organisation("Telespazio", "IT", [], { sectors: ["space"] }),
  organisation("Ansaldo Energia", "IT", ["Ansaldo"], { sectors: ["energy_climate"] }),
  organisation("Eni", "IT", [], { sectors: ["energy_climate"] }),
  organisation("Enel", "IT", ["Enel Green Power", "ENEL"], { sectors: ["energy_climate"] }),
  organisation("Piaggio", "IT", ["Piaggio Vehicles"], { sectors: ["automotive_manufacturing"] }),
  // Also a town near Rome with a large Sikh community: after a preposition or "comune/sindaco di" it is the place.
  organisation("Aprilia", "IT", [], {
    sectors: ["automotive_manufacturing"],
    notAfter: ["a", "ad", "in", "di", "da", "at", "of", "near", "comune di", "sindaco di", "città di", "town of"]
  }),
  organisation("DiaSorin", "IT", [], { sectors: ["health"] }),
  // The Milan-founded fashion and design school, with a campus in Mumbai since 2017.
  organisation("Istituto Marangoni", "IT", [], { sectors: ["education_research"] }),
  // The automotive-components maker with joint ventures in India (with Maruti Suzuki, Motherson, Talbros).
  // Renamed Marelli in 2019, and its lighting arm Marelli Automotive Lighting: reports keep it Italian.
  organisation("Magneti Marelli", "IT", ["Marelli Automotive Lighting", "Marelli"], {
    sectors: ["automotive_manufacturing"]
  }),
  organisation("Interpump", "IT", ["Interpump Group"], { sectors: ["automotive_manufacturing"] }),
  organisation("Drillmec", "IT", [], { sectors: ["energy_climate"] }),
  organisation("Ferrero", "IT", [], { sectors: ["agriculture_food"] }),
  organisation("Menarini", "IT", ["Menarini Group", "A. Menarini"], { sectors: ["health"] }),
  organisation("Prysmian", "IT", ["Prysmian Group"], { sectors: ["digital", "energy_climate"] }),
  organisation("Snam", "IT", [], { sectors: ["energy_climate"] }),
  organisation("Italgas", "IT", [], { sectors: ["energy_climate"] }),
  organisation("Alitalia", "IT", [], { sectors: ["connectivity_infrastructure"] }),
  organisation("Air Italy", "IT", [], { sectors: ["connectivity_infrastructure"] }),
  // The Turin car-design house, owned by India's Mahindra since 2015.
  organisation("Pininfarina", "IT", [], { sectors: ["automotive_manufacturing"] }),
  organisation("Fiat", "IT", ["Fiat Chrysler Automobiles", "Fiat Chrysler", "Fiat India Automobiles"], {
    sectors: ["automotive_manufacturing"]
  }),
  organisation("Maire Tecnimont", "IT", ["Tecnimont", "NextChem"], { sectors: ["energy_climate"] }),
  organisation("Saipem", "IT", ["SAIPEM"], { sectors: ["energy_climate"] }),
  organisation("Danieli", "IT", ["Danieli & C."], { sectors: ["automotive_manufacturing"] }),
  // The Piombino steelworks (formerly Lucchini) that India's JSW bought in 2018.
  organisation("Aferpi", "IT", ["Lucchini"], { sectors: ["automotive_manufacturing"] }),
  // Industrial, engineering, infrastructure, pharmaceutical and financial groups with business in India. Consumer
  // brands (cars, fashion, food) stay out: a brand selling in India is not a development between the two.
  organisation("Webuild", "IT", ["Salini Impregilo", "Impregilo"], { sectors: ["connectivity_infrastructure"] }),
  organisation("Astaldi", "IT", [], { sectors: ["connectivity_infrastructure"] }),
  organisation("Italferr", "IT", [], { sectors: ["connectivity_infrastructure"] }),
  // The Italian state railways group; "FS" alone is too short to be safe.
  organisation("Ferrovie dello Stato", "IT", ["Ferrovie dello Stato Italiane", "FS Italiane", "Fs Italiane"], {
    sectors: ["connectivity_infrastructure"]
  }),
  organisation("Ansaldo STS", "IT", [], { sectors: ["connectivity_infrastructure"] }),
  organisation("Brembo", "IT", [], { sectors: ["automotive_manufacturing"] }),
  organisation("Pirelli", "IT", [], { sectors: ["automotive_manufacturing"] }),
  organisation("Comau", "IT", [], { sectors: ["automotive_manufacturing"] }),
  organisation("Carraro", "IT", ["Carraro India", "Carraro Group"], { sectors: ["automotive_manufacturing"] }),
  organisation("Maschio Gaspardo", "IT", [], { sectors: ["agriculture_food", "automotive_manufacturing"] }),
  organisation("SAME Deutz-Fahr", "IT", ["SDF Group"], { sectors: ["agriculture_food", "automotive_manufacturing"] }),
  organisation("Bonfiglioli", "IT", [], { sectors: ["automotive_manufacturing"] }),
  organisation("Sogefi", "IT", [], { sectors: ["automotive_manufacturing"] }),
  organisation("Landi Renzo", "IT", [], { sectors: ["automotive_manufacturing"] }),
  organisation("Tenova", "IT", [], { sectors: ["automotive_manufacturing"] }),
  organisation("Marcegaglia", "IT", [], { sectors: ["automotive_manufacturing"] }),
  organisation("Italcementi", "IT", [], { sectors: ["connectivity_infrastructure"] }),
  organisation("Mapei", "IT", [], { sectors: ["connectivity_infrastructure"] }),
  organisation("Permasteelisa", "IT", [], { sectors: ["connectivity_infrastructure"] }),
  organisation("Tecnocap", "IT", [], { sectors: ["automotive_manufacturing"] }),
  organisation("Datalogic", "IT", [], { sectors: ["technology_ai"] }),
  // More industrial groups with plants, joint ventures or contracts in India.
  organisation("Lucchini RS", "IT", [], { sectors: ["connectivity_infrastructure"] }),
  organisation("Industrie De Nora", "IT", ["De Nora"], { sectors: ["energy_climate"] }),
  organisation("IMA Group", "IT", ["IMA S.p.A."], { sectors: ["automotive_manufacturing"] }),
  organisation("RINA", "IT", ["RINA Services"], { sectors: ["maritime_ports"] }),
  organisation("Cementir", "IT", ["Cementir Holding"], { sectors: ["automotive_manufacturing"] }),
  organisation("Buzzi Unicem", "IT", ["Buzzi"], { sectors: ["automotive_manufacturing"] }),
  // "Edison" alone is also the inventor.
  organisation("Edison S.p.A.", "IT", ["Edison SpA"], { sectors: ["energy_climate"] }),
  organisation("Sirti", "IT", [], { sectors: ["digital"] }),
  organisation("Salvagnini", "IT", [], { sectors: ["automotive_manufacturing"] }),
  organisation("Fameccanica", "IT", [], { sectors: ["automotive_manufacturing"] }),
  organisation("Isagro", "IT", [], { sectors: ["agriculture_food"] }),
  organisation("Telecom Italia", "IT", ["TIM Group", "Gruppo TIM"], { sectors: ["digital"] }),
  organisation("Hitachi Rail Italy", "IT", ["AnsaldoBreda"], { sectors: ["connectivity_infrastructure"] }),
  organisation("Mediobanca", "IT", [], { sectors: ["investment"] }),
  organisation("Poste Italiane", "IT", [], { sectors: ["digital"] }),
  organisation("Nuovo Pignone", "IT", [], { sectors: ["energy_climate"] }),
  organisation("Italtel", "IT", [], { sectors: ["digital"] }),
  organisation("Terna", "IT", [], { sectors: ["energy_climate"] }),
  organisation("A2A", "IT", [], { sectors: ["energy_climate"] }),
  organisation("Recordati", "IT", [], { sectors: ["health"] }),
  organisation("Bracco Imaging", "IT", ["Bracco Group", "Gruppo Bracco"], { sectors: ["health"] }),
  organisation("Chiesi Farmaceutici", "IT", ["Chiesi Group", "Gruppo Chiesi"], { sectors: ["health"] }),
  organisation("Zambon", "IT", [], { sectors: ["health"] }),
  organisation("Dompé", "IT", [], { sectors: ["health"] }),
  // "Generali" is also an Italian adjective; capitalised, it is the group except in "Stati Generali" (a
  // conference's name: "gli Stati Generali dell'export").
  organisation("Assicurazioni Generali", "IT", ["Generali", "Generali Group", "Gruppo Generali", "Future Generali"], {
    sectors: ["investment"],
    notAfter: ["Stati"]
  }),
  organisation("UniCredit", "IT", [], { sectors: ["investment"] }),
  organisation("Intesa Sanpaolo", "IT", [], { sectors: ["investment"] }),
  organisation("Cassa Depositi e Prestiti", "IT", [], { sectors: ["investment"] }),
  asBusinessBody(organisation("Fiera Milano", "IT", [], { sectors: ["trade"] })),
  asBusinessBody(organisation("Veronafiere", "IT", [], { sectors: ["trade"] })),
  organisation("Stellantis", "other", [], { sectors: ["automotive_manufacturing"] }),
  // ICE is the agency's Italian acronym; alone it would also match the US immigration agency, so only its
  // compound forms are aliases.
  asBusinessBody(
    organisation(
      "Italian Trade Agency",
      "IT",
      [
        "ICE Agency",
        "ICE-Italian Trade Agency",
        "ICE - Italian Trade Agency",
        "ITA - Italian Trade Agency",
        "Italian Trade Commission",
        // Its former names, in older reports: "the Italian Institute for Foreign Trade (ICE)".
        "Italian Institute for Foreign Trade",
        "Italian Institute for Foreign Trade (ICE)",
        "Istituto nazionale per il Commercio Estero",
        "ICE office"
      ],
      { sectors: ["trade"] }
    )
  ),
  asBusinessBody(organisation("Confindustria", "IT", [], {})),
  // Employers' and trade associations, and the trade fairs that host Indian delegations.
  asBusinessBody(organisation("Confapi", "IT", [], {})),
  asBusinessBody(organisation("Confcommercio", "IT", [], { sectors: ["trade"] })),
  asBusinessBody(organisation("Confartigianato", "IT", [], {})),
  asBusinessBody(organisation("Confcooperative", "IT", [], {})),
  asBusinessBody(organisation("Coldiretti", "IT", [], { sectors: ["agriculture_food"] })),
  asBusinessBody(organisation("Confagricoltura", "IT", [], { sectors: ["agriculture_food"] })),
  asBusinessBody(organisation("Federalimentare", "IT", [], { sectors: ["agriculture_food"] })),
  asBusinessBody(organisation("Unioncamere", "IT", [], { sectors: ["trade"] })),
  asBusinessBody(organisation("Assocamerestero", "IT", [], { sectors: ["trade"] })),
  asBusinessBody(organisation("Federmeccanica", "IT", [], { sectors: ["automotive_manufacturing"] })),
  asBusinessBody(organisation("Farmindustria", "IT", [], { sectors: ["health"] })),
  asBusinessBody(organisation("Federchimica", "IT", [], {})),
  asBusinessBody(organisation("Assoporti", "IT", [], { sectors: ["maritime_ports"] })),
  asBusinessBody(organisation("Confitarma", "IT", [], { sectors: ["maritime_ports"] })),
  asBusinessBody(organisation("Macfrut", "IT", [], { sectors: ["agriculture_food", "trade"] })),
  asBusinessBody(organisation("Vinitaly", "IT", [], { sectors: ["agriculture_food", "trade"] })),
  asBusinessBody(organisation("EIMA", "IT", ["EIMA International"], { sectors: ["agriculture_food", "trade"] })),
  asBusinessBody(organisation("Cibus", "IT", [], { sectors: ["agriculture_food", "trade"] })),
  asBusinessBody(organisation("Cersaie", "IT", [], { sectors: ["trade"] })),
  asBusinessBody(organisation("Marmomac", "IT", [], { sectors: ["trade"] })),
  asBusinessBody(organisation("Assolombarda", "IT", [])),
  organisation("SACE", "IT", [], { sectors: ["trade", "investment"] }),
  organisation("SIMEST", "IT", [], { sectors: ["investment"] }),
  organisation("Invitalia", "IT", [], { sectors: ["investment"] }),
  // ACIMIT: the Italian textile machinery makers' association.
  asBusinessBody(
    organisation("ACIMIT", "IT", ["Association of Italian Textile Machinery Manufacturers"], {
      sectors: ["automotive_manufacturing"]
    })
  ),
  // UCIMU: the Italian machine-tool, robot and automation makers' association.
  asBusinessBody(
    organisation("UCIMU", "IT", ["UCIMU-Sistemi per Produrre"], { sectors: ["automotive_manufacturing"] })
  ),
  // A Mumbai-registered chamber that belongs to Italy's network of chambers of commerce abroad,
  // so it stands on the Italian side; its "Indo-Italian" name still marks its sentence as naming both.
  asBusinessBody(
    organisation(
      "Indo-Italian Chamber of Commerce and Industry",
      "IT",
      [
        "Indo Italian Chamber of Commerce and Industry",
        "Indo-Italian Chamber of Commerce & Industry",
        "IICCI",
        "Italian Chamber of Commerce in India"
      ],
      { sectors: ["trade"] }
    )
  ),
  organisation("ITA Airways", "IT", [], { sectors: ["connectivity_infrastructure"] })
]

// The UN's food agencies have their headquarters in Rome: a report from them is datelined Rome
// without Italy being a party (see `alsoSeatOf` in places.ts).
const romeBasedInternational: ReadonlyArray<ActorEntry> = [
  organisation(
    "Food and Agriculture Organization",
    "other",
    ["FAO", "Food and Agriculture Organisation", "UN Food and Agriculture Organization"],
    { sectors: ["agriculture_food"] }
  ),
  organisation("World Food Programme", "other", ["WFP", "World Food Program", "UN World Food Programme"], {
    sectors: ["agriculture_food"]
  }),
  organisation("International Fund for Agricultural Development", "other", ["IFAD"], { sectors: ["agriculture_food"] })
]

// ── Earlier office holders (2000–2014) ───────────────────────────────────────────────
// The years of the marines' case, the AgustaWestland contract and the Prodi and Monti governments' dealings with
// India. Governments: Vajpayee to 22 May 2004, Manmohan Singh to 26 May 2014; Berlusconi II–III (2001–2006),
// Prodi II (17 May 2006), Berlusconi IV (8 May 2008), Monti (16 November 2011), Letta (28 April 2013), Renzi
// (22 February 2014). Envoys whose dates are not certain to the day are listed without an office: their title in
// the report ("the Italian Ambassador") still gives their rank.
const leader = "leader"
const minister = "minister"
const italianPrimeMinister = "President of the Council of Ministers (Prime Minister) of Italy"
const earlierOfficeHolders: ReadonlyArray<ActorEntry> = [
  person(
    "Atal Bihari Vajpayee",
    "IN",
    ["Vajpayee"],
    [office("Prime Minister of India", "IN", leader, "1998-03-19", "2004-05-22")]
  ),
  person(
    "Manmohan Singh",
    "IN",
    ["Manmohan", "Dr Manmohan Singh", "Dr. Manmohan Singh"],
    [office("Prime Minister of India", "IN", leader, "2004-05-22", "2014-05-26")]
  ),
  person(
    "A. P. J. Abdul Kalam",
    "IN",
    ["APJ Abdul Kalam", "A.P.J. Abdul Kalam", "Abdul Kalam"],
    [office("President of India", "IN", leader, "2002-07-25", "2007-07-25")]
  ),
  person(
    "Pratibha Patil",
    "IN",
    ["Pratibha Devisingh Patil"],
    [office("President of India", "IN", leader, "2007-07-25", "2012-07-25")]
  ),
  person("S. M. Krishna", "IN", initialled("SM", "Krishna"), [
    office("Minister of External Affairs", "IN", minister, "2009-05-22", "2012-10-28")
  ]),
  person(
    "Salman Khurshid",
    "IN",
    ["Khurshid"],
    [office("Minister of External Affairs", "IN", minister, "2012-10-28", "2014-05-26")]
  ),
  person("A. K. Antony", "IN", initialled("AK", "Antony"), [
    office("Minister of Defence", "IN", minister, "2006-10-24", "2014-05-26")
  ]),
  person(
    "Kamal Nath",
    "IN",
    [],
    [office("Minister of Commerce and Industry", "IN", minister, "2004-05-22", "2009-05-22")]
  ),
  person(
    "Anand Sharma",
    "IN",
    [],
    [office("Minister of Commerce and Industry", "IN", minister, "2009-05-28", "2014-05-26")]
  ),
  person(
    "P. Chidambaram",
    "IN",
    ["Chidambaram", "Palaniappan Chidambaram", "P Chidambaram"],
    [
      office("Minister of Finance", "IN", minister, "2004-05-22", "2008-11-30"),
      office("Minister of Home Affairs", "IN", minister, "2008-11-30", "2012-07-31"),
      office("Minister of Finance", "IN", minister, "2012-07-31", "2014-05-26")
    ]
  ),
  person(
    "Sushilkumar Shinde",
    "IN",
    ["Sushil Kumar Shinde"],
    [office("Minister of Home Affairs", "IN", minister, "2012-07-31", "2014-05-26")]
  ),
  person(
    "Preneet Kaur",
    "IN",
    [],
    [office("Minister of State for External Affairs", "IN", minister, "2009-05-28", "2014-05-26")]
  ),
  person(
    "Shivshankar Menon",
    "IN",
    ["Shiv Shankar Menon"],
    [
      office("Foreign Secretary of India", "IN", "official", "2006-10-01", "2009-07-31"),
      office("National Security Adviser of India", "IN", "official", "2010-01-24", "2014-05-28")
    ]
  ),
  // Chief ministers of the states Italian envoys and firms dealt with most in those years.
  person("Sheila Dikshit", "IN", [], [office("Chief Minister of Delhi", "IN", minister, "1998-12-03", "2013-12-28")]),
  person(
    "V. S. Achuthanandan",
    "IN",
    ["Achuthanandan", "VS Achuthanandan"],
    [office("Chief Minister of Kerala", "IN", minister, "2006-05-18", "2011-05-18")]
  ),
  person("Oommen Chandy", "IN", [], [office("Chief Minister of Kerala", "IN", minister, "2011-05-18", "2016-05-20")]),
  person(
    "Buddhadeb Bhattacharjee",
    "IN",
    ["Buddhadeb Bhattacharya"],
    [office("Chief Minister of West Bengal", "IN", minister, "2000-11-06", "2011-05-20")]
  ),
  person(
    "Prithviraj Chavan",
    "IN",
    [],
    [office("Chief Minister of Maharashtra", "IN", minister, "2010-11-11", "2014-09-28")]
  ),
  person(
    "Akhilesh Yadav",
    "IN",
    [],
    [office("Chief Minister of Uttar Pradesh", "IN", minister, "2012-03-15", "2017-03-19")]
  ),
  person(
    "Nirupama Rao",
    "IN",
    [],
    [office("Foreign Secretary of India", "IN", "official", "2009-08-01", "2011-07-31")]
  ),
  person(
    "Ranjan Mathai",
    "IN",
    [],
    [office("Foreign Secretary of India", "IN", "official", "2011-08-01", "2013-07-31")]
  ),
  person(
    "Sujatha Singh",
    "IN",
    [],
    [office("Foreign Secretary of India", "IN", "official", "2013-08-01", "2015-01-29")]
  ),
  // Service chiefs of those years (the Air Force's were parties to the VVIP helicopter contract and its case).
  person(
    "J. J. Singh",
    "IN",
    ["Joginder Jaswant Singh"],
    [office("Chief of the Army Staff of India", "IN", "official", "2005-01-31", "2007-09-30")]
  ),
  person(
    "Deepak Kapoor",
    "IN",
    [],
    [office("Chief of the Army Staff of India", "IN", "official", "2007-09-30", "2010-03-31")]
  ),
  person(
    "V. K. Singh",
    "IN",
    ["General V.K. Singh", "VK Singh", "Vijay Kumar Singh"],
    [
      office("Chief of the Army Staff of India", "IN", "official", "2010-03-31", "2012-05-31"),
      office("Minister of State for External Affairs", "IN", "minister", "2014-05-26", "2019-05-30")
    ]
  ),
  person(
    "Nirmal Verma",
    "IN",
    [],
    [office("Chief of the Naval Staff of India", "IN", "official", "2009-08-31", "2012-08-31")]
  ),
  person(
    "D. K. Joshi",
    "IN",
    ["Devendra Kumar Joshi"],
    [office("Chief of the Naval Staff of India", "IN", "official", "2012-08-31", "2014-02-26")]
  ),
  person(
    "S. P. Tyagi",
    "IN",
    ["SP Tyagi", "S.P. Tyagi", "Shashi Tyagi"],
    [office("Chief of the Air Staff of India", "IN", "official", "2004-12-31", "2007-03-31")]
  ),
  person(
    "Fali Homi Major",
    "IN",
    [],
    [office("Chief of the Air Staff of India", "IN", "official", "2007-03-31", "2009-05-31")]
  ),
  person(
    "P. V. Naik",
    "IN",
    ["Pradeep Vasant Naik"],
    [office("Chief of the Air Staff of India", "IN", "official", "2009-05-31", "2011-07-31")]
  ),
  person(
    "N. A. K. Browne",
    "IN",
    ["NAK Browne", "Norman Anil Kumar Browne"],
    [office("Chief of the Air Staff of India", "IN", "official", "2011-07-31", "2013-12-31")]
  ),
  person("Basant Kumar Gupta", "IN", ["Basant K. Gupta", "B. K. Gupta"], []),
  person("Debabrata Saha", "IN", [], []),
  person(
    "Carlo Azeglio Ciampi",
    "IT",
    ["Ciampi"],
    [office("President of the Italian Republic", "IT", leader, "1999-05-18", "2006-05-15")]
  ),
  person(
    "Silvio Berlusconi",
    "IT",
    ["Berlusconi"],
    [
      office(italianPrimeMinister, "IT", leader, "2001-06-11", "2006-05-17"),
      office(italianPrimeMinister, "IT", leader, "2008-05-08", "2011-11-16")
    ]
  ),
  person("Romano Prodi", "IT", ["Prodi"], [office(italianPrimeMinister, "IT", leader, "2006-05-17", "2008-05-08")]),
  // "Monti" alone is a common surname.
  person("Mario Monti", "IT", [], [office(italianPrimeMinister, "IT", leader, "2011-11-16", "2013-04-28")]),
  person("Enrico Letta", "IT", [], [office(italianPrimeMinister, "IT", leader, "2013-04-28", "2014-02-22")]),
  person(
    "Massimo D'Alema",
    "IT",
    ["D'Alema", "D’Alema", "Massimo D’Alema"],
    [office("Minister of Foreign Affairs of Italy", "IT", minister, "2006-05-17", "2008-05-08")]
  ),
  person(
    "Franco Frattini",
    "IT",
    ["Frattini"],
    [office("Minister of Foreign Affairs of Italy", "IT", minister, "2008-05-08", "2011-11-16")]
  ),
  // He resigned over the marines' return to India.
  person(
    "Giulio Terzi di Sant'Agata",
    "IT",
    ["Giulio Terzi", "Giulio Maria Terzi di Sant'Agata", "Giulio Terzi di Sant’Agata", "Terzi"],
    [office("Minister of Foreign Affairs of Italy", "IT", minister, "2011-11-16", "2013-03-26")]
  ),
  person(
    "Emma Bonino",
    "IT",
    ["Bonino"],
    [
      office(
        "Minister for International Trade and European Affairs of Italy",
        "IT",
        minister,
        "2006-05-17",
        "2008-05-08"
      ),
      office("Minister of Foreign Affairs of Italy", "IT", minister, "2013-04-28", "2014-02-22")
    ]
  ),
  person(
    "Arturo Parisi",
    "IT",
    [],
    [office("Minister of Defence of Italy", "IT", minister, "2006-05-17", "2008-05-08")]
  ),
  person(
    "Giampaolo Di Paola",
    "IT",
    ["Di Paola"],
    [office("Minister of Defence of Italy", "IT", minister, "2011-11-16", "2013-04-28")]
  ),
  person("Mario Mauro", "IT", [], [office("Minister of Defence of Italy", "IT", minister, "2013-04-28", "2014-02-22")]),
  person(
    "Claudio Scajola",
    "IT",
    ["Scajola"],
    [office("Minister of Economic Development of Italy", "IT", minister, "2008-05-08", "2010-05-04")]
  ),
  person(
    "Corrado Passera",
    "IT",
    ["Passera"],
    [office("Minister of Economic Development of Italy", "IT", minister, "2011-11-16", "2013-04-28")]
  ),
  // The government's envoy for the marines' case; undersecretary in the Monti government (sworn in late
  // November 2011: the first of the month is used).
  person(
    "Staffan de Mistura",
    "IT",
    ["de Mistura", "De Mistura"],
    [office("Under-Secretary of Foreign Affairs of Italy", "IT", "official", "2011-11-01", "2013-04-28")]
  ),
  person("Giacomo Sanfelice di Monteforte", "IT", ["Giacomo Sanfelice"], []),
  person("Antonio Armellini", "IT", [], []),
  person("Roberto Toscano", "IT", [], []),
  // The two Italian Navy marines tried in India for the deaths of two Kerala fishermen in 2012.
  person("Massimiliano Latorre", "IT", ["Latorre"], []),
  person("Salvatore Girone", "IT", ["Girone"], [])
]

/**
 * Acronyms in capitals are also found written as names ("Jsw", "Isro", "Sace"), as Italian papers and some Indian ones
 * write them; except these, which written so are words or names of their own (English "sail", "rites"; Italian
 * "bel"; the names Hal, Gail, Rina, Enea; Latin "mea").
 */
export const acronymsWrittenAsWords: ReadonlySet<string> = new Set([
  "Sail",
  "Rites",
  "Bel",
  "Hal",
  "Gail",
  "Rina",
  "Enea",
  "Mea"
])

export const actorEntries: ReadonlyArray<ActorEntry> = [
  ...indianLeaders,
  ...indianMinisters,
  ...indianChiefMinisters,
  ...indianOfficials,
  ...italianLeaders,
  ...italianMinisters,
  ...italianRegionalPresidents,
  ...italianOfficials,
  ...earlierOfficeHolders,
  ...indianGovernment.map(asGovernment),
  ...indianBusiness,
  ...italianGovernment.map(asGovernment),
  ...italianBusiness,
  ...romeBasedInternational
]

/** The office an entry held on `date` (YYYY-MM-DD); the latest office when the date is unknown. */
export const officeOn = (entry: ActorEntry, date: string | undefined): KnownOffice | undefined => {
  const offices = entry.offices ?? []
  if (date === undefined) return offices[offices.length - 1]
  return offices.find((held) => held.from <= date && (held.to === undefined || date < held.to))
}
