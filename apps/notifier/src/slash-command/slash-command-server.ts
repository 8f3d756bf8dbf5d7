import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { pairProfile } from "@india-italy/domain"
import { Cause, Config, Context, Effect, Layer, Option, Redacted, Result } from "effect"
import type { FeedbackStore } from "../feedback/feedback-store.ts"
import type { SlackSender } from "../slack/slack-sender.ts"
import type { Mutes } from "../subscriptions/mutes.ts"
import type { SubscriptionStore } from "../subscriptions/subscription-store.ts"
import { handleSlashCommand } from "./handle-command.ts"
import { handleInteraction, parseInteraction } from "./interactivity.ts"
import { verifySlackSignature } from "./verify-signature.ts"

/** Slash command payloads are a few hundred bytes; anything far larger is not from Slack. */
const maxBodyBytes = 64 * 1024

/** An interactivity payload carries the whole message clicked (an alert: up to ~15 KB of blocks). */
const maxInteractivityBodyBytes = 256 * 1024

/** Where Slack sends button clicks (the app's Interactivity Request URL ends in this path). */
export const interactivityPath = "/slack/interactivity"

/** What the server needs: the subscription store for commands; mutes, feedback and Slack for clicks. */
type ServerServices = SubscriptionStore | Mutes | FeedbackStore | SlackSender

export interface SlashCommandServerOptions {
  readonly signingSecret: Redacted.Redacted<string>
  /** 0 picks a free port (tests). */
  readonly port: number
  readonly host: string
  /** Seconds since the epoch; a parameter so tests can sign "stale" requests. */
  readonly nowSeconds?: () => number
}

/** The body, or undefined once it passes `maxBodyBytes` (the rest is discarded, not buffered). */
const readBody = (request: IncomingMessage, maxBytes: number): Promise<string | undefined> =>
  new Promise((resolve, reject) => {
    const chunks: Array<Buffer> = []
    let size = 0
    request.on("data", (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBytes) {
        chunks.length = 0
        resolve(undefined)
        return
      }
      chunks.push(chunk)
    })
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")))
    request.on("error", reject)
  })

const reply = (response: ServerResponse, status: number, body: unknown) => {
  const json = JSON.stringify(body)
  response.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(json)
  })
  response.end(json)
}

const header = (request: IncomingMessage, name: string): string | undefined => {
  const value = request.headers[name]
  return Array.isArray(value) ? value[0] : value
}

/**
 * `/indiaitaly …` over HTTP: Slack POSTs the command form-encoded; the request's signature is
 * verified against SLACK_SIGNING_SECRET before anything else (401 otherwise) and the answer is an
 * ephemeral JSON reply, seen only by the person who typed the command.
 */
export class SlashCommandServer extends Context.Service<
  SlashCommandServer,
  {
    /** The bound port, or none when the server is off (no SLACK_SIGNING_SECRET). */
    readonly port: Option.Option<number>
  }
>()("notifier/SlashCommandServer") {
  static readonly layerWith = (options: SlashCommandServerOptions) =>
    Layer.effect(
      SlashCommandServer,
      Effect.gen(function* () {
        const context = yield* Effect.context<ServerServices>()
        const run = Effect.runPromiseWith(context)
        const secret = Redacted.value(options.signingSecret)
        const nowSeconds = options.nowSeconds ?? (() => Math.floor(Date.now() / 1000))

        /** A click on an alert: 400 naming what is wrong with the payload, else 200 once recorded. */
        const answerInteraction = async (form: URLSearchParams, response: ServerResponse) => {
          const interaction = parseInteraction(form.get("payload"))
          if (Result.isFailure(interaction)) {
            await run(Effect.logWarning("interactivity request refused", { reason: interaction.failure }))
            return reply(response, 400, { error: interaction.failure })
          }
          const outcome = await run(
            handleInteraction(interaction.success).pipe(
              Effect.catchCause((cause) =>
                Effect.logError("interactivity request failed", { cause: Cause.pretty(cause) }).pipe(
                  Effect.as({ outcome: "failed" } as const)
                )
              )
            )
          )
          // An alert older than the store keeps: nothing to record, and nothing a retry would change.
          if (outcome.outcome === "failed")
            return reply(response, 503, { error: "answer not recorded; please try again" })
          reply(response, 200, {})
        }

        const handle = async (request: IncomingMessage, response: ServerResponse) => {
          if (request.method === "GET" && (request.url === "/health" || request.url === "/healthz"))
            return reply(response, 200, { ok: true })
          if (request.method !== "POST") return reply(response, 405, { error: "POST a Slack slash command here" })
          const isInteraction = new URL(request.url ?? "/", "http://server").pathname === interactivityPath
          const rawBody = await readBody(request, isInteraction ? maxInteractivityBodyBytes : maxBodyBytes)
          if (rawBody === undefined) {
            response.setHeader("connection", "close")
            response.once("finish", () => request.destroy())
            return reply(response, 413, { error: "request body too large" })
          }
          const check = verifySlackSignature({
            signingSecret: secret,
            timestamp: header(request, "x-slack-request-timestamp"),
            signature: header(request, "x-slack-signature"),
            rawBody,
            nowSeconds: nowSeconds()
          })
          if (!check.ok) {
            await run(
              Effect.logWarning("slash command refused", {
                reason: check.reason,
                remote: request.socket.remoteAddress ?? ""
              })
            )
            return reply(response, 401, { error: "invalid request signature" })
          }
          const form = new URLSearchParams(rawBody)
          if (isInteraction) return answerInteraction(form, response)
          // Slack checks the endpoint's certificate with these; nothing to do but answer.
          if (form.get("ssl_check") === "1") return reply(response, 200, {})
          const channelId = form.get("channel_id") ?? ""
          const text = await run(
            handleSlashCommand({
              command: form.get("command") ?? pairProfile.slack.command,
              text: form.get("text") ?? "",
              channelId,
              ...(form.get("user_id") === null ? {} : { userId: form.get("user_id") ?? "" })
            }).pipe(
              Effect.catchCause((cause) =>
                Effect.logError("slash command failed", { cause: Cause.pretty(cause) }).pipe(
                  Effect.as(
                    "Sorry, that did not work (the subscription store is unavailable). Please try again in a minute."
                  )
                )
              )
            )
          )
          reply(response, 200, { response_type: "ephemeral", text })
        }

        const server = yield* Effect.acquireRelease(
          Effect.callback<Server, Error>((resume) => {
            const server = createServer((request, response) => {
              handle(request, response).catch(() => {
                if (!response.headersSent) reply(response, 500, { error: "internal error" })
              })
            })
            server.once("error", (error) => resume(Effect.fail(error)))
            server.listen(options.port, options.host, () => resume(Effect.succeed(server)))
          }),
          (server) =>
            Effect.callback<void>((resume) => {
              server.close(() => resume(Effect.void))
              server.closeAllConnections()
            })
        )
        const port = (server.address() as AddressInfo).port
        yield* Effect.logInfo("slash command server listening", { host: options.host, port })
        return SlashCommandServer.of({ port: Option.some(port) })
      })
    )

  /**
   * On when SLACK_SIGNING_SECRET is set, listening on SLASH_COMMAND_PORT (default 3000) at
   * SLASH_COMMAND_HOST (default 0.0.0.0, since Slack must reach it). Needs SubscriptionStore.
   */
  static readonly layer = Layer.unwrap(
    Effect.gen(function* () {
      const settings = yield* Config.all({
        signingSecret: Config.option(Config.Redacted("SLACK_SIGNING_SECRET")),
        port: Config.Port("SLASH_COMMAND_PORT").pipe(Config.withDefault(3000)),
        host: Config.String("SLASH_COMMAND_HOST").pipe(Config.withDefault("0.0.0.0"))
      })
      const secret = Option.filter(settings.signingSecret, (value) => Redacted.value(value).trim() !== "")
      if (Option.isNone(secret)) {
        return Layer.effect(
          SlashCommandServer,
          Effect.logInfo(
            `SLACK_SIGNING_SECRET is not set: the ${pairProfile.slack.command} slash command server is off`
          ).pipe(Effect.as(SlashCommandServer.of({ port: Option.none() })))
        )
      }
      return SlashCommandServer.layerWith({ signingSecret: secret.value, port: settings.port, host: settings.host })
    })
  )
}
