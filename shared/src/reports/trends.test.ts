import { describe, expect, it } from 'vitest'
import type { LocalDate } from '../calendar/local-date'
import { mondayOf, type TrendDay, trendsFrom, weeklyTrends } from './trends'

// Four weeks to Wednesday 9 Dec 2026, worked by hand: the week of 16 Nov has no calls, the week of
// 30 Nov runs across the month end to Sunday 6 Dec, the week of 7 Dec is this week so far.
const day = (
  date: string,
  calls: number,
  answered: number,
  resolved: number,
  rang: number,
  rangAnswered: number,
  categories: TrendDay['categories'] = {},
): TrendDay => ({
  date: date as LocalDate,
  calls,
  answered,
  resolved,
  rang,
  rangAnswered,
  talkSeconds: 0,
  talked: 0,
  categories,
})

const DAYS = [
  day('2026-11-15', 9, 9, 9, 9, 9, { other: 9 }), // the Sunday before the first week: not in it
  day('2026-11-23', 3, 2, 1, 3, 2, { booking_new: 2 }),
  day('2026-11-29', 1, 1, 1, 0, 0, { documents: 1 }), // a hand-logged call: answered, never rang
  day('2026-11-30', 2, 2, 2, 2, 2, { other: 1 }),
  day('2026-12-06', 2, 1, 0, 2, 1, { other: 1, documents: 1 }),
  day('2026-12-09', 1, 0, 0, 1, 0),
]

describe('weekly trends', () => {
  it('weeks start on Monday', () => {
    expect(mondayOf('2026-12-06' as LocalDate)).toBe('2026-11-30') // a Sunday
    expect(mondayOf('2026-11-30' as LocalDate)).toBe('2026-11-30')
    expect(mondayOf('2027-01-01' as LocalDate)).toBe('2026-12-28')
    expect(trendsFrom('2026-12-09' as LocalDate, 4)).toBe('2026-11-16')
  })

  it('adds the days up per week: a week with no calls, a week across the month end, this week so far', () => {
    const weeks = weeklyTrends(DAYS, '2026-12-09' as LocalDate, 4)
    const pick = weeks.map((w) => ({
      from: w.from,
      to: w.to,
      current: w.current,
      calls: w.calls,
      answered: w.answered,
      resolved: w.resolved,
      rang: w.rang,
      answerRate: w.answerRate,
      fcr: w.firstContactResolution,
    }))
    expect(pick).toEqual([
      {
        from: '2026-11-16',
        to: '2026-11-22',
        current: false,
        calls: 0,
        answered: 0,
        resolved: 0,
        rang: 0,
        answerRate: null,
        fcr: null,
      },
      {
        from: '2026-11-23',
        to: '2026-11-29',
        current: false,
        calls: 4,
        answered: 3,
        resolved: 2,
        rang: 3,
        answerRate: 2 / 3,
        fcr: 2 / 3,
      },
      {
        from: '2026-11-30',
        to: '2026-12-06',
        current: false,
        calls: 4,
        answered: 3,
        resolved: 2,
        rang: 4,
        answerRate: 3 / 4,
        fcr: 2 / 3,
      },
      {
        from: '2026-12-07',
        to: '2026-12-13',
        current: true,
        calls: 1,
        answered: 0,
        resolved: 0,
        rang: 1,
        answerRate: 0,
        fcr: null,
      },
    ])
    expect(weeks[0]?.categories.other).toBe(0)
    expect(weeks[1]?.categories).toMatchObject({ booking_new: 2, documents: 1, other: 0 })
    expect(weeks[2]?.categories).toMatchObject({ booking_new: 0, documents: 1, other: 2 })
    // Every category is listed in every week, so a table never has a hole.
    expect(Object.keys(weeks[3]?.categories ?? {})).toHaveLength(
      Object.keys(weeks[0]?.categories ?? {}).length,
    )
  })

  it('twelve weeks by default, ending with this week', () => {
    const weeks = weeklyTrends([], '2026-12-09' as LocalDate)
    expect(weeks).toHaveLength(12)
    expect(weeks[11]?.from).toBe('2026-12-07')
    expect(weeks[0]?.from).toBe('2026-09-21')
  })
})
