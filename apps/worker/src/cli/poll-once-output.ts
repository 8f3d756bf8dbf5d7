import type { PollOutcome } from "../poll/poller.ts"

/** What poll-once prints per feed: exactly these fields, one JSON line. */
export interface PollOnceLine {
  readonly url: string
  readonly status: "ok" | "not_modified" | "error"
  readonly items: number
  readonly newItems: number
  readonly error?: string
}

export const toLine = (outcome: PollOutcome): PollOnceLine => {
  if (outcome.status === "skipped") {
    return { url: outcome.url, status: "error", items: 0, newItems: 0, error: outcome.error ?? "skipped" }
  }
  return {
    url: outcome.url,
    status: outcome.status,
    items: outcome.items,
    newItems: outcome.newItems,
    ...(outcome.error === undefined ? {} : { error: outcome.error })
  }
}
