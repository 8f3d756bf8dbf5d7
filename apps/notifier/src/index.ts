export {
  NotifierConfig,
  NotifierConfigError,
  readNotifierSettings,
  type NotifierSettings
} from "./config.ts"
export { makeNotifierLayer, NotifierLive, NotifierMain, type NotifierLayerOptions } from "./notifier-layer.ts"
export { Redis } from "@india-italy/runtime"
export { NotifierWorkers } from "./delivery/workers.ts"
export { Delivery, type DeliveryOutcome } from "./delivery/deliver.ts"
export { DeliveryJob, alertKey, replyKey, updateKey } from "./delivery/delivery-job.ts"
export { DeliveryLedger, DeliveryStoreError } from "./delivery/delivery-ledger.ts"
export { DeliveryQueue } from "./delivery/delivery-queue.ts"
export { AlertArchive, alertRecordFor, alertRecordJobId } from "./delivery/alert-archive.ts"
export { ChannelPacer } from "./delivery/channel-pacer.ts"
export { NoticeRouter, planRoute, deliveryFor } from "./delivery/route-notice.ts"
export { OpsReporter } from "./ops/ops-reporter.ts"
export { blocksField, SlackSender, SlackPostError, makeConsoleSender, makeWebApiSender } from "./slack/slack-sender.ts"
export { makeSlackWebClient, type SlackWebClient } from "./slack/web-client.ts"
export { escapeMrkdwn, escapePlain, mrkdwnLink, safeHttpUrl } from "./slack/escape.ts"
export {
  renderAlert,
  renderSourceReply,
  renderOpsNotice,
  formatAmount,
  formatDate,
  slackLimits,
  type SlackMessage
} from "./slack/render-alert.ts"
export { renderBlocksAsText } from "./slack/render-text.ts"
export { startFakeSlack, type FakeSlack, type FakeSlackCall, type FakeFailure } from "./testing/fake-slack-server.ts"
export { measureAlertLatency, type AlertLatency } from "./testing/alert-latency.ts"
export { SubscriptionStore } from "./subscriptions/subscription-store.ts"
export { startNotifierHarness, testSettings, type NotifierHarness } from "./testing/notifier-harness.ts"
export { sampleEvent, sampleSource, newEventNotice, sourceAddedNotice } from "./testing/fixtures.ts"
export { FeedbackStore } from "./feedback/feedback-store.ts"
export { feedbackActionIds } from "./feedback/feedback-answer.ts"
export { Mutes } from "./subscriptions/mutes.ts"
export { clickOn, postSigned, blockActionsPayload } from "./testing/slack-interactivity.ts"
export { interactivityPath } from "./slash-command/slash-command-server.ts"
