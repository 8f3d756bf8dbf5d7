import { decodeHTML, decodeHTMLStrict } from "entities"

/**
 * HTML character references through `entities`, which follows the HTML5 spec: all 2,231 named
 * references (some of which stand for two code points), the legacy names a browser accepts
 * without ';' ("&copy 2024"), and numeric references, with the replacement character for the
 * ones HTML forbids (NUL, surrogates, beyond U+10FFFF). Unknown names stay as written ("AT&T").
 */
export const decodeHtmlEntities = (text: string): string => (text.indexOf("&") < 0 ? text : decodeHTML(text))

/** The text one named reference stands for ("nbsp" → U+00A0), or undefined when HTML has no such name. */
export const namedEntityText = (name: string): string | undefined => {
  const reference = `&${name};`
  const text = decodeHTMLStrict(reference)
  return text === reference ? undefined : text
}
