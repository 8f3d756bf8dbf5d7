import { Config } from "effect"
import { intSetting } from "../config.ts"

/**
 * What one feed item may carry into the pipeline. A feed is outside input: without these an item
 * of megabytes would be classified, stored and queued whole. Real reports stay far below them.
 */
export interface ItemLimits {
  /** Characters of the title, as plain text. */
  readonly maxTitleChars: number
  /** Characters of the text, as plain text. */
  readonly maxTextChars: number
  /** Characters of every other field (link, guid, author): a longer link is dropped, a longer guid hashed. */
  readonly maxFieldChars: number
}

export const defaultItemLimits: ItemLimits = { maxTitleChars: 1_000, maxTextChars: 20_000, maxFieldChars: 2_000 }

/** Markup is read up to this many times the text limit before conversion: enough for heavy HTML, still bounded. */
export const HTML_PER_TEXT_CHAR = 8

/** ITEM_MAX_TITLE_CHARS, ITEM_MAX_TEXT_CHARS, ITEM_MAX_FIELD_CHARS (whole numbers ≥ 100). */
export const itemLimitsConfig: Config.Config<ItemLimits> = Config.all({
  maxTitleChars: intSetting("ITEM_MAX_TITLE_CHARS", defaultItemLimits.maxTitleChars, 100, 1_000_000),
  maxTextChars: intSetting("ITEM_MAX_TEXT_CHARS", defaultItemLimits.maxTextChars, 100, 10_000_000),
  maxFieldChars: intSetting("ITEM_MAX_FIELD_CHARS", defaultItemLimits.maxFieldChars, 100, 1_000_000)
})
