import { pairProfile } from "@india-italy/domain"
import { Config, ConfigProvider, Effect, Option } from "effect"
import { intSetting } from "../config.ts"

/** The limits one feed fetch runs under. Tests shrink them to stay fast. */
export interface FetchPolicy {
  /** Feed URLs that resolve to loopback, private, link-local … addresses are refused unless this is true. */
  readonly allowPrivate: boolean
  readonly connectTimeoutMs: number
  /** Bound on the whole fetch: every redirect hop, headers and body. */
  readonly totalTimeoutMs: number
  /** Cap on the body, both as received on the wire and after decompression (a gzip bomb stops here). */
  readonly maxBytes: number
  readonly maxRedirects: number
  readonly userAgent: string
}

// A header value is ASCII: the pair joined by a hyphen, not the en dash of pairLabel().
const [first, second] = pairProfile.sides
const pairName = `${first.name.en}-${second.name.en}`
export const userAgent = `${pairProfile.product.userAgent}/0.1 (${pairName} news monitor; feed poller)`

export const defaultFetchPolicy: FetchPolicy = {
  allowPrivate: false,
  connectTimeoutMs: 10_000,
  totalTimeoutMs: 30_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
  userAgent
}

/** More hops than this is a redirect loop, whatever the operator asks for. */
const maxRedirectsLimit = 20

const invalid = (name: string, expected: string, got: string) =>
  new Config.ConfigError(
    new ConfigProvider.SourceError({ message: `${name} is invalid: expected ${expected}, got ${JSON.stringify(got)}` })
  )

/** A strict boolean: "true" or "false" only, so a typo such as "ture" is an error, not silently false. */
export const strictBoolean = (name: string, fallback: boolean): Config.Config<boolean> =>
  Config.option(Config.String(name)).pipe(
    Config.mapEffect((value) => {
      if (Option.isNone(value)) return Effect.succeed(fallback)
      const text = value.value.trim().toLowerCase()
      if (text === "true") return Effect.succeed(true)
      if (text === "false") return Effect.succeed(false)
      return Effect.fail(invalid(name, "true or false", value.value))
    })
  )

const positiveInt = (name: string, fallback: number): Config.Config<number> =>
  Config.option(Config.String(name)).pipe(
    Config.mapEffect((value) => {
      if (Option.isNone(value)) return Effect.succeed(fallback)
      const text = value.value.trim()
      const parsed = Number(text)
      if (/^\d+$/.test(text) && Number.isSafeInteger(parsed) && parsed > 0) return Effect.succeed(parsed)
      return Effect.fail(invalid(name, "a positive whole number", value.value))
    })
  )

/**
 * FEEDS_ALLOW_PRIVATE (true|false, default false), FETCH_CONNECT_TIMEOUT_MS, FETCH_TIMEOUT_MS
 * (whole fetch), FEED_MAX_BYTES (positive whole numbers), FEED_MAX_REDIRECTS (0 to 20).
 */
export const fetchPolicyConfig: Config.Config<FetchPolicy> = Config.all({
  allowPrivate: strictBoolean("FEEDS_ALLOW_PRIVATE", defaultFetchPolicy.allowPrivate),
  connectTimeoutMs: positiveInt("FETCH_CONNECT_TIMEOUT_MS", defaultFetchPolicy.connectTimeoutMs),
  totalTimeoutMs: positiveInt("FETCH_TIMEOUT_MS", defaultFetchPolicy.totalTimeoutMs),
  maxBytes: positiveInt("FEED_MAX_BYTES", defaultFetchPolicy.maxBytes),
  // 0 follows no redirect; a negative count would make every redirect an error with a misleading reason.
  maxRedirects: intSetting("FEED_MAX_REDIRECTS", defaultFetchPolicy.maxRedirects, 0, maxRedirectsLimit),
  userAgent: Config.succeed(userAgent)
})
