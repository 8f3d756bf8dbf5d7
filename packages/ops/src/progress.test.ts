import { describe, expect, it } from "vitest"
import { makeProgress } from "./progress.ts"

const fakeStream = (isTTY: boolean) => {
  const writes: Array<string> = []
  return { writes, stream: { isTTY, write: (text: string) => writes.push(text) } }
}

describe("makeProgress", () => {
  it("draws count, total and percentage on a terminal, at most once per interval, and clears the line at the end", () => {
    const { writes, stream } = fakeStream(true)
    let clock = 0
    const progress = makeProgress({ label: "eval", total: 4, unit: "items", stream, intervalMs: 100, now: () => clock })
    progress.advance()
    progress.advance() // within the interval: not drawn
    clock = 150
    progress.advance()
    progress.advance() // the last unit is always drawn
    progress.done()
    expect(writes.map((text) => text.replace("\r\x1b[2K", ""))).toEqual([
      "eval: 1/4 items (25%)",
      "eval: 3/4 items (75%)",
      "eval: 4/4 items (100%)",
      ""
    ])
  })

  it("writes nothing when the stream is not a terminal (a pipe or a file)", () => {
    const { writes, stream } = fakeStream(false)
    const progress = makeProgress({ label: "poll-once", total: 3, unit: "feeds", stream })
    progress.advance(3)
    progress.done()
    expect(writes).toEqual([])
  })
})
