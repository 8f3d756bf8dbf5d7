/**
 * Where a digest subscription's state lives in Redis, in one place so the store can drop it when
 * the subscription goes and the buffer and scheduler agree on the names.
 */
export const digestKeys = (prefix: string, subscriptionId: string) => {
  const base = `${prefix}:digest:${subscriptionId}`
  return {
    /** Sorted set: event id → when it was first buffered (ms). */
    pending: `${base}:pending`,
    /** Hash: event id → latest BilateralEvent JSON. */
    events: `${base}:events`,
    /** Set: event ids already sent in a digest, so a late follow-up does not bring them back. */
    sent: `${base}:sent`,
    /** String: ISO time of the scheduled run last digested. */
    last: `${base}:last`,
    /** String, SET NX: one process per (subscription, scheduled run). */
    lock: (runAtMs: number) => `${base}:lock:${runAtMs}`,
    /**
     * Prefix of one string per message of the run (`…:attempt:<run>:<part>`): a post was attempted;
     * look for it in Slack before posting again.
     */
    attempt: (runAtMs: number) => `${base}:attempt:${runAtMs}`
  }
}

/** Every key of a subscription's digest state that is not a per-run lock. */
export const digestStateKeys = (prefix: string, subscriptionId: string): ReadonlyArray<string> => {
  const keys = digestKeys(prefix, subscriptionId)
  return [keys.pending, keys.events, keys.sent, keys.last]
}
