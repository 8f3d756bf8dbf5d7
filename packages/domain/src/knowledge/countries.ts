/**
 * Country names and adjectives, for two jobs: finding the Indian and Italian sides of a report,
 * and counting third countries, so a roll-call of many nations (a G20 communiqué, a list of
 * summit attendees) is not mistaken for a bilateral report. Matched case-sensitively as words.
 */
export interface CountryEntry {
  /** "IN", "IT", or the name of another country. */
  readonly id: string
  readonly names: ReadonlyArray<string>
}

export const indiaNames: ReadonlyArray<string> = ["India", "Indian", "Indians", "Bharat", "Indo"]
export const italyNames: ReadonlyArray<string> = ["Italy", "Italian", "Italians", "Italia", "Italo"]

export const otherCountries: ReadonlyArray<CountryEntry> = [
  { id: "France", names: ["France", "French"] },
  { id: "Germany", names: ["Germany", "German"] },
  { id: "China", names: ["China", "Chinese"] },
  { id: "Japan", names: ["Japan", "Japanese"] },
  { id: "United States", names: ["United States", "US", "U.S.", "USA", "America", "American"] },
  { id: "United Kingdom", names: ["United Kingdom", "UK", "Britain", "British"] },
  { id: "Russia", names: ["Russia", "Russian"] },
  { id: "Brazil", names: ["Brazil", "Brazilian"] },
  { id: "South Africa", names: ["South Africa", "South African"] },
  { id: "Canada", names: ["Canada", "Canadian"] },
  { id: "Australia", names: ["Australia", "Australian"] },
  { id: "Spain", names: ["Spain", "Spanish"] },
  { id: "Pakistan", names: ["Pakistan", "Pakistani"] },
  { id: "Bangladesh", names: ["Bangladesh", "Bangladeshi"] },
  { id: "Sri Lanka", names: ["Sri Lanka", "Sri Lankan"] },
  { id: "Nepal", names: ["Nepal", "Nepalese"] },
  { id: "Indonesia", names: ["Indonesia", "Indonesian"] },
  { id: "Saudi Arabia", names: ["Saudi Arabia", "Saudi"] },
  { id: "United Arab Emirates", names: ["United Arab Emirates", "UAE", "Emirati"] },
  { id: "Israel", names: ["Israel", "Israeli"] },
  { id: "Iran", names: ["Iran", "Iranian"] },
  { id: "Turkey", names: ["Turkey", "Türkiye", "Turkish"] },
  { id: "Argentina", names: ["Argentina", "Argentine", "Argentinian"] },
  { id: "Mexico", names: ["Mexico", "Mexican"] },
  { id: "South Korea", names: ["South Korea", "Korea", "Korean"] },
  { id: "Egypt", names: ["Egypt", "Egyptian"] },
  { id: "Ukraine", names: ["Ukraine", "Ukrainian"] },
  { id: "Greece", names: ["Greece", "Greek"] },
  { id: "Netherlands", names: ["Netherlands", "Dutch"] },
  { id: "Poland", names: ["Poland", "Polish"] },
  { id: "Belgium", names: ["Belgium", "Belgian"] },
  { id: "Portugal", names: ["Portugal", "Portuguese"] },
  { id: "Switzerland", names: ["Switzerland", "Swiss"] },
  { id: "Sweden", names: ["Sweden", "Swedish"] },
  { id: "Norway", names: ["Norway", "Norwegian"] },
  { id: "Denmark", names: ["Denmark", "Danish"] },
  { id: "Finland", names: ["Finland", "Finnish"] },
  { id: "Austria", names: ["Austria", "Austrian"] },
  { id: "Ireland", names: ["Ireland", "Irish"] },
  { id: "Singapore", names: ["Singapore", "Singaporean"] },
  { id: "Vietnam", names: ["Vietnam", "Vietnamese"] },
  { id: "Thailand", names: ["Thailand", "Thai"] },
  { id: "Malaysia", names: ["Malaysia", "Malaysian"] },
  { id: "Philippines", names: ["Philippines", "Filipino"] },
  { id: "Nigeria", names: ["Nigeria", "Nigerian"] },
  { id: "Kenya", names: ["Kenya", "Kenyan"] },
  { id: "Ethiopia", names: ["Ethiopia", "Ethiopian"] },
  { id: "Qatar", names: ["Qatar", "Qatari"] },
  { id: "Oman", names: ["Oman", "Omani"] },
  { id: "Afghanistan", names: ["Afghanistan", "Afghan"] },
  { id: "Myanmar", names: ["Myanmar"] },
  { id: "Maldives", names: ["Maldives", "Maldivian"] },
  { id: "New Zealand", names: ["New Zealand"] },
  { id: "Chile", names: ["Chile", "Chilean"] },
  { id: "Albania", names: ["Albania", "Albanian"] },
  { id: "Tunisia", names: ["Tunisia", "Tunisian"] },
  { id: "Libya", names: ["Libya", "Libyan"] },
  { id: "Morocco", names: ["Morocco", "Moroccan"] },
  { id: "Cyprus", names: ["Cyprus", "Cypriot"] },
  { id: "European Union", names: ["European Union", "EU"] }
]
