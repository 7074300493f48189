import { addDays, daysBetween, type LocalDate, weekday } from '../calendar/local-date'
import { CATEGORIES } from '../calls/categories'
import { rateOf } from './format'

/**
 * The supervisor's weekly trends: calls, answer rate, first-contact resolution and categories per
 * Monday-start week on Tokyo dates. These are the live figures of the supervisor's panel — the call
 * log, with the answer rate over the calls the telephone service reported ringing (CTI), since the
 * month's call-detail file arrives after the month — not the monthly report's reconciled figures.
 */

/** What one Tokyo day's logged calls add to the trends (the server counts them per day). */
export interface TrendDay {
  date: LocalDate
  /** Calls in the log that started this day. */
  calls: number
  answered: number
  /** Answered calls with outcome 'resolved'. */
  resolved: number
  /** Calls the telephone service reported ringing, and how many of those were answered. */
  rang: number
  rangAnswered: number
  /** Talk seconds of the answered calls whose talk time is logged, and how many those are. */
  talkSeconds: number
  talked: number
  /** Calls per category chosen (a call with two counts in both). */
  categories: Partial<Record<string, number>>
}

/**
 * The live figures of any span of days (a week, the month so far): the days' sums and the rates over
 * them, the one place the panel's rates are computed.
 */
export interface LiveFigures {
  calls: number
  answered: number
  resolved: number
  rang: number
  /** Answered ÷ rang (of the calls that rang); null when none rang. */
  answerRate: number | null
  /** 一次回答率 = resolved ÷ answered; null when none was answered. */
  firstContactResolution: number | null
  /** 平均通話時間 = logged talk ÷ answered calls with a logged talk time (seconds); null without any. */
  averageTalkSeconds: number | null
}

export function liveFigures(days: readonly Omit<TrendDay, 'date' | 'categories'>[]): LiveFigures {
  const sum = { calls: 0, answered: 0, resolved: 0, rang: 0, rangAnswered: 0, talkSeconds: 0, talked: 0 }
  for (const d of days) for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += d[k]
  return {
    calls: sum.calls,
    answered: sum.answered,
    resolved: sum.resolved,
    rang: sum.rang,
    answerRate: rateOf(sum.rangAnswered, sum.rang),
    firstContactResolution: rateOf(sum.resolved, sum.answered),
    averageTalkSeconds: sum.talked === 0 ? null : sum.talkSeconds / sum.talked,
  }
}

export interface WeekTrend extends LiveFigures {
  /** The Monday the week starts on, and its Sunday. */
  from: LocalDate
  to: LocalDate
  /** The week holds today: its figures are so far. */
  current: boolean
  /** Calls per category code, every category listed (0 when none). */
  categories: Record<string, number>
}

export const TREND_WEEKS = 12

/** The Monday on or before a date. */
export function mondayOf(date: LocalDate): LocalDate {
  return addDays(date, -((weekday(date) + 6) % 7))
}

/** The first day the trends read: the Monday `weeks - 1` weeks before this week's. */
export function trendsFrom(today: LocalDate, weeks = TREND_WEEKS): LocalDate {
  return addDays(mondayOf(today), -7 * (weeks - 1))
}

/**
 * `weeks` weeks ending with the one holding `today`, oldest first; a week with no days given is all
 * zeros (rates null). Days outside the weeks are ignored.
 */
export function weeklyTrends(days: readonly TrendDay[], today: LocalDate, weeks = TREND_WEEKS): WeekTrend[] {
  const first = trendsFrom(today, weeks)
  const byWeek = Array.from({ length: weeks }, () => [] as TrendDay[])
  for (const d of days) {
    const i = daysBetween(first, mondayOf(d.date)) / 7
    byWeek[i]?.push(d)
  }
  return byWeek.map((weekDays, i) => {
    const from = addDays(first, 7 * i)
    const categories = Object.fromEntries(CATEGORIES.map((c) => [c.code, 0])) as Record<string, number>
    for (const d of weekDays)
      for (const [code, n] of Object.entries(d.categories))
        categories[code] = (categories[code] ?? 0) + (n ?? 0)
    return { from, to: addDays(from, 6), current: i === weeks - 1, ...liveFigures(weekDays), categories }
  })
}
