import {
  type CallContact,
  type CallEvent,
  type CallLinkInput,
  type CallSummary,
  type CategoryCode,
  type Complaint,
  type Escalation,
  isOverdue,
  type LocalDate,
  tokyoDate,
} from '@madoguchi/shared'
import type { Db } from '../db/open'
import { stmt } from '../db/statements'

/** A calls row as SQLite holds it, with the operator's name and the categories joined in. */
export interface CallRow {
  id: string
  status: 'open' | 'closed'
  source: 'hand' | 'cti'
  provider: string | null
  provider_call_id: string | null
  line: string | null
  caller_phone: string | null
  contact_name: string | null
  contact_phone: string | null
  contact_when: string | null
  operator_id: string | null
  operator_name: string | null
  ringing_at: string | null
  answered_at: string | null
  ended_at: string | null
  talk_seconds: number | null
  outcome: CallSummary['outcome']
  primary_category: string | null
  summary: string
  follow_up: 'none' | 'pending' | 'done'
  started_at: string
  closed_at: string | null
  version: number
  categories: string | null
}

export const CALL_SELECT = `
  SELECT c.*, s.display_name AS operator_name,
         (SELECT group_concat(category) FROM call_categories cc WHERE cc.call_id = c.id) AS categories
  FROM calls c LEFT JOIN staff s ON s.id = c.operator_id`

export function toCallSummary(row: CallRow): CallSummary {
  return {
    id: row.id,
    status: row.status,
    source: row.source,
    line: row.line,
    ringingAt: row.ringing_at,
    answeredAt: row.answered_at,
    endedAt: row.ended_at,
    talkSeconds: row.talk_seconds,
    outcome: row.outcome,
    primary: row.primary_category as CategoryCode | null,
    categories: (row.categories ? row.categories.split(',') : []) as CategoryCode[],
    operatorId: row.operator_id,
    operatorName: row.operator_name,
    callerPhone: row.caller_phone,
    followUp: row.follow_up,
    summary: row.summary,
  }
}

export function contactOf(row: CallRow): CallContact | null {
  if (!row.contact_phone) return null
  return {
    phone: row.contact_phone,
    ...(row.contact_name ? { name: row.contact_name } : {}),
    ...(row.contact_when ? { when: row.contact_when } : {}),
  }
}

export function findCall(db: Db, id: string): CallRow | undefined {
  return stmt(db, `${CALL_SELECT} WHERE c.id = ?`).get(id) as CallRow | undefined
}

export function callEvent(
  db: Db,
  callId: string,
  at: string,
  actorId: string | null,
  kind: string,
  detail?: Record<string, string | number | boolean | null>,
): void {
  stmt(db, 'INSERT INTO call_events (call_id, at, actor_id, kind, detail) VALUES (?, ?, ?, ?, ?)').run(
    callId,
    at,
    actorId,
    kind,
    detail ? JSON.stringify(detail) : null,
  )
}

export function callEvents(db: Db, callId: string): CallEvent[] {
  const rows = stmt(
    db,
    `SELECT e.at, s.display_name AS actor_name, e.kind, e.detail FROM call_events e
     LEFT JOIN staff s ON s.id = e.actor_id WHERE e.call_id = ? ORDER BY e.id`,
  ).all(callId) as { at: string; actor_name: string | null; kind: string; detail: string | null }[]
  return rows.map((r) => ({
    at: r.at,
    actorName: r.actor_name,
    kind: r.kind,
    detail: r.detail ? JSON.parse(r.detail) : null,
  }))
}

export function callLinks(db: Db, callId: string): CallLinkInput[] {
  const rows = stmt(
    db,
    'SELECT kind, target, action, ref, at FROM call_links WHERE call_id = ? ORDER BY at',
  ).all(callId) as {
    kind: CallLinkInput['kind']
    target: string
    action: CallLinkInput['action']
    ref: string | null
    at: string
  }[]
  return rows.map((r) => ({
    kind: r.kind,
    id: r.target,
    action: r.action,
    at: r.at,
    ...(r.ref ? { ref: r.ref } : {}),
  }))
}

export interface EscalationRow {
  id: string
  call_id: string
  department: string
  question: string
  urgency: 'normal' | 'urgent'
  status: 'open' | 'answered' | 'done'
  raised_at: string
  raised_by_name: string | null
  due_date: string
  answer: string | null
  answered_at: string | null
  answered_by_name: string | null
  done_at: string | null
  version: number
  contact_name: string | null
  contact_phone: string | null
  contact_when: string | null
  operator_id: string | null
}

export const ESCALATION_SELECT = `
  SELECT e.*, r.display_name AS raised_by_name, a.display_name AS answered_by_name,
         c.contact_name, c.contact_phone, c.contact_when, c.operator_id
  FROM escalations e JOIN calls c ON c.id = e.call_id
  LEFT JOIN staff r ON r.id = e.raised_by LEFT JOIN staff a ON a.id = e.answered_by`

/** Overdue: still unanswered after its due date, counted in the city's business days (see shared). */
export function toEscalation(row: EscalationRow, today: LocalDate): Escalation {
  return {
    id: row.id,
    callId: row.call_id,
    department: row.department,
    question: row.question,
    urgency: row.urgency,
    contact: row.contact_phone
      ? {
          phone: row.contact_phone,
          ...(row.contact_name ? { name: row.contact_name } : {}),
          ...(row.contact_when ? { when: row.contact_when } : {}),
        }
      : null,
    status: row.status,
    raisedAt: row.raised_at,
    raisedByName: row.raised_by_name,
    dueDate: row.due_date as LocalDate,
    overdue: row.status === 'open' && isOverdue(row.due_date as LocalDate, today),
    answer: row.answer,
    answeredAt: row.answered_at,
    answeredByName: row.answered_by_name,
    doneAt: row.done_at,
    version: row.version,
  }
}

export const todayOf = (now: Date): LocalDate => tokyoDate(now)

export interface ComplaintRow {
  id: string
  call_id: string
  what: string
  severity: Complaint['severity']
  status: Complaint['status']
  assigned_to: string | null
  assigned_name: string | null
  received_at: string
  closed_at: string | null
  version: number
}

export const COMPLAINT_SELECT = `
  SELECT k.*, s.display_name AS assigned_name FROM complaints k LEFT JOIN staff s ON s.id = k.assigned_to`

export function toComplaint(db: Db, row: ComplaintRow): Complaint {
  const actions = stmt(
    db,
    `SELECT a.at, s.display_name AS by_name, a.note, a.status FROM complaint_actions a
     LEFT JOIN staff s ON s.id = a.actor_id WHERE a.complaint_id = ? ORDER BY a.id`,
  ).all(row.id) as { at: string; by_name: string | null; note: string; status: Complaint['status'] | null }[]
  return {
    id: row.id,
    callId: row.call_id,
    what: row.what,
    severity: row.severity,
    status: row.status,
    assignedTo: row.assigned_to,
    assignedName: row.assigned_name,
    receivedAt: row.received_at,
    closedAt: row.closed_at,
    actions: actions.map((a) => ({ at: a.at, byName: a.by_name, note: a.note, status: a.status })),
    version: row.version,
  }
}
