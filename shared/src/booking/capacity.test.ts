import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromTokyo } from '../calendar/tokyo'
import { DEFAULT_COUNTER_CALENDAR, slotsOfDay } from './calendar-config'
import {
  fits,
  nextFreeSlots,
  type Occupant,
  strandedBookings,
  usageOfDay,
  usedBySlot,
  usedIn,
} from './capacity'

const cal = DEFAULT_COUNTER_CALENDAR
const day = slotsOfDay(cal, '2026-12-03')
if (!day.open) throw new Error('expected an open day')
const at = (hh: number, mm: number) => hh * 60 + mm
const booking = (start: number, slots = 1): Occupant => ({
  startMin: start,
  endMin: start + 15 * slots,
  count: 1,
})

describe('capacity', () => {
  it('counts bookings and holds that overlap a slot', () => {
    const occupants = [booking(at(9, 0), 2), { startMin: at(9, 15), endMin: at(9, 30), count: 2 }]
    expect(usedIn({ startMin: at(9, 0), endMin: at(9, 15) }, occupants)).toBe(1)
    expect(usedIn({ startMin: at(9, 15), endMin: at(9, 30) }, occupants)).toBe(3)
    expect(usedIn({ startMin: at(9, 30), endMin: at(9, 45) }, occupants)).toBe(0)
  })

  it('counts a whole day at once exactly as slot by slot', () => {
    const occupant = fc
      .tuple(
        fc.integer({ min: 480, max: 1080 }),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 1, max: 3 }),
      )
      .map(([start, len, count]) => ({ startMin: start, endMin: start + len, count }))
    fc.assert(
      fc.property(fc.array(occupant, { maxLength: 40 }), (occupants) => {
        expect(usedBySlot(day, occupants)).toEqual(day.slots.map((slot) => usedIn(slot, occupants)))
      }),
    )
  })

  it('fits a person of length L only where L consecutive slots have room', () => {
    const occupants = [booking(at(9, 15)), booking(at(9, 15))]
    expect(fits(day, at(9, 0), [1], occupants)).toBe(true)
    expect(fits(day, at(9, 0), [2], occupants)).toBe(false) // the second slot is full
    expect(fits(day, at(17, 0), [2], [])).toBe(false) // the day ends first
    expect(fits(day, at(9, 5), [1], [])).toBe(false) // not a slot start
  })

  it('fits a family by counting who is still at the counter in each slot', () => {
    // Capacity 2: two people of length 2 fill 9:00 and 9:15; a third does not fit.
    expect(fits(day, at(9, 0), [2, 2], [])).toBe(true)
    expect(fits(day, at(9, 0), [2, 2, 1], [])).toBe(false)
    expect(fits(day, at(9, 0), [2, 1], [booking(at(9, 15))])).toBe(true)
    expect(fits(day, at(9, 0), [2, 2], [booking(at(9, 15))])).toBe(false)
  })

  it('finds the next free slots inside the window, skipping full and past ones', () => {
    const now = fromTokyo('2026-12-02', '16:00')
    const full = [booking(at(8, 45)), booking(at(8, 45))]
    const slots = nextFreeSlots({
      cal,
      lengths: [1],
      occupantsOf: (date) => (date === '2026-12-03' ? full : []),
      now,
      limit: 3,
    })
    expect(slots).toEqual([
      { date: '2026-12-03', time: '09:00', remaining: 2, capacity: 2 },
      { date: '2026-12-03', time: '09:15', remaining: 2, capacity: 2 },
      { date: '2026-12-03', time: '09:30', remaining: 2, capacity: 2 },
    ])
    const override = nextFreeSlots({
      cal,
      lengths: [1],
      occupantsOf: () => [],
      now,
      limit: 1,
      from: '2026-12-02',
      overrideWindow: true,
    })
    expect(override[0]).toMatchObject({ date: '2026-12-02', time: '16:15' }) // 16:00 has begun
  })

  it('reports each slot of a day with its use', () => {
    const usage = usageOfDay(cal, '2026-12-03', [booking(at(8, 45))])
    expect(usage.slots[0]).toMatchObject({ time: '08:45', used: 1, remaining: 1 })
  })

  it('names the bookings a calendar change would strand', () => {
    const placed = [
      { id: 'a', date: '2026-12-03' as const, startMin: at(9, 0), endMin: at(9, 15) },
      { id: 'b', date: '2026-12-03' as const, startMin: at(9, 0), endMin: at(9, 15) },
      { id: 'c', date: '2026-12-03' as const, startMin: at(16, 0), endMin: at(16, 15) },
      { id: 'd', date: '2026-12-04' as const, startMin: at(9, 0), endMin: at(9, 15) },
    ]
    expect(strandedBookings(cal, placed)).toEqual([])
    const period = cal.periods[0]
    if (!period) throw new Error('no period')
    const oneWindow = { ...cal, periods: [{ ...period, capacity: 1 }] }
    expect(strandedBookings(oneWindow, placed).sort()).toEqual(['a', 'b'])
    const shorter = {
      ...cal,
      exceptions: [
        { date: '2026-12-03' as const, open: true as const, opens: '08:45', closes: '12:00' },
        { date: '2026-12-04' as const, open: false as const },
      ],
    }
    expect(strandedBookings(shorter, placed).sort()).toEqual(['c', 'd'])
  })
})
