import type { ArchiveJob, ClassifiedItem, EventNotice, WireItem } from "@india-italy/domain"

/** How much of a report's text travels to the event store (enough for search and a summary). */
export const maxArchivedTextChars = 8_000

const languageOf = (classified: ClassifiedItem, item: WireItem): { readonly language?: string } => {
  const language = classified.language ?? item.language
  return language === undefined ? {} : { language }
}

/**
 * The event store's job for one event revision: the notice, plus what the notice does not
 * carry about the report that caused it — its classification with evidence, its text and language.
 */
export const archiveJobFor = (
  notice: EventNotice,
  classified: ClassifiedItem,
  item: WireItem,
  seenAt: Date
): ArchiveJob => ({
  notice,
  seenAt: seenAt.toISOString(),
  report: {
    item: classified,
    text: item.text.slice(0, maxArchivedTextChars),
    // The classifier's decision (the feed's declared language normalised, else detected), not the
    // feed's declaration alone: most feeds declare none, and their reports' languages still count.
    ...languageOf(classified, item),
    ...(item.feedUrl === undefined ? {} : { feedUrl: item.feedUrl })
  }
})
