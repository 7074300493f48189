import {
  type CallDetail,
  type CallListQuery,
  type CallListResult,
  fromTokyo,
  type IncomingCall,
  type LocalDate,
  type TodayView,
  timeOfMinutes,
} from '@madoguchi/shared'
import { audited } from '../audit/unit'
import type { Actor } from '../auth/session'
import { stmt } from '../db/statements'
import type { Deps } from '../deps'
import { AppError } from '../errors'
import {
  CALL_SELECT,
  type CallRow,
  COMPLAINT_SELECT,
  type ComplaintRow,
  callEvents,
  callLinks,
  contactOf,
  ESCALATION_SELECT,
  type EscalationRow,
  findCall,
  toCallSummary,
  toComplaint,
  todayOf,
  toEscalation,
} from './queries'

const dayStart = (date: LocalDate) => new Date(fromTokyo(date, 0)).toISOString()
const dayEnd = (date: LocalDate) => new Date(fromTokyo(date, 24 * 60)).toISOString()

/**
 * Call history: by date range (Tokyo days), category, outcome, operator and phone, newest first,
 * paged by (started_at, id). Rows carry the caller's number, so the read is audited with their ids.
 */
export function listCalls(deps: Deps, actor: Actor, query: CallListQuery): CallListResult {
  return audited(deps, actor, { action: 'call.list', entity: 'call' }, (unit) => {
    const where: string[] = []
    const args: Record<string, string | number> = { limit: query.limit + 1 }
    if (query.from) {
      where.push('c.started_at >= @from')
      args.from = dayStart(query.from)
    }
    if (query.to) {
      where.push('c.started_at < @to')
      args.to = dayEnd(query.to)
    }
    if (query.outcome) {
      where.push('c.outcome = @outcome')
      args.outcome = query.outcome
    }
    if (query.operator) {
      where.push('c.operator_id = @operator')
      args.operator = query.operator
    }
    if (query.phone) {
      where.push('(c.caller_phone = @phone OR c.contact_phone = @phone)')
      args.phone = query.phone
    }
    if (query.category) {
      where.push('EXISTS (SELECT 1 FROM call_categories k WHERE k.call_id = c.id AND k.category = @category)')
      args.category = query.category
    }
    if (query.before) {
      const [at = '', id = ''] = query.before.split('|')
      where.push('(c.started_at < @beforeAt OR (c.started_at = @beforeAt AND c.id < @beforeId))')
      args.beforeAt = at
      args.beforeId = id
    }
    const sql = `${CALL_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY c.started_at DESC, c.id DESC LIMIT @limit`
    const rows = stmt(deps.db, sql).all(args) as CallRow[]
    const page = rows.slice(0, query.limit)
    const last = page.at(-1)
    unit.carried(page.map((r) => r.id))
    unit.note({ count: page.length, byPhone: query.phone !== undefined })
    return {
      calls: page.map(toCallSummary),
      next: rows.length > query.limit && last ? `${last.started_at}|${last.id}` : null,
    }
  })
}

/** One call with its whole history: contact, links, events, escalation and complaint. Audited. */
export function readCall(deps: Deps, actor: Actor, id: string): CallDetail {
  return audited(deps, actor, { action: 'call.read', entity: 'call', entityId: id }, (unit) => {
    const row = findCall(deps.db, id)
    if (!row) throw new AppError('not_found')
    unit.carried(id)
    const today = todayOf(deps.now())
    const escalation = stmt(deps.db, `${ESCALATION_SELECT} WHERE e.call_id = ?`).get(id) as
      | EscalationRow
      | undefined
    const complaint = stmt(deps.db, `${COMPLAINT_SELECT} WHERE k.call_id = ?`).get(id) as
      | ComplaintRow
      | undefined
    return {
      call: toCallSummary(row),
      contact: contactOf(row),
      links: callLinks(deps.db, id),
      events: callEvents(deps.db, id),
      escalation: escalation ? toEscalation(escalation, today) : null,
      complaint: complaint ? toComplaint(deps.db, complaint) : null,
    }
  })
}

/** Today so far, for the supervisor's live view. Counts only, plus the latest calls (audited). */
export function todayView(deps: Deps, actor: Actor): TodayView {
  return audited(deps, actor, { action: 'call.today', entity: 'call' }, (unit) => {
    const today = todayOf(deps.now())
    const range = { from: dayStart(today), to: dayEnd(today) }
    const counts = stmt(
      deps.db,
      `SELECT count(*) AS calls, count(answered_at) AS answered,
              sum(status = 'open') AS open, sum(outcome = 'resolved') AS resolved,
              avg(CASE WHEN answered_at IS NOT NULL AND status = 'closed' THEN talk_seconds END) AS talk
       FROM calls WHERE started_at >= @from AND started_at < @to`,
    ).get(range) as {
      calls: number
      answered: number
      open: number | null
      resolved: number | null
      talk: number | null
    }
    const byCategory = stmt(
      deps.db,
      `SELECT k.category, count(*) AS n FROM call_categories k JOIN calls c ON c.id = k.call_id
       WHERE c.started_at >= @from AND c.started_at < @to GROUP BY k.category`,
    ).all(range) as { category: string; n: number }[]
    const escalations = stmt(deps.db, `SELECT due_date FROM escalations WHERE status = 'open'`).all() as {
      due_date: string
    }[]
    const openComplaints = stmt(
      deps.db,
      `SELECT count(*) AS n FROM complaints WHERE status != 'done'`,
    ).get() as {
      n: number
    }
    const recent = stmt(
      deps.db,
      `${CALL_SELECT} WHERE c.started_at >= @from AND c.started_at < @to ORDER BY c.started_at DESC LIMIT 30`,
    ).all(range) as CallRow[]
    unit.carried(recent.map((r) => r.id))
    return {
      date: today,
      calls: counts.calls,
      answered: counts.answered,
      open: counts.open ?? 0,
      resolved: counts.resolved ?? 0,
      talkSecondsAverage: counts.talk === null ? null : Math.round(counts.talk),
      byCategory: Object.fromEntries(byCategory.map((c) => [c.category, c.n])),
      openEscalations: escalations.length,
      overdueEscalations: escalations.filter((e) => e.due_date < today).length,
      openComplaints: openComplaints.n,
      recent: recent.map(toCallSummary),
    }
  })
}

/**
 * The call the telephone service says this operator answered and nobody has logged yet, with the
 * caller's earlier calls and bookings found by the number. Audited only when there is one.
 */
export function incomingCall(deps: Deps, actor: Actor): IncomingCall {
  const row = stmt(
    deps.db,
    `${CALL_SELECT} WHERE c.operator_id = ? AND c.status = 'open' AND c.source = 'cti'
     ORDER BY c.started_at DESC LIMIT 1`,
  ).get(actor.user.id) as CallRow | undefined
  if (!row) return { call: null, earlierCalls: [], bookings: [] }
  return audited(deps, actor, { action: 'call.incoming', entity: 'call', entityId: row.id }, (unit) => {
    const phone = row.caller_phone
    const earlier = phone
      ? (stmt(
          deps.db,
          `${CALL_SELECT} WHERE c.caller_phone = ? AND c.id != ? ORDER BY c.started_at DESC LIMIT 10`,
        ).all(phone, row.id) as CallRow[])
      : []
    const bookings = phone
      ? (stmt(
          deps.db,
          'SELECT id, ref, date, start_min, status FROM bookings WHERE phone = ? ORDER BY date DESC LIMIT 10',
        ).all(phone) as { id: string; ref: string; date: string; start_min: number; status: string }[])
      : []
    unit.carried([row.id, ...earlier.map((r) => r.id), ...bookings.map((b) => b.id)])
    return {
      call: toCallSummary(row),
      earlierCalls: earlier.map(toCallSummary),
      bookings: bookings.map((b) => ({
        id: b.id,
        ref: b.ref,
        date: b.date,
        time: timeOfMinutes(b.start_min),
        status: b.status,
      })),
    }
  })
}

/**
 * What waits for a call-back: escalations the department answered (回答あり) and promised call-backs.
 * An operator sees those of the calls they took; a supervisor sees everyone's.
 */
export function followUps(deps: Deps, actor: Actor) {
  return audited(deps, actor, { action: 'call.follow_ups', entity: 'call' }, (unit) => {
    const everyone = ['supervisor', 'admin'].includes(actor.user.role)
    const rows = stmt(
      deps.db,
      `${CALL_SELECT} WHERE c.follow_up = 'pending' AND (@everyone = 1 OR c.operator_id = @me)
       ORDER BY c.started_at`,
    ).all({ everyone: everyone ? 1 : 0, me: actor.user.id }) as CallRow[]
    const today = todayOf(deps.now())
    const items = rows.map((row) => {
      const e = stmt(deps.db, `${ESCALATION_SELECT} WHERE e.call_id = ?`).get(row.id) as
        | EscalationRow
        | undefined
      return {
        call: toCallSummary(row),
        contact: contactOf(row),
        escalation: e ? toEscalation(e, today) : null,
      }
    })
    unit.carried(rows.map((r) => r.id))
    return {
      answered: items.filter((i) => i.escalation?.status === 'answered'),
      waiting: items.filter((i) => i.escalation?.status !== 'answered'),
    }
  })
}
