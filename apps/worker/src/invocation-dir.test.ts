import { afterEach, describe, expect, it } from "vitest"
import { resolveFromInvocationDir } from "./invocation-dir.ts"

const saved = process.env["INIT_CWD"]
afterEach(() => {
  if (saved === undefined) delete process.env["INIT_CWD"]
  else process.env["INIT_CWD"] = saved
})

describe("resolveFromInvocationDir", () => {
  it("resolves a relative feed list path against where pnpm was invoked, and leaves absolute paths alone", () => {
    process.env["INIT_CWD"] = "/home/analyst/monitor"
    expect(resolveFromInvocationDir("feeds/mine.yaml")).toBe("/home/analyst/monitor/feeds/mine.yaml")
    expect(resolveFromInvocationDir("/etc/feeds.yaml")).toBe("/etc/feeds.yaml")
    expect(resolveFromInvocationDir(undefined)).toBeUndefined()
  })
})
