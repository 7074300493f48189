import { z } from 'zod'
import { warekiOf } from '../calendar/format'
import { daysInMonth, type LocalDate, localDateOf } from '../calendar/local-date'
import { fromTokyo, tokyoDate } from '../calendar/tokyo'

/** A report month, `2026-12`: a Tokyo calendar month. */
export type ReportMonth = `${number}-${number}`

export const ReportMonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'invalid_format' })
  .transform((s) => s as ReportMonth)

/** The contract's months (the tender: operation from 2026-10-01 to 2029-09-30). */
export const CONTRACT_MONTHS = { first: '2026-10', last: '2029-09' } as const satisfies Record<string, string>

export function monthParts(month: ReportMonth): { year: number; month: number } {
  const [y, m] = month.split('-').map(Number)
  return { year: y as number, month: m as number }
}

export function monthOf(year: number, month: number): ReportMonth {
  const y = year + Math.floor((month - 1) / 12)
  const m = ((((month - 1) % 12) + 12) % 12) + 1
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}` as ReportMonth
}

export const previousMonth = (month: ReportMonth): ReportMonth => {
  const { year, month: m } = monthParts(month)
  return monthOf(year, m - 1)
}

export const sameMonthLastYear = (month: ReportMonth): ReportMonth => {
  const { year, month: m } = monthParts(month)
  return monthOf(year - 1, m)
}

/** The month's days, first to last. */
export function daysOfMonth(month: ReportMonth): LocalDate[] {
  const { year, month: m } = monthParts(month)
  return Array.from({ length: daysInMonth(year, m) }, (_, i) => localDateOf(year, m, i + 1))
}

/**
 * The month as a half-open range of instants [from, to): Tokyo midnight of the first day to Tokyo
 * midnight of the next month's first day. A call counts in the month its start falls in, so a call
 * that starts at 23:59 on the last day belongs to that month whole, whenever it ends.
 */
export function monthRange(month: ReportMonth): { from: number; to: number } {
  const { year, month: m } = monthParts(month)
  const next = monthParts(monthOf(year, m + 1))
  return {
    from: fromTokyo(localDateOf(year, m, 1), 0),
    to: fromTokyo(localDateOf(next.year, next.month, 1), 0),
  }
}

/** The Tokyo month an instant falls in. */
export function monthOfInstant(instant: number | Date): ReportMonth {
  return tokyoDate(instant).slice(0, 7) as ReportMonth
}

/** Why a month cannot be reported: before the contract, after it, or not begun yet. */
export function monthProblem(
  month: ReportMonth,
  now: number | Date,
): 'before_contract' | 'after_contract' | 'future' | null {
  if (month < CONTRACT_MONTHS.first) return 'before_contract'
  if (month > CONTRACT_MONTHS.last) return 'after_contract'
  if (month > monthOfInstant(now)) return 'future'
  return null
}

/** '令和8年12月' and '2026年12月', as the cover prints them. */
export function monthLabels(month: ReportMonth): { wareki: string; seireki: string } {
  const { year, month: m } = monthParts(month)
  const w = warekiOf(localDateOf(year, m, 1))
  return { wareki: `${w.era}${w.year === 1 ? '元' : w.year}年${m}月`, seireki: `${year}年${m}月` }
}
