import {
  HistoryEventDetail,
  HistoryPage,
  pairLabel,
  pairProfile,
  sectorById,
  type HistoryEvent
} from "@india-italy/domain"
import { jsonSchemaFor, publishedSchemaNames } from "./json-schemas.ts"
import {
  type BadFilterError,
  decodeCursor,
  EventStore,
  maxLimit,
  parseEventFilters,
  type EventFilters,
  type StoreSqlError
} from "@india-italy/event-store"
import { Effect, Result, Schema } from "effect"
import { atomFeed } from "./atom.ts"
import { csvHeaderLine, csvRow } from "./csv.ts"
import { pageShell, stylesheet } from "./page-shell.ts"

export interface WebResponse {
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  readonly body: string
}

export interface WebRequest {
  readonly method: string
  /** Path and query, as sent. */
  readonly url: string
  /** Scheme, host and port the page is reached at (for Atom's absolute links). */
  readonly baseUrl: string
}

/** Exports walk the whole selection page by page, up to this many events. */
export const maxExportRows = 10_000

const securityHeaders = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "content-security-policy":
    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
}

const respond = (
  status: number,
  contentType: string,
  body: string,
  extra: Record<string, string> = {}
): WebResponse => ({
  status,
  headers: { "content-type": contentType, "cache-control": "no-store", ...securityHeaders, ...extra },
  body
})

const json = (status: number, value: unknown) =>
  respond(status, "application/json; charset=utf-8", `${JSON.stringify(value)}\n`)

const badRequest = (error: BadFilterError) =>
  json(400, { error: error.message, parameter: error.parameter, expected: error.expected })

const encodePage = Schema.encodeSync(HistoryPage)
const encodeDetail = Schema.encodeSync(HistoryEventDetail)

const eventIdPattern = /^[A-Za-z0-9_-]{1,120}$/

/** The filters of a request's query. */
const filtersOf = (query: URLSearchParams) => parseEventFilters((name) => query.get(name) ?? undefined)

/** Every event the filters select, following cursors, at most `cap` (an export's whole selection). */
export const collectEvents = (filters: EventFilters, cap: number) =>
  Effect.gen(function* () {
    const store = yield* EventStore
    const events: Array<HistoryEvent> = []
    let cursor = filters.cursor
    do {
      const page = yield* store.query({
        ...filters,
        limit: Math.min(maxLimit, cap - events.length),
        ...(cursor === undefined ? {} : { cursor })
      })
      events.push(...page.events)
      cursor = page.nextCursor === undefined ? undefined : decodeCursor(page.nextCursor)
    } while (cursor !== undefined && events.length < cap)
    return events
  })

const feedTitle = (filters: EventFilters): string => {
  const sectors = filters.sectors.map((sector) => sectorById.get(sector)?.label ?? sector)
  const scope = [
    sectors.length > 0 ? sectors.join(", ") : undefined,
    filters.q === undefined ? undefined : `“${filters.q}”`
  ]
    .filter((part) => part !== undefined)
    .join(" · ")
  return `${pairLabel()} developments${scope === "" ? "" : `: ${scope}`}`
}

type Route = (
  query: URLSearchParams,
  request: WebRequest,
  id?: string
) => Effect.Effect<WebResponse, StoreSqlError, EventStore>

const withFilters =
  (
    body: (
      filters: EventFilters,
      query: URLSearchParams,
      request: WebRequest
    ) => Effect.Effect<WebResponse, StoreSqlError, EventStore>
  ): Route =>
  (query, request) => {
    const parsed = filtersOf(query)
    return Result.isFailure(parsed) ? Effect.succeed(badRequest(parsed.failure)) : body(parsed.success, query, request)
  }

const listEvents = withFilters((filters) =>
  Effect.map(
    Effect.flatMap(EventStore, (store) => store.query(filters)),
    (page) => json(200, encodePage(page))
  )
)

const eventById: Route = (_query, _request, id) =>
  Effect.gen(function* () {
    if (id === undefined || !eventIdPattern.test(id)) {
      return json(400, { error: `bad event id: expected letters, digits, - or _ (at most 120)`, parameter: "id" })
    }
    const detail = yield* (yield* EventStore).get(id)
    return detail === undefined ? json(404, { error: `no event ${id}` }) : json(200, encodeDetail(detail))
  })

const eventsCsv = withFilters((filters, query) =>
  Effect.map(collectEvents(filters, query.has("limit") ? filters.limit : maxExportRows), (events) =>
    respond(200, "text/csv; charset=utf-8", csvHeaderLine + events.map(csvRow).join(""), {
      "content-disposition": `attachment; filename="${pairProfile.product.slug}-events.csv"`
    })
  )
)

const eventsAtom = withFilters((filters, query, request) =>
  Effect.map(
    Effect.flatMap(EventStore, (store) => store.query(filters)),
    (page) => {
      const self = `${request.baseUrl}/feeds/events.atom${query.size > 0 ? `?${query.toString()}` : ""}`
      return respond(
        200,
        "application/atom+xml; charset=utf-8",
        atomFeed({ events: page.events, baseUrl: request.baseUrl, selfUrl: self, title: feedTitle(filters) })
      )
    }
  )
)

const schemaDocument: Route = (_query, _request, id) =>
  Effect.succeed(
    id !== undefined && (publishedSchemaNames as ReadonlyArray<string>).includes(id)
      ? json(200, jsonSchemaFor(id as (typeof publishedSchemaNames)[number]))
      : json(404, { error: `no schema ${id ?? ""}: expected one of ${publishedSchemaNames.join(", ")}` })
  )

/** The routes; a match on the path alone (the query holds the filters). */
export const matchRoute = (path: string): { readonly route: Route; readonly id?: string } | undefined => {
  if (path === "/api/events") return { route: listEvents }
  if (path === "/api/events.csv") return { route: eventsCsv }
  if (path === "/feeds/events.atom") return { route: eventsAtom }
  const event = /^\/api\/events\/([^/]+)$/.exec(path)
  if (event !== null) return { route: eventById, id: decodeURIComponent(event[1]!) }
  const schema = /^\/api\/schema\/([a-z-]+)\.schema\.json$/.exec(path)
  if (schema !== null) return { route: schemaDocument, id: schema[1]! }
  return undefined
}

/** Pages the script renders: the timeline and an event's page. */
const isPage = (path: string): boolean => path === "/" || /^\/event\/[A-Za-z0-9_-]{1,120}$/.test(path)

const maxUrlChars = 4_096

/** Answers one request. `clientScript` is the bundled page script. */
export const handleRequest = (
  request: WebRequest,
  clientScript: string
): Effect.Effect<WebResponse, never, EventStore> => {
  if (request.method !== "GET" && request.method !== "HEAD")
    return Effect.succeed(json(405, { error: "only GET and HEAD" }))
  if (request.url.length > maxUrlChars)
    return Effect.succeed(json(414, { error: `the URL is longer than ${maxUrlChars} characters` }))
  const url = new URL(request.url, "http://placeholder")
  if (isPage(url.pathname)) return Effect.succeed(respond(200, "text/html; charset=utf-8", pageShell))
  if (url.pathname === "/assets/app.js")
    return Effect.succeed(respond(200, "text/javascript; charset=utf-8", clientScript))
  if (url.pathname === "/assets/app.css") return Effect.succeed(respond(200, "text/css; charset=utf-8", stylesheet))
  let matched: ReturnType<typeof matchRoute>
  try {
    matched = matchRoute(url.pathname)
  } catch {
    return Effect.succeed(json(400, { error: "the path is not valid percent-encoding" }))
  }
  if (matched === undefined) return Effect.succeed(json(404, { error: `nothing at ${url.pathname.slice(0, 200)}` }))
  return matched
    .route(url.searchParams, request, matched.id)
    .pipe(
      Effect.catchTag("StoreSqlError", (error) =>
        Effect.as(
          Effect.logError("event store query failed", { error: error.message }),
          json(503, { error: "the event store did not answer" })
        )
      )
    )
}
