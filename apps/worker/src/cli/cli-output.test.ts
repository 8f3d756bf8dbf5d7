import { describe, expect, it } from "vitest"
import { initialFeedState } from "../state/feed-state-store.ts"
import { renderTable, toRow } from "./feed-health-table.ts"
import { toLine } from "./poll-once-output.ts"

describe("poll-once output and arguments", () => {
  it("prints only url, status, items, newItems and error, and reports a skipped poll as an error", () => {
    expect(toLine({ url: "u", status: "ok", items: 3, newItems: 1, editedItems: 1, classifyJobIds: ["x"] })).toEqual({
      url: "u",
      status: "ok",
      items: 3,
      newItems: 1
    })
    expect(
      toLine({
        url: "u",
        status: "skipped",
        items: 0,
        newItems: 0,
        editedItems: 0,
        classifyJobIds: [],
        error: "host busy"
      })
    ).toEqual({
      url: "u",
      status: "error",
      items: 0,
      newItems: 0,
      error: "host busy"
    })
  })
})

describe("feeds health table", () => {
  it("shows each feed's status, last success, last error, next check, items seen and failures", () => {
    const failing = {
      ...initialFeedState("feed-1", "https://wire.example/rss", "Wire"),
      status: "failing" as const,
      lastSuccessAt: "2026-03-02T10:00:00.000Z",
      lastErrorAt: "2026-03-02T11:00:00.000Z",
      lastError: "http: HTTP 503",
      nextCheckAt: "2026-03-02T11:04:00.000Z",
      itemsSeen: 12,
      consecutiveFailures: 2
    }
    const gone = { ...initialFeedState("feed-2", "https://old.example/rss"), status: "gone" as const }
    const table = renderTable([toRow(failing), toRow(gone)])
    const [header, first, second] = table.split("\n")
    expect(header).toMatch(/feed\s+status\s+last success\s+last error\s+next check\s+items seen\s+failures/)
    expect(first).toMatch(
      /Wire <https:\/\/wire\.example\/rss>\s+failing\s+2026-03-02 10:00:00Z\s+2026-03-02 11:00:00Z http: HTTP 503\s+2026-03-02 11:04:00Z\s+12\s+2/
    )
    expect(second).toMatch(/https:\/\/old\.example\/rss\s+gone .*never \(gone\)\s+0\s+0/)
  })
})
