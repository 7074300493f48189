import { fromDayNumber, type LocalDate, toDayNumber } from './local-date'
import { minutesOfTime, type TimeOfDay } from './time-of-day'

/**
 * Asia/Tokyo is UTC+09:00 all year: Japan has had no daylight saving time since 1951. This is the
 * one place that fact is written; everything else converts through the functions below rather than
 * through Intl or a Date in the device's zone, which may be set to anything.
 */
export const TOKYO_UTC_OFFSET_MINUTES = 9 * 60

const MS_PER_MINUTE = 60_000
const MINUTES_PER_DAY = 24 * 60

/** A moment in time: a Date or Unix epoch milliseconds. */
export type Instant = Date | number

export type TokyoDateTime = {
  date: LocalDate
  /** Minutes since Tokyo midnight, 0 … 1439. */
  minutes: number
}

function epochMs(instant: Instant): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime()
  if (!Number.isFinite(ms)) throw new RangeError('not a valid instant')
  return ms
}

/** The date and time of day on a clock in Tokyo at that instant. */
export function toTokyo(instant: Instant): TokyoDateTime {
  const tokyoMinutes = Math.floor(epochMs(instant) / MS_PER_MINUTE) + TOKYO_UTC_OFFSET_MINUTES
  const dayNumber = Math.floor(tokyoMinutes / MINUTES_PER_DAY)
  return { date: fromDayNumber(dayNumber), minutes: tokyoMinutes - dayNumber * MINUTES_PER_DAY }
}

export function tokyoDate(instant: Instant): LocalDate {
  return toTokyo(instant).date
}

/** The instant (epoch ms) when a Tokyo clock shows that date and time. */
export function fromTokyo(date: LocalDate, time: TimeOfDay | number): number {
  const minutes = typeof time === 'number' ? time : minutesOfTime(time)
  return (toDayNumber(date) * MINUTES_PER_DAY + minutes - TOKYO_UTC_OFFSET_MINUTES) * MS_PER_MINUTE
}
