import { isYearEndClosure } from '../calendar/year-end'
import { CATEGORIES, CATEGORY_TIERS, type CategoryTier } from '../calls/categories'
import type { CallFigures, CategoryCounts, DayRow } from './figures'
import { tokyoHourOf } from './figures'
import { rateOf } from './format'
import { daysOfMonth, type ReportMonth } from './month'
import {
  type CdrCall,
  HAND_ANSWER_LOOKBACK_MS,
  keyOfLogged,
  type LoggedCall,
  MATCH_TOLERANCE_MS,
  matchCandidates,
  pickMatches,
  type ReportCall,
  reconcile,
} from './reconcile'
import type { CdrCoverage } from './schemas'

/**
 * The month's figures without re-reading every call: what one Tokyo day's calls add to them, kept as
 * sums and counts only, so the days of a month add up to exactly what figures.ts gives over the
 * month's calls (the tests hold both ways to the same calls). The server keeps one per day.
 */
export interface DayTally {
  incoming: number
  answered: number
  /** Answered calls with outcome 'resolved'. */
  resolved: number
  /** Talk seconds of the answered calls whose talk time is known, and how many those are. */
  talkSeconds: number
  talked: number
  /** By source: in both, only in the call details, only in the log. */
  matched: number
  cdrNotLogged: number
  loggedNotInCdr: number
  /** By the Tokyo hour of the start, 0–23. */
  hourIncoming: number[]
  hourAnswered: number[]
  /** [code, calls] per category chosen. */
  categories: [string, number][]
  /**
   * [main category or '', calls, answered]. Kept by code, not by tier: a tier is looked up when the
   * month is read, so a change to the category list never leaves a stale tier behind.
   */
  primaries: [string, number, number][]
}

/**
 * How far past a day's (or month's) edges its rows are read. A logged call at 23:59:50 may be the
 * CDR row that rang before midnight; the furthest a match reaches is a hand call's answer an hour
 * after its row rang, so two hours leaves room for a few calls chained by possible matches.
 */
export const MATCH_EDGE_MS = 2 * 3_600_000

export function tallyCalls(calls: readonly ReportCall[]): DayTally {
  const t: DayTally = {
    incoming: 0,
    answered: 0,
    resolved: 0,
    talkSeconds: 0,
    talked: 0,
    matched: 0,
    cdrNotLogged: 0,
    loggedNotInCdr: 0,
    hourIncoming: new Array<number>(24).fill(0),
    hourAnswered: new Array<number>(24).fill(0),
    categories: [],
    primaries: [],
  }
  const categories = new Map<string, number>()
  const primaries = new Map<string, [number, number]>()
  for (const c of calls) {
    const hour = tokyoHourOf(c.startedAt)
    t.incoming++
    t.hourIncoming[hour] = (t.hourIncoming[hour] as number) + 1
    if (c.source === 'both') t.matched++
    else if (c.source === 'cdr') t.cdrNotLogged++
    else t.loggedNotInCdr++
    for (const code of c.categories) categories.set(code, (categories.get(code) ?? 0) + 1)
    const key = c.primary ?? ''
    const p = primaries.get(key) ?? [0, 0]
    p[0]++
    primaries.set(key, p)
    if (!c.answered) continue
    p[1]++
    t.answered++
    t.hourAnswered[hour] = (t.hourAnswered[hour] as number) + 1
    if (c.outcome === 'resolved') t.resolved++
    if (c.talkSeconds !== null) {
      t.talkSeconds += c.talkSeconds
      t.talked++
    }
  }
  t.categories = [...categories]
  t.primaries = [...primaries].map(([code, [n, answered]]) => [code, n, answered])
  return t
}

/** The call sections of a month from its days' tallies (in the order of daysOfMonth). */
export interface MonthCallSections {
  calls: CallFigures
  coverage: CdrCoverage | null
  perDay: DayRow[]
  perHour: { hour: number; incoming: number; answered: number }[]
  categories: CategoryCounts
}

/**
 * Adds a month's days up. `cdrRows` is the month's call-detail rows: with none, the month is the
 * call log's alone (no answer rate, no coverage), exactly as buildReport decides it.
 */
export function monthFromTallies(
  month: ReportMonth,
  days: readonly DayTally[],
  cdrRows: number,
): MonthCallSections {
  const dates = daysOfMonth(month)
  if (days.length !== dates.length) throw new Error(`${month} has ${dates.length} days, not ${days.length}`)
  const perHour = Array.from({ length: 24 }, (_, hour) => ({ hour, incoming: 0, answered: 0 }))
  const counts = new Map<string, number>()
  const tierOf = new Map<string, CategoryTier>(CATEGORIES.map((c) => [c.code, c.tier]))
  const byTier = Object.fromEntries(CATEGORY_TIERS.map((t) => [t, 0])) as Record<CategoryTier, number>
  let uncategorised = 0
  const sum = { incoming: 0, answered: 0, resolved: 0, talk: 0, talked: 0, matched: 0, log: 0, cdr: 0 }
  const perDay: DayRow[] = days.map((d, i) => {
    sum.incoming += d.incoming
    sum.answered += d.answered
    sum.resolved += d.resolved
    sum.talk += d.talkSeconds
    sum.talked += d.talked
    sum.matched += d.matched
    sum.log += d.loggedNotInCdr
    sum.cdr += d.cdrNotLogged
    for (let h = 0; h < 24; h++) {
      const row = perHour[h] as { incoming: number; answered: number }
      row.incoming += d.hourIncoming[h] as number
      row.answered += d.hourAnswered[h] as number
    }
    for (const [code, n] of d.categories) counts.set(code, (counts.get(code) ?? 0) + n)
    for (const [code, n, answered] of d.primaries) {
      const tier = code ? tierOf.get(code) : undefined
      if (tier) byTier[tier] += n
      else uncategorised += answered
    }
    const date = dates[i] as (typeof dates)[number]
    return {
      date,
      closed: isYearEndClosure(date),
      incoming: d.incoming,
      answered: d.answered,
      talkSecondsTotal: d.talkSeconds,
    }
  })
  const cdr = cdrRows > 0
  return {
    calls: {
      incoming: sum.incoming,
      answered: sum.answered,
      answerRate: cdr ? rateOf(sum.answered, sum.incoming) : null,
      resolved: sum.resolved,
      firstContactResolution: rateOf(sum.resolved, sum.answered),
      talkSecondsTotal: sum.talk,
      averageTalkSeconds: sum.talked === 0 ? null : sum.talk / sum.talked,
      cdr,
    },
    coverage: cdr
      ? { rows: cdrRows, matched: sum.matched, loggedNotInCdr: sum.log, cdrNotLogged: sum.cdr }
      : null,
    perDay,
    perHour,
    categories: {
      byCategory: CATEGORIES.map((c) => ({ code: c.code, tier: c.tier, calls: counts.get(c.code) ?? 0 })),
      byTier,
      uncategorised,
    },
  }
}

const DAY_MS = 86_400_000

/**
 * The tallies of consecutive days, from the rows of a window around them (`logged` and `cdr` start in
 * it; `cdr` null when the month has no call details). A day's tally is the month's own only when
 * every chain of possible matches that touches the day stays inside the day ± MATCH_EDGE_MS: then the
 * nearest-first pairing decides those calls exactly as it does over the month, and a later write can
 * change them only by landing inside that span (which is what invalidates a kept day). A day where a
 * chain reaches further is null: the caller falls back to the whole month.
 */
export function tallyDays(
  logged: readonly LoggedCall[],
  cdr: readonly CdrCall[] | null,
  days: readonly { from: number; to: number }[],
): (DayTally | null)[] {
  const first = days[0]?.from ?? 0
  const dayOf = (t: number) => {
    const i = Math.floor((t - first) / DAY_MS)
    const d = days[i]
    return d && t >= d.from && t < d.to ? i : -1
  }
  const unsafe = new Array<boolean>(days.length).fill(false)
  let picked: number[] | undefined
  if (cdr !== null) {
    const candidates = matchCandidates(logged, cdr)
    // Nodes: logged calls 0…L-1, then CDR rows. Each has a span: its own start and the starts of every
    // row on the other side it could ever pair with; a chain's span is the union of its nodes'.
    const n = logged.length + cdr.length
    const parent = Array.from({ length: n }, (_, i) => i)
    const root = (i: number): number => {
      while (parent[i] !== i) {
        parent[i] = parent[parent[i] as number] as number
        i = parent[i] as number
      }
      return i
    }
    for (const c of candidates) {
      const a = root(c.log)
      const b = root(logged.length + c.row)
      if (a !== b) parent[a] = b
    }
    const lo = new Array<number>(n).fill(Number.POSITIVE_INFINITY)
    const hi = new Array<number>(n).fill(Number.NEGATIVE_INFINITY)
    const starts: number[] = []
    const widen = (i: number, from: number, to: number) => {
      const r = root(i)
      lo[r] = Math.min(lo[r] as number, from)
      hi[r] = Math.max(hi[r] as number, to)
    }
    logged.forEach((call, i) => {
      const key = keyOfLogged(call)
      const back = MATCH_TOLERANCE_MS + (call.rang ? 0 : HAND_ANSWER_LOOKBACK_MS)
      widen(i, Math.min(call.startedAt, key - back), Math.max(call.startedAt, key + MATCH_TOLERANCE_MS))
      starts.push(call.startedAt)
    })
    cdr.forEach((row, j) => {
      // A logged call whose agreed instant is its start pairs with rows from a tolerance after it to a
      // tolerance and an hour before it; a call whose answer differs from its start is the caller's
      // to look for beyond the window.
      widen(
        logged.length + j,
        row.startedAt - MATCH_TOLERANCE_MS,
        row.startedAt + MATCH_TOLERANCE_MS + HAND_ANSWER_LOOKBACK_MS,
      )
      starts.push(row.startedAt)
    })
    starts.forEach((t, i) => {
      const d = dayOf(t)
      if (d === -1) return
      const day = days[d] as { from: number; to: number }
      const r = root(i)
      if ((lo[r] as number) < day.from - MATCH_EDGE_MS || (hi[r] as number) >= day.to + MATCH_EDGE_MS)
        unsafe[d] = true
    })
    picked = pickMatches(logged.length, candidates)
  }
  const byDay: ReportCall[][] = days.map(() => [])
  for (const call of reconcile(logged, cdr, picked).calls) {
    const d = dayOf(call.startedAt)
    if (d !== -1) byDay[d]?.push(call)
  }
  return byDay.map((calls, d) => (unsafe[d] ? null : tallyCalls(calls)))
}
