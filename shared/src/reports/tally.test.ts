import { describe, expect, it } from 'vitest'
import { mulberry32 } from '../random'
import { callFigures, callsInMonth, callsPerDay, callsPerHour, categoryCounts } from './figures'
import { daysOfMonth, monthRange, type ReportMonth } from './month'
import { type CdrCall, type LoggedCall, type ReportCall, reconcile } from './reconcile'
import { type DayTally, MATCH_EDGE_MS, monthFromTallies, tallyCalls, tallyDays } from './tally'

// The kept days must add up to exactly what the month's own reconciliation gives. Seeded random
// months, dense around midnights and the month's end, with equal gaps on purpose (whole seconds), are
// computed both ways: the whole month at once (the definition) and day by day from each day's window.

const DAY = 86_400_000

const CODES = ['booking_new', 'booking_change', 'documents', 'other', 'not_a_category']
const OUTCOMES = ['resolved', 'resolved', 'escalated', 'callback', 'complaint']

/** Rows as the server lists them: logged calls by start and id, CDR rows by start and line. */
function world(seed: number, month: ReportMonth, options: { log: boolean; cdr: boolean; calls: number }) {
  const rnd = mulberry32(seed)
  const { from, to } = monthRange(month)
  const logged: LoggedCall[] = []
  const cdr: CdrCall[] = []
  const second = (t: number) => Math.floor(t / 1000) * 1000
  for (let i = 0; i < options.calls; i++) {
    // A third of the calls within a quarter of an hour of a midnight (the month's ends included).
    const near = rnd() < 0.35
    const midnight = from + Math.floor(rnd() * ((to - from) / DAY + 1)) * DAY
    const start = second(
      near
        ? midnight + (rnd() - 0.5) * 1_800_000
        : from - MATCH_EDGE_MS + rnd() * (to - from + 2 * MATCH_EDGE_MS),
    )
    const line = String(1 + Math.floor(rnd() * 2))
    const answered = rnd() < 0.85 ? start + 1000 * Math.floor(1 + rnd() * 20) : null
    const end = (answered ?? start) + 1000 * Math.floor(10 + rnd() * 900)
    const hand = rnd() < 0.3
    const primary = rnd() < 0.1 ? null : (CODES[Math.floor(rnd() * CODES.length)] as string)
    const categories =
      primary === null
        ? []
        : rnd() < 0.2
          ? [primary, CODES[(CODES.indexOf(primary) + 1) % 5] as string]
          : [primary]
    if (options.log && (hand ? answered !== null : true) && rnd() < 0.9) {
      // A hand call starts when it is answered; the log's clock is a little off the service's.
      const skew = 1000 * Math.floor(rnd() < 0.1 ? 100 + rnd() * 100 : rnd() * 6)
      const s = hand ? (answered as number) + skew : start + skew
      logged.push({
        id: `c${String(i).padStart(5, '0')}`,
        line: hand && rnd() < 0.5 ? null : line,
        startedAt: s,
        rang: !hand,
        answeredAt: hand ? s : answered === null ? null : answered + skew,
        talkSeconds: answered === null ? 0 : rnd() < 0.05 ? null : Math.floor((end - answered) / 1000),
        outcome: answered === null ? 'dropped' : (OUTCOMES[Math.floor(rnd() * OUTCOMES.length)] as string),
        primary,
        categories,
      })
    }
    if (options.cdr && rnd() < 0.9) cdr.push({ line, startedAt: start, answeredAt: answered, endedAt: end })
  }
  logged.sort((a, b) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : 1))
  cdr.sort(
    (a, b) =>
      a.startedAt - b.startedAt ||
      (a.line < b.line ? -1 : a.line > b.line ? 1 : 0) ||
      (a.answeredAt ?? -1) - (b.answeredAt ?? -1) ||
      a.endedAt - b.endedAt,
  )
  return { logged, cdr }
}

const within = <T extends { startedAt: number }>(rows: readonly T[], from: number, to: number) =>
  rows.filter((r) => r.startedAt >= from && r.startedAt < to)

/** The definition: the whole month and two hours either side, reconciled at once. */
function reference(month: ReportMonth, logged: LoggedCall[], cdr: CdrCall[]) {
  const { from, to } = monthRange(month)
  const rows = within(cdr, from, to).length
  const joined = reconcile(
    within(logged, from - MATCH_EDGE_MS, to + MATCH_EDGE_MS),
    rows > 0 ? within(cdr, from - MATCH_EDGE_MS, to + MATCH_EDGE_MS) : null,
  )
  return { calls: callsInMonth(joined.calls, month), rows }
}

/** Day by day: runs of `runLength` days, each read with two hours either side. */
function dayByDay(month: ReportMonth, logged: LoggedCall[], cdr: CdrCall[], runLength: number) {
  const { from } = monthRange(month)
  const n = daysOfMonth(month).length
  const mode = reference(month, logged, cdr).rows > 0
  const tallies: (DayTally | null)[] = []
  for (let i = 0; i < n; i += runLength) {
    const days = Array.from({ length: Math.min(runLength, n - i) }, (_, k) => ({
      from: from + (i + k) * DAY,
      to: from + (i + k + 1) * DAY,
    }))
    const a = (days[0] as { from: number }).from - MATCH_EDGE_MS
    const b = (days[days.length - 1] as { to: number }).to + MATCH_EDGE_MS
    tallies.push(...tallyDays(within(logged, a, b), mode ? within(cdr, a, b) : null, days))
  }
  return tallies
}

function expectSameMonth(month: ReportMonth, logged: LoggedCall[], cdr: CdrCall[], runLength: number) {
  const { from } = monthRange(month)
  const ref = reference(month, logged, cdr)
  const byDay: ReportCall[][] = daysOfMonth(month).map(() => [])
  for (const c of ref.calls) byDay[Math.floor((c.startedAt - from) / DAY)]?.push(c)
  const fast = dayByDay(month, logged, cdr, runLength)
  fast.forEach((tally, d) => {
    if (tally) expect(tally, `day ${d + 1}`).toEqual(tallyCalls(byDay[d] as ReportCall[]))
  })
  const sections = monthFromTallies(
    month,
    fast.map((t, d) => t ?? tallyCalls(byDay[d] as ReportCall[])),
    ref.rows,
  )
  const cdrMode = ref.rows > 0
  expect(sections.calls).toEqual(callFigures(ref.calls, cdrMode))
  expect(sections.perDay).toEqual(callsPerDay(ref.calls, month))
  expect(sections.perHour).toEqual(callsPerHour(ref.calls))
  expect(sections.categories).toEqual(categoryCounts(ref.calls))
  expect(sections.coverage).toEqual(
    cdrMode
      ? {
          rows: ref.rows,
          matched: ref.calls.filter((c) => c.source === 'both').length,
          loggedNotInCdr: ref.calls.filter((c) => c.source === 'log').length,
          cdrNotLogged: ref.calls.filter((c) => c.source === 'cdr').length,
        }
      : null,
  )
  return fast
}

describe('a month added up from its days equals the month reconciled at once', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`seeded month ${seed}: call log and call details, a day at a time and a week at a time`, () => {
      const month: ReportMonth = seed % 2 ? '2026-12' : '2027-02'
      const { logged, cdr } = world(seed, month, { log: true, cdr: true, calls: 2000 })
      const days = expectSameMonth(month, logged, cdr, 1)
      expectSameMonth(month, logged, cdr, 7)
      // The check that a day stands on its own is not so strict that nothing is kept.
      expect(days.filter((t) => t !== null).length).toBeGreaterThan(days.length - 3)
    }, 30_000)
  }

  it('a month of the call log alone, and a month of call details alone', () => {
    const logOnly = world(11, '2026-12', { log: true, cdr: false, calls: 1500 })
    expectSameMonth('2026-12', logOnly.logged, logOnly.cdr, 1)
    const cdrOnly = world(12, '2026-12', { log: false, cdr: true, calls: 1500 })
    expectSameMonth('2026-12', cdrOnly.logged, cdrOnly.cdr, 1)
    expectSameMonth('2026-12', [], [], 1)
  })

  it('call details only at the edges of the month: the month is the log’s, as it is at once', () => {
    const { logged, cdr } = world(13, '2026-12', { log: true, cdr: true, calls: 1500 })
    const { from, to } = monthRange('2026-12')
    const edges = cdr.filter((r) => r.startedAt < from || r.startedAt >= to)
    expect(edges.length).toBeGreaterThan(0)
    expectSameMonth('2026-12', logged, edges, 1)
  })

  it('a chain of possible pairs longer than the margin: those days are not vouched for, and the month still adds up', () => {
    // Calls by hand on an unknown line every 90 s from 22:00 to 03:00, each answered 45 s after one
    // row's answer and 45 s before the next's: every call could pair with two rows (an even tie), so
    // one chain of possible pairs runs across midnight.
    const month: ReportMonth = '2026-12'
    const { from } = monthRange(month)
    const logged: LoggedCall[] = []
    const cdr: CdrCall[] = []
    const first = from + 9 * DAY - 2 * 3_600_000
    for (let k = 0; k < 200; k++) {
      const t = first + k * 90_000
      cdr.push({ line: '1', startedAt: t, answeredAt: t + 60_000, endedAt: t + 80_000 })
      logged.push({
        id: `h${String(k).padStart(4, '0')}`,
        line: null,
        startedAt: t + 105_000,
        rang: false,
        answeredAt: t + 105_000,
        talkSeconds: 20,
        outcome: 'resolved',
        primary: 'other',
        categories: ['other'],
      })
    }
    logged.sort((a, b) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : 1))
    cdr.sort((a, b) => a.startedAt - b.startedAt)
    const days = expectSameMonth(month, logged, cdr, 1)
    expect(days[8]).toBeNull()
    expect(days[9]).toBeNull()
    expect(days[0]).not.toBeNull()
  })
})
