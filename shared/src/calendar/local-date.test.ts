import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addDays,
  daysBetween,
  daysInMonth,
  fromDayNumber,
  isLocalDate,
  LocalDateSchema,
  localDateOf,
  parseLocalDate,
  toDayNumber,
  weekday,
} from './local-date'

describe('isLocalDate', () => {
  it.each([
    ['2026-11-25', true],
    ['2028-02-29', true],
    ['2000-02-29', true],
    ['2026-02-29', false],
    ['1900-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-1-5', false],
    ['2026/11/25', false],
    ['2026-11-25T00:00', false],
    ['', false],
  ])('%s → %s', (s, expected) => {
    expect(isLocalDate(s)).toBe(expected)
  })

  it('parse throws on a bad date, the schema reports the catalog key', () => {
    expect(parseLocalDate('2026-12-03')).toBe('2026-12-03')
    expect(() => parseLocalDate('2026-02-30')).toThrow(RangeError)
    expect(LocalDateSchema.safeParse('2026-12-03').success).toBe(true)
    expect(LocalDateSchema.safeParse('2026-02-30').error?.issues[0]?.message).toBe('invalid_date')
    expect(LocalDateSchema.safeParse(20261203).success).toBe(false)
  })
})

describe('day arithmetic', () => {
  it('counts days from 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0)
    expect(toDayNumber('1969-12-31')).toBe(-1)
    expect(fromDayNumber(0)).toBe('1970-01-01')
  })

  it('agrees with Date.UTC for any day from 1900 to 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 47482 }), (n) => {
        expect(fromDayNumber(n)).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10))
        expect(toDayNumber(fromDayNumber(n))).toBe(n)
      }),
    )
  })

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01')
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(addDays('2026-10-01', 1095)).toBe('2029-09-30')
    expect(daysBetween('2026-10-01', '2029-09-30')).toBe(1095)
  })

  it('knows the lengths of months', () => {
    expect(daysInMonth(2028, 2)).toBe(29)
    expect(daysInMonth(2026, 2)).toBe(28)
    expect(daysInMonth(2026, 11)).toBe(30)
    expect(daysInMonth(2026, 12)).toBe(31)
  })

  it('builds dates from parts', () => {
    expect(localDateOf(2026, 5, 6)).toBe('2026-05-06')
    expect(() => localDateOf(2026, 2, 29)).toThrow(RangeError)
  })
})

describe('weekday', () => {
  it.each([
    ['1970-01-01', 4],
    ['2026-11-25', 3],
    ['2026-12-03', 4],
    ['2026-11-28', 6],
    ['2026-11-29', 0],
    ['1969-12-28', 0],
  ] as const)('%s → %i', (date, expected) => {
    expect(weekday(date)).toBe(expected)
  })
})
