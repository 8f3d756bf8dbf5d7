import { describe, expect, it } from "vitest"
import { checkBlocks } from "../testing/fake-slack-server.ts"
import { sampleEvent, sampleSource } from "../testing/fixtures.ts"
import { languageName } from "./language-name.ts"
import { renderAlert, renderSourceReply } from "./render-alert.ts"
import { renderBlocksAsText } from "./render-text.ts"

/**
 * Alerts for reports in Italian: the headline and the evidence stay in the report's words, the
 * labels, sectors and "What happened" are English, and the reader is told each report's language.
 * The Italian wording is made up for these tests.
 */
const italianHeadline = "Italia e India firmano un'intesa sulla difesa a Nuova Delhi"

const italianEvent = () =>
  sampleEvent(
    "ev-it",
    {
      title: italianHeadline,
      url: "https://agenzia.example/it/intesa-difesa",
      source: "Agenzia Esempio",
      language: "it",
      eventType: "agreement_signed",
      eventTypes: ["agreement_signed"],
      sectors: ["defence"],
      amounts: [],
      evidence: [
        { tag: "eventType:agreement_signed", text: "hanno firmato", field: "text", start: 10, end: 23 },
        { tag: "sector:defence", text: "cooperazione nel settore della difesa", field: "text", start: 40, end: 77 }
      ]
    },
    {
      sources: [
        sampleSource({
          itemId: "ev-it-item",
          title: italianHeadline,
          url: "https://agenzia.example/it/intesa-difesa",
          outlet: "Agenzia Esempio",
          language: "it"
        })
      ]
    }
  )

describe("languageName", () => {
  it("names a language code the way a reader would, and shows nothing for an undetermined one", () => {
    expect(languageName("it")).toBe("Italian")
    expect(languageName("it-IT")).toBe("Italian")
    expect(languageName("en")).toBe("English")
    expect(languageName("hi")).toBe("Hindi")
    expect(languageName("und")).toBeUndefined()
    expect(languageName(undefined)).toBeUndefined()
    expect(languageName("  ")).toBeUndefined()
  })

  it("shows a code it cannot name as the code, cut short, rather than guessing", () => {
    expect(languageName("qq")).toBe("qq")
    expect(languageName(`<!channel> ${"x".repeat(100)}`)).toHaveLength(16)
  })
})

describe("an alert for an Italian report", () => {
  const message = renderAlert(italianEvent())
  const slackText = JSON.stringify(message.blocks)
  const consoleText = renderBlocksAsText(message.blocks, message.text)

  it("keeps the Italian headline and evidence, with English labels, sectors and 'What happened'", () => {
    expect(consoleText).toContain(`*${italianHeadline}*`)
    expect(consoleText).toContain("■ INDIA–ITALY · AGREEMENT SIGNED")
    expect(consoleText).toContain("• _Agreement signed_: “hanno firmato”")
    expect(consoleText).toContain("• _Defence_: “cooperazione nel settore della difesa”")
    expect(consoleText).toContain("`Defence`")
    expect(consoleText).toContain(
      "*What happened*\nRajnath Singh and Guido Crosetto signed an agreement on defence in New Delhi on 1 March 2026."
    )
    expect(checkBlocks(message.blocks)).toBeUndefined()
  })

  it("says the report is in Italian beside the sectors, and marks the source's language", () => {
    expect(slackText).toContain("in Italian")
    expect(consoleText).toMatch(/^`Defence` {2}· {2}confidence \d+% {2}· {2}in Italian$/m)
    expect(slackText).toContain("<https://agenzia.example/it/intesa-difesa|Agenzia Esempio> (Italian) — ")
    expect(consoleText).toContain(
      "• Agenzia Esempio (https://agenzia.example/it/intesa-difesa) (Italian) — " + italianHeadline
    )
  })

  it("marks each source of a development reported in two languages with its own language", () => {
    const event = italianEvent()
    const english = sampleSource({
      itemId: "en-1",
      outlet: "Example Wire",
      language: "en",
      published: "2026-03-02T10:00:00Z"
    })
    const text = renderBlocksAsText(renderAlert({ ...event, sources: [...event.sources, english] }).blocks, "")
    expect(text).toContain("*Sources* (2)")
    expect(text).toContain("Agenzia Esempio (https://agenzia.example/it/intesa-difesa) (Italian) — ")
    expect(text).toContain("Example Wire (https://wire.example/india-italy-naval) (English) — ")
  })

  it("shows no language where none is known (sources stored before languages were recorded)", () => {
    const text = renderBlocksAsText(renderAlert(sampleEvent("ev-old")).blocks, "")
    expect(text).not.toMatch(/\bin (English|Italian)\b|\((English|Italian)\)/)
  })

  it("escapes a hostile language code instead of letting it ping a channel", () => {
    const hostile = sampleEvent(
      "ev-hostile",
      { language: "<!here>" },
      { sources: [sampleSource({ language: "<!channel>|x" })] }
    )
    const text = JSON.stringify(renderAlert(hostile).blocks)
    expect(text).not.toContain("<!here>")
    expect(text).not.toContain("<!channel>")
    expect(text).toContain("in &lt;!here&gt;")
  })
})

describe("a thread reply for another outlet's report", () => {
  it("names the outlet's language in Slack, in the fallback text and on the console", () => {
    const reply = renderSourceReply(
      sampleEvent("ev-en", { language: "en" }),
      sampleSource({
        itemId: "it-2",
        outlet: "Agenzia Esempio",
        url: "https://agenzia.example/it/2",
        title: italianHeadline,
        language: "it"
      })
    )
    expect(JSON.stringify(reply.blocks)).toContain(
      "*Also reported by <https://agenzia.example/it/2|Agenzia Esempio>* (Italian)"
    )
    expect(reply.text).toBe(`Also reported by Agenzia Esempio (Italian): ${italianHeadline}`)
    const text = renderBlocksAsText(reply.blocks, reply.text)
    expect(text).toContain("*Also reported by Agenzia Esempio (https://agenzia.example/it/2)* (Italian)")
    expect(text).toContain(`_${italianHeadline}_`)
    expect(checkBlocks(reply.blocks)).toBeUndefined()
  })
})
