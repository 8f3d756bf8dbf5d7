/**
 * Block Kit as readable terminal text, for the console sink: the same message a Slack user would
 * see, one block after another. Pure.
 */

interface TextObject {
  readonly type?: string
  readonly text?: string
}

interface Block {
  readonly type?: string
  readonly text?: TextObject
  readonly fields?: ReadonlyArray<TextObject>
  readonly elements?: ReadonlyArray<TextObject>
}

/** Slack's escaped mrkdwn back to what a reader sees: links as "label (url)", entities decoded. */
export const mrkdwnToText = (mrkdwn: string): string =>
  mrkdwn
    .replace(/<([^<>|]+)\|([^<>]*)>/g, (_match, url: string, label: string) => `${label} (${url})`)
    .replace(/<([^<>|]+)>/g, (_match, url: string) => url)
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&amp;", "&")
    .replaceAll("\u2060", "")

const textOf = (text: TextObject | undefined): string => (text?.text === undefined ? "" : mrkdwnToText(text.text))

/** Buttons and menus as "[Not relevant] [Wrong type or sector… ▾]": what a reader could click in Slack. */
const actionsAsText = (block: unknown): string => {
  const elements =
    (block as { elements?: ReadonlyArray<{ type?: string; text?: TextObject; placeholder?: TextObject }> }).elements ??
    []
  return elements
    .map((element) => (element.type === "button" ? `[${textOf(element.text)}]` : `[${textOf(element.placeholder)} ▾]`))
    .join(" ")
}

export const renderBlocksAsText = (blocks: ReadonlyArray<unknown> | undefined, fallback: string): string => {
  if (blocks === undefined || blocks.length === 0) return mrkdwnToText(fallback)
  const lines: Array<string> = []
  for (const raw of blocks) {
    const block = raw as Block
    switch (block.type) {
      case "header":
        lines.push(`■ ${textOf(block.text).toUpperCase()}`)
        break
      case "section": {
        if (block.text !== undefined) lines.push(textOf(block.text))
        for (const field of block.fields ?? []) lines.push(`  ${textOf(field)}`)
        break
      }
      case "context":
        lines.push((block.elements ?? []).map((element) => textOf(element)).join("  ·  "))
        break
      case "divider":
        lines.push("────────")
        break
      case "actions":
        lines.push(actionsAsText(raw))
        break
      default:
        if (block.text !== undefined) lines.push(textOf(block.text))
    }
  }
  return lines.join("\n")
}
