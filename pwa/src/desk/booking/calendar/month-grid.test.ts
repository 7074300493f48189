import type { MonthView } from '@madoguchi/shared'
import { DEFAULT_COUNTER_CALENDAR, localDateOf } from '@madoguchi/shared'
import { describe, expect, it } from 'vitest'
import { buildMonthGrid, fill, moveSelection, shiftMonth } from './month-grid'

const slot = (booked: number, held = 0) => ({
  time: '09:00' as const,
  capacity: 2,
  booked,
  held,
  remaining: 2 - booked - held,
})

/** November 2026: the 1st is a Sunday, the 3rd is 文化の日, the 23rd 勤労感謝の日. */
function november(): MonthView {
  const days: MonthView['days'] = []
  for (let d = 1; d <= 30; d++) {
    const date = localDateOf(2026, 11, d)
    const wd = new Date(Date.UTC(2026, 10, d)).getUTCDay()
    if (d === 3 || d === 23) days.push({ date, open: false, reason: 'holiday', slots: [] })
    else if (d === 20) days.push({ date, open: false, reason: 'exception', slots: [] })
    else if (d === 7) days.push({ date, open: true, slots: [slot(1), slot(0, 1)] })
    else if (wd === 0 || wd === 6) days.push({ date, open: false, reason: 'weekday', slots: [] })
    else days.push({ date, open: true, slots: [slot(2), slot(0)] })
  }
  return { month: '2026-11', days }
}

describe('buildMonthGrid', () => {
  const calendar = {
    ...DEFAULT_COUNTER_CALENDAR,
    exceptions: [
      { date: '2026-11-07' as const, open: true as const, opens: '09:00', closes: '12:00', note: '土曜開庁' },
      { date: '2026-11-20' as const, open: false as const, note: 'システム更新' },
    ],
  }
  const grid = buildMonthGrid(november(), calendar, 'ja')

  it('lays the month out in weeks from Sunday, padded with empty days', () => {
    expect(grid).toHaveLength(5)
    expect(grid.every((w) => w.length === 7)).toBe(true)
    expect(grid[0]?.[0]?.date).toBe('2026-11-01')
    expect(grid[4]?.[1]?.date).toBe('2026-11-30')
    expect(grid[4]?.slice(2)).toEqual([null, null, null, null, null])
  })

  it('says why a day is closed: weekend, holiday with its name, a closure with its note', () => {
    const day = (n: number) => grid.flat().find((c) => c?.day === n)
    expect(day(1)).toMatchObject({ open: false, closed: 'weekend' })
    expect(day(3)).toMatchObject({ open: false, closed: 'holiday', note: '文化の日' })
    expect(day(20)).toMatchObject({ open: false, closed: 'exception', note: 'システム更新' })
    expect(day(7)).toMatchObject({ open: true, extra: true, note: '土曜開庁', used: 2, capacity: 4 })
    expect(day(2)).toMatchObject({ open: true, extra: false, used: 2, capacity: 4 })
  })

  it('gives the holiday name in English too', () => {
    const en = buildMonthGrid(november(), calendar, 'en')
    expect(en.flat().find((c) => c?.day === 3)?.note).toBe('National Culture Day')
  })

  it('fills the bar by used over capacity, empty when there is no capacity', () => {
    expect(fill({ used: 1, capacity: 4 } as never)).toBe(0.25)
    expect(fill({ used: 0, capacity: 0 } as never)).toBe(0)
  })
})

describe('moving the selected day', () => {
  it('walks days and weeks with the arrows, across months', () => {
    expect(moveSelection('2026-11-30', 'ArrowRight')).toBe('2026-12-01')
    expect(moveSelection('2026-11-03', 'ArrowUp')).toBe('2026-10-27')
    expect(moveSelection('2026-11-03', 'ArrowDown')).toBe('2026-11-10')
    expect(moveSelection('2026-11-03', 'Enter')).toBeNull()
  })

  it('goes by a month with PageUp/PageDown, keeping the day when it exists', () => {
    expect(moveSelection('2027-01-31', 'PageDown')).toBe('2027-02-28')
    expect(moveSelection('2027-01-15', 'PageUp')).toBe('2026-12-15')
    expect(shiftMonth('2026-12-10', 1)).toBe('2027-01-10')
    expect(moveSelection('2026-11-17', 'Home')).toBe('2026-11-01')
    expect(moveSelection('2026-11-17', 'End')).toBe('2026-11-30')
  })
})
