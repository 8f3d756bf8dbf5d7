import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { EventStore } from "@india-italy/event-store"
import { developmentJobs, pgliteStores, sampleDevelopments, type TestStore } from "@india-italy/event-store/testing"
import { ConfigProvider, Effect, Layer, ManagedRuntime } from "effect"
import type { Browser, Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { launchChromium } from "./testing/chromium.ts"
import { WebServer } from "./web-server.ts"

const pool = pgliteStores()
let store: TestStore
let web: ManagedRuntime.ManagedRuntime<WebServer, unknown>
let base: string
let browser: Browser
let page: Page
/** The outlet's site the source links point to: a local server, so following a link needs no network. */
let outlet: Server
let outletBase: string
const pageErrors: Array<string> = []

const listen = (server: Server) =>
  new Promise<string>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`))
  )

beforeAll(async () => {
  outlet = createServer((request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" })
    response.end(
      `<!doctype html><title>Outlet article</title>` +
        `<h1 id="article">Article at ${request.url?.replace(/[^a-z0-9/-]/gi, "")}</h1>`
    )
  })
  outletBase = await listen(outlet)
  store = await pool.open()
  const [hostile] = developmentJobs("evt-hostile", [
    {
      id: "x1",
      title: `<img src=x onerror="window.pwned=1">Hostile headline`,
      url: "javascript:window.pwned=2",
      outlet: "<b>Outlet</b>",
      occurredOn: "2024-06-01"
    }
  ])
  const [linked] = developmentJobs("evt-linked", [
    {
      id: "k1",
      title: "India and Italy launch start-up bridge",
      url: `${outletBase}/startup-bridge`,
      outlet: "Local Outlet",
      sectors: ["startups_innovation"],
      eventType: "business_forum",
      occurredOn: "2025-06-15",
      language: "en",
      text: "A start-up bridge between Bengaluru and Milan."
    }
  ])
  await store.run(
    Effect.gen(function* () {
      const events = yield* EventStore
      for (const job of [...sampleDevelopments().flat(), hostile!, linked!]) yield* events.record(job)
      // The defence pact went out to two channels: an alert in each, and a thread reply in one.
      const alert = { eventId: "evt-defence-pact", ts: "1740916800.000100", postedAt: "2025-03-02T12:00:01.000Z" }
      yield* events.recordAlert({ ...alert, revision: 1, channel: "C0DEFENCE", kind: "alert" })
      yield* events.recordAlert({ ...alert, revision: 1, channel: "C0ALL", kind: "alert" })
      yield* events.recordAlert({ ...alert, revision: 2, channel: "C0DEFENCE", kind: "reply" })
    })
  )
  const context = await store.context()
  web = ManagedRuntime.make(
    WebServer.layer.pipe(
      Layer.provide(Layer.succeedContext(context)),
      Layer.provide(ConfigProvider.layer(ConfigProvider.fromUnknown({ WEB_PORT: "0" })))
    )
  )
  base = (await web.runPromise(Effect.map(WebServer, (server) => server))).url
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 390, height: 844 } })
  page.on("pageerror", (error) => pageErrors.push(error.message))
}, 90_000)

afterAll(async () => {
  await browser?.close()
  await web?.dispose()
  await store?.dispose()
  await pool.close()
  await new Promise((resolve) => outlet?.close(resolve))
})

const cardIds = (target: Page) =>
  target.locator("article.card").evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.eventId))

describe("the timeline page in Chromium", () => {
  it("shows the developments grouped by day, newest first, with type, sectors and sources", async () => {
    await page.goto(`${base}/`)
    await page.locator("article.card").first().waitFor()
    expect(await cardIds(page)).toEqual([
      "evt-linked",
      "evt-migration",
      "evt-naval-exercise",
      "evt-trade-target",
      "evt-defence-pact",
      "evt-hostile"
    ])
    const days = await page.locator("h2.day").allTextContents()
    expect(days[0]).toBe("Sunday, 15 June 2025")
    expect(days).toContain("Thursday, 10 April 2025")
    // Two developments on 10 April share one day heading.
    expect(await page.locator('section[data-day="2025-04-10"] article.card').count()).toBe(2)
    const naval = page.locator('article[data-event-id="evt-naval-exercise"]')
    expect(await naval.locator(".type").textContent()).toBe("Military exercise")
    expect(await naval.locator(".tags li").allTextContents()).toEqual(["Defence", "Maritime & ports"])
    expect(await naval.locator("dl.facts").textContent()).toContain("Goa")
  })

  it("shows older developments on request, continuing the day already shown", async () => {
    await page.goto(`${base}/?limit=2`)
    await page.locator("article.card").first().waitFor()
    expect(await cardIds(page)).toEqual(["evt-linked", "evt-migration"])
    await page.locator("button.more").focus()
    await page.keyboard.press("Enter")
    await page.locator('article[data-event-id="evt-trade-target"]').waitFor()
    expect(await cardIds(page)).toEqual(["evt-linked", "evt-migration", "evt-naval-exercise", "evt-trade-target"])
    expect(await page.locator('section[data-day="2025-04-10"]').count()).toBe(1)
    await page.goto(`${base}/`)
    await page.locator("article.card").first().waitFor()
  })

  it("shows a hostile headline as text: no markup from a feed runs or becomes a link", async () => {
    const hostile = page.locator('article[data-event-id="evt-hostile"]')
    expect(await hostile.locator("h3").textContent()).toBe(`<img src=x onerror="window.pwned=1">Hostile headline`)
    expect(await hostile.locator("img").count()).toBe(0)
    expect(await hostile.locator('a[href^="javascript"]').count()).toBe(0)
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined()
  })

  it("filters by sector from the form, and the URL says so", async () => {
    await page.selectOption('select[name="sector"]', "defence")
    await Promise.all([page.waitForURL(/sector=defence/), page.click('button[type="submit"]')])
    await page.locator("article.card").first().waitFor()
    expect(await cardIds(page)).toEqual(["evt-naval-exercise", "evt-defence-pact"])
    // The view is a link: loading the URL afresh shows the same.
    await page.goto(page.url())
    await page.locator("article.card").first().waitFor()
    expect(await cardIds(page)).toEqual(["evt-naval-exercise", "evt-defence-pact"])
    expect(await page.locator('select[name="sector"]').inputValue()).toBe("defence")
  })

  it("searches by keyboard alone, in Italian", async () => {
    await page.goto(`${base}/`)
    await page.locator("article.card").first().waitFor()
    await page.focus('input[name="q"]')
    await page.keyboard.type("lavoratori")
    await Promise.all([page.waitForURL(/q=lavoratori/), page.keyboard.press("Enter")])
    await page.locator("article.card").first().waitFor()
    expect(await cardIds(page)).toEqual(["evt-migration"])
  })

  it("opens an event with every report and the evidence for each tag, and follows a source link", async () => {
    await page.goto(`${base}/?q=accordo`)
    await page.locator("article.card").first().waitFor()
    await Promise.all([
      page.waitForURL(/\/event\/evt-defence-pact$/),
      page.click('article[data-event-id="evt-defence-pact"] h3 a')
    ])
    await page.locator("section.report").first().waitFor()
    expect(await page.locator("section.report h3").allTextContents()).toEqual(["Wire A", "Agenzia B"])
    const evidence = await page.locator("section.report").first().locator("ul.evidence li").allTextContents()
    expect(evidence).toContain("Sector: Defence: defence (text)")
    expect(await page.locator("p.alerted").textContent()).toBe("Alerted in 2 channels")

    await page.goto(`${base}/event/evt-linked`)
    await page.locator("section.report").first().waitFor()
    expect(await page.locator("p.alerted").count()).toBe(0)
    await Promise.all([
      page.waitForURL(`${outletBase}/startup-bridge`),
      page.click(`section.report a[href="${outletBase}/startup-bridge"]`)
    ])
    expect(await page.locator("#article").textContent()).toBe("Article at /startup-bridge")
  })

  it("offers the view as an Atom feed that parses, with the same filters", async () => {
    await page.goto(`${base}/?sector=defence`)
    await page.locator("article.card").first().waitFor()
    const href = await page.locator("p.exports a", { hasText: "Atom" }).getAttribute("href")
    expect(href).toBe("/feeds/events.atom?sector=defence")
    const parsed = await page.evaluate(async (url) => {
      const text = await (await fetch(url)).text()
      const xml = new DOMParser().parseFromString(text, "application/xml")
      return {
        error: xml.getElementsByTagName("parsererror").length,
        root: xml.documentElement.namespaceURI,
        titles: [...xml.getElementsByTagName("entry")].map(
          (entry) => entry.getElementsByTagName("title")[0]?.textContent
        )
      }
    }, href!)
    expect(parsed).toEqual({
      error: 0,
      root: "http://www.w3.org/2005/Atom",
      titles: [
        "Navies of India and Italy hold joint exercise off Goa",
        "India, Italy sign defence pact as Meloni visits New Delhi"
      ]
    })
    const hostileFeed = await page.evaluate(async () => {
      const text = await (await fetch("/feeds/events.atom?to=2024-12-31")).text()
      const xml = new DOMParser().parseFromString(text, "application/xml")
      return [
        xml.getElementsByTagName("parsererror").length,
        xml.getElementsByTagName("entry")[0]?.getElementsByTagName("title")[0]?.textContent
      ]
    })
    expect(hostileFeed).toEqual([0, `<img src=x onerror="window.pwned=1">Hostile headline`])
    expect(pageErrors).toEqual([])
  })
})
