import type { OpsNotice } from "@india-italy/domain"
import { Context, Effect, Layer, Option } from "effect"
import { createHash } from "node:crypto"
import { NotifierConfig } from "../config.ts"
import { jobIdPart } from "@india-italy/runtime"
import { DeliveryLedger, type DeliveryStoreError } from "../delivery/delivery-ledger.ts"
import { DeliveryQueue } from "../delivery/delivery-queue.ts"
import { renderChannelFailure, renderOpsNotice } from "../slack/render-alert.ts"

const shortHash = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 16)

/**
 * Tells operators, once, about trouble they must fix by hand: a feed failing for hours, or a
 * channel the bot cannot post to. Always logged; also posted to OPS_CHANNEL when it is set —
 * through the deliveries queue, so ops messages get the same pacing, retries and at-most-once
 * posting as alerts.
 */
export class OpsReporter extends Context.Service<
  OpsReporter,
  {
    /** A channel answered channel_not_found / not_in_channel / is_archived / invalid_auth …: reported once a day. */
    readonly channelFailed: (channel: string, code: string, reason: string) => Effect.Effect<void, DeliveryStoreError>
    /** A feed failure episode (feed + failingSince): reported once however often the worker repeats it. */
    readonly feedFailing: (notice: OpsNotice) => Effect.Effect<void, DeliveryStoreError>
  }
>()("notifier/OpsReporter") {
  static readonly layer = Layer.effect(
    OpsReporter,
    Effect.gen(function* () {
      const config = yield* NotifierConfig
      const ledger = yield* DeliveryLedger
      const deliveries = yield* DeliveryQueue

      const postToOps = (
        deliveryKey: string,
        message: { readonly text: string; readonly blocks: ReadonlyArray<unknown> },
        aboutChannel?: string
      ) =>
        Option.match(config.opsChannel, {
          onNone: () => Effect.void,
          onSome: (opsChannel) =>
            // An ops channel that is itself undeliverable would report itself forever.
            opsChannel === aboutChannel
              ? Effect.void
              : deliveries.enqueue({
                  kind: "message",
                  deliveryKey,
                  channel: opsChannel,
                  text: message.text,
                  blocks: message.blocks
                })
        })

      return OpsReporter.of({
        channelFailed: Effect.fn("OpsReporter.channelFailed")(function* (
          channel: string,
          code: string,
          reason: string
        ) {
          const firstTime = yield* ledger.reportOnce(`channel-${channel}-${code}`, 24 * 3600)
          if (!firstTime) return
          yield* Effect.logError(
            `Slack channel ${channel} is undeliverable (${code}): ${reason}; its alerts are skipped until this is fixed`
          )
          const day = new Date().toISOString().slice(0, 10)
          yield* postToOps(
            `ops-channel-${jobIdPart(channel)}-${jobIdPart(code)}-${day}`,
            renderChannelFailure(channel, code, reason),
            channel
          )
        }),
        feedFailing: Effect.fn("OpsReporter.feedFailing")(function* (notice: OpsNotice) {
          const episode = shortHash(`${notice.feedUrl}\u0000${notice.failingSince}`)
          const firstTime = yield* ledger.reportOnce(`feed-${episode}`, 30 * 24 * 3600)
          if (!firstTime) return
          yield* Effect.logWarning(
            `feed ${notice.feedName ?? notice.feedUrl} failing since ${notice.failingSince} ` +
              `(${notice.consecutiveFailures} failures): ${notice.reason}`
          )
          yield* postToOps(`ops-feed-${episode}`, renderOpsNotice(notice))
        })
      })
    })
  )
}
