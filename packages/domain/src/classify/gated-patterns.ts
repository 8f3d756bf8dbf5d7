/**
 * Many named patterns matched in one pass, fast. A big alternation run by a global regular
 * expression is tried at every character of the text; here the text is cut into words once
 * (`readWords`), each lexicon knows from its patterns which first three letters a match can
 * start with, and its sticky expression is tried only at the words that start that way — a
 * few per sentence instead of every character. Patterns must use only non-capturing groups
 * `(?:…)`, start at a word, and not begin with a wildcard (`\w`, `.`, a negated class): the
 * compiler checks and throws, naming the pattern.
 */

export interface Lexicon<Id> extends Gated {
  readonly ids: ReadonlyArray<Id>
  readonly weights: ReadonlyArray<number>
  readonly caseInsensitive: boolean
  /** Each entry's own sticky expression, tried alone at the words it can start with. */
  readonly entryPatterns: ReadonlyArray<RegExp>
  /** For a word key's table slot, the entries (in lexicon order) whose matches may start there. */
  readonly entriesBySlot: SlotLists
}

/**
 * A small open-addressing table from a table slot to a list: a few hundred slots fit in a few
 * kilobytes that stay in cache, and a lookup is a couple of typed-array reads — a Map.get per
 * candidate word was the costliest line of scanLexicon.
 */
interface SlotLists {
  /** slot + 1 at each used position, 0 at a free one. */
  readonly keys: Int32Array
  readonly lists: ReadonlyArray<ReadonlyArray<number>>
  /** Parallel to `lists`: for each entry, the fourth characters (fourthBit) its matches' first words can have. */
  readonly fourths: ReadonlyArray<ReadonlyArray<number>>
  readonly mask: number
}

const noEntries: ReadonlyArray<number> = []

const slotListsOf = (
  bySlot: ReadonlyMap<number, ReadonlyArray<number>>,
  fourthsBySlot: ReadonlyMap<number, ReadonlyArray<number>>
): SlotLists => {
  let size = 16
  while (size < 4 * bySlot.size) size <<= 1
  const keys = new Int32Array(size)
  const lists: Array<ReadonlyArray<number>> = new Array(size).fill(noEntries)
  const fourths: Array<ReadonlyArray<number>> = new Array(size).fill(noEntries)
  // A slot is already a hash of its key: its low bits serve as the position.
  for (const [key, list] of bySlot) {
    let position = key & (size - 1)
    while (keys[position] !== 0) position = (position + 1) & (size - 1)
    keys[position] = key + 1
    lists[position] = list
    fourths[position] = fourthsBySlot.get(key)!
  }
  return { keys, lists, fourths, mask: size - 1 }
}

/** Where the list stored for `key` is, or -1. */
const slotPosition = (table: SlotLists, key: number): number => {
  const { keys, mask } = table
  let position = key & mask
  for (let stored = keys[position]!; stored !== 0; stored = keys[position]!) {
    if (stored === key + 1) return position
    position = (position + 1) & mask
  }
  return -1
}

export interface LexiconEntry<Id> {
  readonly id: Id
  readonly pattern: string
  readonly weight?: number
}

// ── Words ────────────────────────────────────────────────────────────────────────────
/**
 * Characters that make up a word for gating purposes: letters, digits, and the currency
 * symbols that stick to amounts ("$15", "€20").
 */
const isWordCodeSlow = (code: number): boolean =>
  (code >= 48 && code <= 57) ||
  (code >= 65 && code <= 90) ||
  (code >= 97 && code <= 122) ||
  (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000) ||
  code === 36 ||
  code === 0x20ac ||
  code === 0x20b9 ||
  code === 0xa3
// One table lookup per character instead of a chain of comparisons.
const wordCodes = new Uint8Array(0x10000)
for (let code = 0; code < 0x10000; code++) wordCodes[code] = isWordCodeSlow(code) ? 1 : 0
const isWordCode = (code: number): boolean => wordCodes[code] === 1

const lower = (code: number): number =>
  code >= 65 && code <= 90 ? code + 32 : code >= 0xc0 && code <= 0xde && code !== 0xd7 ? code + 32 : code
const lowerCodes = new Uint16Array(0x10000)
for (let code = 0; code < 0x10000; code++) lowerCodes[code] = lower(code)

/** The first (up to) three characters of a word packed into one small integer; collisions only cost a needless try. */
const pack = (first: number, second: number, third: number): number =>
  ((first & 0x3ff) << 20) | ((second & 0x3ff) << 10) | (third & 0x3ff)

/**
 * The words of a text at which some compiled pattern may match: where each starts, and one bit
 * per pattern (see compileGated) saying which patterns may start there. Words no pattern can
 * start with are left out, so each scan visits only a few candidates.
 */
export interface Words {
  readonly count: number
  readonly starts: Array<number>
  readonly masks: Array<number>
  /** Each word's key lowercased, as case-insensitive lexicons look it up, so a scan need not read the word again. */
  readonly lowerKeys: Array<number>
}

// Every compiled pattern gets one bit; these maps give, for a word key, the bits of the patterns that may start there.
// Open tables indexed by a hash of the key hold the OR of the bits of every key hashing there:
// a collision only costs a needless try, never a missed match, and a lookup is one array read.
// 2^16 slots: both tables together take half a megabyte, which stays in cache far better than
// 2^18 slots did; on the eval reports it puts no more words on the gated lists.
const TABLE_BITS = 16
const TABLE_MASK = (1 << TABLE_BITS) - 1
const slot = (key: number): number => (key ^ (key >>> TABLE_BITS) ^ (key >>> 7)) & TABLE_MASK
// Both tables in one array, interleaved (case-sensitive bits at 2 × slot, case-insensitive at
// 2 × slot + 1): a lowercase word has the same key both ways, so its two lookups share one
// cache line instead of missing twice in two tables.
const startBits = new Int32Array(2 << TABLE_BITS)
const caseSensitiveIndex = (key: number): number => slot(key) << 1
const caseInsensitiveIndex = (key: number): number => (slot(key) << 1) | 1
let nextBit = 0

/** The key of the word starting at `index`, as readWords computes it. */
const keyAt = (text: string, index: number, caseInsensitive: boolean): number => {
  const first = text.charCodeAt(index)
  const second = index + 1 < text.length ? text.charCodeAt(index + 1) : 0
  const secondInWord = isWordCode(second)
  const third = secondInWord && index + 2 < text.length ? text.charCodeAt(index + 2) : 0
  const b = secondInWord ? second : 0
  const c = secondInWord && isWordCode(third) ? third : 0
  return caseInsensitive ? pack(lower(first), lower(b), lower(c)) : pack(first, b, c)
}

// One text's words are gathered here and copied out at the end: arrays grown word by word
// would allocate, and throw away, several times the memory of the result.
const scratchStarts: Array<number> = []
const scratchMasks: Array<number> = []
const scratchLowerKeys: Array<number> = []

export const readWords = (text: string): Words => {
  let count = 0
  const length = text.length
  // Word by word rather than character by character: find where a word starts, look up its
  // first (up to) three characters, then skip the rest of it without looking back.
  // Each character is read once: the code that ends a loop is kept rather than read again.
  let index = 0
  let code = 0
  for (;;) {
    while (index < length && wordCodes[(code = text.charCodeAt(index))] === 0) index++
    if (index === length) break
    const start = index++
    const first = code
    // 0 when the word is shorter (no word character has code 0).
    let second = 0
    let third = 0
    if (index < length && wordCodes[(code = text.charCodeAt(index))] === 1) {
      second = code
      index++
      if (index < length && wordCodes[(code = text.charCodeAt(index))] === 1) {
        third = code
        index++
      }
    }
    const lowerKey = pack(lowerCodes[first]!, lowerCodes[second]!, lowerCodes[third]!)
    const mask = startBits[caseSensitiveIndex(pack(first, second, third))]! | startBits[caseInsensitiveIndex(lowerKey)]!
    if (mask !== 0) {
      scratchStarts[count] = start
      scratchMasks[count] = mask
      scratchLowerKeys[count] = lowerKey
      count++
    }
    while (index < length && wordCodes[text.charCodeAt(index)] === 1) index++
  }
  return {
    count,
    starts: scratchStarts.slice(0, count),
    masks: scratchMasks.slice(0, count),
    lowerKeys: scratchLowerKeys.slice(0, count)
  }
}

export const wordKey = (word: string, caseInsensitive: boolean): number => {
  const codes = [0, 1, 2].map((index) => (index < word.length ? word.charCodeAt(index) : 0))
  return caseInsensitive
    ? pack(lower(codes[0]!), lower(codes[1]!), lower(codes[2]!))
    : pack(codes[0]!, codes[1]!, codes[2]!)
}

// ── What a pattern can start with ──────────────────────────────────────────────────
type Atom =
  | { readonly kind: "chars"; readonly chars: ReadonlyArray<string> }
  | { readonly kind: "group"; readonly options: ReadonlyArray<ReadonlyArray<Item>> }
  | { readonly kind: "empty" }
interface Item {
  readonly atom: Atom
  readonly min: number
  readonly max: number
}

class Wildcard extends Error {}

const digits = "0123456789".split("")
const ANY_LIMIT = 24
const WILDCARD = "\u0000"

/** A character class: its characters, or the wildcard marker when it is negated or too wide to list. */
const parseClass = (source: string, start: number): readonly [ReadonlyArray<string>, number] => {
  let index = start + 1
  let wildcard = false
  if (source[index] === "^") {
    wildcard = true
    index++
  }
  const chars: Array<string> = []
  while (index < source.length && source[index] !== "]") {
    const char = source[index]!
    if (char === "\\") {
      const escaped = source[index + 1]!
      index += 2
      if (escaped === "d") chars.push(...digits)
      else if (escaped === "s") chars.push(" ")
      else if (/[wWSDbB]/.test(escaped)) wildcard = true
      else chars.push(escaped)
      continue
    }
    if (source[index + 1] === "-" && source[index + 2] !== "]" && index + 2 < source.length) {
      const from = char.charCodeAt(0)
      const to = source[index + 2]!.charCodeAt(0)
      if (to - from > ANY_LIMIT) wildcard = true
      else for (let code = from; code <= to; code++) chars.push(String.fromCharCode(code))
      index += 3
      continue
    }
    chars.push(char)
    index++
  }
  return [wildcard ? [WILDCARD] : chars, index + 1]
}

const parseAlternatives = (source: string, start: number): readonly [Array<Array<Item>>, number] => {
  const options: Array<Array<Item>> = [[]]
  let index = start
  while (index < source.length && source[index] !== ")") {
    if (source[index] === "|") {
      options.push([])
      index++
      continue
    }
    const [atom, afterAtom] = parseAtom(source, index)
    let min = 1
    let max = 1
    let next = afterAtom
    const quantifier = source[next]
    if (quantifier === "?") [min, max, next] = [0, 1, next + 1]
    else if (quantifier === "*") [min, max, next] = [0, Infinity, next + 1]
    else if (quantifier === "+") [min, max, next] = [1, Infinity, next + 1]
    else if (quantifier === "{") {
      const close = source.indexOf("}", next)
      const [low, high] = source.slice(next + 1, close).split(",")
      min = Number(low)
      max = high === undefined ? min : high === "" ? Infinity : Number(high)
      next = close + 1
    }
    if (source[next] === "?" && quantifier !== undefined && "?*+{".includes(quantifier)) next++
    options[options.length - 1]!.push({ atom, min, max })
    index = next
  }
  return [options, index]
}

const parseAtom = (source: string, index: number): readonly [Atom, number] => {
  const char = source[index]!
  if (char === "(") {
    const lookaround = /^\(\?(?:<?[=!])/.exec(source.slice(index, index + 4))
    const skip = lookaround !== null ? lookaround[0].length : source.startsWith("(?:", index) ? 3 : 1
    const [options, close] = parseAlternatives(source, index + skip)
    return [lookaround !== null ? { kind: "empty" } : { kind: "group", options }, close + 1]
  }
  if (char === "[") {
    const [chars, next] = parseClass(source, index)
    return [{ kind: "chars", chars }, next]
  }
  if (char === "\\") {
    const escaped = source[index + 1]!
    if (escaped === "b" || escaped === "B") return [{ kind: "empty" }, index + 2]
    if (escaped === "d") return [{ kind: "chars", chars: digits }, index + 2]
    if (escaped === "s") return [{ kind: "chars", chars: [" "] }, index + 2]
    if (/[wWSD]/.test(escaped)) return [{ kind: "chars", chars: [WILDCARD] }, index + 2]
    return [{ kind: "chars", chars: [escaped] }, index + 2]
  }
  if (char === ".") return [{ kind: "chars", chars: [WILDCARD] }, index + 1]
  if (char === "^" || char === "$") return [{ kind: "empty" }, index + 1]
  return [{ kind: "chars", chars: [char] }, index + 1]
}

/**
 * How a prefix of a match's first word ends: it reached the length asked for ("full"), the word ends
 * there at a character that is not part of a word ("ended": "co" of "co-produce"), or anything may
 * follow (a wildcard or the end of the pattern: "open").
 */
type PrefixEnd = "full" | "ended" | "open"

/**
 * Every way a match can begin, as its first word's first (up to) `limit` characters. A prefix
 * ends early at a character that is not part of a word ("co-produce" begins "co").
 */
const prefixesOf = (pattern: string, caseInsensitive: boolean, limit: number): Array<[string, PrefixEnd]> => {
  const [options] = parseAlternatives(pattern, 0)
  const found: Array<[string, PrefixEnd]> = []
  const prefixes = { add: (prefix: string, end: PrefixEnd = "full"): void => void found.push([prefix, end]) }
  const isWordChar = (char: string): boolean => isWordCode(char.charCodeAt(0))

  const walkSequence = (
    items: ReadonlyArray<Item>,
    position: number,
    prefix: string,
    done: (prefix: string) => void
  ): void => {
    if (prefix.length >= limit) return void prefixes.add(prefix)
    if (position === items.length) return done(prefix)
    const item = items[position]!
    const repeat = (count: number, current: string): void => {
      if (current.length >= limit) return void prefixes.add(current)
      if (count >= item.min) walkSequence(items, position + 1, current, done)
      if (count < Math.min(item.max, limit)) walkAtom(item.atom, current, (after) => repeat(count + 1, after))
    }
    repeat(0, prefix)
  }

  const walkAtom = (atom: Atom, prefix: string, done: (prefix: string) => void): void => {
    if (atom.kind === "empty") return done(prefix)
    if (atom.kind === "group") {
      for (const option of atom.options) walkSequence(option, 0, prefix, done)
      return
    }
    for (const char of atom.chars) {
      if (char === WILDCARD) {
        if (prefix.length === 0) throw new Wildcard()
        // A wildcard after some letters: stop the prefix here; it is still a valid gate.
        prefixes.add(prefix, "open")
        continue
      }
      if (!isWordChar(char)) {
        if (prefix.length === 0) throw new Wildcard()
        prefixes.add(prefix, "ended")
        continue
      }
      done(prefix + (caseInsensitive ? char.toLowerCase() : char))
    }
  }

  for (const option of options)
    walkSequence(option, 0, "", (prefix) => {
      if (prefix.length === 0) throw new Wildcard()
      prefixes.add(prefix, "open")
    })
  return found
}

/** Every way a match can begin, as its first word's first (up to) three characters, keyed as readWords keys words. */
const startsOf = (pattern: string, caseInsensitive: boolean): Set<number> => {
  const keys = new Set<number>()
  for (const [prefix] of prefixesOf(pattern, caseInsensitive, 3)) {
    // A short prefix can also begin a longer word: "ev" matches the word "evs" only if the pattern says so, but a
    // prefix cut at a non-word character ("co" of "co-") must match words whose key is exactly those letters.
    keys.add(wordKey(prefix, caseInsensitive))
  }
  return keys
}

/** Every bit: any fourth character (or none) may follow. */
const ANY_FOURTH = -1

/**
 * A bit for the fourth character of a word (0 when the word has three characters or fewer). A
 * character beyond ASCII gets every bit: case folding beyond ASCII is not worth reproducing here.
 */
const fourthBit = (code: number): number => (code === 0 ? 1 : code >= 0x80 ? ANY_FOURTH : 1 << (1 + (code % 31)))

/**
 * For each table slot of a pattern's start keys, the bits of the fourth characters a match's first
 * word can have there: a second, finer gate ("India" and "industry" share "ind", not "indi").
 */
const fourthCharacters = (pattern: string, caseInsensitive: boolean): Map<number, number> => {
  const bySlot = new Map<number, number>()
  const allow = (prefix: string, bits: number): void => {
    const key = slot(wordKey(prefix.slice(0, 3), caseInsensitive))
    bySlot.set(key, (bySlot.get(key) ?? 0) | bits)
  }
  for (const [prefix, end] of prefixesOf(pattern, caseInsensitive, 4)) {
    if (end === "open") allow(prefix, ANY_FOURTH)
    else if (prefix.length < 4) allow(prefix, fourthBit(0))
    else allow(prefix, fourthBit(prefix.charCodeAt(3)))
  }
  return bySlot
}

/** One pattern, tried only at the words it can start with. */
export interface Gated {
  /** This pattern's bit in Words.masks. */
  readonly bit: number
  readonly sticky: RegExp
}

const startsOrThrow = (pattern: string, caseInsensitive: boolean): Set<number> => {
  try {
    return startsOf(pattern, caseInsensitive)
  } catch (error) {
    if (error instanceof Wildcard)
      throw new Error(`a lexicon pattern cannot start with a wildcard: ${pattern.slice(0, 120)}`)
    throw error
  }
}

/** Marks the pattern's start keys with its bit; returns the table slots of those keys. */
const register = (pattern: string, caseInsensitive: boolean, bit: number): Set<number> => {
  const slots = new Set<number>()
  for (const key of startsOrThrow(pattern, caseInsensitive)) {
    startBits[caseInsensitive ? caseInsensitiveIndex(key) : caseSensitiveIndex(key)]! |= bit
    slots.add(slot(key))
  }
  return slots
}

const nextPatternBit = (): number => {
  if (nextBit >= 31) throw new Error("too many gated patterns: merge some into a lexicon")
  return 1 << nextBit++
}

/** Compiles a pattern (flags "i" or "") for scanGated; throws when it could start anywhere. Call at module load. */
export const compileGated = (pattern: string, flags: string): Gated => {
  const bit = nextPatternBit()
  register(pattern, flags.includes("i"), bit)
  return { bit, sticky: new RegExp(pattern, `${flags.replace("g", "")}y`) }
}

/** Calls `onMatch` for each non-overlapping match, in order. */
export const scanGated = (
  gated: Gated,
  text: string,
  words: Words,
  onMatch: (match: RegExpExecArray, start: number, end: number) => void
): void => {
  const { bit, sticky } = gated
  const { starts, masks } = words
  let after = 0
  for (let word = 0; word < words.count; word++) {
    const start = starts[word]!
    if (start < after || (masks[word]! & bit) === 0) continue
    sticky.lastIndex = start
    const match = sticky.exec(text)
    if (match === null || match[0].length === 0) continue
    after = start + match[0].length
    onMatch(match, start, after)
  }
}

/**
 * The same matches as scanGated, for callers that need only where each starts and ends: test()
 * leaves the end in the sticky expression's lastIndex and builds no match array.
 */
export const scanGatedSpans = (
  gated: Gated,
  text: string,
  words: Words,
  onSpan: (start: number, end: number) => void
): void => {
  const { bit, sticky } = gated
  const { starts, masks } = words
  let after = 0
  for (let word = 0; word < words.count; word++) {
    const start = starts[word]!
    if (start < after || (masks[word]! & bit) === 0) continue
    sticky.lastIndex = start
    if (!sticky.test(text)) continue
    const end = sticky.lastIndex
    // An empty match is no match.
    if (end === start) continue
    after = end
    onSpan(start, end)
  }
}

/**
 * scanGatedSpans over the words that start before `end` only: for a pattern that matters in a report's
 * opening alone.
 */
export const scanGatedSpansBefore = (
  gated: Gated,
  text: string,
  words: Words,
  end: number,
  onSpan: (start: number, end: number) => void
): void => {
  const { bit, sticky } = gated
  const { starts, masks } = words
  for (let word = 0; word < words.count && starts[word]! < end; word++) {
    const start = starts[word]!
    if ((masks[word]! & bit) === 0) continue
    sticky.lastIndex = start
    if (sticky.test(text) && sticky.lastIndex > start) return onSpan(start, sticky.lastIndex)
  }
}

export const compileLexicon = <Id>(entries: ReadonlyArray<LexiconEntry<Id>>, flags: string): Lexicon<Id> => {
  const bit = nextPatternBit()
  const caseInsensitive = flags.includes("i")
  const stickyFlags = `${flags.replace("g", "")}y`
  // Registered entry by entry so an error names the pattern at fault, and so each word is
  // tried only against the few entries that can start with it.
  const entriesBySlot = new Map<number, Array<number>>()
  const fourthsBySlot = new Map<number, Array<number>>()
  entries.forEach((entry, index) => {
    const fourths = fourthCharacters(entry.pattern, caseInsensitive)
    for (const entrySlot of register(entry.pattern, caseInsensitive, bit)) {
      const list = entriesBySlot.get(entrySlot)
      // A slot the finer walk did not reach (it always does) lets every fourth character through.
      const allowed = fourths.get(entrySlot) ?? ANY_FOURTH
      if (list === undefined) {
        entriesBySlot.set(entrySlot, [index])
        fourthsBySlot.set(entrySlot, [allowed])
      } else {
        list.push(index)
        fourthsBySlot.get(entrySlot)!.push(allowed)
      }
    }
  })
  const sticky = new RegExp(entries.map((entry) => `(${entry.pattern})`).join("|"), stickyFlags)
  return {
    bit,
    sticky,
    ids: entries.map((entry) => entry.id),
    weights: entries.map((entry) => entry.weight ?? 1),
    caseInsensitive,
    entryPatterns: entries.map((entry) => new RegExp(`(?:${entry.pattern})`, stickyFlags)),
    entriesBySlot: slotListsOf(entriesBySlot, fourthsBySlot)
  }
}

/**
 * Calls `onMatch` for each non-overlapping match, in order, with the index of the entry that
 * matched. Finds what the lexicon's single alternation `(a)|(b)|…` would: an alternation takes
 * the first entry that matches at a position, so trying the candidate entries one by one in
 * lexicon order gives the same match, without running the whole alternation at every word.
 */
export const scanLexicon = <Id>(
  lexicon: Lexicon<Id>,
  text: string,
  words: Words,
  onMatch: (entry: number, start: number, end: number) => void
): void => {
  const { bit, caseInsensitive, entryPatterns, entriesBySlot } = lexicon
  const { starts, masks } = words
  let after = 0
  for (let word = 0; word < words.count; word++) {
    const start = starts[word]!
    if (start < after || (masks[word]! & bit) === 0) continue
    const position = slotPosition(
      entriesBySlot,
      slot(caseInsensitive ? words.lowerKeys[word]! : keyAt(text, start, false))
    )
    if (position < 0) continue
    const candidates = entriesBySlot.lists[position]!
    const fourths = entriesBySlot.fourths[position]!
    const fourth = fourthBit(fourthCodeAt(text, start, caseInsensitive))
    for (let candidate = 0; candidate < candidates.length; candidate++) {
      if ((fourths[candidate]! & fourth) === 0) continue
      const entry = candidates[candidate]!
      const pattern = entryPatterns[entry]!
      pattern.lastIndex = start
      // test() rather than exec(): only where the match ends is needed, and a sticky expression
      // leaves that in lastIndex without building a match array.
      if (!pattern.test(text)) continue
      const end = pattern.lastIndex
      // The first entry that matches decides, as in the alternation; an empty match is no match.
      if (end > start) {
        after = end
        onMatch(entry, start, end)
      }
      break
    }
  }
}

/** The fourth character of the word starting at `start` (lowercased for a case-insensitive lexicon), or 0. */
const fourthCodeAt = (text: string, start: number, caseInsensitive: boolean): number => {
  // A word cut off by the end of the text has no fourth character; reading past the end would give
  // NaN, and a typed array read at NaN makes the optimised scan fall back to slower code.
  if (start + 3 >= text.length) return 0
  if (wordCodes[text.charCodeAt(start + 1)] !== 1 || wordCodes[text.charCodeAt(start + 2)] !== 1) return 0
  const code = text.charCodeAt(start + 3)
  if (wordCodes[code] !== 1) return 0
  return caseInsensitive ? lowerCodes[code]! : code
}

interface TrieNode {
  readonly children: Map<string, TrieNode>
  end: boolean
}

const escapeChar = (char: string): string => (char === " " ? "\\s+" : char.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))

/** A trie as a pattern: longer continuations are tried before stopping, so "New Delhi" wins over "New". */
const trieSource = (node: TrieNode): string => {
  const branches = [...node.children].map(([char, child]) => escapeChar(char) + trieSource(child))
  if (branches.length === 0) return ""
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join("|")})`
  return node.end ? `(?:${body})?` : body
}

/**
 * Literals as one alternation shaped like a trie ("Ma(?:rio Draghi|tteo (?:Renzi|Salvini))"), so the
 * engine follows shared prefixes once instead of trying hundreds of names one after another.
 * The longest literal wins, as with a longest-first alternation.
 */
export const alternation = (values: ReadonlyArray<string>): string => {
  const root: TrieNode = { children: new Map(), end: false }
  for (const value of values) {
    let node = root
    for (const char of value) {
      let child = node.children.get(char)
      if (child === undefined) {
        child = { children: new Map(), end: false }
        node.children.set(char, child)
      }
      node = child
    }
    node.end = true
  }
  return trieSource(root)
}

/** How many non-overlapping matches scanGatedSpans finds. */
export const countGated = (gated: Gated, text: string, words: Words): number => {
  let count = 0
  scanGatedSpans(gated, text, words, () => count++)
  return count
}
