import { describe, expect, it } from "vitest"
import { classify } from "./classify.ts"

describe("the lead: what a report is about", () => {
  it("a hook sentence first, the two sides in the second: the second is the lead too", () => {
    const text =
      "The talks went better than anyone had expected. Italy's defence minister met his Indian " +
      "counterpart in Rome on Monday to discuss the joint production of helicopters."
    const result = classify({ id: "lead", title: "", text, published: "2026-05-21" })
    expect(result.relevant).toBe(true)
    expect(result.eventType).toBe("ministerial_dialogue")
  })
  it("a second sentence that also names a third country does not lead", () => {
    const text =
      "Italy and Japan signed four agreements in Tokyo on Friday, covering ports and energy. " +
      "Observers said Italy was weighing its ties with Japan and India."
    const result = classify({ id: "third", title: "Italy, Japan sign pacts", text, published: "2026-05-21" })
    expect(result.relevant).toBe(false)
  })
  it("the two sides only deep in the body are still in passing", () => {
    const text =
      "The talks went better than anyone had expected. The minister flew home on Tuesday. " +
      "Nothing else was announced.\n\nLater, in a long interview about his career, he recalled that Italy's " +
      "defence minister had once met his Indian counterpart in Rome."
    expect(classify({ id: "body", title: "", text, published: "2026-05-21" }).relevant).toBe(false)
  })
})
