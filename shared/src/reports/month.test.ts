import { describe, expect, it } from 'vitest'
import { at } from './calls-kit'
import { monthLabels, monthProblem, monthRange, previousMonth, sameMonthLastYear } from './month'

describe('the month', () => {
  it('is a Tokyo month: December 2026 runs from 30 Nov 15:00 UTC to 31 Dec 15:00 UTC', () => {
    expect(monthRange('2026-12')).toEqual({
      from: at('2026-11-30T15:00:00Z'),
      to: at('2026-12-31T15:00:00Z'),
    })
    expect(previousMonth('2027-01')).toBe('2026-12')
    expect(sameMonthLastYear('2028-02')).toBe('2027-02')
    expect(monthLabels('2026-12')).toEqual({ wareki: '令和8年12月', seireki: '2026年12月' })
  })
  it('refuses months outside the contract and months not begun', () => {
    const now = at('2026-12-02T00:00:00Z')
    expect(monthProblem('2026-09', now)).toBe('before_contract')
    expect(monthProblem('2029-10', now)).toBe('after_contract')
    expect(monthProblem('2027-01', now)).toBe('future')
    expect(monthProblem('2026-12', now)).toBeNull()
    // 1 Jan 00:30 Tokyo is still 31 Dec in UTC, and already January's report month.
    expect(monthProblem('2027-01', at('2026-12-31T15:30:00Z'))).toBeNull()
  })
})
