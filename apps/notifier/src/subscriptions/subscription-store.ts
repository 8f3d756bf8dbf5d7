import type { Subscription } from "@india-italy/domain"
import { Clock, Context, Effect, Layer, Option, Result } from "effect"
import { digestStateKeys } from "../digest/digest-keys.ts"
import { Redis } from "@india-italy/runtime"
import {
  decodeSubscription,
  InvalidSubscription,
  newSubscriptionId,
  sameSubscriptionFields,
  validateSubscriptionInput,
  type SubscriptionFields,
  type SubscriptionInput
} from "./subscription-input.ts"

export type PutOutcome = "created" | "updated" | "unchanged"

/** Redis hash of every subscription, id → Subscription JSON. */
export const subscriptionsKey = (prefix: string) => `${prefix}:subscriptions`

/**
 * The one store behind the CLI, the slash command and the subscriptions file. Entries are checked
 * against the domain's Subscription schema when written and again when read, so a hand-edited or
 * outdated entry is skipped with a warning instead of routing alerts somewhere unintended.
 */
export class SubscriptionStore extends Context.Service<
  SubscriptionStore,
  {
    readonly list: () => Effect.Effect<ReadonlyArray<Subscription>>
    readonly get: (id: string) => Effect.Effect<Option.Option<Subscription>>
    /**
     * Validates and stores a new subscription under a fresh id (or the input's explicit id).
     * An identical subscription for the same channel is returned instead of being duplicated.
     */
    readonly add: (input: SubscriptionInput) => Effect.Effect<Subscription, InvalidSubscription>
    /**
     * Creates or replaces the subscription named by `id` (used by the subscriptions file);
     * an entry whose content did not change is left alone, createdAt included.
     */
    readonly put: (
      id: string,
      input: SubscriptionInput
    ) => Effect.Effect<{ readonly subscription: Subscription; readonly outcome: PutOutcome }, InvalidSubscription>
    /** True when there was such a subscription. Its buffered digest goes with it. */
    readonly remove: (id: string) => Effect.Effect<boolean>
  }
>()("notifier/SubscriptionStore") {
  static readonly layer = Layer.effect(
    SubscriptionStore,
    Effect.gen(function* () {
      const { client, prefix } = yield* Redis
      const key = subscriptionsKey(prefix)

      const parseStored = Effect.fnUntraced(function* (id: string, json: string) {
        let raw: unknown
        try {
          raw = JSON.parse(json)
        } catch {
          yield* Effect.logWarning("stored subscription is not JSON; skipped", { id })
          return Option.none<Subscription>()
        }
        const decoded = decodeSubscription(raw)
        if (Result.isFailure(decoded)) {
          yield* Effect.logWarning("stored subscription does not match the schema; skipped", {
            id,
            problem: decoded.failure.message
          })
          return Option.none<Subscription>()
        }
        return Option.some(decoded.success)
      })

      const checked = (fields: SubscriptionFields, id: string, createdAt: string, input: SubscriptionInput) => {
        const decoded = decodeSubscription({ id, ...fields, createdAt })
        return Result.isSuccess(decoded)
          ? Effect.succeed(decoded.success)
          : Effect.fail(new InvalidSubscription({ input: JSON.stringify(input), problems: [decoded.failure.message] }))
      }

      const validate = (input: SubscriptionInput) => {
        const validated = validateSubscriptionInput(input)
        return Result.isSuccess(validated) ? Effect.succeed(validated.success) : Effect.fail(validated.failure)
      }

      const now = Clock.currentTimeMillis.pipe(Effect.map((millis) => new Date(millis).toISOString()))

      // The entries as last parsed and checked, by id with the JSON they came from. Every notice
      // lists the subscriptions; an entry whose stored JSON is unchanged is not parsed and checked
      // again. Rebuilt from each read, so it never holds more, or other, than Redis holds.
      let checkedEntries = new Map<string, { readonly json: string; readonly subscription: Subscription }>()

      const listEntry = (id: string, json: string, next: typeof checkedEntries) => {
        const known = checkedEntries.get(id)
        if (known?.json === json) {
          next.set(id, known)
          return Effect.succeed(Option.some(known.subscription))
        }
        return parseStored(id, json).pipe(
          Effect.tap((entry) =>
            Effect.sync(() => {
              if (Option.isSome(entry)) next.set(id, { json, subscription: entry.value })
            })
          )
        )
      }

      // Untraced, as parseStored: every notice lists the subscriptions, and nothing reads a span per call.
      const list = Effect.fnUntraced(function* () {
        const all = yield* Effect.promise(() => client.hgetall(key))
        const next: typeof checkedEntries = new Map()
        const parsed = yield* Effect.forEach(Object.entries(all), ([id, json]) => listEntry(id, json, next))
        checkedEntries = next
        return parsed
          .flatMap((entry) => (Option.isSome(entry) ? [entry.value] : []))
          .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
      })

      const get = Effect.fn("SubscriptionStore.get")(function* (id: string) {
        const json = yield* Effect.promise(() => client.hget(key, id))
        return json === null ? Option.none<Subscription>() : yield* parseStored(id, json)
      })

      const add = Effect.fn("SubscriptionStore.add")(function* (input: SubscriptionInput) {
        const fields = yield* validate(input)
        // Asking twice for the same thing (a repeated slash command) gives the same subscription,
        // not a second digest or a second copy of every alert.
        if (input.id === undefined) {
          const same = (yield* list()).find(({ id: _id, createdAt: _createdAt, ...existing }) =>
            sameSubscriptionFields(existing, fields)
          )
          if (same !== undefined) return same
        }
        const createdAt = yield* now
        // A fresh random id collides practically never; HSETNX makes sure it can never overwrite.
        for (let attempt = 0; attempt < 5; attempt++) {
          const id = input.id ?? newSubscriptionId()
          const subscription = yield* checked(fields, id, createdAt, input)
          const stored = yield* Effect.promise(() => client.hsetnx(key, id, JSON.stringify(subscription)))
          if (stored === 1) return subscription
          if (input.id !== undefined) {
            return yield* new InvalidSubscription({
              input: JSON.stringify(input),
              problems: [`a subscription with id ${JSON.stringify(id)} already exists`]
            })
          }
        }
        return yield* Effect.die(new Error("could not find a free subscription id after 5 attempts"))
      })

      const put = Effect.fn("SubscriptionStore.put")(function* (id: string, input: SubscriptionInput) {
        const fields = yield* validate({ ...input, id })
        const existing = yield* get(id)
        if (Option.isSome(existing)) {
          const { id: _id, createdAt, ...existingFields } = existing.value
          if (sameSubscriptionFields(existingFields, fields))
            return { subscription: existing.value, outcome: "unchanged" as PutOutcome }
          const subscription = yield* checked(fields, id, createdAt, input)
          const transaction = client.multi().hset(key, id, JSON.stringify(subscription))
          // Switched from a digest to real time: nothing will ever read the old digest's buffer.
          if (existing.value.digest !== undefined && subscription.digest === undefined)
            transaction.del(...digestStateKeys(prefix, id))
          yield* Effect.promise(() => transaction.exec())
          return { subscription, outcome: "updated" as PutOutcome }
        }
        const subscription = yield* checked(fields, id, yield* now, input)
        yield* Effect.promise(() => client.hset(key, id, JSON.stringify(subscription)))
        return { subscription, outcome: "created" as PutOutcome }
      })

      const remove = Effect.fn("SubscriptionStore.remove")(function* (id: string) {
        const results = yield* Effect.promise(() =>
          client
            .multi()
            .hdel(key, id)
            .del(...digestStateKeys(prefix, id))
            .exec()
        )
        return results?.[0]?.[1] === 1
      })

      return SubscriptionStore.of({ list, get, add, put, remove })
    })
  )
}

export { InvalidSubscription, type SubscriptionInput } from "./subscription-input.ts"
