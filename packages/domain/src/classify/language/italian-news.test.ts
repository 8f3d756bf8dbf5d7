import { describe, expect, it } from "vitest"
import { italian } from "../../knowledge/packs/it.ts"
import type { ClassifiedItem } from "../../event.ts"
import { classify } from "../classify.ts"
import { judgeRelevance } from "../relevance.ts"
import { standfirstOf } from "./classify-language.ts"
import { compilePack, glossText } from "./gloss.ts"

/** How Italian news is written, rule by rule, each with a short sentence written for the test. */
const pack = compilePack(italian)
const gloss = (text: string): string => glossText(pack, text).text
const report = (text: string, title = ""): ClassifiedItem =>
  classify({ id: "t", title, text, published: "2026-05-21", language: "it" })

describe("Italian grammar the English rules would misread", () => {
  it("'ai' is 'to the', not artificial intelligence", () => {
    expect(gloss("ai colleghi")).toBe("to the colleghi")
    const result = report(
      "Il ministro degli Esteri italiano ha presentato ai colleghi indiani a Nuova Delhi " + "un accordo sui porti."
    )
    expect(result.sectors).not.toContain("technology_ai")
  })
  it("the elided article becomes a word of its own", () => {
    expect(gloss("la firma dell'accordo")).toBe("the signing of the agreement")
    expect(gloss("l'accordo")).toBe("the agreement")
  })
  it("'mondiali' is 'world' unless a sport's championship is named", () => {
    expect(gloss("i leader mondiali")).toBe("i leaders world")
    expect(gloss("i mondiali di calcio")).toBe("i world cup")
  })
  it("an agreement 'prevede' what it provides for, not what is expected", () => {
    expect(gloss("L'accordo prevede borse di studio")).toBe("The agreement provides for scholarships")
    expect(gloss("si prevede")).toBe("is expected to")
  })
})

describe("Italian offices and institutions", () => {
  it("finds an acronym written as a name ('Jsw' for JSW), but not one that is a word", () => {
    const talks = report(
      "Il ministro Urso ha incontrato il presidente di Jsw per l'accordo sull'acciaieria di Piombino."
    )
    expect(talks.relevant).toBe(true)
    expect(talks.actors.map((actor) => actor.name)).toContain("JSW Steel")
    const word = classify({
      id: "t",
      title: "Indian Navy's Sail Training Ship visits Italy",
      text: "The training ship of the Indian Navy called at Naples, Italy.",
      published: "2026-05-21"
    })
    expect(word.actors.map((actor) => actor.name)).not.toContain("Steel Authority of India")
  })

  it("'il suo omologo' is the counterpart", () => {
    expect(gloss("il suo omologo indiano")).toBe("counterpart Indian")
  })
  it("the chambers of commerce, the cultural institute and the arbitral tribunal", () => {
    expect(gloss("la Camera di Commercio Indo-Italiana")).toBe("la Indo-Italian Chamber of Commerce and Industry")
    expect(gloss("la camera di commercio")).toBe("la chamber of commerce")
    expect(gloss("l'Istituto Italiano di Cultura")).toBe("the Italian Cultural Institute")
    expect(gloss("il tribunale arbitrale")).toBe("il arbitral tribunal")
  })
  it("a government's own meeting is a cabinet session, not a leaders' meeting", () => {
    const result = report(
      "Il governo indiano ha approvato nella riunione del consiglio dei ministri " +
        "l'accordo con l'Italia sulla mobilità."
    )
    expect(result.eventType).toBe("agreement_signed")
  })
})

describe("Italian event vocabulary", () => {
  it("approving an agreement, or giving it the 'via libera', concludes it", () => {
    expect(gloss("ha approvato")).toBe("approved")
    expect(gloss("hanno dato il via libera")).toBe("approved")
  })
  it("a 'piano di azione congiunto' is an action plan", () => {
    expect(gloss("il piano di azione congiunto")).toBe("il action plan")
  })
  it("agreements reached are concluded; a renewed one is signed again", () => {
    expect(gloss("raggiunti tre accordi")).toBe("concluded agreement")
    const result = report("I ministri della Difesa di Italia e India hanno rinnovato ieri l'accordo di cooperazione.")
    expect(result.eventTypes).toContain("agreement_signed")
  })
  it("'un accordo firmato tra' two parties, or 'firmato ieri', is the signing; 'firmato nel 2017', its past", () => {
    expect(gloss("un accordo firmato tra l'ateneo e l'ambasciata")).toBe(
      "un agreement was signed tra the universities e the ambasciata"
    )
    expect(gloss("l'accordo firmato nel 2017")).toBe("the agreement signed in 2017")
    const result = report(
      "L'università di Padova ha un accordo firmato ieri con l'ambasciata dell'India in Italia " +
        "per una cattedra di studi indiani."
    )
    expect(result.eventType).toBe("agreement_signed")
  })
  it("'per firmare' is to sign", () => {
    expect(gloss("per firmare il memorandum")).toBe("to sign il memorandum")
  })
  it("someone's Italian origin is domestic politics, not relations", () => {
    expect(gloss("la sua origine italiana")).toBe("its Italian origin")
    const result = report(
      "Il premier indiano ha attaccato la leader dell'opposizione per la sua origine italiana " +
        "durante un comizio in Kerala, parlando anche dell'Italia."
    )
    expect(result.relevant).toBe(false)
  })
  it("plural agreements and documents keep their number", () => {
    expect(gloss("accordi e documenti")).toBe("agreements e documents")
  })
  it("a ship's stay in port is a stopover", () => {
    expect(gloss("dopo una sosta di sei giorni la nave ha attraccato")).toBe(
      "after una stopover di sei giorni la ship docked"
    )
    const result = report(
      "La nave scuola della Marina Militare italiana ha attraccato a Mumbai, accolta dalla " + "Marina indiana."
    )
    expect(result.eventType).toBe("military_exercise")
  })
  it("a merchant ship that docks, or a corridor reaching a port, makes no port call", () => {
    expect(gloss("la petroliera e il mercantile")).toBe("la oil tanker e il merchant ship")
    const tanker = report(
      "La petroliera italiana Enrica Lexie è attraccata al porto di Kochi, dove la polizia indiana ha arrestato i due " +
        "fucilieri di Marina."
    )
    expect(tanker.eventTypes).not.toContain("military_exercise")
    const corridor = report(
      "Il corridoio tra India ed Europa collegherà Mumbai al Mediterraneo, approdando nel porto di Trieste."
    )
    expect(corridor.eventTypes).not.toContain("military_exercise")
  })
  it("a company passing to new owners is taken over; a plant inaugurated is investment news", () => {
    const takeover = report(
      "L'azienda torinese di design passa agli indiani di Mahindra: attesa la firma.",
      "Pininfarina passa agli indiani di Mahindra"
    )
    expect(takeover.eventType).toBe("trade_investment_figure")
    const plant = report(
      "Ferrero ha inaugurato un nuovo stabilimento in India, alla presenza " + "dell'ambasciatore d'Italia."
    )
    expect(plant.eventType).toBe("trade_investment_figure")
  })
  it("the trade volume written with 'interscambio'", () => {
    expect(gloss("il volume dell'interscambio")).toBe("il trade volume")
  })
})

describe("Italian sector vocabulary", () => {
  it("'sicurezza' of a railway or a ship's guards is safety, not the security sector", () => {
    expect(gloss("la sicurezza nel settore ferroviario")).toBe("la rail safety")
    const guards = report(
      "I militari italiani incaricati della sicurezza della petroliera sono stati fermati in " +
        "India dalla polizia del Kerala su ordine del tribunale."
    )
    expect(guards.sectors).not.toContain("security_counterterrorism")
    const security = report("Italia e India hanno firmato a Roma un accordo sulla sicurezza e la lotta al terrorismo.")
    expect(security.sectors).toContain("security_counterterrorism")
  })
  it("'imprenditori' are business people, not start-up founders", () => {
    const result = report(
      "Il ministro degli Esteri italiano ha incontrato a Mumbai gli imprenditori indiani " +
        "e italiani per parlare di commercio."
    )
    expect(result.sectors).not.toContain("startups_innovation")
    expect(result.sectors).toContain("trade")
  })
  it("manufacturing, machine tools, steel, oil and gas, scientific research", () => {
    expect(gloss("le imprese manifatturiere")).toBe("le companies manufacturing")
    expect(gloss("le macchine utensili")).toBe("le machine tools")
    expect(gloss("il polo siderurgico")).toBe("il polo steel")
    expect(gloss("un impianto petrolchimico")).toBe("un plant oil and gas")
    expect(gloss("la ricerca scientifica")).toBe("la scientific research")
  })
})

describe("Italian sector vocabulary of economic news", () => {
  it("'scambi universitari' are academic exchanges; economic ties and cooperation are trade", () => {
    expect(gloss("gli scambi universitari")).toBe("gli academic exchanges")
    expect(gloss("i rapporti economici")).toBe("i economic ties")
    expect(gloss("la cooperazione economica")).toBe("la economic cooperation")
    const result = report(
      "Il console d'Italia a Mumbai ha incontrato il governatore del Maharashtra per rafforzare le " +
        "relazioni economiche tra l'Italia e lo Stato indiano."
    )
    expect(result.sectors).toContain("trade")
  })
  it("a city's 'mobilità sostenibile' is transport, not migration", () => {
    expect(gloss("la mobilità sostenibile")).toBe("la sustainable transport infrastructure")
    const result = report(
      "Il sindaco di Torino ha incontrato il sindaco di Mumbai per un progetto comune sulla mobilità sostenibile " +
        "tra le due città, in Italia e in India."
    )
    expect(result.sectors).toContain("connectivity_infrastructure")
    expect(result.sectors).not.toContain("migration_mobility")
  })
  it("the agro-industry is agriculture; plants that produce, metalworkers and vehicles are manufacturing", () => {
    expect(gloss("il settore agro-industriale")).toBe("il settore agri-food industry")
    expect(gloss("gli stabilimenti produttivi")).toBe("gli plants for manufacturing")
    expect(gloss("i metalmeccanici")).toBe("i manufacturing workers")
    expect(gloss("trattori e suv")).toBe("vehicles e vehicles")
    const result = report(
      "Il gruppo indiano produttore di trattori ha rilevato un'azienda italiana: restano in Italia " +
        "i suoi tre stabilimenti produttivi, con l'impegno di investire nel Paese."
    )
    expect(result.sectors).toEqual(expect.arrayContaining(["automotive_manufacturing", "investment"]))
  })
})

describe("How Italian news words takeovers, flights, ships and remarks", () => {
  it("'la cessione di' a company to a buyer of the other side is a takeover", () => {
    expect(gloss("la cessione della società")).toBe("la takeover of companies")
    const result = report(
      "Il governo ha autorizzato la cessione di Brembo Sud alla multinazionale indiana " +
        "Mahindra, ha detto il ministro delle Imprese italiano."
    )
    expect(result.eventType).toBe("trade_investment_figure")
    expect(result.sectors).toContain("investment")
  })
  it("a remark 'a margine' of a press conference is no meeting; 'a margine del vertice' still is", () => {
    expect(gloss("a margine della conferenza stampa")).toBe("speaking at the conferenza stampa")
    expect(gloss("a margine del vertice")).toBe("on the sidelines of summit")
    const result = report(
      "«L'India è un partner essenziale per l'Italia», ha dichiarato il senatore Rossi, " +
        "a margine della presentazione di un libro sulle relazioni tra Italia e India."
    )
    expect(result.eventType).not.toBe("ministerial_dialogue")
  })
  it("a first flight or a new route between the two is a route launched", () => {
    expect(gloss("il primo volo")).toBe("inaugurated the flight")
    expect(gloss("la nuova rotta")).toBe("launched new route")
    const result = report(
      "È decollato ieri da Milano il primo volo diretto per Mumbai: la compagnia aerea italiana " +
        "collega così l'Italia e l'India tre volte a settimana."
    )
    expect(result.relevant).toBe(true)
    expect(result.eventType).toBe("other_bilateral")
    expect(result.sectors).toContain("connectivity_infrastructure")
  })
  it("exchanges of students or researchers are academic, not trade", () => {
    expect(gloss("scambi tra studenti")).toBe("academic exchanges")
    expect(gloss("gli scambi commerciali")).toBe("gli bilateral trade")
    const result = report(
      "L'Università di Pisa e un istituto indiano di Pune hanno firmato un accordo per " +
        "scambi di ricercatori tra Italia e India."
    )
    expect(result.sectors).toContain("education_research")
    expect(result.sectors).not.toContain("trade")
  })
  it("'spazio' without its article is an area, 'lo spazio' is outer space", () => {
    expect(gloss("un comune spazio economico")).toBe("un comune area economico")
    expect(gloss("dall'energia allo spazio")).toBe("from the energy space")
    const result = report(
      "L'ambasciatore d'Italia ha incontrato il ministro indiano del Commercio: i due Paesi " +
        "condividono uno spazio di dialogo sul commercio."
    )
    expect(result.sectors).not.toContain("space")
  })
  it("Italian companies active in India read as companies operating there, with their side before them", () => {
    expect(gloss("le aziende italiane attive in India")).toBe("le Italian companies operating in India")
    expect(gloss("imprese indiane")).toBe("Indian companies")
  })
  it("'componentistica auto' is auto components", () => {
    expect(gloss("la componentistica auto")).toBe("la auto components")
    const result = report(
      "Il console generale d'Italia a Chennai ha visitato le imprese indiane della " +
        "componentistica auto che lavorano con l'Italia."
    )
    expect(result.sectors).toContain("automotive_manufacturing")
  })
  it("a ship 'varata' is launched; a navy's 'acquisizione di unità' is arms procurement", () => {
    expect(gloss("la nave varata ieri")).toBe("la ship launched yesterday")
    expect(gloss("l'acquisizione di due fregate")).toBe("the defence procurement of due frigate")
    const result = report(
      "Varata a Genova la seconda nave per la Marina indiana: è la prima acquisizione di unità " +
        "navali costruite in Italia da parte dell'India."
    )
    expect(result.eventType).toBe("defence_industry")
    expect(result.sectors).not.toContain("investment")
  })
  it("an order or a supply contract of arms is defence procurement, even when a scandal cancels it", () => {
    expect(gloss("la commessa di 12 elicotteri")).toBe("la defence procurement contract for 12 helicopters")
    expect(gloss("il contratto di fornitura di elicotteri")).toBe("il defence procurement contract for helicopters")
    expect(gloss("il contratto di lavoro")).toBe("il contract di lavoro")
    const result = report(
      "Nuova Delhi ha cancellato oggi il contratto di fornitura di 12 elicotteri del gruppo italiano Leonardo, " +
        "al centro di uno scandalo per corruzione."
    )
    expect(result.eventType).toBe("defence_industry")
  })
  it("'ammiraglio di squadra' is a rank, no sports team", () => {
    expect(gloss("l'ammiraglio di squadra")).toBe("the Admiral")
  })
  it("'esposizione' is a fair only when international; 'l'esposizione dei fatti' is an account", () => {
    expect(gloss("l'esposizione dei fatti")).toBe("the esposizione dei fatti")
    expect(gloss("un'esposizione internazionale")).toBe("a trade fair")
  })
  it("someone's health, as a reason for leave, is no health cooperation; nurses recruited are", () => {
    expect(gloss("per motivi di salute")).toBe("illness")
    const leave = report(
      "La Corte suprema indiana ha prorogato il permesso per motivi di salute del fuciliere " +
        "italiano, che resterà in Italia fino all'udienza del tribunale arbitrale."
    )
    expect(leave.sectors).not.toContain("health")
    expect(gloss("il reclutamento di infermieri")).toBe("il recruitment of skilled workers di nurses")
    const nurses = report(
      "La Regione Lazio ha firmato con lo Stato indiano del Kerala un accordo per il " +
        "reclutamento di infermieri indiani negli ospedali italiani."
    )
    expect(nurses.sectors).toEqual(expect.arrayContaining(["health", "migration_mobility"]))
  })
  it("a quotation's speaker named after it ('Ad affermarlo è', 'ha sottolineato') makes the report a remark", () => {
    expect(gloss("Ad affermarlo è il ministro")).toBe("Emphasised il Minister")
    expect(gloss("ha ribadito")).toBe("emphasised")
    const result = report(
      "«Con l'India abbiamo molto in comune, e il futuro è nella ricerca». Ad affermarlo è " +
        "l'ambasciatore d'Italia in India, che ha sottolineato il valore degli studenti indiani in Italia."
    )
    expect(result.eventType).toBe("statement_remark")
  })
  it("'colloquio' is talks, as its plural 'colloqui' is", () => {
    expect(gloss("un cordiale colloquio")).toBe("un cordiale meeting")
  })
  it("an official meeting chief executives or a business community holds a business forum", () => {
    expect(gloss("ha incontrato gli amministratori delegati")).toBe("held a business forum with business people")
    expect(gloss("potranno incontrare 12 operatori")).toBe("potranno hold a business forum with business people")
    const ceos = report(
      "Il console generale d'Italia a Chennai ha incontrato i vertici delle aziende italiane attive " +
        "nello Stato indiano del Tamil Nadu per parlare di investimenti."
    )
    expect(ceos.eventType).toBe("business_forum")
    const community = report(
      "L'ambasciatore d'Italia in India è intervenuto a un incontro con la comunità d'affari " +
        "italo-indiana di Bangalore."
    )
    expect(community.eventType).toBe("business_forum")
  })
  it("'la missione in India' of a mayor or a delegation is a visit to the country", () => {
    expect(gloss("la missione in India")).toBe("la delegation visit to India")
    expect(gloss("il sindaco")).toBe("il Mayor")
    const result = report(
      "La missione in India del sindaco di Genova è iniziata a Mumbai con una fiera dedicata al Made " +
        "in Italy, organizzata dalla camera di commercio italiana."
    )
    expect(result.eventType).toBe("official_visit")
  })
  it("a 'protocollo di intesa' is a memorandum of understanding; an executive protocol is a pact", () => {
    expect(gloss("un protocollo di intesa")).toBe("un memorandum of understanding")
    expect(gloss("un protocollo esecutivo")).toBe("un pact")
    expect(gloss("il Protocollo di Stato")).toBe("il Protocollo di Stato")
  })
  it("a signing 'rinviata' or that 'slitta' is still to come", () => {
    expect(gloss("è stata rinviata")).toBe("is expected to come later")
    const result = report(
      "Slitta la firma del memorandum d'intesa tra Italia e India sulla difesa, ha detto il " +
        "ministro della Difesa italiano."
    )
    expect(result.status).toBe("announced")
  })
  it("documents counted in a signing are agreements", () => {
    expect(gloss("firmati 6 documenti")).toBe("signed 6 agreements")
    expect(gloss("i documenti")).toBe("i documents")
  })
  it("'dell'Aja' is of The Hague", () => {
    expect(gloss("il tribunale dell'Aja")).toBe("il court of The Hague")
  })
})

describe("What Italian news leaves implicit or figurative", () => {
  it("a headline naming one side, with the pair together in the body, is a report about the pair", () => {
    const title = "L'India annulla la commessa di elicotteri"
    const text =
      "Il ministero della Difesa indiano ha deciso oggi di cancellare il contratto per dodici elicotteri.\n" +
      "La notizia è stata diffusa dopo una riunione del governo a New Delhi.\n" +
      "Il contratto era stato firmato dall'India con il gruppo italiano Leonardo."
    expect(report(text, title).relevant).toBe(true)
    // The same opening with nobody's side implied (as an English report is read) leaves the pair at the edge.
    const sides = [
      { first: true, second: false, others: 0, compound: false },
      { first: true, second: false, others: 0, compound: false },
      { first: true, second: false, others: 0, compound: false },
      { first: true, second: true, others: 0, compound: false }
    ]
    const input = {
      sides,
      background: [false, false, false, false],
      inTitle: [true, false, false, false],
      inLead: [false, true, false, false],
      concreteWeight: 3,
      namesOfficials: true,
      thirdPartyPairs: 0,
      topicCues: 6,
      sportCues: 0,
      lifestyleCues: 0,
      summitTrip: false,
      bilateralCue: true,
      originCue: false,
      domesticProcedure: false,
      companyResults: false,
      nationalDay: false,
      consularCues: 0,
      stateActs: true,
      retailCues: 0,
      governmentNamed: true,
      pairWordsOpen: false
    }
    expect(judgeRelevance(input).relevant).toBe(false)
    expect(judgeRelevance({ ...input, impliedSide: "IT" }).relevant).toBe(true)
    // So does a headline or lead that speaks of "the two countries" without naming both.
    expect(judgeRelevance({ ...input, pairWordsOpen: true }).relevant).toBe(true)
  })
  it("'marò' are Italian marines", () => {
    expect(gloss("i due marò")).toBe("i due Italian marines")
  })
  it("'il Politecnico' without its city is the paper's own, Italian, polytechnic", () => {
    expect(gloss("Il Politecnico in India")).toBe("The Italian Politecnico in India")
    expect(gloss("del Politecnico di Madras")).toBe("del Politecnico di Chennai")
    const result = report(
      "Il Politecnico ha firmato un memorandum d'intesa con un'università del Kerala per lo scambio di studenti.",
      "Il Politecnico in India"
    )
    expect(result.relevant).toBe(true)
    expect(result.eventType).toBe("agreement_signed")
  })
  it("'l'incontro tra due mondi' is a figure of speech, not a meeting", () => {
    expect(gloss("l'incontro tra due culture")).toBe("the cultural exchange between two worlds")
    const result = report(
      "Con una mostra di arte contemporanea si è aperta la stagione dell'Istituto Italiano di Cultura di " +
        "New Delhi, «un incontro tra due mondi», ha detto l'ambasciatore d'Italia in India."
    )
    expect(result.eventType).not.toBe("ministerial_dialogue")
  })
  it("examples after ', come', 'tra cui' and 'settori quali' are a list", () => {
    expect(gloss("nuove iniziative, come l'expo")).toBe("nuove iniziative, such as the expo")
    expect(gloss("tra cui")).toBe("including")
    expect(gloss("in settori quali")).toBe("in areas such as")
  })
})

describe("The EU's trade deal with India", () => {
  it("an Italian farm group welcoming the EU–India free trade agreement is not India–Italy news", () => {
    expect(gloss("l'accordo di libero scambio tra Ue e India")).toBe(
      "the free trade agreement between the European Union and India"
    )
    const result = report(
      "L'associazione dei produttori saluta la chiusura dei negoziati per l'accordo di libero scambio tra Ue e " +
        "India: i dazi sui formaggi italiani scenderanno, un'opportunità per l'export italiano verso l'India da 2 " +
        "miliardi di euro.",
      "Formaggi, l'accordo Ue-India apre il mercato indiano alle imprese italiane"
    )
    expect(result.relevant).toBe(false)
  })
  it("the same deal discussed when the two sides' ministers meet is still their meeting", () => {
    const result = report(
      "Il ministro degli Esteri italiano ha incontrato a Nuova Delhi il ministro del Commercio indiano: al centro " +
        "del colloquio l'accordo di libero scambio tra Ue e India."
    )
    expect(result.relevant).toBe(true)
  })
})

describe("How Italian news pages are laid out", () => {
  // A page with no headline in the feed: the standfirst names India, the lead names the Italian company.
  const standfirst =
    "Il gruppo di ingegneria si è aggiudicato un appalto da un colosso statale indiano per un impianto " +
    "chimico nella regione orientale del Paese"
  const lead =
    "Tecnimont cresce nel petrolchimico in India. Il contratto vale circa 450 milioni di dollari. " +
    "L'appalto è stato vinto dalle controllate del gruppo."
  it("a long first line without a full stop, before the lead, is the standfirst", () => {
    expect(standfirstOf({ id: "t", title: "", text: `${standfirst}\n\n${lead}` })).toEqual({
      end: standfirst.length,
      rest: standfirst.length + 2
    })
    expect(standfirstOf({ id: "t", title: "", text: `${standfirst}.\n\n${lead}` })).toBeUndefined()
    expect(standfirstOf({ id: "t", title: "Titolo", text: `${standfirst}\n\n${lead}` })).toBeUndefined()
  })
  it("the standfirst reads as the headline, and its evidence points into the text", () => {
    const result = report(`${standfirst}\n${lead}`)
    expect(result.relevant).toBe(true)
    expect(result.eventType).toBe("trade_investment_figure")
    const text = `${standfirst}\n${lead}`
    for (const span of result.evidence) {
      expect(span.field).toBe("text")
      expect(text.slice(span.start, span.end)).toBe(span.text)
    }
  })
})

describe("How Italian reports a company's business and a speaker's remark", () => {
  it("an accented word left in Italian is not read as an English word ('a metà' is not 'met')", () => {
    expect(gloss("a metà tra arte e design")).toBe("a meta tra arte e design")
    const result = report(
      "L'Istituto Italiano di Cultura, con l'Ambasciata d'Italia, ha allestito a Nuova Delhi una mostra di artisti " +
        "indiani e italiani, con oggetti a metà tra arte e design."
    )
    expect(result.eventType).not.toBe("ministerial_dialogue")
  })
  it("a company that 'ha ricevuto la lettera di aggiudicazione' won a contract; it met nobody", () => {
    expect(gloss("ha ricevuto la lettera di aggiudicazione")).toBe("received the award of the contract")
    expect(gloss("ha ricevuto la delegazione")).toMatch(/^met /)
    const result = report(
      "Enel Green Power, attraverso la sua controllata indiana, si è aggiudicata un contratto di fornitura di 25 anni " +
        "per un progetto solare da 420 MW in India.",
      "Enel Green Power vince la sua prima gara solare in India"
    )
    expect(result.relevant).toBe(true)
    expect(result.eventType).toBe("trade_investment_figure")
  })
  it("a race is a 'gara' too: only a public or power tender is a tender", () => {
    expect(gloss("la gara solare")).toBe("la tender solare")
    expect(gloss("vince la gara di Monza")).toBe("wins la gara di Monza")
  })
  it("a plant opened with a possessive between verb and plant is investment news", () => {
    const result = report(
      "La Magneti Marelli, in joint venture con il gruppo indiano Samvardhana Motherson, ha inaugurato il suo nuovo " +
        "stabilimento di Bawal, in India."
    )
    expect(result.relevant).toBe(true)
    expect(result.eventType).toBe("trade_investment_figure")
  })
  it("a company's results that name India as one of its markets are not a development between the two", () => {
    const result = report(
      "Il gruppo leader nel mondo per i freni di auto e moto chiude il 2020 con una perdita del 15% del " +
        "fatturato ma un utile di 136 milioni. Nel quarto trimestre la crescita è ripresa, con oltre il 20% nei due grandi mercati asiatici.",
      "Cina e India, rimbalzo record per Brembo"
    )
    expect(result.relevant).toBe(false)
  })
  it("a contract won with a clause between commas, a plant's foundation stone, a stake raised: investment news", () => {
    const contract = report(
      "Il gruppo italiano Astaldi si è aggiudicato, in raggruppamento di imprese, una nuova commessa per la " +
        "costruzione della metropolitana di Mumbai, in India."
    )
    expect(contract.eventType).toBe("trade_investment_figure")
    const foundation = report(
      "Il gruppo italiano Carraro ha posato la prima pietra di una nuova area produttiva a Pune, in India, alla " +
        "presenza del console generale d'Italia a Mumbai."
    )
    expect(gloss("ha posato la prima pietra di")).toBe("laid the foundation stone of")
    expect(foundation.eventType).toBe("trade_investment_figure")
    const stake = report("La società indiana Tata Limited sale al 44,5% delle azioni dell'italiana Piaggio Aero.")
    expect(stake.relevant).toBe(true)
    expect(stake.eventType).toBe("trade_investment_figure")
  })
  it("'Lo ha dichiarato il ministro, intervenendo al forum' makes the opening a remark", () => {
    expect(gloss("intervenendo al forum")).toBe("speaking at the forum")
    const result = report(
      "Le relazioni tra Italia e India sono sempre più solide. Lo ha dichiarato il ministro degli Esteri Antonio " +
        "Tajani, intervenendo al forum di Sorrento."
    )
    expect(result.eventType).toBe("statement_remark")
  })
  it("what someone says 'in una conversazione con' a news agency is a remark", () => {
    expect(gloss("In una conversazione con l'Ansa")).toBe("In conversation with the Ansa")
    const result = report(
      "Si è concluso il mandato in India del direttore dell'Istituto Italiano di Cultura di Nuova Delhi. In una " +
        "conversazione con l'Ansa, il direttore ha definito molto positiva la cooperazione culturale tra Italia e India."
    )
    expect(result.eventType).toBe("statement_remark")
  })
})

describe("Italian words for signing, calling, welcoming and interviewing, as leads write them", () => {
  it("reads the nouns of a signing, a call heard, a guest welcomed and an exclusive interview", () => {
    expect(gloss("La sottoscrizione del memorandum")).toBe("The signing of memorandum")
    expect(gloss("Il rinnovo dell'accordo")).toBe("The signing of the renewed agreement")
    expect(gloss("Tajani ha sentito al telefono")).toBe("Tajani phone call")
    expect(gloss("accolgono oggi a Roma il ministro")).toContain("met")
    expect(gloss("accoglie con netto favore la chiusura")).toContain("praised")
    expect(gloss("In esclusiva con The Sunday Guardian")).toBe("In an exclusive interview with The Sunday Guardian")
    expect(gloss("l'Istituto di Tecnologia di Madras")).toBe("the Indian Institute of Technology Madras")
    expect(gloss("ha inaugurato un proprio ufficio")).toBe("inaugurated its own office")
    expect(gloss("ha rilevato oggi il presidente")).toBe("noted today il presidente")
    expect(gloss("ha rilevato Bellora")).toBe("acquired Bellora")
    expect(gloss("l'Istituto Italiano di Tecnologia di Genova")).not.toContain("Indian")
    const renewal = report(
      "Il rinnovo dell'accordo di cooperazione nella difesa tra Italia e India è stato firmato oggi a Roma dal " +
        "ministro Crosetto e dal suo omologo indiano."
    )
    expect(renewal.eventType).toBe("agreement_signed")
  })
})

describe("a consul, a region's government and a mission's officers, as the Italian press names them", () => {
  it("reads 'il console italiano' as the Italian consul acting for the state, not an honorary consul", () => {
    expect(gloss("il console italiano in India")).toBe("il Italian Consul in India")
    expect(gloss("la console onoraria")).toBe("la console onoraria")
    expect(gloss("il presidente della Regione Lombardia")).toBe("il President of the Region Lombardia")
    expect(gloss("l'assessore regionale")).toBe("the regional Minister")
    expect(gloss("il vice capo missione")).toBe("il Deputy Chief of Mission")
    expect(gloss("l'Addetto Scientifico dell'Ambasciata")).toBe("the Scientific Attaché of the Ambasciata")
    const event = report(
      "Nella metropoli di Mumbai si è tenuto un evento sull'eredità industriale di Olivetti: il console italiano in " +
        "India, Alessandro De Masi, ha invitato Giuseppe Rao a raccontarla agli studenti indiani."
    )
    expect(event.relevant).toBe(true)
  })
})

describe("Italian words found misread on new real reports outside the eval files", () => {
  it("reads a guest received in the passive, an office opened, a seminar, Italian place names and 'recentemente'", () => {
    const received = report(
      "Il console generale dell'India a Milano è stato ricevuto dal sindaco di Vicenza per discutere di cooperazione " +
        "economica."
    )
    expect(received.eventType).toBe("ministerial_dialogue")
    expect(gloss("La Regione ha aperto un nuovo ufficio a Mumbay")).toBe("La Regione opened a new office a Mumbai")
    expect(gloss("un seminario di due giorni")).toBe("un seminar di due giorni")
    expect(gloss("il Bengala Occidentale e il Rajastan")).toBe("il West Bengal e il Rajasthan")
    expect(gloss("è stato firmato recentemente")).toBe("was signed recently")
  })
})

describe("agency copy and port calls, as a third probe of new real reports found them", () => {
  it("reads a statement whose speaker the next sentence names ('Lo ha detto …') as a remark", () => {
    const remark = report(
      "L'Italia guarda con grande interesse ai programmi strategici dell'India nel settore della difesa. Lo ha detto " +
        "il presidente del Consiglio, Giorgia Meloni, a Roma."
    )
    expect(remark.eventType).toBe("statement_remark")
  })

  it("reads a ship that 'approda', arrives in port or is a 'pattugliatore' as a port call, and 'senza scalo' as none", () => {
    const call = report(
      "Il pattugliatore della Marina Militare è approdato a Mumbai, accolto dall'ambasciatore d'Italia in India al " +
        "suo arrivo al porto."
    )
    expect(call.eventType).toBe("military_exercise")
    expect(gloss("voli senza scalo")).toBe("flight non-stop")
  })

  it("reads the present tense of a speaker's verbs as speech, and 'X a Roma' in a headline as a visit", () => {
    expect(gloss("E spiega")).toBe("E says")
    expect(gloss("il ministro parla di")).toBe("il Minister says")
    const visit = report(
      "Piyush Goyal, ministro indiano del Commercio, incontrerà le imprese italiane e il ministro Urso.",
      "Il ministro indiano del Commercio Goyal a Roma"
    )
    expect(visit.eventType).toBe("official_visit")
  })
})

describe("medicines, hospitals and aid, as a fourth probe of new real reports found them", () => {
  it("reads 'farmaco' as medicine, not farming, and aid to a hospital as a development", () => {
    const medicine = report(
      "L'ambasciatore d'Italia in India ha presentato a Nuova Delhi il made in Italy del farmaco alle aziende indiane."
    )
    expect(medicine.sectors).toContain("health")
    expect(medicine.sectors).not.toContain("agriculture_food")
    const aid = report(
      "Il gruppo italiano ha donato un impianto di ossigeno e ventilatori polmonari a un ospedale indiano di Mumbai, " +
        "con il console d'Italia."
    )
    expect(aid.relevant).toBe(true)
    expect(gloss("aiuti umanitari e concentratori di ossigeno")).toBe("humanitarian aid e oxygen concentrators")
  })
})

describe("a mission's national day, as the Italian press reports it", () => {
  it("reads the 'cerimonia' of a national day as a ceremony, and 'ha accolto' celebrations as no meeting", () => {
    expect(gloss("la cerimonia ospitata")).toBe("la ceremony ospitata")
    const message = report(
      "Durante la cerimonia ospitata nella sede diplomatica in occasione della Festa della Repubblica dell'India, " +
        "l'ambasciatrice indiana in Italia, Neena Malhotra, ha letto ai concittadini il discorso della presidente " +
        "Droupadi Murmu.",
      "Il messaggio della presidente indiana per la festa della Repubblica"
    )
    expect(message.relevant).toBe(false)
    const celebrations = report(
      "Roma ha accolto con calore le celebrazioni per l'anniversario dell'Indipendenza dell'India, organizzate " +
        "dall'Ambasciata presso la residenza. L'ambasciatrice ha ricordato i legami tra India e Italia."
    )
    expect(celebrations.relevant).toBe(false)
    expect(gloss("Il Pontefice ha accolto il premier indiano")).toContain("met")
  })
})

describe("Italian towns, associations and fairs stand for Italy", () => {
  it("an Indian consul general's visit to a provincial town's fair is between the two", () => {
    const result = report(
      "La console generale dell'India è stata in visita venerdì a Cesena Fiera, accolta dal presidente, che ha " +
        "presentato la prossima edizione di Macfrut, dove l'India sarà paese partner."
    )
    expect(result.relevant).toBe(true)
    expect(result.places.map((place) => place.name)).toContain("Cesena")
  })
  it("an Indian state minister's delegation hosted by an Italian employers' association is a visit", () => {
    const result = report(
      "Una delegazione indiana, guidata dal ministro delle Pmi dell'Uttar Pradesh, è stata ospite di Confapi per " +
        "incontrare il presidente e avviare una cooperazione tra le imprese."
    )
    expect(result.relevant).toBe(true)
    expect(result.actors.map((actor) => actor.name)).toContain("Confapi")
  })
})

describe("Italian hearings, press conferences, hedges and export credit", () => {
  it("a parliamentary committee that 'ha audito' the other side's ambassador held a dialogue", () => {
    expect(gloss("la Commissione esteri ha audito l'ambasciatrice")).toMatch(/^la Commissione esteri held talks with /)
  })
  it("what is said 'durante la conferenza stampa' is told to reporters, not a meeting on the sidelines", () => {
    expect(gloss("durante la conferenza stampa")).toBe("told reporters at a press conference")
  })
  it("a signing that 'potrebbe' follow is not a signing", () => {
    expect(gloss("potrebbe perfezionarsi")).toBe("could perfezionarsi")
  })
  it("a subsidised credit line for firms going to India is investment support with a figure", () => {
    const result = report(
      "SIMEST ha annunciato a Nuova Delhi una linea di finanziamenti agevolati da 500 milioni di euro per le imprese " +
        "italiane che investono in India.",
      "SIMEST: nuova linea per l'internazionalizzazione in India"
    )
    expect(gloss("linea di finanziamenti agevolati")).toBe("credit line")
    expect(result.relevant).toBe(true)
  })
})

describe("plants opened and bills passed, from the fifth batch", () => {
  it("'il nuovo stabilimento' is a new factory, and cutting its ribbon opens it", () => {
    expect(gloss("del nuovo stabilimento")).toBe("del new factory")
    expect(gloss("a tagliare il nastro")).toBe("inaugurated")
    const plant = report(
      "L'ambasciatore d'Italia in India ha tagliato il nastro del nuovo stabilimento della Meccanica Rossa SpA a " +
        "Chennai, alla presenza delle autorità indiane."
    )
    expect(plant.relevant).toBe(true)
    expect(plant.eventType).toBe("trade_investment_figure")
  })

  it("a bill that 'passa al Senato' goes on to the Senate: nothing is taken over", () => {
    expect(gloss("il testo passa al Senato")).not.toContain("takeover")
    expect(gloss("Pininfarina passa agli indiani di Mahindra")).toContain("takeover of")
    const ratified = report(
      "La Camera ha approvato il disegno di legge di ratifica dell'Accordo tra Italia e India sulla cooperazione " +
        "nel settore della difesa; il testo passa al Senato.",
      "Italia-India: ok della Camera all'accordo di difesa, il testo passa al Senato"
    )
    expect(ratified.eventType).toBe("agreement_signed")
  })

  it("India in a region's or a corridor's name ('indo-pacifica', 'India-Medio Oriente-Europa') is no side", () => {
    const corridor = report(
      "L'Italia è pronta ad assumere un ruolo nel corridoio economico India-Medio Oriente-Europa, ha detto il " +
        "ministro, e a difendere una regione indo-pacifica libera e aperta."
    )
    expect(corridor.relevant).toBe(false)
  })
})

describe("agency copy, business bodies and art shows, from the fifth batch", () => {
  it("a quotation opening the lead after the agency's dateline is a remark, not what it mentions", () => {
    const remark = report(
      "Milano, 3 mar. (Adnkronos) – “La visita del ministro a Nuova Delhi è una conferma della collaborazione " +
        "sempre più stretta tra Italia e India”. Lo ha detto all'Adnkronos Marco Bianchi, segretario generale " +
        "della Camera di commercio italo-indiana."
    )
    expect(remark.eventType).toBe("statement_remark")
  })

  it("meetings of a business association are a business forum, not a dialogue between governments", () => {
    const mission = report(
      "Confindustria in India per una serie di incontri riservati al settore della componentistica auto, con " +
        "visite a Nuova Delhi e Pune."
    )
    expect(mission.eventTypes).toContain("business_forum")
    expect(mission.eventTypes).not.toContain("ministerial_dialogue")
  })

  it("'la mostra' opened by a consulate is an art show of one state in the other", () => {
    expect(gloss("la mostra di due pittori")).toBe("the art exhibition di due pittori")
    expect(gloss("il rapporto mostra che")).toBe("il rapporto mostra che")
    const show = report(
      "(ANSA) - NEW DELHI, 16 SET - Su iniziativa del Consolato Generale d'Italia si inaugura oggi a Calcutta la " +
        "mostra di due pittori italiani."
    )
    expect(show.relevant).toBe(true)
    expect(show.eventType).toBe("other_bilateral")
  })
})

describe("tourists kidnapped and a memorandum by its first word, from the sixth batch", () => {
  it("'turisti' are tourists and 'rapiti' kidnapped: a consular story, not relations", () => {
    expect(gloss("due turisti rapiti")).toBe("due tourists kidnapped")
    const kidnap = report(
      "La Farnesina ha confermato il rapimento di due turisti italiani in India. Il console a Calcutta è in " +
        "contatto con le autorità locali."
    )
    expect(kidnap.relevant).toBe(false)
  })

  it("'il memorandum' alone is the agreement named in the headline", () => {
    const mou = report(
      "Il memorandum rafforza la collaborazione tra i porti di Genova e Chennai, già collegati da una linea " +
        "container.",
      "Porto di Genova e porto di Chennai firmano un'intesa"
    )
    expect(mou.eventType).toBe("agreement_signed")
  })
})

describe("holdings sold", () => {
  it("a 'quota' or 'partecipazione' is a stake only as a holding, not a market share or a taking part", () => {
    expect(gloss("ha ceduto le quote detenute nel gruppo")).toContain("sold")
    expect(gloss("ha ceduto le quote detenute nel gruppo")).toContain("stakes")
    expect(gloss("la partecipazione di maggioranza")).toContain("stake")
    expect(gloss("con oltre il 17% di quota di mercato")).not.toContain("stake")
    expect(gloss("la partecipazione al forum")).not.toContain("stake")
  })
})

describe("firms met as a body", () => {
  it("an envoy meeting 'il sistema economico' or 'le aziende' holds a business forum", () => {
    expect(gloss("Vani Rao ha incontrato il sistema economico berico")).toContain("business forum")
    expect(gloss("un incontro con le aziende tessili indiane")).toContain("business forum")
    const chamber = report(
      "L'ambasciatrice dell'India in Italia Vani Rao ha incontrato il sistema economico vicentino presso la Camera " +
        "di Commercio di Vicenza."
    )
    expect(chamber.eventType).toBe("business_forum")
  })
})

describe("'sicurezza' of traffic or supplies", () => {
  it("is safety for a railway's traffic or infrastructure, and resilience for supply chains, not security", () => {
    expect(gloss("i sistemi di sicurezza del traffico ferroviario")).toContain("safety")
    expect(gloss("aumentare la sicurezza dell’infrastruttura")).toContain("safety")
    expect(gloss("la sicurezza delle supply chain")).toContain("supply chain resilience")
    expect(gloss("la cooperazione nella sicurezza e nella lotta al terrorismo")).toContain("security")
    const railways = report(
      "Le Ferrovie dello Stato italiane svilupperanno in India i sistemi di sicurezza del traffico ferroviario con " +
        "le Ferrovie indiane, ha annunciato l'ambasciata italiana."
    )
    expect(railways.sectors).not.toContain("security_counterterrorism")
  })
})

describe("names as Italian reports write them", () => {
  it("finds a university by its Italian name and an institute named after a city's old name", () => {
    const mou = report(
      "L'Università di Bologna ha firmato un accordo con l'IIT Madras, in India, per lo scambio di studenti."
    )
    expect(mou.actors.map((actor) => actor.name)).toEqual(
      expect.arrayContaining(["University of Bologna", "IIT Madras"])
    )
    expect(gloss("il porto di Bombay")).toBe("il port di Mumbai")
    expect(gloss("Intesa Sanpaolo e l'intesa")).toBe("Intesa Sanpaolo e the agreement")
    expect(gloss("il G8 dell'Aquila a L'Aquila")).toContain("L'Aquila")
    expect(gloss("l'Università di Calcutta e la Bombay High Court")).toContain("University of Calcutta")
    expect(gloss("l'Università di Calcutta e la Bombay High Court")).toContain("Bombay High Court")
  })

  it("finds a name written with an accented vowel, which the gloss copies as a plain one", () => {
    const forli = report(
      "A Forlì l'ambasciatrice dell'India in Italia ha commemorato i soldati indiani caduti in Italia, con il sindaco."
    )
    expect(forli.places.map((place) => place.name)).toContain("Forlì")
    const minister = report(
      "La ministra del Turismo Daniela Santanchè ha incontrato a Nuova Delhi il ministro indiano del Turismo."
    )
    expect(minister.actors.map((actor) => actor.name)).toContain("Daniela Santanchè")
    expect(gloss("l'Università degli Studi di Bergamo")).toContain("University of Bergamo")
  })
})

describe("a ship's stay in port to come", () => {
  it("reads a ship that 'sosterà' in a port as a port call to come, not a plain future verb", () => {
    expect(gloss("La nave sosterà a Mumbai")).toBe("La ship will make a stopover a Mumbai")
    const call = report(
      "Lo storico veliero della Marina Militare sosterà a Mumbai per la prima volta, dal 28 novembre al 2 dicembre.",
      "Vespucci verso Mumbai"
    )
    expect(call.eventType).toBe("military_exercise")
    expect(call.status).toBe("announced")
  })
})

describe("a meeting with the press", () => {
  it("reads 'un incontro con la stampa' as a press conference, not a meeting between the two sides", () => {
    expect(gloss("in un incontro con la stampa")).toBe("in a press conference")
    const presented = report(
      "Le iniziative della settimana della cucina italiana in India sono state presentate ieri a Delhi in un " +
        "incontro con la stampa, all'Istituto italiano di cultura, con l'ambasciatore d'Italia."
    )
    expect(presented.eventType).not.toBe("ministerial_dialogue")
  })
})

describe("a call with words between the verb and the phone", () => {
  it("reads 'ha parlato ieri al telefono con' and 'si sono sentiti ieri per telefono' as a call", () => {
    const spoke = report(
      "Il premier Giorgia Meloni ha parlato ieri al telefono con il primo ministro indiano Narendra Modi."
    )
    expect(spoke.eventType).toBe("leader_meeting")
    const heard = report("Giorgia Meloni e Narendra Modi si sono sentiti ieri per telefono.")
    expect(heard.eventType).toBe("leader_meeting")
  })
})

describe("a takeover in a headline's words", () => {
  it("reads 'compra', 'acquisisce' and 'per comprare' as buying, and keeps 'dell'' apart from the next word", () => {
    expect(gloss("l'acquisizione dell'italiana Iveco")).toBe("the acquisition of the Italian Iveco")
    for (const text of [
      "L'indiana Tata Motors compra l'italiana Iveco.",
      "Il gruppo indiano Jindal acquisisce l'italiana Lucchini.",
      "Tata ha annunciato l'acquisizione dell'italiana Iveco.",
      "Tata ha firmato un accordo da 3,8 miliardi per comprare l'italiana Iveco."
    ]) {
      const takeover = report(text)
      expect(takeover.relevant).toBe(true)
      expect(takeover.eventTypes).toContain("trade_investment_figure")
    }
  })
})

describe("an elided article after a university", () => {
  it("keeps the name after 'Università dell'' apart from the gloss", () => {
    expect(gloss("l'Università dell'Insubria")).toBe("the University of Insubria")
  })
})

describe("sector words with a second sense in Italian", () => {
  it("reads a party 'formazione', a cause's 'difesa' and social or precautionary 'sicurezza' as no sector", () => {
    const words = report(
      "Il ministro degli Esteri Antonio Tajani ha incontrato a Nuova Delhi il collega indiano Subrahmanyam " +
        "Jaishankar, esponente della formazione che guida il governo indiano, in difesa della democrazia, e ha " +
        "firmato un accordo sulla sicurezza sociale. L'incontro si è svolto a porte chiuse per motivi di sicurezza."
    )
    expect(words.relevant).toBe(true)
    expect(words.sectors).not.toContain("education_research")
    expect(words.sectors).not.toContain("defence")
    expect(words.sectors).not.toContain("security_counterterrorism")
  })
})

describe("a leader arriving for a multilateral summit", () => {
  it("reads 'per partecipare al vertice del G20' and 'prenderà parte ai lavori del G20' as attending it: venue only", () => {
    expect(gloss("per partecipare al vertice")).toBe("to take part in the summit")
    for (const text of [
      "La premier Giorgia Meloni è atterrata poco fa a Nuova Delhi dove da domani prenderà parte ai lavori del G20.",
      "La premier Giorgia Meloni è arrivata a Nuova Delhi per partecipare al vertice del G20 ospitato dall'India."
    ])
      expect(report(text).relevant).toBe(false)
  })
})

describe("a roundtable of business people", () => {
  it("reads 'una tavola rotonda d'affari' (feminine) as a business roundtable, and business matching as a forum", () => {
    expect(gloss("una tavola rotonda")).toBe("una roundtable")
    const roundtable = report(
      "Si è svolta a New Delhi una tavola rotonda d'affari tra l'ambasciatore d'Italia e 60 manager di aziende indiane."
    )
    expect(roundtable.eventType).toBe("business_forum")
    const matching = report(
      "Il ministro Antonio Tajani e il ministro indiano Piyush Goyal hanno presentato a Nuova Delhi la piattaforma di " +
        "business matching tra imprese italiane e indiane."
    )
    expect(matching.eventTypes).toContain("business_forum")
  })
})

describe("a summit with a named leader", () => {
  it("reads 'ha avuto un vertice con' the other side's prime minister as the leaders' meeting", () => {
    const summit = report(
      "La premier Giorgia Meloni ha avuto oggi a Roma un vertice con il primo ministro indiano Narendra Modi."
    )
    expect(summit.eventType).toBe("leader_meeting")
  })
})

describe("a minister's op-ed", () => {
  it("reads 'in un suo intervento sul Corriere' as an op-ed: what the minister wrote, not what he recalls", () => {
    const oped = report(
      "Il ministro degli Esteri Antonio Tajani, in un suo intervento sul Corriere della Sera, ricorda l'accordo sulla " +
        "mobilità firmato con l'India e il piano d'azione strategico."
    )
    expect(oped.eventType).toBe("statement_remark")
  })
})

describe("a minister flying to the other country", () => {
  it("reads 'vola in India' and 'volerà a Nuova Delhi' as a trip, which frames the meetings and forum it lists", () => {
    expect(gloss("Urso volerà a Nuova Delhi")).toBe("Urso will fly to New Delhi")
    const trip = report("Tajani vola in India: incontri con Modi e Jaishankar e maxi Business Forum a Mumbai.")
    expect(trip.eventType).toBe("official_visit")
  })
})

describe("a politician's family in the other country", () => {
  it("reads 'figlio di madre italiana' and a visit to 'la nonna' as a family link, not a visit between states", () => {
    const family = report(
      "Il leader del Congresso Rahul Gandhi, figlio di madre italiana, è partito per l'Italia per visitare la nonna " +
        "materna, attacca il ministro indiano."
    )
    expect(family.relevant).toBe(false)
  })
})

describe("the sidelines of a visit", () => {
  it("reads 'a latere della visita' as the setting: no meeting of its own beside what the main clause reports", () => {
    const forum = report(
      "A latere della visita della premier Meloni, il presidente di Simest ha partecipato oggi a Nuova Delhi " +
        "all'India Italy Business Round Table con le imprese indiane."
    )
    expect(forum.eventType).toBe("business_forum")
    expect(forum.eventTypes).not.toContain("leader_meeting")
  })
})

describe("one government's own export plan", () => {
  it("reads 'il Piano d'azione del governo italiano per l'export' as Italy's policy, not a plan of the two", () => {
    const fair = report(
      "Il Piano d'azione del governo italiano per l'export sui mercati esteri extra UE sostiene la partecipazione " +
        "delle imprese italiane alla fiera EIMA Agrimach India di Nuova Delhi."
    )
    expect(fair.eventType).toBe("business_forum")
    expect(fair.eventTypes).not.toContain("joint_statement")
  })
})

describe("'post' as a preposition", () => {
  it("reads 'post' after an article as a message and without one as 'after'", () => {
    expect(gloss("in un post sul social")).toBe("in un message sul social")
    expect(gloss("la Milano post Expo")).toBe("la Milano after Expo")
  })
})

describe("Italian words of authorship, skills, oil, towns and honours", () => {
  it("reads 'a firma' as authorship, skills gained as no deal, oil as energy, and no satellite or defence in idioms", () => {
    expect(gloss("una coproduzione a firma Rai Cinema")).toBe("una co-production by Rai Cinema")
    expect(gloss("per acquisire una prima esperienza")).toBe("gain experience")
    const film = report(
      "Al festival di Mumbai, con il console generale d'Italia, è stato presentato un film indiano, una coproduzione " +
        "a firma Istituto Luce."
    )
    expect(film.eventTypes).not.toContain("agreement_signed")
    const oil = report(
      "Il ministro del petrolio indiano ha incontrato a Roma l'amministratore delegato di Eni per l'esplorazione " +
        "petrolifera in Rajasthan."
    )
    expect(oil.sectors).toContain("energy_climate")
    const honour = report(
      "Il console generale d'India a Milano ha ricevuto a Noida, città satellite della capitale, la più alta " +
        "onorificenza militare italiana per un soldato indiano caduto in Italia."
    )
    expect(honour.sectors).not.toContain("space")
    expect(honour.sectors).not.toContain("defence")
  })
})

describe("a plan reviewed since its adoption, in Italian", () => {
  it("reads 'hanno esaminato i progressi compiuti dall'adozione del Piano d'azione' as the leaders' review", () => {
    expect(gloss("dall'adozione del Piano")).toBe("since the adoption of the Piano")
    const review = report(
      "Draghi e Modi hanno esaminato a Roma i progressi compiuti dall'adozione del Piano d'azione 2020-25."
    )
    expect(review.eventType).toBe("leader_meeting")
  })
})

describe("aid carried by the armed forces, in Italian", () => {
  it("reads 'aiuti' as aid, so the airmen who loaded it are no defence cooperation", () => {
    const aid = report(
      "Un nuovo carico di aiuti per il sistema sanitario indiano è stato caricato, con il supporto di militari " +
        "dell'Aeronautica Militare, a bordo di un aereo partito per Nuova Delhi dall'aeroporto di Pratica di Mare."
    )
    expect(aid.sectors).not.toContain("defence")
  })
})

describe("an audience drawn and a figurative meeting", () => {
  it("reads 'ha accolto diecimila visitatori' and 'un incontro di note e melodie' as no meeting of the two sides", () => {
    expect(gloss("La mostra ha accolto diecimila visitatori")).toBe("The art exhibition drew visitors")
    expect(gloss("un incontro di note e melodie")).not.toContain("meeting")
  })
})

describe("Italian summits, joint bodies, stops, fairs and authorship, as a sixth probe found them", () => {
  it("reads a virtual summit and a joint commission that met as meetings, a plane's stop and a camel fair as neither", () => {
    expect(
      report("Il premier Giuseppe Conte avrà oggi un vertice virtuale con il primo ministro indiano Narendra Modi.")
        .eventType
    ).toBe("leader_meeting")
    expect(
      report(
        "Si è riunita a Roma la Commissione mista Italia-India, con il sottosegretario agli Esteri e il vice ministro " +
          "indiano."
      ).eventType
    ).toBe("ministerial_dialogue")
    const stop = report(
      "Il primo ministro indiano Narendra Modi ha sostato all'aeroporto di Fiumicino per un rifornimento, accolto " +
        "dall'ambasciatore d'Italia."
    )
    expect(stop.eventTypes).not.toContain("military_exercise")
    const fair = report(
      "A Pushkar, dove ogni anno si tiene la celebre fiera del cammello con molti turisti, anche italiani, il console " +
        "generale d'Italia ha incontrato le autorità del Rajasthan."
    )
    expect(fair.relevant).toBe(true)
    expect(fair.eventTypes).not.toContain("business_forum")
    expect(gloss("porta la firma dei maggiori gruppi")).toBe("is the work of maggiori gruppi")
  })
})

describe("a parliament's committee named for its fields", () => {
  it("reads 'le commissioni Affari esteri e Difesa' as a committee's name, not defence cooperation", () => {
    const hearing = report(
      "Il ministro degli Esteri indiano Subrahmanyam Jaishankar è intervenuto davanti alle commissioni Affari esteri " +
        "e Difesa del Senato italiano, a Roma, sulle relazioni tra Italia e India."
    )
    expect(hearing.relevant).toBe(true)
    expect(hearing.sectors).not.toContain("defence")
  })
})

describe("'dopo' as the setting's word", () => {
  it("reads an upgrade 'dopo che' the two elevated their ties as what came before, not the news", () => {
    expect(gloss("Dopo la visita")).toBe("After la visit")
    const forum = report(
      "Poche settimane dopo che Italia e India hanno elevato le relazioni a partenariato strategico, il ministro Urso " +
        "ha inaugurato a Mumbai un business forum con 300 imprese."
    )
    expect(forum.eventType).not.toBe("partnership_upgrade")
  })
})

describe("agreements concluded or still ahead, and takeovers to come, in Italian", () => {
  it("reads 'ha formalizzato un accordo' as concluded, 'in vista della sigla' as ahead, 'sarà acquisita' as a takeover", () => {
    expect(
      report(
        "Il ministro Urso ha formalizzato a Nuova Delhi un accordo di collaborazione strategica con il governo indiano."
      ).eventType
    ).toBe("agreement_signed")
    const ahead = report(
      "Il ministro Adolfo Urso incontra oggi a Roma Sajjan Jindal, presidente dell'indiana JSW, in vista della sigla " +
        "del memorandum d'intesa su Piombino."
    )
    expect(ahead.eventType).not.toBe("agreement_signed")
    const takeover = report(
      "Magneti Marelli sarà acquisita dagli indiani di Motherson, che rileverà la totalità delle azioni."
    )
    expect(takeover.eventType).toBe("trade_investment_figure")
    expect(takeover.status).toBe("announced")
    expect(gloss("niente accordo")).toBe("no deal")
  })
})

describe("a leader there for a gathering, and wishes that are not thanks", () => {
  it("reads 'dove parteciperà al G20' and 'sarà in Italia per il G7' as venue only, 'auguri' as wishes", () => {
    for (const text of [
      "Giorgia Meloni è atterrata questa mattina a New Delhi, in India, dove parteciperà al G20.",
      "Il primo ministro indiano Narendra Modi sarà in Italia per il G7 in Puglia."
    ])
      expect(report(text).relevant).toBe(false)
    expect(gloss("gli auguri della premier")).toBe("wishes della Prime Minister")
  })
})

describe("a company called by its province", () => {
  it("reads 'la bresciana Metalfer passa al gruppo indiano' as an Italian company taken over by an Indian group", () => {
    expect(gloss("la bresciana Metalfer")).toBe("la Italian Metalfer")
    const takeover = report("La bresciana Metalfer passa al gruppo indiano Sona Comstar, che ne rileva il 100%.")
    expect(takeover.relevant).toBe(true)
    expect(takeover.eventType).toBe("trade_investment_figure")
  })
})

describe("things seized, fines and drugs in Italian", () => {
  it("reads 'hanno sequestrato beni per 475mila euro' as seized, not kidnapped, and the sum as no trade figure", () => {
    expect(gloss("hanno sequestrato beni")).toBe("seized beni")
    expect(gloss("due turisti sequestrati")).toBe("due tourists kidnapped")
    const seized = report(
      "I carabinieri hanno arrestato due cittadini indiani per lo sfruttamento di 33 braccianti indiani a Verona e " +
        "hanno sequestrato beni per 475mila euro."
    )
    expect(seized.eventTypes).not.toContain("trade_investment_figure")
  })
})

describe("a joint venture formed or to be formed, in Italian", () => {
  it("reads 'intendono formare una joint venture' as a joint venture planned, an agreement to come", () => {
    expect(gloss("hanno costituito una joint venture")).toBe("formed a joint venture")
    const planned = report(
      "L'italiana Magneti Marelli e l'indiana Hero MotoCorp intendono formare una joint venture per la produzione di " +
        "sistemi di controllo motore."
    )
    expect(planned.eventType).toBe("agreement_signed")
    expect(planned.status).toBe("announced")
  })
})

describe("a body set up, not met", () => {
  it("reads 'la formazione di un comitato direttivo e di gruppi di lavoro congiunti' as bodies set up, not a meeting", () => {
    const letters = report(
      "Italia e India rafforzeranno la collaborazione nello spazio con la formazione di un comitato direttivo e di " +
        "gruppi di lavoro congiunti, come prevedono le lettere firmate ieri a Bangalore dai presidenti dell'Isro e " +
        "dell'Asi."
    )
    expect(letters.eventType).toBe("agreement_signed")
    expect(letters.sectors).not.toContain("education_research")
  })
})

describe("Italian verbs with a second sense", () => {
  it("reads 'approda' as arriving, and as docking only when a ship arrives", () => {
    expect(gloss("Lavazza approda in India")).toBe("Lavazza arrives in India")
    expect(gloss("La nave scuola approda a Mumbai")).toBe("La training ship docked a Mumbai")
    const brand = report(
      "Il gelato italiano di Carpigiani approda in India: l'azienda bolognese ha firmato una joint venture con " +
        "l'indiana Hatsun Agro."
    )
    expect(brand.eventTypes).not.toContain("military_exercise")
  })
  it("reads a gift received, a thing handed over and a port or a university hosting as no meeting", () => {
    expect(gloss("Meloni ha ricevuto in dono uno scialle")).toBe("Meloni received as a gift uno scialle")
    expect(gloss("la Marina ha ricevuto da Fincantieri la nave")).toBe("la Navy received da Fincantieri la ship")
    expect(gloss("il porto accoglie la prima nave")).toBe("il port hosts la prima ship")
    expect(gloss("l'ateneo accoglie 300 studenti indiani")).toBe("the universities hosts 300 students Indians")
    expect(gloss("Meloni ha ricevuto a Palazzo Chigi il premier")).toBe("Meloni met a Palazzo Chigi il Prime Minister")
    const ship = report(
      "La Marina indiana ha ricevuto da Fincantieri la seconda nave rifornitrice costruita in Italia."
    )
    expect(ship.eventTypes).not.toContain("ministerial_dialogue")
  })
  it("reads 'vede' an office holder, and 'si è intrattenuto con', as meeting them", () => {
    expect(gloss("la premier vede l'omologo")).toBe("la Prime Minister meets counterpart")
    expect(gloss("il rapporto vede la crescita")).toBe("il rapporto vede la crescita")
    expect(gloss("si sono intrattenuti con Modi")).toBe("held talks with Modi")
    const met = report("A Nuova Delhi la presidente del Consiglio Giorgia Meloni vede il primo ministro Narendra Modi.")
    expect(met.eventType).toBe("leader_meeting")
  })
})

describe("Italian spans, settings and shows", () => {
  it("reads 'dal 2019 al 2023' as the span a figure covers, not a look back", () => {
    expect(gloss("Dal 2019 al 2023 l'export")).toBe("From 2019 to 2023 the exports")
    expect(gloss("tra il 2019 e il 2023")).toBe("from 2019 to 2023")
  })
  it("reads an agreement signed days before, or followed up, as the setting of the news", () => {
    expect(gloss("a pochi giorni dalla firma del memorandum")).toBe("days after the signing of memorandum")
    expect(gloss("dando seguito all'accordo")).toBe("implementing the agreement")
    expect(gloss("in linea con il Piano")).toBe("in line with il Piano")
  })
  it("reads a 'Foro imprenditoriale' as a business forum and an international 'rassegna' as an exhibition", () => {
    expect(gloss("il Foro imprenditoriale")).toBe("il Business forum")
    expect(gloss("la rassegna internazionale")).toBe("la exhibition")
    expect(gloss("la rassegna stampa")).toBe("la rassegna stampa")
  })
  it("reads green technology, the circular economy and an undersea cable in their sectors", () => {
    const signed = report(
      "Urso e Goyal hanno firmato a Nuova Delhi un accordo sulle tecnologie green e sull'economia circolare; Sparkle " +
        "e Bharti Airtel hanno firmato per l'approdo del cavo sottomarino a Mumbai."
    )
    expect(signed.sectors).toContain("energy_climate")
    expect(signed.sectors).toContain("digital")
    expect(signed.sectors).not.toContain("defence")
  })
})

describe("an Italian headline's present tense", () => {
  it("reads 'firmano un accordo' and 'siglano un'intesa' as a signing", () => {
    const signed = report(
      "I ministri Urso e Goyal si sono incontrati a Roma per discutere della cooperazione energetica.",
      "Italia e India firmano un accordo di cooperazione energetica"
    )
    expect(signed.eventType).toBe("agreement_signed")
  })
})

describe("Italian exchanges, associations and fairs", () => {
  it("reads 'scambi di artisti' or 'di informazioni' as exchanges, and 'gli scambi tra' the two as trade", () => {
    expect(gloss("scambi di artisti")).toBe("exchanges of artists")
    expect(gloss("scambi giovanili")).toBe("youth exchanges")
    expect(gloss("gli scambi tra")).toBe("gli trade tra")
    const youth = report("Italia e India hanno firmato a Roma un memorandum sugli scambi giovanili e di artisti.")
    expect(youth.sectors).not.toContain("trade")
  })
  it("reads Farmindustria as the pharmaceutical association, no farm", () => {
    const result = report(
      "Una delegazione di Farmindustria è stata ricevuta dal ministro indiano della Salute a Nuova Delhi."
    )
    expect(result.sectors).toContain("health")
    expect(result.sectors).not.toContain("agriculture_food")
  })
  it("reads the companies at a fair as its size, not a figure of trade", () => {
    const fair = report(
      "Si apre a Nuova Delhi la quinta edizione della rassegna internazionale dedicata alle macchine agricole, con " +
        "120 aziende italiane.",
      "Eima Agrimach, al via in India"
    )
    expect(fair.eventType).toBe("business_forum")
  })
})

describe("Italian futures of visits and meetings, and shares that fly", () => {
  it("glosses the futures of diplomacy as English verbs the rules read", () => {
    expect(gloss("Tajani visiterà l'India")).toBe("Tajani will visit the India")
    expect(gloss("si recherà a Nuova Delhi")).toBe("will travel to New Delhi")
    expect(gloss("si è recato in India")).toBe("travelled to India")
    expect(gloss("avrà un colloquio con Goyal")).toBe("will hold talks with Goyal")
    const visit = report("Il ministro degli Esteri Antonio Tajani visiterà l'India la prossima settimana.")
    expect(visit.eventType).toBe("official_visit")
    expect(visit.status).toBe("announced")
  })
  it("reads a share price that 'vola in Borsa' as no trip", () => {
    expect(gloss("Pininfarina vola in Borsa")).toBe("Pininfarina soars on the stock exchange")
    const shares = report(
      "Maire Tecnimont vola a Piazza Affari dopo il contratto da 450 milioni di dollari vinto in India.",
      "Maire Tecnimont vola a Piazza Affari"
    )
    expect(shares.eventTypes).not.toContain("official_visit")
  })
})

describe("Italian deals in talks and summits between two leaders", () => {
  it("reads a deal reported as rumour or talks as still to come", () => {
    expect(gloss("sarebbe pronta ad acquistare")).toBe("is expected to acquire")
    expect(gloss("a un passo dall'acquisizione di Iveco")).toBe("is set to acquire Iveco")
    expect(gloss("potrebbe rilevare")).toBe("could acquire")
    const rumour = report(
      "Tata Motors sarebbe pronta ad acquistare Iveco per 3,8 miliardi di euro.",
      "Tata verso Iveco"
    )
    expect(rumour.status).toBe("announced")
  })
  it("reads 'il vertice fra' two leaders and 'in videoconferenza' as their summit", () => {
    expect(gloss("il vertice fra Conte e Modi in videoconferenza")).toBe(
      "il summit between Conte e Modi by video conference"
    )
    const summit = report(
      "Il vertice fra il presidente del Consiglio Giuseppe Conte e il primo ministro indiano Narendra Modi si è " +
        "tenuto in videoconferenza."
    )
    expect(summit.eventType).toBe("leader_meeting")
  })
})

describe("Italian agreements concluded, cooperation's scope, exercises and sector words", () => {
  it("reads an agreement 'concluso', 'stretto', 'stipulato' or 'ufficializzato' as concluded", () => {
    expect(gloss("è stato concluso un accordo")).toBe("concluded un agreement")
    expect(gloss("è stata ufficializzata l'intesa")).toBe("concluded the agreement")
    const result = report(
      "È stato stipulato un accordo tra Italia e India sull'intelligenza artificiale, a Roma.",
      "Italia-India, nuova cooperazione sull'IA"
    )
    expect(result.eventType).toBe("agreement_signed")
  })
  it("reads 'la cooperazione bilaterale tra' the two as the cooperation's scope, and 'un bilaterale con' as talks", () => {
    expect(gloss("la cooperazione bilaterale tra Italia e India")).toBe("la cooperation bilateral tra Italy e India")
    expect(gloss("un bilaterale con Modi")).toBe("un bilateral talks Modi")
  })
  it("keeps the kind of a joint exercise, and reads 'l'IA' and Italian sector words", () => {
    expect(gloss("un'esercitazione navale congiunta")).toBe("a joint naval exercise")
    expect(gloss("sull'IA generativa e i visti")).toBe("on the AI generativa e i visas")
    expect(gloss("ai ministri")).toBe("to the Minister")
    const exercise = report("India e Italia hanno avviato lunedì un'esercitazione navale congiunta al largo di Goa.")
    expect(exercise.eventType).toBe("military_exercise")
  })
  it("reads India's 'ministero dell'Elettronica' as no Italian defence firm", () => {
    const ministry = report("Il ministero indiano dell'Elettronica e dell'Informatica ha lanciato un bando per i chip.")
    expect(ministry.actors.map((actor) => actor.name)).not.toContain("Elettronica")
  })
  it("reads 'cooperazione industriale', its adjective after the noun, as industrial cooperation", () => {
    expect(gloss("la cooperazione industriale e il partenariato industriale")).toBe(
      "la industrial cooperation e il industrial partnership"
    )
    const talks = report(
      "Il ministro Urso ha incontrato a Roma il ministro indiano Goyal: al centro la cooperazione industriale."
    )
    expect(talks.sectors).toContain("automotive_manufacturing")
  })
  it("reads a bare 'spazio' in a list of fields as outer space, and 'lo spazio per' still as room", () => {
    expect(gloss("difesa, spazio e connettività")).toBe("defence, space e connectivity")
    expect(gloss("c'è spazio per crescere")).toBe("c'e area per crescere")
  })
  it("reads 'commerciale' beside a capital, a shopping centre or a launch as no trade", () => {
    expect(gloss("la capitale commerciale, un centro commerciale, il primo lancio spaziale commerciale")).toBe(
      "la commercial capital, un shopping centre, il primo commercial launch"
    )
    const port = report("La fregata Marceglia è giunta a Mumbai, la capitale commerciale dell'India, per una sosta.")
    expect(port.sectors).not.toContain("trade")
  })
  it("reads scientific infrastructure, exchanges on research and academic cooperation as research", () => {
    expect(gloss("le infrastrutture scientifiche")).toBe("le scientific infrastructure")
    expect(gloss("gli scambi sulla ricerca e la cooperazione universitaria")).toBe(
      "gli research exchanges e la academic cooperation"
    )
    const memorandum = report(
      "Italia e India hanno firmato a Roma un memorandum per l'uso congiunto delle infrastrutture scientifiche."
    )
    expect(memorandum.sectors).toContain("education_research")
    expect(memorandum.sectors).not.toContain("connectivity_infrastructure")
    expect(report("Italia e India hanno firmato a Roma un accordo di cooperazione universitaria.").sectors).toContain(
      "education_research"
    )
  })
  it("reads an order 'ottenuto' as won, and 'andare / venire incontro a' as facing, no meeting", () => {
    expect(gloss("Saipem ha ottenuto una commessa da ONGC")).toBe("Saipem won una contract da ONGC")
    expect(gloss("ha ottenuto il permesso")).toBe("ha ottenuto il permesso")
    expect(gloss("potrebbero andare incontro ad accise più basse")).toBe("could face ad accise piu basse")
    const excise = report(
      "Le imprese indiane potrebbero andare incontro ad accise meno pesanti in Italia, ha detto il ministro."
    )
    expect(excise.eventType).not.toBe("ministerial_dialogue")
  })
  it("reads students' and workers' visas as mobility, and a film's co-production as culture", () => {
    expect(gloss("i visti per motivi di studio e i visti di lavoro")).toBe("i study visas e i work visas")
    const visas = report(
      "Il consolato ha presentato le università italiane e le procedure per i visti per motivi di studio agli " +
        "studenti indiani a Mumbai."
    )
    expect(visas.sectors).toContain("migration_mobility")
    expect(visas.sectors).not.toContain("culture_tourism")
    const film = report(
      "Italia e India hanno firmato a Roma un accordo di coproduzione cinematografica, ha annunciato il ministero.",
      "Italia-India, firmato l'accordo di coproduzione cinematografica"
    )
    expect(film.sectors).toContain("culture_tourism")
    expect(film.sectors).not.toContain("automotive_manufacturing")
  })
  it("reads a fair that 'si terrà', an 'imminente' visit and one on whose eve a report is written as still to come", () => {
    expect(gloss("si terrà a Mumbai e si svolgerà dal 5 al 7 luglio")).toBe(
      "will be held a Mumbai e will take place on 5 July"
    )
    expect(gloss("l'imminente visita, alla vigilia della visita, alla vigilia dell'incontro")).toBe(
      "the upcoming visit, on the eve of the visit, on the eve of the meeting"
    )
    const fair = report(
      "La fiera Italia-India del macchinario si terrà dal 5 al 7 luglio a Mumbai, con 60 aziende italiane, ha " +
        "annunciato l'Ice."
    )
    expect(fair.status).toBe("announced")
  })
  it("reads a flight 'diretto a' a city as a traveller's, and 'lo scalo di Trieste' as the port, no port call", () => {
    expect(gloss("un volo diretto a Nuova Delhi e un volo diretto tra Milano e Delhi")).toBe(
      "un flight a New Delhi e un direct flights tra Milano e Delhi"
    )
    expect(gloss("lo scalo di Trieste; la nave ha fatto scalo a Napoli")).toBe(
      "the port di Trieste; la ship port call a Napoli"
    )
    const arrest = report(
      "Un cittadino indiano è stato arrestato a Malpensa mentre stava per imbarcarsi su un volo diretto a Nuova " +
        "Delhi, dopo una rapina a Milano."
    )
    expect(arrest.relevant).toBe(false)
    const port = report("Il gruppo indiano Adani valuta un investimento nello scalo di Trieste, ha detto il ministro.")
    expect(port.eventType).not.toBe("military_exercise")
  })
  it("reads 'digitalizzazione' and 'economia digitale' as the digital sector's words", () => {
    expect(gloss("la digitalizzazione e l'economia digitale")).toBe("la digital transformation e the digital economy")
  })
  it("reads 'su istruzione del ministro' as his instructions, no education, and a 'simposio' as a symposium", () => {
    expect(gloss("Su istruzione del ministro e secondo le istruzioni della Farnesina, un simposio")).toBe(
      "On the instructions of Minister e following the instructions of Farnesina, un symposium"
    )
    const summons = report(
      "Su istruzione del ministro Tajani, il segretario generale della Farnesina ha convocato l'ambasciatore " +
        "dell'India per il caso dei marò."
    )
    expect(summons.sectors).not.toContain("education_research")
  })
  it("reads a signing 'non ancora' made as still to come, and 'dal 4 al 6 maggio' as from the 4th", () => {
    expect(gloss("Non è ancora stato firmato il memorandum; devono ancora firmare; manca ancora la firma")).toBe(
      "Has not yet been signed il memorandum; are yet to sign; not yet signed: the signing"
    )
    expect(gloss("dal 4 al 6 maggio e tra il 4 e il 6 maggio 2024")).toBe("on 4 May e on 4 May 2024")
    const visit = classify({
      id: "t",
      title: "",
      text: "Il ministro Tajani si recherà in visita in India dal 4 al 6 maggio, ha annunciato la Farnesina.",
      published: "2022-04-20",
      language: "it"
    })
    expect(visit.occurredOn).toBe("2022-05-04")
  })
  it("reads 'FdI' as the party, a city 'teatro di' a meeting as its venue, and 'il libro d'onore' as a guestbook", () => {
    expect(gloss("Terzi (FdI) e Fratelli d'Italia")).toBe("Terzi (Brothers of Italy party) e Brothers of Italy party")
    expect(gloss("Nuova Delhi sarà teatro della riunione; il teatro di Milano")).toBe(
      "New Delhi will be the venue della meeting; il theatre di Milano"
    )
    const guestbook = report("Meloni ha firmato il libro d'onore al Raj Ghat, accolta dal ministro indiano.")
    expect(guestbook.eventTypes).not.toContain("agreement_signed")
    const delegation = report("La delegazione indiana, guidata da Gianluca Caramanna (FdI), ha incontrato il ministro.")
    expect(delegation.sectors).not.toContain("investment")
  })
  it("reads the Quirinale as Italy's Presidency", () => {
    const received = report("Jaishankar è stato ricevuto oggi al Quirinale, ha detto l'ambasciata indiana.")
    expect(received.relevant).toBe(true)
  })
  it("reads 'la moda' as the fashion trade, not a fashion week, and 'i richiedenti il visto' as visa applicants", () => {
    expect(gloss("la settimana della moda, una sfilata, la moda")).toBe("la fashion week, una fashion show, la fashion")
    const show = report(
      "Il Consolato Generale d'Italia a Mumbai ha organizzato una sfilata di moda con stilisti italiani e indiani, per " +
        "rafforzare la collaborazione tra i due paesi nel settore tessile e della moda. Hanno partecipato il console " +
        "generale e il ministro indiano del Tessile.",
      "Mumbai, il Consolato promuove la moda italiana in India"
    )
    expect(show.relevant).toBe(true)
    const visas = report(
      "L'Ambasciata d'Italia a Nuova Delhi e il governo indiano hanno concordato un nuovo servizio per i richiedenti " +
        "il visto, ha annunciato l'ambasciatore."
    )
    expect(visas.sectors).toContain("migration_mobility")
  })
  it("finds companies written in capitals ('il gruppo ENEL')", () => {
    const award = report(
      "Il gruppo ENEL si è aggiudicato una gara per un impianto solare da 420 MW in Rajasthan, in India.",
      "ENEL vince una gara solare in India"
    )
    expect(award.relevant).toBe(true)
    expect(award.actors.map((actor) => actor.name)).toContain("Enel")
  })
})

describe("the fourteenth round's Italian readings", () => {
  it("reads a ship that 'fa tappa' or 'è giunta nel porto' as a port call, and a minister's 'tappa' as no ship's", () => {
    for (const text of [
      "La nave scuola Amerigo Vespucci della Marina Militare farà tappa per la prima volta a Mumbai, accolta dalla " +
        "Marina indiana.",
      "Il pattugliatore Morosini della Marina Militare ha fatto tappa a Kochi, dove è stato accolto dalla Marina " +
        "indiana.",
      "Nave Tamal della Marina indiana è giunta ieri nel porto di Napoli, accolta dalla Marina Militare."
    ])
      expect(report(text).eventType).toBe("military_exercise")
    const tour = report(
      "Il ministro Tajani ha fatto tappa a Mumbai, dove ha incontrato il governatore del Maharashtra."
    )
    expect(tour.eventType).not.toBe("military_exercise")
    // The day named between the verb and the port stays the report's own word.
    expect(gloss("è giunta ieri nel porto")).toBe("docked yesterday nel port")
  })
  it("reads a company 'venduta a' or that another 'rileva' as taken over, and 'rileva la necessità' as a remark", () => {
    for (const text of [
      "Iveco Group è stata venduta all'indiana Tata Motors per 3,8 miliardi di euro, ha annunciato la società.",
      "Il gruppo indiano eClerx rileva la milanese Clx Europe, specializzata in servizi digitali."
    ])
      expect(report(text).eventType).toBe("trade_investment_figure")
    expect(gloss("rileva la necessità")).toBe("rileva la necessita")
    expect(gloss("l'acquisto di elicotteri")).toBe("the defence procurement of helicopters")
  })
  it("reads a bare 'presidente del Consiglio' as Italy's head of government, and a board's chair as no one's", () => {
    const talks = report(
      "Il presidente del Consiglio ha incontrato oggi il primo ministro indiano Narendra Modi a Nuova Delhi."
    )
    expect(talks.relevant).toBe(true)
    expect(talks.eventType).toBe("leader_meeting")
    expect(gloss("il presidente del Consiglio di amministrazione")).toBe("il Chair of the Council di amministrazione")
    expect(gloss("la presidente del Consiglio dei ministri italiana")).toBe("la Italian Prime Minister")
  })
  it("reads a document named as the frame of other news ('nell'ambito del memorandum sottoscritto') as no signing", () => {
    const exchange = report(
      "Nell'ambito del memorandum sottoscritto dai due atenei, l'Università di Padova e l'IIT Bombay hanno avviato " +
        "uno scambio di ricercatori."
    )
    expect(exchange.eventType).not.toBe("agreement_signed")
    // "Grazie a un accordo firmato tra il Rettore e l'Ambasciatrice" is the signing itself.
    const chair = report(
      "L'Università di Bergamo compie un nuovo passo grazie a un accordo firmato tra il Rettore e l'Ambasciatrice " +
        "dell'India in Italia."
    )
    expect(chair.eventType).toBe("agreement_signed")
  })
  it("reads the other side's forces by the Italian common nouns ('la Marina militare dell'India') as theirs", () => {
    expect(gloss("la Marina militare dell'India")).toBe("la Indian Navy of the India")
    expect(gloss("l'Esercito di Nuova Delhi")).toBe("the Indian Army di New Delhi")
  })
  it("reads an exhibition's 'spazio', the defence lawyers, Agrigento and 'la prossima visita' for what they are", () => {
    expect(gloss("lo spazio espositivo")).toBe("the area espositivo")
    expect(gloss("la difesa ha invocato")).toBe("la defence counsel ha invocato")
    expect(gloss("la prossima visita")).toBe("la upcoming visit")
    const delegation = report(
      "Una delegazione di imprenditori indiani ha visitato la zona industriale di Agrigento con il vicepresidente " +
        "della Regione siciliana per valutare investimenti nella meccanica."
    )
    expect(delegation.sectors).not.toContain("agriculture_food")
  })
  it("reads a team that 'è partita' for India as departing, and the arts by their Italian names", () => {
    expect(gloss("una squadra di archeologi è partita")).toBe("una team di archaeology left")
    expect(gloss("la partita di cricket")).toBe("la match di cricket")
    const dig = report(
      "Una squadra di archeologi italiani è partita per il Gujarat, dove con l'Archaeological Survey of India " +
        "riprenderà gli scavi e il restauro del sito."
    )
    expect(dig.relevant).toBe(true)
    expect(dig.sectors).toContain("culture_tourism")
  })
  it("reads a work 'firmato dallo chef' as made by its author, and the 'partenariato Ue-India' as the bloc's", () => {
    expect(gloss("il menù è stato firmato dallo Chef Bondì")).toBe("il menu was created dallo Chef Bondi")
    expect(gloss("l'accordo è stato firmato dal ministro")).toBe("the agreement was signed dal Minister")
    const machines = report(
      "Gli accordi UE-India appena stipulati tagliano i dazi sui macchinari: per l'export italiano in India, che vale 2 " +
        "miliardi di euro, è una svolta, dice Confindustria.",
      "Macchinari italiani, l'India apre le porte"
    )
    expect(machines.relevant).toBe(false)
  })
  it("reads a headline's 'Vertice Meloni-Modi' as the two leaders' summit", () => {
    const summit = report(
      "I due leader hanno parlato di commercio, difesa e tecnologia, con l'obiettivo di rafforzare i rapporti " +
        "economici.",
      "Vertice Meloni-Modi, obiettivo più rapporti bilaterali"
    )
    expect(summit.eventType).toBe("leader_meeting")
  })
  it("reads a deal reported in the conditional ('avrebbe avviato colloqui per rilevare') as still to come", () => {
    for (const text of [
      "L'indiana Mahindra avrebbe avviato colloqui per rilevare l'italiana Pininfarina, secondo fonti vicine al dossier.",
      "Exor sarebbe in trattative per la cessione di Iveco all'indiana Tata Motors, secondo indiscrezioni."
    ])
      expect(report(text).status).toBe("announced")
  })
  it("reads meeting the workers or the students as speaking to an audience, no talks", () => {
    expect(gloss("ha incontrato gli operai")).toBe("addressed gli operai")
    expect(gloss("ha incontrato i sindacati")).toBe("addressed i sindacati")
    // A community that "si è riunita" gathered; a committee met.
    expect(gloss("la collettività di Mumbai si è riunita")).toBe("la collettivita di Mumbai gathered")
    expect(gloss("il comitato si è riunito")).toBe("il comitato met")
    // A day or an order between "vede" and the office holder: "Tajani vede oggi il ministro".
    expect(gloss("vede oggi il ministro")).toBe("meets today il Minister")
    expect(gloss("ha incontrato il ministro")).toBe("met il Minister")
  })
  it("reads a 'convegno' for trade, and an English webinar for importers, as a business event", () => {
    const conference = report(
      "Si è tenuto il 29 maggio un convegno organizzato dalla Federazione delle Camere di Commercio Indiana (FICCI) " +
        "con l'Ambasciata d'Italia a Nuova Delhi sulle opportunità per le imprese italiane in India."
    )
    expect(conference.eventType).toBe("business_forum")
    const webinar = classify({
      id: "webinar",
      title: "",
      text: "The Italian Trade Agency in New Delhi organised a webinar for Indian importers of Italian machinery.",
      published: "2025-06-03T10:00:00Z",
      language: "en"
    })
    expect(webinar.eventType).toBe("business_forum")
  })
  it("reads 'ha preso contatto con', 'si è messo in contatto con', 'ha sentito l'omologo' as a conversation", () => {
    for (const verb of ["ha preso immediato contatto con", "si è messo in contatto con", "ha sentito"]) {
      const call = report(`Il ministro Antonio Tajani ${verb} il ministro degli Esteri indiano Jaishankar.`)
      expect(call.eventType).toBe("ministerial_dialogue")
    }
    expect(gloss("ha sentito il discorso")).toBe("ha sentito il discorso")
  })

  it("reads Italian business copy whole: a bid, the sum invested, a future investment, a business body's mission", () => {
    expect(gloss("ha presentato un'offerta vincolante per le acciaierie")).toBe("made an offer for le steel")
    expect(gloss("investimenti di 40 milioni")).toBe("investments of 40 million")
    expect(gloss("il gruppo investirà")).toBe("il gruppo will invest")
    const bid = report("Il gruppo indiano Jsw ha fatto un'offerta per le acciaierie Lucchini di Piombino.")
    expect(bid.eventType).toBe("trade_investment_figure")
    const mission = report(
      "Si è conclusa la missione organizzata da Confindustria a New Delhi e Mumbai, con incontri tra imprenditori " +
        "italiani e indiani."
    )
    expect(mission.eventType).toBe("business_forum")
  })

  it("reads 'di concerto con' as together with, and a firm's 'ingegneria della mobilità' as transport", () => {
    expect(gloss("di concerto con l'Associazione")).toBe("together with the Associazione")
    const engineering = report(
      "Italferr, la società di ingegneria della mobilità del gruppo FS, ha vinto un contratto in India per la " +
        "metropolitana di Kanpur."
    )
    expect(engineering.sectors).not.toContain("migration_mobility")
  })

  it("reads 'questa mia missione qui a Mumbai' as the speaker's own visit", () => {
    expect(gloss("questa mia missione qui a Mumbai")).toBe("questa my visit qui a Mumbai")
    expect(gloss("la nostra missione a Roma")).toBe("la our visit a Roma")
  })

  it("reads a forum named for the pair ('il forum Italia-India', 'il forum italo-indiano') as a business event", () => {
    for (const text of [
      "Il rettore ha partecipato al forum Italia-India sulla ricerca e l'innovazione.",
      "Si è svolto a Roma il forum italo-indiano sulla ricerca.",
      "Si è svolto a Nuova Delhi il Forum imprenditoriale Italia-India."
    ]) {
      const forum = report(text)
      expect(forum.relevant).toBe(true)
      expect(forum.eventType).toBe("business_forum")
    }
  })

  it("reads a navy ship that 'è giunta a Mumbai' as a port call, and 'fino al 13 agosto' as the end of its stay", () => {
    expect(gloss("resterà in porto fino al 13 agosto")).toBe("will remain in port until 13 August")
    const arrival = report("La nave scuola Vespucci della Marina Militare è giunta a Mumbai.")
    expect(arrival.eventType).toBe("military_exercise")
  })

  it("reads a document 'è stato stipulato', a deal 'trovato', and an 'controversia internazionale' for what they are", () => {
    const passive = report(
      "Un memorandum d'intesa è stato stipulato pochi giorni fa tra Fincantieri e l'indiana Cochin Shipyard Limited."
    )
    expect(passive.eventType).toBe("agreement_signed")
    expect(gloss("Enel ha trovato un accordo")).toBe("Enel reached un agreement")
    const dispute = report(
      "L'Italia ha informato il governo indiano che, stante la formale instaurazione di una controversia " +
        "internazionale tra i due Stati, i marò Latorre e Girone non faranno rientro in India."
    )
    expect(dispute.eventType).toBe("legal_dispute")
  })

  it("reads 'le tecnologie dell'informazione e della comunicazione (TIC)' as the digital sector", () => {
    expect(gloss("le tecnologie dell'informazione e della comunicazione (TIC)")).toBe(
      "le information and communication technology (ICT)"
    )
    const ict = report(
      "Italia e India hanno firmato un accordo di cooperazione nel settore delle tecnologie dell'informazione e della " +
        "comunicazione."
    )
    expect(ict.sectors).toContain("digital")
  })

  it("reads Aprilia after a preposition as the town, not the motorcycle maker", () => {
    const festival = classify({
      id: "festival",
      title: "Città invasa dai colori della comunità indiana dei Sikh",
      text:
        "La numerosa comunità Sikh di Aprilia ha invaso oggi la città per la tradizionale festa Vaisakhi, che ha visto " +
        "centinaia di indiani celebrare il giorno in cui il decimo Guru istituì l'ordine che detiene il potere " +
        "temporale (civile, militare ed esecutivo) nella comunità Sikh.",
      published: "2024-04-14",
      language: "it"
    })
    expect(festival.relevant).toBe(false)
    const maker = report(
      "Aprilia ha firmato un accordo con il gruppo indiano Hero MotoCorp per produrre veicoli in India."
    )
    expect(maker.actors.map((actor) => actor.name)).toContain("Aprilia")
  })

  it("reads a count of companies that met at an event ('incontri tra 40 aziende italiane') as its size, no figure", () => {
    const meetings = report("Oggi a Roma incontri tra 40 aziende italiane e 15 startup indiane.")
    expect(meetings.eventType).toBe("business_forum")
    const english = classify({
      id: "meetings",
      title: "",
      text: "Meetings between 40 Italian companies and 15 Indian startups were held in Rome today.",
      published: "2025-06-03T10:00:00Z",
      language: "en"
    })
    expect(english.eventType).toBe("business_forum")
  })

  it("reads the Expo as a date ('alla vigilia dell'Expo', 'ahead of Expo 2015'), not a fair between the two", () => {
    const shoot = report(
      "Alla vigilia dell'Expo Milano, sbarcherà di nuovo in Lombardia l'universo di Bollywood, la prolifica industria " +
        "indiana della pellicola."
    )
    expect(shoot.relevant).toBe(false)
  })

  it("reads a state barring or freeing a defence supplier in Italian ('lista nera', 'revocato il divieto')", () => {
    for (const text of [
      "L'India ha revocato il divieto a Leonardo di fare affari con il ministero della Difesa.",
      "L'India cancella tutte le commesse di Leonardo."
    ]) {
      const ban = report(text)
      expect(ban.relevant).toBe(true)
      expect(ban.eventType).toBe("defence_industry")
    }
  })

  it("reads 'ha citato', 'parlando a', 'nel punto stampa' as a speaker's, and 'è in missione a' as a visit", () => {
    expect(gloss("L'ambasciatore ha citato la crescita")).toBe("The Ambassador mentioned la crescita")
    expect(gloss("Parlando a un evento")).toBe("Speaking at un evento")
    expect(gloss("nel punto stampa congiunto")).toBe("told reporters at a press point")
    for (const text of [
      "Il ministro Adolfo Urso è in missione a Mumbai e Nuova Delhi.",
      "La missione del ministro Adolfo Urso in India prosegue oggi a Nuova Delhi."
    ])
      expect(report(text).eventType).toBe("official_visit")
  })

  it("reads a signing denied or barred ('non hanno sottoscritto', 'non possa firmare')", () => {
    expect(gloss("Italia ed India non hanno sottoscritto trattati")).toBe("Italy ed India have not signed trattati")
    expect(gloss("non hanno mai siglato")).toBe("have never signed")
    expect(gloss("l'Europa non possa firmare")).toBe("the Europa cannot sign")
  })

  it("reads Italy's Parliament by its Italian names ('la Camera dei deputati', 'il Senato') as Italy", () => {
    const ratification = report(
      "La Camera dei deputati ha approvato il disegno di legge di ratifica dell'accordo di cooperazione nel settore " +
        "della difesa con l'India."
    )
    expect(ratification.relevant).toBe(true)
    expect(ratification.actors.map((actor) => actor.name)).toContain("Chamber of Deputies of Italy")
    const us = report("Il Senato americano ha approvato le sanzioni; l'India ha protestato.")
    expect(us.actors.map((actor) => actor.name)).not.toContain("Senate of Italy")
  })

  it("reads members of Parliament ('il senatore', 'l'eurodeputato') as speaking for their side, and 'Lo afferma'", () => {
    expect(gloss("Lo afferma la senatrice Ester Mieli")).toBe("This was said by the senator Ester Mieli")
    expect(gloss("la Camera dei deputati")).toBe("la Camera dei deputati")
    const senator = report(
      "Il senatore Giulio Terzi di Sant'Agata ha detto che il partenariato strategico tra Italia e India è centrale."
    )
    expect(senator.relevant).toBe(true)
    expect(senator.eventType).toBe("statement_remark")
  })

  it("reads a firm 'acquisita' or 'potrebbe essere rilevata' by an Indian group, and a plant 'ampliato'", () => {
    const passive = report("L'azienda veneta è stata acquisita dal colosso indiano Motherson.")
    expect(passive.eventType).toBe("trade_investment_figure")
    expect(passive.status).toBe("happened")
    const conditional = report("La veneta Sit potrebbe essere acquisita dal gruppo indiano Motherson.")
    expect(conditional.eventType).toBe("trade_investment_figure")
    expect(conditional.status).toBe("announced")
    expect(report("Il gruppo italiano Carraro ha ampliato il suo stabilimento di Pune, in India.").eventType).toBe(
      "trade_investment_figure"
    )
  })

  it("reads 'ai ferri corti' as no court, and a foreword 'firmata da' as written, not signed", () => {
    expect(gloss("Siamo ai ferri corti con l'India")).toBe("Siamo to the ferri corti con the India")
    expect(gloss("la corte d'appello di Milano")).toBe("la court d'appello di Milano")
    expect(gloss("la prefazione firmata da Donald Trump")).toBe("la prefazione written by Donald Trump")
    expect(gloss("A firmare la prefazione è Modi")).toBe("A wrote la prefazione e Modi")
  })

  it("reads a region's government acting ('La Regione Veneto ha aperto a Mumbai un ufficio') as its side", () => {
    const office = report("La Regione Veneto ha aperto a Mumbai un ufficio per le imprese venete in India.")
    expect(office.relevant).toBe(true)
    const english = classify({
      id: "region",
      title: "",
      text: "The Veneto Region opened an office in Mumbai for Venetian companies in India.",
      published: "2025-02-10",
      language: "en"
    })
    expect(english.relevant).toBe(true)
  })

  it("reads 'arriva a pochi giorni dalla visita' as a time, no arrival", () => {
    expect(gloss("La nomina arriva a pochi giorni dalla visita")).toBe("La nomina arriva a pochi giorni dalla visit")
    expect(gloss("Il ministro arriva a Nuova Delhi")).toBe("Il Minister arrived in New Delhi")
  })

  it("reads meeting 'una delegazione di imprenditori' or 'importatrici' as a business event", () => {
    const meeting = report(
      "Il console generale dell'India ha incontrato una delegazione di imprenditori fiorentini alla Camera di commercio " +
        "di Firenze."
    )
    expect(meeting.eventType).toBe("business_forum")
  })

  it("reads local business copy's sector words ('enogastronomico', 'meccatronica', 'biotecnologie')", () => {
    expect(gloss("il settore enogastronomico")).toBe("il settore food and wine")
    const mission = report(
      "Una missione di imprese italiane del settore enogastronomico e della meccatronica ha incontrato buyer indiani a " +
        "Mumbai."
    )
    expect(mission.sectors).toEqual(expect.arrayContaining(["agriculture_food", "automotive_manufacturing"]))
  })

  it("reads a name given with an age ('Bikram Singh di 43 anni') as a private person, not the office holder", () => {
    const arrest = report(
      "Un connazionale, Bikram Singh di 43 anni, è stato arrestato a Carmagnola, in Italia, per l'omicidio di un uomo " +
        "indiano."
    )
    expect(arrest.relevant).toBe(false)
  })

  it("reads 'vedrà il ministro' as talks to come", () => {
    const talks = report("Il ministro Antonio Tajani vedrà domani a Roma il ministro degli Esteri indiano Jaishankar.")
    expect(talks.eventType).toBe("ministerial_dialogue")
    expect(talks.status).toBe("announced")
  })

  it("reads an outlet's interview ('abbiamo intervistato', 'we interviewed') as what was said", () => {
    const italian = report(
      "Abbiamo intervistato l'ambasciatore d'Italia in India Vincenzo de Luca sulle relazioni tra Italia e India."
    )
    expect(italian.eventType).toBe("statement_remark")
    const english = classify({
      id: "interview",
      title: "",
      text: "We interviewed Italy's ambassador to India Vincenzo de Luca on relations between Italy and India.",
      published: "2025-06-03T10:00:00Z",
      language: "en"
    })
    expect(english.eventType).toBe("statement_remark")
  })
})
