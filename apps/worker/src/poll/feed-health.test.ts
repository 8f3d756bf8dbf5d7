import { describe, expect, it } from "vitest"
import { defaultBounds } from "../schedule/next-check.ts"
import { initialFeedState } from "../state/feed-state-store.ts"
import { afterFailure, afterSuccess, opsNoticeJobId } from "./feed-health.ts"

const t0 = new Date("2026-03-02T12:00:00Z")
const minutesLater = (minutes: number) => new Date(t0.getTime() + minutes * 60_000)
const thresholds = { afterFailures: 3, afterMinutes: 60 }
const fresh = initialFeedState("feed-abc", "https://wire.example/rss", "Wire")

describe("feed health bookkeeping", () => {
  it("reports a failing feed to ops once, when the run of failures reaches the threshold", () => {
    let state = fresh
    const notices = []
    for (let poll = 0; poll < 6; poll++) {
      const result = afterFailure(
        state,
        { reason: "http: 500", httpStatus: 500 },
        minutesLater(poll),
        defaultBounds,
        thresholds
      )
      state = result.state
      if (result.opsNotice) notices.push(result.opsNotice)
    }
    expect(notices).toHaveLength(1)
    expect(notices[0]).toMatchObject({
      feedUrl: fresh.url,
      feedName: "Wire",
      consecutiveFailures: 3,
      failingSince: t0.toISOString()
    })
    expect(state).toMatchObject({ status: "failing", consecutiveFailures: 6, lastError: "http: 500" })
  })

  it("reports a feed that has been failing long enough even below the failure count", () => {
    const first = afterFailure(fresh, { reason: "network: reset" }, t0, defaultBounds, thresholds)
    expect(first.opsNotice).toBeUndefined()
    const second = afterFailure(first.state, { reason: "network: reset" }, minutesLater(61), defaultBounds, thresholds)
    expect(second.opsNotice?.consecutiveFailures).toBe(2)
  })

  it("reports a 410 at once and marks the feed gone", () => {
    const gone = afterFailure(fresh, { reason: "http: 410", httpStatus: 410 }, t0, defaultBounds, thresholds)
    expect(gone.state.status).toBe("gone")
    expect(gone.state.nextCheckAt).toBeUndefined()
    expect(gone.opsNotice?.reason).toMatch(/410/)
  })

  it("clears the failure run on success, so a later run is reported again", () => {
    let state = fresh
    for (let poll = 0; poll < 3; poll++)
      state = afterFailure(
        state,
        { reason: "http: 500", httpStatus: 500 },
        minutesLater(poll),
        defaultBounds,
        thresholds
      ).state
    expect(state.opsNotifiedAt).toBeDefined()
    const recovered = afterSuccess(
      state,
      { validators: { etag: '"x"' }, hints: {}, itemDates: [], itemsSeen: 4 },
      minutesLater(10),
      defaultBounds
    )
    expect(recovered).toMatchObject({ status: "ok", consecutiveFailures: 0, etag: '"x"', itemsSeen: 4 })
    expect(recovered.opsNotifiedAt).toBeUndefined()
    expect(recovered.failingSince).toBeUndefined()
    expect(recovered.lastError).toBe("http: 500")
    const again = afterFailure(recovered, { reason: "http: 502", httpStatus: 502 }, minutesLater(20), defaultBounds, {
      afterFailures: 1,
      afterMinutes: 60
    })
    expect(again.opsNotice?.failingSince).toBe(minutesLater(20).toISOString())
    expect(opsNoticeJobId("feed-abc", again.opsNotice!.failingSince)).not.toBe(
      opsNoticeJobId("feed-abc", t0.toISOString())
    )
  })

  it("drops validators the server no longer sends", () => {
    const withEtag = afterSuccess(
      fresh,
      {
        validators: { etag: '"1"', lastModified: "Mon, 02 Mar 2026 10:00:00 GMT" },
        hints: {},
        itemDates: [],
        itemsSeen: 1
      },
      t0,
      defaultBounds
    )
    const without = afterSuccess(
      withEtag,
      { validators: {}, hints: {}, itemDates: [], itemsSeen: 1 },
      t0,
      defaultBounds
    )
    expect(without.etag).toBeUndefined()
    expect(without.lastModified).toBeUndefined()
  })
})
