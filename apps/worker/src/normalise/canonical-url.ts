/**
 * One spelling per article URL, so the same report reached through a newsletter link, a social
 * share and the feed is recognised as one: host lower-cased, default port and fragment dropped,
 * tracking parameters removed, the remaining query parameters sorted.
 */

const trackingParameters = new Set(["fbclid", "gclid", "mc_cid", "mc_eid", "igshid", "ref", "cmpid", "ocid", "_ga"])

const isTrackingParameter = (name: string): boolean => {
  const lower = name.toLowerCase()
  return lower.startsWith("utm_") || trackingParameters.has(lower)
}

/** The canonical form of an http(s) URL, or undefined when `link` is not one. */
export const canonicalUrl = (link: string, base?: string): string | undefined => {
  let url: URL
  try {
    url = new URL(link.trim(), base)
  } catch {
    return undefined
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return undefined
  url.hash = ""
  url.hostname = url.hostname.toLowerCase().replace(/\.$/, "")
  const kept = [...url.searchParams.entries()].filter(([name]) => !isTrackingParameter(name))
  kept.sort(([a, valueA], [b, valueB]) => (a === b ? (valueA < valueB ? -1 : valueA > valueB ? 1 : 0) : a < b ? -1 : 1))
  url.search = ""
  for (const [name, value] of kept) url.searchParams.append(name, value)
  return url.href
}
