import {
  type DayTally,
  daysOfMonth,
  MATCH_EDGE_MS,
  type MonthCallSections,
  monthFromTallies,
  monthRange,
  type ReportMonth,
  tallyCalls,
  tallyDays,
} from '@madoguchi/shared'
import type { Db } from '../db/open'
import { stmt } from '../db/statements'
import { monthCalls } from './month-calls'
import { cdrCallsBetween, cdrRowsBetween, loggedCallsBetween } from './queries'

/**
 * The month's call figures from its days' tallies (table report_days, migration 0018): a day is
 * reconciled once, from the rows within two hours of it, and kept until a write near it drops it.
 * What it keeps is exactly the month's reconciliation for that day (shared/src/reports/tally.ts says
 * when that holds; a day where it cannot be shown is taken from the whole month and not kept).
 */

const DAY_MS = 86_400_000
const iso = (ms: number) => new Date(ms).toISOString()

interface KeptDay {
  day: string
  cdr_mode: number
  cdr_rows: number
  tally: string
}

export function monthCallSections(db: Db, month: ReportMonth): MonthCallSections {
  return db.transaction(() => {
    const dates = daysOfMonth(month)
    const { from } = monthRange(month)
    // Tokyo has no daylight saving: every day is 24 hours from the month's first midnight.
    const span = (i: number) => ({ from: from + i * DAY_MS, to: from + (i + 1) * DAY_MS })
    const kept = new Map(
      (
        stmt(db, 'SELECT day, cdr_mode, cdr_rows, tally FROM report_days WHERE day BETWEEN ? AND ?').all(
          dates[0],
          dates[dates.length - 1],
        ) as KeptDay[]
      ).map((k) => [k.day, k]),
    )
    const cdrRows = dates.map((d, i) => {
      const k = kept.get(d)
      if (k) return k.cdr_rows
      const { from: a, to: b } = span(i)
      return cdrRowsBetween(db, a, b)
    })
    const totalCdr = cdrRows.reduce((a, b) => a + b, 0)
    const mode = totalCdr > 0 ? 1 : 0
    const tallies: (DayTally | null)[] = dates.map((d) => {
      const k = kept.get(d)
      return k && k.cdr_mode === mode ? (JSON.parse(k.tally) as DayTally) : null
    })
    const keep = stmt(
      db,
      `INSERT INTO report_days (day, cdr_mode, cdr_rows, tally) VALUES (?, ?, ?, ?)
       ON CONFLICT (day) DO UPDATE SET cdr_mode = excluded.cdr_mode, cdr_rows = excluded.cdr_rows, tally = excluded.tally`,
    )
    let unproven = false
    for (let i = 0; i < dates.length; i++) {
      if (tallies[i]) continue
      let j = i
      while (j + 1 < dates.length && !tallies[j + 1]) j++
      // One read for a run of days to compute: the run and two hours either side (inside the
      // month's own window, which is what the month's reconciliation reads).
      const windowFrom = span(i).from - MATCH_EDGE_MS
      const windowTo = span(j).to + MATCH_EDGE_MS
      const days = Array.from({ length: j - i + 1 }, (_, k) => span(i + k))
      const computed = tallyDays(
        loggedCallsBetween(db, windowFrom, windowTo),
        mode ? cdrCallsBetween(db, windowFrom, windowTo) : null,
        days,
      )
      const apart = mode === 1 && answerApartOutside(db, month, windowFrom, windowTo)
      computed.forEach((tally, k) => {
        if (!tally || apart) {
          unproven = true
          return
        }
        tallies[i + k] = tally
        keep.run(dates[i + k], mode, cdrRows[i + k], JSON.stringify(tally))
      })
      i = j
    }
    if (unproven) {
      // Rare (a chain of possible matches longer than two hours, or an answer logged far from its
      // start): those days come from the month's whole reconciliation, the reference, every time.
      const { calls } = monthCalls(db, month)
      const byDay = dates.map(() => [] as typeof calls)
      for (const c of calls) byDay[Math.floor((c.startedAt - from) / DAY_MS)]?.push(c)
      byDay.forEach((calls, d) => {
        tallies[d] ??= tallyCalls(calls)
      })
    }
    return monthFromTallies(month, tallies as DayTally[], totalCdr)
  })()
}

/**
 * Whether a hand call of the month outside the window has its answer (the instant it is matched by)
 * near the window: it could pair with a row inside it, which the window's rows alone cannot see.
 */
function answerApartOutside(db: Db, month: ReportMonth, windowFrom: number, windowTo: number): boolean {
  const { from, to } = monthRange(month)
  return (
    stmt(
      db,
      `SELECT 1 FROM calls WHERE ringing_at IS NULL AND answered_at <> started_at
         AND answered_at >= ? AND answered_at < ? AND started_at >= ? AND started_at < ?
         AND (started_at < ? OR started_at >= ?) LIMIT 1`,
    ).get(
      iso(windowFrom - MATCH_EDGE_MS),
      iso(windowTo + MATCH_EDGE_MS),
      iso(from - MATCH_EDGE_MS),
      iso(to + MATCH_EDGE_MS),
      iso(windowFrom),
      iso(windowTo),
    ) !== undefined
  )
}
