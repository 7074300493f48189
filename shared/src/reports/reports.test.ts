import { describe, expect, it } from 'vitest'
import { parseCsv } from '../status/csv'
import { guessMapping, parseCdrTime, readCdr } from './cdr'
import { callFigures, callsInMonth, callsPerDay, callsPerHour, categoryCounts } from './figures'
import { formatMmSs, formatRate, tokyoDateTimeText } from './format'
import { monthLabels, monthProblem, monthRange, previousMonth, sameMonthLastYear } from './month'
import { type CdrCall, type LoggedCall, matchCalls, reconcile } from './reconcile'
import { bookingCounts, escalationsByDepartment, popUpResults } from './sections'

// Every expected figure below was worked out by hand from the fixture beside it.

const at = (iso: string) => Date.parse(iso)
/** A Tokyo clock time in December 2026 as an instant. */
const jst = (day: number, hhmmss: string) => at(`2026-12-${String(day).padStart(2, '0')}T${hhmmss}+09:00`)

const logged = (over: Partial<LoggedCall> & { startedAt: number }): LoggedCall => ({
  id: `call-${over.startedAt}`,
  line: '1',
  rang: true,
  answeredAt: over.startedAt + 5_000,
  talkSeconds: 120,
  outcome: 'resolved',
  primary: 'items_to_bring',
  categories: ['items_to_bring'],
  ...over,
})
const cdr = (line: string, start: number, answeredAfter: number | null, endAfter: number): CdrCall => ({
  line,
  startedAt: start,
  answeredAt: answeredAfter === null ? null : start + answeredAfter * 1000,
  endedAt: start + endAfter * 1000,
})

describe('the month', () => {
  it('is a Tokyo month: December 2026 runs from 30 Nov 15:00 UTC to 31 Dec 15:00 UTC', () => {
    expect(monthRange('2026-12')).toEqual({
      from: at('2026-11-30T15:00:00Z'),
      to: at('2026-12-31T15:00:00Z'),
    })
    expect(previousMonth('2027-01')).toBe('2026-12')
    expect(sameMonthLastYear('2028-02')).toBe('2027-02')
    expect(monthLabels('2026-12')).toEqual({ wareki: '令和8年12月', seireki: '2026年12月' })
  })
  it('refuses months outside the contract and months not begun', () => {
    const now = at('2026-12-02T00:00:00Z')
    expect(monthProblem('2026-09', now)).toBe('before_contract')
    expect(monthProblem('2029-10', now)).toBe('after_contract')
    expect(monthProblem('2027-01', now)).toBe('future')
    expect(monthProblem('2026-12', now)).toBeNull()
    // 1 Jan 00:30 Tokyo is still 31 Dec in UTC, and already January's report month.
    expect(monthProblem('2027-01', at('2026-12-31T15:30:00Z'))).toBeNull()
  })
})

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

describe('categories, escalations, bookings, pop-ups', () => {
  it('counts each category a call chose, and each call once by the tier of its main category', () => {
    const calls = reconcile(
      [
        logged({
          startedAt: jst(1, '09:00:00'),
          primary: 'booking_new',
          categories: ['booking_new', 'items_to_bring'],
        }),
        logged({ startedAt: jst(1, '09:10:00'), primary: 'documents', categories: ['documents'] }),
        logged({ startedAt: jst(1, '09:20:00'), primary: 'other', categories: ['other', 'items_to_bring'] }),
      ],
      null,
    ).calls
    const c = categoryCounts(calls)
    expect(c.byTier).toEqual({ first: 1, second: 1, reference: 1 })
    expect(c.byCategory.find((x) => x.code === 'items_to_bring')?.calls).toBe(2)
    expect(c.uncategorised).toBe(0)
  })

  it('escalations: answer hours, late answers and open ones past due count as overdue', () => {
    const rows = escalationsByDepartment(
      [
        // Answered in 6 h, on time.
        {
          department: '市民課',
          raisedAt: jst(1, '10:00:00'),
          answeredAt: jst(1, '16:00:00'),
          dueDate: '2026-12-04',
        },
        // Answered 2 days after its due date: late.
        {
          department: '市民課',
          raisedAt: jst(1, '11:00:00'),
          answeredAt: jst(7, '11:00:00'),
          dueDate: '2026-12-04',
        },
        // Still open, due 12-04, asked on 12-10: overdue.
        { department: '税務課', raisedAt: jst(1, '12:00:00'), answeredAt: null, dueDate: '2026-12-04' },
        // Still open, due 12-14: not yet.
        { department: '税務課', raisedAt: jst(9, '12:00:00'), answeredAt: null, dueDate: '2026-12-14' },
      ],
      '2026-12-10',
    )
    expect(rows).toEqual([
      {
        department: '市民課',
        raised: 2,
        answered: 2,
        averageAnswerHours: (6 + 144) / 2,
        overdue: 1,
        open: 0,
      },
      { department: '税務課', raised: 2, answered: 0, averageAnswerHours: null, overdue: 1, open: 2 },
    ])
  })

  it('bookings by event and channel', () => {
    const t = bookingCounts([
      { action: 'created', channel: 'phone' },
      { action: 'created', channel: 'web' },
      { action: 'moved', channel: 'phone' },
      { action: 'cancelled', channel: 'counter' },
      { action: 'attended', channel: 'phone' },
      { action: 'no_show', channel: 'web' },
      { action: 'updated', channel: 'phone' },
    ])
    expect(t.made).toEqual({ phone: 1, web: 1, counter: 0, total: 2 })
    expect(t.changed.total).toBe(1)
    expect(t.cancelled.counter).toBe(1)
    expect(t.attended.phone).toBe(1)
    expect(t.no_show.web).toBe(1)
  })

  it('pop-up results: sessions of one date and site add up', () => {
    const base = {
      date: '2026-12-05' as const,
      siteId: 'mall',
      siteName: 'モール',
      applications: 1,
      photos: 2,
      consultations: 0,
    }
    const rows = popUpResults([
      { ...base, id: 'a', firstAt: 10, lastAt: 20, visitors: 3 },
      { ...base, id: 'b', firstAt: 5, lastAt: 15, visitors: 4, consultations: 2 },
      { ...base, id: 'c', siteId: 'hall', siteName: '公民館', firstAt: null, lastAt: null, visitors: 0 },
    ])
    expect(rows).toEqual([
      {
        date: '2026-12-05',
        siteId: 'mall',
        siteName: 'モール',
        sessions: 2,
        firstAt: 5,
        lastAt: 20,
        visitors: 7,
        applications: 2,
        photos: 4,
        consultations: 2,
      },
      {
        date: '2026-12-05',
        siteId: 'hall',
        siteName: '公民館',
        sessions: 1,
        firstAt: null,
        lastAt: null,
        visitors: 0,
        applications: 1,
        photos: 2,
        consultations: 0,
      },
    ])
  })
})

describe('the call-detail file', () => {
  const mapping = { line: '回線', start: '着信日時', answered: '応答日時', end: '終了日時' }

  it('reads quoted fields with commas, quotes and newlines, and keeps file line numbers', () => {
    const { records } = parseCsv('\uFEFFa,b\r\n"x,1","say ""hi""\nthere"\r\n\r\nlast,row')
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x,1', 'say "hi"\nthere'] },
      { line: 5, cells: ['last', 'row'] },
    ])
  })

  it('reads Tokyo clock times and zoned instants; refuses anything else', () => {
    expect(parseCdrTime('2026/12/02 9:15:02')).toBe(at('2026-12-02T00:15:02Z'))
    expect(parseCdrTime('2026-12-02 09:15')).toBe(at('2026-12-02T00:15:00Z'))
    expect(parseCdrTime('2026-12-02T00:15:02Z')).toBe(at('2026-12-02T00:15:02Z'))
    for (const bad of ['', '2026-13-02 09:00', '2026-02-30 09:00', '12/02 9:15', '2026-12-02 24:00', 'abc'])
      expect(parseCdrTime(bad)).toBeNull()
  })

  it('guesses a mapping from a Japanese header, and never maps the caller’s number', () => {
    expect(guessMapping(['回線', '発信者番号', '着信日時', '応答日時', '終了日時'])).toEqual(mapping)
  })

  it('reports every bad line by its number and keeps none of the rows then', () => {
    const text = [
      '回線,発信者番号,着信日時,応答日時,終了日時',
      '1,0312345678,2026/12/02 09:00:00,2026/12/02 09:00:10,2026/12/02 09:03:10',
      '1,0312345678,2026/12/02 09:05:00,,2026/12/02 09:05:30',
      '2,0312345678,2026/12/02 9:99,,2026/12/02 09:05:30',
      '2,0312345678,2026/12/02 10:00:00,2026/12/02 10:10:00,2026/12/02 10:05:00',
      ',0312345678,2026/12/02 11:00:00,,2026/12/02 11:00:10',
    ].join('\r\n')
    const r = readCdr(text, mapping)
    expect(r.problems).toEqual([
      { line: 4, field: 'start', code: 'bad_time' },
      { line: 5, field: 'answered', code: 'outside_call' },
      { line: 6, field: 'line', code: 'invalid_format' },
    ])
    expect(r.rows.map((x) => x.fileLine)).toEqual([2, 3])
    expect(r.rows[1]).toMatchObject({ line: '1', answeredAt: null })
    // Nothing of the caller's number survives in what the reader returns (header aside).
    expect(JSON.stringify(r.rows)).not.toContain('0312345678')
  })

  it('a file of another kind: the missing columns, on line 1', () => {
    const r = readCdr('予約番号,氏名\r\nK7M,恵庭 花子\r\n', mapping)
    expect(r.missing).toEqual(['line', 'start', 'answered', 'end'])
    expect(r.problems.every((p) => p.line === 1 && p.code === 'missing_column')).toBe(true)
    expect(readCdr('', mapping).problems).toEqual([{ line: 1, field: 'file', code: 'empty' }])
  })
})
