import { describe, it } from "vitest"
import { runPropertyInChild } from "../testing/hostile-input.ts"
import { properties } from "./classify.properties.ts"

const moduleUrl = new URL("./classify.properties.ts", import.meta.url).href

describe("the classifier on hostile input (each property in a child process with a hard timeout)", () => {
  for (const name of Object.keys(properties)) {
    it(name, () => runPropertyInChild(moduleUrl, name, 90_000), 100_000)
  }
})
