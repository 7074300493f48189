import { describe, expect, it } from 'vitest'
import {
  formatDateEn,
  formatDateJa,
  formatDateTimeEn,
  formatDateTimeJa,
  formatWareki,
  warekiOf,
} from './format'

describe('Japanese display', () => {
  it('writes dates with the weekday', () => {
    expect(formatDateJa('2026-12-03')).toBe('2026年12月3日（木）')
    expect(formatDateJa('2027-01-04')).toBe('2027年1月4日（月）')
  })

  it('writes date and time as said on the phone', () => {
    expect(formatDateTimeJa('2026-12-03', '10:15')).toBe('12月3日（木）10時15分')
    expect(formatDateTimeJa('2026-12-03', '09:05')).toBe('12月3日（木）9時5分')
    expect(formatDateTimeJa('2026-12-03', '14:00')).toBe('12月3日（木）14時')
  })
})

describe('和暦', () => {
  it.each([
    ['2026-12-03', '令和8年12月3日'],
    ['2019-05-01', '令和元年5月1日'],
    ['2020-01-01', '令和2年1月1日'],
    ['2019-04-30', '平成31年4月30日'],
    ['1989-01-08', '平成元年1月8日'],
    ['1989-01-07', '昭和64年1月7日'],
    ['1950-06-15', '昭和25年6月15日'],
    ['1926-12-24', '大正15年12月24日'],
    ['1912-07-29', '明治45年7月29日'],
  ] as const)('%s → %s', (date, expected) => {
    expect(formatWareki(date)).toBe(expected)
  })

  it('gives era and year for a form picker', () => {
    expect(warekiOf('2029-09-30')).toEqual({ era: '令和', year: 11 })
  })

  it('refuses dates before the Gregorian calendar came to Japan', () => {
    expect(() => formatWareki('1872-12-31')).toThrow(RangeError)
  })
})

describe('English display', () => {
  it('writes weekday, day, month and year', () => {
    expect(formatDateEn('2026-12-03')).toBe('Thu 3 Dec 2026')
    expect(formatDateEn('2027-01-01')).toBe('Fri 1 Jan 2027')
    expect(formatDateTimeEn('2026-12-03', '10:15')).toBe('Thu 3 Dec 10:15')
  })
})
