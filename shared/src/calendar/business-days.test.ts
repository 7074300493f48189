import { describe, expect, it } from 'vitest'
import { addCityBusinessDays, escalationDueDate, isCityBusinessDay, isOverdue } from './business-days'

describe("the city's business days", () => {
  it('skips weekends, national holidays and the year-end closure', () => {
    expect(isCityBusinessDay('2026-12-02')).toBe(true) // Wednesday
    expect(isCityBusinessDay('2026-12-05')).toBe(false) // Saturday
    expect(isCityBusinessDay('2026-11-23')).toBe(false) // 勤労感謝の日 (Monday)
    expect(isCityBusinessDay('2026-12-29')).toBe(false) // Tuesday, but closed
    expect(isCityBusinessDay('2027-01-04')).toBe(true) // first day back
  })

  it('counts across a holiday: raised Friday 11/20, 2 days → Wed 11/25 (Mon 11/23 is a holiday)', () => {
    expect(addCityBusinessDays('2026-11-20', 2)).toBe('2026-11-25')
  })

  it('counts across the year-end closure: raised Mon 12/28, 1 day → Mon 1/4', () => {
    expect(escalationDueDate('2026-12-28', 1)).toBe('2027-01-04')
    expect(escalationDueDate('2026-12-25', 3)).toBe('2027-01-05') // Mon 12/28, Mon 1/4, Tue 1/5
  })

  it('is overdue only after the due day', () => {
    expect(isOverdue('2027-01-04', '2027-01-04')).toBe(false)
    expect(isOverdue('2027-01-04', '2027-01-05')).toBe(true)
  })
})
