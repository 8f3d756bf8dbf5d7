import { developmentJobs } from "@india-italy/event-store/testing"
import { describe, expect, it } from "vitest"
import { atomFeed, xmlEscape } from "./atom.ts"
import { csvCell, csvRow } from "./csv.ts"

const hostileEvent = () => {
  const [job] = developmentJobs("evt-hostile", [
    {
      id: "h1",
      title: `=HYPERLINK("http://evil.example","click") <script>alert(1)</script> & "quotes"`,
      url: "javascript:alert(1)",
      outlet: "@here"
    }
  ])
  return { event: job!.notice.event, eventDate: "2025-03-02", languages: [] }
}

describe("CSV export", () => {
  it("makes cells a spreadsheet would run as formulas into text", () => {
    expect(csvCell("=1+1")).toBe(`"'=1+1"`)
    expect(csvCell("+44 20")).toBe(`"'+44 20"`)
    expect(csvCell("-5")).toBe(`"'-5"`)
    expect(csvCell("@SUM(A1)")).toBe(`"'@SUM(A1)"`)
    expect(csvCell("\t=cmd")).toBe(`"'\t=cmd"`)
    expect(csvCell('say "hi", then go')).toBe(`"say ""hi"", then go"`)
    expect(csvCell("Rome")).toBe(`"Rome"`)
  })

  it("writes a hostile headline as quoted text", () => {
    const row = csvRow(hostileEvent())
    expect(row).toContain(`"'=HYPERLINK(""http://evil.example"",""click"") <script>`)
    expect(row.endsWith("\r\n")).toBe(true)
  })
})

describe("Atom feed", () => {
  it("escapes every value from a feed and links only http(s) sources", () => {
    const xml = atomFeed({
      events: [hostileEvent()],
      baseUrl: "http://127.0.0.1:1",
      selfUrl: "http://127.0.0.1:1/feeds/events.atom",
      title: "T & <T>"
    })
    expect(xml).not.toContain("<script>")
    expect(xml).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;")
    expect(xml).not.toContain("javascript:")
    expect(xml).toContain("<title>T &amp; &lt;T&gt;</title>")
  })

  it("replaces characters XML cannot carry", () => {
    expect(xmlEscape("a\u0000b\u001Fc\uD800d")).toBe("a\uFFFDb\uFFFDc\uFFFDd")
  })
})
