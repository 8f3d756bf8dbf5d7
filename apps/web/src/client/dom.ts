import { safeHttpUrl } from "../safe-http-url.ts"

/**
 * The page builds every node with createElement and textContent: text from feeds is never
 * parsed as HTML, so a headline holding markup shows as text.
 */
type Child = Node | string | undefined | false

export const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string | undefined>> = {},
  ...children: ReadonlyArray<Child>
): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) node.setAttribute(name, value)
  for (const child of children) {
    if (child === undefined || child === false) continue
    node.append(typeof child === "string" ? document.createTextNode(child) : child)
  }
  return node
}

export const externalLink = (href: string | undefined, text: string): Node => {
  const safe = safeHttpUrl(href)
  return safe === undefined
    ? document.createTextNode(text)
    : el("a", { href: safe, rel: "noopener noreferrer external" }, text)
}

const dayFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric"
})
const monthFormat = new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", month: "long", year: "numeric" })
const timeFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit"
})

const parsed = (value: string): Date | undefined => {
  const time = Date.parse(value)
  return Number.isNaN(time) ? undefined : new Date(time)
}

export const formatDay = (day: string): string => {
  const date = parsed(day)
  return date === undefined ? day : dayFormat.format(date)
}

export const formatWhen = (day: string, precision: string | undefined): string => {
  const date = parsed(day)
  if (date === undefined) return day
  if (precision === "year") return String(date.getUTCFullYear())
  if (precision === "month") return monthFormat.format(date)
  return dayFormat.format(date)
}

export const formatTime = (value: string | undefined): string | undefined => {
  if (value === undefined) return undefined
  const date = parsed(value)
  return date === undefined ? value : `${timeFormat.format(date)} UTC`
}
