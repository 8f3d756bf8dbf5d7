import type { Country } from "../actor.ts"
import { acronymsWrittenAsWords, type ActorEntry, type OfficeLevel } from "../knowledge/actors.ts"
import type { PlaceEntry } from "../knowledge/places.ts"
import { pairKnowledge as knowledge, pairProfile } from "../profile/active-profile.ts"
import { sideNames, titleOwnerPatterns } from "../profile/side-patterns.ts"
import { alternation, compileGated, scanGatedSpans, type Words } from "./gated-patterns.ts"
import { withPlainVowels } from "./language/gloss.ts"
import { buildNameTrie, nameAt, type NameMatch } from "./name-trie.ts"
import { oneOf, wordOf } from "./term-list.ts"
import type { Field } from "./text.ts"

/**
 * One case-sensitive pass over a field (case-insensitive for a headline in capitals) finds every named
 * thing the classifier cares about: known actors, places, country names and adjectives, and titles of
 * office ("Prime Minister", "Foreign Secretary") that tell a leaders' meeting from a ministerial one.
 */

export type Mention =
  | {
      readonly kind: "actor"
      readonly entry: ActorEntry
      readonly side: Country
      readonly field: Field
      readonly start: number
      readonly end: number
      /** "the Meloni government": the leader names a government, and is not taking part in the development. */
      readonly namesGovernment?: true
    }
  | {
      readonly kind: "place"
      readonly entry: PlaceEntry
      readonly side: Country
      readonly field: Field
      readonly start: number
      readonly end: number
    }
  | {
      readonly kind: "country"
      readonly country: string
      readonly side: Country
      readonly field: Field
      readonly start: number
      readonly end: number
    }
  | {
      readonly kind: "role"
      readonly level: OfficeLevel
      readonly side: Country | undefined
      readonly field: Field
      readonly start: number
      readonly end: number
    }

/** A defence manufacturer or defence-industry body of the dictionary. */
export const namesDefenceMaker = (mention: Mention): mention is Extract<Mention, { kind: "actor" }> =>
  mention.kind === "actor" && mention.entry.defenceIndustry === true

type Target =
  | { readonly kind: "actor"; readonly entry: ActorEntry }
  | { readonly kind: "place"; readonly entry: PlaceEntry }
  | { readonly kind: "country"; readonly country: string; readonly side: Country }
  | { readonly kind: "role"; readonly level: OfficeLevel }

const targets = new Map<string, Target>()
const add = (surface: string, target: Target): void => {
  // The first definition wins: actors before places before countries.
  if (!targets.has(surface)) targets.set(surface, target)
  // A name left in Italian is read with plain vowels ("Università di Bologna" as "Universita di Bologna"): the
  // gloss copies unglossed words so (see gloss.ts), and the name must still be found.
  const plain = withPlainVowels(surface)
  if (plain !== surface && !targets.has(plain)) targets.set(plain, target)
}
for (const entry of knowledge.actors) for (const alias of entry.aliases) add(alias, { kind: "actor", entry })
for (const entry of knowledge.places)
  for (const alias of [entry.name, ...(entry.aliases ?? [])]) add(alias, { kind: "place", entry })
for (const side of pairProfile.sides)
  for (const name of sideNames(side)) add(name, { kind: "country", country: side.name.en, side: side.code })
for (const entry of knowledge.otherCountries)
  for (const name of entry.names) add(name, { kind: "country", country: entry.id, side: "other" })
for (const enclave of pairProfile.enclaves)
  for (const name of enclave.names) add(name, { kind: "country", country: enclave.name, side: "other" })

// Titles of office. "Deputy Prime Minister" is a minister, not a head of government.
const roles: ReadonlyArray<readonly [string, OfficeLevel]> = [
  ["Prime Minister", "leader"],
  ["PM", "leader"],
  ["Premier", "leader"],
  ["President", "leader"],
  ["Prime Ministers", "leader"],
  // Some papers write the title in lower case ("the two prime ministers welcomed…").
  ["prime minister", "leader"],
  ["prime ministers", "leader"],
  ["leaders", "leader"],
  ["heads of government", "leader"],
  ["head of government", "leader"],
  ["head of state", "leader"],
  // Presidents of a parliament's chamber and Speakers are not heads of state.
  ["President of the Senate", "minister"],
  ["Senate President", "minister"],
  ["Speaker", "minister"],
  ["Chief Minister", "minister"],
  ["President of the Chamber of Deputies", "minister"],
  ["Deputy Prime Minister", "minister"],
  ["Vice President", "minister"],
  ["Deputy PM", "minister"],
  ["Minister", "minister"],
  ["minister", "minister"],
  ["Ministers", "minister"],
  ["ministers", "minister"],
  ["Secretary", "official"],
  ["secretary", "official"],
  ["Under Secretary", "official"],
  ["Ambassador", "official"],
  ["ambassador", "official"],
  ["Envoy", "official"],
  ["envoy", "official"],
  // The heads of a state or region below the national government: India's Governors, Italy's regional Presidents.
  ["Governor", "minister"],
  ["Lieutenant Governor", "minister"],
  ["President of the Region", "minister"],
  // A mission's officers act for their state: its deputy head and its attachés.
  ["Chief of Mission", "official"],
  ["Deputy Chief of Mission", "official"],
  ["Attaché", "official"],
  ["Attache", "official"],
  ["attaché", "official"],
  ["attache", "official"],
  // A state's consuls act for it in their district ("the Italian Consul General in Mumbai met…").
  ["Consul General", "official"],
  ["Consul", "official"],
  ["consul general", "official"],
  ["consul", "official"],
  // A state's trade office abroad: "the Italian Trade Commissioner in Mumbai", "India's Trade Commissioner".
  ["Trade Commissioner", "official"],
  ["trade commissioner", "official"],
  ["Chief of Defence Staff", "official"],
  ["Chief of the Defence Staff", "official"],
  ["Chief of Naval Staff", "official"],
  ["Chief of the Naval Staff", "official"],
  ["Army chief", "official"],
  ["Navy chief", "official"],
  ["Air Force chief", "official"],
  ["General", "official"],
  ["Admiral", "official"],
  ["Armaments Director", "official"],
  ["National Security Adviser", "official"],
  ["officials", "official"],
  // A region's or a city's government acts for its side ("the Veneto Region opened an office in Mumbai", "La Regione
  // Veneto ha aperto", "il Comune di Sabaudia"), as a state government does in India.
  ["Region", "official"],
  ["Regione", "official"],
  ["Regional Government", "official"],
  ["regional government", "official"],
  ["Comune", "official"],
  ["Municipality", "official"],
  ["City Council", "official"],
  // Members of a parliament speak for their side in debates on relations ("Senator Terzi said the partnership …",
  // "MEP Pogliese asked …"), if not for its government.
  ["Senator", "official"],
  ["senator", "official"],
  ["MEP", "official"],
  ["MP", "official"],
  ["lawmaker", "official"],
  ["parliamentarian", "official"],
  ["delegation", "official"],
  // A government or its cabinet acting ("approved by the Indian cabinet", "the Italian government said") is a party.
  ["government", "official"],
  ["Government", "official"],
  ["cabinet", "official"],
  ["Cabinet", "official"],
  ["Union Cabinet", "official"],
  // A state's missions abroad act for it ("the Indian consulate in Milan said").
  ["consulate", "official"],
  ["Consulate", "official"],
  ["Consulate General", "official"],
  ["embassy", "official"],
  ["Embassy", "official"]
]
for (const [surface, level] of roles) add(surface, { kind: "role", level })
for (const side of pairProfile.sides)
  for (const office of side.officeTitles) add(office.title, { kind: "role", ...office })
// Acronyms written as names ("Jsw" for JSW), after every other name so that a name spelt so wins.
const acronym = /^[A-Z]{3,}$/
for (const entry of knowledge.actors)
  for (const alias of entry.aliases) {
    const written = acronym.test(alias) ? alias[0] + alias.slice(1).toLowerCase() : undefined
    if (written !== undefined && !acronymsWrittenAsWords.has(written)) add(written, { kind: "actor", entry })
  }

const entitySource = `(?<!\\w)(?:${alternation([...targets.keys()])})(?!\\w)`
// The gate only (which words may start a name); the names themselves are found by walking a trie.
const entityGate = compileGated(entitySource, "")
const entityTrie = buildNameTrie(targets)

// An all-capitals headline ("INDIA, ITALY SIGN DEFENCE PACT") names the same things: there the
// names are found regardless of case and looked up in capitals. The first definition still wins.
const shoutedTargets = new Map<string, Target>()
for (const [surface, target] of targets)
  if (!shoutedTargets.has(surface.toUpperCase())) shoutedTargets.set(surface.toUpperCase(), target)
// Not gated like entityPattern: registering it would put every word that starts like a name in
// any case ("min…", "off…", "del…") on every report's word list and slow every scan, for the
// rare headline in capitals.
const shoutedEntityPattern = new RegExp(entitySource, "gi")

/** Calls `onSpan` for each match of `pattern` (global) in `text`, in order. */
const scanAll = (pattern: RegExp, text: string, onSpan: (start: number, end: number) => void): void => {
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0].length === 0) pattern.lastIndex++
    else onSpan(match.index, match.index + match[0].length)
  }
}

const isCapital = (code: number): boolean => code >= 65 && code <= 90

/** Whether a field is written in capitals throughout (a shouted headline), so case says nothing about names. */
export const isShouting = (text: string): boolean => {
  // Nearly every field opens with a capital and a small letter: no need to count.
  if (text.length < 2 || !isCapital(text.charCodeAt(0)) || !isCapital(text.charCodeAt(1))) return false
  let upper = 0
  let lower = 0
  // A field in capitals is so throughout: its opening says as much as the whole. Ordinary text
  // gives itself away within a few dozen letters.
  const length = Math.min(text.length, 240)
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index)
    if (code >= 65 && code <= 90) upper++
    else if (code >= 97 && code <= 122 && 6 * ++lower > upper + (length - index)) return false
  }
  return upper >= 10 && upper >= 6 * lower
}

// A country adjective before these words is about cuisine, sport, geography or a brand, not a government.
const notASide = new Set([
  "Ocean",
  "Premier",
  "Wells",
  "Open",
  "Grand",
  "Serie",
  "League",
  "cuisine",
  "restaurant",
  "restaurants",
  "dish",
  "dishes",
  "pizza",
  "pasta",
  "chef",
  "chefs",
  "recipe",
  "recipes",
  "cooking",
  "coffee",
  "wine",
  "wines",
  "fashion",
  "football",
  "Alps",
  "Riviera",
  "movie",
  "film",
  "films",
  "cinema",
  "actor",
  "actress",
  "cricket",
  "hockey",
  "team",
  "squad",
  "captain",
  "dessert",
  "gelato",
  "style",
  "-style",
  // A region joined to a country's name: "Indo-Pacific" (also as Italian copy writes it, "indo-pacifica"), and the
  // route "India-Middle East-Europe Economic Corridor" ("India-Medio Oriente-Europa"), a corridor of many states.
  "Pacific",
  "pacific",
  "Pacifico",
  "pacifico",
  "Pacifica",
  "pacifica",
  "Middle",
  "Medio"
])

// A leader's name before these words names a government or a period ("the Modi government").
const governmentAfter = /[ \t]*(?:[Gg]overnment|[Aa]dministration|[Cc]abinet|[Ee]ra|[Yy]ears)\b/y
const namesGovernmentAt = (text: string, end: number): boolean => {
  governmentAfter.lastIndex = end
  return governmentAfter.test(text)
}

const shoutedNotASide = new Set([...notASide].map((word) => word.toUpperCase()))

// "Italian coffee roaster Lavazza", "the Italian wine producer Antinori": a trade word naming what a company does, then
// the company's name. Business reports introduce a firm no dictionary knows this way; the country is its side.
const companyAfter = new RegExp(
  String.raw`[ \t]+(?:\w+[ \t]+)?(?:roasters?|makers?|manufacturers?|producers?|company|companies|giant|group|firm|` +
    String.raw`major|exporters?)[ \t]+(?:[A-Z][\w&'’.-]*)`,
  "y"
)
const namesCompanyAfter = (text: string, end: number): boolean => {
  companyAfter.lastIndex = end
  return companyAfter.test(text)
}

// "Italian wine exports to India rose 30%", "Italian fashion imports": the goods as traded, the country their side.
const tradeAfter = /[ \t]+\w+[ \t]+(?:exports?|imports?|shipments?|exporters?|importers?)\b/y
const namesTradeAfter = (text: string, end: number): boolean => {
  tradeAfter.lastIndex = end
  return tradeAfter.test(text)
}
const combiningForms = new Set(pairProfile.sides.map((side) => side.combiningForm))
const shoutedCombiningForms = new Set([...combiningForms].map((form) => form.toUpperCase()))

const givenNames = new Set(pairProfile.sides.flatMap((side) => side.alsoGivenNames ?? []))

/** "Bharat Raj Paudyal", "Bharat Bhushan": a country's name that is also a given name, starting a person's name. */
const startsPersonalName = (surface: string, text: string, end: number): boolean => {
  if (!givenNames.has(surface) || text[end] !== " ") return false
  const next = text.charCodeAt(end + 1)
  return next >= 65 && next <= 90
}

const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122)

const nextWord = (text: string, end: number): string => {
  let start = end
  if (text[start] === "-" || text[start] === "–") start++
  else while (start < text.length && text[start] === " ") start++
  let stop = start
  while (stop < text.length && isAsciiLetter(text.charCodeAt(stop))) stop++
  return text.slice(start, stop)
}

// Module level: a literal in roleSide would build a new RegExp object for every title found.
const sideBefore = pairProfile.sides.map((side) => ({ code: side.code, ...titleOwnerPatterns(side) }))

// An organisation's acronym just before a title ("ISA President", "ISRO Chairman"); not a country's ("US President").
const bodyAcronymBefore = /\b(?!US\b|USA\b|UK\b|EU\b|UAE\b)[A-Z]{2,6}\s$/
/**
 * "Business leaders", "industry leaders", "religious leaders", "party leaders": leaders of no state, whose meeting
 * is no leaders' meeting. Not an office at all.
 */
const nonStateLeadersBefore = new RegExp(
  String.raw`\b(?:business|industry|industrial|corporate|religious|faith|church|party|community|opposition|` +
    String.raw`student|union|tribal|farm|farmers'?|youth|thought|gang|criminal|cartel|mafia)\s$`,
  "i"
)

/**
 * Which side a title of office belongs to, from an adjective just before it ("Italian Prime Minister",
 * "India's Foreign Secretary").
 */
const roleSide = (text: string, start: number, shouting: boolean): Country | undefined => {
  const before = text.slice(Math.max(0, start - 24), start)
  for (const side of sideBefore) if ((shouting ? side.shouted : side.written).test(before)) return side.code
  return undefined
}

// The field being scanned, for onEntitySpan: one module-level handler instead of a closure per call.
let scan: { field: Field; text: string; shouting: boolean; out: Array<Mention> } = {
  field: "title",
  text: "",
  shouting: false,
  out: []
}

const onShoutedSpan = (start: number, end: number): void => {
  // Nearly every match is written exactly as a known name; only one broken across a line or
  // by a double space needs its spaces evened out before the lookup.
  let surface = scan.text.slice(start, end)
  let target = shoutedTargets.get(surface.toUpperCase())
  if (target === undefined && (surface.includes("\n") || surface.includes("  "))) {
    surface = surface.replace(/\s+/g, " ")
    target = shoutedTargets.get(surface.toUpperCase())
  }
  if (target !== undefined) addMention(target, surface, start, end)
}

// Filled in place by nameAt for each name found.
const nameMatch: NameMatch<Target> = {
  end: 0,
  name: "",
  value: { kind: "role", level: "official" },
  spelledAsName: true
}

/** The names of the dictionary in a field not in capitals, at the words that may start one. */
const scanNames = (text: string, words: Words): void => {
  const { starts, masks } = words
  const bit = entityGate.bit
  const match = nameMatch
  let after = 0
  for (let word = 0; word < words.count; word++) {
    const start = starts[word]!
    if (start < after || (masks[word]! & bit) === 0 || !nameAt(entityTrie, text, start, match)) continue
    after = match.end
    if (match.spelledAsName) addMention(match.value, match.name, start, match.end)
  }
}

/** Whether the word just before `start` (one space between) is one of `words`. */
const afterOneOf = (text: string, start: number, words: ReadonlyArray<string>): boolean =>
  words.some((word) => text.startsWith(`${word} `, start - word.length - 1))

/** Whether the word just after `end` (one space between) is one of `words`. */
const beforeOneOf = (text: string, end: number, words: ReadonlyArray<string>): boolean =>
  words.some((word) => text.startsWith(` ${word}`, end) && !/\w/.test(text[end + word.length + 1] ?? ""))

/**
 * A name followed by an age as local and crime news gives it ("un connazionale, Bikram Singh di 43 anni", "Bikram
 * Singh (43)"): a private person, not the office holder of the same name. (Not "Meloni, 46,": profiles give leaders'
 * ages that way.)
 */
const agedAfter = /^(?:,? di \d{1,2} anni\b|,? \(\d{1,2}\))/

/** The mention of a name found at start…end, `surface` the name as the dictionary writes it. */
const addMention = (target: Target, surface: string, start: number, end: number): void => {
  const { field, text, shouting, out } = scan
  switch (target.kind) {
    case "actor":
      if (target.entry.notAfter !== undefined && afterOneOf(text, start, target.entry.notAfter)) break
      if (target.entry.notBefore !== undefined && beforeOneOf(text, end, target.entry.notBefore)) break
      if (target.entry.kind === "person" && agedAfter.test(text.slice(end, end + 16))) break
      if (target.entry.kind === "person" && namesGovernmentAt(text, end)) {
        out.push({
          kind: "actor",
          entry: target.entry,
          side: target.entry.country,
          field,
          start,
          end,
          namesGovernment: true
        })
      } else out.push({ kind: "actor", entry: target.entry, side: target.entry.country, field, start, end })
      break
    case "place":
      out.push({ kind: "place", entry: target.entry, side: target.entry.country, field, start, end })
      break
    case "country": {
      const next = nextWord(text, end)
      if (
        (notASide.has(next) || (shouting && shoutedNotASide.has(next))) &&
        !namesCompanyAfter(text, end) &&
        !namesTradeAfter(text, end)
      )
        break
      if (!shouting && startsPersonalName(surface, text, end)) break
      // "Indo" and "Italo" only count in compounds ("Indo-Italian").
      if ((shouting ? shoutedCombiningForms : combiningForms).has(surface) && text[end] !== "-") break
      out.push({ kind: "country", country: target.country, side: target.side, field, start, end })
      break
    }
    case "role": {
      if (surface === "leaders" && nonStateLeadersBefore.test(text.slice(Math.max(0, start - 16), start))) break
      // "ISA President Giorgio Saccoccia": a body's president is its official, not a head of state.
      const level =
        target.level === "leader" && bodyAcronymBefore.test(text.slice(Math.max(0, start - 12), start))
          ? "official"
          : target.level
      out.push({ kind: "role", level, side: roleSide(text, start, shouting), field, start, end })
      break
    }
  }
}

/**
 * Warships by their navy's prefix: "INS Trikand" is India's, "ITS Carlo Margottini" Italy's. No
 * dictionary can list every hull, and a ship in port or at sea is a party to an exercise or a port
 * call. Indian names are one word; Italian ones run to a few ("ITS Paolo Thaon di Revel"). Only
 * near naval words, because "ITS" also stands for intelligent transport systems and Italy's
 * technical academies.
 */
const shipPrefixes = new Map<string, (typeof pairProfile.sides)[number]>(
  pairProfile.sides.map((side) => [side.shipPrefix.prefix, side] as const)
)
const longestShipName = Math.max(...pairProfile.sides.map((side) => side.shipPrefix.maxNameWords))
const shipPattern = compileGated(
  String.raw`(?<!\w)(?:${[...shipPrefixes.keys()].join("|")})[ \u00a0][A-Z][a-z]+` +
    String.raw`(?:[ \u00a0](?:di |de |del |della )?[A-Z][a-z]+){0,${longestShipName - 1}}(?!\w)`,
  ""
)
const navalContext = new RegExp(
  wordOf([
    "nav(?:y|ies|al)",
    "warships?",
    "ships?",
    "frigates?",
    "destroyers?",
    "corvettes?",
    "submarines?",
    "carriers?",
    "vessels?",
    "sailors",
    "crew",
    "port calls?",
    "harbou?r",
    "berthed",
    "docked",
    "sailed",
    // A passage exercise between two navies.
    "passex",
    "maritime",
    "exercises?",
    // The Italian Navy's own name.
    "Marina Militare"
  ]),
  "i"
)
// A headline in Title Case runs on after the name: "ITS Carlo Margottini Arrives In Mumbai".
const notPartOfAShipName = new RegExp(
  `^${oneOf([
    // Small words that run on after a name in Title Case.
    "In",
    "At",
    "To",
    "And",
    "With",
    "Off",
    "For",
    "From",
    "On",
    "Of",
    "The",
    "After",
    // What ships do in headlines: "ITS Carlo Margottini Arrives In Mumbai".
    "Concludes?",
    "Concluded",
    "Arrives?",
    "Arrived",
    "Docks?",
    "Docked",
    "Calls?",
    "Called",
    "Visits?",
    "Visited",
    "Sails?",
    "Sailed",
    "Joins?",
    "Joined",
    "Holds?",
    "Held",
    "Leaves?",
    "Left",
    "Enters?",
    "Entered",
    "Reaches",
    "Reached",
    "Conducts?",
    "Conducted",
    "Completes?",
    "Completed",
    "Begins?",
    "Began",
    "Pays?",
    "Paid",
    "Makes?",
    "Made",
    "Hosts?",
    "Hosted",
    // Naval nouns that follow a name: "INS Tabar Crew".
    "Port",
    "Navy",
    "Naval",
    "Ship",
    "Frigate",
    "Destroyer",
    "Crew",
    "Sailors",
    "Exercise",
    "Drill",
    "Passage"
  ])}$`
)
const shipEntries = new Map<string, ActorEntry>()
const mayNameAShip = (text: string): boolean => {
  for (const prefix of shipPrefixes.keys()) if (text.includes(prefix)) return true
  return false
}

const shipEntry = (name: string, country: Country): ActorEntry => {
  let entry = shipEntries.get(name)
  if (entry === undefined) {
    entry = { name, kind: "organisation", country, aliases: [name], sectors: ["defence"] }
    shipEntries.set(name, entry)
  }
  return entry
}

const findShips = (field: Field, text: string, words: Words, out: Array<Mention>, firstOfField: number): void => {
  scanGatedSpans(shipPattern, text, words, (start, end) => {
    if (!navalContext.test(text.slice(Math.max(0, start - 200), Math.min(text.length, end + 200)))) return
    const parts = text.slice(start, end).split(/[ \u00a0]/)
    const navy = shipPrefixes.get(parts[0]!)!
    let kept = 1
    while (kept < parts.length && kept <= navy.shipPrefix.maxNameWords && !notPartOfAShipName.test(parts[kept]!)) kept++
    if (kept === 1) return
    const name = parts.slice(0, kept).join(" ")
    const mention: Mention = {
      kind: "actor",
      entry: shipEntry(name, navy.code),
      side: navy.code,
      field,
      start,
      end: start + name.length
    }
    // In order of position, in place of anything found inside the name.
    let at = firstOfField
    while (at < out.length && out[at]!.start < start) at++
    let inside = 0
    while (at + inside < out.length && out[at + inside]!.end <= mention.end) inside++
    out.splice(at, inside, mention)
  })
}

export const findMentions = (field: Field, text: string, words: Words, out: Array<Mention>): void => {
  const shouting = isShouting(text)
  const firstOfField = out.length
  scan = { field, text, shouting, out }
  if (shouting) scanAll(shoutedEntityPattern, text, onShoutedSpan)
  else scanNames(text, words)
  // A plain search first: almost no report names a warship, and indexOf is cheaper than a scan of every word.
  if (!shouting && mayNameAShip(text)) findShips(field, text, words, out, firstOfField)
}
