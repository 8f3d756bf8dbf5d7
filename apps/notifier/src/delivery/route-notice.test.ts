import type { Subscription } from "@india-italy/domain"
import { describe, expect, it } from "vitest"
import {
  eventUpdatedNotice,
  newEventNotice,
  sampleEvent,
  sampleSource,
  sourceAddedNotice
} from "../testing/fixtures.ts"
import { alertKey } from "./delivery-job.ts"
import { deliveryFor, planRoute } from "./route-notice.ts"

const subscription = (overrides: Partial<Subscription>): Subscription => ({
  id: `sub-${Math.random().toString(36).slice(2, 8)}`,
  channel: "C0DEFAULT",
  sectors: "all",
  createdAt: "2026-01-01T00:00:00.000Z",
  ...overrides
})

describe("planRoute", () => {
  const event = sampleEvent("ev-plan", {
    sectors: ["defence"],
    eventType: "defence_industry",
    eventTypes: ["defence_industry"],
    confidence: 0.7
  })

  it("picks real-time channels by sector, type and confidence, each channel once", () => {
    const plan = planRoute(newEventNotice(event), [
      subscription({ channel: "C0DEF", sectors: ["defence"] }),
      subscription({ channel: "C0DEF", sectors: "all" }),
      subscription({ channel: "C0TRADE", sectors: ["trade"] }),
      subscription({ channel: "C0TYPE", sectors: "all", eventTypes: ["leader_meeting"] }),
      subscription({ channel: "C0SURE", sectors: "all", minConfidence: 0.9 })
    ])
    expect(plan.channels).toEqual(["C0DEF"])
  })

  it("sends digest subscriptions to the digest, not to real time", () => {
    const digest = subscription({ channel: "C0DIG", digest: { every: "daily", at: "08:00", tz: "UTC" } })
    const plan = planRoute(newEventNotice(event), [digest])
    expect(plan.channels).toEqual([])
    expect(plan.digests).toEqual([digest])
  })

  it("offers a corrected event to every real-time channel and every digest, matching or not", () => {
    const digest = subscription({
      channel: "C0DIG",
      sectors: ["trade"],
      digest: { every: "daily", at: "08:00", tz: "UTC" }
    })
    const plan = planRoute(eventUpdatedNotice(event, "corrected headline"), [
      subscription({ channel: "C0DEF", sectors: ["defence"] }),
      subscription({ channel: "C0TRADE", sectors: ["trade"] }),
      digest
    ])
    expect(plan).toEqual({ channels: ["C0DEF", "C0TRADE"], digests: [digest] })
  })

  it("routes nothing for a notice not to be alerted", () => {
    const plan = planRoute(newEventNotice(event, false), [subscription({ sectors: "all" })])
    expect(plan).toEqual({ channels: [], digests: [] })
  })

  it("routes nothing for an irrelevant item", () => {
    const irrelevant = sampleEvent("ev-x", { relevant: false, eventType: "not_relevant", eventTypes: ["not_relevant"] })
    expect(planRoute(newEventNotice(irrelevant), [subscription({ sectors: "all" })]).channels).toEqual([])
  })
})

describe("deliveryFor", () => {
  const event = sampleEvent("ev-key")
  const first = alertKey(event.id, 1, "C0X")

  it("makes the first notice for a channel a top-level alert with an idempotent key", () => {
    const job = deliveryFor(newEventNotice(event), "C0X", first, first, 0)
    expect(job).toMatchObject({ kind: "alert", deliveryKey: "alert-ev-key-r1-C0X" })
    expect(job.deliveryKey).not.toContain(":")
  })

  it("makes a joining source a reply in the first alert's thread", () => {
    const notice = sourceAddedNotice(event, sampleSource({ itemId: "i2", outlet: "Other" }))
    const own = alertKey(event.id, 2, "C0X")
    const job = deliveryFor(notice, "C0X", own, first, 0)
    expect(job).toMatchObject({ kind: "reply", deliveryKey: "reply-ev-key-r2-C0X", threadOf: first })
  })

  it("makes a joining source the alert in a channel that has not heard of the event", () => {
    const notice = sourceAddedNotice(event, sampleSource({ itemId: "i2" }))
    const own = alertKey(event.id, 2, "C0NEW")
    expect(deliveryFor(notice, "C0NEW", own, own, 0).kind).toBe("alert")
  })

  it("turns a repeated new_event into an update of the parent", () => {
    const again = newEventNotice({ ...event, revision: 3 })
    expect(deliveryFor(again, "C0X", alertKey(event.id, 3, "C0X"), first, 0)).toMatchObject({
      kind: "update",
      threadOf: first
    })
  })
})
