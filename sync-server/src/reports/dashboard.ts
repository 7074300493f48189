import {
  addDays,
  fromTokyo,
  isOverdue,
  type LocalDate,
  type MonthSoFar,
  type MonthSpan,
  monthSoFarSpans,
  rateOf,
  spanFigures,
  type TodayDashboard,
  type TrendDay,
  tokyoDate,
  trendsFrom,
  type WeekTrend,
  weeklyTrends,
} from '@madoguchi/shared'
import { audited } from '../audit/unit'
import type { Actor } from '../auth/session'
import type { Db } from '../db/open'
import { stmt } from '../db/statements'
import type { Deps } from '../deps'
import { bookingTotalsBetween } from './queries'

/**
 * The supervisor's panel: today so far. Counts only, no person's data. Answer rate needs the calls
 * that rang and were not answered: today those are known only from the telephone service's
 * incoming-call events (CTI), so the rate is over the calls that rang; without CTI it is null.
 */
export function todayDashboard(deps: Deps, actor: Actor): TodayDashboard {
  return audited(deps, actor, { action: 'dashboard.read', entity: 'report' }, () => {
    const today = tokyoDate(deps.now())
    const range = {
      from: new Date(fromTokyo(today, 0)).toISOString(),
      to: new Date(fromTokyo(addDays(today, 1), 0)).toISOString(),
    }
    const calls = stmt(
      deps.db,
      `SELECT count(*) AS calls, count(answered_at) AS answered,
         count(ringing_at) AS rang, count(CASE WHEN ringing_at IS NOT NULL THEN answered_at END) AS rangAnswered,
         avg(CASE WHEN answered_at IS NOT NULL AND status = 'closed' THEN talk_seconds END) AS talk
       FROM calls WHERE started_at >= @from AND started_at < @to`,
    ).get(range) as {
      calls: number
      answered: number
      rang: number
      rangAnswered: number
      talk: number | null
    }
    const dues = stmt(deps.db, `SELECT due_date FROM escalations WHERE status = 'open'`)
      .pluck()
      .all() as string[]
    const complaints = stmt(deps.db, `SELECT count(*) FROM complaints WHERE status != 'done'`)
      .pluck()
      .get() as number
    const bookings = stmt(
      deps.db,
      `SELECT count(*) AS n, sum(status = 'attended') AS attended FROM bookings
       WHERE date = ? AND status != 'cancelled'`,
    ).get(today) as { n: number; attended: number | null }
    // Four weeks before today, counted on Tokyo clocks: SQLite shifts the stored UTC instant by +9 h.
    const cells = stmt(
      deps.db,
      `SELECT CAST(strftime('%w', started_at, '+9 hours') AS INTEGER) AS weekday,
         CAST(strftime('%H', started_at, '+9 hours') AS INTEGER) AS hour, count(*) AS n
       FROM calls WHERE started_at >= ? AND started_at < ? GROUP BY weekday, hour`,
    ).all(new Date(fromTokyo(addDays(today, -28), 0)).toISOString(), range.from) as {
      weekday: number
      hour: number
      n: number
    }[]
    const heatmap = Array.from({ length: 7 }, () => new Array<number>(24).fill(0))
    for (const c of cells) (heatmap[c.weekday] as number[])[c.hour] = c.n
    return {
      heatmap,
      date: today,
      calls: calls.calls,
      answered: calls.answered,
      rang: calls.rang,
      answerRate: rateOf(calls.rangAnswered, calls.rang),
      averageTalkSeconds: calls.talk,
      openEscalations: dues.length,
      overdueEscalations: dues.filter((d) => isOverdue(d as LocalDate, today)).length,
      openComplaints: complaints,
      bookingsToday: bookings.n,
      bookingsAttended: bookings.attended ?? 0,
    }
  })
}

/**
 * The call log counted per Tokyo day (the stored UTC instant shifted +9 h), days [from, to]: what the
 * weekly trends and the month so far add up (shared/src/reports/trends.ts). Counts only.
 */
function trendDaysBetween(db: Db, from: LocalDate, to: LocalDate): TrendDay[] {
  const range = {
    from: new Date(fromTokyo(from, 0)).toISOString(),
    to: new Date(fromTokyo(addDays(to, 1), 0)).toISOString(),
  }
  const rows = stmt(
    db,
    `SELECT date(started_at, '+9 hours') AS date, count(*) AS calls, count(answered_at) AS answered,
       count(CASE WHEN answered_at IS NOT NULL AND outcome = 'resolved' THEN 1 END) AS resolved,
       count(ringing_at) AS rang, count(CASE WHEN ringing_at IS NOT NULL THEN answered_at END) AS rangAnswered,
       coalesce(sum(CASE WHEN answered_at IS NOT NULL THEN talk_seconds END), 0) AS talkSeconds,
       count(CASE WHEN answered_at IS NOT NULL THEN talk_seconds END) AS talked
     FROM calls WHERE started_at >= @from AND started_at < @to GROUP BY 1`,
  ).all(range) as Omit<TrendDay, 'categories'>[]
  const categories = stmt(
    db,
    `SELECT date(c.started_at, '+9 hours') AS date, cc.category AS code, count(*) AS n
     FROM calls c JOIN call_categories cc ON cc.call_id = c.id
     WHERE c.started_at >= @from AND c.started_at < @to GROUP BY 1, 2`,
  ).all(range) as { date: LocalDate; code: string; n: number }[]
  const days = new Map<string, TrendDay>(rows.map((r) => [r.date, { ...r, categories: {} }]))
  for (const c of categories) {
    const d = days.get(c.date)
    if (d) d.categories[c.code] = c.n
  }
  return [...days.values()]
}

/**
 * The weekly trends: the last twelve Monday-start weeks to today, on Tokyo dates. Its own route,
 * read when the panel opens and every few minutes, not with today's figures every 15 seconds.
 */
export function weeklyDashboard(deps: Deps, actor: Actor): { today: LocalDate; weeks: WeekTrend[] } {
  return audited(deps, actor, { action: 'dashboard.trends', entity: 'report' }, () => {
    const today = tokyoDate(deps.now())
    return { today, weeks: weeklyTrends(trendDaysBetween(deps.db, trendsFrom(today), today), today) }
  })
}

/**
 * The month so far against the same span of the previous month (monthSoFarSpans says how a short
 * previous month is read): the call log per day, the complaints on the span's calls and the booking
 * events per day, all as the weekly trends and the report count them. Counts only.
 */
export function monthSoFarDashboard(deps: Deps, actor: Actor): MonthSoFar {
  return audited(deps, actor, { action: 'dashboard.month', entity: 'report' }, () => {
    const db = deps.db
    const today = tokyoDate(deps.now())
    const { current, previous } = monthSoFarSpans(today)
    const days = trendDaysBetween(db, previous.from, current.to)
    const figures = (span: MonthSpan) =>
      spanFigures(
        span,
        days,
        stmt(db, 'SELECT count(*) FROM complaints WHERE call_started_at >= ? AND call_started_at < ?')
          .pluck()
          .get(
            new Date(fromTokyo(span.from, 0)).toISOString(),
            new Date(fromTokyo(addDays(span.to, 1), 0)).toISOString(),
          ) as number,
        bookingTotalsBetween(db, span.from, span.to),
      )
    return {
      today,
      current: { ...current, figures: figures(current) },
      previous: { ...previous, figures: figures(previous) },
    }
  })
}
