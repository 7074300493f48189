import {
  bookingCounts,
  CATEGORIES,
  callFigures,
  callsPerDay,
  callsPerHour,
  categoryCounts,
  type EscalationFact,
  escalationsByDepartment,
  type LocalDate,
  type MonthlyReport,
  monthRange,
  previousMonth,
  type ReportMonth,
  sameMonthLastYear,
  tokyoDate,
} from '@madoguchi/shared'
import type { Db } from '../db/open'
import { monthCalls } from '../reports/month-calls'

/**
 * The report's call, complaint, escalation and booking sections computed the slow, obvious way —
 * every call of the month and its neighbours read and reconciled at once, complaints and escalations
 * joined to their calls, every booking event joined to its booking — for the tests to hold the fast
 * path (kept days, copied call starts, daily booking counts) to.
 */
export type ReferenceSections = Pick<
  MonthlyReport,
  | 'cdr'
  | 'calls'
  | 'previousMonth'
  | 'sameMonthLastYear'
  | 'byCategory'
  | 'byTier'
  | 'uncategorised'
  | 'perDay'
  | 'perHour'
  | 'complaints'
  | 'escalations'
  | 'bookings'
>

const iso = (ms: number) => new Date(ms).toISOString()

function figures(db: Db, month: ReportMonth) {
  const { calls, coverage } = monthCalls(db, month)
  return callFigures(calls, coverage !== null)
}

export function referenceSections(db: Db, month: ReportMonth, now: Date): ReferenceSections {
  const { from, to } = monthRange(month)
  const { calls, coverage } = monthCalls(db, month)
  const categories = categoryCounts(calls)
  const labelOf = new Map<string, string>(CATEGORIES.map((c) => [c.code, c.label.ja]))
  const escalations = db
    .prepare(
      `SELECT e.department, e.raised_at, e.answered_at, e.due_date FROM escalations e JOIN calls c ON c.id = e.call_id
       WHERE c.started_at >= ? AND c.started_at < ?`,
    )
    .all(iso(from), iso(to)) as {
    department: string
    raised_at: string
    answered_at: string | null
    due_date: string
  }[]
  const facts: EscalationFact[] = escalations.map((r) => ({
    department: r.department,
    raisedAt: Date.parse(r.raised_at),
    answeredAt: r.answered_at === null ? null : Date.parse(r.answered_at),
    dueDate: r.due_date as LocalDate,
  }))
  return {
    cdr: coverage,
    calls: callFigures(calls, coverage !== null),
    previousMonth: { month: previousMonth(month), calls: figures(db, previousMonth(month)) },
    sameMonthLastYear: { month: sameMonthLastYear(month), calls: figures(db, sameMonthLastYear(month)) },
    byCategory: categories.byCategory.map((c) => ({ ...c, label: labelOf.get(c.code) ?? c.code })),
    byTier: categories.byTier,
    uncategorised: categories.uncategorised,
    perDay: callsPerDay(calls, month),
    perHour: callsPerHour(calls),
    complaints: db
      .prepare(
        `SELECT k.id, k.received_at AS receivedAt, k.what, k.severity, k.status, k.closed_at AS closedAt
         FROM complaints k JOIN calls c ON c.id = k.call_id
         WHERE c.started_at >= ? AND c.started_at < ? ORDER BY c.started_at, k.id`,
      )
      .all(iso(from), iso(to)) as ReferenceSections['complaints'],
    escalations: escalationsByDepartment(facts, tokyoDate(now)),
    bookings: bookingCounts(
      db
        .prepare(
          `SELECT e.action, b.channel FROM booking_events e JOIN bookings b ON b.id = e.booking_id
           WHERE e.at >= ? AND e.at < ?`,
        )
        .all(iso(from), iso(to)) as { action: string; channel: string }[],
    ),
  }
}
