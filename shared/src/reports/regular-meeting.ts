import { z } from 'zod'
import { dateParts, LocalDateSchema } from '../calendar/local-date'
import { tokyoDate } from '../calendar/tokyo'
import { safeText } from '../text/safe-text'
import { formatRate } from './format'
import type { MonthlyReport } from './schemas'

/**
 * 定例会 (regularMeeting): the monthly meeting with the city on a month's report. Its record holds
 * who attended, the agenda (prefilled from the report's open items: overdue escalations, open
 * complaints, proposals still under discussion), what was decided and who follows up on what by
 * when. One record per report month, saved whole with a version so two editors never overwrite.
 */

export const AGENDA_SOURCES = ['escalation', 'complaint', 'proposal', 'figures', 'other'] as const
export const AgendaSource = z.enum(AGENDA_SOURCES)
export type AgendaSource = z.infer<typeof AgendaSource>

export const AgendaItem = z.object({
  /** Where the item came from in the report (kept so the printed record can group it). */
  source: AgendaSource,
  text: safeText({ min: 1, max: 500, trim: true, multiline: true }),
})
export type AgendaItem = z.infer<typeof AgendaItem>

export const MeetingAttendee = z.object({
  name: safeText({ min: 1, max: 60, trim: true }),
  /** 恵庭市 市民課, 受託事業者 … */
  organisation: safeText({ max: 60, trim: true }),
})

export const MeetingFollowUp = z.object({
  what: safeText({ min: 1, max: 500, trim: true, multiline: true }),
  owner: safeText({ min: 1, max: 60, trim: true }),
  due: LocalDateSchema.nullable(),
})

export const RegularMeetingInput = z
  .object({
    heldOn: LocalDateSchema,
    place: safeText({ max: 100, trim: true }),
    attendees: z.array(MeetingAttendee).min(1).max(40),
    agenda: z.array(AgendaItem).max(60),
    decisions: z.array(safeText({ min: 1, max: 1000, trim: true, multiline: true })).max(60),
    followUps: z.array(MeetingFollowUp).max(60),
  })
  .superRefine((m, ctx) => {
    // A follow-up due before the meeting that set it is a typing slip, not a plan.
    m.followUps.forEach((f, i) => {
      if (f.due !== null && f.due < m.heldOn)
        ctx.addIssue({ code: 'custom', message: 'due_before_meeting', path: ['followUps', i, 'due'] })
    })
  })
export type RegularMeetingInput = z.infer<typeof RegularMeetingInput>

export const SaveRegularMeetingRequest = z.object({
  meeting: RegularMeetingInput,
  /** 0 for the month's first record; else the version read. */
  expectedVersion: z.number().int().min(0),
})
export type SaveRegularMeetingRequest = z.infer<typeof SaveRegularMeetingRequest>

export interface RegularMeeting extends RegularMeetingInput {
  month: string
  version: number
  updatedAt: string
  updatedByName: string | null
}

/** What the meeting screen reads: the saved record (null before the first save) and the agenda the report suggests. */
export interface RegularMeetingView {
  month: string
  meeting: RegularMeeting | null
  suggestedAgenda: AgendaItem[]
}

const OPEN_PROPOSALS = new Set(['proposed', 'discussing'])
const COMPLAINT_OPEN = new Set(['received', 'in_progress'])
const COMPLAINT_JA: Record<string, string> = { received: '受付', in_progress: '対応中' }
const PROPOSAL_JA: Record<string, string> = { proposed: '提案', discussing: '協議中' }
const mmdd = (instant: string) => {
  const { month, day } = dateParts(tokyoDate(Date.parse(instant)))
  return `${month}/${day}`
}

/**
 * The agenda a month's report suggests, in the order the meeting takes it: the month's figures
 * against the month before, then each department with overdue escalations, each complaint still
 * open, each proposal still proposed or under discussion. Written in Japanese: the record is the
 * city's document.
 */
export function suggestedAgenda(r: MonthlyReport): AgendaItem[] {
  const items: AgendaItem[] = []
  const rate = r.calls.cdr ? formatRate(r.calls.answerRate) : '明細なし'
  const prevRate = r.previousMonth.calls.cdr ? formatRate(r.previousMonth.calls.answerRate) : '明細なし'
  items.push({
    source: 'figures',
    text: `${r.labels.seireki}の応対実績：入電 ${r.calls.incoming} 件（前月 ${r.previousMonth.calls.incoming} 件）、応答率 ${rate}（前月 ${prevRate}）、一次回答率 ${formatRate(r.calls.firstContactResolution)}（前月 ${formatRate(r.previousMonth.calls.firstContactResolution)}）`,
  })
  for (const e of r.escalations) {
    if (e.overdue === 0) continue
    items.push({
      source: 'escalation',
      text: `取次ぎの期限超過：${e.department} ${e.overdue} 件（うち未回答 ${e.open} 件）`,
    })
  }
  for (const c of r.complaints) {
    if (!COMPLAINT_OPEN.has(c.status)) continue
    items.push({
      source: 'complaint',
      text: `苦情（${mmdd(c.receivedAt)} 受付・${COMPLAINT_JA[c.status]}）：${c.what}`.slice(0, 500),
    })
  }
  for (const p of r.proposals) {
    if (!OPEN_PROPOSALS.has(p.status)) continue
    items.push({ source: 'proposal', text: `改善提案（${PROPOSAL_JA[p.status]}）：${p.title}` })
  }
  return items
}
