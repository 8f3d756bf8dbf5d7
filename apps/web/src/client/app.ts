import { eventTypes, pairProfile, sectors, type HistoryEventDetail, type HistoryPage } from "@india-italy/domain"
import { el } from "./dom.ts"
import { appendDays, eventPage } from "./render.ts"

const product = pairProfile.product.name

/** The filters the page offers; the rest of the API's (actor, place, lang, limit) still work in the URL. */
const filterNames = ["q", "sector", "type", "from", "to", "actor", "place", "lang", "limit"] as const

const main = document.getElementById("main") as HTMLElement

const fetchJson = async <T>(url: string): Promise<T> => {
  const response = await fetch(url, { headers: { accept: "application/json" } })
  const body = (await response.json()) as T & { error?: string }
  if (!response.ok) throw new Error(body.error ?? `${response.status} ${response.statusText}`)
  return body
}

const showError = (message: string) => main.replaceChildren(el("p", { class: "error", role: "alert" }, message))

const selectOf = (
  name: string,
  label: string,
  options: ReadonlyArray<{ readonly id: string; readonly label: string }>,
  current: string | null
) =>
  el(
    "label",
    {},
    label,
    el(
      "select",
      { name },
      el("option", { value: "" }, "All"),
      ...options.map((option) => {
        const node = el("option", { value: option.id }, option.label)
        node.selected = option.id === current
        return node
      })
    )
  )

const input = (name: string, label: string, type: string, current: string | null, extra: Record<string, string> = {}) =>
  el("label", {}, label, el("input", { name, type, value: current ?? undefined, ...extra }))

/** The filter form: submitting it loads the page for the new URL, so every view is a link. */
const filterForm = (params: URLSearchParams): HTMLFormElement => {
  const form = el(
    "form",
    { class: "filters", role: "search", method: "get", action: "/" },
    input("q", "Search headlines and text", "search", params.get("q"), { placeholder: "e.g. defence pact, accordo" }),
    selectOf("sector", "Sector", sectors, params.get("sector")),
    selectOf(
      "type",
      "Type",
      eventTypes.filter((type) => type.id !== "not_relevant"),
      params.get("type")
    ),
    input("from", "From", "date", params.get("from")),
    input("to", "To", "date", params.get("to")),
    el("button", { type: "submit" }, "Apply")
  )
  form.addEventListener("submit", (event) => {
    event.preventDefault()
    const next = new URLSearchParams()
    for (const [name, value] of new FormData(form))
      if (typeof value === "string" && value.trim() !== "") next.set(name, value.trim())
    // Filters the form does not show are kept, so a shared link's actor or place survives a new search.
    for (const name of ["actor", "place", "lang", "limit"]) {
      const kept = params.get(name)
      if (kept !== null) next.set(name, kept)
    }
    location.assign(next.size === 0 ? "/" : `/?${next.toString()}`)
  })
  return form
}

const apiQuery = (params: URLSearchParams): URLSearchParams => {
  const query = new URLSearchParams()
  for (const name of filterNames) {
    const value = params.get(name)
    if (value !== null && value !== "") query.set(name, value)
  }
  return query
}

const renderTimeline = async (params: URLSearchParams) => {
  const query = apiQuery(params)
  const suffix = query.size === 0 ? "" : `?${query.toString()}`
  document.title = params.get("q") === null ? `${product} · timeline` : `“${params.get("q")}” · ${product}`
  const list = el("div", { class: "timeline", "aria-live": "polite" })
  const status = el("p", { class: "status", role: "status" }, "Loading…")
  const exports = el(
    "p",
    { class: "exports" },
    "This view as ",
    el("a", { href: `/api/events.csv${suffix}` }, "CSV"),
    ", ",
    el("a", { href: `/feeds/events.atom${suffix}` }, "Atom feed"),
    ", ",
    el("a", { href: `/api/events${suffix}` }, "JSON")
  )
  main.replaceChildren(
    el("h1", { class: "visually-hidden" }, "Developments"),
    filterForm(params),
    exports,
    status,
    list
  )
  const load = async (cursor?: string) => {
    const page = await fetchJson<HistoryPage>(
      `/api/events?${new URLSearchParams([...query, ...(cursor === undefined ? [] : [["cursor", cursor]])]).toString()}`
    )
    appendDays(list, page.events)
    status.textContent = list.childElementCount === 0 ? "No developments match these filters." : ""
    main.querySelector("button.more")?.remove()
    if (page.nextCursor !== undefined) {
      const more = el("button", { class: "more", type: "button" }, "Show older developments")
      more.addEventListener("click", () => void load(page.nextCursor).catch((error: Error) => showError(error.message)))
      main.append(more)
    }
  }
  await load()
}

const renderEvent = async (id: string) => {
  const detail = await fetchJson<HistoryEventDetail>(`/api/events/${encodeURIComponent(id)}`)
  document.title = `${detail.event.classification.title} · ${product}`
  main.replaceChildren(eventPage(detail))
}

const route = async () => {
  const eventPath = /^\/event\/([A-Za-z0-9_-]+)$/.exec(location.pathname)
  if (eventPath !== null) await renderEvent(eventPath[1]!)
  else await renderTimeline(new URLSearchParams(location.search))
}

route().catch((error: Error) => showError(`Could not load the developments: ${error.message}`))
