import { type MonthlyReport, newId, type ReportMonth } from '@madoguchi/shared'
import { expect } from 'vitest'
import type { Db } from '../db/open'
import { referenceSections } from './report-reference'
import { insertBooking } from './reports-fixture'
import { reportsKit } from './reports-kit'
import type { UsedServer } from './use-server'

/**
 * What the kept-days tests share (reports/day-tallies*.test.ts): rows written as the call log and the
 * call-detail import write them, and the report read through the API held, section by section, to
 * the reference computed the obvious way (report-reference.ts), so a kept day that should have been
 * dropped shows up as a difference.
 */
export const DAY = 86_400_000
export const iso = (ms: number) => new Date(ms).toISOString()

/** Writes calls and call-detail rows as the call log and the import write them; returns helpers for later writes. */
export function callWriter(db: Db, now: Date) {
  const operator = db.prepare(`SELECT id FROM staff WHERE role = 'operator'`).pluck().get() as string
  db.prepare(
    `INSERT OR IGNORE INTO cdr_imports (id, provider, file_name, sha256, rows, added, imported_at) VALUES (1, 'pbx', 'seed.csv', '', 0, 0, ?)`,
  ).run(iso(now.getTime()))
  const call = db.prepare(
    `INSERT INTO calls (id, status, source, line, operator_id, ringing_at, answered_at, ended_at, talk_seconds, outcome,
       primary_category, started_at, closed_at) VALUES (?, 'closed', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const category = db.prepare('INSERT INTO call_categories (call_id, category, is_primary) VALUES (?, ?, ?)')
  const cdr = db.prepare(
    `INSERT OR IGNORE INTO cdr_calls (provider, line, started_at, answered_at, ended_at, import_id) VALUES ('pbx', ?, ?, ?, ?, 1)`,
  )
  return {
    call(c: {
      hand: boolean
      line: string | null
      start: number
      answered: number | null
      talk: number
      outcome: string
      categories: string[]
    }) {
      const id = newId()
      const end = (c.answered ?? c.start) + c.talk * 1000
      call.run(
        id,
        c.hand ? 'hand' : 'cti',
        c.line,
        operator,
        c.hand ? null : iso(c.start),
        c.answered === null ? null : iso(c.answered),
        iso(end),
        c.talk,
        c.outcome,
        c.categories[0] ?? null,
        iso(c.start),
        iso(end),
      )
      c.categories.forEach((code, i) => {
        category.run(id, code, i === 0 ? 1 : 0)
      })
      return id
    },
    cdr(line: string, start: number, answered: number | null, end: number) {
      cdr.run(line, iso(start), answered === null ? null : iso(answered), iso(end))
    },
    escalation(callId: string, raised: number, answered: number | null, due: string) {
      db.prepare(
        `INSERT INTO escalations (id, call_id, department, question, urgency, status, raised_at, due_date, answered_at)
         VALUES (?, ?, '市民課', '確認事項', 'normal', ?, ?, ?, ?)`,
      ).run(
        newId(),
        callId,
        answered === null ? 'open' : 'answered',
        iso(raised),
        due,
        answered && iso(answered),
      )
    },
    complaint(callId: string, received: number) {
      db.prepare(
        `INSERT INTO complaints (id, call_id, what, severity, status, received_at) VALUES (?, ?, '待ち時間が長い', 'low', 'received', ?)`,
      ).run(newId(), callId, iso(received))
    },
    booking(channel: string, events: [string, number][]) {
      insertBooking(
        db,
        channel,
        events.map(([action, at]) => [action, iso(at)]),
      )
    },
  }
}

/** The month's report through the API, its sections checked against the reference, and the days kept. */
export function keptDaysKit(t: UsedServer, now: Date) {
  const { report } = reportsKit(t)
  return {
    report: (month: ReportMonth) => report(month),
    /** Every section the reference computes equals the report's; returns the report. */
    async expectSameAsReference(month: ReportMonth): Promise<MonthlyReport> {
      const fast = await report(month)
      const reference = referenceSections(t.server.db, month, now)
      for (const [key, value] of Object.entries(reference))
        expect(fast[key as keyof MonthlyReport], `${month} ${key}`).toEqual(value)
      return fast
    },
    keptDays: () =>
      t.server.db.prepare('SELECT day, cdr_mode, cdr_rows, tally FROM report_days ORDER BY day').all(),
  }
}
