import { callsInMonth, MATCH_EDGE_MS, monthRange, type ReportMonth, reconcile } from '@madoguchi/shared'
import type { Db } from '../db/open'
import { cdrCallsBetween, cdrRowsBetween, loggedCallsBetween } from './queries'

/**
 * The month's calls from both sources, reconciled over the whole month at once, and which of them
 * count in it: the definition the kept days (day-tallies.ts) must equal, and their fallback. Matching
 * looks MATCH_EDGE_MS past the month's edges: a call the log has at 23:59:50 on the last day may be
 * the CDR row that started before midnight, and which month it counts in is the CDR's to say.
 */
export function monthCalls(db: Db, month: ReportMonth) {
  const { from, to } = monthRange(month)
  const cdrRows = cdrRowsBetween(db, from, to)
  const logged = loggedCallsBetween(db, from - MATCH_EDGE_MS, to + MATCH_EDGE_MS)
  const cdr = cdrRows > 0 ? cdrCallsBetween(db, from - MATCH_EDGE_MS, to + MATCH_EDGE_MS) : null
  const joined = reconcile(logged, cdr)
  const calls = callsInMonth(joined.calls, month)
  return {
    calls,
    coverage:
      cdr === null
        ? null
        : {
            rows: cdrRows,
            matched: calls.filter((c) => c.source === 'both').length,
            loggedNotInCdr: calls.filter((c) => c.source === 'log').length,
            cdrNotLogged: calls.filter((c) => c.source === 'cdr').length,
          },
  }
}
