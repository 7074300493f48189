import { describe, expect, it } from 'vitest'
import { HOLIDAY_DATA_YEARS, holidayName, isNationalHoliday } from './holidays'

describe('national holidays', () => {
  it('covers the contract period, 2026-10-01 to 2029-09-30', () => {
    expect(HOLIDAY_DATA_YEARS.first).toBeLessThanOrEqual(2026)
    expect(HOLIDAY_DATA_YEARS.last).toBeGreaterThanOrEqual(2029)
  })

  it.each([
    ['2026-11-03', '文化の日'],
    ['2026-11-23', '勤労感謝の日'],
    ['2027-01-01', '元日'],
    ['2027-01-11', '成人の日'],
    ['2028-02-23', '天皇誕生日'],
    ['2029-09-17', '敬老の日'],
  ] as const)('%s is %s', (date, name) => {
    expect(holidayName(date)).toBe(name)
    expect(isNationalHoliday(date)).toBe(true)
  })

  it('includes substitute holidays (振替休日)', () => {
    expect(holidayName('2027-03-22')).toBe('春分の日 振替休日')
    expect(holidayName('2029-04-30')).toBe('昭和の日 振替休日')
    expect(holidayName('2029-09-24')).toBe('秋分の日 振替休日')
    expect(holidayName('2029-09-24', 'en')).toBe('Holiday in lieu')
  })

  it("includes a citizens' holiday (国民の休日) between two holidays", () => {
    expect(holidayName('2026-09-22')).toBe('休日')
    expect(holidayName('2026-09-22', 'en')).toBe("Citizen's Holiday")
  })

  it('gives English names', () => {
    expect(holidayName('2026-11-23', 'en')).toBe('Labor Thanksgiving Day')
  })

  it('is null on ordinary days, weekends and the year-end closure', () => {
    expect(holidayName('2026-11-24')).toBeNull()
    expect(holidayName('2026-11-28')).toBeNull()
    expect(isNationalHoliday('2026-12-29')).toBe(false)
    expect(isNationalHoliday('2027-01-02')).toBe(false)
  })
})
