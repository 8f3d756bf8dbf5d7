import { sideCodes } from "../profile/wording.ts"
import { type Mention, namesDefenceMaker } from "./entities.ts"
import type { CueHit } from "./event-type-scoring.ts"
import type { Document } from "./text.ts"

/**
 * A defence maker of each side named in one sentence of the headline or the lead paragraph
 * ("Leonardo and Adani Defence sign an MoU"): whatever paper they sign, what the report leads with
 * is a defence-industrial tie-up between the two, as decisive as a signing verb and the agreement's
 * name together. Further down, the pair is one topic among others (a roadmap's planned MoU).
 */
export const TIE_UP_WEIGHT = 2.5

export const tieUpHits = (
  document: Document,
  mentions: ReadonlyArray<Mention>,
  sentenceOf: ReadonlyArray<number>,
  sentenceWeight: ReadonlyArray<number>
): Array<CueHit> => {
  // Most reports name no defence maker: nothing is allocated for them.
  let makers: Map<number, { first?: Mention; second?: Mention }> | undefined
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index]!
    if (!namesDefenceMaker(mention)) continue
    const sentence = sentenceOf[index]!
    if (sentence < 0) continue
    const { field, paragraph } = document.sentences[sentence]!
    if (field !== "title" && paragraph !== document.leadParagraph) continue
    makers ??= new Map()
    const found = makers.get(sentence) ?? {}
    if (mention.side === sideCodes[0]) found.first ??= mention
    else if (mention.side === sideCodes[1]) found.second ??= mention
    makers.set(sentence, found)
  }
  const hits: Array<CueHit> = []
  if (makers === undefined) return hits
  for (const [sentence, { first, second }] of makers) {
    if (first === undefined || second === undefined || first.field !== second.field) continue
    const start = Math.min(first.start, second.start)
    const end = Math.max(first.end, second.end)
    const weight = TIE_UP_WEIGHT * sentenceWeight[sentence]!
    hits.push({ type: "defence_industry", field: first.field, start, end, sentence, weight })
  }
  return hits
}
