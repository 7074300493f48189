import type { Complaint, ComplaintStatus, LocalDate, Severity } from '@madoguchi/shared'
import { fromTokyo } from '@madoguchi/shared'
import { audited } from '../audit/unit'
import type { Actor } from '../auth/session'
import { stmt } from '../db/statements'
import type { Deps } from '../deps'
import { AppError } from '../errors'
import { COMPLAINT_SELECT, type ComplaintRow, callEvent, toComplaint } from './queries'

/** Complaints for supervisors, filtered by status, severity and the day received (Tokyo days). */
export function listComplaints(
  deps: Deps,
  actor: Actor,
  query: {
    status?: ComplaintStatus | undefined
    severity?: Severity | undefined
    from?: LocalDate | undefined
    to?: LocalDate | undefined
  },
): { complaints: Complaint[] } {
  return audited(deps, actor, { action: 'complaint.list', entity: 'complaint' }, (unit) => {
    const rows = stmt(
      deps.db,
      `${COMPLAINT_SELECT} WHERE (@status IS NULL OR k.status = @status)
         AND (@severity IS NULL OR k.severity = @severity)
         AND (@from IS NULL OR k.received_at >= @from) AND (@to IS NULL OR k.received_at < @to)
       ORDER BY k.status = 'done', k.received_at DESC LIMIT 500`,
    ).all({
      status: query.status ?? null,
      severity: query.severity ?? null,
      from: query.from ? new Date(fromTokyo(query.from, 0)).toISOString() : null,
      to: query.to ? new Date(fromTokyo(query.to, 24 * 60)).toISOString() : null,
    }) as ComplaintRow[]
    unit.carried(rows.map((r) => r.id))
    return { complaints: rows.map((r) => toComplaint(deps.db, r)) }
  })
}

/**
 * One action on a complaint: what was done, by whom and when; optionally a new status or who is
 * assigned. 完了 records the day it was closed.
 */
export function actOnComplaint(
  deps: Deps,
  actor: Actor,
  id: string,
  request: {
    note: string
    status?: ComplaintStatus | undefined
    assignTo?: string | undefined
    expectedVersion: number
  },
): Complaint {
  const now = deps.now().toISOString()
  return audited(deps, actor, { action: 'complaint.action', entity: 'complaint', entityId: id }, () => {
    const row = stmt(deps.db, `${COMPLAINT_SELECT} WHERE k.id = ?`).get(id) as ComplaintRow | undefined
    if (!row) throw new AppError('not_found')
    if (row.version !== request.expectedVersion) throw new AppError('version_conflict')
    if (request.assignTo) {
      const staff = stmt(
        deps.db,
        `SELECT id FROM staff WHERE id = ? AND role IN ('supervisor', 'admin')`,
      ).get(request.assignTo)
      if (!staff)
        throw new AppError('validation_failed', { assignTo: [{ code: 'invalid_value', message: '' }] })
    }
    const status = request.status ?? row.status
    stmt(
      deps.db,
      `UPDATE complaints SET status = ?, assigned_to = COALESCE(?, assigned_to), version = version + 1,
         closed_at = CASE WHEN ? = 'done' THEN COALESCE(closed_at, ?) ELSE NULL END
       WHERE id = ?`,
    ).run(status, request.assignTo ?? null, status, now, id)
    stmt(
      deps.db,
      'INSERT INTO complaint_actions (complaint_id, at, actor_id, note, status) VALUES (?, ?, ?, ?, ?)',
    ).run(id, now, actor.user.id, request.note, request.status ?? null)
    callEvent(deps.db, row.call_id, now, actor.user.id, 'complaint_action', { status })
    const next = stmt(deps.db, `${COMPLAINT_SELECT} WHERE k.id = ?`).get(id) as ComplaintRow
    return toComplaint(deps.db, next)
  })
}
