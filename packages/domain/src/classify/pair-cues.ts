import { pairProfile } from "../profile/active-profile.ts"
import type { SideProfile } from "../profile/pair-profile.ts"
import { escapeForPattern } from "../profile/side-patterns.ts"

/**
 * Relevance cues that name the pair, built from the pair profile's names (matched regardless of
 * case): a compound of the two ("India-Italy", "Indo-Italian"), one side as someone's origin, and
 * a request for extradition or legal assistance to a side.
 */

const [first, second] = pairProfile.sides
const lower = (text: string): string => escapeForPattern(text.toLowerCase())
const n1 = lower(first.name.en)
const n2 = lower(second.name.en)
const names = `${n1}|${n2}`
const adjectives = `${lower(first.adjective.en)}|${lower(second.adjective.en)}`
const sideByCode = (code: string) => pairProfile.sides.find((side) => side.code === code) ?? first
const originSide = sideByCode(pairProfile.politics.originSide)
const requestedSide = sideByCode(pairProfile.politics.legalRequestsTo)
const requested = `${lower(requestedSide.name.en)}|${lower(requestedSide.adjective.en)}`
/** "indo-italian": one side's combining form joined to the other's adjective. */
const combined = (left: SideProfile, right: SideProfile): string =>
  `${lower(left.combiningForm)}-${lower(right.adjective.en)}`
const compounds =
  String.raw`${n1}\s?[-–—]\s?${n2}|${n2}\s?[-–—]\s?${n1}|` + `${combined(first, second)}|${combined(second, first)}`
/** The pair as one compound name ("India-Italy", "Italy–India", "Indo-Italian"), as a group for other patterns. */
export const pairCompound = `(?:${compounds})`

const blocDeals = pairProfile.politics.blocTradeDeals
const bloc = blocDeals === undefined ? "" : blocDeals.bloc.map(escapeForPattern).join("|")
const partner = blocDeals === undefined ? "" : escapeForPattern(sideByCode(blocDeals.partnerSide).name.en)
/** The bloc and its partner as a compound, in either order. */
const pairOfBloc = String.raw`(?:${bloc})\s?[-–—]\s?${partner}|${partner}\s?[-–—]\s?(?:${bloc})`

export const pairCuePatterns = {
  /** A word of one-to-one dealings; a multilateral trip report without one is about the summit. */
  bilateral: new RegExp(
    String.raw`\b(?:bilateral|counterpart|${compounds}|ties between|relations between|` +
      // One government taking a matter up with the other's: "we have taken it up with the Italian authorities".
      String.raw`(?:taken|took|take|takes|raised|raise|raises) (?:it |this |the (?:matter|issue) )?(?:up )?with)\b`,
    "i"
  ),
  /** Someone's birth or family as the link to the other side: domestic politics, not relations between states. */
  origin: new RegExp(
    String.raw`\b(?:born in (?:${names})|${lower(originSide.adjective.en)}[- ]born|` +
      `(?:${lower(originSide.adjective.en)}|foreign) (?:origins?|roots|connection|descent)|` +
      // "earlier an 'Italian' woman used to insult the Prime Minister": a jibe at someone's origin.
      `(?:${lower(originSide.adjective.en)}|foreign)['’”"]? (?:woman|lady|bahu|madam)|` +
      String.raw`daughter-in-law|mother-in-law|` +
      // "Yogi aims 'Italian agents' jibe at Congress", "Modi had taunted her": a politician's attack on a rival.
      String.raw`jibes?|taunts?|taunted|` +
      // "took a swipe at Rahul Gandhi, who flew to Italy to be with his grandmother": an attack, a family visit.
      String.raw`(?:swipes?|digs?|potshots?) at|grandmother|grandma|maternal (?:home|family|relatives))\b`,
    "i"
  ),
  /**
   * A request from one state's court or agency to the other state makes that state a party; so does an
   * international arbitration or tribunal, where states are the parties.
   */
  requestToState: new RegExp(
    String.raw`\b(?:letters? rogatory|mutual legal assistance|arbitral tribunal|arbitration tribunal|` +
      String.raw`international tribunal|permanent court of arbitration|law of the sea)\b|` +
      // A state's own plea before the court ("turned down Italy's plea"), or a case the report calls a
      // diplomatic row between the two, has the states as parties, not only the accused.
      String.raw`\b(?:${names})['’]s (?:plea|petition|appeal|application)s?\b|` +
      String.raw`\bdiplomatic (?:row|spat|stand-?off|dispute|tension|tensions|crisis)\b|` +
      // A state's servicemen on trial in the other's courts ("the two Italian marines") make their state a party.
      String.raw`\b(?:${adjectives}) (?:marines?|naval guards?|navy (?:guards|personnel)|soldiers?|servicem[ae]n)\b|` +
      // One side's agency asking the other's authorities, or being answered by them ("Italian authorities had
      // turned down the CBI's request", "asked the Italian authorities to share documents"); the other's envoy
      // giving an undertaking in the case: the state acts.
      String.raw`\b(?:${adjectives}) (?:authorities|prosecutors|government|ministry|officials|courts?) ` +
      String.raw`(?:had |have |has )?(?:turned down|rejected|refused|declined|shared|handed over|agreed to share)\b|` +
      String.raw`\b(?:request(?:ed|s)?|asked|asking|sought|seeking) (?:to |for |from )?(?:the )?(?:${adjectives}) ` +
      String.raw`(?:authorities|prosecutors|government|ministry)\b|` +
      String.raw`\b(?:undertaking|assurance)s? (?:given )?(?:by|from) (?:the )?(?:${adjectives}) ` +
      String.raw`(?:ambassador|envoy|government|embassy)\b|` +
      String.raw`\bextradit\w*[^.;]{0,80}\b(?:${requested})\b|\b(?:${requested})\b[^.;]{0,80}\bextradit`,
    "i"
  ),
  /**
   * A gathering named for the pair ("the India-Italy Forum", "il forum Italia-India", "il forum italo-indiano sulla
   * ricerca"): an event of the two, whoever attends it.
   */
  pairForum: new RegExp(
    String.raw`\b(?:${compounds}) (?:[\w-]+ ){0,2}?(?:forum|conclave)\b|\bforum (?:[\w-]+ ){0,2}?(?:${compounds})\b`,
    "i"
  ),
  /**
   * The two countries as the subject of a joint decision ("India and Italy agreed to", "India, Italy decide to set
   * up"): the states act, though no office holder is named.
   */
  pairActs: new RegExp(
    String.raw`\b(?:(?:${n1})(?: and|,) (?:${n2})|(?:${n2})(?: and|,) (?:${n1})|` +
      "(?:the two|both) (?:countries|nations))" +
      String.raw` (?:(?:on \w+|today|also|have|had|jointly) ){0,2}` +
      String.raw`(?:agreed|agree|agrees|decided|decide|decides|resolved|resolve|pledged|pledge|vowed|vow)\b`,
    "i"
  ),
  /**
   * "the EU-India FTA", "the partnership agreement between the European Union and India": any agreement of the bloc
   * with the partner, whatever it is called; never, without a bloc.
   */
  blocTradeDeal:
    blocDeals === undefined
      ? /(?!)/
      : new RegExp(
          [
            // The pair in either order: "EU-India", "India-EU".
            String.raw`\b(?:${pairOfBloc})\b[^.;]{0,60}?`,
            String.raw`\b(?:free trade|FTA|trade (?:talks|negotiations)|agreements?|deals?|pacts?|accords?)\b`,
            // Any agreement between the bloc and the partner: "the partnership agreement between the EU and India".
            String.raw`|\b(?:FTA|agreements?|deals?|pacts?|accords?)\b[^.;]{0,40}?`,
            String.raw`\bbetween (?:the )?(?:(?:${bloc}) and ${partner}|${partner} and (?:the )?(?:${bloc}))\b`,
            // The agreement's name before the pair, as Italian headlines write it ("Accordo Ue-India", "gli accordi
            // UE-India appena stipulati", "il partenariato Ue-India").
            String.raw`|\b(?:FTA|agreements?|deals?|pacts?|accords?|partnership) (?:${pairOfBloc})\b`
          ].join(""),
          "i"
        )
}

/** Why a bloc's trade deal is not the pair's story: "an EU–India trade deal, Italy one member among many". */
export const blocTradeDealReason =
  blocDeals === undefined
    ? "a trade bloc's deal"
    : `a trade deal between ${blocDeals.bloc[0]} and ${sideByCode(blocDeals.partnerSide).name.en}, ` +
      `${pairProfile.sides.find((side) => side.code !== blocDeals.partnerSide)?.name.en ?? "the other side"} ` +
      "one member among many"
