import {
  daysOfMonth,
  type Lang,
  type LocalDate,
  type PlannedSession,
  type ReportMonth,
  type SavePlanRequest,
  type ScheduleList,
  type Site,
} from '@madoguchi/shared'
import type { z } from 'zod'
import { audited } from '../audit/unit'
import type { Actor } from '../auth/session'
import type { Deps } from '../deps'
import { AppError, fieldProblem } from '../errors'
import { allData, nextSeq } from '../sync/reference-queries'
import { cancelPlan, findPlan, insertPlan, plansBetween, siteExists, updatePlan } from './queries'

/** A month's plans, cancelled ones included (the desk shows them struck through). Staff names only: not audited. */
export function listMonth(deps: Pick<Deps, 'db'>, month: string): ScheduleList {
  const days = daysOfMonth(month as ReportMonth)
  return {
    month,
    plans: plansBetween(deps.db, days[0] as LocalDate, days[days.length - 1] as LocalDate),
    sites: (allData(deps.db, 'sites') as Site[]).map((s) => ({ id: s.id, name: s.name })),
  }
}

/**
 * Create (expectedVersion 0) or change a plan, audited. Every change raises the reference counter, so
 * tablets receive it at their next pull. A stale version is refused, never overwritten; a cancelled
 * plan stays cancelled (plan it again instead), so a tablet never sees one come back unannounced.
 */
export function savePlan(
  deps: Deps,
  actor: Actor,
  id: string,
  body: z.output<typeof SavePlanRequest>,
  lang: Lang,
): PlannedSession {
  if (!siteExists(deps.db, body.siteId)) {
    throw new AppError('validation_failed', { siteId: [fieldProblem(lang, 'unknown_reference')] })
  }
  const entry = { action: 'schedule.save', entity: 'planned_session', entityId: id }
  return audited(deps, actor, entry, (unit) => {
    const now = deps.now().toISOString()
    const held = findPlan(deps.db, id)
    if ((held?.version ?? 0) !== body.expectedVersion) throw new AppError('version_conflict')
    if (held?.status === 'cancelled') throw new AppError('conflict')
    const seq = nextSeq(deps.db)
    if (held) updatePlan(deps.db, id, body, seq, now, actor.user.id)
    else insertPlan(deps.db, id, body, seq, now, actor.user.id)
    unit.note({ created: held === undefined })
    return findPlan(deps.db, id) as PlannedSession
  })
}

/** 中止: the plan stays (the report can name it) and tablets receive it as deleted. */
export function cancel(deps: Deps, actor: Actor, id: string, expectedVersion: number): PlannedSession {
  const entry = { action: 'schedule.cancel', entity: 'planned_session', entityId: id }
  return audited(deps, actor, entry, () => {
    const held = findPlan(deps.db, id)
    if (!held) throw new AppError('not_found')
    if (held.version !== expectedVersion) throw new AppError('version_conflict')
    if (held.status === 'cancelled') return held
    cancelPlan(deps.db, id, nextSeq(deps.db), deps.now().toISOString(), actor.user.id)
    return findPlan(deps.db, id) as PlannedSession
  })
}
