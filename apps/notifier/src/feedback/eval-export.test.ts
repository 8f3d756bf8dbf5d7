import { describe, expect, it } from "vitest"
// The eval format itself, so an exported line is checked by the decoder `pnpm eval` uses.
import { parseEvalLines } from "../../../../packages/domain/scripts/eval-core.ts"
import { sampleEvent } from "../testing/fixtures.ts"
import type { FeedbackRecord } from "./feedback-answer.ts"
import { correctedLabel, evalLinesOf } from "./eval-export.ts"

const answer = (answer: FeedbackRecord["answer"], at: string, user = "U0READER1"): FeedbackRecord => ({
  eventId: "ev-1",
  revision: 1,
  channel: "C0FEED001",
  user,
  answer,
  at
})

// defence_industry + agreement_signed; sectors defence, maritime_ports.
const event = sampleEvent("ev-1", { excerpt: "The two defence ministers agreed to co-produce naval systems." })

describe("correctedLabel", () => {
  it("makes a 'Not relevant' answer a not-relevant label", () => {
    expect(correctedLabel(event, [answer({ kind: "not_relevant" }, "2026-05-20T10:00:00Z")])).toMatchObject({
      relevant: false,
      eventType: "not_relevant",
      eventTypes: [],
      sectors: []
    })
  })

  it("puts a chosen type first in place of the classifier's and replaces the sectors by those chosen", () => {
    const label = correctedLabel(event, [
      answer({ kind: "wrong_type", eventType: "military_exercise" }, "2026-05-20T10:00:00Z"),
      answer({ kind: "wrong_sector", sector: "space" }, "2026-05-20T10:01:00Z"),
      answer({ kind: "wrong_sector", sector: "technology_ai" }, "2026-05-20T10:02:00Z", "U0OTHER01")
    ])
    expect(label).toMatchObject({
      relevant: true,
      eventType: "military_exercise",
      eventTypes: ["military_exercise", "agreement_signed"],
      sectors: ["space", "technology_ai"],
      actors: ["Rajnath Singh", "Guido Crosetto"],
      places: ["New Delhi"]
    })
    expect(label?.notes).toContain("type military_exercise (U0READER1 in C0FEED001")
  })

  it("lets the latest answer decide between 'Not relevant' and a correction", () => {
    const dismissedThenCorrected = correctedLabel(event, [
      answer({ kind: "not_relevant" }, "2026-05-20T10:00:00Z"),
      answer({ kind: "wrong_sector", sector: "space" }, "2026-05-20T11:00:00Z")
    ])
    expect(dismissedThenCorrected).toMatchObject({ relevant: true, eventType: "defence_industry", sectors: ["space"] })
    const correctedThenDismissed = correctedLabel(event, [
      answer({ kind: "wrong_sector", sector: "space" }, "2026-05-20T10:00:00Z"),
      answer({ kind: "not_relevant" }, "2026-05-20T11:00:00Z")
    ])
    expect(correctedThenDismissed?.relevant).toBe(false)
  })

  it("makes no test case of a mute alone", () => {
    expect(correctedLabel(event, [answer({ kind: "mute" }, "2026-05-20T10:00:00Z")])).toBeUndefined()
  })
})

describe("evalLinesOf", () => {
  it("writes lines the eval decoder reads, with the report's title and text", () => {
    const lines = evalLinesOf([
      { event, answers: [answer({ kind: "not_relevant" }, "2026-05-20T10:00:00Z")] },
      { event: sampleEvent("ev-2"), answers: [answer({ kind: "mute" }, "2026-05-20T10:00:00Z")] }
    ])
    expect(lines).toHaveLength(1)
    const { items, errors } = parseEvalLines(lines.map((line) => JSON.stringify(line)).join("\n"))
    expect(errors).toEqual([])
    expect(items[0]).toMatchObject({
      id: "feedback-ev-1",
      title: event.classification.title,
      text: "The two defence ministers agreed to co-produce naval systems.",
      url: event.classification.url,
      label: { relevant: false, eventType: "not_relevant" }
    })
  })
})
