import { classify, type BilateralEvent, type ClassifiedItem } from "@india-italy/domain"
import { Effect } from "effect"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { Queues } from "../queues.ts"
import { Redis } from "@india-italy/runtime"
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
  return classify({
    id: `item-${guid}`,
    title: story.title,
    text: story.description,
    published: story.pubDate.toISOString(),
    source: outlet
  })
}

const noticeIds = () =>
  pipeline.run(
    Effect.flatMap(Queues, (queues) => Effect.promise(() => queues.notices.getJobs())).pipe(
      Effect.map((jobs) => jobs.map((job) => job.id).sort())
    )
  )

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
        const sameWeek = yield* clusterer.cluster(report("soon", "PIB"), {
          contentHash: "h",
          alert: true,
          now: new Date(start.getTime() + 24 * 3_600_000)
        })
        // 48 h window, measured from the event's last update (the join above).
        const late = yield* clusterer.cluster(report("late", "Wire"), {
          contentHash: "h",
          alert: true,
          now: new Date(start.getTime() + 73 * 3_600_000)
        })
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

describe("cluster stage state per event under a flood of one story", () => {
  const reports = (count: number) =>
    Array.from({ length: count }, (_, index) => report(`flood-${index}`, `Outlet ${index}`))
  type Pipeline = ReturnType<typeof startPipeline>
  /** Runs `body` on a pipeline whose events keep `maxSources` sources (in place of the default one). */
  const withPipeline = async <A>(maxSources: number, body: (flood: Pipeline) => Promise<A>): Promise<A> => {
    await pipeline.dispose()
    const settings = { clusterWindowHours: 48, eventMaxSources: maxSources }
    const flood = startPipeline({ prefix, consumers: false, settings })
    try {
      return await body(flood)
    } finally {
      await flood.dispose()
    }
  }

  it("keeps the event, its members and each placement the same size however many reports join", async () => {
    const items = reports(40)
    const stored = await withPipeline(5, (flood) =>
      flood.run(
        Effect.gen(function* () {
          const clusterer = yield* Clusterer
          const outcomes = yield* Effect.forEach(items, (item) =>
            clusterer.cluster(item, { contentHash: "h", alert: true })
          )
          const { client, prefix: keyPrefix } = yield* Redis
          const eventId = outcomes[0]!.eventId
          const key = (what: string) => `${keyPrefix}:worker:${what}`
          return yield* Effect.promise(async () => ({
            outcomes,
            event: JSON.parse((await client.get(key(`event:${eventId}`))) ?? "{}") as BilateralEvent,
            members: await client.hkeys(key(`event-members:${eventId}`)),
            placementBytes: await Promise.all(items.map((item) => client.strlen(key(`item-event:${item.id}`))))
          }))
        })
      )
    )
    expect(new Set(stored.outcomes.map((outcome) => outcome.eventId)).size).toBe(1)
    expect(stored.event.sourceCount).toBe(40)
    const kept = [items[0]!, ...items.slice(36)].map((item) => item.id)
    expect(stored.event.sources.map((source) => source.itemId)).toEqual(kept)
    expect(stored.members.sort()).toEqual(stored.event.sources.map((source) => source.itemId).sort())
    // A placement names its event and revision; it does not grow with the reports before it.
    expect(Math.max(...stored.placementBytes)).toBeLessThan(300)
    expect(Math.max(...stored.placementBytes) - Math.min(...stored.placementBytes)).toBeLessThan(20)
  })

  it("re-sends a lost notice of an earlier revision under its job id, that report as the added source", async () => {
    const items = reports(3)
    const { eventId, resent, notices } = await withPipeline(2, (flood) =>
      flood.run(
        Effect.gen(function* () {
          const clusterer = yield* Clusterer
          const queues = yield* Queues
          const outcomes = yield* Effect.forEach(items, (item) =>
            clusterer.cluster(item, { contentHash: "h", alert: true })
          )
          const eventId = outcomes[0]!.eventId
          // A crash between storing the second report and queueing its notice: the job is not there.
          yield* Effect.promise(() => queues.notices.remove(`${eventId}-r2`))
          const resent = yield* clusterer.cluster(items[1]!, { contentHash: "h", alert: true })
          const notices = yield* Effect.promise(() => queues.notices.getJobs())
          return { eventId, resent, notices: notices.map((job) => ({ id: job.id, data: job.data })) }
        })
      )
    )
    expect(resent).toMatchObject({ decision: "AlreadyClustered", eventId })
    expect(resent.notice).toMatchObject({
      kind: "source_added",
      alert: true,
      event: { id: eventId, revision: 2, sourceCount: 3 }
    })
    expect(resent.notice?.addedSource?.itemId).toBe(items[1]!.id)
    expect(notices.map((job) => job.id).sort()).toEqual([`${eventId}-r1`, `${eventId}-r2`, `${eventId}-r3`])
    const requeued = notices.find((job) => job.id === `${eventId}-r2`)
    expect(requeued?.data).toMatchObject({ kind: "source_added", event: { revision: 2 } })
  })
})

describe("which events an item is compared with", () => {
  const now = new Date("2026-05-20T12:00:00Z")
  const dated = (occurredOn: string | undefined, occurredPrecision?: "day" | "month" | "year"): ClassifiedItem => ({
    ...classify({
      id: "item-dates",
      title: "India and Italy sign a defence MoU",
      text: "Rajnath Singh and Guido Crosetto signed it.",
      published: "2026-05-20"
    }),
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
