import {
  bookingCounts,
  CATEGORIES,
  type CallFigures,
  daysOfMonth,
  escalationsByDepartment,
  joinPlanAndResults,
  type Lang,
  type LocalDate,
  type MonthlyReport,
  monthLabels,
  monthProblem,
  monthRange,
  popUpResults,
  previousMonth,
  type ReportMonth,
  sameMonthLastYear,
  tokyoDate,
} from '@madoguchi/shared'
import { audited } from '../audit/unit'
import type { Actor } from '../auth/session'
import type { Db } from '../db/open'
import type { Deps } from '../deps'
import { AppError, fieldProblem } from '../errors'
import { planFactsBetween } from '../schedule/queries'
import { monthCallSections } from './day-tallies'
import { faqSection } from './faq-section'
import { proposalsForMonth, remarksOf } from './proposals'
import { bookingTotalsBetween, complaintsBetween, escalationsBetween, sessionsBetween } from './queries'
import { versionsOf } from './versions'

/** The month's headline call figures (for the previous month and the same month last year). */
export function monthFigures(db: Db, month: ReportMonth): CallFigures {
  return monthCallSections(db, month).calls
}

/**
 * The whole report of a month, computed now from live data. Reads, and keeps the days it had to
 * reconcile (day-tallies.ts); the caller audits.
 */
export function buildReport(deps: Pick<Deps, 'db' | 'now'>, month: ReportMonth): MonthlyReport {
  const { db } = deps
  const now = deps.now()
  const { from, to } = monthRange(month)
  const sections = monthCallSections(db, month)
  const days = daysOfMonth(month)
  const firstDay = days[0] as LocalDate
  const lastDay = days[days.length - 1] as LocalDate
  const today = tokyoDate(now)
  const categories = sections.categories
  const labelOf = new Map<string, string>(CATEGORIES.map((c) => [c.code, c.label.ja]))
  const prev = previousMonth(month)
  const held = sessionsBetween(db, firstDay, lastDay)
  const lastYear = sameMonthLastYear(month)
  return {
    month,
    labels: monthLabels(month),
    generatedAt: now.toISOString(),
    cdr: sections.coverage,
    calls: sections.calls,
    previousMonth: { month: prev, calls: monthFigures(db, prev) },
    sameMonthLastYear: { month: lastYear, calls: monthFigures(db, lastYear) },
    byCategory: categories.byCategory.map((c) => ({ ...c, label: labelOf.get(c.code) ?? c.code })),
    byTier: categories.byTier,
    uncategorised: categories.uncategorised,
    perDay: sections.perDay,
    perHour: sections.perHour,
    complaints: complaintsBetween(db, from, to),
    // Overdue is judged today for a month still running or just ended; a past month's open ones are
    // still overdue now, which is what the city needs to know.
    escalations: escalationsByDepartment(escalationsBetween(db, from, to), today),
    bookings: bookingCounts(bookingTotalsBetween(db, firstDay, lastDay)),
    popUps: popUpResults(held.map(({ plannedId: _link, ...session }) => session)),
    plannedVsHeld: joinPlanAndResults(planFactsBetween(db, firstDay, lastDay), held),
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
