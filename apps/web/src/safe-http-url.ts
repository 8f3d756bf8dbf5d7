/**
 * Only http(s) URLs from a feed become links, in the Atom feed and on the page alike; anything
 * else (javascript:, data:, unparseable) is left out or shown as text.
 */
export const safeHttpUrl = (value: string | undefined): string | undefined => {
  if (value === undefined) return undefined
  try {
    const url = new URL(value)
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : undefined
  } catch {
    return undefined
  }
}
