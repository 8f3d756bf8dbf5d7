import iconv from "iconv-lite"

/**
 * Bytes of a feed → text. Order of evidence: a UTF-16/UTF-8 byte-order mark or a UTF-16 '<' (they
 * cannot lie about how to read the rest), the Content-Type charset, the XML prolog's encoding, then UTF-8.
 * Declarations are often wrong: bytes that are valid UTF-8 (and not plain ASCII) are read as UTF-8
 * even when a single-byte charset is declared, and undeclared bytes that are not valid UTF-8 are
 * guessed among windows-1252, windows-1251 and KOI8-R.
 */

export interface DecodedBody {
  readonly text: string
  /** The charset actually used, in iconv-lite's naming. */
  readonly charset: string
  /** Where the charset came from. */
  readonly source: "bom" | "header" | "prolog" | "utf8-bytes" | "guess" | "default"
}

export const charsetFromContentType = (contentType: string | undefined): string | undefined => {
  const match = contentType?.match(/charset\s*=\s*"?([^";,\s]+)"?/i)
  return match?.[1]?.toLowerCase()
}

/** The encoding named in `<?xml … encoding="…"?>`, read from the first bytes as ASCII. */
export const charsetFromProlog = (bytes: Uint8Array): string | undefined => {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1")
  const prolog = head.match(/<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']/i)
  return prolog?.[1]?.toLowerCase()
}

const isUtf8 = (bytes: Uint8Array): boolean => {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

const isAscii = (bytes: Uint8Array): boolean => bytes.every((byte) => byte < 0x80)

const isUtf8Name = (charset: string): boolean => /^utf-?8$/i.test(charset)

/** UTF-16 and UTF-32 declarations are only trustworthy with a BOM; without one the bytes decide. */
const isMultiByteName = (charset: string): boolean => /^(utf-?16|utf-?32|ucs-?2)/i.test(charset)

/**
 * Undeclared, not UTF-8: Cyrillic text is long runs of high bytes (whole words), Western European
 * text has isolated accented letters. Among Cyrillic single-byte charsets, the right one makes
 * most letters lower case (KOI8-R and windows-1251 swap the case ranges).
 */
export const guessSingleByteCharset = (bytes: Uint8Array): string => {
  let highBytes = 0
  let highRuns = 0
  let previousHigh = false
  for (const byte of bytes) {
    const high = byte >= 0x80
    if (high) {
      highBytes++
      if (!previousHigh) highRuns++
    }
    previousHigh = high
  }
  if (highRuns === 0 || highBytes / highRuns < 2.5) return "windows-1252"
  const lowerCaseShare = (charset: string): number => {
    const text = iconv.decode(Buffer.from(bytes), charset)
    const letters = text.match(/[\u0410-\u044f\u0401\u0451]/g) ?? []
    const lower = letters.filter((letter) => letter === letter.toLowerCase()).length
    return letters.length === 0 ? 0 : lower / letters.length
  }
  return lowerCaseShare("koi8-r") > lowerCaseShare("windows-1251") ? "koi8-r" : "windows-1251"
}

const bomCharset = (bytes: Uint8Array): { charset: string; length: number } | undefined => {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: "utf-8", length: 3 }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: "utf-16le", length: 2 }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: "utf-16be", length: 2 }
  // No BOM, but '<' as UTF-16 (XML 1.0 appendix F): the first character tells the byte order.
  if (bytes[0] === 0x3c && bytes[1] === 0x00 && bytes[2] !== 0x00) return { charset: "utf-16le", length: 0 }
  if (bytes[0] === 0x00 && bytes[1] === 0x3c && bytes[3] !== 0x00) return { charset: "utf-16be", length: 0 }
  return undefined
}

const chooseCharset = (
  bytes: Uint8Array,
  contentType: string | undefined
): { charset: string; source: DecodedBody["source"]; skip: number } => {
  const bom = bomCharset(bytes)
  if (bom !== undefined) return { charset: bom.charset, source: "bom", skip: bom.length }
  const declared: Array<{ charset: string; source: "header" | "prolog" }> = []
  const fromHeader = charsetFromContentType(contentType)
  if (fromHeader !== undefined) declared.push({ charset: fromHeader, source: "header" })
  const fromProlog = charsetFromProlog(bytes)
  if (fromProlog !== undefined) declared.push({ charset: fromProlog, source: "prolog" })
  // An unknown name ("bogus") or a multi-byte name without a BOM is no evidence: try the next one.
  const usable = declared.find(({ charset }) => iconv.encodingExists(charset) && !isMultiByteName(charset))
  const utf8 = isUtf8(bytes)
  if (usable !== undefined) {
    if (!isUtf8Name(usable.charset) && utf8 && !isAscii(bytes))
      return { charset: "utf-8", source: "utf8-bytes", skip: 0 }
    return { ...usable, skip: 0 }
  }
  if (utf8) return { charset: "utf-8", source: "default", skip: 0 }
  return { charset: guessSingleByteCharset(bytes), source: "guess", skip: 0 }
}

/**
 * Removes what a strict XML parser chokes on before the document: whitespace, stray bytes, and
 * the text of comments before the root are kept only when they follow a valid start. JSON is
 * trimmed to its first brace.
 */
export const stripLeadingJunk = (text: string): string => {
  const withoutBom = text.replace(/^\uFEFF/, "")
  const firstXml = withoutBom.search(/<[?!a-zA-Z]/)
  const firstJson = withoutBom.search(/[{[]/)
  if (firstJson !== -1 && (firstXml === -1 || firstJson < firstXml)) return withoutBom.slice(firstJson)
  if (firstXml === -1) return withoutBom.trim()
  return withoutBom.slice(firstXml)
}

export const decodeBody = (bytes: Uint8Array, contentType: string | undefined): DecodedBody => {
  const { charset, source, skip } = chooseCharset(bytes, contentType)
  const decoded = iconv.decode(Buffer.from(bytes.subarray(skip)), charset)
  return { text: stripLeadingJunk(decoded), charset, source }
}
