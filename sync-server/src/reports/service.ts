import {
  bookingCounts,
  CATEGORIES,
  type CallFigures,
  callFigures,
  callsInMonth,
  callsPerDay,
  callsPerHour,
  categoryCounts,
  daysOfMonth,
  escalationsByDepartment,
  type Lang,
  type LocalDate,
  type MonthlyReport,
  monthLabels,
  monthProblem,
  monthRange,
  popUpResults,
  previousMonth,
  type ReportMonth,
  reconcile,
  sameMonthLastYear,
  tokyoDate,
} from '@madoguchi/shared'
import { audited } from '../audit/unit'
import type { Actor } from '../auth/session'
import type { Db } from '../db/open'
import type { Deps } from '../deps'
import { AppError, fieldProblem } from '../errors'
import { faqSection } from './faq-section'
import { proposalsForMonth, remarksOf } from './proposals'
import {
  bookingEventsBetween,
  cdrCallsBetween,
  cdrRowsBetween,
  complaintsBetween,
  escalationsBetween,
  loggedCallsBetween,
  sessionsBetween,
} from './queries'
import { versionsOf } from './versions'

/**
 * Matching looks this far past the month's edges: a call the log has at 23:59:50 on the last day may
 * be the CDR row that started before midnight, and which month it counts in is the CDR's to say.
 */
const EDGE_MS = 2 * 3_600_000

/** The month's calls from both sources, reconciled, and which of them count in the month. */
export function monthCalls(db: Db, month: ReportMonth) {
  const { from, to } = monthRange(month)
  const cdrRows = cdrRowsBetween(db, from, to)
  const logged = loggedCallsBetween(db, from - EDGE_MS, to + EDGE_MS)
  const cdr = cdrRows > 0 ? cdrCallsBetween(db, from - EDGE_MS, to + EDGE_MS) : null
  const joined = reconcile(logged, cdr)
  const calls = callsInMonth(joined.calls, month)
  const inMonth = (t: number) => t >= from && t < to
  return {
    calls,
    coverage:
      cdr === null
        ? null
        : {
            rows: cdrRows,
            matched: calls.filter((c) => c.source === 'both').length,
            loggedNotInCdr: calls.filter((c) => c.source === 'log').length,
            cdrNotLogged: calls.filter((c) => c.source === 'cdr').length,
          },
    inMonth,
  }
}

export function monthFigures(db: Db, month: ReportMonth): CallFigures {
  const { calls, coverage } = monthCalls(db, month)
  return callFigures(calls, coverage !== null)
}

/** The whole report of a month, computed now from live data. Pure reads; the caller audits. */
export function buildReport(deps: Pick<Deps, 'db' | 'now'>, month: ReportMonth): MonthlyReport {
  const { db } = deps
  const now = deps.now()
  const { from, to } = monthRange(month)
  const { calls, coverage } = monthCalls(db, month)
  const days = daysOfMonth(month)
  const firstDay = days[0] as LocalDate
  const lastDay = days[days.length - 1] as LocalDate
  const today = tokyoDate(now)
  const categories = categoryCounts(calls)
  const labelOf = new Map<string, string>(CATEGORIES.map((c) => [c.code, c.label.ja]))
  const prev = previousMonth(month)
  const lastYear = sameMonthLastYear(month)
  return {
    month,
    labels: monthLabels(month),
    generatedAt: now.toISOString(),
    cdr: coverage,
    calls: callFigures(calls, coverage !== null),
    previousMonth: { month: prev, calls: monthFigures(db, prev) },
    sameMonthLastYear: { month: lastYear, calls: monthFigures(db, lastYear) },
    byCategory: categories.byCategory.map((c) => ({ ...c, label: labelOf.get(c.code) ?? c.code })),
    byTier: categories.byTier,
    uncategorised: categories.uncategorised,
    perDay: callsPerDay(calls, month),
    perHour: callsPerHour(calls),
    complaints: complaintsBetween(db, from, to),
    // Overdue is judged today for a month still running or just ended; a past month's open ones are
    // still overdue now, which is what the city needs to know.
    escalations: escalationsByDepartment(escalationsBetween(db, from, to), today),
    bookings: bookingCounts(bookingEventsBetween(db, from, to)),
    popUps: popUpResults(sessionsBetween(db, firstDay, lastDay)),
    faq: faqSection(db, from, to),
    proposals: proposalsForMonth(deps, firstDay, lastDay),
    remarks: remarksOf(deps, month),
    versions: versionsOf(db, month),
  }
}

/** A month that can be reported, or a clear refusal: outside the contract, or not begun. */
export function reportableMonth(deps: Pick<Deps, 'now'>, month: string, lang: Lang): ReportMonth {
  const m = month as ReportMonth
  const problem = monthProblem(m, deps.now())
  if (problem) throw new AppError('month_not_reportable', { month: [fieldProblem(lang, problem)] })
  return m
}

/** The report as staff read it: complaint contents are personal data, so the read is audited. */
export function readReport(deps: Deps, actor: Actor, month: string, lang: Lang): MonthlyReport {
  const m = reportableMonth(deps, month, lang)
  return audited(deps, actor, { action: 'report.read', entity: 'report', entityId: m }, (unit) => {
    const report = buildReport(deps, m)
    unit.carried(report.complaints.map((c) => c.id))
    return report
  })
}
