import type { PairProfile } from "./pair-profile.ts"

/**
 * The pair this product watches: India and Italy. This file says who the two are and how the
 * product speaks of them; its knowledge pack (india-italy-knowledge.ts) points at the dictionaries
 * in knowledge/.
 */
export const indiaItaly = {
  product: { name: "India–Italy Monitor", slug: "india-italy", userAgent: "IndiaItalyMonitor" },
  sides: [
    {
      code: "IN",
      name: { en: "India", it: "India" },
      adjective: { en: "Indian", it: "indiano" },
      demonym: { en: "Indians", it: "indiani" },
      alsoKnownAs: ["Bharat"],
      alsoGivenNames: ["Bharat"],
      combiningForm: "Indo",
      capital: { en: "New Delhi", it: "Nuova Delhi" },
      visitDestinations: ["New Delhi", "Delhi", "Mumbai"],
      headOfGovernment: { en: "Prime Minister", it: "Primo ministro" },
      // South Block houses the MEA and stands for Indian foreign policy in reports.
      foreignMinistry: { name: "Ministry of External Affairs", metonym: "South Block" },
      industrialCampaigns: ["Made in India", "Make in India"],
      officeTitles: [],
      // Indian warships' names are one word ("INS Trikand").
      shipPrefix: { prefix: "INS", maxNameWords: 1 },
      // "Italian contractor wins Rs 640-crore award": rupees put India in the sentence.
      ownCurrency: "INR",
      timeZone: "Asia/Kolkata",
      commonWords: ["india", "indian", "delhi", "new-delhi"]
    },
    {
      code: "IT",
      name: { en: "Italy", it: "Italia" },
      adjective: { en: "Italian", it: "italiano" },
      demonym: { en: "Italians", it: "italiani" },
      // English copy of Italian sources writes "Italia" too.
      alsoKnownAs: ["Italia"],
      combiningForm: "Italo",
      capital: { en: "Rome", it: "Roma" },
      visitDestinations: ["Rome", "Milan"],
      headOfGovernment: { en: "President of the Council of Ministers", it: "Presidente del Consiglio dei ministri" },
      foreignMinistry: { name: "Ministry of Foreign Affairs and International Cooperation", metonym: "Farnesina" },
      industrialCampaigns: [],
      // The Senate's President is not the head of state, and Italy's defence chief has this title.
      officeTitles: [
        { title: "President of the Italian Senate", level: "minister" },
        { title: "Chief of Italian Defence Forces", level: "official" }
      ],
      // Italian ones run to a few words ("ITS Paolo Thaon di Revel").
      shipPrefix: { prefix: "ITS", maxNameWords: 4 },
      timeZone: "Europe/Rome",
      commonWords: ["italy", "italian", "rome"]
    }
  ],
  enclaves: [
    {
      // A papal audience in Rome is not India–Italy business.
      name: "Holy See",
      within: "IT",
      names: [
        "Holy See",
        "Vatican",
        "Vatican City",
        "St Peter's Square",
        "St. Peter's Square",
        "St Peter’s Square",
        "St. Peter’s Square",
        "Apostolic Palace",
        // The Pope is the Holy See's sovereign: a meeting with him is with the Holy See, wherever it takes place.
        "Pope",
        "Pope Francis",
        "Pope Leo XIV",
        "Pope Leo",
        "Pope Benedict XVI",
        "pontiff",
        "Pontiff"
      ],
      placesTakeNoSide: true
    },
    { name: "San Marino", within: "IT", names: ["San Marino", "Sammarinese"], placesTakeNoSide: false }
  ],
  // Sonia Gandhi's Italian origins are an Indian political theme; Indian courts ask Italy for
  // extraditions (the AgustaWestland case), not the other way round.
  politics: {
    originSide: "IT",
    legalRequestsTo: "IT",
    blocTradeDeals: { bloc: ["EU", "European Union"], partnerSide: "IN" }
  },
  slack: { command: "/indiaitaly", helpExamples: { actor: "Fincantieri", keyword: "green hydrogen", place: "Goa" } }
} as const satisfies PairProfile
