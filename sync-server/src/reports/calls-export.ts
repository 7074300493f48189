import { CATEGORIES, monthRange, type ReportMonth, translate } from '@madoguchi/shared'
import { type CsvRow, columns } from '../csv/writer'
import type { Db } from '../db/open'
import { stmt } from '../db/statements'

/**
 * The month's call log as CSV rows, a page at a time. No caller number and no summary text: the
 * city's file is for counting and checking, and with neither it carries no personal data (the
 * desk's call history is where a call is looked into, audited per read).
 */
export const CALLS_COLUMNS = columns(
  ['開始日時', 'datetime'],
  ['応答日時', 'datetime'],
  ['終了日時', 'datetime'],
  // A line is the telephone service's code ('01', '0123-33-0001'): its zeros kept in Excel.
  ['回線', 'code'],
  ['通話時間（秒）', 'number'],
  ['結果', 'text'],
  ['主な区分', 'text'],
  ['区分', 'text'],
  ['担当者', 'text'],
  ['入力方法', 'text'],
)

const PAGE = 2000

export function* callPages(db: Db, month: ReportMonth): Generator<CsvRow[]> {
  const { from, to } = monthRange(month)
  const labels = new Map<string, string>(CATEGORIES.map((c) => [c.code, c.label.ja]))
  const page = stmt(
    db,
    `SELECT c.id, c.started_at, c.answered_at, c.ended_at, c.line, c.talk_seconds, c.outcome, c.primary_category,
       c.source, s.display_name AS operator,
       (SELECT group_concat(category) FROM call_categories WHERE call_id = c.id) AS categories
     FROM calls c LEFT JOIN staff s ON s.id = c.operator_id
     WHERE (c.started_at, c.id) > (?, ?) AND c.started_at < ?
     ORDER BY c.started_at, c.id LIMIT ${PAGE}`,
  )
  let after = [new Date(from - 1).toISOString(), '']
  for (;;) {
    const rows = page.all(after[0], after[1], new Date(to).toISOString()) as {
      id: string
      started_at: string
      answered_at: string | null
      ended_at: string | null
      line: string | null
      talk_seconds: number | null
      outcome: string | null
      primary_category: string | null
      source: string
      operator: string | null
      categories: string | null
    }[]
    if (rows.length === 0) return
    const last = rows[rows.length - 1] as (typeof rows)[number]
    after = [last.started_at, last.id]
    yield rows.map((r) => [
      r.started_at,
      r.answered_at,
      r.ended_at,
      r.line,
      r.talk_seconds,
      r.outcome ? translate('ja', `calls.outcome.${r.outcome}` as Parameters<typeof translate>[1]) : '対応中',
      r.primary_category ? (labels.get(r.primary_category) ?? r.primary_category) : '',
      (r.categories ?? '')
        .split(',')
        .filter(Boolean)
        .map((c) => labels.get(c) ?? c)
        .join('・'),
      r.operator,
      r.source === 'cti' ? '着信連携' : '手入力',
    ])
  }
}
