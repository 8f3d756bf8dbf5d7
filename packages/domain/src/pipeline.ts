/**
 * The queues that connect the apps. Queue names are the contract between worker and notifier:
 * the worker adds EventNotice jobs to `notices`, the notifier consumes them.
 * All keys live under one BullMQ prefix (default "iim"); put it in braces ("{iim}") on Redis Cluster.
 */
export const queueNames = {
  poll: "poll",
  classify: "classify",
  notices: "notices",
  deliveries: "deliveries",
  ops: "ops",
  /**
   * Consumed by the event store's writer (packages/event-store): an ArchiveJob per event revision
   * from the worker (named after the notice's kind), and an AlertRecord per Slack post from the
   * notifier (named `archiveJobNames.alertPosted`).
   */
  archive: "archive"
} as const

/** Job names on the `archive` queue that are not an ArchiveJob. */
export const archiveJobNames = {
  alertPosted: "alert_posted"
} as const

export const defaultKeyPrefix = "iim"
