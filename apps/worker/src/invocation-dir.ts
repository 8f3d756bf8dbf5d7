import { isAbsolute, resolve } from "node:path"

/**
 * A relative path given on the command line or in FEEDS_FILE means relative to where the user
 * typed the command. `pnpm poll-once` runs the script inside apps/worker, so the process cwd is
 * not that place; pnpm keeps it in INIT_CWD.
 */
export const resolveFromInvocationDir = (path: string | undefined): string | undefined =>
  path === undefined || isAbsolute(path) ? path : resolve(process.env["INIT_CWD"] ?? process.cwd(), path)
