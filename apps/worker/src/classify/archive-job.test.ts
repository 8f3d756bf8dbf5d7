import { ArchiveJob, classify, type EventNotice } from "@india-italy/domain"
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { archiveJobFor, maxArchivedTextChars } from "./archive-job.ts"

describe("the event store's job for a revision", () => {
  const item = {
    id: "item-1",
    title: "India and Italy sign defence cooperation agreement",
    text: `India and Italy signed a defence cooperation agreement in New Delhi. ${"More detail. ".repeat(2_000)}`,
    language: "en",
    feedUrl: "https://wire.example/feed.xml",
    published: "2025-03-03T10:00:00Z"
  }
  const classified = classify(item)
  const notice: EventNotice = {
    kind: "new_event",
    alert: true,
    event: {
      id: "evt-1",
      revision: 1,
      classification: classified,
      sources: [],
      firstSeen: "2025-03-03T10:01:00.000Z",
      updatedAt: "2025-03-03T10:01:00.000Z"
    }
  }

  it("carries the notice and what it lacks about the report: classification, capped text, language, feed", () => {
    const job = archiveJobFor(notice, classified, item, new Date("2025-03-03T10:01:00Z"))
    expect(job.notice).toBe(notice)
    expect(job.seenAt).toBe("2025-03-03T10:01:00.000Z")
    expect(job.report?.item.evidence.length).toBeGreaterThan(0)
    expect(job.report?.text).toHaveLength(maxArchivedTextChars)
    expect(job.report?.text?.startsWith("India and Italy signed")).toBe(true)
    expect(job.report?.language).toBe("en")
    expect(job.report?.feedUrl).toBe(item.feedUrl)
    // What goes on the queue is a valid ArchiveJob document.
    expect(Schema.decodeUnknownSync(ArchiveJob)(Schema.encodeSync(ArchiveJob)(job))).toEqual(job)
  })

  it("records the language the classifier decided: detected when the feed declares none, normalised when it does", () => {
    const italian = {
      id: "item-it",
      title: "Italia e India firmano un accordo di cooperazione nella difesa",
      text: "Italia e India hanno firmato oggi a Nuova Delhi un accordo di cooperazione nel settore della difesa.",
      published: "2025-03-03T10:00:00Z"
    }
    const detected = archiveJobFor(notice, classify(italian), italian, new Date("2025-03-03T10:01:00Z"))
    expect(detected.report?.language).toBe("it")
    const declared = { ...italian, language: "it-IT" }
    expect(archiveJobFor(notice, classify(declared), declared, new Date()).report?.language).toBe("it")
  })
})
