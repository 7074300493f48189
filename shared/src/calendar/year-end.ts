import { dateParts, type LocalDate } from './local-date'

/**
 * The year-end closure (年末年始), as month-day pairs. 12/29–1/3 is the closure the law sets for
 * public offices; the call center and the issuance counter both keep it.
 */
export type YearEndClosure = { from: { month: number; day: number }; to: { month: number; day: number } }

export const YEAR_END_CLOSURE: YearEndClosure = { from: { month: 12, day: 29 }, to: { month: 1, day: 3 } }

/** Inclusive at both ends; the closure runs across the new year. */
export function isYearEndClosure(date: LocalDate, closure: YearEndClosure = YEAR_END_CLOSURE): boolean {
  const { month, day } = dateParts(date)
  const key = month * 100 + day
  return key >= closure.from.month * 100 + closure.from.day || key <= closure.to.month * 100 + closure.to.day
}
