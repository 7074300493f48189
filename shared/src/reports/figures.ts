import type { LocalDate } from '../calendar/local-date'
import { TOKYO_UTC_OFFSET_MINUTES } from '../calendar/tokyo'
import { isYearEndClosure } from '../calendar/year-end'
import { CATEGORIES, CATEGORY_TIERS, type CategoryTier } from '../calls/categories'
import { rateOf } from './format'
import { daysOfMonth, monthRange, type ReportMonth } from './month'
import type { ReportCall } from './reconcile'

/** The month's headline figures, by the definitions in docs/reports.md. */
export interface CallFigures {
  /** 入電件数: calls that reached the lines (with CDR); without CDR, the calls in the call log. */
  incoming: number
  answered: number
  /** 応答率 = answered ÷ incoming; null without CDR data (the log cannot know unanswered calls). */
  answerRate: number | null
  /** Answered calls resolved in the call: outcome `resolved` (no transfer, no promised call-back). */
  resolved: number
  /** 一次回答率 = resolved ÷ answered. */
  firstContactResolution: number | null
  talkSecondsTotal: number
  /** 平均通話時間 = total talk ÷ answered calls with a known talk time (seconds, unrounded). */
  averageTalkSeconds: number | null
  /** Whether CDR data covers the month (and so whether answerRate means anything). */
  cdr: boolean
}

/** The calls whose start falls in the month (Tokyo), whatever month they end in. */
export function callsInMonth(calls: readonly ReportCall[], month: ReportMonth): ReportCall[] {
  const { from, to } = monthRange(month)
  return calls.filter((c) => c.startedAt >= from && c.startedAt < to)
}

export function callFigures(calls: readonly ReportCall[], cdr: boolean): CallFigures {
  let answered = 0
  let resolved = 0
  let talk = 0
  let talked = 0
  for (const c of calls) {
    if (!c.answered) continue
    answered++
    if (c.outcome === 'resolved') resolved++
    if (c.talkSeconds !== null) {
      talk += c.talkSeconds
      talked++
    }
  }
  return {
    incoming: calls.length,
    answered,
    answerRate: cdr ? rateOf(answered, calls.length) : null,
    resolved,
    firstContactResolution: rateOf(resolved, answered),
    talkSecondsTotal: talk,
    averageTalkSeconds: talked === 0 ? null : talk / talked,
    cdr,
  }
}

export interface DayRow {
  date: LocalDate
  /** 年末年始 (12/29–1/3): the call center is closed. */
  closed: boolean
  incoming: number
  answered: number
  talkSecondsTotal: number
}

/** Calls per Tokyo day, every day of the month listed (a call counts on the day it started). */
export function callsPerDay(calls: readonly ReportCall[], month: ReportMonth): DayRow[] {
  const rows: DayRow[] = daysOfMonth(month).map((date) => ({
    date,
    closed: isYearEndClosure(date),
    incoming: 0,
    answered: 0,
    talkSecondsTotal: 0,
  }))
  // The month starts at a Tokyo midnight and Tokyo days are all 24 h long (no DST): a day is an index.
  const { from } = monthRange(month)
  for (const c of calls) {
    const row = rows[Math.floor((c.startedAt - from) / DAY_MS)]
    if (!row) continue
    row.incoming++
    if (c.answered) {
      row.answered++
      row.talkSecondsTotal += c.talkSeconds ?? 0
    }
  }
  return rows
}

const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000
const TOKYO_OFFSET_MS = TOKYO_UTC_OFFSET_MINUTES * 60_000

/** The Tokyo hour (0–23) an instant falls in. */
export const tokyoHourOf = (instant: number): number =>
  Math.floor(((((instant + TOKYO_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS)

/** Calls per Tokyo hour of the start, 0–23. */
export function callsPerHour(
  calls: readonly ReportCall[],
): { hour: number; incoming: number; answered: number }[] {
  const rows = Array.from({ length: 24 }, (_, hour) => ({ hour, incoming: 0, answered: 0 }))
  for (const c of calls) {
    const row = rows[tokyoHourOf(c.startedAt)]
    if (!row) continue
    row.incoming++
    if (c.answered) row.answered++
  }
  return rows
}

export interface CategoryCounts {
  /** Calls that chose each category (a call with two categories counts in both). */
  byCategory: { code: string; tier: CategoryTier; calls: number }[]
  /** Calls by the tier of their main category: each call once. */
  byTier: Record<CategoryTier, number>
  /** Answered calls with no category: known only from the CDR, or logged as dropped. */
  uncategorised: number
}

export function categoryCounts(calls: readonly ReportCall[]): CategoryCounts {
  const tierOf = new Map<string, CategoryTier>(CATEGORIES.map((c) => [c.code, c.tier]))
  const counts = new Map<string, number>()
  const byTier = Object.fromEntries(CATEGORY_TIERS.map((t) => [t, 0])) as Record<CategoryTier, number>
  let uncategorised = 0
  for (const c of calls) {
    for (const code of c.categories) counts.set(code, (counts.get(code) ?? 0) + 1)
    const tier = c.primary ? tierOf.get(c.primary) : undefined
    if (tier) byTier[tier]++
    else if (c.answered) uncategorised++
  }
  return {
    byCategory: CATEGORIES.map((c) => ({ code: c.code, tier: c.tier, calls: counts.get(c.code) ?? 0 })),
    byTier,
    uncategorised,
  }
}
