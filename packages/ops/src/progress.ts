/**
 * A progress line for long commands: "poll-once: 12/40 feeds", rewritten in place on stderr, only
 * when stderr is a terminal — in a pipe or a log file nothing is written, so output stays
 * machine-readable and logs stay clean.
 */
export interface Progress {
  /** Marks `count` more units done (default 1). */
  readonly advance: (count?: number) => void
  /** Clears the line: before other output on the terminal, and once at the end (also on failure). */
  readonly done: () => void
}

export interface ProgressOptions {
  readonly label: string
  readonly total: number
  readonly unit: string
  /** Where to write; default process.stderr. Tests pass a fake terminal. */
  readonly stream?: { readonly isTTY?: boolean; readonly write: (text: string) => unknown }
  /** Least time between two redraws (ms); the last unit is always drawn. */
  readonly intervalMs?: number
  readonly now?: () => number
}

const silent: Progress = { advance: () => undefined, done: () => undefined }

export const makeProgress = (options: ProgressOptions): Progress => {
  const stream = options.stream ?? process.stderr
  if (stream.isTTY !== true) return silent
  const now = options.now ?? Date.now
  const intervalMs = options.intervalMs ?? 100
  let completed = 0
  let drawnAt = Number.NEGATIVE_INFINITY
  let drawn = false
  const draw = () => {
    const percent = options.total > 0 ? Math.floor((completed / options.total) * 100) : 100
    stream.write(`\r\x1b[2K${options.label}: ${completed}/${options.total} ${options.unit} (${percent}%)`)
    drawnAt = now()
    drawn = true
  }
  return {
    advance: (count = 1) => {
      completed = Math.min(options.total, completed + count)
      if (completed === options.total || now() - drawnAt >= intervalMs) draw()
    },
    done: () => {
      if (drawn) stream.write("\r\x1b[2K")
      drawn = false
      // Cleared for a line of output: the next unit redraws at once.
      drawnAt = Number.NEGATIVE_INFINITY
    }
  }
}
