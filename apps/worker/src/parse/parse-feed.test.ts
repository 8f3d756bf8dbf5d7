import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { parseFeed, type ParsedFeed } from "./parse-feed.ts"
import { closeUnclosedElements, repairXml, rootElementName } from "./repair-xml.ts"

const url = "https://example.com/feed.xml"
const parse = (body: string) => Effect.runPromise(Effect.result(parseFeed(body, url)))
const parsed = async (body: string): Promise<ParsedFeed> => {
  const result = await parse(body)
  if (result._tag === "Failure") throw new Error(result.failure.reason)
  return result.success
}
const failureReason = async (body: string): Promise<string> => {
  const result = await parse(body)
  if (result._tag === "Success")
    throw new Error(`expected a FeedParseError, parsed ${result.success.items.length} items`)
  return result.failure.reason
}

describe("parseFeed", () => {
  it("parses RSS 2.0 with content:encoded, dc:date and ttl", async () => {
    const feed = await parsed(`<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Wire</title><ttl>30</ttl>
<item><title>MoU signed</title><link>https://example.com/mou</link><guid isPermaLink="false">abc-1</guid>
<description>Short</description><content:encoded><![CDATA[<p>Long & full</p>]]></content:encoded>
<dc:date>2026-11-17T10:00:00+01:00</dc:date><dc:creator>Desk</dc:creator><category>Defence</category></item>
</channel></rss>`)
    expect(feed).toMatchObject({ format: "rss", title: "Wire", ttlMinutes: 30 })
    expect(feed.items[0]).toEqual({
      guid: "abc-1",
      link: "https://example.com/mou",
      title: "MoU signed",
      contentHtml: "<p>Long & full</p>",
      summary: "Short",
      published: "2026-11-17T09:00:00.000Z",
      author: "Desk",
      categories: ["Defence"]
    })
  })

  it("parses RSS 1.0 (RDF), using rdf:about as the guid", async () => {
    const feed = await parsed(`<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="https://example.com/"><title>RDF</title></channel>
<item rdf:about="https://example.com/1"><title>One</title><link>https://example.com/1</link></item>
</rdf:RDF>`)
    expect(feed.format).toBe("rdf")
    expect(feed.items[0]).toMatchObject({ guid: "https://example.com/1", title: "One" })
  })

  it("parses Atom 1.0 with the alternate link, and Atom 0.3 base64 titles and issued dates", async () => {
    const atom = await parsed(`<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
<entry><id>tag:x,2026:1</id><title type="html">Visit &amp;lt;b&amp;gt;Rome&amp;lt;/b&amp;gt;</title>
<link rel="self" href="https://example.com/self"/><link rel="alternate" href="/posts/1"/>
<updated>2026-11-17T10:00:00Z</updated><content type="html">&lt;p&gt;Body&lt;/p&gt;</content></entry></feed>`)
    expect(atom.format).toBe("atom")
    expect(atom.items[0]).toMatchObject({
      guid: "tag:x,2026:1",
      link: "https://example.com/posts/1",
      contentHtml: "<p>Body</p>",
      published: "2026-11-17T10:00:00.000Z"
    })
    const atom03 = await parsed(`<feed version="0.3" xmlns="http://purl.org/atom/ns#">
<entry><title mode="base64">RW50cnkgVGl0bGU=</title><issued>2026-11-01T00:00:00Z</issued></entry></feed>`)
    expect(atom03.items[0]).toMatchObject({ title: "Entry Title", published: "2026-11-01T00:00:00.000Z" })
  })

  it("parses JSON Feed 1.1", async () => {
    const feed = await parsed(
      JSON.stringify({
        version: "https://jsonfeed.org/version/1.1",
        title: "J",
        items: [
          {
            id: "1",
            url: "https://example.com/1",
            title: "Hi",
            content_text: "a < b",
            date_published: "2026-11-17T10:00:00Z",
            authors: [{ name: "Ann" }],
            tags: ["trade"]
          }
        ]
      })
    )
    expect(feed).toMatchObject({ format: "json", title: "J" })
    expect(feed.items[0]).toMatchObject({
      guid: "1",
      title: "Hi",
      contentHtml: "a &lt; b",
      author: "Ann",
      categories: ["trade"]
    })
  })

  it("reads RSS without a version attribute and RSS 0.91", async () => {
    expect((await parsed(`<rss><channel><item><title>x</title></item></channel></rss>`)).items).toHaveLength(1)
    expect(
      (await parsed(`<rss version="0.91"><channel><item><title>y</title></item></channel></rss>`)).items[0]?.title
    ).toBe("y")
  })

  it("reads items from a document truncated before its end tags", async () => {
    const feed = await parsed(`<rss version="2.0"><channel><item><title>Kept</title></item><item><title>Cut`)
    expect(feed.items.map((item) => item.title)).toEqual(["Kept", "Cut"])
  })

  it("treats an RSS document without a channel as an empty feed", async () => {
    expect((await parsed(`<rss version="2.0"></rss>`)).items).toEqual([])
  })

  it("says when the document is an HTML page, empty, garbage, or another XML vocabulary", async () => {
    expect(await failureReason("<!DOCTYPE html><html><body>hi</body></html>")).toBe(
      "not a feed (looks like an HTML page)"
    )
    expect(await failureReason("<html><body>hi</body></html>")).toBe("not a feed (looks like an HTML page)")
    expect(await failureReason("   ")).toBe("empty document")
    expect(await failureReason("Service temporarily unavailable")).toMatch(/^not a feed \(neither XML nor JSON/)
    expect(await failureReason("<svg xmlns='http://www.w3.org/2000/svg'/>")).toMatch(/root element <svg>/)
    expect(await failureReason('{"version": "1", "items": ')).toMatch(/^invalid JSON/)
    expect(await failureReason('{"hello": "world"}')).toMatch(/^not a feed \(JSON/)
  })

  it("still settles on a malformed document after one that raised several parser errors", async () => {
    const settles = (body: string) =>
      Promise.race([
        parse(body).then(() => "settled"),
        new Promise((resolve) => setTimeout(() => resolve("stalled"), 2_000))
      ])
    expect(await settles("<rss><channel>" + "<!--".repeat(80))).toBe("settled")
    expect(await settles("<rss><channel>" + "&#<rss ]]".repeat(20))).toBe("settled")
  })
})

describe("repairXml", () => {
  it("escapes bare ampersands and maps HTML entities, leaving CDATA alone", () => {
    expect(repairXml("<t>AT&T &amp; R&D&nbsp;&eacute; &#233; &unknown; <![CDATA[a & b]]></t>")).toBe(
      "<t>AT&amp;T &amp; R&amp;D&#160;&#233; &#233; &amp;unknown; <![CDATA[a & b]]></t>"
    )
  })

  it("maps HTML5 names beyond HTML4's to numeric references, two where the name stands for two code points", async () => {
    expect(repairXml("<t>&check; &NotEqualTilde;</t>")).toBe("<t>&#10003; &#8770;&#824;</t>")
    const feed = await parsed(
      `<rss version="2.0"><channel><title>t</title><item><title>Done &check; &bigstar;</title><guid>g1</guid></item></channel></rss>`
    )
    expect(feed.items[0]?.title).toBe("Done \u2713 \u2605")
  })

  it("drops control characters XML forbids", () => {
    expect(repairXml("<t>ab\u0008cd</t>")).toBe("<t>abcd</t>")
  })

  it("closes what a truncated document left open", () => {
    expect(closeUnclosedElements("<rss><channel><item><title><![CDATA[cut")).toBe(
      "<rss><channel><item><title><![CDATA[cut]]></title></item></channel></rss>"
    )
    expect(closeUnclosedElements("<rss>\n</rss")).toBe("<rss>\n</rss>")
  })

  it("finds the root element after prolog, comments and DOCTYPE", () => {
    expect(rootElementName('<?xml version="1.0"?><!-- c --><!DOCTYPE rss SYSTEM "x"><rss version="0.91">')).toBe("rss")
  })
})
