import { describe, expect, it } from "vitest"
import { demoFeeds, demoSubscriptions } from "../demo/demo-stories.ts"
import { processTree } from "../testing/process-memory.ts"
import { runEntryPoint, waitFor, type RunningProcess } from "../testing/processes.ts"
import { cleanupAfterEach, defaultRedisUrl, deleteKeys, freePort, makeTempDir } from "../testing/system-harness.ts"

/** One message the console sink printed: `── Slack <channel> ──` / `(reply in thread …)` / `(update of …)`. */
interface PrintedMessage {
  readonly channel: string
  readonly kind: "alert" | "reply" | "update"
  readonly text: string
}

const headerPattern = /^── Slack (\S+)( \(reply in thread [^)]+\)| \(update of [^)]+\))? ──$/

const parseMessages = (stdout: string): ReadonlyArray<PrintedMessage> => {
  const messages: Array<{ channel: string; kind: PrintedMessage["kind"]; lines: Array<string> }> = []
  for (const line of stdout.split("\n")) {
    const header = headerPattern.exec(line)
    if (header !== null) {
      const kind = header[2] === undefined ? "alert" : header[2].includes("reply") ? "reply" : "update"
      messages.push({ channel: header[1]!, kind, lines: [] })
    } else {
      messages.at(-1)?.lines.push(line)
    }
  }
  return messages.map(({ channel, kind, lines }) => ({ channel, kind, text: lines.join("\n") }))
}

/**
 * The demo's stories, with links as the pipeline shows them: it drops tracking parameters
 * (utm_…), so a link is compared without its query string.
 */
const storiesWith = (guidPart: string) =>
  demoFeeds
    .flatMap((feed) => feed.stories)
    .filter((story) => story.guid.includes(guidPart))
    .map((story) => ({ ...story, link: story.link.split("?")[0]! }))

const cleanups = cleanupAfterEach()

describe("pnpm demo", () => {
  it("exits 0 having printed one alert per development per subscribed channel, follow-ups in threads, nothing for the distractors", async () => {
    const started = Date.now()
    const store = await makeTempDir("demo-store")
    cleanups.push(() => store.remove())
    const demo: RunningProcess = runEntryPoint("apps/system/src/demo/main.ts", {
      REDIS_URL: defaultRedisUrl,
      EVENTS_DB_DIR: store.path
    })
    let stdout = ""
    demo.child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString()))
    // The demo removes its keys (prefix demo-<pid>-…) itself; if it fails half-way, we do.
    const pids = new Set<number>()
    const watch = setInterval(() => processTree(demo.child.pid!).forEach((pid) => pids.add(pid)), 100)
    cleanups.push(async () => {
      clearInterval(watch)
      await demo.stop(2_000)
      for (const pid of pids) await deleteKeys(defaultRedisUrl, `demo-${pid}-`)
    })
    const code = await Promise.race([
      demo.exited,
      new Promise<"timeout">((resolve) => setTimeout(() => resolve("timeout"), 80_000))
    ])
    const durationMs = Date.now() - started
    expect(code, `demo exit code; stderr and stdout:\n${demo.output().slice(-4000)}`).toBe(0)

    const messages = parseMessages(stdout)
    const alerts = messages.filter((message) => message.kind === "alert")
    const replies = messages.filter((message) => message.kind === "reply")
    const channels = demoSubscriptions.map((subscription) => subscription.channel)
    // Only subscribed channels hear anything.
    expect(new Set(messages.map((message) => message.channel))).toEqual(new Set(channels))

    // Every alert has the shape of one: a heading naming the event type, its sources, its event id.
    const eventOf = (message: PrintedMessage) => /\bevent (evt-[0-9a-z]+) · revision \d+/.exec(message.text)?.[1]
    for (const alert of alerts) {
      expect(alert.text).toMatch(/^■ INDIA–ITALY · [A-Z]/m)
      expect(alert.text).toMatch(/^\*Sources?\*/m)
      expect(eventOf(alert), `event id line in:\n${alert.text}`).toBeDefined()
    }
    // Routing: the defence desk gets defence-tagged developments, the trade desk trade or investment ones.
    const byChannel = (channel: string) => alerts.filter((alert) => alert.channel === channel)
    expect(byChannel("CDEFENCE01").length).toBeGreaterThan(0)
    expect(byChannel("CTRADE0001").length).toBeGreaterThan(0)
    for (const alert of byChannel("CDEFENCE01")) expect(alert.text).toContain("`Defence`")
    for (const alert of byChannel("CTRADE0001")) expect(alert.text).toMatch(/`(Trade|Investment)`/)

    // De-duplication: one top-level alert per development per channel.
    const perEvent = new Map<string, number>()
    for (const alert of alerts)
      perEvent.set(
        `${eventOf(alert)} in ${alert.channel}`,
        (perEvent.get(`${eventOf(alert)} in ${alert.channel}`) ?? 0) + 1
      )
    expect([...perEvent].filter(([, count]) => count !== 1)).toEqual([])

    /**
     * One development reported by both wires: the first report is an alert, the second a reply in
     * its thread (in every channel that got the alert), never a second alert. Returns those alerts.
     */
    const expectOneAlertThenThreadReply = (reported: ReadonlyArray<ReturnType<typeof storiesWith>[number]>) => {
      expect(reported).toHaveLength(2)
      const alertedIn = alerts.filter((alert) => reported.some((story) => alert.text.includes(story.link)))
      const links = reported.map((story) => story.link).join(" or ")
      expect(alertedIn.length, `an alert citing ${links}; stdout:\n${stdout}`).toBeGreaterThan(0)
      for (const alert of alertedIn) {
        // When the second report's notice overtook the first's, the one alert already lists both.
        const later = reported.find((story) => !alert.text.includes(story.link))
        if (later !== undefined) {
          expect(
            replies.some((reply) => reply.channel === alert.channel && reply.text.includes(later.link)),
            `a thread reply for ${later.guid} in ${alert.channel}`
          ).toBe(true)
        }
        const inChannel = alerts.filter((other) => other.channel === alert.channel)
        expect(inChannel.filter((other) => reported.some((story) => other.text.includes(story.link)))).toHaveLength(1)
      }
      return alertedIn
    }
    // The Special Strategic Partnership, reported in English by both wires.
    const [first, second] = storiesWith("special-strategic").concat(storiesWith("rome-upgrade"))
    expectOneAlertThenThreadReply([first!, second!])

    // Meloni's 2023 visit, in English on Wire A and in Italian on Wire B (its language detected,
    // the feed declares none): one alert per channel, the other language's report in its thread,
    // each report marked with its language wherever it is listed.
    const [english, italian] = storiesWith("meloni-delhi").concat(storiesWith("meloni-nuova-delhi-it"))
    const bilingual = expectOneAlertThenThreadReply([english!, italian!])
    expect(bilingual.map((alert) => alert.channel)).toContain("CDEFENCE01")
    const languageOf = (story: typeof english) => (story === italian ? "Italian" : "English")
    const outletLine = (story: NonNullable<typeof english>) =>
      new RegExp(`Demo Wire [AB] \\(${story.link.replace(/[.?/]/g, "\\$&")}\\)\\*? \\(${languageOf(story)}\\)`)
    for (const alert of bilingual) {
      const alertedReport = [english!, italian!].find((story) => alert.text.includes(story.link))!
      expect(alert.text).toContain(`*${alertedReport.title}*`)
      expect(alert.text).toMatch(new RegExp(`confidence \\d+% {2}· {2}in ${languageOf(alertedReport)}$`, "m"))
      expect(alert.text).toMatch(outletLine(alertedReport))
      const other = [english!, italian!].find((story) => story !== alertedReport)!
      const reply = replies.find(
        (candidate) => candidate.channel === alert.channel && candidate.text.includes(other.link)
      )
      if (reply === undefined) expect(alert.text).toMatch(outletLine(other))
      else {
        expect(reply.text).toMatch(/^\*Also reported by /)
        expect(reply.text).toMatch(outletLine(other))
        expect(reply.text).toContain(other.title)
      }
    }

    // A reply is posted once: no (channel, source) pair twice.
    const replyKeys = replies.map(
      (reply) => `${reply.channel} ${/\((https?:[^)\s]+)\)/.exec(reply.text)?.[1] ?? reply.text}`
    )
    expect(replyKeys.length).toBe(new Set(replyKeys).size)

    // Nothing about the hockey match or the Italy–China forum, anywhere.
    for (const distractor of [...storiesWith("hockey"), ...storiesWith("italy-china")]) {
      expect(stdout).not.toContain(distractor.link)
      expect(stdout).not.toContain(distractor.title)
    }
    console.info(
      `demo: exit 0 in ${durationMs} ms; ${alerts.length} alerts, ${replies.length} thread replies, ${messages.length - alerts.length - replies.length} updates`
    )

    // The demo's developments stay in the event store, and `pnpm web` serves them afterwards.
    const port = await freePort()
    const web = runEntryPoint("apps/web/src/main.ts", { EVENTS_DB_DIR: store.path, WEB_PORT: String(port) })
    cleanups.push(() => web.stop(5_000).then(() => undefined))
    const history = async () => {
      const response = await fetch(`http://127.0.0.1:${port}/api/events?limit=100`).catch(() => undefined)
      type Listed = {
        event: { id: string; sources: Array<{ url?: string; language?: string }> }
        languages: Array<string>
      }
      return response?.ok === true ? ((await response.json()) as { events: Array<Listed> }) : undefined
    }
    let page: Awaited<ReturnType<typeof history>>
    await waitFor("pnpm web to answer", async () => (page = await history()) !== undefined, 30_000, 200).catch(
      (error: unknown) => {
        throw new Error(`${String(error)}\n${web.output()}`)
      }
    )
    const stored = new Set(page!.events.map((entry) => entry.event.id))
    const alerted = new Set(alerts.map(eventOf))
    expect([...alerted].filter((id) => id !== undefined && !stored.has(id))).toEqual([])
    // The partnership's event keeps both wires' reports; the visit's keeps both languages.
    const partnership = page!.events.find((entry) => entry.event.sources.some((source) => source.url === first!.link))
    expect(partnership?.event.sources.map((source) => source.url).sort()).toEqual([first!.link, second!.link].sort())
    const visit = page!.events.find((entry) => entry.event.sources.some((source) => source.url === english!.link))
    expect(visit?.event.sources.map((source) => [source.url, source.language]).sort()).toEqual(
      [
        [english!.link, "en"],
        [italian!.link, "it"]
      ].sort()
    )
    expect(visit?.languages).toEqual(["en", "it"])
  }, 120_000)
})
