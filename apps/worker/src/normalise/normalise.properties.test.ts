import { runPropertyInChild } from "@india-italy/domain/testing"
import { describe, it } from "vitest"
import { properties } from "./normalise.properties.ts"

const moduleUrl = new URL("./normalise.properties.ts", import.meta.url).href

describe("normalising and feed lists on hostile input (each property in a child process with a hard timeout)", () => {
  for (const name of Object.keys(properties)) {
    it(name, () => runPropertyInChild(moduleUrl, name, 60_000), 70_000)
  }
})
