import type { Subscription } from "@india-italy/domain"
import { nextDigestRun } from "../digest/digest-schedule.ts"
import { formatDigest } from "../subscriptions/subscription-input.ts"

/** How a subscription reads in one line: "defence, space · types … · ≥ 0.6 · daily@08:00 Asia/Kolkata". */
export const describeSubscription = (subscription: Subscription): string => {
  const parts: Array<string> = []
  if (subscription.sectors === "all") parts.push("all sectors")
  else if (subscription.sectors.length > 0) parts.push(subscription.sectors.join(", "))
  parts.push(...followed(subscription))
  if (subscription.eventTypes !== undefined) parts.push(`types ${subscription.eventTypes.join(", ")}`)
  if (subscription.minConfidence !== undefined) parts.push(`confidence ≥ ${subscription.minConfidence}`)
  parts.push(subscription.digest === undefined ? "real time" : `digest ${formatDigest(subscription.digest)}`)
  return parts.join(" · ")
}

/** "actors Fincantieri", "keywords "green hydrogen"", "places Goa": what a subscription follows beyond sectors. */
export const followed = (subscription: Subscription): Array<string> => {
  const parts: Array<string> = []
  if (subscription.actors !== undefined) parts.push(`actors ${subscription.actors.join(", ")}`)
  if (subscription.keywords !== undefined)
    parts.push(`keywords ${subscription.keywords.map((keyword) => `"${keyword}"`).join(", ")}`)
  if (subscription.places !== undefined) parts.push(`places ${subscription.places.join(", ")}`)
  return parts
}

/** A plain-text table, one row per subscription, columns padded to their widest cell. */
export const renderSubscriptionsTable = (
  subscriptions: ReadonlyArray<Subscription>,
  now: Date = new Date()
): string => {
  if (subscriptions.length === 0) return "no subscriptions yet (add one with pnpm subscribe)"
  // The column of actors, keywords and places appears only when a subscription follows any.
  const showFollows = subscriptions.some((subscription) => followed(subscription).length > 0)
  const header = [
    "id",
    "channel",
    "sectors",
    "types",
    "min confidence",
    "delivery",
    "next digest (UTC)",
    "created",
    ...(showFollows ? ["also follows"] : [])
  ]
  const rows = subscriptions.map((subscription) => [
    subscription.id,
    subscription.channel,
    subscription.sectors === "all" ? "all" : subscription.sectors.length === 0 ? "-" : subscription.sectors.join(","),
    subscription.eventTypes === undefined ? "any" : subscription.eventTypes.join(","),
    subscription.minConfidence === undefined ? "-" : String(subscription.minConfidence),
    subscription.digest === undefined ? "real time" : formatDigest(subscription.digest),
    // Shown in UTC next to the local schedule, so a wrong time zone is easy to spot.
    subscription.digest === undefined ? "-" : nextRun(subscription, now),
    subscription.createdAt.replace(/\.\d+Z$/, "Z"),
    ...(showFollows ? [followed(subscription).join("; ") || "-"] : [])
  ])
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)))
  const render = (row: ReadonlyArray<string>) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join("  ")
      .trimEnd()
  return [render(header), ...rows.map(render)].join("\n")
}

const nextRun = (subscription: Subscription, now: Date): string => {
  try {
    return nextDigestRun(subscription.digest!, now)
      .toISOString()
      .replace("T", " ")
      .replace(/:00\.000Z$/, "Z")
  } catch {
    return "?"
  }
}
