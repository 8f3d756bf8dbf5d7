import type { ClassifiedItem, Subscription } from "@india-italy/domain"

/**
 * Whether a subscriber wants to hear about a classified development. Pure, so routing can be
 * tested without Redis or Slack:
 * - only relevant items (never "not_relevant");
 * - `sectors: "all"` takes every relevant item, even one with no sector; otherwise at least one
 *   of the item's sectors must be subscribed;
 * - event types, when given, must include the primary type or one of the secondary ones
 *   (a report of a summit that also announces an exercise interests exercise watchers);
 * - the classifier's confidence must reach `minConfidence`, when given.
 */
export const matchesSubscription = (subscription: Subscription, item: ClassifiedItem): boolean => {
  if (!item.relevant || item.eventType === "not_relevant") return false
  if (subscription.sectors !== "all") {
    const wanted: ReadonlyArray<string> = subscription.sectors
    if (!item.sectors.some((sector) => wanted.includes(sector))) return false
  }
  if (subscription.eventTypes !== undefined && subscription.eventTypes.length > 0) {
    const wanted: ReadonlyArray<string> = subscription.eventTypes
    if (!wanted.includes(item.eventType) && !item.eventTypes.some((type) => wanted.includes(type))) return false
  }
  if (subscription.minConfidence !== undefined && item.confidence < subscription.minConfidence) return false
  return true
}

export const isDigestSubscription = (subscription: Subscription): boolean => subscription.digest !== undefined

/** Subscribers who get this item as it happens. */
export const realtimeSubscribers = (subscriptions: ReadonlyArray<Subscription>, item: ClassifiedItem): ReadonlyArray<Subscription> =>
  subscriptions.filter((subscription) => !isDigestSubscription(subscription) && matchesSubscription(subscription, item))

/** Subscribers who get this item in their next digest. */
export const digestSubscribers = (subscriptions: ReadonlyArray<Subscription>, item: ClassifiedItem): ReadonlyArray<Subscription> =>
  subscriptions.filter((subscription) => isDigestSubscription(subscription) && matchesSubscription(subscription, item))

/** Which sectors of the item this subscriber asked for; every one of them for "all". */
export const matchedSectors = (subscription: Subscription, item: ClassifiedItem): ReadonlyArray<string> =>
  subscription.sectors === "all" ? item.sectors : item.sectors.filter((sector) => (subscription.sectors as ReadonlyArray<string>).includes(sector))
