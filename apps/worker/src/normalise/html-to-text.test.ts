import { describe, expect, it } from "vitest"
import { decodeEntities, htmlToText } from "./html-to-text.ts"

describe("htmlToText", () => {
  it("drops scripts and styles, breaks lines at block elements, and collapses whitespace", () => {
    const html = `<style>p{color:red}</style><h2>Rome   seminar</h2><p>Defence   firms <b>met</b>
      in Rome.</p><script>alert("x")</script><ul><li>Leonardo</li><li>Fincantieri</li></ul>Line<br/>break`
    expect(htmlToText(html)).toBe(
      "Rome seminar\n\nDefence firms met in Rome.\n\nLeonardo\n\nFincantieri\n\nLine\nbreak"
    )
  })

  it("decodes named, decimal and hex entities, and keeps unknown ones as written", () => {
    expect(
      decodeEntities("&euro;20&nbsp;bn &#8211; &#x2014; &amp; &lt;b&gt; &apos;x&apos; &bogus; AT&T &copy 2026")
    ).toBe("€20\u00a0bn – — & <b> 'x' &bogus; AT&T © 2026")
    expect(htmlToText("a&nbsp;&nbsp;b")).toBe("a b")
  })

  it("decodes HTML5 names beyond the HTML4 set, including ones that stand for two code points", () => {
    expect(decodeEntities("&rarrw; &Rarr; &NotEqualTilde; &bigstar; &check;")).toBe(
      "\u219d \u21a0 \u2242\u0338 \u2605 \u2713"
    )
  })

  it("does not turn escaped markup into tags", () => {
    expect(htmlToText("&lt;script&gt;x&lt;/script&gt;")).toBe("<script>x</script>")
  })

  it("survives unclosed comments and tags", () => {
    expect(htmlToText("before<!-- never closed")).toBe("before")
    expect(htmlToText("<p>text<script>never closed")).toBe("text")
  })
})
