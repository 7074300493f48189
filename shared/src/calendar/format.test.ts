import { describe, expect, it } from 'vitest'
import {
  formatDateEn,
  formatDateJa,
  formatDateTimeEn,
  formatDateTimeJa,
  formatWareki,
  recordDate,
  recordStamp,
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

describe('dates in records and tables', () => {
  const now = Date.parse('2026-12-02T03:00:00Z')
  it('writes a date as the city does, with its weekday', () => {
    expect(recordDate('2026-12-02')).toBe('2026年12月2日（水）')
    expect(recordDate('2026-12-02', 'en')).toBe('Wed 2 Dec 2026')
  })
  it('writes when something happened in Tokyo time, the year only when it is not this one', () => {
    expect(recordStamp('2026-12-02T00:40:19Z', 'ja', now)).toBe('12月2日 9:40')
    // New Year's Eve in UTC is already New Year's Day in Tokyo, this year.
    expect(recordStamp('2025-12-31T15:05:00Z', 'ja', now)).toBe('1月1日 0:05')
    expect(recordStamp('2025-06-01T01:00:00Z', 'ja', now)).toBe('2025年6月1日 10:00')
    expect(recordStamp('2026-12-02T00:40:19Z', 'en', now)).toBe('2 Dec 9:40')
    expect(recordStamp(null)).toBe('—')
  })
})
