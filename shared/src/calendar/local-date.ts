import { z } from 'zod'

/**
 * A calendar date with no time and no zone, as 'YYYY-MM-DD'. The template type lets literals
 * type-check while a plain string has to go through `isLocalDate` or `parseLocalDate` first.
 * Strings of this shape sort in date order, so `<` and `sort()` compare dates.
 *
 * The arithmetic is on day numbers (days since 1970-01-01), never on a Date in the machine's zone,
 * so a device set to another zone cannot shift a date by one.
 */
export type LocalDate = `${number}-${number}-${number}`

export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

export function isLocalDate(s: string): s is LocalDate {
  const m = SHAPE.exec(s)
  if (!m) return false
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

export function parseLocalDate(s: string): LocalDate {
  if (!isLocalDate(s)) throw new RangeError(`not a date (YYYY-MM-DD): ${s}`)
  return s
}

/**
 * The dates any field may hold: nothing madoguchi records is before 1900 (the oldest birth date)
 * or after 2100, so 0000-01-01 or 9999-12-31 is a typing slip, not a date to store.
 */
export const PLAUSIBLE_DATES = { first: '1900-01-01', last: '2100-12-31' } as const

/**
 * For API and form schemas; the messages are the catalog keys `field.invalid_date` and
 * `field.date_out_of_range`.
 */
export const LocalDateSchema = z
  .custom<LocalDate>((v) => typeof v === 'string' && isLocalDate(v), { message: 'invalid_date' })
  .refine((d) => d >= PLAUSIBLE_DATES.first && d <= PLAUSIBLE_DATES.last, { message: 'date_out_of_range' })

export function dateParts(date: LocalDate): { year: number; month: number; day: number } {
  const [year = Number.NaN, month = Number.NaN, day = Number.NaN] = date.split('-').map(Number)
  return { year, month, day }
}

export function localDateOf(year: number, month: number, day: number): LocalDate {
  const s = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  return parseLocalDate(s)
}

// Day-number conversions after Howard Hinnant's days_from_civil / civil_from_days: integer-only,
// proleptic Gregorian, with years counted from March so the leap day falls at the end.

export function toDayNumber(date: LocalDate): number {
  const { year, month, day } = dateParts(date)
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146097 + dayOfEra - 719468
}

export function fromDayNumber(dayNumber: number): LocalDate {
  const shifted = dayNumber + 719468
  const era = Math.floor(shifted / 146097)
  const dayOfEra = shifted - era * 146097
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  )
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const mp = Math.floor((5 * dayOfYear + 2) / 153)
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
  return localDateOf(year, month, day)
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(toDayNumber(date) + days)
}

/** Days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toDayNumber(to) - toDayNumber(from)
}

/** 0 = Sunday … 6 = Saturday, as Date.getDay(). 1970-01-01 was a Thursday. */
export function weekday(date: LocalDate): Weekday {
  return ((((toDayNumber(date) + 4) % 7) + 7) % 7) as Weekday
}
