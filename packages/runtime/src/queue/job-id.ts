import { createHash } from "node:crypto"

const longestReadableId = 120
const allDigits = /^\d+$/

/**
 * A BullMQ job id (or a part of one) from any text. BullMQ refuses ":" (its key separator) and
 * ids that are all digits (it would take them for its own counters). Ids that are already safe
 * stay as they are, so they remain readable in dashboards; anything else becomes readable
 * characters plus a digest of the original, because replacing characters alone could make two
 * different inputs ("a:b", "a_b") the same id and de-duplicate a job that is not a duplicate.
 */
export const jobIdPart = (value: string): string => {
  const readable = value.replace(/[^A-Za-z0-9_.-]/g, "_")
  if (readable === value && value.length <= longestReadableId && !allDigits.test(value)) return value
  const digest = createHash("sha256").update(value).digest("hex").slice(0, 12)
  return `${readable.slice(0, 100)}_${digest}`
}
