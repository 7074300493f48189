import { dateParts, daysInMonth, type LocalDate, localDateOf } from '../calendar/local-date'
import { monthParts, previousMonth, type ReportMonth } from './month'
import { type BookingTable, bookingCounts } from './sections'
import { type LiveFigures, liveFigures, type TrendDay } from './trends'

/**
 * The month so far against the same span of the previous month, on the supervisor's panel: day 1 to
 * today of this month, day 1 to the same day of the previous month. Live figures (the call log, as
 * the panel's other figures), not the report's: this month's call-detail file arrives after it ends.
 */

export interface MonthSpan {
  month: ReportMonth
  from: LocalDate
  to: LocalDate
}

/**
 * This month's span and the previous month's. A previous month shorter than today's day (30 March
 * against February) runs to its last day: the whole month, `short` true, so the two spans differ in
 * length and the panel says so. Today counts so far; the previous month's last day counts whole.
 */
export function monthSoFarSpans(today: LocalDate): {
  current: MonthSpan
  previous: MonthSpan & { short: boolean }
} {
  const { year, month, day } = dateParts(today)
  const current = `${today.slice(0, 7)}` as ReportMonth
  const before = previousMonth(current)
  const p = monthParts(before)
  const last = daysInMonth(p.year, p.month)
  return {
    current: { month: current, from: localDateOf(year, month, 1), to: today },
    previous: {
      month: before,
      from: localDateOf(p.year, p.month, 1),
      to: localDateOf(p.year, p.month, Math.min(day, last)),
      short: day > last,
    },
  }
}

export interface MonthSoFarFigures extends LiveFigures {
  /** Complaints on the span's calls (a complaint counts with its call's start, as in the report). */
  complaints: number
  /** Bookings made (予約) and attended (来庁) in the span, each counted by its event's Tokyo day. */
  bookingsMade: number
  bookingsAttended: number
}

/**
 * A span's figures from its sources: the call log's days (those outside the span are left out), the
 * complaint count and the booking events per action and channel. Every rate is liveFigures', every
 * booking count bookingCounts', the same formulas as the weekly trends and the report.
 */
export function spanFigures(
  span: { from: LocalDate; to: LocalDate },
  days: readonly TrendDay[],
  complaints: number,
  bookingEvents: readonly { action: string; channel: string; count?: number }[],
): MonthSoFarFigures {
  const bookings: BookingTable = bookingCounts(bookingEvents)
  return {
    ...liveFigures(days.filter((d) => d.date >= span.from && d.date <= span.to)),
    complaints,
    bookingsMade: bookings.made.total,
    bookingsAttended: bookings.attended.total,
  }
}

/** What the panel's month-so-far route answers. */
export interface MonthSoFar {
  today: LocalDate
  current: MonthSpan & { figures: MonthSoFarFigures }
  previous: MonthSpan & { short: boolean; figures: MonthSoFarFigures }
}
