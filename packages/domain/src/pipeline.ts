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
  /** ArchiveJob per event revision, consumed by the event store's writer (packages/event-store). */
  archive: "archive"
} as const

export const defaultKeyPrefix = "iim"
