import { describe, expect, it } from 'vitest'
import { at, cdr, jst, logged } from './calls-kit'
import { callFigures, callsInMonth, callsPerDay, callsPerHour, categoryCounts } from './figures'
import { formatMmSs, formatRate, tokyoDateTimeText } from './format'
import { matchCalls, reconcile } from './reconcile'

// Every expected figure below was worked out by hand from the fixture beside it.

describe('the headline figures', () => {
  it('a month with no calls: nothing to divide, shown as dashes', () => {
    const f = callFigures([], true)
    expect(f).toMatchObject({
      incoming: 0,
      answered: 0,
      answerRate: null,
      firstContactResolution: null,
      averageTalkSeconds: null,
    })
    expect(formatRate(f.answerRate)).toBe('—')
    expect(formatMmSs(f.averageTalkSeconds)).toBe('—')
    expect(callsPerDay([], '2026-12')).toHaveLength(31)
  })

  it('call log only (no CDR): no answer rate, the rest from the log', () => {
    // Three answered (resolved 100 s, escalated 200 s, resolved 301 s) and one that rang and dropped.
    const calls = reconcile(
      [
        logged({ startedAt: jst(1, '09:00:00'), talkSeconds: 100 }),
        logged({ startedAt: jst(1, '10:00:00'), talkSeconds: 200, outcome: 'escalated' }),
        logged({ startedAt: jst(2, '11:00:00'), talkSeconds: 301 }),
        logged({
          startedAt: jst(2, '12:00:00'),
          answeredAt: null,
          talkSeconds: 0,
          outcome: 'dropped',
          primary: null,
          categories: [],
        }),
      ],
      null,
    ).calls
    const f = callFigures(calls, false)
    expect(f).toMatchObject({
      incoming: 4,
      answered: 3,
      answerRate: null,
      resolved: 2,
      talkSecondsTotal: 601,
    })
    expect(f.firstContactResolution).toBeCloseTo(2 / 3)
    // 601 ÷ 3 = 200.33 s → 03:20.
    expect(formatMmSs(f.averageTalkSeconds)).toBe('03:20')
    expect(formatRate(f.firstContactResolution)).toBe('66.7%')
  })

  it('CDR and log together: CDR times win, unlogged CDR calls count, a logged call missing from the CDR counts too', () => {
    const log = [
      // Matches row A (rang 3 s apart on line 1).
      logged({ startedAt: jst(3, '09:00:03'), talkSeconds: 170 }),
      // Taken by hand (no ring, no line): matches row B by its answer 40 s off.
      logged({
        startedAt: jst(3, '09:30:40'),
        rang: false,
        line: null,
        answeredAt: jst(3, '09:30:40'),
        talkSeconds: 90,
        outcome: 'callback',
      }),
      // Missing from the CDR (nothing within two minutes on line 2).
      logged({ startedAt: jst(3, '15:00:00'), line: '2', talkSeconds: 60 }),
    ]
    const rows = [
      cdr('1', jst(3, '09:00:00'), 10, 190), // A: answered, talk 180 s
      cdr('1', jst(3, '09:29:50'), 10, 110), // B: answered at 09:30:00, talk 100 s
      cdr('2', jst(3, '09:45:00'), null, 30), // unanswered
      cdr('2', jst(3, '10:00:00'), 20, 320), // answered, nobody logged it: talk 300 s
      cdr('1', jst(3, '15:00:00'), null, 15), // unanswered on line 1 (the logged 15:00 call was on line 2)
    ]
    const r = reconcile(log, rows)
    expect(r).toMatchObject({ matched: 2, loggedNotInCdr: 1, cdrNotLogged: 3 })
    const f = callFigures(r.calls, true)
    // 6 calls (5 CDR + 1 logged only), 4 answered (A, B, the unlogged one, the logged-only one).
    expect(f).toMatchObject({ incoming: 6, answered: 4, resolved: 2, talkSecondsTotal: 180 + 100 + 300 + 60 })
    expect(formatRate(f.answerRate)).toBe('66.7%')
    expect(f.firstContactResolution).toBe(0.5)
    expect(formatMmSs(f.averageTalkSeconds)).toBe('02:40')
    // The unlogged answered call has no category.
    expect(categoryCounts(r.calls).uncategorised).toBe(1)
  })

  it('a CDR-only month: answer rate from the CDR, no call resolved as far as the log knows', () => {
    const r = reconcile([], [cdr('1', jst(5, '09:00:00'), 5, 65), cdr('1', jst(5, '09:10:00'), null, 20)])
    const f = callFigures(r.calls, true)
    expect(f).toMatchObject({
      incoming: 2,
      answered: 1,
      answerRate: 0.5,
      resolved: 0,
      firstContactResolution: 0,
      averageTalkSeconds: 60,
    })
  })

  it('matches each side once, nearest first, and never across lines', () => {
    const log = [logged({ startedAt: jst(6, '10:00:00') }), logged({ startedAt: jst(6, '10:00:50') })]
    const rows = [
      cdr('1', jst(6, '10:00:45'), 5, 60),
      cdr('1', jst(6, '10:00:02'), 5, 60),
      cdr('3', jst(6, '10:00:00'), 5, 60),
    ]
    expect(matchCalls(log, rows)).toEqual([1, 0])
    expect(matchCalls([logged({ startedAt: jst(6, '10:03:00') })], rows)).toEqual([-1])
  })
})

describe('days, hours and the month’s edges', () => {
  const overMidnight = cdr('1', jst(1, '23:59:30'), 10, 400) // ends 2 Dec 00:06:10
  const overMonthEnd = cdr('1', jst(31, '23:58:00'), 5, 600) // ends 1 Jan 00:08
  const nextMonth = cdr('1', at('2027-01-01T00:00:30+09:00'), 5, 60)
  const lastMonth = cdr('1', at('2026-11-30T23:59:59+09:00'), 5, 60)
  const all = reconcile([], [overMidnight, overMonthEnd, nextMonth, lastMonth]).calls

  it('a call counts whole on the Tokyo day and month it started', () => {
    const dec = callsInMonth(all, '2026-12')
    expect(dec).toHaveLength(2)
    const days = callsPerDay(dec, '2026-12')
    expect(days[0]).toMatchObject({ date: '2026-12-01', incoming: 1, answered: 1, talkSecondsTotal: 390 })
    expect(days[1]?.incoming).toBe(0)
    expect(days[30]).toMatchObject({ date: '2026-12-31', incoming: 1, talkSecondsTotal: 595 })
    expect(callsPerHour(dec)[23]).toEqual({ hour: 23, incoming: 2, answered: 2 })
    expect(callsInMonth(all, '2027-01')).toHaveLength(1)
    expect(callsInMonth(all, '2026-11')).toHaveLength(1)
  })

  it('marks the year-end closure, 12/29 to 1/3, on both sides of the new year', () => {
    const dec = callsPerDay([], '2026-12')
    expect(dec.filter((d) => d.closed).map((d) => d.date)).toEqual(['2026-12-29', '2026-12-30', '2026-12-31'])
    const jan = callsPerDay([], '2027-01')
    expect(jan.filter((d) => d.closed).map((d) => d.date)).toEqual(['2027-01-01', '2027-01-02', '2027-01-03'])
  })

  it('Tokyo has no daylight saving: 09:00 Tokyo is 00:00 UTC in every month', () => {
    for (const m of ['01', '04', '07', '10']) {
      const start = at(`2027-${m}-15T00:00:00Z`)
      expect(callsPerHour(reconcile([], [cdr('1', start, 1, 2)]).calls)[9]?.incoming).toBe(1)
      expect(tokyoDateTimeText(start)).toBe(`2027-${m}-15 09:00:00`)
    }
  })

  it('prints talk time as mm:ss, an hour or more as minutes', () => {
    expect(formatMmSs(0)).toBe('00:00')
    expect(formatMmSs(185.5)).toBe('03:06')
    expect(formatMmSs(3903)).toBe('65:03')
  })
})
