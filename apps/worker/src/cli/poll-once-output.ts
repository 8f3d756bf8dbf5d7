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

/** `--feeds FILE` or `--feeds=FILE`; anything else is a usage error. */
export const parsePollOnceArgs = (argv: ReadonlyArray<string>): { readonly feedsFile?: string } | { readonly usageError: string } => {
  let feedsFile: string | undefined
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    if (arg === "--feeds") {
      const value = argv[++index]
      if (value === undefined || value.startsWith("--")) return { usageError: "--feeds needs a file path" }
      feedsFile = value
    } else if (arg.startsWith("--feeds=")) {
      feedsFile = arg.slice("--feeds=".length)
    } else if (arg === "--") {
      continue
    } else {
      return { usageError: `unknown argument ${JSON.stringify(arg)}; usage: poll-once [--feeds FILE]` }
    }
  }
  return feedsFile === undefined ? {} : { feedsFile }
}

