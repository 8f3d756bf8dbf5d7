import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { escapeMrkdwn, escapePlain, mrkdwnLink, safeHttpUrl, truncate } from "./escape.ts"

describe("escapeMrkdwn", () => {
  it("escapes the three characters Slack reserves", () => {
    expect(escapeMrkdwn("R&D < 5 > 3")).toBe("R&amp;D &lt; 5 &gt; 3")
  })

  it("turns special mentions and user mentions into literal text", () => {
    for (const ping of [
      "<!channel>",
      "<!here>",
      "<!everyone>",
      "<@U0123ABC>",
      "<!subteam^S0123|@team>",
      "<#C0123|general>"
    ]) {
      const escaped = escapeMrkdwn(`hello ${ping} world`)
      expect(escaped).not.toContain("<")
      expect(escaped).not.toContain(">")
    }
  })

  it("breaks bare @here, @channel and @everyone so automatic parsing cannot ping", () => {
    const escaped = escapeMrkdwn("@here @Channel and @everyone, mail me@here.example")
    expect(escaped).not.toMatch(/@(here|channel|everyone)\b/i)
    // Still reads the same once the invisible joiner is dropped.
    expect(escaped.replaceAll("\u2060", "")).toBe("@here @Channel and @everyone, mail me@here.example")
  })

  const invisible = [
    ["ZERO WIDTH SPACE", "\u200B"],
    ["ZERO WIDTH NON-JOINER", "\u200C"],
    ["ZERO WIDTH JOINER", "\u200D"],
    ["WORD JOINER", "\u2060"],
    ["BYTE ORDER MARK", "\uFEFF"],
    ["LEFT-TO-RIGHT MARK", "\u200E"],
    ["RIGHT-TO-LEFT MARK", "\u200F"],
    ["LEFT-TO-RIGHT EMBEDDING", "\u202A"],
    ["RIGHT-TO-LEFT OVERRIDE", "\u202E"],
    ["LEFT-TO-RIGHT ISOLATE", "\u2066"],
    ["POP DIRECTIONAL ISOLATE", "\u2069"]
  ] as const

  it.each(invisible)(
    "removes %s from feed text, so it cannot split a mention past the escaping",
    (_name, character) => {
      const escaped = escapeMrkdwn(`<!chan${character}nel> @${character}here @h${character}ere <@U0${character}123>`)
      // The only invisible character left is the word joiner the escaping itself puts after "@".
      const withoutOwnJoiners = escaped.replaceAll("@\u2060", "@")
      expect(withoutOwnJoiners).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/)
      expect(escaped).toBe("&lt;!channel&gt; @\u2060here @\u2060here &lt;@U0123&gt;")
    }
  )

  it("removes them from plain text (headers) too", () => {
    expect(escapePlain("\u202Egnp.exe\u202C @\uFEFFchannel")).toBe("gnp.exe @\u2060channel")
  })

  it("neutralises a disguised link", () => {
    const escaped = escapeMrkdwn("<http://evil.example|trusted.example>")
    expect(escaped).toBe("&lt;http://evil.example|trusted.example&gt;")
  })

  it("escapes text that already looks escaped, so it shows literally", () => {
    expect(escapeMrkdwn("&lt;!channel&gt;")).toBe("&amp;lt;!channel&amp;gt;")
  })

  it("drops control and bidi-override characters", () => {
    expect(escapeMrkdwn("a\u0000b\u202Ec\nd")).toBe("abc\nd")
  })

  it("escapes plain_text the same way", () => {
    expect(escapePlain("<!here> & co")).toBe("&lt;!here&gt; &amp; co")
  })
})

describe("links", () => {
  it("accepts only absolute http(s) URLs without credentials", () => {
    expect(safeHttpUrl("https://wire.example/a?b=1&c=2")).toBe("https://wire.example/a?b=1&c=2")
    expect(safeHttpUrl("javascript:alert(1)")).toBeUndefined()
    expect(safeHttpUrl("ftp://wire.example/file")).toBeUndefined()
    expect(safeHttpUrl("https://user:pass@wire.example/")).toBeUndefined()
    expect(safeHttpUrl("not a url")).toBeUndefined()
    expect(safeHttpUrl(undefined)).toBeUndefined()
  })

  it("encodes characters that would end the URL inside <url|label>", () => {
    const url = safeHttpUrl("https://wire.example/a|b>c<d")
    expect(url).toBeDefined()
    expect(url).not.toMatch(/[|<>]/)
  })

  it("builds a link with an escaped label, or just the label for an unsafe URL", () => {
    expect(mrkdwnLink("https://wire.example/x?a=1&b=2", "Wire <!here>")).toBe(
      "<https://wire.example/x?a=1&amp;b=2|Wire &lt;!here&gt;>"
    )
    expect(mrkdwnLink("javascript:alert(1)", "Click")).toBe("Click")
    expect(mrkdwnLink("https://wire.example/", "a|b")).toBe("<https://wire.example/|a¦b>")
  })
})

describe("truncate", () => {
  it("keeps short text and cuts long text to the limit with an ellipsis", () => {
    expect(truncate("short", 10)).toBe("short")
    const cut = truncate("x".repeat(200), 150)
    expect(cut).toHaveLength(150)
    expect(cut.endsWith("…")).toBe(true)
  })

  it("never leaves half an entity or half a surrogate pair", () => {
    expect(truncate(`${"a".repeat(8)}&amp;rest`, 11)).toBe("aaaaaaaa…")
    const emoji = truncate(`${"a".repeat(8)}😀😀`, 10)
    expect(emoji).toBe("aaaaaaaa…")
  })
})

describe("escaping, for any feed text (property)", () => {
  const feedText = fc.oneof(
    fc.string({ unit: "binary", maxLength: 300 }),
    fc.string({
      unit: fc.constantFrom(
        "<",
        ">",
        "&",
        "!",
        "@",
        "|",
        "here",
        "channel",
        "\u200B",
        "\u2060",
        "\u202E",
        "\uFEFF",
        "a",
        " "
      ),
      maxLength: 120
    })
  )

  it("leaves no angle bracket, no bare broadcast word and no invisible character but its own joiner", () => {
    fc.assert(
      fc.property(feedText, (text) => {
        const escaped = escapeMrkdwn(text)
        expect(escaped).not.toMatch(/[<>]/)
        expect(escaped).not.toMatch(/@(here|channel|everyone|group)\b/i)
        expect(escaped.replaceAll("@\u2060", "@")).not.toMatch(
          /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/
        )
      }),
      { numRuns: 500 }
    )
  })

  it("builds links whose only < and > are the link's own", () => {
    fc.assert(
      fc.property(feedText, feedText, (url, label) => {
        const link = mrkdwnLink(`https://news.example/${url}`, label)
        expect(link).toMatch(/^<https:\/\/[^<>|]+\|[^<>]*>$/)
      }),
      { numRuns: 500 }
    )
  })
})
