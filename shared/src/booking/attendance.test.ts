import { describe, expect, it } from 'vitest'
import { fromTokyo } from '../calendar/tokyo'
import { attendanceDue } from './attendance'

const booking = { date: '2026-12-03' as const, startMin: 10 * 60 }

describe('attendanceDue', () => {
  it('allows 来庁 from the first minute of the booking day (Tokyo), not the evening before', () => {
    expect(attendanceDue('attended', booking, fromTokyo('2026-12-02', '23:59'))).toBe(false)
    expect(attendanceDue('attended', booking, fromTokyo('2026-12-03', '00:00'))).toBe(true)
    expect(attendanceDue('attended', booking, fromTokyo('2026-12-10', '09:00'))).toBe(true)
  })

  it('allows no-show only once the start time has passed', () => {
    expect(attendanceDue('no_show', booking, fromTokyo('2026-12-03', '09:59'))).toBe(false)
    expect(attendanceDue('no_show', booking, new Date(fromTokyo('2026-12-03', '10:00')))).toBe(true)
  })
})
