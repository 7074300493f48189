import { newId } from '@madoguchi/shared'
import type { Db } from '../db/open'

/**
 * The hand-computed December 2026 of the report tests (sync-server/src/reports/*.test.ts have the
 * figures worked out beside each expectation). Rows are written as the call log writes them; instants in Tokyo time.
 */
const jst = (text: string) => new Date(`${text}+09:00`).toISOString()

interface FixtureCall {
  line: string | null
  rang: string | null
  answered: string | null
  talk: number
  outcome: string
  categories: string[]
}

export const FIXTURE_CALLS: FixtureCall[] = [
  // L1: rang and answered on line 1, resolved.
  {
    line: '1',
    rang: '2026-12-01T09:00:00',
    answered: '2026-12-01T09:00:05',
    talk: 100,
    outcome: 'resolved',
    categories: ['booking_new'],
  },
  // L2: escalated to 市民課 (answered a day later, on time).
  {
    line: '1',
    rang: '2026-12-01T10:00:00',
    answered: '2026-12-01T10:00:10',
    talk: 200,
    outcome: 'escalated',
    categories: ['documents'],
  },
  // L3: taken by hand a moment before midnight, talk runs into the next day.
  {
    line: null,
    rang: null,
    answered: '2026-12-15T23:59:30',
    talk: 400,
    outcome: 'resolved',
    categories: ['other', 'items_to_bring'],
  },
  // L4: rang a moment before the month's end; a complaint; missing from the CDR file.
  {
    line: '2',
    rang: '2026-12-31T23:58:00',
    answered: '2026-12-31T23:58:10',
    talk: 600,
    outcome: 'complaint',
    categories: ['booking_change'],
  },
  // L5: rang, nobody answered.
  { line: '2', rang: '2026-12-02T11:00:00', answered: null, talk: 0, outcome: 'dropped', categories: [] },
  // November: the previous month's one call.
  {
    line: '1',
    rang: '2026-11-30T12:00:00',
    answered: '2026-11-30T12:00:04',
    talk: 50,
    outcome: 'resolved',
    categories: ['deadlines'],
  },
]

/** The telephone service's file for December: L1, L2, L3, L5, and two calls nobody logged. */
export const FIXTURE_CDR = [
  '回線,発信者番号,着信日時,応答日時,終了日時',
  '1,0312345678,2026/12/01 09:00:01,2026/12/01 09:00:06,2026/12/01 09:01:51',
  '1,0312345678,2026/12/01 10:00:00,2026/12/01 10:00:10,2026/12/01 10:03:30',
  '1,0312345678,2026/12/15 23:59:20,2026/12/15 23:59:31,2026/12/16 00:06:11',
  '2,0312345678,2026/12/02 11:00:00,,2026/12/02 11:00:40',
  '2,0312345678,2026/12/03 09:30:00,,2026/12/03 09:30:20',
  '1,0312345678,2026/12/03 14:00:00,2026/12/03 14:00:05,2026/12/03 14:05:05',
].join('\r\n')

export function seedFixture(db: Db): void {
  const operator = db.prepare(`SELECT id FROM staff WHERE role = 'operator'`).pluck().get() as string
  const insert = db.prepare(
    `INSERT INTO calls (id, status, source, line, operator_id, ringing_at, answered_at, ended_at, talk_seconds, outcome,
       primary_category, started_at, closed_at)
     VALUES (@id, 'closed', @source, @line, @operator, @rang, @answered, @ended, @talk, @outcome, @primary, @started, @ended)`,
  )
  const category = db.prepare('INSERT INTO call_categories (call_id, category, is_primary) VALUES (?, ?, ?)')
  db.transaction(() => {
    for (const c of FIXTURE_CALLS) {
      const id = newId()
      const rang = c.rang ? jst(c.rang) : null
      const answered = c.answered ? jst(c.answered) : null
      const started = (rang ?? answered) as string
      const ended = new Date(Date.parse(answered ?? started) + c.talk * 1000 + 1000).toISOString()
      insert.run({
        id,
        source: rang ? 'cti' : 'hand',
        line: c.line,
        operator,
        rang,
        answered,
        ended,
        talk: c.talk,
        outcome: c.outcome,
        primary: c.categories[0] ?? null,
        started,
      })
      c.categories.forEach((code, i) => {
        category.run(id, code, i === 0 ? 1 : 0)
      })
      if (c.outcome === 'escalated')
        db.prepare(
          `INSERT INTO escalations (id, call_id, department, question, urgency, status, raised_at, due_date, answer,
             answered_at) VALUES (?, ?, '市民課', '転入予定の方の申請先', 'normal', 'answered', ?, '2026-12-04', '市民課で受付', ?)`,
        ).run(newId(), id, jst('2026-12-01T10:04:00'), jst('2026-12-02T10:04:00'))
      if (c.outcome === 'complaint')
        db.prepare(
          `INSERT INTO complaints (id, call_id, what, severity, status, received_at) VALUES (?, ?, ?, 'medium', 'received', ?)`,
        ).run(newId(), id, '電話がつながりにくい', ended)
    }
  })()
}

let bookingRefs = 0

/**
 * A booking with its events, written as the booking log writes them (report_booking_days counts the
 * events by trigger): `events` are [action, instant] pairs, the first the booking's creation time.
 */
export function insertBooking(db: Db, channel: string, events: readonly [string, string][]): string {
  const id = newId()
  const created = events[0]?.[1] ?? new Date(0).toISOString()
  db.prepare(
    `INSERT INTO bookings (id, ref, group_id, type, date, start_min, end_min, status, name, name_key, kana, kana_key,
       birth_date, phone, proxy, channel, created_at, updated_at, version)
     VALUES (?, ?, ?, 'renewal', '2027-01-10', 540, 570, 'booked', '島松 健', '島松健', 'シママツ ケン', 'シママツケン',
       '1995-10-12', '09000000002', 0, ?, ?, ?, 1)`,
  ).run(id, `R${String(++bookingRefs).padStart(6, '0')}`, id, channel, created, created)
  const event = db.prepare('INSERT INTO booking_events (booking_id, at, action, version) VALUES (?, ?, ?, 1)')
  for (const [action, at] of events) event.run(id, at, action)
  return id
}
