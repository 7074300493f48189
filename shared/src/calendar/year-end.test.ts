import { describe, expect, it } from 'vitest'
import { isYearEndClosure } from './year-end'

describe('year-end closure', () => {
  it.each([
    ['2026-12-28', false],
    ['2026-12-29', true],
    ['2026-12-31', true],
    ['2027-01-01', true],
    ['2027-01-03', true],
    ['2027-01-04', false],
    ['2027-06-15', false],
  ] as const)('%s closed: %s', (date, closed) => {
    expect(isYearEndClosure(date)).toBe(closed)
  })

  it('takes another closure as configuration', () => {
    const closure = { from: { month: 12, day: 28 }, to: { month: 1, day: 4 } }
    expect(isYearEndClosure('2026-12-28', closure)).toBe(true)
    expect(isYearEndClosure('2027-01-04', closure)).toBe(true)
    expect(isYearEndClosure('2027-01-05', closure)).toBe(false)
  })
})
