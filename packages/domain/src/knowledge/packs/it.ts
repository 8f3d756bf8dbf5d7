import { term, type LanguagePack, type PackEntry } from "./pack.ts"
import { englishMonthNames } from "../../calendar.ts"

/**
 * Italian: how the Italian press (ANSA, Agenzia Nova, askanews, Il Sole 24 Ore, Formiche) and the
 * Italian government (Farnesina, Palazzo Chigi, the ministries) write about India. Each entry glosses
 * an Italian word or phrase into the English the classifier's rules read. Only what the rules look
 * for is glossed; every other word stays Italian (and is simply not a cue).
 */

// ── Numbers and amounts ──────────────────────────────────────────────────────────────
// Italian writes 14.000 for 14,000 and 1,5 for 1.5.
const NUMBER = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`
const SCALE = "miliardi|miliardo|mld|mln|milioni|milione|mila|crore|lakh"
const CURRENCY = "euro|dollari|dollaro|rupie|rupia|sterline"
const SYMBOL = String.raw`US\$|\$|€|£|₹`

/** "14.000,5" → "14,000.5"; "1,5" → "1.5". */
export const englishNumber = (italian: string): string => {
  const [whole = "", fraction] = italian.split(",")
  const grouped = whole.replace(/\./g, ",")
  return fraction === undefined ? grouped : `${grouped}.${fraction}`
}

const scaleWords: Record<string, string> = {
  miliardi: "billion",
  miliardo: "billion",
  mld: "billion",
  mln: "million",
  milioni: "million",
  milione: "million",
  crore: "crore",
  lakh: "lakh"
}
const currencySymbols: Record<string, string> = {
  euro: "€",
  "€": "€",
  dollari: "$",
  dollaro: "$",
  $: "$",
  us$: "$",
  rupie: "Rs ",
  rupia: "Rs ",
  "₹": "Rs ",
  sterline: "£",
  "£": "£"
}
const amountParts = new RegExp(`(${SYMBOL})?\\s?(${NUMBER})\\s*(${SCALE})?(?:\\s+(?:di\\s+)?(${CURRENCY}))?`, "iu")

/** "20 miliardi di euro" → "€20 billion"; "1,5 mld" → "1.5 billion"; "14 mila" → "14,000". */
export const englishAmount = (italian: string): string => {
  const parts = amountParts.exec(italian)
  if (parts === null) return italian
  const [, symbol, digits = "", scale, currency] = parts
  const unit = (currency ?? symbol)?.toLowerCase()
  const prefix = unit === undefined ? "" : (currencySymbols[unit] ?? "")
  const number = englishNumber(digits)
  // "mila" (thousands) is written out as a number: "14 mila imprese" → "14,000 companies".
  if (scale?.toLowerCase() === "mila") {
    const value = Number(number.replace(/,/g, "")) * 1000
    return `${prefix}${value.toLocaleString("en-US")}`
  }
  const scaleWord = scale === undefined ? "" : ` ${scaleWords[scale.toLowerCase()] ?? ""}`
  return `${prefix}${number}${scaleWord}`
}

const amounts: ReadonlyArray<PackEntry> = [
  term(`(?:${SYMBOL})\\s?(?:${NUMBER})(?:\\s*(?:${SCALE}))?(?:\\s+(?:di\\s+)?(?:${CURRENCY}))?`, englishAmount),
  term(`(?:${NUMBER})\\s*(?:${SCALE})(?:\\s+(?:di\\s+)?(?:${CURRENCY}))?`, englishAmount),
  term(`(?:${NUMBER})\\s+(?:${CURRENCY})`, englishAmount),
  // Any other number with Italian separators.
  term(String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+`, englishNumber)
]

// ── Dates ───────────────────────────────────────────────────────────────────────────
const months = [
  "gennaio",
  "febbraio",
  "marzo",
  "aprile",
  "maggio",
  "giugno",
  "luglio",
  "agosto",
  "settembre",
  "ottobre",
  "novembre",
  "dicembre"
]
const englishMonths: ReadonlyArray<string> = englishMonthNames
// Weekdays with and without the accent ("lunedi" in feeds that drop it).
const weekdays = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
const englishWeekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
const MONTH = `(?:${months.join("|")})`
// Agency datelines abbreviate the month: "MUMBAI, 02 DIC -".
const MONTH_SHORT = "(?:gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic)"
const shortMonths = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
const WEEKDAY = "(?:luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica)"

const monthOf = (text: string): string => {
  const lower = text.toLowerCase()
  const index = months.findIndex((month) => lower.includes(month))
  if (index >= 0) return englishMonths[index]!
  const short = shortMonths.findIndex((month) => new RegExp(`\\d\\s+${month}`).test(lower))
  return englishMonths[short] ?? ""
}
const weekdayOf = (text: string): string => {
  const lower = text.toLowerCase()
  // Five letters tell the days apart, with or without the accent.
  const index = weekdays.findIndex((day) => lower.includes(day.slice(0, 5)))
  return englishWeekdays[index] ?? ""
}
/** "(il) 20 maggio 2026" → "(on) 20 May 2026". */
const dayMonthYear = (text: string): string => {
  const day = /\d{1,2}/.exec(text)?.[0] ?? ""
  const year = /\d{4}/.exec(text)?.[0]
  const on = /^(?:il|l['’]|lo|dal|dall['’])/i.test(text) ? "on " : ""
  return `${on}${day} ${monthOf(text)}${year === undefined ? "" : ` ${year}`}`
}
const yearOf = (text: string): string => /\d{4}/.exec(text)?.[0] ?? ""

const dates: ReadonlyArray<PackEntry> = [
  // "Dal 4 al 6 maggio", "tra il 4 e il 6 maggio": a span, dated by its first day.
  term(`(?:dal|tra\\s+il|fra\\s+il)\\s+\\d{1,2}\\s+(?:al|e\\s+il)\\s+\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?`, (text) =>
    dayMonthYear(text.replace(/^(?:tra|fra)\s+il/i, "dal"))
  ),
  // "martedì 3 marzo": the day of the month says it; the weekday adds nothing.
  term(`(?:(?:il|l['’])\\s*)?(?:${WEEKDAY}\\s+)?\\d{1,2}(?:°|º)?\\s+${MONTH}(?:\\s+\\d{4})?`, dayMonthYear),
  term(`\\d{1,2}\\s+${MONTH_SHORT}\\.?(?:\\s+\\d{4})?`, dayMonthYear),
  term(`(?:lo\\s+)?scors[oa]\\s+${MONTH}|${MONTH}\\s+scorso`, (text) => `last ${monthOf(text)}`),
  term(`(?:il\\s+)?prossimo\\s+${MONTH}|${MONTH}\\s+prossimo`, (text) => `next ${monthOf(text)}`),
  term(
    `(?:a|ad|in|nel|nel\\s+mese\\s+di|a\\s+(?:inizio|fine|met[àa])|entro)\\s+${MONTH}(?:\\s+(?:del\\s+)?\\d{4})?`,
    (text) => `in ${monthOf(text)}${/\d{4}/.test(text) ? ` ${yearOf(text)}` : ""}`
  ),
  term(`${MONTH}(?:\\s+\\d{4})?`, (text) => `${monthOf(text)}${/\d{4}/.test(text) ? ` ${yearOf(text)}` : ""}`),
  term(`${WEEKDAY}\\s+scors[oa]|(?:lo\\s+|la\\s+)?scors[oa]\\s+${WEEKDAY}`, (text) => `last ${weekdayOf(text)}`),
  term(`${WEEKDAY}\\s+prossim[oa]|(?:il\\s+|la\\s+)?prossim[oa]\\s+${WEEKDAY}`, (text) => `next ${weekdayOf(text)}`),
  // Italian names the weekday bare ("lunedì il premier ha incontrato…") where English says "on Monday".
  term(WEEKDAY, (text) => `on ${weekdayOf(text)}`),
  term("(?:ieri|l['’]altro\\s+ieri)(?:\\s+(?:sera|mattina|pomeriggio))?", "yesterday"),
  // The evening is still to come in the day's copy: "incontra stasera", "firma in serata".
  term("stasera|in\\s+serata|questa\\s+sera", "this evening"),
  term("oggi|stamattina|stamani|questa\\s+mattina", "today"),
  term("domani", "tomorrow"),
  // Members of Parliament: "il senatore Terzi", "la deputata", "l'eurodeputato Pogliese".
  term("senator[ei]|senatrice|senatrici", "senator"),
  term("eurodeputat[oaie]|europarlamentar[ei]", "MEP"),
  term("(?<!\\bcamera\\s+dei\\s+)deputat[oaie]", "MP"),
  term("controversi[ae]\\s+internazional[ei]|contenzios[oi]\\s+internazional[ei]", "international dispute"),
  // "Resterà in porto fino al 13 agosto": the end of a stay, not its date.
  term("fino\\s+(?:al|all['’])(?=\\s*\\d)", "until"),
  term("(?:la\\s+)?settimana\\s+scorsa|(?:la\\s+)?scorsa\\s+settimana", "last week"),
  term("(?:la\\s+)?settimana\\s+prossima|(?:la\\s+)?prossima\\s+settimana", "next week"),
  // "La prossima visita del premier servirà a…": a visit still to come.
  term("prossim[oa](?=\\s+(?:visita|viaggio|missione|vertice|incontro)\\b)", "upcoming"),
  term("(?:il\\s+)?mese\\s+scorso|(?:lo\\s+)?scorso\\s+mese", "last month"),
  term("(?:il\\s+)?mese\\s+prossimo|(?:il\\s+)?prossimo\\s+mese", "next month"),
  term("(?:l['’]|lo\\s+)?(?:anno\\s+scorso|scorso\\s+anno)", "last year"),
  term("(?:l['’]|il\\s+)?(?:anno\\s+prossimo|prossimo\\s+anno)", "next year"),
  term("quest['’]anno", "this year"),
  term("questa\\s+settimana", "this week"),
  term("questo\\s+mese", "this month"),
  term("(?:nel|nell['’]anno)\\s+\\d{4}", (text) => `in ${yearOf(text)}`),
  term("entro\\s+(?:il\\s+)?\\d{4}", (text) => `by ${yearOf(text)}`),
  // "Dal 2019 al 2023": a span of years, the period a figure covers, not a look back from now.
  term("(?:dal|tra\\s+il)\\s+\\d{4}\\s+(?:al|e\\s+il)\\s+\\d{4}", (text) => {
    const [from, to] = text.match(/\d{4}/g) ?? []
    return `from ${from} to ${to}`
  }),
  // "dal 2012": since then; the rules read it as looking back.
  term("(?:sin\\s+)?dal\\s+\\d{4}", (text) => `since ${yearOf(text)}`)
]

/**
 * A gloss for a phrase that may end in an elided article ("dell'"): with the article, `tail` follows it (" the ", or a
 * bare space), so the next word stays apart from the gloss instead of running into it ("ofItalian").
 */
const elidedArticle =
  (gloss: string, tail = " the ") =>
  (text: string): string =>
    /['’]$/.test(text) ? `${gloss}${tail}` : gloss

// ── Offices ─────────────────────────────────────────────────────────────────────────
// A title may carry its side after it ("il premier indiano", "l'ambasciatore d'Italia"): the
// English rules read the side from an adjective before the title, so the gloss moves it there.
const SIDE_AFTER = String.raw`(?:\s+(?:italian[oaie]|indian[oaie])|\s+(?:d['’]|dell['’])\s*(?:italia|india))?`
const sideOf = (text: string): string => {
  const lower = text.toLowerCase()
  // The title's own words never name a country, so the side is what follows it.
  if (/(?:italian[oaie]|italia)$/.test(lower)) return "Italian "
  if (/(?:indian[oaie]|india)$/.test(lower)) return "Indian "
  return ""
}
const office = (title: string, english: string): PackEntry =>
  term(`(?:${title})${SIDE_AFTER}`, (text) => `${sideOf(text)}${english}`)
const MINISTER = "ministr[oai]|titolare"

const offices: ReadonlyArray<PackEntry> = [
  office(
    "vice\\s?premier|vicepresidente\\s+del\\s+consiglio|vice\\s+presidente\\s+del\\s+consiglio",
    "Deputy Prime Minister"
  ),
  // The chair of a board or of another council is no head of government.
  term(
    "presidente\\s+del\\s+consiglio(?=\\s+(?:di\\s+amministrazione|di\\s+sorveglianza|di\\s+gestione|" +
      "di\\s+sicurezza|direttivo|generale|europeo|dell['’]unione|d['’]europa|regionale|comunale|provinciale|" +
      "nazionale|superiore|(?:\\p{L}+\\s+)?dell['’]ordine))",
    "Chair of the Council"
  ),
  // Italy's head of government is the only "presidente del Consiglio" of the pair: India's is a "primo ministro".
  term(
    "presidente\\s+del\\s+consiglio(?!(?:\\s+dei\\s+ministri)?\\s+(?:italian|indian|d['’]|dell['’]))" +
      "(?:\\s+dei\\s+ministri)?",
    "Italian Prime Minister"
  ),
  office(
    "presidente\\s+del\\s+consiglio(?:\\s+dei\\s+ministri)?|premier|prim[oa]\\s+ministr[oa]|" +
      "capo\\s+del\\s+governo",
    "Prime Minister"
  ),
  office("presidente\\s+della\\s+repubblica|capo\\s+dello\\s+stato", "President"),
  office(
    `(?:${MINISTER})\\s+degli\\s+(?:affari\\s+)?esteri(?:\\s+e\\s+della\\s+cooperazione\\s+internazionale)?` +
      "|titolare\\s+della\\s+farnesina|capo\\s+della\\s+diplomazia",
    "Foreign Minister"
  ),
  office(`(?:${MINISTER})\\s+della\\s+difesa`, "Defence Minister"),
  office(
    `(?:${MINISTER})\\s+del(?:l['’]industria\\s+e\\s+del)?\\s*commercio(?:\\s+e\\s+dell['’]industria)?`,
    "Commerce and Industry Minister"
  ),
  office(`(?:${MINISTER})\\s+delle\\s+imprese(?:\\s+e\\s+del\\s+made\\s+in\\s+italy)?`, "Industry Minister"),
  office(`(?:${MINISTER})\\s+dell['’]interno`, "Interior Minister"),
  office(
    `(?:${MINISTER})\\s+dell['’]economia(?:\\s+e\\s+delle\\s+finanze)?|(?:${MINISTER})\\s+delle\\s+finanze`,
    "Finance Minister"
  ),
  office(
    `(?:${MINISTER})\\s+dell['’]agricoltura(?:\\s+e\\s+della\\s+sovranit[àa]\\s+alimentare)?`,
    "Agriculture Minister"
  ),
  office(`(?:${MINISTER})\\s+dell['’]universit[àa](?:\\s+e\\s+della\\s+ricerca)?`, "Research Minister"),
  office(`(?:${MINISTER})\\s+dell['’]istruzione`, "Education Minister"),
  office(`(?:${MINISTER})\\s+della\\s+salute`, "Health Minister"),
  office(`(?:${MINISTER})\\s+dell['’]ambiente(?:\\s+e\\s+della\\s+sicurezza\\s+energetica)?`, "Environment Minister"),
  office(`(?:${MINISTER})\\s+della\\s+cultura`, "Culture Minister"),
  office(`(?:${MINISTER})\\s+del\\s+turismo`, "Tourism Minister"),
  office("vice\\s?ministr[oa]", "Deputy Minister"),
  office(
    "sottosegretari[oa](?:\\s+di\\s+stato)?(?:\\s+(?:agli\\s+(?:affari\\s+)?esteri|" +
      "alla\\s+difesa|alla\\s+presidenza" +
      "\\s+del\\s+consiglio))?",
    "Under Secretary"
  ),
  office("segretari[oa]\\s+general[ei]", "Secretary General"),
  office("segretari[oa]\\s+agli\\s+esteri|foreign\\s+secretary", "Foreign Secretary"),
  office("ministr[oa]|ministri", "Minister"),
  office("ambasciat(?:ore|rice|ori)", "Ambassador"),
  office("consol[ei]\\s+general[ei]", "Consul General"),
  // Not an honorary consul, who is no official of the state.
  office("consol[ei](?!\\s+(?:onorari[oa]|general[ei]))", "Consul"),
  office("sindac[oi]", "Mayor"),
  // A region's president and ministers ("il presidente della Regione Lombardia", "l'assessore regionale"): the
  // region's government, not the head of state.
  office("president[ei]\\s+della\\s+regione", "President of the Region"),
  office("governator[ei]", "Governor"),
  office("assessor[ei](?:\\s+regional[ei])?", "regional Minister"),
  office("vice\\s+capo\\s+(?:di\\s+|della\\s+)?missione", "Deputy Chief of Mission"),
  office("capo\\s+(?:di\\s+|della\\s+)?missione", "Chief of Mission"),
  // An attaché by the field of the post ("l'Addetto Scientifico dell'Ambasciata" is the Scientific Attaché).
  term("addett[oi]\\s+(?:commercial[ei]|militar[ei]|della\\s+difesa|navale|scientific[oi]|economic[oi])", (text) => {
    const field = text.toLowerCase().replace(/^addett[oi]\s+/, "")
    const english = /^commercial/.test(field)
      ? "Commercial"
      : /^militar/.test(field)
        ? "Military"
        : /difesa/.test(field)
          ? "Defence"
          : /^naval/.test(field)
            ? "Naval"
            : /^scientific/.test(field)
              ? "Scientific"
              : "Economic"
    return `${english} Attaché`
  }),
  office("inviat[oa]\\s+special[ei]", "Envoy"),
  office("capo\\s+di\\s+stato\\s+maggiore\\s+della\\s+difesa", "Chief of Defence Staff"),
  office("capo\\s+di\\s+stato\\s+maggiore\\s+della\\s+marina(?:\\s+militare)?", "Chief of Naval Staff"),
  office("consigliere\\s+per\\s+la\\s+sicurezza\\s+nazionale", "National Security Adviser"),
  // "Ammiraglio di squadra" is a rank: "squadra" there is the fleet, not a sports team.
  office("ammiraglio(?:\\s+di\\s+(?:squadra|divisione))?", "Admiral"),
  // "il suo omologo indiano": the other side's holder of the same office, a one-to-one encounter.
  term("(?:il\\s+suo\\s+|l['’])?omolog(?:[oa]|hi|he)", "counterpart"),
  term("funzionari|alti\\s+funzionari", "officials"),
  term("delegazion[ei]", "delegation"),
  term("leader", "leaders"),
  term("capi\\s+di\\s+(?:stato\\s+e\\s+di\\s+)?governo", "heads of government")
]

// ── Institutions ────────────────────────────────────────────────────────────────────
const institutions: ReadonlyArray<PackEntry> = [
  term(
    "ministero\\s+degli\\s+(?:affari\\s+)?esteri\\s+indiano|ministero\\s+degli\\s+esteri\\s+di\\s+nuova\\s+delhi",
    "Ministry of External Affairs"
  ),
  term("ministero\\s+della\\s+difesa\\s+indiano", "Indian Ministry of Defence"),
  term("ministero\\s+della\\s+difesa(?:\\s+italiano)?", "Italian Ministry of Defence"),
  term("ministero\\s+delle\\s+imprese(?:\\s+e\\s+del\\s+made\\s+in\\s+italy)?", "MIMIT"),
  term("marina\\s+(?:militare\\s+)?indiana", "Indian Navy"),
  // The other side's forces named by the Italian common nouns and a qualifier after them: "la Marina militare
  // dell'India", "l'Esercito di Nuova Delhi" are India's, not the Italian Navy or Army the bare names stand for.
  term(
    "(?:marina(?:\\s+militare)?|esercito|aeronautica(?:\\s+militare)?)" +
      "(?=\\s+(?:dell['’]\\s*india|di\\s+nuova\\s+delhi|di\\s+delhi|indian[oa])\\b)",
    (text) => (/^marina/i.test(text) ? "Indian Navy" : /^esercito/i.test(text) ? "Indian Army" : "Indian Air Force")
  ),
  term("esercito\\s+indiano", "Indian Army"),
  term("aeronautica\\s+(?:militare\\s+)?indiana", "Indian Air Force"),
  term("esercito\\s+italiano", "Italian Army"),
  term("aeronautica\\s+militare(?:\\s+italiana)?", "Italian Air Force"),
  term("agenzia\\s+spaziale\\s+italiana", "Italian Space Agency"),
  term("agenzia\\s+spaziale\\s+indiana", "ISRO"),
  // ICE, the Italian Trade Agency ("ice" is no Italian word).
  term("agenzia\\s+ice|ice|agenzia\\s+per\\s+la\\s+promozione\\s+all['’]estero", "Italian Trade Agency"),
  term(
    "ambasciata\\s+(?:d['’]italia|italiana)(?:\\s+(?:a|in)\\s+(?:nuova\\s+delhi|india))?",
    "Embassy of Italy in India"
  ),
  term("ambasciata\\s+(?:dell['’]india|indiana)(?:\\s+(?:a|in)\\s+(?:roma|italia))?", "Embassy of India in Italy"),
  term("corte\\s+suprema\\s+(?:indiana|dell['’]india)", "Supreme Court of India"),
  term("camera\\s+di\\s+commercio\\s+indo-?italiana", "Indo-Italian Chamber of Commerce and Industry"),
  term("camer[ae]\\s+di\\s+commercio", "chamber of commerce"),
  term("istitut[oi]\\s+italian[oi]\\s+di\\s+cultura", "Italian Cultural Institute"),
  // The noun comes first in Italian: "tribunale arbitrale" is an arbitral tribunal, not a court's arbitration.
  term("tribunale\\s+arbitrale(?:\\s+internazionale)?", "arbitral tribunal"),
  term("presidenza\\s+del\\s+consiglio(?:\\s+dei\\s+ministri)?", "Palazzo Chigi"),
  // A government's own meeting is a cabinet session, not a meeting with the other side.
  term(
    "riunione\\s+(?:dell['’]esecutivo|del\\s+governo|del\\s+gabinetto|del\\s+consiglio\\s+dei\\s+ministri)|" +
      "consiglio\\s+dei\\s+ministri",
    "cabinet session"
  ),
  term("governo\\s+italiano", "Italian government"),
  term("governo\\s+indiano", "Indian government"),
  term("consolato(?:\\s+generale)?", "consulate"),
  // "Il Politecnico", named without its city, is the local (Italian) polytechnic of the paper writing about it; an
  // Indian one is an IIT or "il Politecnico di Madras", whose city the lookahead leaves to the names.
  term("(?:il|del|al|dal|nel|col)\\s+politecnico(?!\\s+di\\s)", (text) => {
    const preposition = text.split(/\s+/)[0]!.toLowerCase()
    const english: Record<string, string> = {
      del: "of the",
      al: "to the",
      dal: "from the",
      nel: "in the",
      col: "with the"
    }
    return `${english[preposition] ?? "the"} Italian Politecnico`
  })
]

// ── Status ──────────────────────────────────────────────────────────────────────────
// Tense decides status: the English rules look for "will", "is expected to", "set to" before the cue.
/** Adjectives of Italian regions and cities, in every gender and number, that name a company's home. */
const ITALIAN_PLACE_ADJECTIVES = [
  "lombard[oaie]",
  "piemontes[ei]",
  "venet[oaie]",
  "emilian[oaie]",
  "toscan[oaie]",
  "puglies[ei]",
  "sicilian[oaie]",
  "friulan[oaie]",
  "marchigian[oaie]",
  "abruzzes[ei]",
  "bergamasc(?:o|a|hi|he)",
  "brescian[oaie]",
  "vicentin[oaie]",
  "trevigian[oaie]",
  "padovan[oaie]",
  "verones[ei]",
  "modenes[ei]",
  "parmens[ei]",
  "reggian[oaie]",
  "bolognes[ei]",
  "milanes[ei]",
  "torines[ei]",
  "genoves[ei]",
  "cremones[ei]",
  "comasc(?:o|a|hi|he)",
  "brianzol[oaie]",
  "mantovan[oaie]",
  "napoletan[oaie]",
  "bares[ei]",
  "triestin[oaie]"
].join("|")
/** Gatherings named after "per il / la" ("per il vertice", "per la ministeriale"), in the rules' words. */
const gatheringWords: Record<string, string> = {
  vertice: "summit",
  summit: "summit",
  ministeriale: "ministerial",
  conferenza: "conference",
  assemblea: "assembly"
}
/** What one takes part in, with its article: "ai lavori del G20", "al vertice", "alla conferenza". */
const TAKING_PART_IN = "(?:ai\\s+lavori\\s+(?:del|della|dei)|al|alla|allo|ai|agli|alle)"
/** A signing's participle, "firmato", "siglata", "sottoscritti": several entries read what stands around it. */
const SIGNED = "(?:firmat|siglat|sottoscritt)[oaie]"

const status: ReadonlyArray<PackEntry> = [
  // A signing not made yet: "non è ancora stato firmato", "devono ancora firmare", "manca ancora la firma".
  term(
    "non\\s+(?:è|sono)\\s+ancora\\s+stat[oaie]\\s+(?:firmat|siglat|sottoscritt|concluso|conclus)[oaie]?",
    "has not yet been signed"
  ),
  term("(?:deve|devono)\\s+ancora\\s+(?:firmare|siglare|sottoscrivere)", "are yet to sign"),
  term("manca\\s+ancora\\s+la\\s+firma", "not yet signed: the signing"),
  // "L'imminente visita": one still to come, as "upcoming" is to the English rules; "alla vigilia della visita" is on
  // its eve.
  term("imminent[ei]", "upcoming"),
  term("alla\\s+vigilia\\s+(?:della|del|dei|delle|dell['’])", elidedArticle("on the eve of the", " ")),
  // A signing not (yet) made: "in vista della sigla del MoU", "in attesa della firma"; "niente accordo", "fumata nera".
  term(
    "(?:(?:in\\s+vista|in\\s+attesa|prima)\\s+(?:della|di)|verso\\s+la)\\s+(?:firma|sigla|sottoscrizione)" +
      "(?:\\s+(?:del|della|dei|degli|delle)(?=\\s))?",
    "ahead of the signing of"
  ),
  term(
    "(?:niente|nessun[ao]?)\\s+(?:accordo|intesa)|(?:salta|sfuma|saltano)\\s+l['’]\\s*(?:accordo|intesa)|" +
      "fumata\\s+nera|senza\\s+la\\s+firma",
    "no deal"
  ),
  // A takeover to come: "sarà acquisita dagli indiani", "rileverà la totalità delle azioni", "passerà agli indiani".
  term("(?:sarà|saranno|verrà|verranno)\\s+(?:acquisit[oaie]|rilevat[oaie])", "will be acquired"),
  term(
    "rilever(?:à|anno)(?=\\s+(?:la|il|l['’]|le|i|gli)\\s*" +
      "(?:totalit|quot|azion|control|maggioranz|stabiliment|societ|grupp|aziend|marchi))",
    "will acquire"
  ),
  term("passer(?:à|anno)\\s+(?:agli|ai|nelle\\s+mani\\s+d(?:i|el|ella|egli))", "will be a takeover by"),
  // A work "firmato da" its author is made by them, no agreement: "il menù è stato firmato dallo Chef Bondì", "una
  // collezione firmata dalla stilista".
  term(
    "(?:(?:è|e['’]|sono)\\s+stat[oaie]\\s+)?firmat[oaie](?=\\s+(?:da|dal|dalla|dallo|dai|dagli|dalle|dall['’])\\s*" +
      "(?:chef|regist|stilist|architett|fotograf|curat|coreograf|designer|artist|scrittor|autor|scenograf))",
    (text) => (/^(?:è|e|sono)/i.test(text) ? "was created" : "created")
  ),
  // A signing denied or barred: "non hanno (mai) sottoscritto trattati", "l'Europa non possa firmare".
  term("non\\s+(?:ha|hanno)\\s+(?:mai\\s+)?(?:firmato|siglato|sottoscritto)", (text) =>
    /\bmai\b/i.test(text) ? "have never signed" : "have not signed"
  ),
  term("non\\s+(?:può|possa|possono|potrà|potranno)\\s+(?:firmare|siglare|sottoscrivere)", "cannot sign"),
  // Writing, not signing: "la prefazione firmata da Donald Trump junior" (before the participle's own entries).
  term(
    // Also a work's author: "il thriller firmato dal cineasta", "l'opera firmata da Caravaggio", "la regia firmata da".
    `${SIGNED}(?<=\\b(?:prefazione|postfazione|introduzione|editoriale|articolo|saggio|film|thriller|documentario|` +
      `regia|opera|romanzo|libro|album|brano|canzone|musiche|coreografia|collezione|progetto|allestimento)` +
      `(?:\\s+[^\\s.;,]+){0,3}\\s${SIGNED})\\s+(?:da|dal|dalla|dallo|dai|dagli|dalle|dall['’])`,
    "written by"
  ),
  term("(?:è|e['’]|sono)\\s+stat[oaie]\\s+(?:firmat[oaie]|siglat[oaie]|sottoscritt[oaie])", "was signed"),
  // The document named first: "un memorandum d'intesa è stato stipulato pochi giorni fa".
  term(
    "(?<=\\b(?:accordo|intesa|memorandum|patto|contratto|protocollo)[^.;:!?]{0,40})" +
      "(?:è|sono)\\s+stat[oaie]\\s+(?:stipulat|conclus|ufficializzat)[oaie]",
    "was signed"
  ),
  // "Ha trovato un accordo con il gruppo indiano", "hanno raggiunto un'intesa": a deal concluded.
  term(
    "(?:ha|hanno)\\s+(?:trovato|raggiunto)(?=\\s+(?:un['’]\\s*|un\\s+|una\\s+|l['’]\\s*)?(?:accordo|intesa))",
    "reached"
  ),
  term("(?:sarà|saranno)\\s+(?:firmat[oaie]|siglat[oaie]|sottoscritt[oaie])", "will be signed"),
  // A signing denied or still awaited ("non hanno ancora firmato il memorandum", "non è stato ancora firmato"): read as
  // the English rules read "not yet signed".
  term(
    "non\\s+(?:(?:ha|hanno|è|sono)\\s+)?(?:ancora\\s+)?(?:(?:stat[oaie])\\s+)?(?:ancora\\s+)?" +
      "(?:firmat[oaie]|siglat[oaie]|sottoscritt[oaie])",
    "not yet signed"
  ),
  term("(?:ha|hanno|avevano|aveva)\\s+(?:firmato|siglato|sottoscritto)", "signed"),
  // An agreement concluded in other words: "è stato concluso / stipulato un accordo", "hanno stretto un accordo",
  // "l'intesa è stata ufficializzata". The English rules read "concluded an agreement" as its signing.
  term(
    "(?:(?:è|sono)\\s+stat[oaie]\\s+|(?:ha|hanno)\\s+)" +
      "(?:conclus[oaie]|stipulat[oaie]|strett[oaie]|ufficializzat[oaie])" +
      "(?=\\s+(?:(?:un|una|l['’]|il|lo|la|gli|i|le|nuov[oaie]|important[ei])\\s*){0,2}" +
      "(?:accord|intes|memorandum|patt|contratt))",
    "concluded"
  ),
  term("firmer(?:à|anno|ebbe|ebbero)|siglerann?o|siglerà|sottoscriver(?:à|anno)", "will sign"),
  // A document named as the frame of other news ("nell'ambito del memorandum sottoscritto dai due atenei",
  // "ricordando il piano d'azione firmato da Meloni e Modi"): its signing is its past, not the news. Not "grazie a un
  // accordo firmato tra…", often the news itself. The participle comes first so that the look-behind is tried only
  // where a signing word stands.
  term(`${SIGNED}(?<=\\b(?:ambito|quadro|attuazione|sensi|ricordando|richiamando)[^.;:!?]{1,60}${SIGNED})`, "signed"),
  // Italian puts the participle after the noun: "un accordo firmato tra X e Y", "firmato ieri a Roma" is
  // the signing itself, not an agreement named by its past ("firmato nel 2017", "lo scorso marzo").
  term(
    `${SIGNED}(?=\\s+(?:tra|fra|da|dal|dalla|dai|dagli|dall['’]|oggi|ieri|stamattina|stamani|a|ad|in)[\\s,])`,
    "was signed"
  ),
  term("firmat[oaie]|siglat[oaie]|sottoscritt[oaie]|firmò|firmarono", "signed"),
  term("firmano|siglano|sottoscrivono", "sign"),
  // "Una coproduzione a firma Rai Cinema", "il volume a firma dell'ambasciatore": by, an author's name, not a signing.
  term("a\\s+firma(?:\\s+(?:di|del|della)(?=\\s)|\\s+dell['’])?", elidedArticle("by")),
  // Writing, not signing: "a firmare la prefazione è Modi", "la prefazione firmata da", "firma un editoriale".
  term(
    "(?:firma(?:re|no)?|ha\\s+firmato|firmat[oaie])(?=\\s+(?:(?:la|il|l['’]|un|una|lo)\\s*)?(?:prefazione|" +
      "postfazione|introduzione|editoriale|articolo|intervento|lettera\\s+aperta|libro|volume|saggio|appello))",
    "wrote"
  ),
  // "Porta la firma dei maggiori gruppi bancari", "reca la firma dell'architetto": made or backed by, not signed.
  term(
    "(?:porta|portano|reca|recano)\\s+(?:anche\\s+)?la\\s+firma" +
      "(?:\\s+(?:di|del|della|dei|degli|delle)(?=\\s)|\\s+dell['’])?",
    elidedArticle("is the work of")
  ),
  term("(?:la\\s+)?(?:firma|sottoscrizione)\\s+dell['’]", "the signing of the "),
  term("(?:la\\s+)?(?:firma|sottoscrizione)\\s+(?:di|del|dell['’]|della|dei|degli|delle)", "the signing of"),
  term("firma|sigla|sottoscrive", "signs"),
  // "per firmare il memorandum": to sign, as the rules read a signing that was the purpose.
  term("per\\s+(?:firmare|siglare|sottoscrivere)", "to sign"),
  term("firmare|siglare|sottoscrivere", "sign"),
  // "Il gruppo di lavoro previsto dal memorandum": provided for by a document, not a plan for the future.
  term("previst[oaie]\\s+(?:dal|dalla|dai|dagli|dalle|dall['’])", elidedArticle("provided for by the", " ")),
  term("(?:è|sono)\\s+attes[oaie]|si\\s+prevede|dovrebbero?|previst[oaie]|in\\s+programma", "is expected to"),
  // An agreement "prevede" what it provides for: its content, not a plan ("si prevede" is the plan).
  term("prevede|prevedono|prevedeva", "provides for"),
  // "Una cooperazione che potrebbe perfezionarsi nella firma di un memorandum": what could happen is not done.
  // The Italian firm as the subject of a conditional: "potrebbe essere rilevata" (before "could" alone).
  term("(?:potrebbe|potrebbero)\\s+essere\\s+(?:acquisit|rilevat|acquistat|comprat)[oaie]", "could be acquired"),
  term("potrebbe(?:ro)?", "could"),
  // Deals reported as rumour or talks: "sarebbe pronta ad acquistare", "sono in corso trattative", "a un passo
  // dall'acquisizione", "potrebbe rilevare". Still to come, as the English rules read "is in talks to acquire".
  term("sarebbe(?:ro)?\\s+(?:pront[oaie]|intenzionat[oaie]|vicin[oaie])\\s+(?:a|ad)", "is expected to"),
  // Hearsay of a deal in the conditional ("Exor sarebbe in trattative per la cessione", "avrebbe avviato colloqui
  // per rilevare", "sarebbe interessato a", "in pole per"): talks, no deal yet.
  term(
    "(?:sarebbe(?:ro)?\\s+in\\s+trattativ[ae]|avrebbe(?:ro)?\\s+avviato\\s+(?:una\\s+|le\\s+|dei\\s+)?" +
      "(?:trattativ[ae]|negoziat[oi]|colloqui)|sarebbe(?:ro)?\\s+interessat[oaie]\\s+(?:a|ad|all['’]|al|alla)|" +
      "in\\s+pole\\s+per)",
    "is expected to be in talks for"
  ),
  term("(?:sono\\s+)?in\\s+corso\\s+(?:le\\s+)?trattative|trattative?\\s+in\\s+corso|in\\s+trattativa", "in talks"),
  term(
    "(?:è\\s+)?a\\s+un\\s+passo\\s+dall['’]\\s*acquisizione(?:\\s+(?:di|del|della)(?=\\s)|\\s+dell['’])?",
    elidedArticle("is set to acquire", " ")
  ),
  // Not skills gained ("per acquisire una prima esperienza", below).
  term(
    "(?:(?:ad|a|di|per)\\s+)?(?:acquistare|acquisire|rilevare|comprare)" +
      "(?!\\s+(?:una\\s+|la\\s+|le\\s+|nuove\\s+)?(?:prima\\s+)?" +
      "(?:esperienz|competenz|conoscenz|know-how|professional|abilit))",
    (text) => (/^(?:ad|a|di|per)\s/i.test(text) ? "to acquire" : "acquire")
  ),
  term("(?:sarà|saranno)", "will be"),
  // "Attesa la firma": a signing awaited is still to come.
  term("attes[oaie]", "expected"),
  // A court or a body that "ha rinviato" a hearing to a later date adjourned it: the adjournment is the news, done.
  term("(?:ha|hanno)\\s+(?:rinviato|aggiornato)(?=\\s+(?:al|alla|a|ad|all['’]|il|l['’]|la|le)\\b)", "adjourned"),
  // A signing or a visit "rinviata" or that "slitta" is postponed: still to come, not done.
  term(
    "(?:è|sono)\\s+stat[oaie]\\s+(?:rinviat[oaie]|posticipat[oaie])|rinviat[oaie]|posticipat[oaie]|slitta(?:no)?|" +
      "(?:è|sono)\\s+slittat[oaie]",
    "is expected to come later"
  ),
  term("(?:sta|stanno)\\s+per", "is set to"),
  term("intende|intendono", "intends to"),
  term("punta(?:no)?\\s+a", "aims to"),
  term("si\\s+recher(?:à|anno)\\s+(?:in|a)(?=\\s)", "will travel to"),
  term("si\\s+recher(?:à|anno)", "will travel"),
  // "Si è recato in India": travelled there.
  term("si\\s+(?:è|sono)\\s+recat[oaie]\\s+(?:in|a)(?=\\s)", "travelled to"),
  // "Avrà un colloquio con Goyal": talks to come.
  term("avr(?:à|anno)\\s+(?:un\\s+)?(?:colloqui[o]?|incontr[oi]|bilaterale)\\s+con", "will hold talks with"),
  // "Urso volerà a Nuova Delhi": a trip, as "vola in India" and "è volato a Roma" are.
  term("voler(?:à|anno)\\s+(?:in|a)", "will fly to"),
  // Taking part in a gathering ("da domani prenderà parte ai lavori del G20"): the English rules' attendance.
  term(
    `prender(?:à|anno)\\s+parte\\s+${TAKING_PART_IN}|partecipe?r(?:à|anno)\\s+${TAKING_PART_IN}`,
    "will take part in the"
  ),
  // "Sarà a Nuova Delhi per il G20", "per la ministeriale Esteri del G20": there for a gathering.
  term("per\\s+(?:il|la|lo)\\s+(?:vertice|summit|g7|g20|g-20|ministeriale|conferenza|assemblea)", (text) => {
    const gathering = text.replace(/^per\s+(?:il|la|lo)\s+/i, "").toLowerCase()
    return `for the ${gatheringWords[gathering] ?? gathering.toUpperCase()}`
  }),
  // A fair or a forum that "si terrà" / "si svolgerà" is still to come; "si terra" alone would be no verb to the rules.
  term("si\\s+terr(?:à|anno)", "will be held"),
  term("si\\s+svolger(?:à|anno)", "will take place"),
  // A ship's stay in port to come: "Lo storico veliero sosterà a Mumbai dal 28 novembre" (a port call).
  term("soster(?:à|anno)", "will make a stopover"),
  // A ship that "fa tappa" ("la Nave Amerigo Vespucci farà tappa a Mumbai", "il pattugliatore ha fatto tappa a
  // Kochi") calls at a port; a minister's tour that "fa tappa" is a visit, so a ship's word must stand before it.
  term(
    "(?:fa|fanno|(?:ha|hanno)\\s+fatto|far(?:à|anno))\\s+tappa" +
      "(?<=\\b(?:nav[ei]|fregat[ae]|portaerei|sottomarin[oi]|cacciatorpedinier[ei]|corvett[ae]|pattugliator[ei]|" +
      "velier[oi]|vespucci)\\b[^.;]{0,80})",
    (text) =>
      /^far/i.test(text) ? "will make a port call" : /fatto/i.test(text) ? "made a port call" : "makes a port call"
  ),
  // Any other future-tense verb: "visiterà", "parteciperanno"; the common ones of diplomacy in English, the rest
  // left in Italian after "will".
  term("\\p{L}{2,}(?:erà|irà|arà|eranno|iranno|aranno)", (verb) => `will ${futureVerbs[futureStem(verb)] ?? verb}`)
]

/** Future verbs of visits and meetings, by stem ("visiterà" → "visiter"), as the English rules read them. */
const futureVerbs: Record<string, string> = {
  visiter: "visit",
  incontrer: "meet",
  ricever: "receive",
  ospiter: "host",
  inaugurer: "inaugurate",
  presieder: "chair",
  parteciper: "take part",
  discuter: "discuss",
  annuncer: "announce",
  lancer: "launch",
  apr: "open",
  concluder: "end",
  rester: "remain",
  investir: "invest",
  costruir: "build",
  realizzer: "build",
  acquisir: "acquire",
  ceder: "sell",
  fornir: "supply"
}
const futureStem = (verb: string): string => verb.toLowerCase().replace(/(?:à|anno)$/, "")

// ── Event vocabulary ───────────────────────────────────────────────────────────────
// Meeting or gathering business people: the verb, a few determiners, then who is met.
const MEETS_BUSINESS =
  "(?:ha|hanno|abbiamo)\\s+(?:incontrato|riunito)|si\\s+è\\s+incontrat[oa]\\s+con|incontra(?:no)?|incontrare|" +
  "incontrer(?:à|anno)|riunisce|riunire|(?:un\\s+|l['’]\\s*)?incontro\\s+con"
// ("Una delegazione di imprenditori fiorentini": the delegation's members are who is met.)
const BUSINESS_DETERMINER =
  "i|gli|le|la|il|una|un|molti|molte|numerosi|numerose|importanti|principali|alcuni|alcune|\\d+|" +
  "(?:delegazione|gruppo|rappresentanza)\\s+(?:di|dei|delle)"
const BUSINESS_PEOPLE =
  "amministratori\\s+delegati|ceo|imprenditori|comunità\\s+(?:economica|imprenditoriale|d['’]affari|degli\\s+affari)|" +
  "vertici\\s+(?:delle|di)\\s+(?:aziende|imprese|società)|rappresentanti\\s+(?:delle|di)\\s+(?:aziende|imprese)|" +
  "operatori(?:\\s+economici)?|buyer|investitori|importatori|importatrici|imprenditrici|" +
  // "Ha incontrato il sistema economico berico", "un incontro con le aziende tessili indiane": firms met as a body.
  "sistema\\s+(?:economico|produttivo|imprenditoriale)|aziende|imprese"
/** The tense of a meeting with business people, in the gloss's English: what was held, or will be. */
/** "Si è riunita", "si sono riuniti": who gathered decides whether it was a meeting. */
const GATHERED = "si\\s+(?:è|e['’]|sono)\\s+riunit[oaie]"
const businessMeetingTense = (text: string): string => {
  const lower = text.toLowerCase()
  if (/^(?:ha|hanno|abbiamo|si)\s/.test(lower)) return "held"
  if (/^incontrer/.test(lower)) return "will hold"
  return /^(?:incontrare|riunire)/.test(lower) ? "hold" : "holds"
}

const events: ReadonlyArray<PackEntry> = [
  // Meetings and calls.
  term(
    "colloquio\\s+telefonico|telefonata|conversazione\\s+telefonica|" +
      "(?:ha|hanno)\\s+sentito\\s+(?:al\\s+telefono|telefonicamente)",
    "phone call"
  ),
  // "Si sono sentiti ieri per telefono", "ne hanno parlato ieri per telefono il premier … e Modi": a call, the day
  // (already glossed) or an adverb between the verb and the phone.
  term(
    "(?:si\\s+sono\\s+)?sentiti\\s+(?:\\S+\\s+){0,2}?(?:al|per)\\s+telefono|" +
      "(?:(?:ha|hanno)\\s+)?parlat[oi]\\s+(?:\\S+\\s+){0,2}?(?:al|per)\\s+telefono",
    "spoke by phone"
  ),
  term("ha\\s+telefonato|ha\\s+chiamato", "phoned"),
  // "Ha preso contatto con il nuovo ministro", "si è messo in contatto con l'omologo", "ha sentito l'omologo indiano":
  // a conversation between office holders (heard a speech or a witness, "ha sentito", is not one).
  term(
    "(?:ha|hanno)\\s+preso\\s+(?:\\S+\\s+)?contatto\\s+con|" +
      "si\\s+(?:è|e['’]|sono)\\s+mess[oaie]\\s+in\\s+contatto\\s+con|" +
      "(?:ha|hanno)\\s+sentito(?=\\s+(?:il|la|l['’]|lo)\\s*(?:omolog|ministr|premier|president|collega|capo\\s+d))",
    "spoke with"
  ),
  // An official meeting business people ("l'ambasciatore ha incontrato gli amministratori delegati", "un incontro
  // con la comunità d'affari", "abbiamo riunito molti imprenditori", "potranno incontrare 12 operatori indiani") holds
  // a business forum, not a dialogue between governments.
  term(
    `(?:${MEETS_BUSINESS})\\s+(?:(?:${BUSINESS_DETERMINER})\\s+){0,3}(?:${BUSINESS_PEOPLE})`,
    (text) => `${businessMeetingTense(text)} a business forum with business people`
  ),
  term("incontr[oi]\\s+(?:d['’]affari|di\\s+business|b2b|one-to-one)", "B2B talks"),
  // "Ha ricevuto" is "met" when its object is a visitor; a company "ha ricevuto la lettera di aggiudicazione", an
  // order or a prize: it was given something.
  term(
    "(?:ha|hanno)\\s+ricevuto(?=\\s+(?:la|il|lo|un|una|l['’]|i|gli|le|dei|delle)\\s*(?:lettera|ordin|commess|" +
      "contratt|incaric|premi|riconosciment|finanziament|approvazion|via\\s+libera|autorizzazion|richiest|propost|" +
      "nav[ei]))",
    "received"
  ),
  // A gift, or a thing handed over by someone ("ha ricevuto in dono uno scialle", "ha ricevuto da Fincantieri la
  // seconda nave"): given something, no guest received.
  term("(?:ha|hanno)\\s+ricevuto\\s+(?:in\\s+)?(?:dono|regalo|omaggio)", "received as a gift"),
  term("(?:ha|hanno)\\s+ricevuto(?=\\s+da(?:l|lla|i|gli|lle|ll['’])?\\s)", "received"),
  // A port, a university or a city hosting ships, students or firms ("il porto accoglie la prima nave", "l'ateneo
  // accoglie 300 studenti indiani"): a host, not a meeting.
  term(
    "(?:(?:ha|hanno)\\s+accolto|accolgono|accoglie|ospita|ospitano)" +
      "(?=\\s+(?:(?:la|il|lo|i|gli|le|l['’]|un|una|oltre|circa|più\\s+di|[\\d.]+)\\s*){0,2}(?:prim[oaie]\\s+)?" +
      "(?:nav[ei]|student|turist|container|merc[ie]|aziend|impres|ospit|invitat))",
    "hosts"
  ),
  // "La mostra ha accolto diecimila visitatori": an audience drawn, not a guest received.
  term(
    "(?:ha|hanno)\\s+accolto\\s+(?:oltre\\s+|più\\s+di\\s+|circa\\s+)?" +
      "(?:[\\d.]+\\s+|\\p{L}+mila\\s+|migliaia\\s+di\\s+)?(?:visitatori|spettatori|persone|pubblico)",
    "drew visitors"
  ),
  // Meeting the workers, the students or the community ("Jindal ha incontrato gli operai per illustrare il
  // progetto") is speaking to an audience, no talks between the two.
  term(
    "(?:ha|hanno)\\s+incontrato(?=\\s+(?:(?:gli|i|le|la|alcuni|alcune|centinaia\\s+di|\\d+)\\s+)?" +
      "(?:operai|lavoratori|dipendenti|sindacat[oi]|studenti|connazionali|comunità|diaspora|giornalisti|cronisti)" +
      "(?!\\p{L}))",
    "addressed"
  ),
  // "Ha accolto il premier indiano" is a meeting; "ha accolto con calore le celebrazioni", "ha accolto la
  // proposta" welcome or accept a thing, not a person.
  // A meeting denied ("Tajani non ha incontrato Jaishankar"): read as the English rules read "did not meet".
  term("non\\s+(?:(?:ha|hanno)\\s+)?(?:ancora\\s+)?(?:incontrato|ricevuto|visto)", "did not meet"),
  // A summit host's welcome to the leaders as a group ("Modi ha accolto i leader, tra cui Meloni", "ha ricevuto i capi
  // di Stato e di governo"): protocol at a gathering, no meeting of two.
  term(
    "(?:(?:ha|hanno)\\s+(?:accolto|ricevuto)|accoglie|accolgono|riceve)(?=\\s+(?:tutti\\s+)?(?:i|gli|le)\\s+" +
      "(?:leader|capi\\s+di\\s+(?:stato|governo)|delegazioni|ospiti|partecipanti))",
    "welcomed"
  ),
  term(
    "(?:ha|hanno)\\s+incontrato|si\\s+sono\\s+incontrati|(?:ha|hanno)\\s+ricevuto|" +
      "(?:(?:ha|hanno)\\s+accolto|accolgono|accoglie)" +
      "(?!\\s+(?:con\\s+(?:\\w+\\s+)?favore|favorevolmente|positivamente))" +
      "(?!\\s+(?:con\\s+\\w+\\s+)?(?:le|la|il|lo|i|gli|l['’])\\s*(?:celebrazion|festeggiament|iniziativ|propost|" +
      "richiest|notizi|decision|event|mostr|invit|appell|spettacol|concert|accord|intes|notizi))",
    "met"
  ),
  // ("Incontrerà" is glossed "will meet" with the other futures, whose entry comes first.)
  // Not a venture or an event that "will see" a presence or a part ("la joint venture vedrà la presenza del gruppo con
  // il 49%", "la missione, che vedrà oggi anche la partecipazione del premier"): who takes part, no talks.
  term(
    "vedr(?:à|anno)(?!\\s+(?:(?:oggi|domani|anche|inoltre|quindi|poi)\\s+){0,2}(?:la\\s+|il\\s+|l['’]\\s*)?" +
      "(?:presenza|partecipazione|protagonist|coinvolt|impegnat|nascere|luce|avvio|debutto|ingresso))",
    "will hold talks with"
  ),
  // "La premier vede il primo ministro Modi", "ha visto l'omologo": seeing an office holder is meeting them.
  term(
    // A day or an order may come between ("il capo del governo vede prima il primo ministro", "Tajani vede oggi").
    "(?:vede|vedono|(?:ha|hanno)\\s+visto)(?=\\s+(?:(?:oggi|domani|ieri|prima|poi|stamattina|stasera)\\s+)?" +
      "(?:(?:il|la|l['’]|i|suoi|suo|sua)\\s*)?" +
      "(?:premier|president|primo\\s+ministro|ministr|omolog|ambasciat|sottosegretari|vice|capo|leader))",
    (text) => (/visto/i.test(text) ? "met" : "meets")
  ),
  term("si\\s+(?:è|sono)\\s+intrattenut[oaie]\\s+(?:a\\s+colloquio\\s+)?con", "held talks with"),
  // A guest received, as town halls and ministries write it: "è stato ricevuto in Comune dal sindaco".
  term("(?:è|sono)\\s+stat[oaie]\\s+(?:ricevut|accolt)[oaie]", "met"),
  term("incontrare", "meet"),
  // "Un bilaterale con Modi" is talks; "la cooperazione bilaterale tra Italia e India" is the cooperation's scope.
  term(
    "incontr[oi]\\s+bilateral[ei]|colloqui\\s+bilaterali|(?<!(?:cooperazione|collaborazione|partnership|accordo|" +
      "intesa|interscambio|commercio|relazioni|rapporti|scambi|partenariato)\\s)bilaterale\\s+(?:tra|con)",
    "bilateral talks"
  ),
  term("bilateral[ei]", "bilateral"),
  term("(?:i\\s+)?due\\s+paesi", "the two countries"),
  term("faccia\\s+a\\s+faccia|tête-à-tête", "talks with"),
  // "L'incontro tra due mondi, tra culture": a figure of speech for cultural exchange, not a meeting.
  term(
    "incontro\\s+(?:tra|fra|di)\\s+(?:due\\s+)?" +
      "(?:mondi|culture|civiltà|popoli|tradizioni|note|melodie|sapori|suoni|colori|stili|linguaggi)",
    "cultural exchange between two worlds"
  ),
  // "Incontri tra 40 aziende italiane e 15 startup indiane": meetings between those named.
  term("incontr[oi]\\s+(?:tra|fra)(?=\\s)", (text) =>
    /^incontri/i.test(text) ? "meetings between" : "meeting between"
  ),
  // "È arrivata a Nuova Delhi per partecipare al vertice del G20": attending a gathering, as the English rules read it.
  term(`(?:per\\s+partecipare|(?:ha|hanno)\\s+preso\\s+parte|partecipa(?:no)?)\\s+${TAKING_PART_IN}`, (text) =>
    /^per/i.test(text) ? "to take part in the" : /preso/i.test(text) ? "took part in the" : "takes part in the"
  ),
  // A share price that "vola in Borsa" or "a Piazza Affari" soars; no one flies anywhere.
  term("vola(?:no)?\\s+(?:in\\s+Borsa|a\\s+Piazza\\s+Affari)", "soars on the stock exchange"),
  term("vola(?:no)?\\s+(?:in|a)|(?:è|sono)\\s+volat[oaie]\\s+(?:in|a)", (text) =>
    /volat/i.test(text) ? "flew to" : "flies to"
  ),
  // A plan or declaration as the setting of a review: "i progressi compiuti dall'adozione del Piano d'azione", "lo
  // stato di attuazione della Dichiarazione congiunta".
  term("dall['’]\\s*adozione\\s+(?:del|della|dei|delle)", "since the adoption of the"),
  // "A pochi giorni dalla firma del Piano", "dando seguito al Piano": the agreement is the setting of the news.
  term(
    "a\\s+(?:pochi|qualche|due|tre|quattro|cinque|sei)\\s+(?:giorn[oi]|settiman[ae]|mes[ei])\\s+" +
      "dalla\\s+(?:firma|sottoscrizione)(?:\\s+(?:del|della|dei|degli|delle)(?=\\s)|\\s+dell['’])?",
    elidedArticle("days after the signing of")
  ),
  term("dando\\s+seguito\\s+(?:al|alla|ai|agli|alle|all['’])", elidedArticle("implementing the", " ")),
  term("in\\s+linea\\s+con", "in line with"),
  term("(?:ha|hanno)\\s+(?:esaminato|passato\\s+in\\s+rassegna)", "reviewed"),
  term(
    "(?:lo\\s+)?stato\\s+di\\s+attuazione\\s+(?:del|della|dei|delle)|attuazione\\s+(?:del|della|dei|delle)",
    "implementation of the"
  ),
  // "Andare / venire incontro a" is to face or to meet a need ("potrebbero andare incontro ad accise meno pesanti",
  // "venire incontro alle esigenze"): no meeting.
  term(
    "(?:andare|andrà|andranno|va|vanno|andando|venire|verrà|verranno|viene|vengono|venendo)\\s+incontro" +
      "(?=\\s+(?:a|ad|al|alla|alle|ai|agli)\\s|\\s+all['’])",
    "face"
  ),
  // "Un incontro con la stampa": a press conference, no meeting between the two sides.
  term("(?:un\\s+|l['’]\\s*)?incontr[oi]\\s+con\\s+(?:la\\s+stampa|i\\s+giornalisti|i\\s+media)", "a press conference"),
  // "Ha avuto un vertice con Narendra Modi": a summit with a named leader is their meeting.
  term("vertice\\s+con", "summit with"),
  // "Il vertice fra il presidente del Consiglio Conte e il primo ministro Modi": the two leaders' summit.
  term("(?:vertice|summit)\\s+(?:tra|fra)", "summit between"),
  term("in\\s+videoconferenza", "by video conference"),
  // "Un vertice virtuale tra Conte e Modi", "in videoconferenza": the two leaders' own summit.
  term("vertice\\s+(?:virtuale|in\\s+videoconferenza|bilaterale)(?:\\s+(?:tra|fra|con|col))?", "bilateral summit with"),
  // A headline's summit named by its two leaders or countries ("Vertice Meloni-Modi", "Bilaterale Tajani-Jaishankar",
  // "faccia a faccia Italia-India"): the two's own meeting.
  term("(?:vertice|summit|bilaterale|faccia\\s+a\\s+faccia)(?=\\s+\\p{L}+\\s?[-–]\\s?\\p{L}+)", "summit between"),
  // A community gathering ("la collettività italiana di Mumbai si è riunita al cimitero", "i fedeli si sono riuniti")
  // is no meeting between the two: the subject is the community, named just before the verb.
  term(
    `${GATHERED}(?<=(?<!\\p{L})(?:comunità|collettività|fedeli|connazionali|diaspora|italiani|indiani)(?!\\p{L})` +
      `[^.;,]{0,40}${GATHERED})`,
    "gathered"
  ),
  // "Si è riunita la Commissione mista": a body of the two met.
  term(GATHERED, "met"),
  // "colloquio" (talks) and its plural "colloqui".
  // ("vertice bilaterale" is the bilateral summit above.)
  // A cultural programme's talks ("film, ospiti e incontri tematici", "incontri con gli autori", "proiezioni e
  // incontri"): events of a festival, no meeting between the two.
  term(
    "incontri(?=\\s+(?:tematici|letterari|culturali|con\\s+(?:gli\\s+|i\\s+|il\\s+)?" +
      "(?:autori|autrici|registi|artisti|scrittori|pubblico|studenti|scuole|ospiti)))|" +
      "incontri(?<=\\b(?:film|proiezioni|ospiti|mostre|concerti|laboratori|workshop|spettacoli|letture),?\\s+" +
      "(?:\\S+\\s+){0,2}?e\\s+incontri)",
    "cultural events"
  ),
  term("incontr[oi]|riunion[ei]|colloqui(?:o)?|incontra(?:no)?", "meeting"),
  term("vertic[ei]|summit", "summit"),
  // Agency copy places a remark "a margine" of a press conference, a presentation or a conference:
  // where someone spoke to reporters, not a meeting on a summit's sidelines.
  term(
    "(?:a|ai)\\s+margin[ei]\\s+(?:della|di\\s+una|delle)(?=\\s+(?:conferenz[ae]\\s+stampa|presentazion[ei]|" +
      "cerimoni[ae]))|(?:a|ai)\\s+margin[ei]\\s+(?:del|di\\s+un)(?=\\s+(?:convegno|punto\\s+stampa|briefing))",
    "speaking at the"
  ),
  // "Durante la conferenza stampa": what is said to reporters is a remark, wherever the press conference was held.
  term(
    "(?:durante|nel\\s+corso\\s+del(?:la)?|in)\\s+(?:una\\s+|la\\s+)?conferenza\\s+stampa|in\\s+un\\s+punto\\s+stampa",
    "told reporters at a press conference"
  ),
  // A parliamentary committee "ha audito" an ambassador or minister: it heard them, a dialogue with the other side.
  term("(?:ha|hanno)\\s+audito|(?:è|sono)\\s+stat[oaie]\\s+audit[oaie]|in\\s+audizione", "held talks with"),
  term("(?:a|ai)\\s+margin[ei]\\s+dell['’]|a\\s+latere\\s+dell['’]", "on the sidelines of the "),
  term(
    "(?:a|ai)\\s+margin[ei]\\s+(?:del|della|dei|delle|dell['’])|a\\s+latere\\s+(?:del|della|dei|delle)",
    "on the sidelines of"
  ),
  term(
    "(?:hanno|ha)\\s+discusso|discussion[ei]|consultazion[ei]|(?:hanno|ha)\\s+passato\\s+in\\s+rassegna",
    "discussed"
  ),
  term(
    "dialogo\\s+strategico|dialogo\\s+politico|dialogo\\s+(?:sulla\\s+)?sicurezza|dialogo\\s+di\\s+difesa",
    "strategic dialogue"
  ),
  term(
    "commissione\\s+(?:economica\\s+)?(?:mista|congiunta)(?:\\s+per\\s+la\\s+cooperazione\\s+economica)?",
    "joint economic commission"
  ),
  term("gruppo\\s+di\\s+lavoro\\s+congiunto|gruppi\\s+di\\s+lavoro\\s+congiunti", "joint working group"),
  term("comitato\\s+(?:militare\\s+)?congiunto", "joint committee"),
  // Visits.
  term(
    "visita\\s+(?:ufficiale|di\\s+stato|di\\s+lavoro)|visita\\s+di\\s+(?:due|tre|quattro|cinque)\\s+giorni",
    "official visit"
  ),
  term("(?:in\\s+)?visita\\s+(?:in|a)(?=\\s)", "visit to"),
  // "La missione in India" of an Italian delegation, mayor or minister is a trip to the country ("la missione a
  // Roma" may be the embassy there, so only the country names).
  term("missione\\s+in\\s+(?:india|italia)", (text) =>
    /italia$/i.test(text) ? "delegation visit to Italy" : "delegation visit to India"
  ),
  // A time between ("è arrivato ieri a Nuova Delhi", "è atterrata stamattina a"): the arrival, its time kept.
  term(
    "(?:è|sono)\\s+(?:arrivat|atterrat|giunt)[oaie]\\s+(?:ieri|oggi|stamattina|stamane|stanotte|in\\s+serata)" +
      "\\s+(?:in|a)(?=\\s)",
    (text) => `arrived ${/ieri/i.test(text) ? "yesterday" : /serata/i.test(text) ? "in the evening" : "today"} in`
  ),
  term(
    // Not "la nomina arriva a pochi giorni dalla visita", "arriva a ridosso di": a time, no arrival.
    "(?:è|sono)\\s+arrivat[oaie]\\s+(?:in|a)|" +
      "arriva(?:no)?\\s+(?:in|a)" +
      "(?!\\s+(?:pochi|poche|qualche|due|tre|quattro|una|un|distanza|ridosso|breve|sorpresa)\\b)|" +
      "(?:è|sono)\\s+atterrat[oaie]\\s+(?:in|a)|" +
      "(?:è|sono)\\s+giunt[oaie]\\s+(?:in|a)(?=\\s)",
    "arrived in"
  ),
  term("visit[ae]|visitato|visitare|visita(?:no)?|missione\\s+(?:istituzionale|ufficiale)", "visit"),
  // "Il ministro è in missione a Mumbai", "la missione del ministro in India prosegue": an office holder's trip.
  term("(?:è|sono)\\s+in\\s+missione\\s+(?:a|in)(?=\\s)", "is on a visit to"),
  term("missione\\s+(?:del|della)(?=\\s+(?:ministr|vice|sottosegretari|president|premier|capo))", "visit of the"),
  // "Questa mia missione qui a Mumbai", "la sua missione in India": one's own trip.
  term("(?:mia|sua|nostra)\\s+missione(?=\\s+(?:qui\\s+)?(?:a|in)\\s)", (text) =>
    /^mia/i.test(text) ? "my visit" : /^nostra/i.test(text) ? "our visit" : "his visit"
  ),
  // "La missione organizzata da Confindustria", "la missione di Confindustria in India": a mission of business bodies
  // is a trade mission, whatever adjective it has.
  term(
    "missione\\s+(?:(?:organizzata|promossa|guidata)\\s+da|di)(?=\\s+(?:l['’]\\s*|la\\s+)?(?:Confindustria|" +
      "Confcommercio|Confartigianato|Confapi|Confagricoltura|Coldiretti|CNA|ICE|Agenzia\\s+ICE|Assolombarda|" +
      "Unioncamere|Camer[ae]\\s+di\\s+[Cc]ommercio|Federalimentare)\\b)",
    "trade mission organised by"
  ),
  term(
    "missione\\s+(?:imprenditoriale|commerciale|economica|di\\s+sistema)|" +
      "missioni\\s+(?:imprenditoriali|commerciali)",
    "trade mission"
  ),
  // Flights. Italian names a route by its ends ("il Roma-Delhi") and calls the first flight "primo volo" or
  // "volo inaugurale", a new route "nuova rotta" or "nuovo collegamento": the launch of a route.
  term("(?:il\\s+)?(?:primo\\s+volo|volo\\s+inaugurale)(?:\\s+dirett[oa])?", "inaugurated the flight"),
  term("(?:la\\s+|il\\s+)?nuov[oa]\\s+(?:rotta|volo|collegamento)(?:\\s+aereo|\\s+dirett[oa])?", "launched new route"),
  // "Un volo diretto a Nuova Delhi", "diretto in India": a flight bound for a place (a traveller's, a suspect's), not a
  // route opened. A route is "un volo diretto tra Milano e Delhi", "il nuovo volo diretto".
  term("vol[oi]\\s+dirett[oi](?=\\s+(?:a|ad|in|verso|per|nel|nella|al|alla|all['’]))", "flight"),
  term("vol[oi]\\s+dirett[oi]|collegament[oi]\\s+dirett[oi]|collegament[oi]\\s+aere[oi]", "direct flights"),
  term("vol[oi]", "flight"),
  // "La linea container Alto Adriatico-India", "un servizio settimanale di navi container".
  term("line[ae]\\s+container", "container line"),
  term("servizi[oi]\\s+(?:\\p{L}+\\s+)?di\\s+navi\\s+container", "container service"),
  term("(?:la\\s+)?rotta|rotte\\s+aeree", "the air route"),
  term("compagni[ae]\\s+aere[ae]|vettor[ei]\\s+aere[oi]", "airline"),
  // Agreements and plans.
  term(
    "(?:memorandum|protocoll[oi])\\s+(?:d['’]\\s*|di\\s+)intesa|memorandum\\s+of\\s+understanding",
    "memorandum of understanding"
  ),
  // An executive or cooperation protocol is an agreement between governments; "il Protocollo di Stato" is an office.
  term("protocoll[oi]\\s+(?:esecutiv[oi]|aggiuntiv[oi]|di\\s+(?:cooperazione|collaborazione))", "pact"),
  term("lettera\\s+d['’]intenti|dichiarazione\\s+d['’]intenti", "letter of intent"),
  term("dichiarazione\\s+congiunta|comunicato\\s+congiunto|dichiarazione\\s+comune", "joint statement"),
  // Italy's own plans for exporters ("il Piano d'Azione Export", "del governo italiano per l'export", "per
  // l'internazionalizzazione") are domestic policy, not a plan adopted by the two.
  term(
    "piano\\s+(?:d['’]|di\\s+)azione\\s+(?:(?:del\\s+governo(?:\\s+italiano)?|della\\s+farnesina|del\\s+maeci)\\s+)?" +
      "(?:export|per\\s+l['’]\\s*(?:export|internazionalizzazione)|nazionale)",
    "export promotion plan"
  ),
  // One body's own plan ("un piano d'azione a 360 gradi" of a consulate, "il piano d'azione della Regione"): its
  // programme, no plan adopted by the two.
  term(
    "piano\\s+(?:d['’]|di\\s+)azione\\s+(?:a\\s+360\\s+gradi|regionale|(?:del|della|dell['’])\\s*" +
      "(?:consolato|ambasciata|regione|comune|camera|ice|agenzia|istituto|universit[àa]))",
    "programme"
  ),
  term(
    "piano\\s+(?:d['’]|di\\s+)azione(?:\\s+strategico)?(?:\\s+(?:congiunto|condiviso))?|" +
      "piano\\s+strategico\\s+congiunto|" +
      "tabella\\s+di\\s+marcia",
    "action plan"
  ),
  // The upgrade told as a becoming: "sono da oggi partner strategici", "diventano partner strategici", "un partenariato
  // che diventa strategico"; and as a founding: "suggellano / lanciano / avviano il partenariato strategico".
  term(
    "(?:divent(?:ano|ati|ate|eranno|ino)|sono\\s+(?:da\\s+oggi|ora|ormai))\\s+partner\\s+strategici",
    "become strategic partners"
  ),
  term(
    "(?:partenariato|partnership|rapport[oi]|relazion[ei])(?:\\s+[^\\s.;]+){0,4}?\\s+(?:che\\s+)?" +
      "(?:divent(?:a|ano)|(?:è|sono)\\s+diventat[oaie])\\s+strategic[oaie]",
    "partnership elevated to strategic partnership"
  ),
  term(
    "(?:(?:hanno|ha)\\s+)?(?:suggellat[oa]|suggellano|suggella|lanciat[oa]|lanciano|avviat[oa]|avviano|nasce)" +
      "\\s+(?:il|un|lo|una|la)(?=\\s+(?:partenariato|partnership)\\s+strategic)",
    "launched the"
  ),
  term("partenariato\\s+strategico\\s+speciale|partnership\\s+strategica\\s+speciale", "special strategic partnership"),
  term("partenariato\\s+strategico|partnership\\s+strategica", "strategic partnership"),
  // "Il partenariato Ue-India": the bloc's partnership, as the English rules read its name.
  term("partenariat[oi](?=\\s+(?:ue|unione\\s+europea)\\s?[-–]\\s?india)", "partnership"),
  term("(?:ha|hanno)\\s+elevato|elevare|elevat[oaie]|innalzat[oaie]|innalzare", "elevated"),
  // Agreements reached are concluded; renewing one concludes it again.
  term(
    "(?:raggiunt[oaie]|raggiungimento\\s+di)\\s+(?:(?:un|uno|due|tre|quattro|cinque|sei|\\d+)\\s+)?" +
      "(?:nuov[oi]\\s+)?accord[oi]",
    "concluded agreement"
  ),
  term(
    "(?:ha|hanno)\\s+rinnovato\\s+(?:(?:ieri|oggi)(?:\\s+(?:sera|mattina|pomeriggio))?\\s+)?" +
      "(?:l['’]\\s*|il\\s+)(?:accordo|memorandum|patto)",
    "signed the renewed agreement"
  ),
  // The noun, as headlines and leads write it: "Il rinnovo dell'accordo", "il rinnovo del memorandum".
  term(
    "(?:il\\s+)?rinnovo\\s+(?:dell['’]\\s*|del\\s+)(?:accordo|memorandum|patto)",
    "the signing of the renewed agreement"
  ),
  // "L'accordo di libero scambio": the free trade agreement, a trade word as well as an agreement.
  term("accord[oi]\\s+(?:di|per\\s+il)\\s+libero\\s+scambio", "free trade agreement"),
  // Not the bank: "Intesa Sanpaolo" signs nothing by being named.
  term("accord[oi]\\s+quadro|accordo|intesa(?!\\s+san\\s?paolo)|patto", "agreement"),
  term("accordi|intese|patti", "agreements"),
  // "Firmati 6 documenti": documents counted in a signing are agreements.
  term(
    "(?:\\d+|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|quindici|venti)\\s+documenti",
    (text) => `${text.split(/\s+/)[0]} agreements`
  ),
  term("documenti", "documents"),
  // Not the participle of "trattare" ("si è trattato di un omicidio", "il caso è stato trattato come", "ha trattato il
  // tema"): it was, it was handled, no treaty.
  // (\\b stands before ASCII letters only: "è" is no word character to it.)
  term(
    "trattato(?<!(?:\\bsi\\s+(?:è|e['’]|era|sarebbe)|(?:è|\\b(?:e['’]|era|sono|viene|venne))\\s+stato|" +
      "\\b(?:ha|hanno|aveva))\\s+trattato)",
    "treaty"
  ),
  // Approving an agreement concludes it on that side; "via libera" is the go-ahead.
  term("(?:ha|hanno)\\s+approvato|approvat[oaie]|approva(?:no)?", "approved"),
  term("(?:(?:ha|hanno)\\s+dato|d[àa]|danno|dare)\\s+(?:il\\s+)?via\\s+liber[ao](?:\\s+definitivo)?", "approved"),
  term("adottat[oaie]", "adopted"),
  // "Varare" launches a ship as well as a plan: "varata" is launched, not adopted.
  term("varat[oaie]|varo", "launched"),
  // Defence.
  // "Un'esercitazione navale congiunta": the kind and "joint" both kept ("a joint naval exercise").
  term("esercitazion[ei]\\s+(?:navale|navali|militar[ei]|aere[ae])\\s+congiunt[ae]", (text) =>
    /naval/i.test(text) ? "joint naval exercise" : /aere/i.test(text) ? "joint air exercise" : "joint military exercise"
  ),
  term("esercitazion[ei]\\s+(?:navale|navali)", "naval exercise"),
  term("esercitazion[ei]\\s+(?:congiunt[ae]|bilateral[ei]|militar[ei]|aere[ae])", "joint exercise"),
  term("esercitazion[ei]|manovre", "exercises"),
  term("(?:sosta|scalo|visita)\\s+(?:nel|al)\\s+porto|sosta\\s+(?:a|in)\\s+porto|ha\\s+fatto\\s+scalo", "port call"),
  term("gruppo\\s+(?:d['’])?(?:portaerei|attacco\\s+portaerei)|carrier\\s+strike\\s+group", "carrier strike group"),
  // A flight "senza scalo" is non-stop: no ship's stopover.
  term("senza\\s+scal[oi]", "non-stop"),
  // A plane's or a traveller's stop ("ha sostato all'aeroporto di Fiumicino per un rifornimento") is no port call.
  term(
    "(?:(?:ha|hanno)\\s+sostato|sost[ai]|scalo)\\s+(?:\\S+\\s+){0,2}?" +
      "(?:all['’]\\s*aeroporto|in\\s+aeroporto|per\\s+(?:un\\s+)?rifornimento)",
    "stopped at the airport"
  ),
  // "Lo scalo di Trieste", "nello scalo": a port or an airport named, no ship's stay ("fare scalo" is one).
  term("(?:lo|allo|dallo|dello|nello|sullo|uno)\\s+scalo(?!\\s+(?:a|ad|in|nel|al)\\s)", "the port"),
  // A ship's stay in port ("dopo una sosta di sei giorni", "ha attraccato"): the rules' stopover.
  term("sosta|scalo", "stopover"),
  // The verb of the same stay: "ha sostato nel porto" (the future tense is glossed with the other futures).
  term("(?:ha|hanno)\\s+sostato|sostando", "made a stopover"),
  term("(?:ha|hanno)\\s+attraccato|attraccat[oaie]|attracco|attraccando|attracca(?:no)?", "docked"),
  // "La nave scuola approda a Mumbai": a ship's arrival in port. Anything else that "approda" arrives in a market or
  // a place ("Lavazza approda nei bar indiani", "Bollywood approda sulle Dolomiti"): no ship, no port call.
  term(
    "(?<=\\b(?:nav[ei]|fregat[ae]|portaerei|sottomarin[oi]|cacciatorpedinier[ei]|corvett[ae]|pattugliator[ei])" +
      "\\b[^.;]{0,60})(?:(?:è|sono)\\s+)?(?:approdat[oaie]|approda(?:no)?|approdando)",
    "docked"
  ),
  term("(?:(?:è|sono)\\s+)?approdat[oaie]|approda(?:no)?|approdi|approdando|approdare", (text) =>
    /^(?:è|sono)|approdat/i.test(text) ? "arrived" : /ando$/i.test(text) ? "arriving" : "arrives"
  ),
  // "Al suo arrivo al porto di Mumbai", "la visita della nave".
  term("(?:al\\s+suo\\s+)?arrivo\\s+(?:al|nel)\\s+porto", "the port call"),
  // "Nave Tamal è giunta ieri nel porto di Napoli": what arrives in a port is a ship.
  // Also as a participle after the ship's name ("la nave scuola Amerigo Vespucci, giunta nel porto di Mumbai").
  term("(?:(?:è|sono)\\s+)?giunt[oaie](?=\\s+(?:\\S+\\s+){0,2}?(?:nel|al)\\s+porto)", "docked"),
  term("(?:la\\s+)?visita\\s+della\\s+nave", "the visit of the ship"),
  term("pattugliator[ei](?:\\s+d['’]altura)?", "patrol vessel"),
  term("unità\\s+navale", "naval vessel"),
  term("ormeggiat[oaie]", "berthed"),
  term("portaerei", "aircraft carrier"),
  // "Lo storico veliero della Marina Militare": the Amerigo Vespucci, a tall ship.
  term("velier[oi]", (text) => (/i$/i.test(text) ? "tall ships" : "tall ship")),
  term("nav[ei]\\s+scuola", "training ship"),
  term("fregat[ae]", "frigate"),
  term("nav[ei]\\s+da\\s+guerra|unità\\s+navali", "warships"),
  // Merchant shipping, whose stays in port are no port call: "la petroliera Enrica Lexie", "il mercantile".
  term("petrolier[ae]", "oil tanker"),
  term("(?:nav[ei]\\s+)?mercantil[ei]", "merchant ship"),
  term("portacontainer|nav[ei]\\s+portacontainer", "container ship"),
  term("nav[ei]\\s+da\\s+crociera", "cruise ship"),
  term("traghett[oi]", "ferry"),
  term("pescherecc(?:io|i)", "fishing boat"),
  // Naval supply ships ("due navi rifornitrici per la Marina indiana").
  term("nav[ei]\\s+(?:rifornitric[ei]|logistich[ei]|di\\s+supporto\\s+logistico)", "fleet support ships"),
  term("nave", "ship"),
  term("navi", "ships"),
  term("sottomarin[oi]", "submarines"),
  term("elicotter[oi]", "helicopters"),
  term("missil[ei]", "missiles"),
  term("fucil[ei]", "rifles"),
  // Torpedoes and electronic warfare: arms as the defence press names them.
  term("silur[oi](?:\\s+pesant[ei])?", "torpedoes"),
  term("guerra\\s+elettronica", "electronic warfare"),
  term("forze\\s+armate", "armed forces"),
  term("armi", "weapons"),
  term("interoperabilità", "interoperability"),
  // The side's adjective inside the name ("l'industria italiana della difesa", "le imprese indiane dell'aerospazio e
  // della difesa"): that side's defence industry.
  term(
    "(?:industri[ae]|impres[ae]|aziend[ae])\\s+(?:italian[ae]|indian[ae])\\s+" +
      "(?:della\\s+difesa|dell['’]\\s*aerospazio(?:\\s+e\\s+(?:della\\s+)?difesa)?)",
    (text) => `${/italian/i.test(text) ? "Italian" : "Indian"} defence industry`
  ),
  term("industria\\s+(?:della\\s+)?difesa|industrie\\s+della\\s+difesa|industria\\s+militare", "defence industry"),
  // Films are co-produced too: "accordo di coproduzione cinematografica", "co-produzione di un documentario".
  term(
    "co-?produzion[ei]\\s+(?:cinematografic[ahe]+|audiovisiv[aei]|di\\s+(?:un\\s+)?(?:film|documentari[oi]|serie))",
    "film co-production"
  ),
  term("co-?produzione|produzione\\s+congiunta", "co-production"),
  // Forming one: "intendono formare una joint venture", "hanno costituito una jv", "la creazione di una società
  // congiunta" (the English rules' "form a joint venture").
  term(
    "(?:(?:ha|hanno)\\s+)?(?:formare|formato|costituire|costituito|creare|creato|dar\\s+vita\\s+a|dato\\s+vita\\s+a)" +
      "\\s+(?:una|la|nuova)\\s+(?:nuova\\s+)?(?:joint\\s+venture|jv|società\\s+(?:congiunta|mista|comune))",
    (text) => (/^(?:ha|hanno)\s|ato\s|dato\s/i.test(text) ? "formed a joint venture" : "form a joint venture")
  ),
  term(
    "(?:la\\s+)?(?:creazione|costituzione)\\s+di\\s+una\\s+(?:joint\\s+venture|jv|società\\s+(?:congiunta|mista))",
    "the formation of a joint venture"
  ),
  term("joint\\s+venture", "joint venture"),
  // An order, supply or contract of arms ("la commessa di 12 elicotteri", "il contratto di fornitura di elicotteri",
  // "l'ordine per i 12 elicotteri") is defence procurement, whatever became of it.
  term(
    "(?:appalt[oi]|commess[ae]|contratt[oi]|ordin[ei]|fornitur[ae])\\s+(?:di\\s+fornitura\\s+)?" +
      "(?:di|per|dei|degli|delle)(?=\\s+(?:(?:i|gli|le|\\d+|due|tre|quattro|cinque|sei|otto|dieci|dodici|venti)\\s+)?" +
      "(?:elicotteri|fregate|navi|sottomarini|caccia|aerei\\s+da\\s+combattimento|siluri|missili|cannoni|obici|" +
      "carri\\s+armati|armamenti))",
    "defence procurement contract for"
  ),
  term("appalto|commessa|contratto", "contract"),
  term("appalti|commesse|contratti", "contracts"),
  // A state barring or freeing a supplier: "inserito nella lista nera", "ha revocato il divieto", "cancella tutte le
  // commesse".
  term("lista\\s+nera", "blacklist"),
  term(
    "(?:ha|hanno)\\s+revocato\\s+(?:il\\s+)?(?:divieto|bando)|revoca\\s+(?:del\\s+)?(?:divieto|bando)",
    "lifted the ban"
  ),
  term("(?:ha|hanno)\\s+(?:cancellato|annullato)|cancella(?:no)?|annulla(?:no)?", (text) =>
    /^(?:ha|hanno)/i.test(text) ? "cancelled" : "cancels"
  ),
  // Economy.
  // How Italian reports a trade or investment figure.
  term("(?:ha|hanno)\\s+raggiunto|raggiunge(?:ndo)?|(?:ha|hanno)\\s+toccato|(?:ha|hanno)\\s+superato", "reached"),
  // Export credit and subsidised finance for firms going to the other country: a figure of investment support.
  term(
    "linea\\s+di\\s+(?:credito|finanziament[oi])(?:\\s+agevolat[oi])?|finanziament[oi]\\s+agevolat[oi]|plafond|" +
      "(?:portafoglio|pacchetto)\\s+di\\s+(?:operazioni|finanziament[oi]|garanzie)",
    "credit line"
  ),
  // A buyer "ha affidato" a contract to a supplier: awarded it.
  term("(?:ha|hanno)\\s+affidato|(?:è|sono)\\s+stat[oi]\\s+affidat[oi]", "awarded"),
  term("ammonta(?:va)?\\s+a|(?:si\\s+)?(?:è\\s+)?attestat[oa]\\s+a|si\\s+attesta\\s+a|pari\\s+a", "stood at"),
  // A change by a share: "sono cresciute del 12,2%" grew by 12.2%; "un balzo del 26%" a jump of 26%.
  term("(?:(?:è|sono)\\s+cresciut[oaie]|cresce|crescono)(?:\\s+del(?=\\s+\\d))?", (text) =>
    /del$/i.test(text) ? "grew by" : "grew"
  ),
  term("(?:(?:è|sono)\\s+aumentat[oaie]|aumenta(?:no)?)(?:\\s+del(?=\\s+\\d))?", (text) =>
    /del$/i.test(text) ? "rose by" : "rose"
  ),
  term("(?:(?:è|sono)\\s+(?:diminuit|calat)[oaie]|(?:è|sono)\\s+sces[oaie]|cala(?:no)?)\\s+del(?=\\s+\\d)", "fell by"),
  term("(?:un\\s+)?balzo\\s+del(?=\\s+\\d)", "jumped by"),
  term("(?:del|per\\s+un)\\s+valore\\s+(?:complessivo\\s+)?di|del\\s+valore\\s+di", "worth"),
  term("volume\\s+(?:degli\\s+scambi|commerciale|dell['’]interscambio|del\\s+commercio)", "trade volume"),
  // "Rilevare" is also to note: "«Finora», ha rilevato oggi il presidente", "ha rilevato che…" are remarks.
  term(
    "(?:ha|hanno)\\s+rilevato(?=\\s+(?:che|come)\\b|\\s+(?:oggi|ieri|inoltre|anche)\\s+(?:il|la|l['’])\\s*" +
      "(?:president|ministr|ambasciat|consol|diret|segretari|sottosegretari|amministrat))",
    "noted"
  ),
  term("(?:ha|hanno)\\s+(?:acquisito|rilevato|comprato|acquistato)", "acquired"),
  // Hearsay of a takeover done ("L'indiana Motherson avrebbe acquisito l'italiana…") and one about to be ("sarebbe sul
  // punto di acquisire"): the deal as the press reports it, done or still to come.
  term("(?:avrebbe|avrebbero)\\s+(?:acquisito|rilevato|comprato|acquistato)", "reportedly acquired"),
  term("(?:è|sono|sarebbe|sarebbero)\\s+sul\\s+punto\\s+di", "is poised to"),
  // "Urso ha formalizzato un accordo", "hanno perfezionato l'intesa": an agreement concluded.
  term("(?:ha|hanno)\\s+(?:formalizzato|perfezionato)", "concluded"),
  // Export credit: "una garanzia finanziaria di 320 milioni di dollari a favore di REC".
  term("garanzi[ae]\\s+(?:finanziari[ae]|assicurativ[ae])", "credit guarantee"),
  // Selling a holding: "ha ceduto le quote detenute nel gruppo", "hanno venduto la partecipazione". "Quota" alone is
  // also a market share, "partecipazione" a taking part: each is a stake only as a holding.
  term("(?:ha|hanno)\\s+(?:ceduto|venduto)", "sold"),
  // The Italian firm as the subject of a passive: "è stata acquisita dal colosso indiano".
  term("(?:è|e['’]|sono)\\s+stat[oaie]\\s+(?:acquisit|rilevat|acquistat|comprat)[oaie]", "was acquired"),
  // A plant enlarged: "ha ampliato il suo stabilimento", "ha raddoppiato la capacità produttiva".
  term("(?:ha|hanno)\\s+ampliato|amplia(?:no)?", (text) => (/^(?:ha|hanno)/i.test(text) ? "expanded" : "expands")),
  term("(?:ha|hanno)\\s+raddoppiato|raddoppia(?:no)?", (text) => (/^(?:ha|hanno)/i.test(text) ? "doubled" : "doubles")),
  // "Ha presentato un'offerta vincolante per le acciaierie": a bid for a company, binding or not.
  term(
    "(?:ha|hanno)\\s+(?:fatto|presentato|depositato|avanzato)\\s+(?:un['’]\\s*|una\\s+)?offerta" +
      "(?:\\s+(?:non\\s+)?vincolante)?\\s+per",
    "made an offer for"
  ),
  term("vendono", "sell"),
  term("vende", "sells"),
  term(
    "quot[ae]\\s+(?:detenut[ae]|societari[ae]|azionari[ae]|di\\s+(?:maggioranza|minoranza|controllo))|" +
      "partecipazion[ei]\\s+(?:detenut[ae]|possedut[ae]|azionari[ae]|di\\s+(?:maggioranza|minoranza|controllo))",
    (text) => (/^(?:quote|partecipazioni)/i.test(text) ? "stakes" : "stake")
  ),
  term("(?:prend\\w*|assum\\w*)\\s+il\\s+controllo", "taking control"),
  // A navy's or a ministry's "acquisizione di unità / elicotteri" is buying arms, not buying a company.
  term(
    "(?:acquisizion[ei]|acquisto)\\s+(?:di|delle|dei|degli)(?=\\s+(?:\\p{L}+\\s+)?(?:unità|navi|elicotteri|" +
      "aerei|caccia|sottomarini|fregate|sistemi\\s+d['’]arma|armamenti|missili))",
    "defence procurement of"
  ),
  // "L'acquisizione dell'italiana Iveco": the article's apostrophe is read, so "of the " keeps the next word apart.
  term("acquisizione\\s+(?:di|del|della|dei|degli|delle|dell['’])", elidedArticle("acquisition of")),
  // "Iveco è stata venduta all'indiana Tata Motors": a company sold to new owners is acquired by them.
  term(
    "(?:è|sono)\\s+stat[oaie]\\s+(?:vendut|cedut)[oaie](?=\\s+(?:a|ad|al|alla|allo|ai|agli|alle|all['’]))",
    "was acquired"
  ),
  // "Il gruppo indiano eClerx rileva la milanese Clx Europe": taking over a company. Not "rileva che" (a remark)
  // nor "rileva la necessità": the object must be a company, a holding or its city's or country's adjective.
  term(
    "rileva(?:no)?(?=\\s+(?:la|il|lo|l['’]|le|i|gli)\\s*(?:società|azienda|aziende|gruppo|maggioranza|quot[ae]|" +
      "partecipazion|controllo|stabiliment|marchi|italian[aoie]|indian[aoie]|\\p{L}+es[ei]\\s+\\p{L}))",
    "takes over"
  ),
  // "La cessione di Iveco a Tata": the seller's word for a takeover.
  term("cessione\\s+(?:di|del|della|dei|degli|delle|dell['’])", elidedArticle("takeover of")),
  // The verb in a headline's present tense ("Tata compra Iveco", "Jindal acquisisce l'italiana …") or after "per".
  term("compra(?:no)?|acquista(?:no)?|acquisisce|acquisiscono", "acquires"),
  // "Per acquisire una prima esperienza", "acquisire competenze": gaining experience or skills, not buying a company.
  term(
    "(?:per\\s+)?acquisire\\s+(?:una\\s+|la\\s+|le\\s+|nuove\\s+)?(?:prima\\s+)?" +
      "(?:esperienz[ae]|competenz[ae]|conoscenz[ae]|know-how|professionalità|abilità)",
    "gain experience"
  ),
  term("per\\s+(?:comprare|acquisire|acquistare)", "to acquire"),
  term("cessione", "takeover"),
  term("compratori|acquirent[ei]", "buyers"),
  term("acquisizion[ei]|acquisto", "acquisition"),
  // "Pininfarina passa agli indiani di Mahindra": a company passing to new owners is taken over. Only to owners
  // ("agli", "ai", "nelle mani di"): a bill "passa al Senato", a turn "passa alla difesa".
  term(
    "passaggio\\s+di\\s+(?:mano|proprietà)|" +
      "passa(?:no)?\\s+(?:agli|ai|al\\s+gruppo|alla\\s+società|nelle\\s+mani\\s+d(?:i|el|ella|egli))",
    "takeover of"
  ),
  // "La lettera di aggiudicazione" is the award of a contract; "si aggiudica" and "vince" a tender win it. A "gara"
  // is a tender only where it is public, for works or for power ("gara solare"): a race is also a "gara".
  term("(?:la\\s+)?lettera\\s+di\\s+aggiudicazione", "the award of the contract"),
  term("(?:si\\s+(?:è|sono)\\s+)?aggiudicat[oaie]|(?:ha|hanno)\\s+vinto|si\\s+aggiudica(?:no)?", "won"),
  // An order or a contract "ottenuto" is won ("ha ottenuto una commessa da 500 milioni"); other things obtained
  // (a visa, a permit, a result) are not.
  term(
    "(?:ha|hanno)\\s+ottenuto" +
      "(?=\\s+(?:un[ao]?\\s+|il\\s+|la\\s+|l['’]\\s*)?(?:\\w+\\s+)?(?:commess|appalt|contratt|ordin))",
    "won"
  ),
  term("vince(?:re)?|vincono", "wins"),
  // Works let in parts: "si aggiudica tre lotti della metropolitana".
  term("lott[oi](?=\\s+(?:della|del|dello|dei|degli|delle|di)\\s)", (text) => (/i$/i.test(text) ? "lots" : "lot")),
  term(
    "gar[ae](?=\\s+(?:d['’]\\s*appalto|pubblic[ae]|(?:inter)?nazional[ei]|solar[ei]|eolic[ae]|" +
      "per\\s+la\\s+(?:fornitura|costruzione)))",
    (text) => (/^gare/i.test(text) ? "tenders" : "tender")
  ),
  // A plant opened: investment news whatever the figure.
  term("(?:ha|hanno)\\s+inaugurato|inaugurat[oaie]|inaugura(?:no)?", "inaugurated"),
  // Opening a plant or an office: "sta aprendo fabbriche", "per aprire uno stabilimento".
  term("(?:sta|stanno)\\s+aprendo|aprendo", "opening"),
  term("aprire", "open"),
  // An office or a consulate opened: "ha aperto un nuovo ufficio", "apre la nuova sede".
  term(
    // (The place may come first: "ha aperto a Mumbai un ufficio".)
    "(?:ha|hanno)\\s+aperto(?=\\s+(?:(?:a|ad|in)\\s+\\S+\\s+)?(?:un|una|il|la|i|le|l['’]|la\\s+sua|il\\s+suo)\\b)|" +
      "apre(?:no)?(?=\\s+(?:un|una|il|la|i|le|l['’])\\b)",
    "opened"
  ),
  term("(?:la\\s+)?(?:nuova\\s+)?sede(?=\\s+(?:di|a|in)\\s)", (text) =>
    /nuova/i.test(text) ? "the new office" : "the office"
  ),
  // "La mostra" is a show of art or culture (a trade fair is a "fiera" or a "salone", a sales show a
  // "mostra-mercato"); after an article only, as "mostra" alone is also a verb ("il rapporto mostra che").
  term("(?:la|una|della|alla|nella|dalla|sulla)\\s+mostra(?![-‐]mercato)", "the art exhibition"),
  term("artist[ai]|artiste", (text) => (/i$|e$/i.test(text) ? "artists" : "artist")),
  term("opere\\s+d['’]arte", "artworks"),
  term("libr[oi]", (text) => (/i$/i.test(text) ? "books" : "book")),
  term("letteratura|letterari[oa]", "literature"),
  term("musica|musicale", "music"),
  // "Promossa dalla Camera di Commercio di concerto con l'Associazione": together with, no music.
  term("di\\s+concerto\\s+con", "together with"),
  term("concert[oi]", "concert"),
  // A country's reach abroad ("la proiezione internazionale dell'India", "proiezione marittima"), not a film shown.
  term(
    "proiezion[ei]\\s+(?:internazional[ei]|estern[ae]|global[ei]|geopolitic[ae]|strategic[ae]|marittim[ae]|" +
      "naval[ei]|di\\s+potenza|economic[ae]|commercial[ei])",
    "projection"
  ),
  term("proiezion[ei]", "screenings"),
  // The arts and heritage by their Italian names, which the English rules would otherwise not read.
  term("muse[oi]", (text) => (/i$/i.test(text) ? "museums" : "museum")),
  term("dipint[oi]", (text) => (/i$/i.test(text) ? "paintings" : "painting")),
  term("pittur[ae]", "painting"),
  term("scult(?:ure|ura)", "sculptures"),
  term("archeolog\\p{L}*", "archaeology"),
  term("scavi(?:\\s+archeologici)?", "excavations"),
  term("restaur[oi]", "restoration of heritage"),
  term("restauratori|restauratric[ei]", "heritage restorers"),
  term("danz[ae]", "dance"),
  term("poesi[ae]|poet[ai]|poetess[ae]", "literature"),
  // A city "teatro di" something ("Nuova Delhi sarà teatro della riunione") is its venue, no theatre. The word
  // comes before the look-behind so that it is tried only where "teatro" stands, not at every space of a long run.
  term("teatro(?<=(?:è|e|sarà|sara|fu|era|sono|saranno)\\s+(?:stat[oaie]\\s+)?teatro)(?=\\s+d)", "the venue"),
  term("teatro", "theatre"),
  term("(?:le|delle|alle|nelle)\\s+mostre", "the art exhibitions"),
  // Parliament ratifying a treaty concludes it on its side: "il disegno di legge di ratifica dell'Accordo".
  term("(?:ha|hanno)\\s+ratificato|ratificat[oaie]", "ratified"),
  term("ratifica(?:re)?", "ratification"),
  term("disegn[oi]\\s+di\\s+legge|ddl", "bill"),
  // "Tagliare il nastro" (to cut the ribbon) of a plant or an office is to open it.
  term("(?:a\\s+)?tagli(?:are|ato|a|ano)\\s+il\\s+nastro", "inaugurated"),
  term("(?:l['’])?inaugurazione", "the inauguration"),
  // "Ha posato la prima pietra di una nuova area produttiva": the building of a plant begun.
  term(
    "(?:ha\\s+|hanno\\s+)?posat[oaie]\\s+la\\s+prima\\s+pietra(?:\\s+(?:di|del|della|dello|dei|degli|delle))?",
    (text) => (/pietra$/i.test(text) ? "laid the foundation stone" : "laid the foundation stone of")
  ),
  term("(?:nuov[ae]\\s+)?are[ae]\\s+produttiv[ae]", (text) =>
    /^nuov/i.test(text) ? "new production area" : "production area"
  ),
  // "Tata sale al 44,5% delle azioni": a holder raising its stake.
  term("(?:sale|salgono|è\\s+salit[oa]|sono\\s+salit[ie])\\s+(?:al|fino\\s+al)(?=\\s+\\d)", "raises its stake to"),
  // "Il nuovo stabilimento", "un nuovo impianto": a new plant, which the rules read as an investment.
  term("nuov[oaie](?=\\s+(?:stabiliment|impiant|fabbric|sit[oi]\\s+produttiv|pol[oi]\\s+produttiv))", "new"),
  // A headline's "apertura nuovo stabilimento": the opening of a plant.
  term("apertura(?=\\s+(?:(?:di|del|della)\\s+)?(?:un\\s+|una\\s+)?nuov[oa])", "opens"),
  // A plant or district that produces ("stabilimenti produttivi", "distretto produttivo") is manufacturing; a
  // refinery's "unità produttive" are its process units, not manufacturing.
  term("(?:stabiliment[oi]|impiant[oi]|sit[oi]|pol[oi]|distrett[oi])\\s+produttiv[oaie]", (text) =>
    /[ie]$/i.test(text) ? "plants for manufacturing" : "plant for manufacturing"
  ),
  // A "stabilimento" is where a company makes things (a power plant is a "centrale", a system an "impianto").
  term("stabilimenti|fabbriche", "factories"),
  term("stabilimento|fabbrica", "factory"),
  term("line[ae]\\s+(?:di\\s+produzione|produttiv[ae])", (text) =>
    /^linee/i.test(text) ? "production lines" : "production line"
  ),
  term("catena\\s+di\\s+montaggio|line[ae]\\s+di\\s+(?:montaggio|assemblaggio)", "assembly line"),
  term("macchine\\s+tessili", "textile machinery"),
  // "Un nuovo impianto di produzione", "l'impianto fotovoltaico": a plant (a system of pipes is rarely news here).
  term("impianto", "plant"),
  term("impianti", "plants"),
  term("capacità\\s+produttiva", "production capacity"),
  term("interscambio(?:\\s+commerciale)?|scambi\\s+commerciali|commercio\\s+bilaterale", "bilateral trade"),
  term("obiettivo|traguardo", "target"),
  term(
    "(?:forum|foro)\\s+(?:imprenditoriale|d['’]affari|economico|delle\\s+imprese)|business\\s+forum",
    "business forum"
  ),
  // "La rassegna internazionale dedicata alle macchine agricole": a trade show ("rassegna stampa" is a press review).
  term("rassegn[ae]\\s+(?:internazional[ei]|fieristic[ah]e?|espositiv[ae])", "exhibition"),
  // "Esposizione" alone is also an account ("l'esposizione dei fatti"): only an international one is a fair.
  // A livestock or camel fair ("la fiera del cammello di Pushkar") is a local festival, not a trade fair.
  term("fier[ae]\\s+(?:del|dei|di)\\s+(?:cammell[oi]|bestiame|cavall[oi])", "livestock festival"),
  // A fair of education, books or jobs ("la fiera dell'istruzione superiore", "la fiera del libro"): no trade fair.
  term(
    "fier[ae]\\s+(?:dell['’]\\s*(?:istruzione|educazione|universit[àa]|orientamento)|del\\s+(?:libro|lavoro)|" +
      "(?:dei|delle)\\s+(?:libri|universit[àa]|studi))",
    (text) => (/libr/i.test(text) ? "book fair" : /lavoro/i.test(text) ? "job fair" : "education fair")
  ),
  term("fier[ae]|salone|esposizion[ei]\\s+(?:internazional[ei]|universal[ei]|commercial[ei])", "trade fair"),
  term("seminari[oi]", "seminar"),
  // "Una tavola rotonda d'affari con 60 manager": a roundtable of business people is a business forum.
  term(
    "tavol[ae]\\s+rotond[ae]\\s+" +
      "(?:d['’]affari|imprenditorial[ei]|economic[ah]e?|con\\s+(?:le\\s+)?(?:aziende|imprese))",
    "business roundtable"
  ),
  // "La tavola rotonda" is feminine; "tavolo" (a working table) is masculine.
  term("tavol[aeoi]\\s+rotond[aeoi]", "roundtable"),
  // "Il lancio della Piattaforma di Business Matching": companies paired with prospective partners.
  term("business\\s+matching|matchmaking", "business matching"),
  term("incontri\\s+b2b|b2b", "B2B"),
  // Courts.
  term("arbitrato|arbitrale", "arbitration"),
  // "Meloni alla corte di Modi", "Urso alla corte delle imprese indiane": a headline's idiom for courting, no court.
  term("alla\\s+corte\\s+(?:di|del|della|dello|dei|degli|delle)(?=\\s)", "courting"),
  // Not the adjective "corto" ("ai ferri corti", "in tempi corti", "filiere più corte"): short, no court.
  term(
    // Nor the masculine noun: "i corti", "dei corti indiani" are short films (a court is feminine: "le corti").
    "tribunal[ei]|(?<!\\b(?:ferri|tempi|termini|filiere|distanze|periodi|tratti|più|molto|troppo)\\s)(?:corte|" +
      "corti(?<!\\b(?:i|dei|ai|nei|sui|coi|tra i|fra i|questi|quei|due|tre|quattro|cinque|sei|sette|otto|dieci)\\s" +
      "corti))|" +
      "cassazione",
    "court"
  ),
  term("sentenza|verdetto", "verdict"),
  term("estradizion[ei]|estradat[oaie]|estradare", "extradition"),
  // "Il processo ai due marò": the trial of; "processo" alone is also any process.
  term("processo\\s+(?:a|ai|agli|alle|contro|per)", "trial of"),
  term("processo", "trial"),
  term("accusat[oaie]\\s+di|imputat[oaie]\\s+di", "accused of"),
  term("omicidio|omicidi", "murder"),
  term("(?:libertà\\s+su\\s+)?cauzione", "bail"),
  term("diritto\\s+internazionale", "international law"),
  // "Marò" are the Italian Navy's marines: the word names their side, as "Italian marines" does in English.
  term("marò|fucilieri\\s+di\\s+marina", "Italian marines"),
  term("tangent[ei]|corruzione", "bribery"),
  // Kidnapping: "il rapimento di due turisti", "sono stati rapiti", "sequestrati dai maoisti".
  term("rapiment[oi]|sequestr[oi]\\s+di\\s+persona", "kidnapping"),
  // Things seized are a case's, not people kidnapped: "hanno sequestrato beni per 475mila euro", "sequestro di droga".
  term(
    "(?:(?:ha|hanno)\\s+)?sequestrat[oaie](?=\\s+(?:beni|denaro|soldi|droga|stupefacenti|conti|immobili|quote|azioni|" +
      "auto|merce|merci|documenti|\\d))|sequestr[oi]\\s+(?:di|dei|del|della)(?=\\s+(?:beni|denaro|droga|conti|merci))",
    "seized"
  ),
  term("multa|multe|sanzion[ei]\\s+(?:pecuniari[ae]|di)", "fine"),
  term("droga|stupefacenti", "drugs"),
  term("rapit[oaie]|sequestrat[oaie]", "kidnapped"),
  // Remarks.
  // Agency copy opens on a quotation and names the speaker after it ("Ad affermarlo è l'ambasciatore",
  // "Lo ha detto il ministro"): the report is the remark. "Sottolineare" and "ribadire" stress a view.
  term(
    "(?:a|ad)\\s+(?:affermarlo|dirlo|sottolinearlo|spiegarlo|ribadirlo)\\s+(?:è|e['’]|sono)|" +
      "(?:ha|hanno)\\s+(?:sottolineato|ribadito|evidenziato)|sottolinea|ribadisce",
    "emphasised"
  ),
  // "Lo ha dichiarato il ministro": the speaker named after the remark the report opens with.
  term(
    "lo\\s+(?:(?:ha|hanno)\\s+(?:detto|dichiarato|affermato|spiegato|sottolineato|ribadito|evidenziato)|" +
      "afferma|dice|dichiara|sottolinea|spiega|ribadisce|scrive)" +
      "(?:\\s+(?:il|la|l['’]|i|gli))?",
    "this was said by the"
  ),
  term(
    "(?:ha|hanno)\\s+(?:detto|dichiarato|affermato|spiegato|aggiunto|ricordato|osservato)|" +
      "ha\\s+commentato|dice|dichiara|afferma",
    "said"
  ),
  // Words of blame ("Tajani ha criticato la decisione", "la Farnesina ha deplorato il rinvio", "ha definito
  // inaccettabile la sentenza"): remarks, as the English rules read "condemned" and "described".
  term("(?:ha|hanno)\\s+(?:criticato|deplorato|stigmatizzato)", "condemned"),
  term("(?:ha|hanno)\\s+definito", "described"),
  // "L'ambasciatore ha citato la crescita del commercio", "ha indicato le direzioni di lavoro": what a speaker named.
  term("(?:ha|hanno)\\s+(?:citato|indicato|menzionato)", "mentioned"),
  // "Parlando a un evento", "nel punto stampa congiunto con l'omologo": a speaker at an event or before the press.
  term("parlando\\s+(?:a|al|alla|all['’]|ad|davanti)", "speaking at"),
  term("(?:in|nel|durante\\s+il|al)\\s+punto\\s+stampa(?:\\s+congiunto)?", "told reporters at a press point"),
  // The present tense of a speaker's verbs, as agency copy writes them: "E spiega: …", "osserva", "aggiunge".
  term("spiega(?:no)?|osserva(?:no)?|aggiunge|precisa|commenta|racconta|parla\\s+di", "says"),
  // A warning or threat in words ("Singh minaccia conseguenze e avverte l'Italia", "ha avvertito Roma"): a remark.
  term(
    "(?:ha|hanno)\\s+(?:avvertito|minacciato|ammonito)|avverte|avvertono|ammonisce|" +
      // The verb, not the noun ("una minaccia terroristica").
      "(?<!\\b(?:una|la|alla|della|nella|sulla|ogni|nuova)\\s)minaccia(?=\\s)",
    "warned"
  ),
  // "Intervenendo al forum": a speaker at an event, the report being what was said there.
  term(
    "intervenendo\\s+(?:al|alla|allo|ai|agli|alle|a)|(?:è\\s+)?intervenut[oa]\\s+(?:al|alla|allo|a)",
    "speaking at the"
  ),
  // "Le relazioni tra Italia e India sono sempre più solide": the relationship itself is the subject of a remark.
  term("(?:le\\s+)?(?:relazioni|rapporti)\\s+(?:bilaterali\\s+)?(?:tra|fra)", "relations between"),
  term("ha\\s+ringraziato|ringrazia", "thanked"),
  // Congratulations and wishes are their own words, not thanks.
  term("si\\s+è\\s+congratulat[oa]|(?:le\\s+)?congratulazioni", "congratulated"),
  term("(?:gli\\s+)?auguri", "wishes"),
  term("(?:ha\\s+)?elogiato|plaude|(?:ha\\s+accolto|accoglie)\\s+con\\s+(?:\\w+\\s+)?favore", "praised"),
  // "In un post sul social network" is a message; "post" with no article before it is the preposition "after" ("la
  // Milano post Expo", "nella fase post pandemia", "post fusione").
  term("messaggio|(?<=\\b(?:un|il|nel|del|sul|al|suo|loro|ultimo|questo|quel)\\s)post", "message"),
  term("post", "after"),
  // "In una conversazione con l'Ansa": what someone told a news agency or paper is the report.
  term("in\\s+una\\s+conversazione\\s+con", "in conversation with"),
  // "In un suo intervento sul Sole 24 Ore", "in un intervento pubblicato oggi dal Messaggero": an op-ed (the day may
  // already be glossed).
  term(
    "in\\s+un\\s+(?:suo\\s+)?intervento\\s+(?:pubblicato\\s+(?:\\S+\\s+)?(?:su|sul|sulla|dal|dalla)|sul|sulla)",
    "writing in an op-ed in"
  ),
  term("intervista", "in an interview"),
  // "Abbiamo intervistato l'ambasciatore", "il ministro, intervistata da Formiche": the outlet's own interview.
  term("intervistat[oaie]|intervistare", "interviewed"),
  // "In esclusiva con The Sunday Guardian, l'ambasciatore riflette…": an outlet's own interview.
  term("in\\s+esclusiva\\s+(?:con|per|a|al|alla)", "in an exclusive interview with")
]

// ── Sectors ─────────────────────────────────────────────────────────────────────────
const sectors: ReadonlyArray<PackEntry> = [
  // "Scambi" are trade, except between students, researchers or cultures: an academic or cultural exchange.
  term(
    "scamb(?:i|io)\\s+(?:internazional[ei]\\s+)?(?:di|tra|fra)\\s+(?:studenti|ricercatori|docenti|professori)|" +
      "scamb(?:i|io)\\s+(?:accademic[oi]|universitar[io]|studenteschi|di\\s+ricerca)",
    "academic exchanges"
  ),
  term("scamb(?:i|io)\\s+cultural[ei]", "cultural exchange"),
  // Exchanges of people, knowledge or data ("scambi di artisti", "di esperienze", "di informazioni", "giovanili"):
  // what is exchanged is the sector, not trade. Trade is "gli scambi tra Italia e India", "scambi commerciali".
  term(
    "scamb(?:i|io)\\s+di(?=\\s+(?:artist|esperienz|informazion|dat[io]|buone\\s+pratiche|conoscenz|know|giovani|" +
      "visit|personale|espert|funzionari|delegazion|opinion|vedute|idee|note))",
    "exchanges of"
  ),
  term("scamb(?:i|io)\\s+giovanil[ei]", "youth exchanges"),
  term("scamb(?:i|io)\\s+(?:sulla|nella|per\\s+la)\\s+ricerca", "research exchanges"),
  // Universities' and academies' cooperation is the education sector's.
  term("(?:cooperazione|collaborazione)\\s+(?:universitaria|accademica)", "academic cooperation"),
  // Economic ties and cooperation are the trade sector's words in English as in Italian.
  term(
    "(?:rapporti|relazioni|legami)\\s+(?:commerciali\\s+ed?\\s+)?economic[io]|" +
      "(?:rapporti|relazioni|legami)\\s+economiche",
    "economic ties"
  ),
  term("(?:cooperazione|collaborazione)\\s+economica", "economic cooperation"),
  // The pharmaceutical industry's association: "Farmindustria" is no farm.
  term("farmindustria", "Farmindustria, the pharmaceutical association,"),
  // "Commerciale" beside a place or an act is no trade: "la capitale commerciale dell'India" (Mumbai), "un centro
  // commerciale" (a shopping centre), "il primo lancio spaziale commerciale".
  term("capital[ei]\\s+commercial[ei]", "commercial capital"),
  term("centr[oi]\\s+commercial[ei]", "shopping centre"),
  term("(?:lanci[oi]|volo|voli)\\s+(?:spazial[ei]\\s+)?commercial[ei]", "commercial launch"),
  term("commercio|commercial[ei]|scambi", "trade"),
  // "Tecnologie green", "verdi", "pulite": clean technology; the circular economy and emissions are climate words.
  term("tecnologi[ae]\\s+(?:green|verd[ei]|pulit[ae])", "clean technology"),
  term("decarbonizzazione", "decarbonisation"),
  // Sector words the rules know in English.
  // Students' and workers' visas are named as such, as the English rules read them.
  term("vist[io]\\s+(?:per\\s+(?:motivi\\s+di\\s+)?studio|di\\s+studio|per\\s+studenti)", "study visas"),
  term("vist[io]\\s+(?:di|per)\\s+(?:motivi\\s+di\\s+)?lavoro", "work visas"),
  // A visa service's applicants: "i richiedenti il visto", "le domande di visto".
  term("richiedenti\\s+(?:il\\s+)?visto|domand[ae]\\s+di\\s+visto", (text) =>
    /^richied/i.test(text) ? "visa applicants" : "visa applications"
  ),
  term("visti", "visas"),
  term("dispositivi\\s+medici", "medical devices"),
  term("litio", "lithium"),
  term("(?:tecnologi[ae]\\s+)?quantistic[ahe]+|calcolo\\s+quantistico", "quantum technology"),
  term("dottorandi|dottorati", "PhD students"),
  term("lavoratori\\s+stagionali", "seasonal workers"),
  term("treni\\s+ad\\s+alta\\s+velocità|alta\\s+velocità\\s+ferroviaria", "high-speed rail"),
  // "L'IA", "sull'IA generativa", "dell'AI": artificial intelligence after an elided article ("ai" alone is "to the").
  term("(?<=['’]\\s?)(?:ia|ai)(?![\\p{L}\\p{N}])", "AI"),
  term("materie\\s+prime\\s+(?:critiche|strategiche)", "critical raw materials"),
  term("economia\\s+circolare", "circular economy"),
  term("emissioni", "emissions"),
  // An undersea cable carries data: "il cavo sottomarino" is telecoms, not a submarine.
  term("cav[oi]\\s+sottomarin[oi]", "undersea telecom cable"),
  term("fibra\\s+ottica", "optical fibre telecom"),
  // Sector words of local business copy: "il settore enogastronomico", "la meccatronica", "le biotecnologie",
  // "l'informatica".
  term("enogastronomic[oaie]|enogastronomia", "food and wine"),
  term("meccatronica", "mechatronics manufacturing"),
  term("biotecnologi[ae]", "biotechnology"),
  term("informatica", "information technology"),
  // "Le tecnologie dell'informazione e della comunicazione (TIC)": ICT.
  term(
    "tecnologi[ae]\\s+dell['’]\\s*informazione(?:\\s+e\\s+della\\s+comunicazione)?",
    "information and communication technology"
  ),
  term("(?<=\\()TIC(?=\\))", "ICT"),
  term("esportazion[ei]|export", "exports"),
  term("importazion[ei]|import", "imports"),
  term("dazi|tariffe\\s+doganali", "tariffs"),
  term("accesso\\s+al\\s+mercato", "market access"),
  // "Investimenti di 40 milioni", "un investimento da 10 milioni": the sum put in, as English writes it.
  term("investiment[oi]\\s+(?:di|da|pari\\s+a)(?=\\s+(?:circa\\s+|oltre\\s+|quasi\\s+)?\\d)", (text) =>
    /^investimenti/i.test(text) ? "investments of" : "investment of"
  ),
  term("investiment[oi]|investire|investe|investono|investitor[ei]", "investment"),
  term("azionist[ai]", "shareholder"),
  term("azionariato|partecipazione\\s+azionaria", "shareholding"),
  // "La controllata indiana" is the subsidiary; "controllata" before anything else is only "controlled".
  term("filial[ei]|controllat[ae](?=\\s+(?:indian|italian))", "subsidiary"),
  term("credito\\s+all['’]esportazione", "export credit"),
  term("prestit[oi]", "loan"),
  // "In difesa della democrazia", "la difesa dei diritti": a cause defended, not the armed forces.
  term(
    "difesa\\s+(?:della|delle|dei|degli|del)\\s+(?:democrazia|libertà|valori|diritti|interessi|pace|multilateralismo)",
    "upholding of values"
  ),
  // A military honour, cemetery or memorial ("la più alta onorificenza militare", "il cimitero militare") is a past
  // war's or an award's, not defence cooperation.
  term("(?:onorificenz[ae]|medagli[ae]|cimiter[oi]|sacrari[oi])\\s+militar[ei]", "war memorial"),
  // A parliament's committee named for its fields ("le commissioni Affari esteri e Difesa del Senato"): an office's
  // name, whose words say little of what it discussed.
  term(
    "commission[ei]\\s+(?:riunite\\s+)?(?:affari\\s+)?esteri\\s+e\\s+difesa",
    "Foreign Affairs and Defence Committee"
  ),
  // The accused's lawyers: "la difesa ha invocato la libertà religiosa", "secondo la difesa", "l'avvocato della
  // difesa". The English rules set "the defence counsel" apart from the armed forces.
  term(
    "(?:avvocat[oi]\\s+della|legal[ei]\\s+della|secondo\\s+la)\\s+difesa|" +
      "difesa(?=\\s+(?:ha|hanno|aveva|sostiene|chiede)\\b)",
    "defence counsel"
  ),
  term("difesa|militar[ei]", "defence"),
  term("navale|navali", "naval"),
  term("marina\\s+militare", "Italian Navy"),
  term("marina", "navy"),
  term("antiterrorismo|terrorismo|lotta\\s+al\\s+terrorismo", "counter-terrorism"),
  term("sicurezza\\s+(?:informatica|cibernetica|digitale)|cybersicurezza|cyber", "cyber security"),
  // "Sicurezza" is safety as well as security: a railway's, a workplace's or a ship's is safety.
  term("sicurezza\\s+(?:ferroviaria|nel\\s+settore\\s+ferroviario)", "rail safety"),
  term("sicurezza\\s+(?:sul\\s+lavoro|stradale|della\\s+navigazione)", "safety"),
  // Of traffic, a network, an infrastructure or its passengers ("i sistemi di sicurezza del traffico ferroviario").
  term(
    "sicurezza\\s+(?:del|della|dello|dei|degli|delle|dell['’])\\s*" +
      "(?:traffico|infrastruttur[ae]|trasport[oi]|passeggeri|rete|linee?)\\b",
    "safety"
  ),
  // "La sicurezza delle supply chain": supplies kept flowing, not security cooperation.
  term(
    "sicurezza\\s+delle\\s+(?:supply\\s+chains?|catene\\s+(?:di\\s+)?(?:approvvigionamento|fornitura|del\\s+valore))",
    "supply chain resilience"
  ),
  // "Un accordo sulla sicurezza sociale" is social security (pensions), and "per motivi di sicurezza" a precaution.
  term("sicurezza\\s+sociale|previdenza\\s+sociale", "social security"),
  term("(?:per\\s+)?(?:motivi|ragioni)\\s+di\\s+sicurezza", "as a precaution"),
  term("sicurezza\\s+alimentare", "food security"),
  term("sicurezza\\s+energetica", "energy security"),
  term(
    "(?:incaricat[oaie]|addett[oaie]|responsabil[ei])\\s+della\\s+sicurezza|team\\s+di\\s+sicurezza|" +
      "nucle[oi]\\s+(?:militar[ei]\\s+)?di\\s+(?:sicurezza|protezione)",
    "guards"
  ),
  term("sicurezza", "security"),
  term("criminalità\\s+organizzata", "organised crime"),
  // Outer space takes the article ("lo spazio", "dallo spazio", "settore dello spazio"); "spazio" after
  // "un", "comune" or "nuovo" is room or an area ("un comune spazio indo-mediterraneo").
  // "Noida, città satellite della capitale": a town beside another, not a satellite in orbit.
  term("citt[àa]\\s+satellite|citt[àa]\\s+satellit[ei]", "dormitory town"),
  // "Lo spazio espositivo dedicato all'India": a fair's or a museum's area, no outer space.
  term(
    // Also an area someone runs or lays out ("nello spazio curato dall'Agenzia ICE", "lo spazio allestito da").
    "(?:lo|dello|allo|dallo|nello|sullo)\\s+spazio(?=\\s+(?:espositiv|dedicat|riservat|fieristic|museal|verde|" +
      "pubblic|comune|condivis|curat|allestit|gestit|organizzat|ospitat|italian|indian))",
    "the area"
  ),
  term(
    "(?:lo|dello|allo|dallo|nello|sullo)\\s+spazio|spazio\\s+(?:extra-?atmosferico|esterno|profondo)|" +
      "spaziale|spaziali|satellit[ei]",
    "space"
  ),
  // Bare "spazio" in a list of fields ("difesa, spazio e connettività") is outer space as well.
  term("(?<=,\\s?)spazio(?=\\s*(?:,|e\\s|ed\\s|\\.|;|$))|(?<=\\s(?:e|ed)\\s)spazio(?=\\s*(?:,|\\.|;|$))", "space"),
  term("spazio|spazi", "area"),
  term("intelligenza\\s+artificiale", "artificial intelligence"),
  term("tecnologi[ae]\\s+(?:critiche\\s+ed?\\s+)?emergent[ei]", "critical and emerging technologies"),
  term("tecnologi[ae]|tecnologic[oa]|tecnologici|tecnologiche|scienza\\s+e\\s+tecnologia", "technology"),
  term("semicondutt(?:ori|ore)|microchip|chip", "semiconductors"),
  term("digitalizzazione|trasformazione\\s+digitale", "digital transformation"),
  term("economia\\s+digitale", "digital economy"),
  term("digitale|digitali|telecomunicazioni", "digital"),
  term("transizione\\s+energetica", "energy transition"),
  term("energia\\s+(?:pulita|rinnovabile)|rinnovabili|fonti\\s+rinnovabili", "renewables"),
  term("idrogeno\\s+verde", "green hydrogen"),
  term("energia|energetic[oa]|energetici|energetiche", "energy"),
  term("clima|climatic[oa]|climatici|climatiche|cambiamento\\s+climatico", "climate"),
  term("biocarburanti|biocombustibili", "biofuels"),
  term("minerali\\s+critici|materie\\s+prime\\s+critiche|terre\\s+rare", "critical minerals"),
  term("porto|porti|portual[ei]", "port"),
  term("marittim[oa]|marittimi|marittime", "maritime"),
  term("cantieri\\s+navali|cantieristica(?:\\s+navale)?", "shipbuilding"),
  term("indo-?pacifico", "Indo-Pacific"),
  term("mediterraneo", "Mediterranean"),
  term("corridoio|corridoi", "corridor"),
  // Another sector's facilities, named after the noun in Italian: "infrastrutture sanitarie", "digitali".
  term("infrastruttur[ae]\\s+(?:sanitari[ae]|ospedalier[ae])", "healthcare infrastructure"),
  term("infrastruttur[ae]\\s+(?:digital[ei]|di\\s+telecomunicazion[ei]|dei\\s+dati)", "digital infrastructure"),
  term("infrastruttur[ae]\\s+di\\s+ricerca", "research infrastructure"),
  term("infrastruttur[ae]\\s+scientific[ahe]+", "scientific infrastructure"),
  term("infrastruttur[ae]|infrastruttural[ei]", "infrastructure"),
  term("ferrovi[ae]|ferroviari[oa]?", "railways"),
  term("trasport[oi]", "transport"),
  term("logistica", "logistics"),
  term("connettività", "connectivity"),
  term("migrazion[ei]|migratori[oa]?|migranti", "migration"),
  // A city's "mobilità sostenibile" or "urbana" is its transport, not people moving between the two countries.
  term("mobilità\\s+(?:sostenibile|urbana|elettrica|intelligente)", "sustainable transport infrastructure"),
  // "La società di ingegneria della mobilità del gruppo FS": an engineering firm's trade is transport.
  term(
    "(?:ingegneria|settore|soluzioni|servizi|infrastrutture)\\s+(?:della|per\\s+la)\\s+mobilità",
    "transport engineering"
  ),
  term("mobilità", "mobility"),
  term("lavoratori", "workers"),
  term("studenti", "students"),
  // "Visti" and students' and workers' visas are read by the sector words above; the issuing of entry visas is one
  // phrase here.
  term("rilascio\\s+(?:dei\\s+)?visti\\s+d['’]ingresso", "visas"),
  // "Centro visti": a visa application centre. "Statua", "busto" and "scultura" of a figure honoured abroad.
  term("centr[oi]\\s+visti", "visa centre"),
  term("statu[ae]", (text) => (/e$/i.test(text) ? "statues" : "statue")),
  term("busto\\s+(?:di|del|della)", "bust of"),
  term("scultur[ae]", "sculpture"),
  // A university's name ("l'Università di Bologna", "Università degli Studi di Milano", "della Calabria") in the
  // dictionary's words: "University of Bologna", "University of Milano".
  // "Università dell'Insubria": the elided article's gloss keeps a space before the name.
  term(
    "universit[àa]\\s+(?:degli\\s+studi\\s+)?(?:di|della|del|dell['’])(?=\\s*\\p{L})",
    elidedArticle("University of", " ")
  ),
  // An IIT by its Italian name ("l'Istituto di Tecnologia di Madras"); not Genoa's Istituto Italiano di Tecnologia.
  term(
    "istituto\\s+(?:indiano\\s+)?di\\s+tecnologia(?:\\s+di)?" +
      "(?=\\s+(?:bombay|mumbai|delhi|madras|chennai|kanpur|kharagpur|roorkee|guwahati|hyderabad)\\b)",
    "Indian Institute of Technology"
  ),
  term("universit[àa]|atenei|ateneo", "universities"),
  term("ricerca\\s+scientifica", "scientific research"),
  term("ricerca|ricercatori", "research"),
  term("scientific[oa]|scientifici|scientifiche|scienziat[oi]", "scientific"),
  // "Con la formazione di un comitato direttivo e di gruppi di lavoro": a body set up, not training.
  term(
    "(?:la\\s+)?(?:formazione|costituzione|creazione|istituzione)\\s+(?:di|del|della|dei|delle)" +
      "(?=\\s+(?:un|una|nuov|comitat|grupp|commission|task))",
    "the formation of"
  ),
  // "La formazione che guida il governo", "formazione politica": a party, not training.
  term("formazione\\s+(?:politica|di\\s+(?:governo|maggioranza|opposizione)|che\\s+guida)", "party"),
  // "Su istruzione del ministro": on a minister's instructions, no schooling.
  term("su\\s+istruzion[ei]\\s+(?:del|della|dei|di)|secondo\\s+le\\s+istruzioni\\s+(?:del|della|di)", (text) =>
    /^su/i.test(text) ? "on the instructions of" : "following the instructions of"
  ),
  term("simposio|simposi", "symposium"),
  // A "convegno" is a conference of speakers: for trade when a trade body or buyers are there, like a symposium.
  term("convegn[oi]", (text) => (/i$/i.test(text) ? "symposia" : "symposium")),
  // "FdI" is Fratelli d'Italia, a party, not FDI (foreign direct investment; Italian writes "Ide" for that).
  term("fdi|fratelli\\s+d['’]italia", "Brothers of Italy party"),
  // "Il libro d'onore" is a guestbook, signed by visitors (no agreement).
  term(
    "(?:il\\s+)?(?:libro\\s+d['’]\\s*onore|libr[oi]\\s+degli\\s+ospiti|registro\\s+degli\\s+ospiti|" +
      "libro\\s+delle\\s+visite)",
    "the guestbook"
  ),
  term("istruzione|formazione", "education"),
  term("borse\\s+di\\s+studio", "scholarships"),
  term("cultural[ei]", "cultural"),
  term("cultura", "culture"),
  term("turismo|turistic[oa]", "tourism"),
  // People on holiday, not the industry: "due turisti italiani rapiti" are two Italian tourists.
  term("turist[ia]", "tourists"),
  term("patrimonio", "heritage"),
  term("comunità\\s+indiana|diaspora", "diaspora"),
  // A person's health (leave "per motivi di salute") is no health cooperation.
  term("(?:per\\s+)?(?:motivi|ragioni|condizioni|problemi)\\s+di\\s+salute|stato\\s+di\\s+salute", "illness"),
  term("salute|sanità|sanitari[oa]?", "health"),
  term("infermier[ie]", "nurses"),
  term("medici", "doctors"),
  // Recruiting nurses or workers in the other country is labour mobility between the two.
  term("reclutamento|reclutare|reclutat[oaie]", "recruitment of skilled workers"),
  term("farmaceutic[oa]|farmaceutici|farmaceutiche|farmaci", "pharmaceuticals"),
  term("agricoltura|agricol[oa]|agricoli|agricole", "agriculture"),
  term("agroalimentare|agro-alimentare|agri-?food", "agri-food"),
  term("agro-?industria(?:le|li)?|agroindustria(?:le|li)?", "agri-food industry"),
  term("alimentar[ei]|trasformazione\\s+dei\\s+prodotti\\s+alimentari", "food processing"),
  term("vin[oi]", (text) => (/i$/i.test(text) ? "wines" : "wine")),
  term("caff[eèé]", "coffee"),
  term("cioccolat[oi]|dolciari[oa]", "confectionery"),
  term("ortofrutta|ortofrutticol[oi]", "fruits and vegetables"),
  term("spezie", "spices"),
  term("nutrizione", "nutrition"),
  term("automobilistic[oa]|automotive|autoveicoli", "automotive"),
  term("manifattur(?:a|iero|iera|ieri|iere)", "manufacturing"),
  term("macchine\\s+utensili", "machine tools"),
  term("componentistica(?:\\s+(?:auto|automotive|per\\s+l['’]auto(?:motive)?))?", "auto components"),
  term("macchinari|meccanica", "machinery"),
  // "Metalmeccanici" are the engineering industry's workers (their unions speak for car and truck plants).
  term("metalmeccanic[oa]|metalmeccanici|metalmeccaniche", "manufacturing workers"),
  // "Auto" alone is a car in Italian; vans, trucks, tractors and SUVs are vehicles.
  term(
    "auto|automobil[ei]|autovetture|vetture|veicol[oi](?:\\s+(?:commercial[ei]|industrial[ei]|elettric[oi]))?|" +
      "suv|camion|trattori",
    "vehicles"
  ),
  term("siderurgic[oa]|siderurgici|siderurgiche|acciaieri[ae]|acciaio", "steel"),
  term("petrolchimic[oa]|petrolchimici|petrolchimiche|raffineri[ae]|petrolio\\s+e\\s+gas", "oil and gas"),
  term("gas\\s+naturale", "natural gas"),
  // Oil: "ministro del petrolio", "esplorazione petrolifera", "idrocarburi".
  term("petrolio|greggio|petrolifer[oaie]|idrocarburi", "oil"),
  term("start-?up", "start-ups"),
  term("innovazione|innovativ[oa]", "innovation"),
  term("caso\\s+giudiziario|vicenda\\s+giudiziaria|battaglia\\s+legale|contenzioso", "legal dispute"),
  term("cooperazione\\s+giudiziaria", "judicial cooperation"),
  term("giustizia|giudiziari[oa]", "justice"),
  // Italian puts the side after the noun ("le aziende italiane attive in India"): the gloss puts it before,
  // where the English rules read "Italian companies operating in".
  term("(?:impres[ae]|aziend[ae]|societ[àa])\\s+(?:italian[ae]|indian[ae])", (text) => `${sideOf(text)}companies`),
  term(
    "(?:attiv[ei]|present[ei]|operant[ei]|insediat[ei])\\s+(?:in|nel|nella|nell['’]|sul\\s+territorio)(?=[\\s'’])",
    "operating in"
  ),
  term("impres[ae]|aziend[ae]|societ[àa]", "companies"),
  // "Imprenditori" are business people at large, not start-up founders.
  term("comunità\\s+(?:imprenditoriale|d['’]affari|economica|degli\\s+affari)", "business community"),
  term("imprenditori|imprenditoriale|imprenditoriali", "business people"),
  // The adjective follows its noun: "cooperazione industriale" is the English "industrial cooperation", which the
  // sector lexicon reads, where a word-for-word "cooperation industry" names no sector.
  term("(?:cooperazione|collaborazione)\\s+industriale", "industrial cooperation"),
  term("partenariat[oi]\\s+industrial[ei]", "industrial partnership"),
  term("industria|industriale|industriali", "industry"),
  term("cooperazione|collaborazione", "cooperation")
]

// ── Places the English lists know by another name ───────────────────────────────────
// An old city name inside an institution's name ("IIT Madras", "Istituto di Tecnologia di Madras", "Università di
// Calcutta", "Bombay High Court").
const NOT_AFTER_INSTITUTION =
  String.raw`(?<!(?:IIT|universit[àa]\s+(?:degli\s+studi\s+)?di|university\s+of|` + String.raw`tecnologia(?:\s+di)?)\s)`
const NOT_BEFORE_INSTITUTION = String.raw`(?!\s+(?:university|universit[àa]|high\s+court|stock\s+exchange))`

const places: ReadonlyArray<PackEntry> = [
  // Regional and city demonyms stand for their place: "le imprese emiliano-romagnole" are
  // Emilia-Romagna's firms, a sub-national actor on Italy's side.
  term("emilian[oaie]-romagnol[oaie]|emilian[oaie]", "Emilia-Romagna"),
  term("lombard[oaie]|lombardi", "Lombardy"),
  term("venet[oaie]", "Veneto"),
  term("piemontes[ei]", "Piedmont"),
  term("toscan[oaie]", "Tuscany"),
  term("pugliesi|pugliese", "Apulia"),
  term("sicilian[oaie]", "Sicily"),
  term("ligur[ei]", "Liguria"),
  term("friulan[oaie]", "Friuli"),
  term("marchigian[oaie]", "Le Marche"),
  // The region by name: "Marche" alone is also brands ("le marche italiane") and French ("En Marche").
  term("regione\\s+marche", "Le Marche region"),
  term("abruzzes[ei]", "Abruzzo"),
  term("calabres[ei]", "Calabria"),
  term("milanes[ei]", "Milan"),
  term("napoletan[oaie]", "Naples"),
  term("torines[ei]", "Turin"),
  term("genoves[ei]", "Genoa"),
  term("venezian[oaie]", "Venice"),
  term("triestin[oaie]", "Trieste"),
  term("bolognes[ei]", "Bologna"),
  // "dell'Aja", "all'Aja": the article's gloss would leave "Aja" unread.
  term("(?:l|dell|all|dall)['’]\\s?aja|aia", (text) => {
    const preposition = /^(dell|all|dall)/i.exec(text)?.[1]?.toLowerCase()
    const english =
      preposition === "dell" ? "of " : preposition === "all" ? "to " : preposition === "dall" ? "from " : ""
    return `${english}The Hague`
  }),
  term("nuova\\s+delhi", "New Delhi"),
  // Italian names and common press spellings of Indian places.
  term("nuova\\s+dehli|new\\s+dehli", "New Delhi"),
  term("bengala\\s+occidentale", "West Bengal"),
  term("bengala", "Bengal"),
  term("rajastan", "Rajasthan"),
  term("benares", "Varanasi"),
  term("mumbay", "Mumbai"),
  // The cities' old names, except where they are part of an institution's name ("IIT Madras", "Università di
  // Calcutta", "Bombay High Court"), which the dictionary knows as written.
  ...(
    [
      ["bombay", "Mumbai"],
      ["calcutta", "Kolkata"],
      ["madras", "Chennai"]
    ] as const
  ).map(([old, today]) => term(`${NOT_AFTER_INSTITUTION}${old}${NOT_BEFORE_INSTITUTION}`, today))
]

// ── Countries and demonyms ──────────────────────────────────────────────────────────
const countries: ReadonlyArray<PackEntry> = [
  // Written for Italians, the Italian press calls Italy "our country" and Italians "our compatriots".
  term("(?:il\\s+)?nostro\\s+paese|(?:il\\s+)?bel\\s+paese", "Italy"),
  term("(?:i\\s+)?nostri\\s+connazionali|(?:i\\s+)?connazionali", "Italians"),
  term("(?:il\\s+)?nostro\\s+governo", "the Italian government"),
  term("nostr[oaie]", "Italian"),
  // Someone's Italian origin or birth: domestic politics, not relations between the two.
  term("(?:(?:di|d['’])\\s*)?origin[ei]\\s+italian[ae]", "Italian origin"),
  // "Figlio di madre italiana", "a trovare la nonna": a family link to the other side, not a tie between states.
  term("di\\s+madre\\s+italiana", "of Italian descent"),
  term("(?:la\\s+)?nonna(?:\\s+materna)?", "his grandmother"),
  term("(?:(?:di|d['’])\\s*)?origin[ei]\\s+indian[ae]", "Indian origin"),
  term("nat[oa]\\s+in\\s+italia", "born in Italy"),
  term("italia", "Italy"),
  term("italiani", "Italians"),
  // A company or group called by its province or city ("la bresciana Metalfer passa al gruppo indiano Sona", "il
  // gruppo torinese"): an Italian one. After an article or a group's noun only, so a city's own people stay unread.
  term(`(?<=\\b(?:la|il|lo|l['’]|gruppo|azienda|società|impresa)\\s{0,2})(?:${ITALIAN_PLACE_ADJECTIVES})`, "Italian"),
  term("italian[oae]", "Italian"),
  term("italo", "Italo"),
  term("india", "India"),
  term("indiani", "Indians"),
  term("indian[oae]", "Indian"),
  term("indo", "Indo"),
  term("francia", "France"),
  term("frances[ei]", "French"),
  term("germania", "Germany"),
  term("tedesc(?:[oa]|hi|he)", "German"),
  term("cina", "China"),
  term("cines[ei]", "Chinese"),
  term("giappone", "Japan"),
  term("giappones[ei]", "Japanese"),
  // Not "usa": also "uses".
  term("stati\\s+uniti(?:\\s+d['’]america)?", "United States"),
  term("american[oaie]|statunitens[ei]", "American"),
  term("regno\\s+unito|gran\\s+bretagna", "United Kingdom"),
  term("britannic[oa]|britannici|britanniche|ingles[ei]", "British"),
  term("russia", "Russia"),
  term("russ[oaie]", "Russian"),
  term("brasile", "Brazil"),
  term("brasilian[oaie]", "Brazilian"),
  term("sudafrica", "South Africa"),
  term("spagna", "Spain"),
  term("spagnol[oaie]", "Spanish"),
  term("pakistan", "Pakistan"),
  term("pakistan[oaie]", "Pakistani"),
  term("arabia\\s+saudita", "Saudi Arabia"),
  term("saudit[ae]|sauditi", "Saudi"),
  term("emirati\\s+arabi\\s+uniti|emirati", "United Arab Emirates"),
  term("israele", "Israel"),
  term("israelian[oaie]", "Israeli"),
  term("iran", "Iran"),
  term("iranian[oaie]", "Iranian"),
  term("turchia", "Turkey"),
  term("turc(?:[oa]|hi|he)", "Turkish"),
  term("messico", "Mexico"),
  term("corea\\s+del\\s+sud|corea", "South Korea"),
  term("egitto", "Egypt"),
  term("ucraina", "Ukraine"),
  term("ucrain[oaie]", "Ukrainian"),
  term("grecia", "Greece"),
  term("paesi\\s+bassi|olanda", "Netherlands"),
  term("polonia", "Poland"),
  term("belgio", "Belgium"),
  term("portogallo", "Portugal"),
  term("svizzera", "Switzerland"),
  term("svezia", "Sweden"),
  term("norvegia", "Norway"),
  term("danimarca", "Denmark"),
  term("finlandia", "Finland"),
  term("irlanda", "Ireland"),
  term("nuova\\s+zelanda", "New Zealand"),
  term("cipro", "Cyprus"),
  term("libia", "Libya"),
  term("marocco", "Morocco"),
  term("tunisia", "Tunisia"),
  term("sri\\s+lanka", "Sri Lanka"),
  term("bangladesh", "Bangladesh"),
  term("afghanistan", "Afghanistan"),
  // "L'accordo di libero scambio tra Ue e India": the EU's deal, in the words the relevance rules know.
  term(
    "(?:tra|fra)\\s+(?:l['’]\\s*)?(?:ue|unione\\s+europea)\\s+ed?\\s+(?:l['’]\\s*)?india",
    "between the European Union and India"
  ),
  // The pair joined by "e" as headlines write it ("Accordo di libero scambio Ue e India"): the bloc's pair. (Not "tra
  // l'India e l'Ue", which an envoy's remark on trade names as its context.)
  term("(?<!\\b(?:tra|fra)\\s)(?:ue|unione\\s+europea)\\s+ed?\\s+(?:l['’]\\s*)?india", "EU-India"),
  term("unione\\s+europea|ue", "European Union"),
  // The Holy See is a country of its own (countries.ts): a papal audience in Rome is not India–Italy business.
  term("santa\\s+sede", "Holy See"),
  term("vaticano", "Vatican"),
  term("papa|pontefice", "Pope")
]

// ── Sport and lifestyle: what makes a report about the two countries not a bilateral one ──
const quarterOrdinals: Record<string, string> = { primo: "first", secondo: "second", terzo: "third", quarto: "fourth" }

const context: ReadonlyArray<PackEntry> = [
  // "È partita per Mumbai", "sono partiti ieri": the participle of "partire" is a departure, not a match.
  term("(?:è|e['’]|sono|era|erano|sarà|saranno)\\s+partit[oaie]", (text) =>
    /sar/i.test(text) ? "will leave" : "left"
  ),
  term("partit[ae]|incontro\\s+di\\s+(?:calcio|cricket|hockey)", "match"),
  term("calcio", "football"),
  term("pallavolo", "volleyball"),
  term("torneo|tornei", "tournament"),
  term("campionat[oi]", "championship"),
  // "i Mondiali" of a sport; "mondiale" alone is "world" ("i leader mondiali" are world leaders).
  term(
    "(?:campionat[oi]\\s+)?mondial[ei]\\s+di\\s+(?:calcio|cricket|hockey|pallavolo|scacchi|atletica)|" +
      "coppa\\s+del\\s+mondo",
    "world cup"
  ),
  term("mondial[ei]", "world"),
  term("olimpiad[ei]", "olympics"),
  term("scacchi", "chess"),
  term("gol", "goals"),
  term("allenatore|ct", "coach"),
  term("medagli[ae]", "medal"),
  term("atlet[ie]|atleta", "athletes"),
  // "nazionale" alone is "national" (inno nazionale, sicurezza nazionale): only the team is sport.
  // A team of a profession ("una squadra di archeologi", "di medici") is a working team, not a sports side.
  term(
    "squadra(?=\\s+di\\s+(?:archeolog|medic|ricercator|tecnic|ingegner|restaurator|esperti|volontari|soccorritori))",
    "team"
  ),
  term("(?:la\\s+)?nazionale\\s+(?:azzurra|italiana|indiana|di\\s+(?:calcio|cricket|hockey))|azzurri|squadra", "squad"),
  term("gran\\s+premio", "grand prix league"),
  // A company's results. "Utile" alone is also "useful", "bilancio" also an assessment ("il bilancio della visita").
  term("fatturato", "turnover"),
  term("ricavi", "revenue"),
  term("(?:un\\s+)?utile\\s+(?:netto|operativo|di)|in\\s+utile", "net profit"),
  term(
    "(?:primo|secondo|terzo|quarto)\\s+trimestre",
    (text) => `${quarterOrdinals[text.split(/\s/, 1)[0]!.toLowerCase()]} quarter`
  ),
  term("risultati\\s+(?:trimestrali|semestrali|annuali|finanziari)", "quarterly results"),
  term("ristorant[ei]", "restaurant"),
  term("cucina", "cuisine"),
  term("chef|cuoc[oa]|cuochi", "chef"),
  term("piatt[oi]", "dishes"),
  term("matrimoni[oa]?|nozze", "wedding"),
  term("celebrit[àa]|vip", "celebrity"),
  // "Settimana della moda" is a fashion week; "la moda" alone is the fashion trade ("la collaborazione nel settore
  // della moda" between two countries), and "una sfilata" a fashion show.
  term("settimana\\s+della\\s+moda", "fashion week"),
  term("sfilat[ae]", "fashion show"),
  term("moda", "fashion"),
  // Medicines and pharmacies are health ("il made in Italy del farmaco"), never farming.
  term("farmac(?:o|ia|ie|ista|isti)", (text) => (/^farmaci[ae]/i.test(text) ? "pharmacy" : "medicine")),
  term("ospedal[ei]", (text) => (/i$/i.test(text) ? "hospitals" : "hospital")),
  term("concentratori\\s+di\\s+ossigeno", "oxygen concentrators"),
  term("ossigeno", "oxygen"),
  term("ventilatori(?:\\s+polmonari)?", "ventilators"),
  term("aiuti\\s+umanitari|aiuto\\s+umanitario", "humanitarian aid"),
  // "Un nuovo carico di aiuti": aid sent; the singular "aiuto" is any help ("con l'aiuto di").
  term("aiuti", "aid"),
  // "Medici" is glossed with the sectors above; the singular here.
  term("medico(?=\\s|[.,;])", "doctor"),
  term("vaccin[oi]", "vaccines"),
  term("pandemia|coronavirus", "pandemic"),
  term("simposi[oi]", "symposium"),
  term("attore|attrice", "actor"),
  term("film|pellicola", "film"),
  term("riprese|set", "shooting"),
  term("vacanz[ae]", "holiday"),
  // A country's national day, before "festa" alone: "la Festa della Repubblica", "l'anniversario dell'Indipendenza".
  term(
    "festa\\s+della\\s+repubblica|festa\\s+nazionale|giornata\\s+nazionale|" +
      "(?:anniversario|festa|giorno)\\s+dell['’]indipendenza",
    "national day"
  ),
  term("festa|feste|festeggiament[io]|celebrazion[ei]", "celebrations"),
  term("ricevimento|cerimonia\\s+dell['’]alzabandiera|alzabandiera", "reception"),
  // Any other ceremony of a mission ("la cerimonia ospitata nella sede diplomatica" for a national day).
  term("cerimonia", "ceremony"),
  term("cerimonie", "ceremonies"),
  term("ospiti|invitati", "guests"),
  term("miliardari[oa]?", "billionaires")
]

// ── Grammar: Italian words the English rules would misread, and the elided article ──────
const grammar: ReadonlyArray<PackEntry> = [
  // "ai" is "to the" ("ai ministri"): the rules read it as artificial intelligence.
  term("ai", "to the"),
  // The elided article glossed keeps a space before the next word ("la firma dell’accordo" → "the
  // signing of the agreement"), where the rules read "signed the agreement", "the two sides".
  // Not the article of a name the dictionary knows with it ("L'Aquila", the G8's venue; "L'Orientale").
  term("l['’](?!(?:aquila|orientale)\\b)", "the "),
  term("dell['’]", "of the "),
  term("all['’]", "to the "),
  term("dall['’]", "from the "),
  term("nell['’]", "in the "),
  term("sull['’]", "on the "),
  term("un['’]", "a "),
  // Possessives before what a company or office does ("ha inaugurato il suo nuovo stabilimento", "un proprio ufficio").
  term("(?:il|la)\\s+su[ao]|i\\s+suoi|le\\s+sue", "its"),
  term("(?:un|una|il|la)\\s+propri[oa]|i\\s+propri|le\\s+proprie", "its own"),
  term("uffici", "offices"),
  term("ufficio", "office"),
  // Examples after a comma ("nuove iniziative, come l'Aerospace Roadshow"), "tra cui" and "settori quali": the rules
  // weigh what a list names as areas, not as what happened.
  term("(?<=,\\s{0,3})come(?=\\s+(?:il|lo|la|i|gli|le|l['’]))", "such as"),
  term("(?:tra|fra)\\s+cui", "including"),
  // "un nuovo ufficio", "la nuova sede": the article and adjective in the words the rules read.
  term("(?:un|il)\\s+nuovo|(?:una|la)\\s+nuova|(?:i|gli)\\s+nuovi|le\\s+nuove", (text) =>
    /^(?:un|una)\s/i.test(text) ? "a new" : "the new"
  ),
  term("recentemente|di\\s+recente", "recently"),
  // "Dopo la visita dei parlamentari": after, the word the rules read a setting by.
  term("dopo", "after"),
  term("(?:settori|ambiti|campi|aree)\\s+quali", "areas such as")
]

/** Short, frequent function words (at most five letters) that decide a report is Italian. */
const italianDetectionWords = [
  "il",
  "lo",
  "la",
  "gli",
  "di",
  "del",
  "della",
  "dei",
  "delle",
  "che",
  "è",
  "per",
  "con",
  "una",
  "nel",
  "nella",
  "sono",
  "alla",
  "al",
  "dal",
  "ha",
  "hanno",
  "tra",
  "degli",
  "anche",
  "più"
]

export const italian: LanguagePack = {
  code: "it",
  francCode: "ita",
  name: "Italian",
  detectionWords: italianDetectionWords,
  stopWords: [...italianDetectionWords, "le", "questo", "come", "ed"],
  // Written for Italians: the Italian side goes without saying in a headline about India.
  impliedSide: "IT",
  entries: { amounts, dates, offices, institutions, status, events, sectors, places, countries, context, grammar }
}
