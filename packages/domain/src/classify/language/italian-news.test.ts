import { describe, expect, it } from "vitest"
import { italian } from "../../knowledge/packs/it.ts"
import type { ClassifiedItem } from "../../event.ts"
import { classify } from "../classify.ts"
import { compilePack, glossText } from "./gloss.ts"

/** How Italian news is written, rule by rule, each with a short sentence written for the test. */
const pack = compilePack(italian)
const gloss = (text: string): string => glossText(pack, text).text
const report = (text: string, title = ""): ClassifiedItem =>
  classify({ id: "t", title, text, published: "2026-05-21", language: "it" })

describe("Italian grammar the English rules would misread", () => {
  it("'ai' is 'to the', not artificial intelligence", () => {
    expect(gloss("ai colleghi")).toBe("to the colleghi")
    const result = report("Il ministro degli Esteri italiano ha presentato ai colleghi indiani a Nuova Delhi " +
      "un accordo sui porti.")
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
    const result = report("Il governo indiano ha approvato nella riunione del consiglio dei ministri " +
      "l'accordo con l'Italia sulla mobilità.")
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
      "un agreement was signed tra the universities e the ambasciata")
    expect(gloss("l'accordo firmato nel 2017")).toBe("the agreement signed in 2017")
    const result = report("L'università di Padova ha un accordo firmato ieri con l'ambasciata dell'India in Italia " +
      "per una cattedra di studi indiani.")
    expect(result.eventType).toBe("agreement_signed")
  })
  it("'per firmare' is to sign", () => {
    expect(gloss("per firmare il memorandum")).toBe("to sign il memorandum")
  })
  it("someone's Italian origin is domestic politics, not relations", () => {
    expect(gloss("la sua origine italiana")).toBe("la sua Italian origin")
    const result = report("Il premier indiano ha attaccato la leader dell'opposizione per la sua origine italiana " +
      "durante un comizio in Kerala, parlando anche dell'Italia.")
    expect(result.relevant).toBe(false)
  })
  it("plural agreements and documents keep their number", () => {
    expect(gloss("accordi e documenti")).toBe("agreements e documents")
  })
  it("a ship's stay in port is a stopover", () => {
    expect(gloss("dopo una sosta di sei giorni la nave ha attraccato")).toBe(
      "dopo una stopover di sei giorni la ship docked")
    const result = report("La nave scuola della Marina Militare italiana ha attraccato a Mumbai, accolta dalla " +
      "Marina indiana.")
    expect(result.eventType).toBe("military_exercise")
  })
  it("a company passing to new owners is taken over; a plant inaugurated is investment news", () => {
    const takeover = report("L'azienda torinese di design passa agli indiani di Mahindra: attesa la firma.",
      "Pininfarina passa agli indiani di Mahindra")
    expect(takeover.eventType).toBe("trade_investment_figure")
    const plant = report("Ferrero ha inaugurato un nuovo stabilimento in India, alla presenza " +
      "dell'ambasciatore d'Italia.")
    expect(plant.eventType).toBe("trade_investment_figure")
  })
  it("the trade volume written with 'interscambio'", () => {
    expect(gloss("il volume dell'interscambio")).toBe("il trade volume")
  })
})

describe("Italian sector vocabulary", () => {
  it("'sicurezza' of a railway or a ship's guards is safety, not the security sector", () => {
    expect(gloss("la sicurezza nel settore ferroviario")).toBe("la rail safety")
    const guards = report("I militari italiani incaricati della sicurezza della petroliera sono stati fermati in " +
      "India dalla polizia del Kerala su ordine del tribunale.")
    expect(guards.sectors).not.toContain("security_counterterrorism")
    const security = report("Italia e India hanno firmato a Roma un accordo sulla sicurezza e la lotta al terrorismo.")
    expect(security.sectors).toContain("security_counterterrorism")
  })
  it("'imprenditori' are business people, not start-up founders", () => {
    const result = report("Il ministro degli Esteri italiano ha incontrato a Mumbai gli imprenditori indiani " +
      "e italiani per parlare di commercio.")
    expect(result.sectors).not.toContain("startups_innovation")
    expect(result.sectors).toContain("trade")
  })
  it("manufacturing, machine tools, steel, oil and gas, scientific research", () => {
    expect(gloss("le imprese manifatturiere")).toBe("le companies manufacturing")
    expect(gloss("le macchine utensili")).toBe("le machine tools")
    expect(gloss("il polo siderurgico")).toBe("il polo steel")
    expect(gloss("un impianto petrolchimico")).toBe("un impianto oil and gas")
    expect(gloss("la ricerca scientifica")).toBe("la scientific research")
  })
})
