import { describe, expect, it } from "vitest"
import { classify } from "./classify.ts"

const report = (title: string, text: string) => classify({ id: "t", title, text, published: "2026-05-21" })

describe("a defence maker of each side in the lead: a defence-industrial tie-up", () => {
  it("two defence makers signing an MoU lead with the tie-up, the signing beside it", () => {
    const result = report(
      "Leonardo and Bharat Electronics sign MoU",
      "Italy's Leonardo and India's Bharat Electronics signed a memorandum of understanding on Tuesday."
    )
    expect(result.eventType).toBe("defence_industry")
    expect(result.eventTypes).toContain("agreement_signed")
  })
  it("a shipyard that builds no arms and a defence maker: the signing leads", () => {
    const result = report(
      "Fincantieri and Cochin Shipyard sign MoU",
      "Italy's Fincantieri and India's Cochin Shipyard signed a memorandum of understanding on Tuesday."
    )
    expect(result.eventType).toBe("agreement_signed")
  })
  it("the pair further down a report about something else is one topic among others", () => {
    const result = report(
      "",
      "India and Italy adopted a joint action plan on Tuesday. The plan covers trade and " +
        "space.\n\nIt also foresees, in time, an MoU between Leonardo and Bharat Electronics."
    )
    expect(result.eventType).toBe("joint_statement")
  })
})
