import { describe, expect, it } from 'vitest'
import { fromTokyo } from '../calendar/tokyo'
import {
  bookingWindow,
  CounterCalendar,
  DEFAULT_COUNTER_CALENDAR,
  isBookable,
  slotsOfDay,
} from './calendar-config'

const cal = DEFAULT_COUNTER_CALENDAR
// Tuesday 2026-12-01, 10:00 in Tokyo.
const now = fromTokyo('2026-12-01', '10:00')

describe('the issuance counter calendar', () => {
  it('opens weekdays 8:45–17:15 in 15-minute slots of 2 windows', () => {
    const day = slotsOfDay(cal, '2026-12-03')
    expect(day.open).toBe(true)
    if (!day.open) return
    expect(day.slots).toHaveLength(34)
    expect(day.slots[0]).toEqual({ time: '08:45', startMin: 525, endMin: 540, capacity: 2 })
    expect(day.slots.at(-1)?.time).toBe('17:00')
  })

  it('closes weekends, national holidays, the year end and outside any period', () => {
    expect(slotsOfDay(cal, '2026-12-05')).toMatchObject({ open: false, reason: 'weekday' })
    expect(slotsOfDay(cal, '2026-11-23')).toMatchObject({ open: false, reason: 'holiday' })
    expect(slotsOfDay(cal, '2026-12-29')).toMatchObject({ open: false, reason: 'year_end' })
    expect(slotsOfDay(cal, '2027-01-04').open).toBe(true)
    expect(slotsOfDay(cal, '2026-09-30')).toMatchObject({ open: false, reason: 'no_period' })
  })

  it('lets a date exception open a Saturday or close a weekday', () => {
    const edited: CounterCalendar = {
      ...cal,
      exceptions: [
        { date: '2026-12-05', open: true, opens: '09:00', closes: '12:00', capacity: 3 },
        { date: '2026-12-07', open: false, note: '研修' },
      ],
    }
    const saturday = slotsOfDay(edited, '2026-12-05')
    expect(saturday.open && saturday.slots.length).toBe(12)
    expect(saturday.open && saturday.slots[0]?.capacity).toBe(3)
    expect(slotsOfDay(edited, '2026-12-07')).toMatchObject({ open: false, reason: 'exception' })
  })

  it('keeps the booking window: from tomorrow to 60 days ahead', () => {
    expect(bookingWindow(cal.rules, now)).toEqual({ first: '2026-12-02', last: '2027-01-30' })
    expect(isBookable(cal, '2026-12-02', '08:45', now).ok).toBe(true)
    expect(isBookable(cal, '2026-12-01', '15:00', now)).toEqual({ ok: false, reason: 'outside_window' })
    expect(isBookable(cal, '2027-02-01', '09:00', now)).toEqual({ ok: false, reason: 'outside_window' })
    expect(isBookable(cal, '2027-02-01', '09:00', now, { overrideWindow: true }).ok).toBe(true)
    expect(isBookable(cal, '2026-12-01', '09:00', now, { overrideWindow: true })).toEqual({
      ok: false,
      reason: 'past',
    })
    expect(isBookable(cal, '2026-12-03', '09:10', now)).toEqual({ ok: false, reason: 'not_a_slot' })
    expect(isBookable(cal, '2026-12-05', '09:00', now)).toEqual({ ok: false, reason: 'closed' })
  })

  it('refuses overlapping periods, duplicate exceptions and inverted hours', () => {
    const period = cal.periods[0]
    if (!period) throw new Error('no period')
    const overlap = CounterCalendar.safeParse({
      ...cal,
      periods: [period, { ...period, from: '2027-01-01' }],
    })
    expect(overlap.success).toBe(false)
    const dup = CounterCalendar.safeParse({
      ...cal,
      exceptions: [
        { date: '2026-12-07', open: false },
        { date: '2026-12-07', open: false },
      ],
    })
    expect(dup.success).toBe(false)
    const inverted = CounterCalendar.safeParse({
      ...cal,
      exceptions: [{ date: '2026-12-05', open: true, opens: '12:00', closes: '09:00' }],
    })
    expect(inverted.success).toBe(false)
    expect(CounterCalendar.safeParse(cal).success).toBe(true)
  })
})
