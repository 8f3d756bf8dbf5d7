import type { Country } from "../actor.ts"

/**
 * Places that show up in India–Italy reports, with their country: capitals and cities that stand
 * for a government ("New Delhi and Rome"), port cities, and summit venues (G7, G20, COP, Raisina).
 * `aliases` are matched case-sensitively as whole words. A capital can stand for its side; a summit
 * venue in a third country is "other" and never makes a report bilateral.
 */
export interface PlaceEntry {
  readonly name: string
  readonly country: Country
  readonly aliases?: ReadonlyArray<string>
  /** A capital used as a metonym for the government ("New Delhi said…"). */
  readonly capital?: boolean
}

export const placeEntries: ReadonlyArray<PlaceEntry> = [
  // India
  { name: "New Delhi", country: "IN", capital: true },
  // "Delhi" alone is the city; still on the Indian side.
  { name: "Delhi", country: "IN" },
  { name: "Mumbai", country: "IN", aliases: ["Bombay"] },
  { name: "Bengaluru", country: "IN", aliases: ["Bangalore"] },
  { name: "Chennai", country: "IN" },
  { name: "Kolkata", country: "IN" },
  { name: "Hyderabad", country: "IN" },
  { name: "Ahmedabad", country: "IN" },
  { name: "Gandhinagar", country: "IN" },
  { name: "Pune", country: "IN" },
  { name: "Goa", country: "IN" },
  { name: "Kochi", country: "IN", aliases: ["Cochin"] },
  { name: "Visakhapatnam", country: "IN", aliases: ["Vizag"] },
  { name: "Mundra", country: "IN" },
  { name: "Kandla", country: "IN", aliases: ["Deendayal Port"] },
  { name: "Jawaharlal Nehru Port", country: "IN", aliases: ["JNPT", "Nhava Sheva"] },
  { name: "Varanasi", country: "IN" },
  { name: "Jaipur", country: "IN" },
  // Italy
  { name: "Rome", country: "IT", capital: true, aliases: ["Roma"] },
  { name: "Milan", country: "IT", aliases: ["Milano"] },
  { name: "Naples", country: "IT", aliases: ["Napoli"] },
  { name: "Turin", country: "IT", aliases: ["Torino"] },
  { name: "Florence", country: "IT", aliases: ["Firenze"] },
  { name: "Venice", country: "IT", aliases: ["Venezia"] },
  { name: "Bologna", country: "IT" },
  { name: "Genoa", country: "IT", aliases: ["Genova"] },
  { name: "Trieste", country: "IT" },
  { name: "Taranto", country: "IT" },
  { name: "La Spezia", country: "IT" },
  { name: "Gioia Tauro", country: "IT" },
  { name: "Palermo", country: "IT" },
  { name: "Bari", country: "IT" },
  // G7 2024 venue in Apulia.
  { name: "Borgo Egnazia", country: "IT", aliases: ["Apulia", "Puglia"] },
  { name: "Taormina", country: "IT" },
  // Summit venues elsewhere (G20, G7, COP, UN, EU)
  { name: "Johannesburg", country: "other" },
  { name: "Rio de Janeiro", country: "other" },
  { name: "Kananaskis", country: "other" },
  { name: "Hiroshima", country: "other" },
  { name: "Bali", country: "other" },
  { name: "Osaka", country: "other" },
  { name: "Dubai", country: "other" },
  { name: "Glasgow", country: "other" },
  { name: "Brussels", country: "other" },
  { name: "New York", country: "other" },
  { name: "Davos", country: "other" },
  { name: "Paris", country: "other" },
  { name: "Washington", country: "other" },
  { name: "Beijing", country: "other" },
  { name: "Tokyo", country: "other" }
]
