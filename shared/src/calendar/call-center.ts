import type { LocalDate } from './local-date'
import { minutesOfTime, type TimeOfDay } from './time-of-day'
import { type Instant, toTokyo } from './tokyo'
import { isYearEndClosure } from './year-end'

export type OpeningHours = { opens: TimeOfDay; closes: TimeOfDay }

/** The tender's hours: 9:00–19:00 Tokyo time every day, weekends and national holidays included. */
export const CALL_CENTER_HOURS: OpeningHours = { opens: '09:00', closes: '19:00' }

export type CallCenterDay =
  | { open: true; opens: TimeOfDay; closes: TimeOfDay }
  | { open: false; reason: 'year_end' }

/** Holidays do not close the call center; only the year-end closure does. */
export function callCenterDay(date: LocalDate, hours: OpeningHours = CALL_CENTER_HOURS): CallCenterDay {
  if (isYearEndClosure(date)) return { open: false, reason: 'year_end' }
  return { open: true, opens: hours.opens, closes: hours.closes }
}

/** Open from `opens` up to, not including, `closes`: at 19:00 sharp the lines are closed. */
export function isCallCenterOpen(instant: Instant, hours: OpeningHours = CALL_CENTER_HOURS): boolean {
  const { date, minutes } = toTokyo(instant)
  const day = callCenterDay(date, hours)
  return day.open && minutes >= minutesOfTime(day.opens) && minutes < minutesOfTime(day.closes)
}
