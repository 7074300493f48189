import {
  addDays,
  CATEGORIES,
  escalationDueDate,
  fromTokyo,
  isYearEndClosure,
  type LocalDate,
  mulberry32,
  newId,
  tokyoDate,
} from '@madoguchi/shared'
import type { Db } from '../db/open'

// A realistic mix: booking calls dominate (the tender's first priority), then how-to questions.
const CATEGORY_WEIGHTS: Record<string, number> = {
  booking_new: 22,
  booking_web_help: 8,
  booking_change: 14,
  application_status: 9,
  booking_status: 8,
  items_to_bring: 10,
  how_to_apply: 7,
  documents: 6,
  deadlines: 4,
  card_system: 3,
  online_application: 4,
  mynaportal: 3,
  other: 2,
}
const QUESTIONS = [
  '転入予定の方の申請はどこで受け付けるか',
  '住民票の記載と氏名の字体が違う場合の扱い',
  '施設入所中の家族の代理受取に必要なもの',
  '電子証明書の失効後の手続き',
]
const COMPLAINTS = ['電話がつながりにくい', '予約サイトの操作がわかりにくい', '案内された持ち物が違った']
const DEPARTMENTS = ['市民課', '情報政策課', '保険年金課', '税務課']

function pick<T>(rnd: () => number, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)] as T
}

function weighted(rnd: () => number): string {
  const total = Object.values(CATEGORY_WEIGHTS).reduce((a, b) => a + b, 0)
  let r = rnd() * total
  for (const c of CATEGORIES) {
    r -= CATEGORY_WEIGHTS[c.code] ?? 0
    if (r < 0) return c.code
  }
  return 'other'
}

/**
 * Three months of invented calls up to yesterday, so a new user sees a working call log: 30–70 calls
 * a day between 9 and 19, outcomes in a plausible mix, a few escalations (most answered and called
 * back) and complaints. Callers' numbers are invented (090-0000-xxxx). One transaction.
 */
export function seedDemoCalls(db: Db, now: Date, days = 91): number {
  const staff = db
    .prepare(`SELECT id, role FROM staff WHERE role IN ('operator', 'supervisor', 'city')`)
    .all() as {
    id: string
    role: string
  }[]
  const operators = staff.filter((s) => s.role !== 'city').map((s) => s.id)
  const cityStaff = staff.find((s) => s.role === 'city')?.id ?? null
  if (operators.length === 0) return 0
  const rnd = mulberry32(20261001)
  const today = tokyoDate(now)
  let made = 0
  const insertCall = db.prepare(
    `INSERT INTO calls (id, status, source, line, caller_phone, contact_phone, contact_when, operator_id, ringing_at,
       answered_at, ended_at, talk_seconds, outcome, primary_category, summary, follow_up, started_at, closed_at)
     VALUES (@id, 'closed', 'cti', @line, @phone, @contact, @when, @operator, @ringing, @answered, @ended, @talk,
       @outcome, @primary, '', @followUp, @ringing, @ended)`,
  )
  const insertCategory = db.prepare(
    'INSERT INTO call_categories (call_id, category, is_primary) VALUES (?, ?, ?)',
  )
  const insertEscalation = db.prepare(
    `INSERT INTO escalations (id, call_id, department, question, urgency, status, raised_at, raised_by, due_date,
       answer, answered_at, answered_by, done_at)
     VALUES (?, ?, ?, ?, 'normal', ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertComplaint = db.prepare(
    `INSERT INTO complaints (id, call_id, what, severity, status, received_at, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  )
  db.transaction(() => {
    for (let back = days; back >= 1; back--) {
      const date = addDays(today, -back) as LocalDate
      if (isYearEndClosure(date)) continue
      const count = 30 + Math.floor(rnd() * 41)
      for (let i = 0; i < count; i++) {
        const minute = 9 * 60 + Math.floor(rnd() * 600)
        const ringing = fromTokyo(date, minute) + Math.floor(rnd() * 60_000)
        const r = rnd()
        const outcome =
          r < 0.05
            ? 'dropped'
            : r < 0.08
              ? 'escalated'
              : r < 0.11
                ? 'callback'
                : r < 0.12
                  ? 'complaint'
                  : 'resolved'
        const unanswered = outcome === 'dropped' && rnd() < 0.6
        const answered = unanswered ? null : ringing + 5_000 + Math.floor(rnd() * 40_000)
        const talk = answered === null ? 0 : 60 + Math.floor(rnd() * 540)
        const ended = (answered ?? ringing + 30_000) + talk * 1000
        const id = newId()
        const primary = unanswered ? null : weighted(rnd)
        const needsContact = outcome === 'escalated' || outcome === 'callback'
        insertCall.run({
          id,
          line: String(1 + Math.floor(rnd() * 2)),
          phone: `0900000${String(Math.floor(rnd() * 10_000)).padStart(4, '0')}`,
          contact: needsContact ? `0900000${String(Math.floor(rnd() * 10_000)).padStart(4, '0')}` : null,
          when: needsContact ? '平日の日中' : null,
          operator: unanswered ? null : pick(rnd, operators),
          ringing: new Date(ringing).toISOString(),
          answered: answered === null ? null : new Date(answered).toISOString(),
          ended: new Date(ended).toISOString(),
          talk,
          outcome,
          primary,
          followUp: needsContact ? (back > 3 ? 'done' : 'pending') : 'none',
        })
        if (primary) {
          insertCategory.run(id, primary, 1)
          const second = weighted(rnd)
          if (rnd() < 0.2 && second !== primary) insertCategory.run(id, second, 0)
        }
        if (outcome === 'escalated') {
          const raised = new Date(ended).toISOString()
          const answeredBack = back > 3
          insertEscalation.run(
            newId(),
            id,
            pick(rnd, DEPARTMENTS),
            pick(rnd, QUESTIONS),
            answeredBack ? 'done' : 'open',
            raised,
            pick(rnd, operators),
            escalationDueDate(date, 3),
            answeredBack ? '担当課で確認し、窓口で案内できます。' : null,
            answeredBack ? new Date(ended + 86_400_000).toISOString() : null,
            answeredBack ? cityStaff : null,
            answeredBack ? new Date(ended + 2 * 86_400_000).toISOString() : null,
          )
        }
        if (outcome === 'complaint') {
          const done = back > 7
          insertComplaint.run(
            newId(),
            id,
            pick(rnd, COMPLAINTS),
            pick(rnd, ['low', 'medium', 'high'] as const),
            done ? 'done' : 'received',
            new Date(ended).toISOString(),
            done ? new Date(ended + 3 * 86_400_000).toISOString() : null,
          )
        }
        made++
      }
    }
  })()
  return made
}
