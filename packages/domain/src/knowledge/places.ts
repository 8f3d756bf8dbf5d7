import type { Country } from "../actor.ts"

/**
 * Places that show up in India–Italy reports, with their country: capitals and cities that stand
 * for a government ("New Delhi and Rome"), states and regions, industrial cities, ports, and summit
 * venues (G7, G20, COP, Raisina). `aliases` are matched case-sensitively as whole words. A capital can
 * stand for its side; a summit venue in a third country is "other" and never makes a report bilateral.
 *
 * A name that is also a common word or a place elsewhere is left out or written so it cannot be
 * mistaken: "Punjab" is also Pakistan's, "Marche" is in "En Marche", "Como" and "Latina" are words,
 * Augusta and Salem are American cities. The Vatican is not here: it is a country of its own
 * (countries.ts), and a papal audience in Rome is not India–Italy business.
 */
export interface PlaceEntry {
  readonly name: string
  readonly country: Country
  readonly aliases?: ReadonlyArray<string>
  /** A capital used as a metonym for the government ("New Delhi said…"). */
  readonly capital?: boolean
  /**
   * Countries or international organisations whose seat is inside this place. In a report that
   * names one of them the place stands for it, not for its own country ("pilgrims travelled to
   * Rome" in a story about the Holy See; a UN food agency's meeting "in Rome").
   */
  readonly alsoSeatOf?: ReadonlyArray<string>
}

const indianPlaces: ReadonlyArray<PlaceEntry> = [
  { name: "New Delhi", country: "IN", capital: true },
  // "Delhi" alone is the city (and the union territory); still on the Indian side.
  { name: "Delhi", country: "IN" },
  // States, with their capitals and the cities Italian firms and delegations go to.
  { name: "Andhra Pradesh", country: "IN" },
  { name: "Amaravati", country: "IN" },
  { name: "Visakhapatnam", country: "IN", aliases: ["Vizag"] },
  { name: "Vijayawada", country: "IN" },
  { name: "Arunachal Pradesh", country: "IN" },
  { name: "Assam", country: "IN" },
  { name: "Guwahati", country: "IN" },
  { name: "Bihar", country: "IN" },
  { name: "Patna", country: "IN" },
  { name: "Chhattisgarh", country: "IN" },
  { name: "Raipur", country: "IN" },
  { name: "Goa", country: "IN" },
  { name: "Panaji", country: "IN", aliases: ["Panjim"] },
  { name: "Gujarat", country: "IN" },
  { name: "Ahmedabad", country: "IN" },
  { name: "Gandhinagar", country: "IN" },
  // Car plants.
  { name: "Sanand", country: "IN" },
  // The semiconductor fab site.
  { name: "Dholera", country: "IN" },
  { name: "Surat", country: "IN" },
  { name: "Vadodara", country: "IN", aliases: ["Baroda"] },
  { name: "Rajkot", country: "IN" },
  { name: "Jamnagar", country: "IN" },
  { name: "Haryana", country: "IN" },
  { name: "Gurugram", country: "IN", aliases: ["Gurgaon"] },
  { name: "Faridabad", country: "IN" },
  { name: "Himachal Pradesh", country: "IN" },
  { name: "Shimla", country: "IN", aliases: ["Simla"] },
  { name: "Jharkhand", country: "IN" },
  { name: "Ranchi", country: "IN" },
  { name: "Karnataka", country: "IN" },
  { name: "Bengaluru", country: "IN", aliases: ["Bangalore"] },
  { name: "Mysuru", country: "IN", aliases: ["Mysore"] },
  { name: "Mangaluru", country: "IN", aliases: ["Mangalore"] },
  { name: "Kerala", country: "IN" },
  { name: "Thiruvananthapuram", country: "IN", aliases: ["Trivandrum"] },
  { name: "Kochi", country: "IN", aliases: ["Cochin"] },
  { name: "Kozhikode", country: "IN", aliases: ["Calicut"] },
  // The court that first tried the Italian marines.
  { name: "Kollam", country: "IN", aliases: ["Quilon"] },
  { name: "Madhya Pradesh", country: "IN" },
  { name: "Bhopal", country: "IN" },
  { name: "Indore", country: "IN" },
  { name: "Maharashtra", country: "IN" },
  { name: "Mumbai", country: "IN", aliases: ["Bombay"] },
  { name: "Pune", country: "IN" },
  // The car and engineering belt outside Pune.
  { name: "Chakan", country: "IN" },
  // Industrial towns where Italian and Indian manufacturers have plants.
  { name: "Ranjangaon", country: "IN" },
  { name: "Baramati", country: "IN" },
  { name: "Aurangabad", country: "IN", aliases: ["Chhatrapati Sambhajinagar"] },
  { name: "Manesar", country: "IN" },
  // The ceramics cluster of Gujarat, the textile town of Maharashtra, an industrial city of Andhra Pradesh.
  { name: "Morbi", country: "IN", aliases: ["Morvi"] },
  { name: "Ichalkaranji", country: "IN" },
  { name: "Sri City", country: "IN" },
  { name: "Jamshedpur", country: "IN" },
  { name: "Dharwad", country: "IN" },
  { name: "Halol", country: "IN" },
  { name: "Neemrana", country: "IN" },
  { name: "Bhiwadi", country: "IN" },
  { name: "Hubballi", country: "IN", aliases: ["Hubli"] },
  { name: "Belagavi", country: "IN", aliases: ["Belgaum"] },
  { name: "Secunderabad", country: "IN" },
  { name: "Nagpur", country: "IN" },
  { name: "Nashik", country: "IN" },
  { name: "Thane", country: "IN" },
  { name: "Manipur", country: "IN" },
  { name: "Meghalaya", country: "IN" },
  { name: "Mizoram", country: "IN" },
  { name: "Nagaland", country: "IN" },
  { name: "Odisha", country: "IN", aliases: ["Orissa"] },
  { name: "Bhubaneswar", country: "IN" },
  { name: "Rajasthan", country: "IN" },
  { name: "Jaipur", country: "IN" },
  { name: "Sikkim", country: "IN" },
  { name: "Tamil Nadu", country: "IN" },
  { name: "Chennai", country: "IN", aliases: ["Madras"] },
  { name: "Coimbatore", country: "IN" },
  // Knitwear exporters, buyers of Italian textile machinery.
  { name: "Tiruppur", country: "IN", aliases: ["Tirupur"] },
  { name: "Madurai", country: "IN" },
  { name: "Hosur", country: "IN" },
  { name: "Sriperumbudur", country: "IN" },
  { name: "Telangana", country: "IN" },
  { name: "Hyderabad", country: "IN" },
  { name: "Tripura", country: "IN" },
  { name: "Uttar Pradesh", country: "IN" },
  { name: "Lucknow", country: "IN" },
  { name: "Noida", country: "IN" },
  { name: "Kanpur", country: "IN" },
  { name: "Agra", country: "IN" },
  { name: "Varanasi", country: "IN" },
  { name: "Prayagraj", country: "IN", aliases: ["Allahabad"] },
  { name: "Uttarakhand", country: "IN" },
  { name: "Dehradun", country: "IN" },
  // "Bengal" alone is also Bangladesh's side of it.
  { name: "West Bengal", country: "IN" },
  { name: "Kolkata", country: "IN", aliases: ["Calcutta"] },
  // Union territories ("Kashmir" alone is also Pakistan's side of the line of control).
  { name: "Jammu and Kashmir", country: "IN", aliases: ["Jammu & Kashmir"] },
  { name: "Srinagar", country: "IN" },
  { name: "Jammu", country: "IN" },
  { name: "Ladakh", country: "IN" },
  { name: "Chandigarh", country: "IN" },
  { name: "Amritsar", country: "IN" },
  { name: "Ludhiana", country: "IN" },
  { name: "Jalandhar", country: "IN" },
  { name: "Puducherry", country: "IN", aliases: ["Pondicherry"] },
  { name: "Lakshadweep", country: "IN" },
  // Not "Andaman" alone: the Andaman Sea also washes Myanmar and Thailand.
  { name: "Andaman and Nicobar Islands", country: "IN", aliases: ["Andaman and Nicobar", "Andaman Islands"] },
  // Ports.
  { name: "Mundra", country: "IN" },
  { name: "Kandla", country: "IN", aliases: ["Deendayal Port"] },
  { name: "Jawaharlal Nehru Port", country: "IN", aliases: ["JNPT", "Nhava Sheva"] },
  { name: "Pipavav", country: "IN" },
  { name: "Hazira", country: "IN" },
  { name: "Paradip", country: "IN" },
  { name: "Haldia", country: "IN" },
  { name: "Thoothukudi", country: "IN", aliases: ["Tuticorin"] },
  { name: "Kakinada", country: "IN" }
]

const italianPlaces: ReadonlyArray<PlaceEntry> = [
  {
    name: "Rome",
    country: "IT",
    capital: true,
    aliases: ["Roma"],
    alsoSeatOf: [
      "Holy See",
      "Food and Agriculture Organization",
      "World Food Programme",
      "International Fund for Agricultural Development"
    ]
  },
  // Regions, with their chief cities. "Marche" alone is also in French ("En Marche").
  { name: "Lombardy", country: "IT", aliases: ["Lombardia"] },
  { name: "Milan", country: "IT", aliases: ["Milano"] },
  { name: "Bergamo", country: "IT" },
  { name: "Brescia", country: "IT" },
  // Lake Como's villas and the Cernobbio forum; "Como" alone is a Spanish and Portuguese word.
  { name: "Lake Como", country: "IT", aliases: ["Lago di Como"] },
  { name: "Cernobbio", country: "IT" },
  { name: "Piedmont", country: "IT", aliases: ["Piemonte"] },
  { name: "Turin", country: "IT", aliases: ["Torino"] },
  // Wool mills.
  { name: "Biella", country: "IT" },
  { name: "Liguria", country: "IT" },
  { name: "Genoa", country: "IT", aliases: ["Genova"] },
  { name: "La Spezia", country: "IT" },
  { name: "Veneto", country: "IT" },
  { name: "Venice", country: "IT", aliases: ["Venezia"] },
  { name: "Verona", country: "IT" },
  { name: "Padua", country: "IT", aliases: ["Padova"] },
  { name: "Vicenza", country: "IT" },
  { name: "Treviso", country: "IT" },
  { name: "Friuli Venezia Giulia", country: "IT", aliases: ["Friuli-Venezia Giulia", "Friuli"] },
  { name: "Trieste", country: "IT" },
  { name: "Udine", country: "IT" },
  // Fincantieri's largest shipyard.
  { name: "Monfalcone", country: "IT" },
  { name: "Trentino-Alto Adige", country: "IT", aliases: ["Trentino", "Alto Adige", "South Tyrol"] },
  { name: "Trento", country: "IT" },
  { name: "Bolzano", country: "IT" },
  { name: "Aosta Valley", country: "IT", aliases: ["Valle d'Aosta"] },
  { name: "Emilia-Romagna", country: "IT", aliases: ["Emilia Romagna"] },
  { name: "Bologna", country: "IT" },
  { name: "Modena", country: "IT" },
  { name: "Parma", country: "IT" },
  { name: "Reggio Emilia", country: "IT" },
  { name: "Ravenna", country: "IT" },
  { name: "Tuscany", country: "IT", aliases: ["Toscana"] },
  { name: "Florence", country: "IT", aliases: ["Firenze"] },
  { name: "Pisa", country: "IT" },
  { name: "Livorno", country: "IT" },
  // Industrial towns and ports: steelworks, car and aircraft plants, a container port.
  { name: "Piombino", country: "IT" },
  { name: "Pomigliano d'Arco", country: "IT", aliases: ["Pomigliano"] },
  { name: "Melfi", country: "IT" },
  { name: "Cassino", country: "IT" },
  { name: "Mirafiori", country: "IT" },
  { name: "Termini Imerese", country: "IT" },
  { name: "Gioia Tauro", country: "IT" },
  // Textile mills.
  { name: "Prato", country: "IT" },
  { name: "Umbria", country: "IT" },
  { name: "Perugia", country: "IT" },
  { name: "Marche region", country: "IT", aliases: ["Le Marche"] },
  { name: "Ancona", country: "IT" },
  { name: "Lazio", country: "IT", aliases: ["Latium"] },
  { name: "Civitavecchia", country: "IT" },
  { name: "Fiumicino", country: "IT" },
  { name: "Pratica di Mare", country: "IT" },
  { name: "Abruzzo", country: "IT" },
  { name: "Pescara", country: "IT" },
  { name: "Molise", country: "IT" },
  { name: "Campania", country: "IT" },
  { name: "Naples", country: "IT", aliases: ["Napoli"] },
  { name: "Salerno", country: "IT" },
  { name: "Apulia", country: "IT", aliases: ["Puglia"] },
  { name: "Bari", country: "IT" },
  { name: "Taranto", country: "IT" },
  { name: "Brindisi", country: "IT" },
  { name: "Lecce", country: "IT" },
  // G7 2024 venue in Apulia.
  { name: "Borgo Egnazia", country: "IT" },
  { name: "Basilicata", country: "IT" },
  { name: "Calabria", country: "IT" },
  { name: "Gioia Tauro", country: "IT" },
  { name: "Sicily", country: "IT", aliases: ["Sicilia"] },
  { name: "Palermo", country: "IT" },
  { name: "Catania", country: "IT" },
  { name: "Messina", country: "IT" },
  { name: "Taormina", country: "IT" },
  { name: "Sigonella", country: "IT" },
  { name: "Sardinia", country: "IT", aliases: ["Sardegna"] },
  { name: "Cagliari", country: "IT" },
  // The air base where foreign air forces, the Indian among them, train with the Italian.
  { name: "Decimomannu", country: "IT" },
  // Airports.
  { name: "Malpensa", country: "IT" },
  // Provincial capitals and industrial towns, where Italian chambers, fairs and firms meet Indian delegations. Left
  // out: those that are also common words or surnames in Italian text ("Potenza", "Fermo", "Lodi", "Massa", "Enna").
  { name: "Aosta", country: "IT" },
  { name: "Alessandria", country: "IT" },
  { name: "Asti", country: "IT" },
  { name: "Cuneo", country: "IT" },
  { name: "Novara", country: "IT" },
  { name: "Vercelli", country: "IT" },
  { name: "Savona", country: "IT" },
  { name: "Imperia", country: "IT" },
  { name: "Varese", country: "IT" },
  { name: "Lecco", country: "IT" },
  { name: "Sondrio", country: "IT" },
  { name: "Cremona", country: "IT" },
  { name: "Mantua", country: "IT", aliases: ["Mantova"] },
  { name: "Pavia", country: "IT" },
  { name: "Piacenza", country: "IT" },
  { name: "Ferrara", country: "IT" },
  { name: "Forlì", country: "IT" },
  { name: "Cesena", country: "IT" },
  { name: "Rimini", country: "IT" },
  { name: "Rovigo", country: "IT" },
  { name: "Belluno", country: "IT" },
  { name: "Pordenone", country: "IT" },
  { name: "Gorizia", country: "IT" },
  { name: "Arezzo", country: "IT" },
  { name: "Siena", country: "IT" },
  { name: "Lucca", country: "IT" },
  { name: "Pistoia", country: "IT" },
  { name: "Grosseto", country: "IT" },
  { name: "Carrara", country: "IT" },
  { name: "Terni", country: "IT" },
  { name: "Viterbo", country: "IT" },
  { name: "Rieti", country: "IT" },
  { name: "Frosinone", country: "IT" },
  { name: "Pesaro", country: "IT" },
  { name: "Urbino", country: "IT" },
  { name: "Macerata", country: "IT" },
  { name: "Ascoli Piceno", country: "IT" },
  { name: "Teramo", country: "IT" },
  { name: "L'Aquila", country: "IT" },
  { name: "Chieti", country: "IT" },
  { name: "Campobasso", country: "IT" },
  { name: "Caserta", country: "IT" },
  { name: "Benevento", country: "IT" },
  { name: "Avellino", country: "IT" },
  { name: "Foggia", country: "IT" },
  { name: "Barletta", country: "IT" },
  { name: "Matera", country: "IT" },
  { name: "Cosenza", country: "IT" },
  { name: "Catanzaro", country: "IT" },
  { name: "Crotone", country: "IT" },
  { name: "Reggio Calabria", country: "IT" },
  { name: "Syracuse", country: "IT", aliases: ["Siracusa"] },
  { name: "Trapani", country: "IT" },
  { name: "Agrigento", country: "IT" },
  { name: "Ragusa", country: "IT" },
  { name: "Sassari", country: "IT" },
  { name: "Olbia", country: "IT" },
  { name: "Oristano", country: "IT" },
  { name: "Monza", country: "IT" },
  { name: "Faenza", country: "IT" },
  { name: "Sassuolo", country: "IT" },
  { name: "Vigevano", country: "IT" }
]

// Summit venues elsewhere (G20, G7, COP, UN, EU)
const summitVenues: ReadonlyArray<PlaceEntry> = [
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

export const placeEntries: ReadonlyArray<PlaceEntry> = [...indianPlaces, ...italianPlaces, ...summitVenues]
