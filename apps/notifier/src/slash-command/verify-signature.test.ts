import { describe, expect, it } from "vitest"
import { slackSignature, verifySlackSignature } from "./verify-signature.ts"

const secret = "8f742231b10e8888abcd99yyyzzz85a5"
const body = "token=xyz&command=%2Findiaitaly&text=list&channel_id=C0123ABCD"
const now = 1_790_000_000

describe("verifySlackSignature", () => {
  it("matches Slack's documented example signature", () => {
    // The example from Slack's "Verifying requests from Slack" guide.
    const exampleBody =
      "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c"
    expect(slackSignature(secret, "1531420618", exampleBody)).toBe(
      "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"
    )
  })

  it("accepts a correctly signed, fresh request", () => {
    const timestamp = String(now - 10)
    expect(
      verifySlackSignature({
        signingSecret: secret,
        timestamp,
        signature: slackSignature(secret, timestamp, body),
        rawBody: body,
        nowSeconds: now
      })
    ).toEqual({ ok: true })
  })

  it("refuses a signature made with another secret or over another body", () => {
    const timestamp = String(now)
    expect(
      verifySlackSignature({
        signingSecret: secret,
        timestamp,
        signature: slackSignature("other-secret", timestamp, body),
        rawBody: body,
        nowSeconds: now
      }).ok
    ).toBe(false)
    expect(
      verifySlackSignature({
        signingSecret: secret,
        timestamp,
        signature: slackSignature(secret, timestamp, body),
        rawBody: `${body}&x=1`,
        nowSeconds: now
      }).ok
    ).toBe(false)
  })

  it("refuses a request signed more than five minutes ago, even with a valid signature", () => {
    const timestamp = String(now - 301)
    expect(
      verifySlackSignature({
        signingSecret: secret,
        timestamp,
        signature: slackSignature(secret, timestamp, body),
        rawBody: body,
        nowSeconds: now
      })
    ).toEqual({
      ok: false,
      reason: expect.stringContaining("stale")
    })
  })

  it("refuses missing or malformed headers", () => {
    expect(
      verifySlackSignature({
        signingSecret: secret,
        timestamp: undefined,
        signature: "v0=00",
        rawBody: body,
        nowSeconds: now
      }).ok
    ).toBe(false)
    expect(
      verifySlackSignature({
        signingSecret: secret,
        timestamp: String(now),
        signature: undefined,
        rawBody: body,
        nowSeconds: now
      }).ok
    ).toBe(false)
    expect(
      verifySlackSignature({
        signingSecret: secret,
        timestamp: String(now),
        signature: "v0=abc",
        rawBody: body,
        nowSeconds: now
      }).ok
    ).toBe(false)
  })
})
