import { describe, expect, it } from 'vitest'
import type { LocalDate } from '../calendar/local-date'
import { monthSoFarSpans, spanFigures } from './month-so-far'
import type { TrendDay } from './trends'

const d = (date: string) => date as LocalDate

describe('the month so far against the previous month', () => {
  it('day 1 to today against day 1 to the same day of the previous month', () => {
    expect(monthSoFarSpans(d('2026-12-10'))).toEqual({
      current: { month: '2026-12', from: '2026-12-01', to: '2026-12-10' },
      previous: { month: '2026-11', from: '2026-11-01', to: '2026-11-10', short: false },
    })
    // January against December of the year before.
    expect(monthSoFarSpans(d('2027-01-05')).previous).toEqual({
      month: '2026-12',
      from: '2026-12-01',
      to: '2026-12-05',
      short: false,
    })
  })

  it('a previous month shorter than today’s day runs to its last day, and says so', () => {
    expect(monthSoFarSpans(d('2027-03-30')).previous).toEqual({
      month: '2027-02',
      from: '2027-02-01',
      to: '2027-02-28',
      short: true,
    })
    // 28 March against the 28 days of February 2027: the same length, not short.
    expect(monthSoFarSpans(d('2027-03-28')).previous).toMatchObject({ to: '2027-02-28', short: false })
    // A leap year's February has a 29th.
    expect(monthSoFarSpans(d('2028-03-29')).previous).toMatchObject({ to: '2028-02-29', short: false })
    expect(monthSoFarSpans(d('2028-03-31')).previous).toMatchObject({ to: '2028-02-29', short: true })
    expect(monthSoFarSpans(d('2026-12-31')).previous).toMatchObject({ to: '2026-11-30', short: true })
  })

  it('adds up only the span’s days, by the panel’s formulas (worked by hand)', () => {
    const day = (date: string, n: Partial<TrendDay>): TrendDay => ({
      date: d(date),
      calls: 0,
      answered: 0,
      resolved: 0,
      rang: 0,
      rangAnswered: 0,
      talkSeconds: 0,
      talked: 0,
      categories: {},
      ...n,
    })
    const days = [
      day('2026-11-30', { calls: 9, answered: 9, rang: 9, rangAnswered: 9 }), // before the span
      // 1 Dec: 4 calls, 3 rang (2 of them answered), 1 taken by hand; 2 resolved; talk 100 + 200 + 300.
      day('2026-12-01', {
        calls: 4,
        answered: 3,
        resolved: 2,
        rang: 3,
        rangAnswered: 2,
        talkSeconds: 600,
        talked: 3,
      }),
      // 3 Dec: 2 calls rang, 1 answered and not resolved, talk 61 s.
      day('2026-12-03', { calls: 2, answered: 1, rang: 2, rangAnswered: 1, talkSeconds: 61, talked: 1 }),
      day('2026-12-04', { calls: 5, answered: 5, rang: 5, rangAnswered: 5 }), // after the span
    ]
    const events = [
      { action: 'created', channel: 'phone', count: 3 },
      { action: 'created', channel: 'web', count: 2 },
      { action: 'attended', channel: 'counter', count: 1 },
      { action: 'moved', channel: 'web', count: 4 },
    ]
    expect(spanFigures({ from: d('2026-12-01'), to: d('2026-12-03') }, days, 2, events)).toEqual({
      calls: 6,
      answered: 4,
      resolved: 2,
      rang: 5,
      answerRate: 3 / 5, // of the 5 that rang, 3 answered
      firstContactResolution: 2 / 4,
      averageTalkSeconds: 661 / 4, // 165.25 s, shown as 02:45
      complaints: 2,
      bookingsMade: 5,
      bookingsAttended: 1,
    })
    // A span with nothing in it: counts 0, every rate null (shown as —).
    expect(spanFigures({ from: d('2026-10-01'), to: d('2026-10-03') }, days, 0, [])).toEqual({
      calls: 0,
      answered: 0,
      resolved: 0,
      rang: 0,
      answerRate: null,
      firstContactResolution: null,
      averageTalkSeconds: null,
      complaints: 0,
      bookingsMade: 0,
      bookingsAttended: 0,
    })
  })
})
