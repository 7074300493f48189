import {
  type CloseCallRequest,
  closeProblems,
  escalationDueDate,
  needsCallback,
  newId,
  primaryOf,
  type StartCallRequest,
  translate,
} from '@madoguchi/shared'
import { audited } from '../audit/unit'
import type { Actor } from '../auth/session'
import { stmt } from '../db/statements'
import type { Deps } from '../deps'
import { AppError } from '../errors'
import { type CallRow, callEvent, findCall, todayOf } from './queries'

/** The open call of this operator (supervisors and admins may finish anyone's), or the reason not. */
function ownOpenCall(deps: Deps, actor: Actor, id: string): CallRow {
  const row = findCall(deps.db, id)
  if (!row) throw new AppError('not_found')
  if (row.operator_id !== actor.user.id && !['supervisor', 'admin'].includes(actor.user.role))
    throw new AppError('forbidden')
  return row
}

/**
 * The operator took a call by hand: the call exists on the server from now, so the supervisor's
 * live view counts it. The desk made the id, so sending it again (a retry after the network
 * dropped) answers with the same call.
 */
export function startCall(deps: Deps, actor: Actor, request: StartCallRequest) {
  const now = deps.now().toISOString()
  return audited(deps, actor, { action: 'call.start', entity: 'call', entityId: request.id }, () => {
    const existing = findCall(deps.db, request.id)
    if (existing) {
      if (existing.operator_id !== actor.user.id) throw new AppError('conflict')
      return { id: existing.id, replayed: true }
    }
    stmt(
      deps.db,
      `INSERT INTO calls (id, status, source, line, operator_id, answered_at, started_at)
       VALUES (?, 'open', 'hand', ?, ?, ?, ?)`,
    ).run(request.id, request.line ?? null, actor.user.id, request.answeredAt, request.answeredAt)
    callEvent(deps.db, request.id, now, actor.user.id, 'started')
    return { id: request.id, replayed: false }
  })
}

/** A 422 with the rule problems as fields, in the caller's language. */
function rulesFailed(lang: 'ja' | 'en', problems: { path: string; code: string }[]): AppError {
  const fields: Record<string, { code: string; message: string }[]> = {}
  for (const p of problems)
    fields[p.path] = [
      ...(fields[p.path] ?? []),
      { code: p.code, message: translate(lang, `field.${p.code}`) },
    ]
  return new AppError('validation_failed', fields)
}

/**
 * Log the call: categories, summary, outcome and what the outcome needs, the links, and the talk time,
 * all in one transaction. An escalation opens in its department's inbox with its due date counted in
 * the city's business days; a complaint opens a complaint record. Nothing is saved when a rule fails.
 */
export function closeCall(
  deps: Deps,
  actor: Actor,
  id: string,
  request: CloseCallRequest,
  lang: 'ja' | 'en',
) {
  const problems = closeProblems(request)
  if (problems.length) throw rulesFailed(lang, problems)
  const now = deps.now()
  const nowIso = now.toISOString()
  return audited(deps, actor, { action: 'call.close', entity: 'call', entityId: id }, (unit) => {
    const row = ownOpenCall(deps, actor, id)
    if (row.status !== 'open') throw new AppError('call_closed')
    const escalation = request.escalation
    let dueDays = 0
    if (escalation) {
      const dept = stmt(deps.db, 'SELECT overdue_days FROM departments WHERE name = ? AND active = 1').get(
        escalation.department,
      ) as { overdue_days: number } | undefined
      if (!dept) throw rulesFailed(lang, [{ path: 'escalation.department', code: 'unknown_department' }])
      dueDays = dept.overdue_days
    }
    const contact = request.contact
    stmt(
      deps.db,
      `UPDATE calls SET status = 'closed', outcome = ?, primary_category = ?, summary = ?, ended_at = ?,
         talk_seconds = ?, contact_name = ?, contact_phone = ?, contact_when = ?, follow_up = ?,
         answered_at = COALESCE(answered_at, ?), closed_at = ?, version = version + 1
       WHERE id = ?`,
    ).run(
      request.outcome,
      primaryOf(request),
      request.summary,
      request.endedAt,
      request.talkSeconds,
      contact?.name ?? null,
      contact?.phone ?? null,
      contact?.when ?? null,
      needsCallback(request.outcome) ? 'pending' : 'none',
      request.outcome === 'dropped' ? null : row.started_at,
      nowIso,
      id,
    )
    const primary = primaryOf(request)
    const addCategory = stmt(
      deps.db,
      'INSERT INTO call_categories (call_id, category, is_primary) VALUES (?, ?, ?)',
    )
    for (const category of request.categories) addCategory.run(id, category, category === primary ? 1 : 0)
    const addLink = stmt(
      deps.db,
      'INSERT OR IGNORE INTO call_links (call_id, kind, target, action, ref, at) VALUES (?, ?, ?, ?, ?, ?)',
    )
    for (const l of request.links) addLink.run(id, l.kind, l.id, l.action, l.ref ?? null, l.at)
    if (escalation) {
      const escalationId = newId()
      stmt(
        deps.db,
        `INSERT INTO escalations (id, call_id, department, question, urgency, status, raised_at, raised_by, due_date)
         VALUES (?, ?, ?, ?, ?, 'open', ?, ?, ?)`,
      ).run(
        escalationId,
        id,
        escalation.department,
        escalation.question,
        escalation.urgency,
        nowIso,
        actor.user.id,
        escalationDueDate(todayOf(now), dueDays),
      )
      unit.record({
        action: 'escalation.create',
        entity: 'escalation',
        entityId: escalationId,
        detail: { call: id },
      })
    }
    if (request.complaint) {
      const complaintId = newId()
      stmt(
        deps.db,
        `INSERT INTO complaints (id, call_id, what, severity, status, received_at) VALUES (?, ?, ?, ?, 'received', ?)`,
      ).run(complaintId, id, request.complaint.what, request.complaint.severity, nowIso)
      stmt(
        deps.db,
        `INSERT INTO complaint_actions (complaint_id, at, actor_id, note, status) VALUES (?, ?, ?, ?, 'received')`,
      ).run(complaintId, nowIso, actor.user.id, '受付')
      unit.record({
        action: 'complaint.create',
        entity: 'complaint',
        entityId: complaintId,
        detail: { call: id },
      })
    }
    callEvent(deps.db, id, nowIso, actor.user.id, 'closed', {
      outcome: request.outcome,
      talkSeconds: request.talkSeconds,
      links: request.links.length,
    })
    unit.note({ outcome: request.outcome, links: request.links.length })
    return { id, outcome: request.outcome }
  })
}

/** Correct the talk time afterwards; the old and new values stay in the call's history. */
export function correctTalkTime(
  deps: Deps,
  actor: Actor,
  id: string,
  request: { talkSeconds: number; reason: string },
) {
  const now = deps.now().toISOString()
  return audited(deps, actor, { action: 'call.talk_corrected', entity: 'call', entityId: id }, () => {
    const row = ownOpenCall(deps, actor, id)
    stmt(deps.db, 'UPDATE calls SET talk_seconds = ?, version = version + 1 WHERE id = ?').run(
      request.talkSeconds,
      id,
    )
    callEvent(deps.db, id, now, actor.user.id, 'talk_corrected', {
      from: row.talk_seconds,
      to: request.talkSeconds,
      reason: request.reason,
    })
    return { id, talkSeconds: request.talkSeconds }
  })
}

/**
 * The call-back, logged on the same call: it ends the follow-up, and for an escalation it closes
 * the escalation (完了). An escalation is called back once the department has answered.
 */
export function logCallback(
  deps: Deps,
  actor: Actor,
  id: string,
  request: { note: string; reached: boolean },
) {
  const now = deps.now().toISOString()
  return audited(deps, actor, { action: 'call.callback', entity: 'call', entityId: id }, () => {
    const row = findCall(deps.db, id)
    if (!row) throw new AppError('not_found')
    if (row.follow_up !== 'pending') throw new AppError('call_closed')
    const escalation = stmt(deps.db, 'SELECT id, status FROM escalations WHERE call_id = ?').get(id) as
      | { id: string; status: string }
      | undefined
    if (escalation && escalation.status !== 'answered') throw new AppError('escalation_not_open')
    if (request.reached) {
      stmt(deps.db, `UPDATE calls SET follow_up = 'done', version = version + 1 WHERE id = ?`).run(id)
      if (escalation)
        stmt(
          deps.db,
          `UPDATE escalations SET status = 'done', done_at = ?, version = version + 1 WHERE id = ?`,
        ).run(now, escalation.id)
    }
    callEvent(deps.db, id, now, actor.user.id, 'callback', { reached: request.reached, note: request.note })
    return { id, followUp: request.reached ? 'done' : 'pending' }
  })
}
