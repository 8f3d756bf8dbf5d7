/**
 * The queues that connect the apps. Queue names are the contract between worker and notifier:
 * the worker adds EventNotice jobs (one, or a NoticeBatch) to `notices`, the notifier consumes them.
 * All keys live under one BullMQ prefix (default "iim"); put it in braces ("{iim}") on Redis Cluster.
 */
export const queueNames = {
  /**
   * No longer produced: feeds are polled from the worker's due-feed schedule. Kept so the worker
   * can remove the per-feed tick schedulers that its earlier versions left on this queue.
   */
  poll: "poll",
  classify: "classify",
  notices: "notices",
  deliveries: "deliveries",
  ops: "ops",
  /**
   * Consumed by the event store's writer (packages/event-store): an ArchiveJob per event revision
   * from the worker (named after the notice's kind) or an ArchiveBatch of them (named
   * `archiveJobNames.revisions`), and an AlertRecord per Slack post from the notifier (named
   * `archiveJobNames.alertPosted`).
   */
  archive: "archive"
} as const

/** Job names on the `archive` queue that are not a single ArchiveJob. */
export const archiveJobNames = {
  alertPosted: "alert_posted",
  revisions: "revisions"
} as const

/**
 * Job names on the `notices` queue that are not a single EventNotice (those are named after their
 * kind): the notices one classify job made, as one job, so a poll's worth of reports costs the
 * queue one job instead of one per report.
 */
export const noticeJobNames = {
  batch: "notice_batch"
} as const

/**
 * The most notices or revisions one batch job carries: a classify job's items, each of which makes
 * at most one revision. Consumers refuse a larger batch as malformed.
 */
export const maxBatchJobEntries = 100

export const defaultKeyPrefix = "iim"
