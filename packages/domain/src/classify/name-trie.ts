/**
 * A dictionary of names (thousands of actors, places, countries and titles) matched at a word by
 * walking a trie of its characters, instead of running one regular expression shaped like that
 * trie: the walk reads a candidate word's few characters and stops, where the expression paid
 * its entry cost at every word that merely starts like some name.
 *
 * It finds what `(?<!\w)(?:${alternation(names)})(?!\w)` finds at a position (see alternation in
 * gated-patterns.ts): the longest name whose path the text follows, not followed by a letter, digit
 * or underscore, a space in a name standing for any run of white space. A name's characters other
 * than its single spaces must not be white space, so the path through the text is unique; build
 * throws on a name that breaks this, naming it.
 */

/**
 * The trie laid out flat in one typed array, depth first: a node's record is its name (an index
 * into `names`, or -1), its number of edges, then each edge as a character and the child's
 * position, in character order; the first child's record follows its parent's. A walk along a
 * name reads adjacent memory, where a trie of Map objects spread its thousands of nodes over the
 * heap and a scan in the middle of a report's classification missed the cache at nearly every step.
 */
export interface NameTrie<Value> {
  /** The records; the root's is at 0, and a node is the position of its record. */
  readonly cells: Int32Array
  readonly names: ReadonlyArray<string>
  readonly values: ReadonlyArray<Value>
}

/** The match nameAt found: filled in place, so a scan allocates nothing per word. */
export interface NameMatch<Value> {
  end: number
  name: string
  value: Value
  /**
   * Whether the text spells the name's spaces as a caller that looked the matched text up would find it: every
   * space a single " ", or the text has a line break or a double space there (the spaces evened out first).
   */
  spelledAsName: boolean
}

const SPACE = 32
const LINE_FEED = 10

// What `\s` matches in a JavaScript expression without the u flag, and what `\w` matches.
const spaceCodes = new Uint8Array(0x10000)
for (const code of [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff])
  spaceCodes[code] = 1
for (let code = 0x2000; code <= 0x200a; code++) spaceCodes[code] = 1
const asciiWordCodes = new Uint8Array(0x10000)
for (let code = 0; code < 128; code++) asciiWordCodes[code] = /\w/.test(String.fromCharCode(code)) ? 1 : 0

interface BuildNode {
  readonly next: Map<number, BuildNode>
  name: number
}

/** The names with what each stands for. */
export const buildNameTrie = <Value>(named: ReadonlyMap<string, Value>): NameTrie<Value> => {
  const root: BuildNode = { next: new Map(), name: -1 }
  const names: Array<string> = []
  const values: Array<Value> = []
  for (const [name, value] of named) {
    if (name === "" || /\s\s|^\s|\s$|[^\S ]/.test(name))
      throw new Error(`a name must have single spaces between its words: ${JSON.stringify(name)}`)
    let node = root
    for (let index = 0; index < name.length; index++) {
      const code = name.charCodeAt(index)
      let child = node.next.get(code)
      if (child === undefined) {
        child = { next: new Map(), name: -1 }
        node.next.set(code, child)
      }
      node = child
    }
    node.name = names.length
    names.push(name)
    values.push(value)
  }
  return flatten(root, names, values)
}

/** Lays the nodes out depth first, children in character order (see NameTrie). */
const flatten = <Value>(root: BuildNode, names: Array<string>, values: Array<Value>): NameTrie<Value> => {
  const sorted = (node: BuildNode) => [...node.next].sort(([a], [b]) => a - b)
  const positions = new Map<BuildNode, number>()
  let size = 0
  const place = (node: BuildNode): void => {
    positions.set(node, size)
    size += 2 + 2 * node.next.size
    for (const [, child] of sorted(node)) place(child)
  }
  place(root)
  const cells = new Int32Array(size)
  for (const [node, position] of positions) {
    cells[position] = node.name
    cells[position + 1] = node.next.size
    let cell = position + 2
    for (const [code, child] of sorted(node)) {
      cells[cell++] = code
      cells[cell++] = positions.get(child)!
    }
  }
  return { cells, names, values }
}

/** The child of `node` along `code`, or -1. */
const childOf = (cells: Int32Array, node: number, code: number): number => {
  const last = node + 2 + 2 * cells[node + 1]!
  for (let cell = node + 2; cell < last; cell += 2) {
    const char = cells[cell]!
    if (char === code) return cells[cell + 1]!
    if (char > code) return -1
  }
  return -1
}

/** Whether a name of the trie starts at `start`; if so, fills `match` with the longest. */
export const nameAt = <Value>(trie: NameTrie<Value>, text: string, start: number, match: NameMatch<Value>): boolean => {
  if (start > 0 && asciiWordCodes[text.charCodeAt(start - 1)] === 1) return false
  const length = text.length
  const cells = trie.cells
  let node = 0
  let index = start
  let found = false
  // Spaces other than single " " (a lookup of the text would miss), and a line break or double space (it evens them).
  let unusualSpace = false
  let evenedSpace = false
  while (index < length) {
    const code = text.charCodeAt(index)
    const child = childOf(cells, node, spaceCodes[code] === 1 ? SPACE : code)
    if (child < 0) break
    index++
    if (spaceCodes[code] === 1) {
      let previous = code
      if (code !== SPACE) unusualSpace = true
      if (code === LINE_FEED) evenedSpace = true
      while (index < length) {
        const next = text.charCodeAt(index)
        if (spaceCodes[next] !== 1) break
        unusualSpace = true
        if (next === LINE_FEED || (next === SPACE && previous === SPACE)) evenedSpace = true
        previous = next
        index++
      }
    }
    node = child
    const name = cells[node]!
    if (name >= 0 && (index === length || asciiWordCodes[text.charCodeAt(index)] !== 1)) {
      found = true
      match.end = index
      match.name = trie.names[name]!
      match.value = trie.values[name]!
      match.spelledAsName = !unusualSpace || evenedSpace
    }
  }
  return found
}
