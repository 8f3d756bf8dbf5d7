/**
 * The literals of a TypeScript source (string, template and regular-expression literals), for the
 * test that no code outside the pair profile and its knowledge pack names the pair. Comments are
 * skipped: they may give examples. A small hand-written scanner: good enough for this
 * repository's code, not a TypeScript parser.
 */

/** Words after which a `/` starts a regular expression rather than a division. */
const beforeRegex = new Set([
  "return",
  "typeof",
  "case",
  "in",
  "of",
  "delete",
  "void",
  "throw",
  "new",
  "yield",
  "await"
])
const punctuationBeforeRegex = "(,=:[!&|?{};+-*%<>~^"

const isWordChar = (char: string | undefined): boolean => char !== undefined && /[\w$]/.test(char)

export const sourceLiterals = (source: string): Array<string> => {
  const literals: Array<string> = []
  // For each `${` inside a template: the depth of braces at which the template resumes.
  const templateResumeDepth: Array<number> = []
  let depth = 0
  let previous = "" // the last significant token: a word or one punctuation character
  let index = 0

  const readTemplate = (): void => {
    // From just after a backtick or a `}` that closes an interpolation, to the closing backtick or `${`.
    let text = ""
    while (index < source.length) {
      const char = source[index]!
      if (char === "\\") {
        text += source.slice(index, index + 2)
        index += 2
      } else if (char === "`") {
        index++
        literals.push(text)
        previous = "`"
        return
      } else if (char === "$" && source[index + 1] === "{") {
        index += 2
        literals.push(text)
        templateResumeDepth.push(depth)
        depth++
        previous = "{"
        return
      } else {
        text += char
        index++
      }
    }
    literals.push(text)
  }

  while (index < source.length) {
    const char = source[index]!
    const next = source[index + 1]
    if (char === "/" && next === "/") {
      const end = source.indexOf("\n", index)
      index = end < 0 ? source.length : end
    } else if (char === "/" && next === "*") {
      const end = source.indexOf("*/", index + 2)
      index = end < 0 ? source.length : end + 2
    } else if (char === '"' || char === "'") {
      let end = index + 1
      while (end < source.length && source[end] !== char && source[end] !== "\n") end += source[end] === "\\" ? 2 : 1
      literals.push(source.slice(index + 1, end))
      index = end + 1
      previous = char
    } else if (char === "`") {
      index++
      readTemplate()
    } else if (
      char === "/" &&
      (previous === "" || beforeRegex.has(previous) || punctuationBeforeRegex.includes(previous))
    ) {
      let end = index + 1
      let inClass = false
      while (end < source.length && source[end] !== "\n" && (inClass || source[end] !== "/")) {
        if (source[end] === "\\") end++
        else if (source[end] === "[") inClass = true
        else if (source[end] === "]") inClass = false
        end++
      }
      literals.push(source.slice(index + 1, end))
      index = end + 1
      while (isWordChar(source[index])) index++
      previous = "/regex"
    } else if (char === "{") {
      depth++
      previous = char
      index++
    } else if (char === "}") {
      depth--
      index++
      if (templateResumeDepth.length > 0 && templateResumeDepth[templateResumeDepth.length - 1] === depth) {
        templateResumeDepth.pop()
        readTemplate()
      } else previous = char
    } else if (isWordChar(char)) {
      let end = index
      while (isWordChar(source[end])) end++
      previous = source.slice(index, end)
      index = end
    } else {
      if (!/\s/.test(char)) previous = char
      index++
    }
  }
  return literals
}
