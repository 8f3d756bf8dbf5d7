import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs"
import { join } from "node:path"
import { Effect, Schema } from "effect"

/** Another live process has the PGlite data folder open: two writers would corrupt it. */
export class DataDirBusyError extends Schema.TaggedError<DataDirBusyError>()("DataDirBusyError", {
  dir: Schema.String,
  pid: Schema.Int
}) {
  override get message() {
    return (
      `the event store in ${this.dir} is open in process ${this.pid}; stop it, set EVENTS_DB_DIR to another folder, ` +
      `or set DATABASE_URL to share a PostgreSQL server`
    )
  }
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"
  }
}

/**
 * Holds `<dir>/iim.lock` (this process's pid) while the folder is open. PGlite is one process's
 * database; a lock left by a process that died is taken over.
 */
export const lockDataDir = (dir: string) =>
  Effect.acquireRelease(
    Effect.try({
      try: () => {
        const file = join(dir, "iim.lock")
        for (let attempt = 0; attempt < 2; attempt++) {
          try {
            const fd = openSync(file, "wx")
            writeSync(fd, String(process.pid))
            closeSync(fd)
            return file
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error
            const holder = Number(readFileSync(file, "utf8").trim())
            if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
              throw new DataDirBusyError({ dir, pid: holder })
            }
            rmSync(file, { force: true })
          }
        }
        throw new Error(`could not take the lock ${file}`)
      },
      catch: (error) => (error instanceof DataDirBusyError ? error : new DataDirBusyError({ dir, pid: -1 }))
    }),
    (file) => Effect.sync(() => rmSync(file, { force: true }))
  )
