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
 *   never are, so those people are found by full name only.
 * - `offices` carry dates so the classifier can say which office a person held on the day
 *   of the development. `level` says whose meeting it is: a "leader" (head of state or
 *   government) makes a meeting a leaders' meeting, anyone else a ministerial dialogue.
 * - Dates are the day of taking or leaving office. Where only the month is publicly
 *   certain, the first of the month is used and the entry says so.
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
}

const person = (name: string, country: Country, aliases: ReadonlyArray<string>, offices: ReadonlyArray<KnownOffice>): ActorEntry => ({
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
  extra: { readonly sectors?: ReadonlyArray<SectorId>; readonly defenceIndustry?: boolean } = {}
): ActorEntry => ({ name, kind: "organisation", country, aliases: [name, ...aliases], ...extra })

const office = (title: string, country: Country, level: OfficeLevel, from: string, to?: string): KnownOffice =>
  to === undefined ? { title, country, level, from } : { title, country, level, from, to }

// ── India: heads of state and government ─────────────────────────────────────────────
const indianLeaders: ReadonlyArray<ActorEntry> = [
  person("Narendra Modi", "IN", ["Modi", "Narendra Damodardas Modi"], [office("Prime Minister of India", "IN", "leader", "2014-05-26")]),
  person("Pranab Mukherjee", "IN", [], [office("President of India", "IN", "leader", "2012-07-25", "2017-07-25")]),
  person("Ram Nath Kovind", "IN", ["Kovind"], [office("President of India", "IN", "leader", "2017-07-25", "2022-07-25")]),
  person("Droupadi Murmu", "IN", ["Murmu"], [office("President of India", "IN", "leader", "2022-07-25")]),
  person("Venkaiah Naidu", "IN", ["M. Venkaiah Naidu"], [office("Vice President of India", "IN", "minister", "2017-08-11", "2022-08-10")]),
  person("Jagdeep Dhankhar", "IN", ["Dhankhar"], [office("Vice President of India", "IN", "minister", "2022-08-11", "2025-07-21")])
]

// ── India: foreign, defence, commerce and other ministers ──────────────────────────
const indianMinisters: ReadonlyArray<ActorEntry> = [
  person("Sushma Swaraj", "IN", ["Swaraj"], [office("Minister of External Affairs", "IN", "minister", "2014-05-26", "2019-05-30")]),
  person("S. Jaishankar", "IN", ["Subrahmanyam Jaishankar", "S Jaishankar", "Jaishankar"], [
    office("Foreign Secretary of India", "IN", "official", "2015-01-29", "2018-01-28"),
    office("Minister of External Affairs", "IN", "minister", "2019-05-30")
  ]),
  person("Arun Jaitley", "IN", ["Jaitley"], [
    office("Minister of Defence", "IN", "minister", "2014-05-26", "2014-11-09"),
    office("Minister of Defence", "IN", "minister", "2017-03-13", "2017-09-03")
  ]),
  person("Manohar Parrikar", "IN", ["Parrikar"], [office("Minister of Defence", "IN", "minister", "2014-11-09", "2017-03-13")]),
  person("Nirmala Sitharaman", "IN", ["Sitharaman"], [
    office("Minister of Commerce and Industry", "IN", "minister", "2014-05-26", "2017-09-03"),
    office("Minister of Defence", "IN", "minister", "2017-09-03", "2019-05-30"),
    office("Minister of Finance", "IN", "minister", "2019-05-31")
  ]),
  person("Rajnath Singh", "IN", [], [office("Minister of Defence", "IN", "minister", "2019-05-31")]),
  person("Suresh Prabhu", "IN", [], [office("Minister of Commerce and Industry", "IN", "minister", "2017-09-03", "2019-05-30")]),
  person("Piyush Goyal", "IN", ["Goyal"], [office("Minister of Commerce and Industry", "IN", "minister", "2019-05-31")]),
  person("Amit Shah", "IN", [], [office("Minister of Home Affairs", "IN", "minister", "2019-05-30")]),
  person("Ashwini Vaishnaw", "IN", ["Vaishnaw"], [office("Minister of Electronics and Information Technology", "IN", "minister", "2021-07-07")]),
  person("Jitendra Singh", "IN", [], [office("Minister of State for Science and Technology", "IN", "minister", "2021-07-07")]),
  person("Ajit Doval", "IN", ["Doval"], [office("National Security Adviser of India", "IN", "official", "2014-05-30")]),
  person("Dharmendra Pradhan", "IN", [], [office("Minister of Education", "IN", "minister", "2021-07-07")]),
  person("Hardeep Singh Puri", "IN", [], [office("Minister of Petroleum and Natural Gas", "IN", "minister", "2021-07-07")]),
  person("Sarbananda Sonowal", "IN", ["Sonowal"], [office("Minister of Ports, Shipping and Waterways", "IN", "minister", "2021-07-07")]),
  person("G. Kishan Reddy", "IN", ["Kishan Reddy", "G Kishan Reddy"], [
    office("Minister of Culture and Tourism", "IN", "minister", "2021-07-07", "2024-06-10"),
    office("Minister of Coal and Mines", "IN", "minister", "2024-06-10")
  ]),
  person("Om Birla", "IN", ["Birla"], [office("Speaker of the Lok Sabha", "IN", "minister", "2019-06-19")]),
  // Chief Minister of Maharashtra (a state, not the Union), hosting visitors to Mumbai.
  person("Devendra Fadnavis", "IN", ["Fadnavis"], [office("Chief Minister of Maharashtra", "IN", "minister", "2024-12-05")]),
  person("V. Narayanan", "IN", ["V Narayanan"], [office("Chairman of ISRO", "IN", "official", "2025-01-14")])
]

// ── India: foreign, defence secretaries, service chiefs, ambassadors to Italy ───────
const indianOfficials: ReadonlyArray<ActorEntry> = [
  person("Vijay Gokhale", "IN", ["Gokhale"], [office("Foreign Secretary of India", "IN", "official", "2018-01-29", "2020-01-28")]),
  person("Harsh Vardhan Shringla", "IN", ["Shringla"], [office("Foreign Secretary of India", "IN", "official", "2020-01-29", "2022-04-30")]),
  person("Vinay Kwatra", "IN", ["Vinay Mohan Kwatra", "Kwatra"], [office("Foreign Secretary of India", "IN", "official", "2022-05-01", "2024-07-14")]),
  person("Vikram Misri", "IN", ["Misri"], [office("Foreign Secretary of India", "IN", "official", "2024-07-15")]),
  person("Ajay Kumar", "IN", [], [office("Defence Secretary of India", "IN", "official", "2019-08-23", "2022-10-31")]),
  person("Giridhar Aramane", "IN", ["Aramane"], [office("Defence Secretary of India", "IN", "official", "2022-11-01", "2024-10-31")]),
  person("Rajesh Kumar Singh", "IN", [], [office("Defence Secretary of India", "IN", "official", "2024-11-01")]),
  // Secretary (Defence Production) from 2024; month-level date.
  person("Sanjeev Kumar", "IN", [], [office("Secretary (Defence Production), Ministry of Defence", "IN", "official", "2024-01-01")]),
  person("Bipin Rawat", "IN", [], [office("Chief of Defence Staff of India", "IN", "official", "2020-01-01", "2021-12-08")]),
  person("Anil Chauhan", "IN", [], [office("Chief of Defence Staff of India", "IN", "official", "2022-09-30")]),
  person("R. Hari Kumar", "IN", ["R Hari Kumar", "Hari Kumar"], [office("Chief of the Naval Staff of India", "IN", "official", "2021-11-30", "2024-04-30")]),
  person("Dinesh Kumar Tripathi", "IN", ["Dinesh K Tripathi", "Dinesh K. Tripathi"], [office("Chief of the Naval Staff of India", "IN", "official", "2024-04-30")]),
  person("Manoj Pande", "IN", [], [office("Chief of the Army Staff of India", "IN", "official", "2022-04-30", "2024-06-30")]),
  person("Upendra Dwivedi", "IN", [], [office("Chief of the Army Staff of India", "IN", "official", "2024-06-30")]),
  person("Vivek Ram Chaudhari", "IN", ["V R Chaudhari", "V.R. Chaudhari"], [office("Chief of the Air Staff of India", "IN", "official", "2021-09-30", "2024-09-30")]),
  person("Amar Preet Singh", "IN", ["A P Singh", "A.P. Singh"], [office("Chief of the Air Staff of India", "IN", "official", "2024-09-30")]),
  // Ambassadors of India to Italy; start and end months are approximate (first of the month).
  person("Anil Wadhwa", "IN", [], [office("Ambassador of India to Italy", "IN", "official", "2014-06-01", "2017-01-31")]),
  person("Reenat Sandhu", "IN", [], [office("Ambassador of India to Italy", "IN", "official", "2017-02-01", "2021-01-31")]),
  person("Neena Malhotra", "IN", [], [office("Ambassador of India to Italy", "IN", "official", "2021-02-01", "2024-04-30")]),
  person("Vani Rao", "IN", [], [office("Ambassador of India to Italy", "IN", "official", "2024-05-01")])
]

// ── Italy: heads of state and government ─────────────────────────────────────────────
const italianLeaders: ReadonlyArray<ActorEntry> = [
  person("Giorgia Meloni", "IT", ["Meloni"], [office("President of the Council of Ministers (Prime Minister) of Italy", "IT", "leader", "2022-10-22")]),
  person("Mario Draghi", "IT", ["Draghi"], [office("President of the Council of Ministers (Prime Minister) of Italy", "IT", "leader", "2021-02-13", "2022-10-22")]),
  person("Giuseppe Conte", "IT", ["Conte"], [office("President of the Council of Ministers (Prime Minister) of Italy", "IT", "leader", "2018-06-01", "2021-02-13")]),
  person("Paolo Gentiloni", "IT", ["Gentiloni"], [
    office("Minister of Foreign Affairs of Italy", "IT", "minister", "2014-10-31", "2016-12-12"),
    office("President of the Council of Ministers (Prime Minister) of Italy", "IT", "leader", "2016-12-12", "2018-06-01")
  ]),
  person("Matteo Renzi", "IT", ["Renzi"], [office("President of the Council of Ministers (Prime Minister) of Italy", "IT", "leader", "2014-02-22", "2016-12-12")]),
  person("Sergio Mattarella", "IT", ["Mattarella"], [office("President of the Italian Republic", "IT", "leader", "2015-02-03")]),
  person("Giorgio Napolitano", "IT", ["Napolitano"], [office("President of the Italian Republic", "IT", "leader", "2006-05-15", "2015-01-14")])
]

// ── Italy: foreign, defence, enterprise and other ministers ─────────────────────────
const italianMinisters: ReadonlyArray<ActorEntry> = [
  person("Federica Mogherini", "IT", ["Mogherini"], [office("Minister of Foreign Affairs of Italy", "IT", "minister", "2014-02-22", "2014-10-31")]),
  person("Angelino Alfano", "IT", ["Alfano"], [office("Minister of Foreign Affairs of Italy", "IT", "minister", "2016-12-12", "2018-06-01")]),
  person("Enzo Moavero Milanesi", "IT", ["Moavero Milanesi", "Moavero"], [office("Minister of Foreign Affairs of Italy", "IT", "minister", "2018-06-01", "2019-09-05")]),
  person("Luigi Di Maio", "IT", ["Di Maio"], [
    office("Minister of Economic Development of Italy", "IT", "minister", "2018-06-01", "2019-09-05"),
    office("Minister of Foreign Affairs of Italy", "IT", "minister", "2019-09-05", "2022-10-22")
  ]),
  person("Antonio Tajani", "IT", ["Tajani"], [office("Deputy Prime Minister and Minister of Foreign Affairs of Italy", "IT", "minister", "2022-10-22")]),
  person("Roberta Pinotti", "IT", ["Pinotti"], [office("Minister of Defence of Italy", "IT", "minister", "2014-02-22", "2018-06-01")]),
  person("Elisabetta Trenta", "IT", [], [office("Minister of Defence of Italy", "IT", "minister", "2018-06-01", "2019-09-05")]),
  person("Lorenzo Guerini", "IT", ["Guerini"], [office("Minister of Defence of Italy", "IT", "minister", "2019-09-05", "2022-10-22")]),
  person("Guido Crosetto", "IT", ["Crosetto"], [office("Minister of Defence of Italy", "IT", "minister", "2022-10-22")]),
  person("Federica Guidi", "IT", [], [office("Minister of Economic Development of Italy", "IT", "minister", "2014-02-22", "2016-04-05")]),
  person("Carlo Calenda", "IT", ["Calenda"], [office("Minister of Economic Development of Italy", "IT", "minister", "2016-05-10", "2018-06-01")]),
  person("Stefano Patuanelli", "IT", ["Patuanelli"], [office("Minister of Economic Development of Italy", "IT", "minister", "2019-09-05", "2021-02-13")]),
  person("Giancarlo Giorgetti", "IT", ["Giorgetti"], [
    office("Minister of Economic Development of Italy", "IT", "minister", "2021-02-13", "2022-10-22"),
    office("Minister of Economy and Finance of Italy", "IT", "minister", "2022-10-22")
  ]),
  person("Adolfo Urso", "IT", ["Urso"], [office("Minister of Enterprises and Made in Italy", "IT", "minister", "2022-10-22")]),
  person("Matteo Salvini", "IT", ["Salvini"], [office("Deputy Prime Minister and Minister of Infrastructure and Transport of Italy", "IT", "minister", "2022-10-22")]),
  person("Matteo Piantedosi", "IT", ["Piantedosi"], [office("Minister of the Interior of Italy", "IT", "minister", "2022-10-22")]),
  person("Anna Maria Bernini", "IT", [], [office("Minister of University and Research of Italy", "IT", "minister", "2022-10-22")]),
  person("Francesco Lollobrigida", "IT", ["Lollobrigida"], [office("Minister of Agriculture, Food Sovereignty and Forests of Italy", "IT", "minister", "2022-10-22")]),
  person("Gilberto Pichetto Fratin", "IT", ["Pichetto Fratin"], [office("Minister of the Environment and Energy Security of Italy", "IT", "minister", "2022-10-22")]),
  person("Carlo Nordio", "IT", ["Nordio"], [office("Minister of Justice of Italy", "IT", "minister", "2022-10-22")]),
  person("Orazio Schillaci", "IT", ["Schillaci"], [office("Minister of Health of Italy", "IT", "minister", "2022-10-22")]),
  person("Alessandro Giuli", "IT", ["Giuli"], [office("Minister of Culture of Italy", "IT", "minister", "2024-09-06")]),
  person("Edmondo Cirielli", "IT", ["Cirielli"], [office("Deputy Minister of Foreign Affairs of Italy", "IT", "minister", "2022-11-02")]),
  person("Ignazio La Russa", "IT", ["La Russa"], [office("President of the Senate of Italy", "IT", "minister", "2022-10-13")]),
  person("Teodoro Valente", "IT", ["Valente"], [office("President of the Italian Space Agency", "IT", "official", "2023-05-01")]),
  person("Matteo Perego di Cremnago", "IT", ["Perego di Cremnago", "Perego"], [office("Under Secretary of State for Defence of Italy", "IT", "official", "2022-11-02")])
]

// ── Italy: chiefs of defence, armaments directors, ambassadors to India ─────────────
const italianOfficials: ReadonlyArray<ActorEntry> = [
  person("Claudio Graziano", "IT", [], [office("Chief of the Defence Staff of Italy", "IT", "official", "2015-02-28", "2018-11-06")]),
  person("Enzo Vecciarelli", "IT", ["Vecciarelli"], [office("Chief of the Defence Staff of Italy", "IT", "official", "2018-11-06", "2021-11-05")]),
  person("Giuseppe Cavo Dragone", "IT", ["Cavo Dragone"], [office("Chief of the Defence Staff of Italy", "IT", "official", "2021-11-05", "2024-11-08")]),
  person("Luciano Portolano", "IT", ["Portolano"], [office("Chief of the Defence Staff of Italy", "IT", "official", "2024-11-08")]),
  // National Armaments Director from 2025; month-level date.
  person("Giacinto Ottaviani", "IT", ["Ottaviani"], [office("National Armaments Director of Italy", "IT", "official", "2025-01-01")]),
  person("Enrico Credendino", "IT", ["Credendino"], [office("Chief of Staff of the Italian Navy", "IT", "official", "2021-06-01")]),
  // Ambassadors of Italy to India; start and end months are approximate (first of the month).
  person("Lorenzo Angeloni", "IT", ["Angeloni"], [office("Ambassador of Italy to India", "IT", "official", "2015-06-01", "2019-01-31")]),
  person("Vincenzo de Luca", "IT", ["Vincenzo De Luca"], [office("Ambassador of Italy to India", "IT", "official", "2019-02-01", "2023-09-30")]),
  person("Antonio Bartoli", "IT", [], [office("Ambassador of Italy to India", "IT", "official", "2023-10-01")])
]

// ── Institutions and companies ──────────────────────────────────────────────────────
const indianOrganisations: ReadonlyArray<ActorEntry> = [
  organisation("ISRO", "IN", ["Indian Space Research Organisation", "Indian Space Research Organization"], { sectors: ["space"] }),
  organisation("DRDO", "IN", ["Defence Research and Development Organisation", "Defence Research and Development Organization"], { sectors: ["defence"], defenceIndustry: true }),
  organisation("Society of Indian Defence Manufacturers", "IN", ["SIDM"], { sectors: ["defence"], defenceIndustry: true }),
  organisation("HAL", "IN", ["Hindustan Aeronautics Limited", "Hindustan Aeronautics"], { sectors: ["defence"], defenceIndustry: true }),
  organisation("BEL", "IN", ["Bharat Electronics Limited", "Bharat Electronics"], { sectors: ["defence"], defenceIndustry: true }),
  organisation("Mazagon Dock Shipbuilders", "IN", ["Mazagon Dock"], { sectors: ["defence", "maritime_ports"], defenceIndustry: true }),
  organisation("Invest India", "IN", [], { sectors: ["investment"] }),
  organisation("CII", "IN", ["Confederation of Indian Industry"]),
  organisation("FICCI", "IN", ["Federation of Indian Chambers of Commerce and Industry", "Federation of Indian Chambers of Commerce & Industry"]),
  organisation("ASSOCHAM", "IN", ["Associated Chambers of Commerce and Industry of India"]),
  organisation("Ministry of External Affairs", "IN", ["MEA"]),
  organisation("Indian Navy", "IN", [], { sectors: ["defence", "maritime_ports"] }),
  organisation("Indian Army", "IN", [], { sectors: ["defence"] }),
  organisation("Indian Air Force", "IN", ["IAF"], { sectors: ["defence"] }),
  organisation("Embassy of India in Italy", "IN", ["Indian Embassy in Italy", "Indian Embassy in Rome", "Embassy of India, Rome"]),
  organisation("Tata Group", "IN", ["Tata"]),
  organisation("Larsen & Toubro", "IN", ["L&T"]),
  organisation("Mahindra", "IN", ["Mahindra & Mahindra"], { sectors: ["automotive_manufacturing"] }),
  organisation("Central Bureau of Investigation", "IN", ["CBI"], { sectors: ["legal_justice"] }),
  organisation("Enforcement Directorate", "IN", [], { sectors: ["legal_justice"] }),
  organisation("Supreme Court of India", "IN", ["Indian Supreme Court"], { sectors: ["legal_justice"] }),
  organisation("Delhi High Court", "IN", [], { sectors: ["legal_justice"] }),
  organisation("National Highways Authority of India", "IN", ["NHAI"], { sectors: ["connectivity_infrastructure"] }),
  organisation("Archaeological Survey of India", "IN", [], { sectors: ["culture_tourism"] }),
  organisation("Air India", "IN", [], { sectors: ["connectivity_infrastructure"] }),
  organisation("Startup India", "IN", [], { sectors: ["startups_innovation"] }),
  organisation("State Bank of India", "IN", ["SBI"]),
  organisation("Indian Oil Corporation", "IN", ["IndianOil", "Indian Oil"], { sectors: ["energy_climate"] }),
  organisation("Cochin Shipyard", "IN", ["Cochin Shipyard Ltd", "Cochin Shipyard Limited"], { sectors: ["maritime_ports"] }),
  organisation("Bharat Heavy Electricals Ltd", "IN", ["BHEL", "Bharat Heavy Electricals", "Bharat Heavy Electricals Limited"])
]

const italianOrganisations: ReadonlyArray<ActorEntry> = [
  organisation("Italian Space Agency", "IT", ["ASI", "Agenzia Spaziale Italiana"], { sectors: ["space"] }),
  // AIAD: Federazione Aziende Italiane per l'Aerospazio, la Difesa e la Sicurezza; wire reports translate it several ways.
  organisation("AIAD", "IT", [
    "Italian Industries Federation for Aerospace, Defence and Security",
    "Italian Industries Federation for Aerospace, Defence, and Security",
    "Italian Industries Federation of Aerospace, Defence and Security",
    "Industries Federation for Aerospace, Defence, and Security",
    "Industries Federation for Aerospace, Defence and Security"
  ], { sectors: ["defence"], defenceIndustry: true }),
  organisation("Leonardo", "IT", ["Leonardo S.p.A.", "Leonardo SpA", "Finmeccanica"], { sectors: ["defence"], defenceIndustry: true }),
  organisation("Fincantieri", "IT", [], { sectors: ["defence", "maritime_ports"], defenceIndustry: true }),
  organisation("MBDA Italia", "IT", [], { sectors: ["defence"], defenceIndustry: true }),
  organisation("Elettronica", "IT", ["Elettronica SpA"], { sectors: ["defence"], defenceIndustry: true }),
  organisation("Ansaldo Energia", "IT", ["Ansaldo"], { sectors: ["energy_climate"] }),
  organisation("Eni", "IT", [], { sectors: ["energy_climate"] }),
  organisation("Enel", "IT", ["Enel Green Power"], { sectors: ["energy_climate"] }),
  organisation("Piaggio", "IT", ["Piaggio Vehicles"], { sectors: ["automotive_manufacturing"] }),
  organisation("Ferrero", "IT", [], { sectors: ["agriculture_food"] }),
  organisation("Stellantis", "other", [], { sectors: ["automotive_manufacturing"] }),
  // ICE is the agency's Italian acronym; alone it would also match the US immigration agency, so only its compound forms are aliases.
  organisation("Italian Trade Agency", "IT", ["ICE Agency", "ICE-Italian Trade Agency", "ICE - Italian Trade Agency", "ITA - Italian Trade Agency", "Italian Trade Commission"], { sectors: ["trade"] }),
  organisation("Confindustria", "IT", [], {}),
  organisation("SACE", "IT", [], { sectors: ["trade", "investment"] }),
  organisation("SIMEST", "IT", [], { sectors: ["investment"] }),
  organisation("Italian Navy", "IT", ["Marina Militare"], { sectors: ["defence", "maritime_ports"] }),
  organisation("Italian Army", "IT", ["Esercito Italiano"], { sectors: ["defence"] }),
  organisation("ITA Airways", "IT", [], { sectors: ["connectivity_infrastructure"] }),
  // UCIMU: the Italian machine-tool, robot and automation makers' association.
  organisation("UCIMU", "IT", ["UCIMU-Sistemi per Produrre"], { sectors: ["automotive_manufacturing"] }),
  organisation("Embassy of Italy in India", "IT", ["Italian Embassy in New Delhi", "Italian Embassy in India", "Embassy of Italy in New Delhi"]),
  organisation("Farnesina", "IT", ["Italian Ministry of Foreign Affairs"])
]

export const actorEntries: ReadonlyArray<ActorEntry> = [
  ...indianLeaders,
  ...indianMinisters,
  ...indianOfficials,
  ...italianLeaders,
  ...italianMinisters,
  ...italianOfficials,
  ...indianOrganisations,
  ...italianOrganisations
]

/** The office an entry held on `date` (YYYY-MM-DD); the latest office when the date is unknown. */
export const officeOn = (entry: ActorEntry, date: string | undefined): KnownOffice | undefined => {
  const offices = entry.offices ?? []
  if (date === undefined) return offices[offices.length - 1]
  return offices.find((held) => held.from <= date && (held.to === undefined || date < held.to))
}
