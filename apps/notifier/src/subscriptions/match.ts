import { type ClassifiedItem, foldName, type Subscription } from "@india-italy/domain"
import { keywordHaystack, matchesAnyKeyword } from "./keyword-match.ts"

/**
 * Whether a subscriber wants to hear about a classified development. Pure, so routing can be
 * tested without Redis or Slack:
 * - only relevant items (never "not_relevant");
 * - then ANY of the subscription's criteria must match (an empty or absent one matches nothing):
 *   - sectors: `"all"` takes every relevant item, even one with no sector; a list needs one of
 *     the item's sectors;
 *   - actors: one of the item's actors (canonical dictionary names, compared case-insensitively);
 *   - places: one of the item's places (likewise);
 *   - keywords: one keyword as whole words in the headline or the text the item carries (its
 *     excerpt), case- and accent-insensitive;
 * - event types, when given, must include the primary type or one of the secondary ones
 *   (a report of a summit that also announces an exercise interests exercise watchers);
 * - the classifier's confidence must reach `minConfidence`, when given.
 */
export const matchesSubscription = (subscription: Subscription, item: ClassifiedItem): boolean => {
  if (!item.relevant || item.eventType === "not_relevant") return false
  if (!matchesAnyCriterion(subscription, item)) return false
  if (subscription.eventTypes !== undefined && subscription.eventTypes.length > 0) {
    const wanted: ReadonlyArray<string> = subscription.eventTypes
    if (!wanted.includes(item.eventType) && !item.eventTypes.some((type) => wanted.includes(type))) return false
  }
  if (subscription.minConfidence !== undefined && item.confidence < subscription.minConfidence) return false
  return true
}

const sameName = (wanted: ReadonlyArray<string>, names: ReadonlyArray<string>): boolean => {
  if (wanted.length === 0 || names.length === 0) return false
  const folded = new Set(wanted.map(foldName))
  return names.some((name) => folded.has(foldName(name)))
}

// The folded headline and text of an item, made once however many keyword subscriptions look at it.
const haystacks = new WeakMap<ClassifiedItem, string>()
const haystackOf = (item: ClassifiedItem): string => {
  let haystack = haystacks.get(item)
  if (haystack === undefined) {
    haystack = keywordHaystack(item.title, item.excerpt)
    haystacks.set(item, haystack)
  }
  return haystack
}

/** Sectors OR actors OR places OR keywords: the first that matches decides. */
export const matchesAnyCriterion = (subscription: Subscription, item: ClassifiedItem): boolean => {
  if (subscription.sectors === "all") return true
  const sectors: ReadonlyArray<string> = subscription.sectors
  if (item.sectors.some((sector) => sectors.includes(sector))) return true
  if (
    subscription.actors !== undefined &&
    sameName(
      subscription.actors,
      item.actors.map((actor) => actor.name)
    )
  )
    return true
  if (
    subscription.places !== undefined &&
    sameName(
      subscription.places,
      item.places.map((place) => place.name)
    )
  )
    return true
  if (subscription.keywords !== undefined && subscription.keywords.length > 0) {
    return matchesAnyKeyword(subscription.keywords, haystackOf(item))
  }
  return false
}

export const isDigestSubscription = (subscription: Subscription): boolean => subscription.digest !== undefined

/** Subscribers who get this item as it happens. */
export const realtimeSubscribers = (
  subscriptions: ReadonlyArray<Subscription>,
  item: ClassifiedItem
): ReadonlyArray<Subscription> =>
  subscriptions.filter((subscription) => !isDigestSubscription(subscription) && matchesSubscription(subscription, item))

/** Subscribers who get this item in their next digest. */
export const digestSubscribers = (
  subscriptions: ReadonlyArray<Subscription>,
  item: ClassifiedItem
): ReadonlyArray<Subscription> =>
  subscriptions.filter((subscription) => isDigestSubscription(subscription) && matchesSubscription(subscription, item))

/** Which sectors of the item this subscriber asked for; every one of them for "all". */
export const matchedSectors = (subscription: Subscription, item: ClassifiedItem): ReadonlyArray<string> =>
  subscription.sectors === "all"
    ? item.sectors
    : item.sectors.filter((sector) => (subscription.sectors as ReadonlyArray<string>).includes(sector))
