import type { FaqChange } from '../faq/usage'

/**
 * The monthly report's FAQ section (9. FAQの更新): what changed in the month (the city approves the
 * answers, so it reads which ones) and how the FAQ was used in calls. Reports finalised before the
 * FAQ landed keep `{ available: false }` in their snapshots and still show as データなし.
 */
export interface FaqMonthSection {
  available: true
  /** Entries published for the first time, revised (published again) and retired in the month. */
  published: number
  revised: number
  retired: number
  /** Entries published when the month ended (or now, for the month still running). */
  live: number
  /** Calls started in the month that used an entry, and of them those resolved in the call. */
  callsUsed: number
  callsSolved: number
  /** 該当なし and 回答が違った reports filed in the month. */
  notFound: number
  wrong: number
  /** The entries used in most calls of the month (at most five). */
  top: { number: number; question: string; used: number }[]
  /** Each change of the month, in order. */
  changes: { number: number; question: string; change: FaqChange; at: string }[]
}

export type FaqReportSection = { available: false } | FaqMonthSection
