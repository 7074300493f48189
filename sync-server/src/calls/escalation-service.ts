import { type Department, type Escalation, seesDepartment } from '@madoguchi/shared'
import { audited } from '../audit/unit'
import type { Actor } from '../auth/session'
import { stmt } from '../db/statements'
import type { Deps } from '../deps'
import { AppError } from '../errors'
import { callEvent, ESCALATION_SELECT, type EscalationRow, todayOf, toEscalation } from './queries'

/** The departments an escalation may go to, in the city's order (active ones first). */
export function listDepartments(deps: Pick<Deps, 'db'>): Department[] {
  const rows = stmt(
    deps.db,
    'SELECT name, name_en, overdue_days, active FROM departments ORDER BY active DESC, position, name',
  ).all() as { name: string; name_en: string; overdue_days: number; active: number }[]
  return rows.map((r) => ({
    name: r.name,
    nameEn: r.name_en,
    overdueDays: r.overdue_days,
    active: r.active === 1,
  }))
}

/**
 * Replace the list (supervisors and admins). A department left out is made inactive rather than
 * deleted: its past escalations keep their department.
 */
export function saveDepartments(deps: Deps, actor: Actor, departments: Department[]): Department[] {
  return audited(deps, actor, { action: 'departments.edit', entity: 'department' }, (unit) => {
    stmt(deps.db, 'UPDATE departments SET active = 0').run()
    const upsert = stmt(
      deps.db,
      `INSERT INTO departments (name, name_en, overdue_days, active, position) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET name_en = excluded.name_en, overdue_days = excluded.overdue_days,
         active = excluded.active, position = excluded.position`,
    )
    departments.forEach((d, i) => {
      upsert.run(d.name, d.nameEn, d.overdueDays, d.active ? 1 : 0, i + 1)
    })
    unit.note({ count: departments.length })
    return listDepartments(deps)
  })
}

/**
 * A department's inbox: city staff see their own department only (the rule in shared
 * seesDepartment); supervisors see every department. Overdue counted in city business days.
 */
export function listEscalations(
  deps: Deps,
  actor: Actor,
  query: { department?: string | undefined; status?: Escalation['status'] | undefined },
): { escalations: Escalation[]; overdue: number } {
  const department = query.department ?? actor.user.department ?? undefined
  if (department !== undefined && !seesDepartment(actor.user, department)) throw new AppError('forbidden')
  if (department === undefined && !seesDepartment(actor.user, '')) throw new AppError('forbidden')
  return audited(deps, actor, { action: 'escalation.list', entity: 'escalation' }, (unit) => {
    const rows = stmt(
      deps.db,
      `${ESCALATION_SELECT} WHERE (@department IS NULL OR e.department = @department)
         AND (@status IS NULL OR e.status = @status)
       ORDER BY e.status = 'open' DESC, e.due_date, e.raised_at LIMIT 500`,
    ).all({ department: department ?? null, status: query.status ?? null }) as EscalationRow[]
    const today = todayOf(deps.now())
    const escalations = rows.map((r) => toEscalation(r, today))
    unit.carried(rows.map((r) => r.id))
    return { escalations, overdue: escalations.filter((e) => e.overdue).length }
  })
}

/** The department's answer: it returns to the call, where the operator sees it in 回答あり. */
export function answerEscalation(
  deps: Deps,
  actor: Actor,
  id: string,
  request: { answer: string; expectedVersion: number },
): Escalation {
  const now = deps.now()
  return audited(deps, actor, { action: 'escalation.answer', entity: 'escalation', entityId: id }, (unit) => {
    const row = stmt(deps.db, `${ESCALATION_SELECT} WHERE e.id = ?`).get(id) as EscalationRow | undefined
    if (!row || !seesDepartment(actor.user, row.department)) throw new AppError('not_found')
    if (row.version !== request.expectedVersion) throw new AppError('version_conflict')
    if (row.status !== 'open') throw new AppError('escalation_not_open')
    stmt(
      deps.db,
      `UPDATE escalations SET status = 'answered', answer = ?, answered_at = ?, answered_by = ?, version = version + 1
       WHERE id = ?`,
    ).run(request.answer, now.toISOString(), actor.user.id, id)
    callEvent(deps.db, row.call_id, now.toISOString(), actor.user.id, 'escalation_answered', {
      department: row.department,
    })
    unit.carried(id)
    const next = stmt(deps.db, `${ESCALATION_SELECT} WHERE e.id = ?`).get(id) as EscalationRow
    return toEscalation(next, todayOf(now))
  })
}
