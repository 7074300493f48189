import { describe, expect, it } from 'vitest'
import { fromTokyo, TOKYO_UTC_OFFSET_MINUTES, tokyoDate, toTokyo } from './tokyo'

describe('Tokyo time', () => {
  it('is nine hours ahead of UTC', () => {
    expect(TOKYO_UTC_OFFSET_MINUTES).toBe(540)
  })

  it('moves to the next date after 15:00 UTC', () => {
    expect(toTokyo(Date.parse('2026-11-25T15:30:00Z'))).toEqual({ date: '2026-11-26', minutes: 30 })
    expect(toTokyo(new Date('2026-11-25T14:59:59.999Z'))).toEqual({ date: '2026-11-25', minutes: 1439 })
    expect(tokyoDate(Date.parse('2026-12-31T15:00:00Z'))).toBe('2027-01-01')
  })

  it('reads an instant before 1970', () => {
    expect(toTokyo(Date.parse('1969-12-31T14:00:00Z'))).toEqual({ date: '1969-12-31', minutes: 23 * 60 })
  })

  it('turns a Tokyo date and time into the UTC instant', () => {
    expect(new Date(fromTokyo('2026-11-26', '00:30')).toISOString()).toBe('2026-11-25T15:30:00.000Z')
    expect(new Date(fromTokyo('2026-12-03', '09:00')).toISOString()).toBe('2026-12-03T00:00:00.000Z')
    expect(fromTokyo('2026-12-03', 615)).toBe(fromTokyo('2026-12-03', '10:15'))
  })

  it('round-trips', () => {
    const instant = fromTokyo('2027-01-04', '18:59')
    expect(toTokyo(instant)).toEqual({ date: '2027-01-04', minutes: 18 * 60 + 59 })
  })

  it('refuses an invalid Date', () => {
    expect(() => toTokyo(new Date('nope'))).toThrow(RangeError)
  })
})
