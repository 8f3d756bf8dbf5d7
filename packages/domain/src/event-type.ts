import { Schema } from "effect"
import { pairLabel } from "./profile/wording.ts"

/** Event type ids are part of the public contract (DESIGN.md); one is primary per event. */
export const eventTypeIds = [
  "leader_meeting",
  "official_visit",
  "agreement_signed",
  "partnership_upgrade",
  "joint_statement",
  "ministerial_dialogue",
  "defence_industry",
  "military_exercise",
  "trade_investment_figure",
  "business_forum",
  "legal_dispute",
  "statement_remark",
  "other_bilateral",
  "not_relevant"
] as const

export const EventTypeId = Schema.Literals(eventTypeIds)
export type EventTypeId = typeof EventTypeId.Type

export const familyIds = ["meeting", "agreement", "defence", "economic", "legal", "remark", "none"] as const
export const EventFamily = Schema.Literals(familyIds)
export type EventFamily = typeof EventFamily.Type

export const EventTypeDefinition = Schema.Struct({
  id: EventTypeId,
  label: Schema.String,
  description: Schema.String,
  family: EventFamily,
  cameo: Schema.String,
  plover: Schema.String
})
export type EventTypeDefinition = typeof EventTypeDefinition.Type

export const eventTypes: ReadonlyArray<EventTypeDefinition> = [
  {
    id: "leader_meeting",
    label: "Leaders' meeting",
    description: "Heads of state or government meet (bilaterally or on a summit's sidelines) or speak by phone.",
    family: "meeting",
    cameo: "040/042–044",
    plover: "CONSULT"
  },
  {
    id: "official_visit",
    label: "Official visit",
    description: "A leader, minister or delegation visits the other country.",
    family: "meeting",
    cameo: "042/043",
    plover: "CONSULT"
  },
  {
    id: "agreement_signed",
    label: "Agreement signed",
    description: "An MoU, agreement, declaration or letter of intent is signed or concluded.",
    family: "agreement",
    cameo: "057",
    plover: "AGREE"
  },
  {
    id: "partnership_upgrade",
    label: "Partnership upgraded",
    description: "The relationship is elevated (Strategic, Special Strategic …).",
    family: "agreement",
    cameo: "05x",
    plover: "AGREE·COOPERATE"
  },
  {
    id: "joint_statement",
    label: "Joint statement or action plan",
    description: "A joint statement, action plan or roadmap is adopted or announced.",
    family: "agreement",
    cameo: "057",
    plover: "AGREE"
  },
  {
    id: "ministerial_dialogue",
    label: "Ministerial or official dialogue",
    description: "Ministers, secretaries, service chiefs or joint working groups meet or consult.",
    family: "meeting",
    cameo: "04x",
    plover: "CONSULT"
  },
  {
    id: "defence_industry",
    label: "Defence-industrial cooperation",
    description: "Co-production, defence-industry seminars, procurement, company tie-ups.",
    family: "defence",
    cameo: "062",
    plover: "COOPERATE (military)"
  },
  {
    id: "military_exercise",
    label: "Military exercise",
    description: "Joint exercises, port calls, interoperability drills.",
    family: "defence",
    cameo: "062",
    plover: "COOPERATE (military)"
  },
  {
    id: "trade_investment_figure",
    label: "Trade or investment figure",
    description: "Trade volumes, targets, investments or company counts announced.",
    family: "economic",
    cameo: "061",
    plover: "COOPERATE (economic)"
  },
  {
    id: "business_forum",
    label: "Business forum",
    description: "CEO roundtables, business forums, B2B/B2G meetings, trade fairs.",
    family: "economic",
    cameo: "061",
    plover: "COOPERATE (economic)"
  },
  {
    id: "legal_dispute",
    label: "Legal dispute",
    description: "Court cases, arbitration, extraditions between the two countries.",
    family: "legal",
    cameo: "11x–12x",
    plover: "ACCUSE·REQUEST"
  },
  {
    id: "statement_remark",
    label: "Statement or remark",
    description: "Public remarks or posts about the relationship without a new concrete development.",
    family: "remark",
    cameo: "01x",
    plover: "(statement)"
  },
  {
    id: "other_bilateral",
    label: "Other bilateral development",
    description: "A bilateral development that fits none of the other types.",
    family: "remark",
    cameo: "—",
    plover: "—"
  },
  {
    id: "not_relevant",
    label: "Not relevant",
    description: `Not about ${pairLabel()} relations.`,
    family: "none",
    cameo: "—",
    plover: "—"
  }
]

export const eventTypeById: ReadonlyMap<EventTypeId, EventTypeDefinition> = new Map(
  eventTypes.map((type) => [type.id, type])
)

export const familyOf = (id: EventTypeId): EventFamily => eventTypeById.get(id)?.family ?? "none"

export const isEventTypeId = (value: string): value is EventTypeId =>
  (eventTypeIds as ReadonlyArray<string>).includes(value)
