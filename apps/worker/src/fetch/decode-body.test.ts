import iconv from "iconv-lite"
import { describe, expect, it } from "vitest"
import {
  charsetFromContentType,
  charsetFromProlog,
  decodeBody,
  guessSingleByteCharset,
  stripLeadingJunk
} from "./decode-body.ts"

const xml = (encoding: string, text: string) =>
  `<?xml version="1.0" encoding="${encoding}"?><rss><channel><title>${text}</title></channel></rss>`

describe("decodeBody", () => {
  it("finds the charset in the Content-Type header and in the prolog", () => {
    expect(charsetFromContentType('application/rss+xml; charset="ISO-8859-1"')).toBe("iso-8859-1")
    expect(charsetFromContentType("text/xml")).toBeUndefined()
    expect(charsetFromProlog(Buffer.from(xml("windows-1251", "x")))).toBe("windows-1251")
  })

  it("prefers the header over the prolog", () => {
    const bytes = iconv.encode(xml("ISO-8859-1", "Привет"), "koi8-r")
    expect(decodeBody(bytes, "text/xml; charset=koi8-r")).toMatchObject({ charset: "koi8-r", source: "header" })
    expect(decodeBody(bytes, "text/xml; charset=koi8-r").text).toContain("Привет")
  })

  it("reads valid UTF-8 as UTF-8 whatever a single-byte declaration says", () => {
    const decoded = decodeBody(Buffer.from(xml("ISO-8859-1", "Café"), "utf8"), undefined)
    expect(decoded).toMatchObject({ charset: "utf-8", source: "utf8-bytes" })
    expect(decoded.text).toContain("Café")
  })

  it("ignores an unknown encoding name", () => {
    expect(decodeBody(Buffer.from(xml("bogus", "Café"), "utf8"), undefined).text).toContain("Café")
  })

  it("uses a UTF-16 byte-order mark", () => {
    const body = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(xml("utf-16", "Ciao"), "utf-16le")])
    expect(decodeBody(body, undefined)).toMatchObject({ charset: "utf-16le", source: "bom" })
    expect(decodeBody(body, undefined).text.startsWith("<?xml")).toBe(true)
  })

  it("recognises UTF-16 without a BOM by its first '<'", () => {
    const body = iconv.encode(xml("utf-16", "Namaste"), "utf-16be")
    expect(decodeBody(body, undefined).text).toContain("<title>Namaste</title>")
  })

  it("guesses undeclared non-UTF-8 bytes: Western European vs Cyrillic", () => {
    expect(
      guessSingleByteCharset(iconv.encode("Perturbateurs endocriniens : quels effets sur le cerveau ? Élevé", "latin1"))
    ).toBe("windows-1252")
    expect(guessSingleByteCharset(iconv.encode("Как пережить новогоднюю ночь", "koi8-r"))).toBe("koi8-r")
    expect(guessSingleByteCharset(iconv.encode("Как пережить новогоднюю ночь", "windows-1251"))).toBe("windows-1251")
  })

  it("strips whitespace and junk before the document", () => {
    expect(stripLeadingJunk("\uFEFF \n\tjunk<?xml version='1.0'?><rss/>")).toBe("<?xml version='1.0'?><rss/>")
    expect(stripLeadingJunk('\n  {"version":1}')).toBe('{"version":1}')
  })
})
