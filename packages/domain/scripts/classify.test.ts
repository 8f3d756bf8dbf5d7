import { spawn } from "node:child_process"
import { dirname, join } from "node:path"
import { createInterface } from "node:readline"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { classifyLine } from "./classify-line.ts"

const packageDirectory = join(dirname(fileURLToPath(import.meta.url)), "..")
const tsx = join(packageDirectory, "node_modules", ".bin", "tsx")

const startClassifier = () =>
  spawn(tsx, ["--conditions=@india-italy/source", "scripts/classify.ts"], {
    cwd: packageDirectory,
    stdio: ["pipe", "pipe", "pipe"]
  })

const collect = (stream: NodeJS.ReadableStream): Promise<string> =>
  new Promise((resolve) => {
    let text = ""
    stream.on("data", (chunk) => (text += String(chunk)))
    stream.on("end", () => resolve(text))
  })

const goyalVisit = {
  id: "goyal-milan",
  title: "Goyal leads trade delegation to Milan",
  text: "Milan, June 3 Commerce Minister Piyush Goyal met Italian industry leaders on Tuesday as India and Italy explored ways to double bilateral trade.",
  published: "2025-06-03",
  source: "test wire"
}

describe("classify-line (pure core)", () => {
  it("defaults a missing or null title to an empty string", () => {
    for (const line of ['{"id":"x","text":"Modi met Meloni"}', '{"id":"x","title":null,"text":"Modi met Meloni"}']) {
      const result = classifyLine(line, 1)
      expect(result !== undefined && "output" in result, line).toBe(true)
    }
  })

  it("takes null for any optional field as absent, as feeds without a link or a date give", () => {
    const line = JSON.stringify({ ...goyalVisit, url: null, published: null, source: null, language: null })
    const result = classifyLine(line, 1)
    expect(result !== undefined && "output" in result, JSON.stringify(result)).toBe(true)
    const output = JSON.parse((result as { output: string }).output)
    expect(output).toMatchObject({ id: "goyal-milan", relevant: true })
  })

  it("still rejects a null text, which is not optional", () => {
    const result = classifyLine('{"id":"x","title":"t","text":null}', 3)
    expect(result !== undefined && "failure" in result && result.failure).toMatchObject({
      error: "invalid_item",
      id: "x"
    })
  })

  it("dates a report whose publication time carries a zone abbreviation", () => {
    const line = JSON.stringify({ ...goyalVisit, published: "Tue, 03 Jun 2025 23:30:00 IST" })
    const output = JSON.parse((classifyLine(line, 1) as { output: string }).output)
    expect(output.occurredOn).toBe("2025-06-03")
  })

  it("names the id and the field when an item is malformed", () => {
    expect(classifyLine('{"id":"bad-1","title":"t","text":["not","a","string"]}', 7)).toEqual({
      failure: { error: "invalid_item", line: 7, id: "bad-1", reason: 'Expected string at ["text"]' }
    })
  })

  it("names the line number when the line is not JSON", () => {
    const result = classifyLine("{oops", 12)
    expect(result !== undefined && "failure" in result && result.failure).toMatchObject({
      error: "invalid_json",
      line: 12
    })
  })

  it("skips blank lines", () => {
    expect(classifyLine("   ", 3)).toBeUndefined()
  })
})

describe("pnpm classify (spawned, real stdin)", () => {
  it("answers each line before stdin closes (streams, does not buffer)", async () => {
    const child = startClassifier()
    const outputLines = createInterface({ input: child.stdout! })
    const firstLine = new Promise<string>((resolve) => outputLines.once("line", resolve))
    child.stdin!.write(`${JSON.stringify(goyalVisit)}\n`)
    const answer = JSON.parse(await firstLine)
    expect(answer.id).toBe("goyal-milan")
    child.stdin!.end()
    const exitCode = await new Promise<number | null>((resolve) => child.on("close", resolve))
    expect(exitCode).toBe(0)
  }, 30_000)

  it("prints one output line per good item, errors on stderr, and exits 0", async () => {
    const child = startClassifier()
    const stdout = collect(child.stdout!)
    const stderr = collect(child.stderr!)
    const { title: _title, ...untitled } = goyalVisit
    child.stdin!.end(
      [
        JSON.stringify(goyalVisit),
        "this is not json",
        JSON.stringify({ id: "no-text", title: "Headline only" }),
        "",
        JSON.stringify({ ...untitled, id: "untitled" }),
        JSON.stringify({
          id: "france",
          title: "Macron meets Modi",
          text: "Paris, Feb 11 India and France agreed on a Rafale follow-on deal."
        })
      ].join("\n") + "\n"
    )
    const [out, err, exitCode] = await Promise.all([
      stdout,
      stderr,
      new Promise<number | null>((resolve) => child.on("close", resolve))
    ])
    expect(exitCode).toBe(0)

    const documents = out
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line))
    expect(documents.map((document) => document.id)).toEqual(["goyal-milan", "untitled", "france"])
    for (const document of documents) {
      expect(Object.keys(document)).toEqual(
        expect.arrayContaining([
          "id",
          "relevant",
          "eventType",
          "eventTypes",
          "sectors",
          "actors",
          "actorDetails",
          "confidence",
          "places",
          "status",
          "language"
        ])
      )
      expect(document.actors.every((name: unknown) => typeof name === "string")).toBe(true)
    }

    const errors = err
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line))
    expect(errors).toEqual([
      expect.objectContaining({ error: "invalid_json", line: 2 }),
      expect.objectContaining({
        error: "invalid_item",
        line: 3,
        id: "no-text",
        reason: expect.stringContaining('["text"]')
      })
    ])
  }, 30_000)

  it("answers a 5 MB item and a normal item within 5 s and 400 MB, reading a bounded prefix of the big one", async () => {
    // Peak RSS of the classifier process itself (not tsx's launcher), printed on exit.
    const reportPeak =
      "data:text/javascript,process.on('exit',()=>process.stderr.write(JSON.stringify({maxRssKb:process.resourceUsage().maxRSS})))"
    const child = spawn(
      process.execPath,
      ["--conditions=@india-italy/source", "--import", "tsx", "--import", reportPeak, "scripts/classify.ts"],
      { cwd: packageDirectory, stdio: ["pipe", "pipe", "pipe"] }
    )
    const stdout = collect(child.stdout!)
    const stderr = collect(child.stderr!)
    // Timed from when the classifier answers a first item, so process start-up is not counted.
    const outputLines = createInterface({ input: child.stdout! })
    const ready = new Promise<string>((resolve) => outputLines.once("line", resolve))
    child.stdin!.write(`${JSON.stringify({ ...goyalVisit, id: "warm-up" })}\n`)
    await ready
    const paragraph = `${goyalVisit.text} Italian Prime Minister Giorgia Meloni said, "We will sign it next month."\n\n`
    const huge = { ...goyalVisit, id: "huge", text: paragraph.repeat(Math.ceil(5_000_000 / paragraph.length)) }
    const start = Date.now()
    child.stdin!.end(`${JSON.stringify(huge)}\n${JSON.stringify(goyalVisit)}\n`)
    const exitCode = await new Promise<number | null>((resolve) => child.on("close", resolve))
    const elapsedMs = Date.now() - start
    const [out, err] = await Promise.all([stdout, stderr])
    expect(exitCode, err).toBe(0)
    const documents = out
      .trim()
      .split("\n")
      .slice(1)
      .map((line) => JSON.parse(line))
    expect(documents.map((document) => [document.id, document.relevant])).toEqual([
      ["huge", true],
      ["goyal-milan", true]
    ])
    expect(documents[0].evidence.every((span: { end: number }) => span.end <= 20_000)).toBe(true)
    expect(elapsedMs).toBeLessThan(5_000)
    const { maxRssKb } = JSON.parse(err.slice(err.lastIndexOf("{")))
    expect(maxRssKb / 1024).toBeLessThan(400)
  }, 60_000)
})
