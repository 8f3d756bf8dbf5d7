import { Config, ConfigProvider, Effect, Layer, Logger, References } from "effect"
import type { LogLevel } from "effect/LogLevel"

const logLevels: ReadonlyArray<LogLevel> = ["All", "Fatal", "Error", "Warn", "Info", "Debug", "Trace", "None"]
const logFormats = ["json", "pretty"] as const
export type LogFormat = (typeof logFormats)[number]

/** A setting that must be one of `choices` (compared case-insensitively); the error names it and lists them. */
export const choiceSetting = <const A extends string>(name: string, choices: ReadonlyArray<A>, defaultValue: A) =>
  Config.String(name).pipe(
    Config.mapEffect((raw) => {
      const found = choices.find((choice) => choice.toLowerCase() === raw.trim().toLowerCase())
      return found !== undefined
        ? Effect.succeed(found)
        : Effect.fail(
            new Config.ConfigError(
              new ConfigProvider.SourceError({
                message: `${name} is invalid: expected one of ${choices.join(", ")}, got ${JSON.stringify(raw)}`
              })
            )
          )
    }),
    Config.withDefault(defaultValue)
  )

/** LOG_LEVEL (default Info) and LOG_FORMAT (json or pretty, default json), read the same way by every app. */
export const loggingConfig = Config.all({
  logLevel: choiceSetting("LOG_LEVEL", logLevels, "Info"),
  logFormat: choiceSetting("LOG_FORMAT", logFormats, "json")
})

/** Logs to stderr in the given format, from the given level up. */
export const loggingLayer = (settings: { readonly logLevel: LogLevel; readonly logFormat: LogFormat }) =>
  Layer.merge(
    Logger.layer([Logger.withConsoleError(settings.logFormat === "json" ? Logger.formatJson : Logger.formatLogFmt)]),
    Layer.succeed(References.MinimumLogLevel, settings.logLevel)
  )

/**
 * Logs go to stderr (stdout belongs to the CLIs' output and the console sink's messages), as JSON
 * or logfmt text ("pretty"), filtered by LOG_LEVEL. One set-up for every process, so one setting
 * serves them all.
 */
export const LoggingLive = Layer.unwrap(Effect.map(loggingConfig, loggingLayer))
