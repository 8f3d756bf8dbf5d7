import type { FeedState } from "../state/feed-state-store.ts"

/** One feed's health as `pnpm feeds` shows it (and prints with --json). */
export interface FeedHealthRow {
  readonly url: string
  readonly name?: string
  readonly status: FeedState["status"]
  readonly lastSuccessAt?: string
  readonly lastErrorAt?: string
  readonly lastError?: string
  readonly nextCheckAt?: string
  readonly nextCheckReason?: string
  readonly itemsSeen: number
  readonly consecutiveFailures: number
}

export const toRow = (state: FeedState): FeedHealthRow => ({
  url: state.url,
  ...(state.name === undefined ? {} : { name: state.name }),
  status: state.status,
  ...(state.lastSuccessAt === undefined ? {} : { lastSuccessAt: state.lastSuccessAt }),
  ...(state.lastErrorAt === undefined ? {} : { lastErrorAt: state.lastErrorAt }),
  ...(state.lastError === undefined ? {} : { lastError: state.lastError }),
  ...(state.nextCheckAt === undefined ? {} : { nextCheckAt: state.nextCheckAt }),
  ...(state.nextCheckReason === undefined ? {} : { nextCheckReason: state.nextCheckReason }),
  itemsSeen: state.itemsSeen,
  consecutiveFailures: state.consecutiveFailures
})

const shortTime = (iso: string | undefined) => (iso === undefined ? "-" : iso.replace("T", " ").replace(/\.\d+Z$/, "Z"))

/** A plain-text table, one row per feed, columns padded to their widest cell. */
export const renderTable = (rows: ReadonlyArray<FeedHealthRow>): string => {
  const header = ["feed", "status", "last success", "last error", "next check", "items seen", "failures"]
  const cells = rows.map((row) => [
    row.name === undefined ? row.url : `${row.name} <${row.url}>`,
    row.status,
    shortTime(row.lastSuccessAt),
    row.lastError === undefined ? "-" : `${shortTime(row.lastErrorAt)} ${row.lastError}`.slice(0, 80),
    row.status === "gone" ? "never (gone)" : shortTime(row.nextCheckAt),
    String(row.itemsSeen),
    String(row.consecutiveFailures)
  ])
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((line) => line[column]!.length)))
  const render = (line: ReadonlyArray<string>) =>
    line
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join("  ")
      .trimEnd()
  return [render(header), ...cells.map(render)].join("\n")
}
