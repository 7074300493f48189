import type { BookingChannel } from '../booking/types'
import { isOverdue } from '../calendar/business-days'
import type { LocalDate } from '../calendar/local-date'
import { tokyoDate } from '../calendar/tokyo'

/** One escalation (取次ぎ) raised in the month. */
export interface EscalationFact {
  department: string
  raisedAt: number
  answeredAt: number | null
  dueDate: LocalDate
}

export interface DepartmentRow {
  department: string
  raised: number
  answered: number
  /** Mean hours from raised to answered, over the answered ones. */
  averageAnswerHours: number | null
  /** Answered after the due date, or still unanswered and past it on `asOf`. */
  overdue: number
  open: number
}

/**
 * Escalations by department. Overdue is judged as the escalation inbox judges it (city business days,
 * shared/src/calendar/business-days.ts): an answer given on a day after the due date was late, and one
 * still open is overdue when `asOf` (today, for a live report) is past the due date.
 */
export function escalationsByDepartment(facts: readonly EscalationFact[], asOf: LocalDate): DepartmentRow[] {
  const rows = new Map<string, DepartmentRow & { hours: number }>()
  for (const f of facts) {
    let row = rows.get(f.department)
    if (!row) {
      row = {
        department: f.department,
        raised: 0,
        answered: 0,
        averageAnswerHours: null,
        overdue: 0,
        open: 0,
        hours: 0,
      }
      rows.set(f.department, row)
    }
    row.raised++
    if (f.answeredAt === null) {
      row.open++
      if (isOverdue(f.dueDate, asOf)) row.overdue++
    } else {
      row.answered++
      row.hours += (f.answeredAt - f.raisedAt) / 3_600_000
      if (isOverdue(f.dueDate, tokyoDate(f.answeredAt))) row.overdue++
    }
  }
  return [...rows.values()]
    .sort((a, b) => a.department.localeCompare(b.department, 'ja'))
    .map(({ hours, ...row }) => ({ ...row, averageAnswerHours: row.answered ? hours / row.answered : null }))
}

export const BOOKING_ACTIONS = ['made', 'changed', 'cancelled', 'attended', 'no_show'] as const
export type BookingAction = (typeof BOOKING_ACTIONS)[number]

/** The booking log's event names, as the report counts them. */
const ACTION_OF_EVENT: Record<string, BookingAction | undefined> = {
  created: 'made',
  moved: 'changed',
  cancelled: 'cancelled',
  attended: 'attended',
  no_show: 'no_show',
}

export type BookingTable = Record<BookingAction, Record<BookingChannel | 'total', number>>

/**
 * Bookings made, changed, cancelled, attended and not attended in the month, by the channel the
 * booking came through. Each counts the booking's events in the month (a booking moved twice is two
 * changes); a group booking counts each person's booking.
 */
export function bookingCounts(
  /** One per event, or one per action and channel with `count` events (the server's daily totals). */
  events: readonly { action: string; channel: string; count?: number }[],
): BookingTable {
  const table = Object.fromEntries(
    BOOKING_ACTIONS.map((a) => [a, { phone: 0, web: 0, counter: 0, total: 0 }]),
  ) as BookingTable
  for (const e of events) {
    const action = ACTION_OF_EVENT[e.action]
    if (!action) continue
    const row = table[action]
    const n = e.count ?? 1
    if (e.channel === 'phone' || e.channel === 'web' || e.channel === 'counter') row[e.channel] += n
    row.total += n
  }
  return table
}

/** One synced pop-up session (実施回) and what its tablet recorded. */
export interface SessionFact {
  id: string
  date: LocalDate
  siteId: string
  siteName: string
  /** First and last thing recorded at the session (epoch ms): the hours it actually ran. */
  firstAt: number | null
  lastAt: number | null
  visitors: number
  applications: number
  photos: number
  consultations: number
}

export interface PopUpRow extends Omit<SessionFact, 'id'> {
  sessions: number
}

/**
 * Pop-up results, one row per date and site: the people served at one pop-up is the sum of its
 * sessions for that date and site (two tablets, or a session restarted, make two sessions).
 */
export function popUpResults(sessions: readonly SessionFact[]): PopUpRow[] {
  const rows = new Map<string, PopUpRow>()
  for (const s of sessions) {
    const key = `${s.date}\u0000${s.siteId}`
    const row = rows.get(key)
    if (!row) {
      const { id: _id, ...rest } = s
      rows.set(key, { ...rest, sessions: 1 })
      continue
    }
    row.sessions++
    row.visitors += s.visitors
    row.applications += s.applications
    row.photos += s.photos
    row.consultations += s.consultations
    row.firstAt = minOf(row.firstAt, s.firstAt)
    row.lastAt = maxOf(row.lastAt, s.lastAt)
  }
  return [...rows.values()].sort(
    (a, b) => a.date.localeCompare(b.date) || a.siteName.localeCompare(b.siteName, 'ja'),
  )
}

const minOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b))
const maxOf = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b))

/** The intake purposes that are an application for a card (the rest are photos or questions only). */
export const APPLICATION_PURPOSES: readonly string[] = ['new_application', 'renewal', 'reissue_after_loss']
