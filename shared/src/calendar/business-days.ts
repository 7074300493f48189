import { isNationalHoliday } from './holidays'
import { addDays, type LocalDate, weekday } from './local-date'
import { isYearEndClosure } from './year-end'

/**
 * The city's business days (開庁日): Monday to Friday, not a national holiday, not in the year-end
 * closure (12/29–1/3). City departments answer escalations on these days only, so "overdue after N
 * business days" counts these and nothing else (the call center itself is open every day).
 */
export function isCityBusinessDay(date: LocalDate): boolean {
  const day = weekday(date)
  return day !== 0 && day !== 6 && !isNationalHoliday(date) && !isYearEndClosure(date)
}

/** The business day `days` business days after `date` (a date that is not one counts from the next). */
export function addCityBusinessDays(date: LocalDate, days: number): LocalDate {
  let d = date
  let left = days
  while (left > 0) {
    d = addDays(d, 1)
    if (isCityBusinessDay(d)) left--
  }
  return d
}

/**
 * The last day an escalation raised on `raised` may be answered on time: `days` city business days
 * after the day it was raised. It is overdue from the day after.
 */
export function escalationDueDate(raised: LocalDate, days: number): LocalDate {
  return addCityBusinessDays(raised, days)
}

/** Overdue on `today` when today is past the due date (answering on the due date is on time). */
export function isOverdue(due: LocalDate, today: LocalDate): boolean {
  return today > due
}
