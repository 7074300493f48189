import { describe, expect, it } from 'vitest'
import { CALL_CENTER_HOURS, callCenterDay, isCallCenterOpen } from './call-center'
import { fromTokyo } from './tokyo'

describe('call-center hours', () => {
  it('defaults to 9:00–19:00', () => {
    expect(CALL_CENTER_HOURS).toEqual({ opens: '09:00', closes: '19:00' })
  })

  it('opens at 09:00 and closes at 19:00 Tokyo time', () => {
    expect(isCallCenterOpen(fromTokyo('2026-12-03', '08:59'))).toBe(false)
    expect(isCallCenterOpen(fromTokyo('2026-12-03', '09:00'))).toBe(true)
    expect(isCallCenterOpen(fromTokyo('2026-12-03', '18:59'))).toBe(true)
    expect(isCallCenterOpen(fromTokyo('2026-12-03', '19:00'))).toBe(false)
  })

  it('reads the clock in Tokyo, not in UTC', () => {
    // 00:30 UTC is 09:30 in Tokyo; 10:30 UTC is 19:30.
    expect(isCallCenterOpen(new Date('2026-12-03T00:30:00Z'))).toBe(true)
    expect(isCallCenterOpen(new Date('2026-12-03T10:30:00Z'))).toBe(false)
  })

  it('is open on a Saturday, a Sunday and a national holiday', () => {
    expect(isCallCenterOpen(fromTokyo('2026-11-28', '10:00'))).toBe(true)
    expect(isCallCenterOpen(fromTokyo('2026-11-29', '10:00'))).toBe(true)
    expect(isCallCenterOpen(fromTokyo('2026-11-23', '10:00'))).toBe(true)
    expect(callCenterDay('2026-11-23')).toEqual({ open: true, opens: '09:00', closes: '19:00' })
  })

  it('is closed for the year-end holidays, 12/29 to 1/3', () => {
    expect(callCenterDay('2026-12-28').open).toBe(true)
    expect(callCenterDay('2026-12-29')).toEqual({ open: false, reason: 'year_end' })
    expect(callCenterDay('2027-01-03')).toEqual({ open: false, reason: 'year_end' })
    expect(callCenterDay('2027-01-04').open).toBe(true)
    expect(isCallCenterOpen(fromTokyo('2027-01-01', '10:00'))).toBe(false)
    // 2027-01-03T23:30Z is already 1/4 08:30 in Tokyo; an hour later the lines open.
    expect(isCallCenterOpen(new Date('2027-01-04T00:30:00Z'))).toBe(true)
  })

  it('takes other hours as configuration', () => {
    const hours = { opens: '08:30', closes: '17:15' } as const
    expect(isCallCenterOpen(fromTokyo('2026-12-03', '08:30'), hours)).toBe(true)
    expect(isCallCenterOpen(fromTokyo('2026-12-03', '17:15'), hours)).toBe(false)
    expect(callCenterDay('2026-12-03', hours)).toEqual({ open: true, ...hours })
  })
})
