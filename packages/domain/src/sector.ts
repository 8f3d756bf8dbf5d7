import { Schema } from "effect"

/**
 * Sector ids are part of the public contract (DESIGN.md): other apps and the evaluation
 * use them verbatim, so they never change spelling.
 */
export const sectorIds = [
  "trade",
  "investment",
  "defence",
  "security_counterterrorism",
  "space",
  "technology_ai",
  "semiconductors",
  "digital",
  "energy_climate",
  "critical_minerals",
  "maritime_ports",
  "connectivity_infrastructure",
  "migration_mobility",
  "education_research",
  "culture_tourism",
  "health",
  "agriculture_food",
  "automotive_manufacturing",
  "startups_innovation",
  "legal_justice"
] as const

export const SectorId = Schema.Literals(sectorIds)
export type SectorId = typeof SectorId.Type

export const SectorDefinition = Schema.Struct({
  id: SectorId,
  label: Schema.String,
  description: Schema.String
})
export type SectorDefinition = typeof SectorDefinition.Type

export const sectors: ReadonlyArray<SectorDefinition> = [
  {
    id: "trade",
    label: "Trade",
    description: "Bilateral trade volumes, targets, tariffs, market access, export promotion."
  },
  {
    id: "investment",
    label: "Investment",
    description: "Foreign direct investment, company entries and expansions, investment funds."
  },
  {
    id: "defence",
    label: "Defence",
    description: "Armed forces, defence industry, procurement, co-production, military exercises."
  },
  {
    id: "security_counterterrorism",
    label: "Security & counter-terrorism",
    description: "Counter-terrorism, terror financing, organised crime, intelligence and security dialogues."
  },
  { id: "space", label: "Space", description: "Space agencies (ISRO, ASI), satellites, launches, earth observation." },
  {
    id: "technology_ai",
    label: "Technology & AI",
    description: "Artificial intelligence, critical and emerging technologies, science and technology cooperation."
  },
  {
    id: "semiconductors",
    label: "Semiconductors",
    description: "Chips, fabs, chip design, semiconductor supply chains."
  },
  {
    id: "digital",
    label: "Digital, cyber & telecom",
    description: "Digital public infrastructure, cyber security, telecom, data."
  },
  {
    id: "energy_climate",
    label: "Energy & climate",
    description: "Renewables, green hydrogen, energy transition, climate finance, oil and gas."
  },
  {
    id: "critical_minerals",
    label: "Critical minerals",
    description: "Critical and rare-earth minerals, mining, mineral supply chains."
  },
  {
    id: "maritime_ports",
    label: "Maritime & ports",
    description: "Ports, shipping, shipbuilding, naval and maritime cooperation, Indo-Pacific and Mediterranean."
  },
  {
    id: "connectivity_infrastructure",
    label: "Connectivity & infrastructure",
    description: "IMEC, transport corridors, railways, roads, logistics, infrastructure."
  },
  {
    id: "migration_mobility",
    label: "Migration & mobility",
    description: "Migration and mobility agreements, visas, workers, students' mobility, irregular migration."
  },
  {
    id: "education_research",
    label: "Education & research",
    description: "Universities, scholarships, research cooperation, academic exchange."
  },
  {
    id: "culture_tourism",
    label: "Culture, tourism & people-to-people",
    description: "Culture, heritage, tourism, diaspora and people-to-people ties."
  },
  { id: "health", label: "Health", description: "Health, pharmaceuticals, medical devices, life sciences." },
  {
    id: "agriculture_food",
    label: "Agriculture & food",
    description: "Agriculture, food processing, agri-tech, food security."
  },
  {
    id: "automotive_manufacturing",
    label: "Automotive & manufacturing",
    description: "Automotive, machinery, advanced manufacturing, industrial cooperation."
  },
  {
    id: "startups_innovation",
    label: "Start-ups & innovation",
    description: "Start-ups, innovation, incubators, venture capital."
  },
  {
    id: "legal_justice",
    label: "Legal & justice",
    description: "Courts, extradition, mutual legal assistance, arbitration, legal disputes."
  }
]

export const sectorById: ReadonlyMap<SectorId, SectorDefinition> = new Map(sectors.map((sector) => [sector.id, sector]))

export const isSectorId = (value: string): value is SectorId => (sectorIds as ReadonlyArray<string>).includes(value)
