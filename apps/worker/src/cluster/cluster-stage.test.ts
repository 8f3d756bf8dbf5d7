import { classify, type ClassifiedItem } from "@india-italy/domain"
import { Effect } from "effect"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { Queues } from "../queues.ts"
import { deletePrefix, startPipeline, uniquePrefix } from "../test-support/pipeline-harness.ts"
import { defenceMouDelhi, hoursAgo } from "../test-support/wire-stories.ts"
import { candidateDates, Clusterer, developmentTime } from "./cluster-stage.ts"

let prefix: string
let pipeline: ReturnType<typeof startPipeline>

beforeEach(() => {
  prefix = uniquePrefix("cluster")
  pipeline = startPipeline({ prefix, consumers: false, settings: { clusterWindowHours: 48 } })
})
afterEach(async () => {
  await pipeline.dispose()
  await deletePrefix(prefix)
})

const report = (guid: string, outlet: string): ClassifiedItem => {
  const story = defenceMouDelhi(guid, outlet, hoursAgo(1))
  return classify({ id: `item-${guid}`, title: story.title, text: story.description, published: story.pubDate.toISOString(), source: outlet })
}

const noticeIds = () => pipeline.run(Effect.flatMap(Queues, (queues) => Effect.promise(() => queues.notices.getJobs())).pipe(Effect.map((jobs) => jobs.map((job) => job.id).sort())))

describe("cluster stage on Redis", () => {
  it("handles a retried item as the same item: no second source, the same notice job", async () => {
    const item = report("retry", "ANSA")
    const [first, second] = await pipeline.run(
      Effect.gen(function* () {
        const clusterer = yield* Clusterer
        const first = yield* clusterer.cluster(item, { contentHash: "h1", alert: true })
        const second = yield* clusterer.cluster(item, { contentHash: "h1", alert: true })
        return [first, second] as const
      })
    )
    expect(first.decision).toBe("Create")
    expect(second).toMatchObject({ decision: "AlreadyClustered", eventId: first.eventId })
    expect(second.notice).toEqual(first.notice)
    expect(await noticeIds()).toEqual([`${first.eventId}-r1`])
  })

  it("starts a new event once the earlier one has left the cluster window", async () => {
    const start = new Date()
    const outcomes = await pipeline.run(
      Effect.gen(function* () {
        const clusterer = yield* Clusterer
        const early = yield* clusterer.cluster(report("early", "ANSA"), { contentHash: "h", alert: true, now: start })
        const sameWeek = yield* clusterer.cluster(report("soon", "PIB"), { contentHash: "h", alert: true, now: new Date(start.getTime() + 24 * 3_600_000) })
        // 48 h window, measured from the event's last update (the join above).
        const late = yield* clusterer.cluster(report("late", "Wire"), { contentHash: "h", alert: true, now: new Date(start.getTime() + 73 * 3_600_000) })
        return { early, sameWeek, late }
      })
    )
    expect(outcomes.early.decision).toBe("Create")
    expect(outcomes.sameWeek).toMatchObject({ decision: "Join", eventId: outcomes.early.eventId })
    expect(outcomes.late.decision).toBe("Create")
    expect(outcomes.late.eventId).not.toBe(outcomes.early.eventId)
  })

  it("lets many concurrent reports of one development found exactly one event", async () => {
    const outcomes = await pipeline.run(
      Effect.gen(function* () {
        const clusterer = yield* Clusterer
        return yield* Effect.forEach(
          Array.from({ length: 8 }, (_, index) => report(`burst-${index}`, `Outlet ${index}`)),
          (item) => clusterer.cluster(item, { contentHash: "h", alert: true }),
          { concurrency: 8 }
        )
      })
    )
    expect(outcomes.filter((outcome) => outcome.decision === "Create")).toHaveLength(1)
    expect(new Set(outcomes.map((outcome) => outcome.eventId)).size).toBe(1)
    expect(outcomes.map((outcome) => outcome.revision).sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
  })
})

describe("which events an item is compared with", () => {
  const now = new Date("2026-05-20T12:00:00Z")
  const dated = (occurredOn: string | undefined, occurredPrecision?: "day" | "month" | "year"): ClassifiedItem => ({
    ...classify({ id: "item-dates", title: "India and Italy sign a defence MoU", text: "Rajnath Singh and Guido Crosetto signed it.", published: "2026-05-20" }),
    ...(occurredOn === undefined ? {} : { occurredOn }),
    ...(occurredPrecision === undefined ? {} : { occurredPrecision })
  })
  const days = (ms: number) => Math.round(ms / 86_400_000)

  it("looks only a few days either side of a day-precise development", () => {
    const { from, to } = candidateDates(dated("2024-11-18", "day"), now)
    expect(days(to - developmentTime(dated("2024-11-18", "day"), now))).toBeLessThanOrEqual(5)
    expect(days(developmentTime(dated("2024-11-18", "day"), now) - from)).toBeLessThanOrEqual(5)
    expect(new Date(from).toISOString().slice(0, 10) < "2024-11-18").toBe(true)
    expect(new Date(to).toISOString().slice(0, 10) > "2024-11-18").toBe(true)
  })

  it("widens to the whole month or year for a coarse date", () => {
    const month = candidateDates(dated("2026-03-01", "month"), now)
    const year = candidateDates(dated("2025-01-01", "year"), now)
    expect(days(month.to - month.from)).toBeGreaterThanOrEqual(62)
    expect(days(year.to - year.from)).toBeGreaterThanOrEqual(366)
  })

  it("falls back to the publication date when the development has no date", () => {
    const item = { ...dated(undefined), occurredOn: undefined, published: "2025-07-04T08:00:00Z" } as ClassifiedItem
    expect(new Date(developmentTime(item, now)).toISOString().slice(0, 10)).toBe("2025-07-04")
  })
})
